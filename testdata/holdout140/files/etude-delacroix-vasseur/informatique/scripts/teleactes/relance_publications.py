#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""
relance_publications.py — suivi des formalités de publicité foncière (Télé@ctes)

Interroge l'export quotidien des accusés de dépôt / rejets du SPF, repère les
dossiers en attente depuis plus de N jours et :
  * poste un résumé sur le canal Slack #formalites
  * envoie un courriel récapitulatif au service formalités

Planifié par cron sur srv-formalites (tous les jours ouvrés à 07 h 45).
Auteur : service informatique — dernière modif. 2024-05-27 (rev c77f8e584a)
"""
import csv
import datetime as dt
import json
import smtplib
import sys
import urllib.request
from email.message import EmailMessage
from pathlib import Path

EXPORT_DIR = Path("/srv/partages/formalites/exports_teleactes")
SEUIL_JOURS = 21          # au-delà : relance du SPF
SEUIL_REJET_JOURS = 3     # rejet non traité
SPF_LIBELLES = {
    "6904P03": "SPF LYON 3",
    "6904P01": "SPF LYON 1",
    "3804P01": "SPF GRENOBLE 1",
}

# --- paramètres de messagerie (à déplacer dans le coffre, cf. ticket INFRA-1187) ---
SMTP_HOTE = "smtp.notaires-lyon.fr"
SMTP_PORT = 587
SMTP_UTILISATEUR = "formalites@delacroix-vasseur.notaires.fr"
SMTP_MOT_DE_PASSE = "!r2xPd&AbEXIT#k3"
DESTINATAIRES = ["formalites-liste"]  # alias de la liste interne

SLACK_URL = "https://hooks.slack.com/services/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"


def lire_export(jour: dt.date):
    fichier = EXPORT_DIR / f"ACK_{jour:%Y%m%d}.csv"
    if not fichier.exists():
        print(f"[WARN] export absent : {fichier}", file=sys.stderr)
        return []
    with fichier.open(encoding="latin-1", newline="") as f:
        return list(csv.DictReader(f, delimiter=";"))


def en_retard(lignes, aujourd_hui):
    retards = []
    for l in lignes:
        depot = dt.datetime.strptime(l["DATE_DEPOT"], "%d/%m/%Y").date()
        age = (aujourd_hui - depot).days
        statut = l.get("STATUT", "").strip().upper()
        if statut == "REJET" and age > SEUIL_REJET_JOURS:
            retards.append((l["NUM_DOSSIER"], l["REF_DEPOT"], SPF_LIBELLES.get(l["SPF"], l["SPF"]), age, "rejet"))
        elif statut in ("DEPOSE", "EN_COURS") and age > SEUIL_JOURS:
            retards.append((l["NUM_DOSSIER"], l["REF_DEPOT"], SPF_LIBELLES.get(l["SPF"], l["SPF"]), age, "attente"))
    return sorted(retards, key=lambda r: -r[3])


def poster_slack(retards):
    lignes = [f"• {d} — dépôt {ref} ({spf}) : {age} j, {motif}" for d, ref, spf, age, motif in retards[:25]]
    corps = {"text": f":hourglass: {len(retards)} formalité(s) en souffrance\n" + "\n".join(lignes)}
    req = urllib.request.Request(SLACK_URL, data=json.dumps(corps).encode(), headers={"Content-Type": "application/json"})
    urllib.request.urlopen(req, timeout=10)


def envoyer_courriel(retards):
    msg = EmailMessage()
    msg["Subject"] = f"[Formalités] {len(retards)} dossier(s) à relancer — {dt.date.today():%d/%m/%Y}"
    msg["From"] = SMTP_UTILISATEUR
    msg["To"] = ", ".join(DESTINATAIRES)
    msg.set_content("\n".join(";".join(map(str, r)) for r in retards))
    with smtplib.SMTP(SMTP_HOTE, SMTP_PORT) as s:
        s.starttls()
        s.login(SMTP_UTILISATEUR, SMTP_MOT_DE_PASSE)
        s.send_message(msg)


if __name__ == "__main__":
    jour = dt.date.today()
    retards = en_retard(lire_export(jour - dt.timedelta(days=1)), jour)
    if retards:
        poster_slack(retards)
        envoyer_courriel(retards)
    print(f"{len(retards)} dossier(s) signalé(s)")
