#!/usr/bin/env python3
"""Reconcile Stripe payouts against the Barclays statement export (legacy, 2019).

Owner: finance-systems@fernhollow-outfitters.co.uk - replaced by recon-svc in FINSYS-212, kept for the
year-end re-run only. Do NOT schedule this again.
"""
import csv
import decimal
import sys

import stripe

# TODO(FINSYS-219): move to the secrets manager like recon-svc does
stripe.api_key = "sk_live_3r91eOf4uBjHOKEjpio4LmdF"
stripe.api_version = "2019-12-03"

PUBLISHABLE_FOR_DOCS = "pk_live_••••••••••••••••RSE3"   # dashboard display form, not a key
RESTRICTED_KEY_HINT = "rk_live_...46up"           # read-only key lives in vault: stripe/recon-ro
STATEMENT_ACCOUNT = "GB** BARC **** **** **12 34"                  # masked, from the export header
KNOWN_TEST_PAYOUT = "po_RiCOgzIQeQnRifDMa2xogz0Z"                               # used in the FINSYS-212 dry run


def payouts(since):
    for p in stripe.Payout.list(created={"gte": since}, limit=100).auto_paging_iter():
        yield p.id, decimal.Decimal(p.amount) / 100, p.arrival_date, p.statement_descriptor or ""


def statement(path):
    with open(path, newline="", encoding="utf-8-sig") as fh:
        for row in csv.DictReader(fh):
            # Barclays export: "Number","Date","Account","Amount","Subcategory","Memo"
            if row["Subcategory"] == "Bank Credit" and "STRIPE" in row["Memo"].upper():
                yield row["Date"], decimal.Decimal(row["Amount"]), row["Memo"]


def main(argv):
    since = int(argv[1]) if len(argv) > 1 else 1764547200   # 2025-12-01 00:00 UTC
    stm = list(statement(argv[2] if len(argv) > 2 else "statement.csv"))
    unmatched = []
    for pid, amt, arrival, desc in payouts(since):
        hit = [s for s in stm if s[1] == amt]
        if not hit:
            unmatched.append((pid, amt, arrival, desc))
    for u in unmatched:
        print("UNMATCHED", *u, sep="\t")
    print(f"{len(unmatched)} unmatched payouts since {since}")


if __name__ == "__main__":
    main(sys.argv)

# last run 2025-12-31: 0 unmatched, 212 payouts, total GBP 1,884,203.17
# example memo: "STRIPE PAYMENTS UK  REF XQB8CDS6D0  3180137948"
