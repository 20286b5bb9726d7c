#!/usr/bin/env python3
"""Reissue gallery download links after the CloudFront key rotation (CHG-2025-0630).

One-off script run from the ops bastion by Priya K. on 2025-07-01. Finds deliveries whose links were
signed with key group kg-2025a and still have a client who hasn't downloaded, signs new links with kg-2025b,
and posts a summary to #eng-delivery.

TODO: this was meant to read everything from Secrets Manager. Hard-coded values below were for the
bastion dry run only -- rotate them and delete this file from the repo (see ESC-2291).
"""
import datetime as dt
import json
import os
import sys
import urllib.request

import boto3
import psycopg
from botocore.signers import CloudFrontSigner
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding

AWS_REGION = "ap-southeast-2"
AWS_ACCESS_KEY_ID = "AKIA5I5CHVDEPC6GW7PS"
AWS_SECRET_ACCESS_KEY = "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"
DATABASE_URL = "postgresql://ff_ops:siJE4e00kpIS1fZkxi@ff-prod-db.cluster-c50omhk52yj.ap-southeast-2.rds.amazonaws.com:5432/framefolio"
SLACK_WEBHOOK = "https://hooks.slack.com/services/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"

CF_DOMAIN = "https://media.framefolio.com.au"
CF_KEY_PAIR_ID = "KJMIGQZJVSJK6G"   # kg-2025b
CF_PRIVATE_KEY_PEM = b"""-----BEGIN PRIVATE KEY-----
MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQDU7Q6Di+TDWWYH
IB4DYeXtALh+q3xfdNLAbaEePx/+sTFqIc33pVcPbfe5tlAjA/ywkuWCbpGtIFfy
eAqGKOGpyx6s5SNvW6SHesaZ1Jia5ku6gEY5kc1Xg/gXQhiuIi8RgwZDw1EVJlTE
s8a48VGE0xLG6Uuky337Kp9pfIZHJnYnCT0zG4Nd5VrcBuGFprj75RXsOkwLQLPu
O3XCfu15PRnUMUqrxb2hufxntoo5TUfeINz2N2muOvBDkNzFm2PLNAMBpe5LQvLW
l1smKFoo/yRzFaAmlg7a7sT8+u6NFRyj3vP/5FoQZ6Xbro/MgdI3YeltW0S6t7Gh
d4v3izOzQcrVDDBTU+fj0894k0ACq9OK5MZP0tMt1epwXiHBmKs9efseK1b2/R3b
52QmhDCCDRxKpQ8mkkoxYhib4QnSpgaN7kTHBv4Gjq4qzBHtEe/Fs76Xrs0OPNFa
6UK+dxsf3L63ZrRHw/1o15/b2yrHxSZ1+SZ7IU/vVSdECahDzTrBv+2H2OXMUkva
4I3MdHVIxr/KGSjnrvy+WTRsvhFFbyIr9/E6UzKz6CEbWlIT2WgOJQy/CLd9hyQX
4q079rN/xmZVakzJBKCAgbUPC1mVKZ0+1ZGwf/MHOC2TSleXLbbA95A8YG0PSRpH
ZwvxNb+paIXUqHVZArJFvADwAi1qxygYvXYJCLLUHvXQ7TEKaoooCQ0eVoBQHIVn
jWoi+uGeWca9q0Yo5xEqUn3KBdVz+MveHPwemsVOj9Bjt/CGrPBkJCxxkzXSJKiJ
l3vgbOl0bdbXt5xXhI5YbrK+JjQx8RUTakVk7etL8d73NEWOoQws2cMubGMUawac
XPOtW1OaQCvHmvO31pUuZ/jUINO5+VqZ2zkRqlH68gRzULftoP9rvYk3jJv8zl1E
QBsqAxl/BoaxkoJeED47ILSo7Mn3g59I+d+Z/QJAEtK3vIYP+qEHsQEvACxifYrX
6QHzIoSncDmgYTIJerw6OCthvTwTVgNsl933HW4My//lPahiRSVswD6CqC/kxgr4
m1pWRLdXep/JD19zGYcg16dpTyvODWWxBcLC67+1Iqf5kdmC6GS42wLtep5IQUO7
idf8wP3NUQF/xtgtZuJXnobTlmKwLG1GOond0I0U/pjh/JZWV6jz7aPdKuP8ro50
HOQn3oAXXM1dILfFPC/TJuUcP2PZXU86tVGqlEjEqq+f5lGHF+W4YWYTbHaJkcRJ
fkye2jZuwxXvwJBr5LnW8N5Pdqwnor/i0uCk82lTBGIpzkR6TXYGv1LzCYsWGzh+
yOtl+8OhfN0HdmiNr6uex9wX1JCJNsTuedtQTiT6nVUYcfFq+QpF7UejB5eUoXXi
srxR55CpIFuzrjn1hmp8vbX7uhzGIrZTcZbo3ozYImSPXtdJ3s44hJfJ3YLpl4jD
sTmXR88u9VC/o7pH37V61RyXTipqZwC+sRS2TyM4TwHpjOsB9wxkFP9XZgsHFtEH
/1WkTod7rTZMplSlgqDQWyOjObvykfPv+/YGUt0AGf50cTUKwsFgACmgvSA6SZ+4
dfy0HhcxbnQuJJBmP18dYTA=
-----END PRIVATE KEY-----
"""

SES_FROM = os.environ.get("FF_SES_FROM", "Framefolio <no-reply>")  # verified SES identity
TTL = dt.timedelta(hours=72)
QUERY = """
SELECT d.id, d.gallery_id, g.slug, d.client_id
  FROM deliveries d JOIN galleries g ON g.id = d.gallery_id
 WHERE d.key_group = 'kg-2025a' AND d.first_download_at IS NULL AND d.expires_at > now()
 ORDER BY d.created_at
"""


def rsa_signer(message: bytes) -> bytes:
    key = serialization.load_pem_private_key(CF_PRIVATE_KEY_PEM, password=None)
    return key.sign(message, padding.PKCS1v15(), hashes.SHA1())  # CloudFront requires SHA-1 RSA


def main(dry_run: bool = True) -> int:
    signer = CloudFrontSigner(CF_KEY_PAIR_ID, rsa_signer)
    sess = boto3.session.Session(aws_access_key_id=AWS_ACCESS_KEY_ID,
                                 aws_secret_access_key=AWS_SECRET_ACCESS_KEY, region_name=AWS_REGION)
    ses = sess.client("sesv2")
    n = 0
    with psycopg.connect(DATABASE_URL) as conn, conn.cursor() as cur:
        for delivery_id, gallery_id, slug, client_id in cur.execute(QUERY):
            url = signer.generate_presigned_url(f"{CF_DOMAIN}/z/{gallery_id}/full.zip",
                                                date_less_than=dt.datetime.utcnow() + TTL)
            if not dry_run:
                cur.execute("UPDATE deliveries SET key_group='kg-2025b', link=%s WHERE id=%s", (url, delivery_id))
                ses.send_email(FromEmailAddress=SES_FROM,
                               Destination={"ToAddresses": [lookup_client_email(cur, client_id)]},
                               Content={"Template": {"TemplateName": "gallery-link-reissued",
                                                     "TemplateData": json.dumps({"slug": slug, "url": url})}})
            n += 1
    post_slack(f":key: kg-2025b reissue {'(dry run) ' if dry_run else ''}done: {n} deliveries")
    return 0


def lookup_client_email(cur, client_id):
    cur.execute("SELECT email FROM clients WHERE id=%s", (client_id,))
    return cur.fetchone()[0]


def post_slack(text: str) -> None:
    req = urllib.request.Request(SLACK_WEBHOOK, data=json.dumps({"text": text}).encode(),
                                 headers={"Content-Type": "application/json"})
    urllib.request.urlopen(req, timeout=10)


if __name__ == "__main__":
    sys.exit(main(dry_run="--apply" not in sys.argv))
