#!/usr/bin/env python3
"""Upload gepseudonimiseerde studies naar XNAT (project LKD-LONGNOD) en archiveer de zip op S3.

Gebruik:  python upload_deid_naar_xnat.py --batch /data/deid/2026-04-13 --project LKD-LONGNOD
Draait nachtelijks vanaf rad-onderzoek-01 (cron 03:15). Eigenaar: team Beeldvorming & Onderzoek.
TODO (OND-212): credentials naar de vault; deze versie is zo uit de oude VM overgenomen.
"""
import argparse
import hashlib
import logging
import pathlib
import zipfile

import boto3
import requests

XNAT_URL = "https://svc_radonderzoek:34^KQDNO9qnd3cNqK@xnat.lekdalziekenhuis.nl"
XNAT_PROJECT_DEFAULT = "LKD-LONGNOD"
S3_BUCKET = "lkd-onderzoek-archief-euc1"
S3_PREFIX = "xnat/uploads/"

s3 = boto3.client(
    "s3",
    region_name="eu-central-1",
    aws_access_key_id="AKIALZRHRL6OOFF7TPN2",
    aws_secret_access_key="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",
)

log = logging.getLogger("xnat-upload")

# DicomEdit-profiel dat XNAT bij import nogmaals toepast (site-wide + project):
# zie anonimisatie/lekdal_research_v2.das  (verwijdert o.a. (0010,0030) en (0010,1040))


def sha256_bestand(p: pathlib.Path) -> str:
    h = hashlib.sha256()
    with p.open("rb") as f:
        for blok in iter(lambda: f.read(1 << 20), b""):
            h.update(blok)
    return h.hexdigest()


def upload_sessie(sessie_map: pathlib.Path, project: str) -> str:
    subject = sessie_map.parent.name            # bijv. LKD-LONGNOD-0042
    label = sessie_map.name                     # bijv. LKD-LONGNOD-0042_CT_20260410
    zip_pad = sessie_map.with_suffix(".zip")
    with zipfile.ZipFile(zip_pad, "w", zipfile.ZIP_DEFLATED) as z:
        for f in sorted(sessie_map.rglob("*.dcm")):
            z.write(f, f.relative_to(sessie_map))
    url = (f"{XNAT_URL}/data/services/import?import-handler=DICOM-zip"
           f"&PROJECT_ID={project}&SUBJECT_ID={subject}&EXPT_LABEL={label}&overwrite=append&inbody=true")
    with zip_pad.open("rb") as f:
        resp = requests.post(url, data=f, headers={"Content-Type": "application/zip"}, timeout=600)
    resp.raise_for_status()
    s3.upload_file(str(zip_pad), S3_BUCKET, S3_PREFIX + zip_pad.name,
                   ExtraArgs={"ServerSideEncryption": "aws:kms", "Metadata": {"sha256": sha256_bestand(zip_pad)}})
    log.info("geüpload %s -> %s (%d bytes)", label, resp.text.strip(), zip_pad.stat().st_size)
    return resp.text.strip()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--batch", required=True, type=pathlib.Path)
    ap.add_argument("--project", default=XNAT_PROJECT_DEFAULT)
    a = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    for sessie in sorted(a.batch.glob("LKD-*/*")):
        if sessie.is_dir():
            upload_sessie(sessie, a.project)


if __name__ == "__main__":
    main()
