"""OnGuard OpenAccess client used by the Workday -> OnGuard cardholder sync.

OpenAccess runs on the LS Web Service host (see runbook SEC-RB-014). All credentials come from the
environment; the deploy pipeline renders them from AWS Secrets Manager (secret id
``bwb/prod/workday-onguard-sync``). Never paste a session token into a ticket.

Local tests run against moto; tests/conftest.py sets the AWS documentation sample credentials
(AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE, AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY)
so that nothing can reach a real account.
"""
from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass

import requests

log = logging.getLogger("onguard")

OPENACCESS_BASE = os.environ.get("ONGUARD_OPENACCESS_URL", "https://lnl-ws01.corp.brightwaterbio.com:8080")
API = "/api/access/onguard/openaccess"
VERSION = "1.0"
# Application-Id issued by LenelS2 for this integration (stored as ONGUARD_APP_ID, e.g. "<your-application-id>")
APP_ID = os.environ["ONGUARD_APP_ID"]
DIRECTORY_ID = os.environ.get("ONGUARD_DIRECTORY_ID", "id-1")  # internal OnGuard directory

# Badge types mapped from Workday worker type (OnGuard BADGETYPE ids, see Lnl_BadgeType)
BADGE_TYPE = {"Employee": 1, "Contingent Worker": 4, "Intern": 6}
FACILITY_CODE_H10301 = 112
FACILITY_CODE_C1K35 = 1187


@dataclass
class Session:
    token: str
    expires: float


class OnGuard:
    def __init__(self) -> None:
        self._s = requests.Session()
        self._s.verify = os.environ.get("ONGUARD_CA_BUNDLE", "/etc/ssl/certs/bwb-internal-ca.pem")
        self._session: Session | None = None

    def _login(self) -> Session:
        body = {
            "user_name": os.environ["ONGUARD_USER"],          # svc_wd_sync
            "password": os.environ["ONGUARD_PASSWORD"],
            "directory_id": DIRECTORY_ID,
        }
        r = self._s.post(f"{OPENACCESS_BASE}{API}/authentication", params={"version": VERSION},
                         json=body, headers={"Application-Id": APP_ID}, timeout=15)
        r.raise_for_status()
        data = r.json()
        # token_expiration_time is ISO-8601; refresh 5 minutes early
        return Session(token=data["session_token"], expires=time.time() + 55 * 60)

    def _headers(self) -> dict:
        if not self._session or time.time() > self._session.expires:
            self._session = self._login()
        return {"Application-Id": APP_ID, "Session-Token": self._session.token}

    def find_cardholder(self, ssno: str) -> dict | None:
        params = {"version": VERSION, "type_name": "Lnl_Cardholder", "filter": f'SSNO = "{ssno}"',
                  "page_size": 2}
        r = self._s.get(f"{OPENACCESS_BASE}{API}/instances", params=params, headers=self._headers(), timeout=15)
        r.raise_for_status()
        items = r.json().get("item_list", [])
        return items[0]["property_value_map"] if items else None

    def deactivate_badge(self, badgekey: int, reason: str) -> None:
        # STATUS 2 = Terminated in this install (Lnl_BadgeStatus); 5 = Lost
        payload = {"type_name": "Lnl_Badge", "property_value_map": {"BADGEKEY": badgekey, "STATUS": 2,
                                                                     "DEACTIVATE": time.strftime("%Y-%m-%dT%H:%M:%S")}}
        r = self._s.put(f"{OPENACCESS_BASE}{API}/instances", params={"version": VERSION}, json=payload,
                        headers=self._headers(), timeout=15)
        if r.status_code == 404:
            log.warning("badge %s not found (%s)", badgekey, reason)
            return
        r.raise_for_status()
        log.info("badge %s terminated: %s", badgekey, reason)


def wiegand26(facility: int, card: int) -> str:
    """H10301 bit string: even parity, 8-bit facility, 16-bit card, odd parity.
    Example: FC 112 / card 40517 -> '10111000010011110010001011' (0x2E13C8B)."""
    if not (0 <= facility <= 255 and 0 <= card <= 65535):
        raise ValueError("out of range for H10301")
    data = f"{facility:08b}{card:016b}"
    even = "1" if data[:12].count("1") % 2 else "0"
    odd = "0" if data[12:].count("1") % 2 else "1"
    return even + data + odd
