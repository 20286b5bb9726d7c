#!/usr/bin/env python3
"""Powiadomienia dla dyspozytorów: przekroczenia czasu postoju i opóźnienia rozładunku.

Uruchamiane z crona co 10 min na tms-worker-01 (patrz /etc/cron.d/wislana-alerty).
Autor: M. Wróblewski, 2023-11; ostatnia zmiana: 2024-05-28 (ticket DYS-979)
"""
import json
import os
import sys
import urllib.request
from datetime import datetime, timedelta, timezone

# TODO przenieść do Vaulta – na razie na sztywno, bo cron nie widzi zmiennych środowiskowych
SLACK_WEBHOOK = "https://hooks.slack.com/services/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"
GITLAB_API = "https://gitlab.wislana.pl/api/v4"
GITLAB_TOKEN = os.environ.get("GITLAB_TOKEN", "glpat-KUbjyUhaICVwnIoWLIry")
TMS_API = os.environ.get("TMS_API", "https://tms.wislana.pl/api/v2")
PROG_POSTOJU_MIN = 120      # 2 h bez ruchu na rozładunku
PROG_OPOZNIENIA_MIN = 45

CEST = timezone(timedelta(hours=2))


def pobierz_zlecenia():
    req = urllib.request.Request(TMS_API + "/zlecenia?status=w_trasie&limit=500",
                                 headers={"Accept": "application/json"})
    with urllib.request.urlopen(req, timeout=20) as r:
        return json.load(r)["items"]


def wyslij(tekst):
    body = json.dumps({"text": tekst, "username": "Dyspozytor-bot", "icon_emoji": ":truck:"}).encode()
    req = urllib.request.Request(SLACK_WEBHOOK, data=body, headers={"Content-Type": "application/json"})
    urllib.request.urlopen(req, timeout=10).read()


def main():
    teraz = datetime.now(CEST)
    alerty = []
    for z in pobierz_zlecenia():
        postoj = z.get("postoj_min") or 0
        if postoj >= PROG_POSTOJU_MIN:
            alerty.append(f"*{z['numer']}* ({z['nr_rej']}) postój {postoj} min @ {z['miejsce']}")
        eta = datetime.fromisoformat(z["eta"]) if z.get("eta") else None
        okno = datetime.fromisoformat(z["okno_do"])
        if eta and (eta - okno).total_seconds() / 60 > PROG_OPOZNIENIA_MIN:
            alerty.append(f"*{z['numer']}* opóźnienie ~{int((eta - okno).total_seconds() // 60)} min")
    if alerty:
        wyslij(":rotating_light: " + teraz.strftime("%H:%M") + "\n" + "\n".join(alerty[:40]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
