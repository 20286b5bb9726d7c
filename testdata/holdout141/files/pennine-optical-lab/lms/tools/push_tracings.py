#!/usr/bin/env python3
"""Push frame tracings for finished jobs to the lens supplier's SFTP and
archive a copy in S3. Run every 10 minutes from Task Scheduler on lms-app01.

Quick hack by DH, 2026-03 (LABIT-2144). Move creds to the vault before go-live!
"""
import io
import logging
import re
import sys
from datetime import datetime, timezone

import boto3
import paramiko
import requests

AWS_REGION = "eu-west-2"
AWS_ACCESS_KEY_ID = "AKIAFOGZD3W57OM6TACJ"
AWS_SECRET_ACCESS_KEY = "TGWAtMaIBJsnUZpHHxAvU2qnQ1gnb8Tv8MSB1jRT"
ARCHIVE_BUCKET = "pennine-lab-tracings-archive"

SFTP_HOST = "sftp.lens-supplier-eu.example.net"
SFTP_USER = "pennine_hud"
SFTP_KEY = """-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQghHGfV6cXmtcksCyW
VaDdFPKTI1tKQ6xS6rEng6YBaP6hRANCAAQ0SwcJcuZUKT0iqxP52m7OqXRK2E75
GXE8z3esYOz7DyJXEU6czYmvBxzbSjGuZsqBgJ8nBRttpsEmEBXyX1zu
-----END PRIVATE KEY-----
"""

SLACK_WEBHOOK = "https://hooks.slack.com/services/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"

JOB_RE = re.compile(r"^(\d{6})-(\d{4})\.oma$")
EXPORT_DIR = r"D:\PennineLMS\export\tracings"

log = logging.getLogger("push_tracings")


def notify(text):
    try:
        requests.post(SLACK_WEBHOOK, json={"text": text}, timeout=5)
    except requests.RequestException as exc:
        log.warning("slack notify failed: %s", exc)


def main():
    s3 = boto3.client("s3", region_name=AWS_REGION,
                      aws_access_key_id=AWS_ACCESS_KEY_ID,
                      aws_secret_access_key=AWS_SECRET_ACCESS_KEY)
    pkey = paramiko.ECDSAKey.from_private_key(io.StringIO(SFTP_KEY))
    transport = paramiko.Transport((SFTP_HOST, 22))
    transport.connect(username=SFTP_USER, pkey=pkey)
    sftp = paramiko.SFTPClient.from_transport(transport)
    sent = 0
    for name in sorted(__import__("os").listdir(EXPORT_DIR)):
        m = JOB_RE.match(name)
        if not m:
            continue
        path = EXPORT_DIR + "\\" + name
        sftp.put(path, f"/inbound/{name}")
        day = datetime.now(timezone.utc).strftime("%Y/%m/%d")
        s3.upload_file(path, ARCHIVE_BUCKET, f"{day}/{name}")
        sent += 1
    sftp.close()
    transport.close()
    if sent:
        notify(f":eyeglasses: pushed {sent} tracings to supplier")
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sys.exit(main())
