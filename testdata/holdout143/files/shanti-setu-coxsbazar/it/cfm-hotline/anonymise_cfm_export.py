#!/usr/bin/env python3
"""CFM হটলাইন এক্সপোর্ট বেনামীকরণ (Complaints & Feedback Mechanism hotline export anonymiser).

Reads the weekly CSV export of the hotline ticketing tool and writes a copy that can be shared with the
sector (Protection / CwC working groups): caller numbers become keyed pseudonyms, free text is scrubbed.

    python anonymise_cfm_export.py cfm_export_2026-W23.csv -o cfm_2026-W23_shareable.csv

নোট: কী (key) কখনো কোডে রাখবেন না; এটি env var CFM_PSEUDONYM_KEY থেকে আসে (Bitwarden: "BD-CFM").
Example of the output: caller 01*******47 -> cal_6f1e0c9a2b7d; ticket CFM-2606-00418 stays as is.
"""
import argparse
import csv
import hashlib
import hmac
import os
import re
import sys

# বাংলাদেশি মোবাইল নম্বর: ঐচ্ছিক +88/88, তারপর 01[3-9] এবং আরও ৮ সংখ্যা
BD_MSISDN = re.compile(r"(?:\+?88)?01[3-9]\d{2}[ -]?\d{6}")
FCN = re.compile(r"\bFCN[- ]?\d{1,2}[- ]?\d{3,6}\b")
SMART_CARD = re.compile(r"\b(?:BGD|MYA)-\d{2}-\d{6,8}\b")
KEEP_COLUMNS = ["ticket_id", "opened_at", "camp", "channel", "category", "sub_category", "language",
                "sensitive", "referred_to", "closed_at", "satisfaction"]
CATEGORIES = {
    "১": "information_request",   # তথ্য জানতে চাওয়া
    "২": "assistance_request",    # সহায়তার অনুরোধ
    "৩": "complaint_quality",     # মান নিয়ে অভিযোগ
    "৪": "complaint_staff",       # কর্মীর আচরণ (sensitive, PSEA focal point only)
    "৫": "positive_feedback",
}


def pseudonym(value: str, key: bytes) -> str:
    digits = re.sub(r"\D", "", value)[-11:]
    return "cal_" + hmac.new(key, digits.encode(), hashlib.sha256).hexdigest()[:12]


def scrub(text: str) -> str:
    text = BD_MSISDN.sub("[নম্বর]", text)
    text = FCN.sub("[FCN]", text)
    return SMART_CARD.sub("[ID]", text)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("src")
    ap.add_argument("-o", "--out", required=True)
    args = ap.parse_args()
    key = os.environ.get("CFM_PSEUDONYM_KEY", "").encode()
    if len(key) < 32:
        sys.exit("CFM_PSEUDONYM_KEY missing or shorter than 32 bytes")
    with open(args.src, newline="", encoding="utf-8-sig") as fi, open(args.out, "w", newline="", encoding="utf-8") as fo:
        rd = csv.DictReader(fi)
        wr = csv.DictWriter(fo, fieldnames=["caller"] + KEEP_COLUMNS + ["summary"])
        wr.writeheader()
        n = 0
        for row in rd:
            if row.get("category") == "৪":
                continue  # PSEA: never leaves the office
            out = {c: row.get(c, "") for c in KEEP_COLUMNS}
            out["category"] = CATEGORIES.get(row.get("category", ""), "other")
            out["caller"] = pseudonym(row.get("caller_number", ""), key)
            out["summary"] = scrub(row.get("summary", ""))[:280]
            wr.writerow(out)
            n += 1
    print(f"{n} rows written to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
