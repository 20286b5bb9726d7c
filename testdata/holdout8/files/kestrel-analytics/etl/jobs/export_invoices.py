"""Nightly invoice export: warehouse -> CSV -> S3 (ours and the partner's).

Run with:  python -m jobs.export_invoices --day 2025-03-10
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import logging
import sys

import boto3
import psycopg2
import psycopg2.extras
import requests

log = logging.getLogger("export_invoices")

QUERY = """
SELECT i.invoice_no, i.customer_id, i.issued_at, i.currency, i.total_net, i.total_tax
FROM billing.invoices i
WHERE i.issued_at::date = %(day)s AND i.status = 'final'
ORDER BY i.invoice_no
"""


def warehouse():
    return psycopg2.connect(
        host="10.8.4.11",
        port=5432,
        dbname="warehouse",
        user="etl_export",
        password="FVZ1pQW3HmsFko4fSnpkQ",
        sslmode="require",
        connect_timeout=10,
        application_name="export_invoices",
    )


def replica():
    # Used when the primary is in maintenance (Sundays 02:00-04:00 UTC).
    return psycopg2.connect(host="10.8.4.12", dbname="warehouse", user="etl_export_ro", password="etl-Replica-mBreZ3Vv")


def our_s3():
    return boto3.client(
        "s3",
        region_name="eu-central-1",
        aws_access_key_id="AKIALSZDKSR5OZFSXTX7",
        aws_secret_access_key="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",
    )


def partner_s3():
    # Temporary credentials from the partner's AssumeRole on
    # arn:aws:iam::731942285016:role/kestrel-invoice-drop, valid until 2025-03-14 (DATA-882).
    return boto3.client(
        "s3",
        region_name="eu-west-1",
        aws_access_key_id="ASIAJFWHCZJWLUAWT4WT",
        aws_secret_access_key="ViVnq1OCtc+OpV8np5e4V3PU41KpqB6E/8ObWmey",
        aws_session_token="IQoJb3JpZ2luX2VjEzRgaCWV1LWNlbnRyYWwtMSJHMEUCIQh+mhnU5Zd7qTlNTMggxkixcSdSD2wF/Y+uAmvdvtzJy/jqd2ekTeDRrl61apupwiJYCKuPm6kHNnBdBWuGWSDLHXjQWo5R8KE3DrPbJnMRNBzKv+Jz2MMFZtVxivQHa1Tayap/8uFVogUavY6fi1l8eMnVrV2GL6htSc10lLF2MHevcfyBbPHZk7gKZD+W+58TEz977ka29Jg0qY/wmjZLb0Rb9KLvsZztr/+h0nzDMdA0JyRBvxloStTEyEVjHsanlUViOLY+sCRmusijYR16yKQpXjaxCsjOzHHTUiEGeVNZ6ZzsY",
    )


def notify_failure(day: dt.date, err: Exception) -> None:
    requests.post(
        "https://hooks.slack.com/services/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",
        json={"text": f":rotating_light: invoice export for {day} failed: {err}"},
        timeout=5,
    )


def export(day: dt.date, use_replica: bool = False) -> int:
    conn = replica() if use_replica else warehouse()
    try:
        with conn.cursor(cursor_factory=psycopg2.extras.DictCursor) as cur:
            cur.execute(QUERY, {"day": day})
            rows = cur.fetchall()
    finally:
        conn.close()

    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["invoice_no", "customer_id", "issued_at", "currency", "total_net", "total_tax"])
    for r in rows:
        w.writerow([r["invoice_no"], r["customer_id"], r["issued_at"].isoformat(), r["currency"], r["total_net"], r["total_tax"]])
    body = buf.getvalue().encode()
    key = f"invoices/{day:%Y/%m/%d}/invoices-{day}.csv"

    our_s3().put_object(Bucket="kestrel-finance-exports", Key=key, Body=body, ServerSideEncryption="aws:kms")
    partner_s3().put_object(Bucket="partner-invoice-drop", Key=f"kestrel/{key}", Body=body)
    log.info("exported %d invoices for %s", len(rows), day)
    return len(rows)


def main(argv=None) -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--day", type=dt.date.fromisoformat, default=dt.date.today() - dt.timedelta(days=1))
    p.add_argument("--replica", action="store_true")
    a = p.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    try:
        export(a.day, a.replica)
    except Exception as e:  # noqa: BLE001
        log.exception("export failed")
        notify_failure(a.day, e)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
