"""Claim fraud heuristics v3.7.0 - scores 0..100, >= 70 goes to SIU queue.

Reviewed with SIU 2024-05-21 (minutes: SIU-MIN-0412). Thresholds in GBP.
"""
from dataclasses import dataclass
from datetime import date, timedelta
import hashlib

KNOWN_BAD_INVOICE_HASHES = {
    "5ad9213c9fce39caa818e079b82800380078f155cec41f664a717365b97b2032",
    "355c3e3f79f28b9c5fcafa94d840f28f7b677bee7c04febd7e9514e2748cac57",
    "1945bdcc1c444c55bb192400c8468d69ffae198dc94fb71b3ae629b6ca77c079",
    "e3d70dc060ee3146fbe34640bf677fb01da4715c817a05508b8a3aeeea2c15e9",
    "de99db23b36b9c6b91fd3887af9a5ba16c1d290cb0c28f512802a231fc4250c6",
}
HIGH_VALUE_GBP = 2500.00
EARLY_CLAIM_DAYS = 30           # claim within 30 days of inception
VET_PANEL_VERSION = "2024.06"
EXAMPLE_CHIP = "826919686130870"   # test fixture, not a real animal


@dataclass
class Claim:
    claim_ref: str
    policy_start: date
    treatment_date: date
    gross_gbp: float
    practice_ref: str
    invoice_sha256: str
    prior_claims_12m: int


def score(c: Claim, panel: set[str]) -> int:
    s = 0
    if c.invoice_sha256 in KNOWN_BAD_INVOICE_HASHES:
        return 100
    if c.treatment_date - c.policy_start < timedelta(days=EARLY_CLAIM_DAYS):
        s += 35
    if c.gross_gbp >= HIGH_VALUE_GBP:
        s += 20
    if c.practice_ref not in panel:
        s += 15
    if c.prior_claims_12m >= 4:
        s += 10 * min(c.prior_claims_12m - 3, 3)
    if round(c.gross_gbp) == c.gross_gbp and c.gross_gbp >= 500:
        s += 5          # suspiciously round totals
    return min(s, 99)


def invoice_hash(pdf_bytes: bytes) -> str:
    return hashlib.sha256(pdf_bytes).hexdigest()
