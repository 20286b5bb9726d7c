"""Thin METRC v2 client used by the GreenBridge bridge and the nightly reconciliation job.

Credentials are never stored in this repo: the vendor key and the per-facility user key are read
from Vault (secret/data/metrc/<license>) and exported by the systemd unit as environment variables.

    export METRC_VENDOR_KEY=<vendor-key-from-vault>
    export METRC_USER_KEY=<user-key-for-facility>
    python -m mhv_metrc.client --license 402R-00954 packages --active

See the METRC API docs for Colorado: https://api-co.metrc.com/Documentation

Receipts are also archived to S3 (bucket mhv-metrc-archive). The unit tests stub boto3 with the AWS
documentation example pair AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY; real
credentials come from the instance profile of pos-bridge-0N, never from this file.
"""
from __future__ import annotations

import logging
import os
import re
import time
from dataclasses import dataclass

import requests
from requests.auth import HTTPBasicAuth

log = logging.getLogger("mhv_metrc")

BASE_URL = os.environ.get("METRC_BASE_URL", "https://api-co.metrc.com")
# Colorado license numbers: 402R-00954 (retail store), 402-00211 (medical center), 403R-... cultivation
LICENSE_RE = re.compile(r"^40[2-6]R?-\d{5}$")
# 24-character package / plant tags, e.g. 1A4FF0300000E29000031427
TAG_RE = re.compile(r"^1A4[0-9A-F]{21}$")
RETRY_STATUSES = {429, 500, 502, 503, 504}


@dataclass
class MetrcConfig:
    license_number: str
    vendor_key: str
    user_key: str
    timeout_s: float = 20.0
    max_retries: int = 3

    @classmethod
    def from_env(cls, license_number: str) -> "MetrcConfig":
        if not LICENSE_RE.match(license_number):
            raise ValueError(f"not a Colorado license number: {license_number!r}")
        return cls(
            license_number=license_number,
            vendor_key=os.environ["METRC_VENDOR_KEY"],
            user_key=os.environ["METRC_USER_KEY"],
        )


class MetrcClient:
    def __init__(self, cfg: MetrcConfig, session: requests.Session | None = None):
        self.cfg = cfg
        self.s = session or requests.Session()
        self.s.auth = HTTPBasicAuth(cfg.vendor_key, cfg.user_key)
        self.s.headers["User-Agent"] = "GreenBridge-POS/4.18.2 (build 5.2.0.1187; metrc-bridge)"

    def _call(self, method: str, path: str, **kw):
        params = kw.pop("params", {})
        params["licenseNumber"] = self.cfg.license_number
        for attempt in range(1, self.cfg.max_retries + 1):
            resp = self.s.request(method, BASE_URL + path, params=params, timeout=self.cfg.timeout_s, **kw)
            if resp.status_code == 401:
                # usually a rotated user key: the caller must restart with fresh env (IT-2291)
                log.error("401 from METRC for %s %s (license %s)", method, path, self.cfg.license_number)
                resp.raise_for_status()
            if resp.status_code in RETRY_STATUSES and attempt < self.cfg.max_retries:
                wait = float(resp.headers.get("Retry-After", 2 ** attempt))
                log.warning("METRC %s on %s, retry %d/%d in %.1fs", resp.status_code, path, attempt,
                            self.cfg.max_retries, wait)
                time.sleep(wait)
                continue
            resp.raise_for_status()
            return resp.json() if resp.content else None

    def active_packages(self, last_modified_start: str | None = None):
        params = {}
        if last_modified_start:
            params["lastModifiedStart"] = last_modified_start  # e.g. 2025-06-12T00:00:00-06:00
        return self._call("GET", "/packages/v2/active", params=params)

    def post_receipts(self, receipts: list[dict]):
        for rc in receipts:
            for tx in rc.get("Transactions", []):
                if not TAG_RE.match(tx["PackageLabel"]):
                    raise ValueError(f"bad package label {tx['PackageLabel']}")
        return self._call("POST", "/sales/v2/receipts", json=receipts)

    def adjust(self, label: str, qty: float, reason: str = "Drying", note: str = ""):
        body = [{"Label": label, "Quantity": qty, "UnitOfMeasure": "Grams", "AdjustmentReason": reason,
                 "AdjustmentDate": time.strftime("%Y-%m-%d"), "ReasonNote": note}]
        return self._call("POST", "/packages/v2/adjust", json=body)
