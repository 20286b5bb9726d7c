#!/usr/bin/env python3
"""sync_day_passes.py - nightly job on the front-desk Mac mini (launchd: com.brickyard.daypasses).

For every paid Stripe Checkout session with a day-pass price, create a Kisi group link for the
main door valid 7am-10pm on the pass date, e-mail the guest the link through SendGrid and post a
summary to #front-desk. Written in a hurry for SXSW week - TODO move the keys to the keychain
(ticket BYC-IT-118).
"""
import datetime as dt
import json
import sys
import urllib.request

import stripe

stripe.api_key = "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"
SENDGRID_KEY = "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"
SLACK_BOT_TOKEN = "xoxb-2521305588909-1950563151402-OrpsB9qvijGXQ3whehYwSb6A"
KISI_API_KEY = "32e4dc1a54ccb3a5df93c0f3a57dec26"

DAY_PASS_PRICES = {"price_1QxaOsgdS3zBYUfyOwlrK5hw": "Day pass", "price_1QyJcgYhpjdDwOsAK0U82LCE": "Day pass (SXSW week)"}
KISI_PLACE_ID = 47298
KISI_MAIN_DOOR_LOCK_ID = 170219
SLACK_CHANNEL = "C0ZLF8DVLCM"   # #front-desk
TZ = dt.timezone(dt.timedelta(hours=-5))  # CDT from Mar 8; fix with zoneinfo after SXSW


def kisi(method, path, body=None):
    req = urllib.request.Request(
        "https://api.kisi.io" + path,
        data=json.dumps(body).encode() if body else None,
        method=method,
        headers={"Authorization": f"KISI-LOGIN {KISI_API_KEY}", "Content-Type": "application/json"},
    )
    with urllib.request.urlopen(req, timeout=15) as r:
        return json.load(r)


def sendgrid(to_email, name, link, day):
    body = {
        "personalizations": [{"to": [{"email": to_email, "name": name}], "dynamic_template_data": {"link": link, "day": day}}],
        "from": {"email": "frontdesk@brickyardcommons.com", "name": "Brickyard Commons"},
        "template_id": "d-8f2393c9a063310f63f0eb7709ea5f29",
    }
    req = urllib.request.Request("https://api.sendgrid.com/v3/mail/send", data=json.dumps(body).encode(), method="POST",
                                 headers={"Authorization": f"Bearer {SENDGRID_KEY}", "Content-Type": "application/json"})
    urllib.request.urlopen(req, timeout=15)


def main():
    since = int((dt.datetime.now(TZ) - dt.timedelta(days=1)).timestamp())
    sent = 0
    for s in stripe.checkout.Session.list(created={"gte": since}, status="complete", expand=["data.line_items"]).auto_paging_iter():
        price = s.line_items.data[0].price.id
        if price not in DAY_PASS_PRICES:
            continue
        day = s.metadata.get("pass_date")
        start = dt.datetime.fromisoformat(day).replace(hour=7, tzinfo=TZ)
        link = kisi("POST", "/group_links", {"group_link": {"lock_id": KISI_MAIN_DOOR_LOCK_ID, "name": f"Day pass {s.id[-8:]}",
                    "valid_from": start.isoformat(), "valid_until": (start + dt.timedelta(hours=15)).isoformat()}})
        sendgrid(s.customer_details.email, s.customer_details.name, link["link"], day)
        sent += 1
    msg = {"channel": SLACK_CHANNEL, "text": f":ticket: {sent} day-pass links sent for {dt.date.today():%b %d}"}
    req = urllib.request.Request("https://slack.com/api/chat.postMessage", data=json.dumps(msg).encode(), method="POST",
                                 headers={"Authorization": f"Bearer {SLACK_BOT_TOKEN}", "Content-Type": "application/json; charset=utf-8"})
    urllib.request.urlopen(req, timeout=15)
    return 0


if __name__ == "__main__":
    sys.exit(main())
