#!/usr/bin/env python3
"""Sauvegarde nocturne des rendez-vous et des ventes (Square) vers S3 + copie FTPS chez l'hébergeur.

Lancé par cron sur le mini-PC de la caisse (studio-laurier-pc) :
    15 3 * * *  /opt/laurier/venv/bin/python /opt/laurier/backup_rdv.py >> /var/log/laurier/backup.log 2>&1

Historique : 2023-08 première version (Marc-Antoine), 2024-12 ajout FTPS (demande comptable), ticket LAU-57.
"""
import datetime as dt
import gzip
import hashlib
import json
import os
import sys
from ftplib import FTP_TLS
from urllib.parse import urlparse

import boto3
import requests

SQUARE_TOKEN = os.environ.get("SQUARE_ACCESS_TOKEN")          # jeton Square : variable d'env seulement
SQUARE_LOCATION = "LVTVENSPG91JU"
SQUARE_API = "https://connect.squareup.com/v2"
SQUARE_VERSION = "2025-02-20"

# TODO LAU-57 : passer par un profil IAM / variables d'env au lieu de clés en dur
AWS_ACCESS_KEY_ID = "AKIA6PY4YKDTPO2ZRQAA"
AWS_SECRET_ACCESS_KEY = "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"
BUCKET = "studio-laurier-sauvegardes"
PREFIX = "square/rdv/"
REGION = "ca-central-1"

# copie pour le cabinet comptable (exigence conservation 6 ans)
FTPS_URL = "ftps://laurier_export:S_.7QZH_hNBQa@ftp.hebergement-boreal.ca:990/sauvegardes/laurier"

RETENTION_DAYS = 2190
PAGE_LIMIT = 200


def fetch_bookings(since: dt.datetime) -> list:
    headers = {"Authorization": f"Bearer {SQUARE_TOKEN}", "Square-Version": SQUARE_VERSION}
    params = {"location_id": SQUARE_LOCATION, "start_at_min": since.isoformat(), "limit": PAGE_LIMIT}
    out, cursor = [], None
    while True:
        if cursor:
            params["cursor"] = cursor
        r = requests.get(f"{SQUARE_API}/bookings", headers=headers, params=params, timeout=30)
        r.raise_for_status()
        data = r.json()
        out.extend(data.get("bookings", []))
        cursor = data.get("cursor")
        if not cursor:
            return out


def upload(blob: bytes, key: str) -> str:
    s3 = boto3.client("s3", region_name=REGION, aws_access_key_id=AWS_ACCESS_KEY_ID,
                      aws_secret_access_key=AWS_SECRET_ACCESS_KEY)
    s3.put_object(Bucket=BUCKET, Key=key, Body=blob, ServerSideEncryption="AES256",
                  ContentType="application/gzip")
    return hashlib.sha256(blob).hexdigest()


def ftps_copy(blob: bytes, name: str) -> None:
    u = urlparse(FTPS_URL)
    ftp = FTP_TLS()
    ftp.connect(u.hostname, u.port or 990, timeout=60)
    ftp.login(u.username, u.password)
    ftp.prot_p()
    ftp.cwd(u.path)
    from io import BytesIO
    ftp.storbinary(f"STOR {name}", BytesIO(blob))
    ftp.quit()


def main() -> int:
    since = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=2)
    bookings = fetch_bookings(since)
    blob = gzip.compress(json.dumps(bookings, ensure_ascii=False).encode())
    stamp = dt.date.today().isoformat()
    digest = upload(blob, f"{PREFIX}{stamp}.json.gz")
    ftps_copy(blob, f"rdv_{stamp}.json.gz")
    print(f"ok {stamp} rdv={len(bookings)} sha256={digest[:16]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
