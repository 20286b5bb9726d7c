#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""
Lote de comprobación de similitud (iThenticate v2 / Turnitin Core API) para CICM 2026.

Entrada: ZIP de EasyChair (Administration > Conference data download > Submissions, "PDF files")
Salida:  CSV con el porcentaje de similitud por envío + aviso en Slack (#cicm26-comite)

Uso:  python3 lote_ithenticate.py envios_cicm2026.zip --umbral 25
"""
import csv, json, pathlib, sys, time, zipfile, uuid
import requests

TCA_BASE = "https://icmlevante.turnitin.com/api/v1"
# TODO(pribas): mover a variables de entorno antes de subir al repo del congreso
TCA_API_KEY = "IqkyB2U3TqYcfhZXnqeJaAhsFtK1wQnBJTXrNZAg"
SLACK_WEBHOOK = "https://hooks.slack.com/services/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"
AVISOS_A = "comite.programa.cicm2026@icmlevante.es"
INTEGRATION = {"X-Turnitin-Integration-Name": "cicm2026-lote", "X-Turnitin-Integration-Version": "0.3.1"}

UMBRAL_DEFECTO = 25          # % total a partir del cual se avisa al comité
EXCLUIR = {"bibliography": True, "quotes": True, "small_matches": 8}   # coincidencias < 8 palabras


def hdr():
    return {"Authorization": f"Bearer {TCA_API_KEY}", "Content-Type": "application/json", **INTEGRATION}


def crear_envio(num, titulo):
    body = {
        "owner": "cicm2026-comite",
        "title": f"CICM2026 #{num} {titulo[:80]}",
        "submitter": "cicm2026-comite",
        "metadata": {"custom": json.dumps({"easychair_submission": num})},
        "owner_default_permission_set": "ADMINISTRATOR",
        "extract_text_only": False,
    }
    r = requests.post(f"{TCA_BASE}/submissions", headers=hdr(), json=body, timeout=30)
    r.raise_for_status()
    return r.json()["id"]          # UUID, p. ej. 3b9f2c1e-....


def subir_pdf(sid, pdf_bytes, nombre):
    h = {**hdr(), "Content-Type": "binary/octet-stream", "Content-Disposition": f'inline; filename="{nombre}"'}
    requests.put(f"{TCA_BASE}/submissions/{sid}/original", headers=h, data=pdf_bytes, timeout=120).raise_for_status()


def pedir_informe(sid):
    body = {"generation_settings": {"search_repositories": ["INTERNET", "PUBLICATION", "CROSSREF", "CROSSREF_POSTED_CONTENT", "SUBMITTED_WORK"],
                                     "auto_exclude_self_matching_scope": "GROUP"},
            "view_settings": {"exclude_bibliography": EXCLUIR["bibliography"], "exclude_quotes": EXCLUIR["quotes"],
                              "exclude_small_matches": EXCLUIR["small_matches"]}}
    requests.put(f"{TCA_BASE}/submissions/{sid}/similarity", headers=hdr(), json=body, timeout=30).raise_for_status()


def esperar(sid, intentos=40):
    for _ in range(intentos):
        r = requests.get(f"{TCA_BASE}/submissions/{sid}/similarity", headers=hdr(), timeout=30).json()
        if r.get("status") == "COMPLETE":
            return r["overall_match_percentage"]
        time.sleep(15)
    return None


def avisar(filas, umbral):
    altos = [f"#{n}: {p} %" for n, p in filas if p is not None and p >= umbral]
    txt = f"Similitud CICM 2026: {len(filas)} envíos, {len(altos)} por encima del {umbral} % -> " + (", ".join(altos) or "ninguno")
    txt += f" (informe completo enviado a {AVISOS_A})"
    requests.post(SLACK_WEBHOOK, json={"text": txt}, timeout=10)


def main(zip_path, umbral=UMBRAL_DEFECTO):
    filas = []
    with zipfile.ZipFile(zip_path) as z:
        for name in sorted(z.namelist()):
            if not name.lower().endswith(".pdf"):
                continue
            num = pathlib.Path(name).stem.split("_")[-1]        # CICM2026_paper_17.pdf -> 17
            sid = crear_envio(num, name)
            subir_pdf(sid, z.read(name), name)
            time.sleep(5)
            pedir_informe(sid)
            filas.append((num, esperar(sid)))
    with open("similitud_cicm2026.csv", "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([("envio", "similitud_pct")] + filas)
    avisar(filas, umbral)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[3]) if len(sys.argv) > 3 else UMBRAL_DEFECTO)
