import type { Request, Response } from "express";
import crypto from "node:crypto";
import { classy } from "../clients/classy";
import { sf } from "../clients/salesforce";
import { db } from "../db";
import { logger } from "../logger";

/**
 * Classy webhook -> NPSP Data Import row.
 *
 * Classy sends `transaction.created` with only ids, e.g.
 *   { "event": "transaction.created", "data": { "id": 48663401, "campaign_id": 512337,
 *     "fundraising_page_id": 3391207, "fundraising_team_id": null } }
 * so we fetch /2.0/transactions/:id?with=items,dedication,answers and map it.
 *
 * Secrets: CLASSY_CLIENT_SECRET and CLASSY_WEBHOOK_SECRET come from the environment
 * (Render secret group "classy-sync-prod"); never log them, never log the member email.
 */

const WEBHOOK_SECRET = process.env.CLASSY_WEBHOOK_SECRET ?? "";
const MAJOR_GIFT_USD = 5000;
const GAU_BY_DESIGNATION: Record<number, string> = {
  90214: "a0N5e00000KrjJCEAZ", // General Operating
  90215: "a0N5e000008aqjiEAA", // Tualatin Riparian Restoration
  90231: "a0N5e00000unKnmEAE", // Youth Stream Stewards
};

function verify(req: Request): boolean {
  const sig = req.header("X-Classy-Signature") ?? "";
  const mac = crypto.createHmac("sha256", WEBHOOK_SECRET).update(req.body as Buffer).digest("hex");
  return sig.length === mac.length && crypto.timingSafeEqual(Buffer.from(sig), Buffer.from(mac));
}

const maskEmail = (e?: string | null) => (e ? e.replace(/^(.).*(@.*)$/, "$1***$2") : null);

export async function transactionCreated(req: Request, res: Response) {
  if (!verify(req)) return res.status(401).json({ error: "bad signature" });
  const evt = JSON.parse((req.body as Buffer).toString("utf8"));
  const id: number = evt.data.id;

  if (await db.seen("classy_tx", id)) return res.status(200).json({ ok: true, duplicate: true });

  const tx = await classy.get(`/transactions/${id}`, { with: "items,dedication,answers" });
  if (tx.status !== "success") {
    logger.info({ id, status: tx.status }, "skip non-success transaction");
    return res.status(200).json({ ok: true, skipped: tx.status });
  }

  const amount = Number(tx.total_gross_amount); // gross: Classy fees are booked separately from the payout report
  const row = {
    npsp__Contact1_Firstname__c: tx.billing_first_name,
    npsp__Contact1_Lastname__c: tx.billing_last_name,
    npsp__Contact1_Personal_Email__c: tx.member_email_address,
    npsp__Donation_Amount__c: amount,
    npsp__Donation_Date__c: tx.purchased_at.slice(0, 10),
    npsp__Donation_Record_Type_Name__c: amount >= MAJOR_GIFT_USD ? "Major Gift" : "Donation",
    npsp__GAU_Allocation_1_GAU__c: GAU_BY_DESIGNATION[tx.designation_id] ?? GAU_BY_DESIGNATION[90214],
    npsp__Payment_Method__c: tx.payment_method === "ACH" ? "ACH/EFT" : "Credit Card",
    Classy_Transaction_Id__c: String(id),
    Classy_Fundraising_Page_Id__c: tx.fundraising_page_id ? String(tx.fundraising_page_id) : null,
    npsp__Donation_Campaign_Name__c: tx.campaign?.name ?? null,
  };

  const result = await sf.sobject("npsp__DataImport__c").create(row);
  await db.markSeen("classy_tx", id, result.id);
  logger.info(
    { id, di: result.id, email: maskEmail(tx.member_email_address), amount, page: tx.fundraising_page_id },
    "queued NPSP data import row",
  );
  return res.status(202).json({ ok: true, dataImportId: result.id });
}
