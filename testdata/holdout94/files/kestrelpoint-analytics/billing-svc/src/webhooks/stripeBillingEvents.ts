import type { Request, Response } from "express";
import Stripe from "stripe";
import { logger } from "../lib/logger";
import { db } from "../lib/db";
import { commitAvalaraTransaction, voidAvalaraTransaction } from "../tax/avatax";
import { enqueueDunningStep, clearDunning } from "../dunning/queue";

/**
 * Stripe Billing webhooks (invoice.* and customer.subscription.*).
 *
 * Endpoint: POST /webhooks/stripe/billing   (we_1OqZ... in the dashboard, API version pinned to 2024-06-20)
 * Signature header looks like:
 *   Stripe-Signature: t=1717423331,v1=<64 hex>,v0=<64 hex>
 * The signing secret comes from STRIPE_BILLING_WEBHOOK_SECRET (Secrets Manager: billing-svc/prod/stripe).
 * Never log the raw body: invoices carry customer_email / customer_address.
 */
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? "", { apiVersion: "2024-06-20" });
const endpointSecret = process.env.STRIPE_BILLING_WEBHOOK_SECRET ?? "";

// Decline codes we do not retry (hard declines); everything else follows the smart-retry schedule.
const HARD_DECLINES = new Set([
  "stolen_card", "lost_card", "pickup_card", "fraudulent", "invalid_account",
  "card_not_supported", "currency_not_supported", "do_not_try_again",
]);

// Retry offsets in days after the first failure (see docs/runbooks/dunning.md, KP-BILL-212).
const RETRY_OFFSETS_DAYS = [1, 3, 5, 7, 14] as const;

export async function handleStripeBilling(req: Request, res: Response) {
  const sig = req.header("stripe-signature");
  if (!sig || !endpointSecret) return res.status(400).send("missing signature");

  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(req.body as Buffer, sig, endpointSecret, 300);
  } catch (err) {
    logger.warn({ err: (err as Error).message }, "stripe signature verification failed");
    return res.status(400).send("bad signature");
  }

  // idempotency: evt_ ids are unique per endpoint, keep 30 days
  const seen = await db.webhookEvents.insertIfAbsent(event.id, event.type, event.created);
  if (!seen) return res.status(200).json({ duplicate: true });

  switch (event.type) {
    case "invoice.finalized": {
      const inv = event.data.object as Stripe.Invoice;
      // e.g. in_1PQxp8Ns1UhLfCuPZsi9F -> AvaTax document code; amounts are in cents
      await commitAvalaraTransaction(inv.id, inv.customer as string, inv.total, inv.currency);
      break;
    }
    case "invoice.voided":
    case "invoice.marked_uncollectible": {
      const inv = event.data.object as Stripe.Invoice;
      await voidAvalaraTransaction(inv.id, event.type === "invoice.voided" ? "DocVoided" : "DocDeleted");
      break;
    }
    case "invoice.payment_failed": {
      const inv = event.data.object as Stripe.Invoice;
      const charge = inv.charge ? await stripe.charges.retrieve(inv.charge as string) : null;
      const code = charge?.outcome?.reason ?? charge?.failure_code ?? "unknown";
      logger.info(
        { invoice: inv.id, customer: inv.customer, attempt: inv.attempt_count, code,
          last4: charge?.payment_method_details?.card?.last4 },
        "invoice payment failed",
      );
      if (HARD_DECLINES.has(code)) {
        await enqueueDunningStep(inv.id, { step: "card_update_required", inDays: 0 });
      } else {
        const i = Math.min(inv.attempt_count - 1, RETRY_OFFSETS_DAYS.length - 1);
        await enqueueDunningStep(inv.id, { step: `retry_${inv.attempt_count}`, inDays: RETRY_OFFSETS_DAYS[i] });
      }
      break;
    }
    case "invoice.paid":
      await clearDunning((event.data.object as Stripe.Invoice).id);
      break;
    case "customer.subscription.updated": {
      const sub = event.data.object as Stripe.Subscription;
      const prev = (event.data.previous_attributes ?? {}) as Partial<Stripe.Subscription>;
      if (prev.status && prev.status !== sub.status) {
        // active -> past_due -> unpaid / canceled; entitlements follow status
        await db.entitlements.setStatus(sub.customer as string, sub.id, sub.status);
      }
      break;
    }
    default:
      logger.debug({ type: event.type }, "ignored stripe event");
  }
  return res.status(200).json({ received: true });
}
