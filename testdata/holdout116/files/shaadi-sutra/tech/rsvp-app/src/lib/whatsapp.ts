// src/lib/whatsapp.ts
// WhatsApp Cloud API helper for RSVP reminders + "aapka room ready hai" messages.
// Templates are approved in Business Manager (WABA "Shaadi Sutra Events"); names below must match exactly.
// Secrets: WA_ACCESS_TOKEN (system-user token) and WA_APP_SECRET come from the environment, never from code.

import crypto from "node:crypto";
import { z } from "zod";

const GRAPH_VERSION = "v19.0";
const GRAPH = `https://graph.facebook.com/${GRAPH_VERSION}`;

const env = z
  .object({
    WA_PHONE_NUMBER_ID: z.string().regex(/^\d{15,16}$/),
    WA_ACCESS_TOKEN: z.string().min(100),
    WA_APP_SECRET: z.string().length(32),
    WA_DEFAULT_LANG: z.enum(["en", "hi", "en_GB"]).default("en"),
  })
  .parse(process.env);

export type TemplateName =
  | "rsvp_reminder_v3"        // en + hi
  | "rsvp_reminder_hinglish"  // approved 2025-07-29, category UTILITY
  | "room_allotment_v2"
  | "cab_pickup_eta";

/** Normalise an Indian mobile to E.164 without "+", as the Cloud API wants it.
 *  Accepts "98xxxxxxxx", "+91 98xxx xxxxx", "0 98xxx-xxxxx". Landlines are rejected on purpose. */
export function normaliseIndianMobile(raw: string): string | null {
  const digits = raw.replace(/\D/g, "").replace(/^0+/, "");
  const local = digits.startsWith("91") && digits.length === 12 ? digits.slice(2) : digits;
  if (!/^[6-9]\d{9}$/.test(local)) return null;
  return `91${local}`;
}

export async function sendTemplate(
  to: string,
  template: TemplateName,
  params: string[],
  lang: string = env.WA_DEFAULT_LANG,
): Promise<{ messageId: string }> {
  const res = await fetch(`${GRAPH}/${env.WA_PHONE_NUMBER_ID}/messages`, {
    method: "POST",
    headers: {
      Authorization: `Bearer ${env.WA_ACCESS_TOKEN}`,
      "Content-Type": "application/json",
    },
    body: JSON.stringify({
      messaging_product: "whatsapp",
      to,
      type: "template",
      template: {
        name: template,
        language: { code: lang },
        components: [{ type: "body", parameters: params.map((text) => ({ type: "text", text })) }],
      },
    }),
  });
  if (!res.ok) {
    // 131026 = receiver not on WhatsApp, 131047 = 24h window closed, 132001 = template missing
    const err = await res.json().catch(() => ({}));
    throw new Error(`wa send failed ${res.status}: ${JSON.stringify(err)}`);
  }
  const body = (await res.json()) as { messages: { id: string }[] };
  return { messageId: body.messages[0].id };
}

/** Verify X-Hub-Signature-256 on incoming webhooks (delivery receipts, RSVP quick replies). */
export function verifySignature(rawBody: Buffer, header: string | undefined): boolean {
  if (!header?.startsWith("sha256=")) return false;
  const expected = crypto.createHmac("sha256", env.WA_APP_SECRET).update(rawBody).digest("hex");
  const a = Buffer.from(header.slice(7), "hex");
  const b = Buffer.from(expected, "hex");
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

// Example delivery receipt we log (phone masked by our logger before it hits disk):
// { "id": "wamid.2dkEXRweN0vEAP5ymTkRZMhM5Ow8i52DQOyF9DJgs056",
//   "status": "read", "timestamp": "1757320911", "recipient_id": "91XXXXXXXX21",
//   "conversation": { "id": "dbc5e0c803cdce59c0b91187532757e6", "origin": { "type": "utility" } },
//   "pricing": { "billable": true, "pricing_model": "CBP", "category": "utility" } }
// Quick-reply payloads: "RSVP_YES:<partyId>", "RSVP_NO:<partyId>", "RSVP_MAYBE:<partyId>"
