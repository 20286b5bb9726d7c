"""Mailgun event webhooks (delivered, opened, clicked, failed, complained, unsubscribed).

Mailgun signs every webhook with HMAC-SHA256 over ``timestamp + token`` using the account's
HTTP webhook signing key. We keep that key in AWS Secrets Manager (``notify/prod/mailgun``) and
read it once at start-up. Events are written to ``email_events`` with the recipient hashed; the
clear-text address is only used to update the suppression table, then dropped.
"""
from __future__ import annotations

import hashlib
import hmac
import logging
import os
import time

from fastapi import APIRouter, HTTPException, Request

from app.settings import get_secret
from app.store import events, suppressions

log = logging.getLogger("notify.webhooks.mailgun")
router = APIRouter()

SIGNING_KEY: bytes = get_secret(os.environ["MAILGUN_SIGNING_KEY_SECRET_ID"]).encode()
MAX_SKEW_SECONDS = 300
_seen_tokens: dict[str, float] = {}          # replay protection, pruned every request

SUPPRESS_ON = {"failed:permanent", "complained", "unsubscribed"}


def _verify(sig: dict) -> None:
    ts, token, signature = sig.get("timestamp", ""), sig.get("token", ""), sig.get("signature", "")
    if not (ts and token and signature):
        raise HTTPException(status_code=400, detail="missing signature fields")
    if abs(time.time() - int(ts)) > MAX_SKEW_SECONDS:
        raise HTTPException(status_code=406, detail="stale timestamp")
    expected = hmac.new(SIGNING_KEY, (ts + token).encode(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, signature):
        # never log the signature or the key, only their lengths
        log.warning("mailgun signature mismatch len_sig=%d", len(signature))
        raise HTTPException(status_code=401, detail="bad signature")
    now = time.time()
    for k, t in list(_seen_tokens.items()):
        if now - t > MAX_SKEW_SECONDS:
            del _seen_tokens[k]
    if token in _seen_tokens:
        raise HTTPException(status_code=409, detail="replayed token")
    _seen_tokens[token] = now


def _sha(addr: str) -> str:
    return hashlib.sha256(addr.strip().lower().encode()).hexdigest()


@router.post("/webhooks/mailgun/events")
async def mailgun_event(request: Request) -> dict:
    body = await request.json()
    _verify(body.get("signature", {}))
    ev = body.get("event-data", {})
    kind = ev.get("event", "")
    severity = ev.get("severity")              # "permanent" / "temporary" for failed
    key = f"{kind}:{severity}" if severity else kind
    recipient = ev.get("recipient", "")

    events.insert(
        event_id=ev.get("id"),                    # 22-char Mailgun event id
        kind=key,
        recipient_sha256=_sha(recipient),
        message_id=ev.get("message", {}).get("headers", {}).get("message-id"),
        campaign=(ev.get("user-variables") or {}).get("campaign_key"),
        tags=ev.get("tags", []),
        url=ev.get("url") if kind == "clicked" else None,
        client_os=(ev.get("client-info") or {}).get("client-os"),
        occurred_at=ev.get("timestamp"),
    )
    if key in SUPPRESS_ON:
        suppressions.add(_sha(recipient), reason=key, source="mailgun")
    return {"ok": True}
