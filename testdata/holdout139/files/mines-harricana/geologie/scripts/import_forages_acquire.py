#!/usr/bin/env python3
"""Importe les collets et analyses des forages au diamant dans acQuire (GIM Suite).

Usage : python import_forages_acquire.py --lot 2024-04-B --dry-run
Les identifiants viennent de l'environnement (voir .env.exemple) ; ne jamais les coder ici.
"""
import argparse
import csv
import logging
import os
import sys

import pyodbc

LOG = logging.getLogger("import_forages")

CHAINE_ODBC = (
    "DRIVER={ODBC Driver 18 for SQL Server};"
    "SERVER=acquire-sql01.geo.mineharricana.ca;DATABASE=GIM_HRC;"
    "UID=%(user)s;PWD=%(pwd)s;Encrypt=yes"
)

# Projection : NAD83(CSRS) / MTM zone 10 ; grille mine = MTM + décalage
DECALAGE_GRILLE = (-287_500.00, -5_330_000.00, 0.0)
LIMITES = {"est": (10_000, 14_500), "nord": (2_000, 6_800), "elev": (-1_600.0, 320.0)}
LABOS = {"ALS-VO": "ALS Val-d'Or", "BV-RN": "Bureau Veritas Rouyn-Noranda"}
SEUIL_AU_GT = 0.005  # limite de détection, g/t


def connexion():
    user = os.environ.get("ACQUIRE_USER")
    pwd = os.environ.get("ACQUIRE_PASSWORD")
    if not user or not pwd:
        sys.exit("ACQUIRE_USER / ACQUIRE_PASSWORD manquants (voir coffre TI, entrée geo/acquire)")
    return pyodbc.connect(CHAINE_ODBC % {"user": user, "pwd": pwd})


def vers_grille(est, nord, elev):
    return est + DECALAGE_GRILLE[0], nord + DECALAGE_GRILLE[1], elev + DECALAGE_GRILLE[2]


def valider_collet(rang):
    e, n, z = vers_grille(float(rang["EST_MTM"]), float(rang["NORD_MTM"]), float(rang["ELEV"]))
    for cle, val in (("est", e), ("nord", n), ("elev", z)):
        bas, haut = LIMITES[cle]
        if not bas <= val <= haut:
            raise ValueError(f"{rang['TROU']}: {cle}={val:.2f} hors limites")
    return e, n, z


def lire_analyses(chemin):
    with open(chemin, newline="", encoding="utf-8-sig") as f:
        for rang in csv.DictReader(f, delimiter=";"):
            au = rang["AU_GT"].replace(",", ".")
            if au.startswith("<"):
                au = SEUIL_AU_GT / 2
            yield rang["ECHANTILLON"], rang["CERTIFICAT"], float(au)


# Exemple de rangée attendue (certificat ALS VO24087513) :
#   HRC-24-1187;412,50;413,50;HRC-24-1187-0412;VO24087513;3,87
#   trou ; de ; à ; échantillon ; certificat ; Au g/t
# Collet : HRC-24-1187 ; EST_MTM 298412,35 ; NORD_MTM 5334718,02 ; ELEV 312,4 ; AZ 172,5 ; PLONGEE -62,0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lot", required=True)
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    base = os.path.join(os.environ.get("GEO_IMPORT_DIR", "/srv/geo/import"), args.lot)
    n = 0
    for ech, cert, au in lire_analyses(os.path.join(base, "analyses.csv")):
        n += 1
        if au > 31.1:
            LOG.warning("haute teneur %s (%s) : %.2f g/t, vérifier duplicata", ech, cert, au)
    LOG.info("lot %s : %d analyses lues", args.lot, n)
    if args.dry_run:
        return
    with connexion() as cx:
        cx.execute("EXEC dbo.usp_ImportLot ?, ?", args.lot, os.environ.get("USER", "inconnu"))


if __name__ == "__main__":
    main()
