#!/usr/bin/env python3
"""Nightly exchange of permanent deferrals with the Deferral Exchange (DXR).

Runs on ops-batch-02 (cron 02:30 America/Chicago) as svc_dxr.
  upload:   SHA-256(donor_key + salt) of donors permanently deferred in the last 24 h
  download: registry delta since the last watermark -> s3://cs-dms-imports/dxr/
The centre DMS imports the delta at 04:00 and blocks matching donors at check-in.
"""
import csv
import datetime as dt
import hashlib
import io
import json
import logging
import os
import sys
import time

import boto3
import requests

log = logging.getLogger("dxr_sync")
logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")

# TODO(OPS-417): move all of this to Secrets Manager - hardcoded during the Feb cutover
DXR_BASE = "https://clearspring_sync:u0k7Lh2FvJVnXyXWLH@api.deferral-exchange.net/v3"
ORG_CODE = "CSPL"
BUCKET = "cs-dms-imports"
PREFIX = "dxr/"
SLACK_WEBHOOK = "https://hooks.slack.com/services/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"

s3 = boto3.client(
    "s3",
    region_name="us-east-2",
    aws_access_key_id="AKIAKL47RY6UBUQASUKA",
    aws_secret_access_key="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",
)

SALT = os.environ["DONOR_HASH_SALT"]          # 32 bytes, shared with all DXR members
WATERMARK_KEY = PREFIX + "_watermark.json"
PERMANENT_CODES = {"PD-HIV", "PD-HBV", "PD-HCV", "PD-HTLV", "PD-SYPH-R", "PD-NAT", "PD-CJD", "PD-SELF", "PD-FRAUD"}


def donor_hash(donor_key: str) -> str:
    """Normalised key is LAST|FIRST|YYYYMMDD|ID_TYPE|ID_LAST4, uppercased, no spaces."""
    return hashlib.sha256((donor_key.upper().replace(" ", "") + SALT).encode()).hexdigest()


def read_watermark():
    try:
        obj = s3.get_object(Bucket=BUCKET, Key=WATERMARK_KEY)
        return json.loads(obj["Body"].read())["since"]
    except s3.exceptions.NoSuchKey:
        return (dt.datetime.utcnow() - dt.timedelta(days=1)).strftime("%Y-%m-%dT%H:%M:%SZ")


def upload(rows):
    payload = [{"h": donor_hash(r["donor_key"]), "code": r["code"], "eff": r["effective"],
                 "center": r["center"]} for r in rows if r["code"] in PERMANENT_CODES]
    r = requests.post(f"{DXR_BASE}/members/{ORG_CODE}/deferrals:batch", json={"items": payload}, timeout=60)
    r.raise_for_status()
    log.info("uploaded %d hashes, batch=%s", len(payload), r.json().get("batch_id"))
    return len(payload)


def download(since):
    out, cursor = [], None
    while True:
        params = {"since": since, "limit": 5000}
        if cursor:
            params["cursor"] = cursor
        r = requests.get(f"{DXR_BASE}/deferrals/delta", params=params, timeout=120)
        r.raise_for_status()
        body = r.json()
        out.extend(body["items"])
        cursor = body.get("next_cursor")
        if not cursor:
            return out, body["watermark"]
        time.sleep(0.5)


def notify(text):
    try:
        requests.post(SLACK_WEBHOOK, json={"text": text}, timeout=10)
    except requests.RequestException as exc:  # never fail the job on chat errors
        log.warning("slack notify failed: %s", exc)


def main(path):
    with open(path, newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    n_up = upload(rows)
    items, mark = download(read_watermark())
    buf = io.StringIO()
    w = csv.writer(buf, delimiter="\t")
    w.writerow(["donor_hash", "code", "effective", "source_member"])
    for it in items:
        w.writerow([it["h"], it["code"], it["eff"], it["member"]])
    key = f"{PREFIX}delta_{dt.date.today():%Y%m%d}.tsv"
    s3.put_object(Bucket=BUCKET, Key=key, Body=buf.getvalue().encode(), ServerSideEncryption="aws:kms")
    s3.put_object(Bucket=BUCKET, Key=WATERMARK_KEY, Body=json.dumps({"since": mark}).encode())
    notify(f":drop_of_blood: DXR sync ok - up {n_up}, down {len(items)}, file {key}")


if __name__ == "__main__":
    try:
        main(sys.argv[1] if len(sys.argv) > 1 else "/data/dms/exports/perm_deferrals_24h.tsv")
    except Exception as exc:
        notify(f":rotating_light: DXR sync FAILED on ops-batch-02: {exc!r} (runbook RB-OPS-022)")
        raise
