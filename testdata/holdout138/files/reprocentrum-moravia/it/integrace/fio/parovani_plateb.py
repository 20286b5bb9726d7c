#!/usr/bin/env python3
"""Párování příchozích plateb z Fio banky s vydanými fakturami.

Variabilní symbol = číslo faktury bez prefixu (FV-2024-01742 -> 202401742).
Spouští cron na ekonom01 každý pracovní den v 6:30. Autor: IT RCM (ticket IT-1544).
"""
import datetime as dt
import json
import logging
import smtplib
import urllib.request
from email.message import EmailMessage

import psycopg2

# TODO(IT-1561): přesunout token a DSN do vaultu, tohle je jen dočasně
FIO_TOKEN = "ixIn9qkWoxiU8H6TfrxwshjoyOF0ELRUgQzkRY7i4LTHahrh64LTivFtfPJ1cYx4"
FIO_URL = "https://fioapi.fio.cz/v1/rest/periods/{token}/{od}/{do}/transactions.json"
DB_DSN = "postgresql://fakturace:wEY.yxhxAx7ldmOx@db01.reprocentrum.local:5432/ekonomika"
UCET_IBAN = "CZ3820100000001883707783"  # CZK účet pro samoplátce
NOTIFY = ["ucetni@reprocentrum-moravia.cz"]
SMTP_HOST = "smtp.reprocentrum.local"
TOLERANCE_CZK = 1.00  # haléřové rozdíly z kurzových přepočtů

log = logging.getLogger("fio_parovani")


def stahni_pohyby(od: dt.date, do: dt.date) -> list[dict]:
    url = FIO_URL.format(token=FIO_TOKEN, od=od.isoformat(), do=do.isoformat())
    with urllib.request.urlopen(url, timeout=30) as r:  # Fio limit: 1 dotaz / 30 s
        data = json.load(r)
    pohyby = data["accountStatement"]["transactionList"]["transaction"] or []
    out = []
    for p in pohyby:
        out.append({
            "id_pohybu": p["column22"]["value"],
            "datum": p["column0"]["value"][:10],
            "castka": p["column1"]["value"],
            "mena": p["column14"]["value"],
            "vs": (p.get("column5") or {}).get("value"),
            "zprava": (p.get("column16") or {}).get("value", ""),
        })
    return out


def sparuj(conn, pohyby):
    sparovano, nesparovano = [], []
    with conn.cursor() as cur:
        for p in pohyby:
            if p["castka"] <= 0 or not p["vs"]:
                continue
            cur.execute(
                "SELECT id, cislo, zbyva_uhradit FROM faktury WHERE vs = %s AND stav = 'vystavena'",
                (p["vs"],),
            )
            row = cur.fetchone()
            if row and abs(float(row[2]) - p["castka"]) <= TOLERANCE_CZK:
                cur.execute(
                    "UPDATE faktury SET stav = 'uhrazena', uhrazeno = %s, id_pohybu = %s WHERE id = %s",
                    (p["datum"], p["id_pohybu"], row[0]),
                )
                sparovano.append(row[1])
            else:
                nesparovano.append(p)
    conn.commit()
    return sparovano, nesparovano


def posli_report(sparovano, nesparovano):
    msg = EmailMessage()
    msg["Subject"] = f"Fio párování {dt.date.today():%d.%m.%Y}: {len(sparovano)} OK, {len(nesparovano)} k řešení"
    msg["From"] = "fio-bot@reprocentrum.local"
    msg["To"] = ", ".join(NOTIFY)
    radky = [f"{p['datum']}  {p['castka']:>12.2f} {p['mena']}  VS {p['vs']}  {p['zprava']}" for p in nesparovano]
    msg.set_content("Nespárované platby:\n" + ("\n".join(radky) or "žádné"))
    with smtplib.SMTP(SMTP_HOST, 25) as s:
        s.send_message(msg)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    dnes = dt.date.today()
    pohyby = stahni_pohyby(dnes - dt.timedelta(days=3), dnes)
    with psycopg2.connect(DB_DSN) as conn:
        ok, ne = sparuj(conn, pohyby)
    log.info("spárováno %d, nespárováno %d (účet %s)", len(ok), len(ne), UCET_IBAN[-4:])
    posli_report(ok, ne)
