"""Nightly import of case dispositions from the district court into the supervision system.

Reads the court's disposition feed (CSV over HTTPS, mutual TLS) and opens supervision records for new
probation sentences. Credentials come from the environment (systemd EnvironmentFile, root-only):
    COURT_FEED_URL, COURT_FEED_CERT, COURT_FEED_KEY, CC_DB_DSN
"""
import csv
import hashlib
import io
import logging
import os
import sys
from datetime import date, datetime

import psycopg
import requests

log = logging.getLogger("disposition_import")

FEED_URL = os.environ.get("COURT_FEED_URL", "https://feeds.courts.tallgrasscountyks.gov/dispositions/daily.csv")
CERT = (os.environ["COURT_FEED_CERT"], os.environ["COURT_FEED_KEY"])
DSN = os.environ["CC_DB_DSN"]  # e.g. "host=pg-cc01.tallgrasscountyks.gov dbname=cc user=etl" - password via ~/.pgpass

# Disposition codes that start supervision (Kansas sentencing guidelines, probation / community corrections)
SUPERVISION_CODES = {
    "PROB": "Court services probation",
    "CCP": "Community corrections probation",
    "SPROB": "Suspended sentence - probation",
    "DIV": "Diversion agreement",
}
# Case numbers look like TG-2025-CR-000412; older ones 2019CR000412
CASE_RE = r"^(TG-\d{4}-(CR|TR)-\d{6}|\d{4}CR\d{6})$"
DEFAULT_TERM_MONTHS = {"PROB": 12, "CCP": 18, "SPROB": 24, "DIV": 12}


def fetch_feed(run_date: date) -> list[dict]:
    r = requests.get(FEED_URL, params={"date": run_date.isoformat()}, cert=CERT, timeout=60)
    r.raise_for_status()
    digest = hashlib.sha256(r.content).hexdigest()
    log.info("feed %s bytes=%d sha256=%s etag=%s", run_date, len(r.content), digest, r.headers.get("ETag"))
    return list(csv.DictReader(io.StringIO(r.text)))


def upsert(conn, row: dict) -> bool:
    code = row["disposition_code"]
    if code not in SUPERVISION_CODES:
        return False
    term = int(row.get("term_months") or DEFAULT_TERM_MONTHS[code])
    with conn.cursor() as cur:
        cur.execute(
            """
            INSERT INTO supervision_case (court_case_no, disposition_code, sentenced_on, term_months,
                                          judge_id, source_row_hash, created_at)
            VALUES (%s, %s, %s, %s, %s, %s, now())
            ON CONFLICT (court_case_no, disposition_code) DO NOTHING
            """,
            (row["case_number"], code, row["sentence_date"], term, row["judge_id"],
             hashlib.sha256(repr(sorted(row.items())).encode()).hexdigest()),
        )
        return cur.rowcount == 1


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    run_date = date.fromisoformat(sys.argv[1]) if len(sys.argv) > 1 else date.today()
    rows = fetch_feed(run_date)
    created = 0
    with psycopg.connect(DSN) as conn:
        for row in rows:
            created += upsert(conn, row)
    log.info("run %s: %d rows, %d new supervision cases (started %s)", run_date, len(rows), created,
             datetime.now().isoformat(timespec="seconds"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
