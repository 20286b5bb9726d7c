"""hh-hooks: modtager OfficeRnD-webhooks og opretter gaester i Salto KS.

Koeres som gunicorn-service paa hooks-01 (se deploy/hh-hooks.service).
Hemmeligheder hentes fra miljoeet, som systemd laeser fra /etc/hh-hooks/env (root:root 0600).
"""
import hashlib
import hmac
import json
import logging
import os
import time

import requests
from flask import Flask, abort, request

app = Flask(__name__)
log = logging.getLogger("hh-hooks")

WEBHOOK_SECRET = os.environ["OFFICERND_WEBHOOK_SECRET"]   # fra OfficeRnD > Settings > Webhooks
SALTO_CLIENT_ID = os.environ["SALTO_KS_CLIENT_ID"]
SALTO_CLIENT_SECRET = os.environ.get("SALTO_KS_CLIENT_SECRET", "")
SALTO_SITE_ID = os.environ.get("SALTO_KS_SITE_ID", "00000000-0000-0000-0000-000000000000")
GAEST_ADGANGSGRUPPE = os.environ.get("SALTO_KS_GUEST_GROUP", "<indsaet-adgangsgruppe-id>")
TOLERANCE_SEK = 300


def verify_signature(raw: bytes, header: str) -> bool:
    """Header-format: t=<unix>,signature=<hex HMAC-SHA256 af "t.body">."""
    try:
        parts = dict(p.split("=", 1) for p in header.split(","))
        ts = int(parts["t"])
    except (KeyError, ValueError):
        return False
    if abs(time.time() - ts) > TOLERANCE_SEK:
        log.warning("signatur for gammel: t=%s", ts)
        return False
    expected = hmac.new(WEBHOOK_SECRET.encode(), f"{ts}.".encode() + raw, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, parts.get("signature", ""))


def salto_token() -> str:
    r = requests.post(
        "https://identity.my-clay.com/connect/token",
        data={"grant_type": "client_credentials", "scope": "user_api.full_access"},
        auth=(SALTO_CLIENT_ID, SALTO_CLIENT_SECRET),
        timeout=10,
    )
    r.raise_for_status()
    return r.json()["access_token"]


@app.post("/officernd/webhook")
def officernd_webhook():
    if not verify_signature(request.get_data(), request.headers.get("officernd-signature", "")):
        abort(401)
    event = request.get_json()
    if event.get("event") != "booking.created":
        return {"ignored": event.get("event")}, 200
    booking = event["data"]["object"]
    for gaest in booking.get("visitors", []):
        # Log aldrig e-mail eller navn - kun booking-id og antal (GDPR, jf. INC-2026-0311)
        log.info("opretter gaest for booking %s (%d gaester)", booking["_id"], len(booking["visitors"]))
        payload = {
            "first_name": gaest["name"].split(" ")[0],
            "last_name": " ".join(gaest["name"].split(" ")[1:]),
            "email": gaest.get("email"),
            "access_group_ids": [GAEST_ADGANGSGRUPPE],
            "valid_from": booking["start"]["dateTime"],
            "valid_until": booking["end"]["dateTime"],
            "reference": f"officernd:{booking['_id']}",
        }
        r = requests.post(
            f"https://connect.my-clay.com/v1.1/sites/{SALTO_SITE_ID}/users",
            headers={"Authorization": f"Bearer {salto_token()}"},
            json=payload,
            timeout=10,
        )
        if r.status_code == 409:
            # Rettet i 1.8.3: brugeren findes - opdater gyldighed i stedet (PR #57)
            user_id = r.json()["error"]["details"][0]["user_id"]
            requests.patch(
                f"https://connect.my-clay.com/v1.1/sites/{SALTO_SITE_ID}/users/{user_id}",
                headers={"Authorization": f"Bearer {salto_token()}"},
                json={"valid_from": payload["valid_from"], "valid_until": payload["valid_until"]},
                timeout=10,
            ).raise_for_status()
        else:
            r.raise_for_status()
    return {"queued": True}, 202


# Testvektor fra OfficeRnD-dokumentationen (hemmelighed "test_secret", ikke vores):
# t=1700000000,signature=c561c5814cba8a0cd366ee43292d205cf59c9635ad120894be1ef80c0af72b76
