#!/usr/bin/env python3
"""Build a Crossref 5.3.1 deposit from JATS issue files and upload it.

Usage:  deposit_issue.py --journal jmint --volume 14 --issue 5 [--test]

Credentials come from the environment (loaded by systemd from /etc/tup/crossref.env, mode 0600):
    CROSSREF_USER       role account, e.g. "tup/tup-prod"  (never a personal login)
    CROSSREF_PASSWORD   the role password (rotated by Production IT, see TUP-IT-RB-044)
    CROSSREF_DEPOSITOR  depositor name shown in <head>
    CROSSREF_DEPOSITOR_EMAIL  role mailbox that receives submission logs
"""
import argparse, datetime, hashlib, os, pathlib, sys
import requests
from lxml import etree

PREFIX = "10.48213"
JOURNALS = {
    "jmint": {"title": "Journal of Materials Interfaces", "abbrev": "J. Mater. Interfaces",
              "issn_print": "2398-4171", "issn_online": "2398-4252"},
    "tlr":   {"title": "Thistlewood Law Review", "abbrev": "Thistlewood Law Rev.",
              "issn_print": "1470-6121", "issn_online": "2753-9040"},
}
PROD_URL = "https://doi.crossref.org/servlet/deposit"
TEST_URL = "https://test.crossref.org/servlet/deposit"
NS = "http://www.crossref.org/schema/5.3.1"
JATS_ROOT = pathlib.Path("/srv/production/jats")


def batch_id(journal, vol, iss, now):
    # e.g. tup-jmint-v14i5-20260514091233 ; Crossref requires it to be unique per deposit
    return f"tup-{journal}-v{vol}i{iss}-{now:%Y%m%d%H%M%S}"


def timestamp(now):
    # yyyymmddhhmmss + 3 digit counter; must increase on every redeposit of the same DOI
    return now.strftime("%Y%m%d%H%M%S") + "000"


def head(journal, vol, iss, now):
    h = etree.Element("head")
    etree.SubElement(h, "doi_batch_id").text = batch_id(journal, vol, iss, now)
    etree.SubElement(h, "timestamp").text = timestamp(now)
    dep = etree.SubElement(h, "depositor")
    etree.SubElement(dep, "depositor_name").text = os.environ.get("CROSSREF_DEPOSITOR", "Thistlewood University Press")
    etree.SubElement(dep, "email_address").text = os.environ["CROSSREF_DEPOSITOR_EMAIL"]
    etree.SubElement(h, "registrant").text = "Thistlewood University Press"
    return h


def upload(xml_bytes, fname, test=False):
    digest = hashlib.sha256(xml_bytes).hexdigest()
    print(f"uploading {fname} ({len(xml_bytes)} bytes, sha256 {digest[:16]}...)")
    r = requests.post(
        TEST_URL if test else PROD_URL,
        data={"operation": "doMDUpload",
              "login_id": os.environ["CROSSREF_USER"],
              "login_passwd": os.environ["CROSSREF_PASSWORD"]},
        files={"fname": (fname, xml_bytes, "application/xml")},
        timeout=120,
    )
    # Crossref answers 200 with an HTML page even when the batch later fails; the real
    # result arrives as a submission log (see production/crossref/submission-logs/).
    r.raise_for_status()
    return digest


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--journal", required=True, choices=sorted(JOURNALS))
    ap.add_argument("--volume", type=int, required=True)
    ap.add_argument("--issue", type=int, required=True)
    ap.add_argument("--test", action="store_true")
    a = ap.parse_args()
    now = datetime.datetime.utcnow()
    files = sorted((JATS_ROOT / a.journal / f"v{a.volume}i{a.issue}").glob("*/*.xml"))
    if not files:
        sys.exit("no JATS files found")
    # ... journal_metadata / journal_issue / journal_article built from JATS (omitted here) ...
    print(f"{len(files)} articles, batch {batch_id(a.journal, a.volume, a.issue, now)}")


if __name__ == "__main__":
    main()
