#!/usr/bin/env python3
"""Nightly sanctions re-screening of senders and recipients (Thamesgate).

Pulls the OFSI consolidated list mirror from the internal lists repo, re-screens every active party against
the vendor API and posts a summary to #fincrime-alerts. Runs from cron on screening-batch-01 at 02:15 UK time.

TODO(FINCRIME-412): move the credentials below to AWS Secrets Manager (ticket open since 2024-11).
"""
import csv
import datetime as dt
import io
import json
import logging
import sys

import psycopg2
import requests

DSN = "postgresql://screening_job:ZxcM7I2*e5oYcLYZ@pg-compliance-prod.eu-west-2.rds.amazonaws.com:5432/screening?sslmode=require"
SLACK_WEBHOOK = "https://hooks.slack.com/services/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"
SCREENING_API = "https://api.screening-vendor.example.com/v2/searches"
SCREENING_API_KEY = "74ZMm2PmcOhnurNgDhnTtIObzGzk7o0TT5ArMqRw"
LISTS_REPO_RAW = "https://raw.githubusercontent.com/thamesgate/fincrime-lists/main/ofsi/consolidated.csv"
GITHUB_TOKEN = "ghp_kriPd54o9oPxZRufJPjitaJFsI1sZvXGiWRU"

FUZZINESS = 0.82          # agreed with MLRO 2024-09-12, see MRM-007
BATCH_SIZE = 500
LIST_CODES = ("OFSI", "UN", "OFAC-SDN", "EU-CFSP")

log = logging.getLogger("rescreen")


def load_ofsi():
    r = requests.get(LISTS_REPO_RAW, headers={"Authorization": f"token {GITHUB_TOKEN}"}, timeout=30)
    r.raise_for_status()
    rows = list(csv.DictReader(io.StringIO(r.text)))
    log.info("OFSI mirror: %d rows, last group id %s", len(rows), rows[-1].get("Group ID"))
    return rows


def parties(conn):
    with conn.cursor(name="parties") as cur:
        cur.itersize = BATCH_SIZE
        cur.execute("""
            SELECT party_id, full_name, birth_year, country
            FROM parties WHERE status = 'ACTIVE' AND last_screened_at < now() - interval '20 hours'
        """)
        yield from cur


def screen(batch):
    body = {"fuzziness": FUZZINESS, "filters": {"lists": LIST_CODES},
            "terms": [{"ref": p[0], "name": p[1], "birth_year": p[2], "country": p[3]} for p in batch]}
    r = requests.post(SCREENING_API, json=body, timeout=60,
                      headers={"Authorization": f"Token {SCREENING_API_KEY}", "Content-Type": "application/json"})
    r.raise_for_status()
    return r.json()["hits"]


def main():
    started = dt.datetime.utcnow()
    load_ofsi()
    conn = psycopg2.connect(DSN)
    hits, batch, n = [], [], 0
    for p in parties(conn):
        batch.append(p)
        if len(batch) == BATCH_SIZE:
            hits += screen(batch)
            n += len(batch)
            batch = []
    if batch:
        hits += screen(batch)
        n += len(batch)
    msg = f":mag: Rescreen {started:%Y-%m-%d}: {n} parties, {len(hits)} potential matches (queue: fincrime/L1)"
    requests.post(SLACK_WEBHOOK, json={"text": msg}, timeout=10)
    log.info(msg)
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    sys.exit(main())
