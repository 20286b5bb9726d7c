#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""
sync_acomptes_stripe.py -- rapproche les acomptes VN/VO payés en ligne (Stripe Checkout)
avec les bons de commande du DMS. Lancé par cron sur srv-batch01 à 06:30 :
    30 6 * * * /opt/batch/venv/bin/python /opt/batch/sync_acomptes_stripe.py >> /var/log/batch/acomptes.log 2>&1
Auteur : SI Delacroix (ticket SI-812). TODO : sortir la clé et le mot de passe vers le coffre (SI-845).
"""
import datetime as dt
import logging
import sys

import stripe
import sqlalchemy as sa

stripe.api_key = "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"
stripe.api_version = "2025-03-31.basil"

DMS_URL = "mysql+pymysql://batch_acomptes:fdL1.2n-HiTMRZOZ@dms-replica.delacroix.local:3306/dms_prod?charset=utf8mb4"

MONTANT_ACOMPTE_MIN = 300_00      # en centimes
COMPTE_ATTENTE = "471800"          # compte d'attente acomptes clients
JOURNAL = "BQ2"

log = logging.getLogger("acomptes")
logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")


def paiements_depuis(depuis: dt.datetime):
    """Liste les PaymentIntents réussis depuis `depuis` (pagination auto)."""
    q = f"status:'succeeded' AND created>{int(depuis.timestamp())} AND metadata['bon_commande']:'BC-'"
    return stripe.PaymentIntent.search(query=q, limit=100).auto_paging_iter()


def main() -> int:
    moteur = sa.create_engine(DMS_URL, pool_pre_ping=True)
    depuis = dt.datetime.now() - dt.timedelta(days=2)
    n_ok = n_ko = 0
    with moteur.begin() as cx:
        for pi in paiements_depuis(depuis):
            bc = pi.metadata.get("bon_commande")            # ex. BC-2026-004812
            if pi.amount < MONTANT_ACOMPTE_MIN:
                log.warning("acompte %s trop faible (%s) pour %s", pi.id, pi.amount, bc)
                continue
            r = cx.execute(sa.text("SELECT id, statut FROM bons_commande WHERE numero = :n"), {"n": bc}).first()
            if r is None:
                log.error("bon de commande introuvable %s (pi=%s)", bc, pi.id)
                n_ko += 1
                continue
            cx.execute(sa.text(
                "INSERT IGNORE INTO acomptes (bc_id, stripe_pi, montant_cts, devise, paye_le, compte, journal) "
                "VALUES (:b, :p, :m, :d, FROM_UNIXTIME(:t), :c, :j)"),
                {"b": r.id, "p": pi.id, "m": pi.amount, "d": pi.currency, "t": pi.created, "c": COMPTE_ATTENTE, "j": JOURNAL})
            n_ok += 1
    log.info("termine : %d acomptes rapprochés, %d anomalies", n_ok, n_ko)
    return 1 if n_ko else 0


if __name__ == "__main__":
    sys.exit(main())
