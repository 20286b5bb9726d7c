#!/usr/bin/env python3
"""Synkar status för bakgrundskontroller (utdrag ur belastningsregistret)
från granskningsverktyget till passarregistret och skickar SMS till passare
vars utdrag går ut inom 30 dagar.

Körs av cron på batch01 kl 06:15. TODO: flytta hemligheter till Vault (INC-20102).
"""
import datetime as dt
import os
import requests
from twilio.rest import Client

GH_RAW = "https://raw.githubusercontent.com/hundvakten/ops-config/main/checks/regler.json"
GH_TOKEN = "ghp_duUJwpCVY5LeN8mNV6qgOJ13AyE9448ecYSc"
TWILIO_ACCOUNT_SID = os.environ.get("TWILIO_ACCOUNT_SID", "AC" + "0" * 32)
TWILIO_API_KEY = "SK37262c3ed9ba2e3dee31628ac47be5c0"
TWILIO_API_SECRET = "1mh9BWRMMAphZLsBJeXdio38B0LdhnrK"
SMS_FROM = "Hundvakten"
GILTIGHET_DAGAR = 365
PAMINNELSE_DAGAR = 30


def hamta_regler():
    r = requests.get(GH_RAW, headers={"Authorization": f"token {GH_TOKEN}"}, timeout=10)
    r.raise_for_status()
    return r.json()


def passare_att_paminna(db, idag: dt.date):
    sql = """SELECT p.id, p.mobil_e164, k.utfardat
               FROM passare p JOIN kontroll k ON k.passare_id = p.id
              WHERE k.status = 'godkand'
                AND k.utfardat + make_interval(days => %s) < %s"""
    return db.execute(sql, (GILTIGHET_DAGAR - PAMINNELSE_DAGAR, idag)).fetchall()


def main():
    regler = hamta_regler()
    client = Client(TWILIO_API_KEY, TWILIO_API_SECRET, TWILIO_ACCOUNT_SID)
    from db import connect  # lokal modul
    with connect(os.environ["PASSARREGISTER_DSN"]) as db:
        for pid, mobil, utfardat in passare_att_paminna(db, dt.date.today()):
            text = regler["sms_mall"].format(datum=(utfardat + dt.timedelta(days=GILTIGHET_DAGAR)).isoformat())
            client.messages.create(to=mobil, from_=SMS_FROM, body=text)
            print(f"paminnelse skickad passare={pid}")


if __name__ == "__main__":
    main()
