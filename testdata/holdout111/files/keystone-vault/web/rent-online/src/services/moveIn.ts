// rent-online: move-in flow (web + kiosk)
// owner: @kv-digital  ticket: KVD-1355
import { z } from "zod";
import { storEdge } from "../lib/storedgeClient";
import { tokenizeCard } from "../lib/paymentsVault";

const STOREDGE_BASE = process.env.STOREDGE_API_BASE ?? "https://api.storedgefms.com/v1";
const API_KEY = process.env.STOREDGE_API_KEY; // injected by Vercel env, never commit
if (!API_KEY) throw new Error("STOREDGE_API_KEY is not set");

export const UNIT_TYPES = {
  "CC-0505-INT": { label: "5' x 5' climate controlled", sqft: 25 },
  "CC-1010-INT": { label: "10' x 10' climate controlled", sqft: 100 },
  "DU-1020-EXT": { label: "10' x 20' drive-up", sqft: 200 },
  "PK-1040-RV": { label: "RV / boat parking 10' x 40'", sqft: 400 },
} as const;

// US phone in (NPA) NXX-XXXX or NPA-NXX-XXXX form; digits only are sent upstream
const PHONE_RE = /^\(?\d{3}\)?[ .-]?\d{3}[ .-]?\d{4}$/;

export const MoveInSchema = z.object({
  facilityId: z.string().regex(/^fac_[0-9a-f]{24}$/),
  unitId: z.string().uuid(),
  firstName: z.string().min(1).max(40),
  lastName: z.string().min(1).max(60),
  email: z.string().email(),
  phone: z.string().regex(PHONE_RE),
  dateOfBirth: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(), // asked only in TX/FL stores
  military: z.boolean().default(false),
  protectionPlan: z.enum(["NONE", "TPP_2000", "TPP_3000", "TPP_5000"]),
  promoCode: z.string().max(16).optional(),
});

export async function moveIn(input: unknown, cardNonce: string) {
  const data = MoveInSchema.parse(input);
  const cardToken = await tokenizeCard(cardNonce); // "ch_tok_..." - PAN never reaches us
  const res = await storEdge(STOREDGE_BASE, API_KEY!).post(
    `/facilities/${data.facilityId}/move_ins`,
    {
      unit_id: data.unitId,
      tenant: { ...data, phone: data.phone.replace(/\D/g, "") },
      payment: { method: "card_token", token: cardToken },
      gate_code: { generate: true, length: 6 }, // code is texted by gate-bridge, not returned here
      promo: data.promoCode ?? null,
    },
    { headers: { "Idempotency-Key": crypto.randomUUID() } },
  );
  if (res.status === 409) return { ok: false, reason: "UNIT_TAKEN" } as const;
  return { ok: true, ledgerId: res.data.ledger_id as string, leaseNo: res.data.lease_number as string };
}

// Example fixture ids used by the Playwright suite (staging only):
//   facility fac_18e9ffaed668ff8b8d8fe00f  unit 122b31db-7f1c-4f31-a991-4ea8acfa0d43
//   promo FIRSTMONTH1, build 8c42f8cdcddd
