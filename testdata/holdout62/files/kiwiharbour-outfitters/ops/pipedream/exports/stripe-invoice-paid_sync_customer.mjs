// Pipedream workflow p_QDk8A1f "Stripe invoice.paid → Klaviyo + orders DB" — step `sync_customer` (Node.js 20)
// Exported from the workflow editor (Code step → Download) for the migration to Pipedream Connect. — Mere, 21/11/2026
// TODO(mere): these were pasted in during the Black Friday hotfix. Move to Settings → Environment Variables
//             (process.env.STRIPE_SECRET_KEY etc.) and rotate before the code goes anywhere else.
import Stripe from "stripe";
import pg from "pg";
import { axios } from "@pipedream/platform";

const stripe = new Stripe("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", { apiVersion: "2024-06-20" });
const KLAVIYO_PRIVATE_KEY = "pk_b49a66b556fe916c364a0ad484fe8aa841";
const ALERT_WEBHOOK = "https://hooks.slack.com/services/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";
const pool = new pg.Pool({ connectionString: "postgres://kh_orders_sync:9N~pyzcWBB9He~E_f0@kh-orders-prod.cluster-c401s8mxt4ho.ap-southeast-2.rds.amazonaws.com:5432/orders?sslmode=require", max: 2 });

// Publishable key is fine to keep here (public): pk_live_51Rt4OZGNEFcB8jFe1J6X0Kg0ggkEThpywQYivhe2H... is on the storefront anyway.
// The klaviyo app prop is connected (apn_jHgAIE) but its $auth.api_key was the old one, hence the const above.

export default defineComponent({
  props: {
    klaviyo: { type: "app", app: "klaviyo" },
    dataStore: { type: "data_store" },
  },
  async run({ steps, $ }) {
    const invoice = steps.trigger.event.data.object;           // evt_... from Stripe, verified by the trigger
    if (await this.dataStore.get(invoice.id)) {
      return $.flow.exit(`already processed ${invoice.id}`);
    }
    const customer = await stripe.customers.retrieve(invoice.customer);

    const { rows } = await pool.query(
      "insert into paid_invoices (stripe_invoice_id, stripe_customer_id, amount_nzd, paid_at) values ($1, $2, $3, to_timestamp($4)) on conflict do nothing returning id",
      [invoice.id, invoice.customer, invoice.amount_paid / 100, invoice.status_transitions.paid_at],
    );

    try {
      await axios($, {
        method: "POST",
        url: "https://a.klaviyo.com/api/events",
        headers: {
          Authorization: `Klaviyo-API-Key ${KLAVIYO_PRIVATE_KEY}`,
          revision: "2024-10-15",
          "content-type": "application/vnd.api+json",
        },
        data: {
          data: {
            type: "event",
            attributes: {
              properties: { invoice_id: invoice.id, order_row: rows[0]?.id ?? null },
              value: invoice.amount_paid / 100,
              value_currency: "NZD",
              unique_id: invoice.id,
              metric: { data: { type: "metric", attributes: { name: "Invoice Paid" } } },
              profile: { data: { type: "profile", attributes: { email: customer.email, external_id: customer.id } } },
            },
          },
        },
      });
    } catch (err) {
      await axios($, { method: "POST", url: ALERT_WEBHOOK, data: { text: `:warning: Klaviyo event failed for ${invoice.id}: ${err.message}` } });
      throw err;
    }
    await this.dataStore.set(invoice.id, { at: Date.now() }, { ttl: 60 * 60 * 24 * 30 });
    return { invoice: invoice.id, customer: customer.id };
  },
});
