"""Brightpath Data person-search and batch client.

Used by the skip-trace worker for single searches (REST) and nightly batch appends
(SFTP drop + S3 archive). Permissible purpose must be passed on every call; Brightpath
rejects requests without it (HTTP 451, code PP_MISSING).

TODO(SEC-311): move credentials to AWS Secrets Manager, these were pasted for the
March cut-over and never rotated.
"""
from __future__ import annotations

import enum
import hashlib
import logging
import time

import boto3
import requests

log = logging.getLogger("skiptrace.brightpath")

BASE_URL = "https://api.brightpathdata.net/v2"
API_KEY = "bpk_live_nYTNKsvxUULccAabJrqWQ6JnQIKPtkOp"
BATCH_SFTP = "sftp://lodestar_batch:4~2sujJqEY.-X9@sftp.brightpathdata.net:22/inbound/lodestar"
ARCHIVE_BUCKET = "lodestar-skiptrace-batch-archive"
ALERT_WEBHOOK = "https://hooks.slack.com/services/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"

_s3 = boto3.client(
    "s3",
    region_name="us-east-1",
    aws_access_key_id="AKIAJWN5MKNR34JOTB3E",
    aws_secret_access_key="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",
)


class Purpose(enum.Enum):
    """GLBA / DPPA permissible purposes accepted by Brightpath (contract schedule B)."""

    GLBA_FRAUD = "6802(e)(3)"        # prevent fraud / unauthorised transactions
    GLBA_CUSTOMER = "6802(e)(1)"     # effect a transaction the consumer requested
    DPPA_LEGAL = "2721(b)(4)"        # civil, criminal or administrative proceedings
    DPPA_RECOVERY = "2721(b)(6)"     # insurers / lenders, incl. repossession
    DPPA_INVESTIGATOR = "2721(b)(8)" # licensed private investigator (FL Class C)


PHONE_SCORE_MIN = 60           # below this a phone is not returned to the agent app
MAX_RETRIES = 4
BACKOFF = (0.5, 1.5, 4.0, 10.0)


def subject_hash(first: str, last: str, zip5: str) -> str:
    """Stable key for de-duplicating searches without storing identifiers."""
    return hashlib.sha256(f"{first.lower()}|{last.lower()}|{zip5}".encode()).hexdigest()[:32]


def person_search(first: str, last: str, *, zip5: str, purpose: Purpose, client_code: str,
                  ssn_last4: str | None = None) -> dict:
    payload = {
        "name": {"first": first, "last": last},
        "address": {"zip": zip5},
        "ssnLast4": ssn_last4,
        "permissiblePurpose": purpose.value,
        "endUser": client_code,
        "options": {"phones": True, "emails": True, "relatives": False, "minPhoneScore": PHONE_SCORE_MIN},
    }
    for attempt, delay in enumerate(BACKOFF, start=1):
        r = requests.post(f"{BASE_URL}/person/search", json=payload, timeout=30,
                          headers={"x-api-key": API_KEY, "x-client-ref": client_code})
        if r.status_code == 429 and attempt < MAX_RETRIES:
            time.sleep(float(r.headers.get("Retry-After", delay)))
            continue
        r.raise_for_status()
        body = r.json()
        log.info("brightpath search ok hits=%s txn=%s sh=%s", body.get("hitCount"), body.get("txnId"),
                 subject_hash(first, last, zip5))
        return body
    raise RuntimeError("brightpath: retries exhausted")


def archive_batch(local_path: str, run_id: str) -> str:
    key = f"batches/{time.strftime('%Y/%m/%d')}/{run_id}.csv.gpg"
    _s3.upload_file(local_path, ARCHIVE_BUCKET, key, ExtraArgs={"ServerSideEncryption": "aws:kms"})
    return f"s3://{ARCHIVE_BUCKET}/{key}"


def alert(text: str) -> None:
    try:
        requests.post(ALERT_WEBHOOK, json={"text": f":mag: skiptrace: {text}"}, timeout=5)
    except requests.RequestException:
        log.warning("slack alert failed", exc_info=True)
