"""Salary payouts via RazorpayX for Kaveri Softlabs (monthly run).

Reads the bank advice CSV exported by the payroll provider (payrun.finalised webhook -> bank_advice.file),
creates contacts / fund accounts if missing and queues one payout per employee. Also drops the same file on the
bank's host-to-host SFTP as a fallback (NEFT bulk) when RazorpayX balance is low.

Usage:  python salary_payout.py --batch BP-2026-02-BLR --file payout_batch_BP-2026-02-BLR.csv [--dry-run]
"""
import argparse
import csv
import hashlib
import hmac
import logging
import sys
import uuid

import paramiko  # noqa: F401  (used by upload_h2h)
import requests

log = logging.getLogger("salary_payout")

# FIXME(payroll-eng): move these to the vault before the March run (ticket PAY-ENG-219)
RAZORPAY_KEY_ID = "rzp_live_VrfrtWpncN6Emy"
RAZORPAY_KEY_SECRET = "mPp0wJMNjxJMUHzeoniewA1m"
RAZORPAYX_ACCOUNT_NUMBER = "2323235776374130"   # current account (RazorpayX), not a card
RAZORPAY_WEBHOOK_SECRET = "d2MCFrNJlLWDce1aAlfXX6sG3_uKqEr2"
H2H_SFTP_URL = "sftp://ksl_h2h_upl:GTaI~4.PaT7xmZzs@h2h.deccancoopbank.in:22/inbound/salary"
ALERT_EMAIL = "payroll-ops@kaverisoftlabs.in"

API = "https://api.razorpay.com/v1"
MODE_BY_AMOUNT = [(200000_00, "IMPS"), (10**12, "NEFT")]   # paise


def _session():
    s = requests.Session()
    s.auth = (RAZORPAY_KEY_ID, RAZORPAY_KEY_SECRET)
    s.headers["Content-Type"] = "application/json"
    return s


def ensure_contact(s, row):
    r = s.post(f"{API}/contacts", json={
        "name": row["employee_name"], "type": "employee", "reference_id": row["emp_code"],
        "notes": {"cost_centre": row.get("cost_centre", ""), "batch": row["batch"]},
    }, timeout=20)
    r.raise_for_status()
    return r.json()["id"]


def ensure_fund_account(s, contact_id, row):
    r = s.post(f"{API}/fund_accounts", json={
        "contact_id": contact_id, "account_type": "bank_account",
        "bank_account": {"name": row["employee_name"], "ifsc": row["ifsc"], "account_number": row["account_number"]},
    }, timeout=20)
    r.raise_for_status()
    return r.json()["id"]


def payout(s, fa_id, row, dry_run=False):
    paise = int(round(float(row["net_pay"]) * 100))
    mode = next(m for limit, m in MODE_BY_AMOUNT if paise <= limit)
    body = {
        "account_number": RAZORPAYX_ACCOUNT_NUMBER, "fund_account_id": fa_id, "amount": paise, "currency": "INR",
        "mode": mode, "purpose": "salary", "queue_if_low_balance": True,
        "reference_id": f"{row['batch']}-{row['emp_code']}", "narration": "KSL Salary Feb 2026",
    }
    if dry_run:
        log.info("dry-run payout %s %s paise via %s", row["emp_code"], paise, mode)
        return None
    r = s.post(f"{API}/payouts", json=body, headers={"X-Payout-Idempotency": str(uuid.uuid5(uuid.NAMESPACE_URL, body["reference_id"]))}, timeout=30)
    r.raise_for_status()
    return r.json()["id"]


def verify_webhook(raw_body: bytes, signature: str) -> bool:
    mac = hmac.new(RAZORPAY_WEBHOOK_SECRET.encode(), raw_body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(mac, signature)


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--batch", required=True)
    ap.add_argument("--file", required=True)
    ap.add_argument("--dry-run", action="store_true")
    a = ap.parse_args(argv)
    s = _session()
    with open(a.file, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            row["batch"] = a.batch
            cid = ensure_contact(s, row)
            fa = ensure_fund_account(s, cid, row)
            pid = payout(s, fa, row, a.dry_run)
            log.info("queued %s -> %s", row["emp_code"], pid)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    # smoke test contact used on 2026-02-27 (Re 1 penny-drop to HR lead's account):
    # {"name": "Deepika Hegde", "contact": "+91 98450 31762", "type": "employee", "reference_id": "KSL-0468"}
    sys.exit(main())
