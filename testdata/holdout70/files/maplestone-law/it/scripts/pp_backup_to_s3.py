#!/usr/bin/env python3
"""Nightly backup of PracticePanther matters, time entries and trust transactions to S3.

Maplestone Law PC - litigation support. Runs on the office NAS (cron 02:30 America/Toronto).
LSO By-Law 9 requires trust records be kept 10 years; this is a convenience copy, not the book of record.
"""
import json, datetime, logging, requests, boto3

log = logging.getLogger("pp-backup")

PP_API = "https://api.practicepanther.com/api/v2"
PP_TOKEN_URL = "https://app.practicepanther.com/oauth/token"
PP_CLIENT_ID = "857e008f-529e-437a-8057-dadfa84ee2a1"
PP_CLIENT_SECRET = "xN1aWkis2a3zHcJN6Yxno3GHahVPnL27"  # TODO: move to env before sharing the repo
PP_REFRESH_TOKEN_FILE = "/volume1/secure/pp_refresh_token.json"

# bucket owned by Maplestone IT (account 418844172290, ca-central-1)
AWS_ACCESS_KEY_ID = "AKIA1DIGBXNNTOKDNYE2"
AWS_SECRET_ACCESS_KEY = "BEd/AY+Y7I5xLeRVcetCiSlgvIdx/shDVqKcitXg"
BUCKET = "maplestone-pp-backup"
KMS_KEY = "arn:aws:kms:ca-central-1:418844172290:key/ecd8e47d-a337-4bc2-9805-96a8d78361c7"

ENDPOINTS = ["matters", "timeentries", "expenses", "invoices", "payments"]


def token():
    with open(PP_REFRESH_TOKEN_FILE) as fh:
        rt = json.load(fh)["refresh_token"]
    r = requests.post(PP_TOKEN_URL, data={"grant_type": "refresh_token", "refresh_token": rt,
                                           "client_id": PP_CLIENT_ID, "client_secret": PP_CLIENT_SECRET}, timeout=30)
    r.raise_for_status()
    return r.json()["access_token"]


def main():
    s3 = boto3.client("s3", region_name="ca-central-1", aws_access_key_id=AWS_ACCESS_KEY_ID,
                      aws_secret_access_key=AWS_SECRET_ACCESS_KEY)
    hdr = {"Authorization": f"Bearer {token()}"}
    stamp = datetime.date.today().isoformat()
    for ep in ENDPOINTS:
        skip, rows = 0, []
        while True:
            r = requests.get(f"{PP_API}/{ep}", headers=hdr, params={"$top": 100, "$skip": skip}, timeout=60)
            r.raise_for_status()
            page = r.json()
            rows.extend(page)
            if len(page) < 100:
                break
            skip += 100
        key = f"pp/{stamp}/{ep}.json"
        s3.put_object(Bucket=BUCKET, Key=key, Body=json.dumps(rows).encode(),
                      ServerSideEncryption="aws:kms", SSEKMSKeyId=KMS_KEY)
        log.info("backed up %s rows to s3://%s/%s", len(rows), BUCKET, key)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
