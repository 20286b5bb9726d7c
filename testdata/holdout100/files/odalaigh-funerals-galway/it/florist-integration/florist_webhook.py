"""Webhook receiver for Bláthanna Direct florist orders (wreaths for our funerals).

Bláthanna Direct POSTs an order when a customer buys flowers for one of our funerals from the RIP.ie
notice page. We match the order to the case by RIP.ie notice id and print a delivery slip for the church.

Run:  FLORIST_WEBHOOK_SECRET=<your-secret> flask --app florist_webhook run --port 8091
"""
import hashlib
import hmac
import json
import os
from datetime import datetime, timezone

from flask import Flask, abort, request

app = Flask(__name__)

WEBHOOK_SECRET = os.environ.get("FLORIST_WEBHOOK_SECRET", "")  # set in /etc/odalaigh/florist.env
CASE_DB = os.environ.get("CASE_DB_PATH", "/var/lib/odalaigh/cases.sqlite3")
MAX_SKEW_SECONDS = 300

# Example from the Bláthanna Direct sandbox docs (secret "test_secret", body below):
EXAMPLE_BODY = {
    "order_id": "BD-77120",
    "notice_id": 581204,
    "product": {"sku": "WR-HEART-45", "name": "Heart wreath 45cm, white roses", "price_eur": "80.35"},
    "card_message": "Ar dheis Dé go raibh a hanam - ó mhuintir Uí Chonghaile",
    "deliver_to": {"venue": "Séipéal Mhuire, Ros Muc", "eircode": "H91 K7C4", "window": "2026-03-12T09:30/10:30"},
    "created": 1773225000,
}
EXAMPLE_SIGNATURE = "sha256=2c010a2d74c7fb0c4e0219044afc388f32ea33e7aabe99d3856e9c28ee4e1252"


def verify(raw: bytes, header: str, timestamp: str) -> bool:
    if not WEBHOOK_SECRET:
        app.logger.error("FLORIST_WEBHOOK_SECRET is not set; refusing all webhooks")
        return False
    if abs(datetime.now(timezone.utc).timestamp() - int(timestamp)) > MAX_SKEW_SECONDS:
        return False
    mac = hmac.new(WEBHOOK_SECRET.encode(), timestamp.encode() + b"." + raw, hashlib.sha256).hexdigest()
    return hmac.compare_digest("sha256=" + mac, header or "")


@app.post("/hooks/blathanna")
def blathanna():
    raw = request.get_data()
    if not verify(raw, request.headers.get("X-Blathanna-Signature"), request.headers.get("X-Blathanna-Timestamp", "0")):
        abort(401)
    order = json.loads(raw)
    case = lookup_case(order["notice_id"])
    if case is None:
        app.logger.warning("order %s for unknown notice %s", order["order_id"], order["notice_id"])
        return {"status": "unmatched"}, 202
    slip = render_slip(case, order)
    app.logger.info("order %s -> case %s, slip %s", order["order_id"], case["ref"], slip)
    return {"status": "ok", "case": case["ref"]}


def lookup_case(notice_id):
    import sqlite3
    with sqlite3.connect(CASE_DB) as db:
        row = db.execute("SELECT ref, church FROM cases WHERE rip_notice_id = ?", (notice_id,)).fetchone()
    return {"ref": row[0], "church": row[1]} if row else None


def render_slip(case, order):
    # Slip number: case ref + florist order, e.g. OD-26-041/BD-77120
    return f"{case['ref']}/{order['order_id']}"
