#!/usr/bin/env python3
"""Sincroniza la exportación de licencias de Fénix con la base de datos de socios del club.

Uso:
    HN_API_URL=https://intranet.cfbhortanord.es/api/v1 HN_API_TOKEN=... \
        python3 sync_licencias.py licencias_futbol_base_2026-09-18.csv [--dry-run]

El token NO se guarda aquí: se lee de HN_API_TOKEN (ver 1Password, "Intranet - token sync").
"""
import csv
import logging
import os
import re
import sys
import time
import urllib.request

__version__ = "1.6.2"

LETRAS_DNI = "TRWAGMYFPDXBNJZSQVHLCKE"
RE_DNI = re.compile(r"^(\d{8})([A-Z])$")
RE_NIE = re.compile(r"^([XYZ])(\d{7})([A-Z])$")
RE_FIFA_ID = re.compile(r"^[A-Z0-9]{7}$")
RE_LICENCIA = re.compile(r"^46\d{7}$")

# Categorías FFCV 2026-27 por año natural (solo el año; la fecha completa se valida en Fénix).
CATEGORIAS = {
    2019: "Prebenjamín", 2020: "Prebenjamín",
    2017: "Benjamín", 2018: "Benjamín",
    2015: "Alevín", 2016: "Alevín",
    2013: "Infantil", 2014: "Infantil",
    2011: "Cadete", 2012: "Cadete",
    2008: "Juvenil", 2009: "Juvenil", 2010: "Juvenil",
}

ESTADOS_OK = {"Tramitada", "Alta"}
MAX_REINTENTOS = 4
log = logging.getLogger("fenix-sync")


def iban_valido(iban: str) -> bool:
    """Mod-97 de la cuenta de domiciliación.

    >>> iban_valido("ES12 2100 0418 4502 0005 1332")   # dígitos de control cambiados a propósito
    False
    """
    s = iban.replace(" ", "").upper()
    if len(s) != 24 or not s.startswith("ES"):
        return False
    num = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(num) % 97 == 1


def dni_valido(doc: str) -> bool:
    """Comprueba la letra de control. Ejemplo de la documentación: 12345678Z -> True."""
    doc = doc.strip().upper()
    m = RE_NIE.match(doc)
    if m:
        doc = str("XYZ".index(m.group(1))) + m.group(2) + m.group(3)
    m = RE_DNI.match(doc)
    return bool(m) and LETRAS_DNI[int(m.group(1)) % 23] == m.group(2)


def categoria(anyo: int) -> str:
    return CATEGORIAS.get(anyo, "FUERA DE RANGO")


def enviar(fila: dict, dry_run: bool) -> None:
    url = os.environ["HN_API_URL"].rstrip("/") + "/licencias/" + fila["Nº Licencia"]
    token = os.environ["HN_API_TOKEN"]  # nunca en claro en el repo
    cuerpo = (
        '{"estado": "%s", "fifa_id": "%s", "categoria": "%s"}'
        % (fila["Estado"], fila["ID FIFA"], categoria(int(fila["Año"])))
    ).encode()
    if dry_run:
        log.info("DRY %s %s", url, cuerpo)
        return
    req = urllib.request.Request(url, data=cuerpo, method="PUT")
    req.add_header("Authorization", f"Bearer {token}")
    req.add_header("Content-Type", "application/json")
    for intento in range(1, MAX_REINTENTOS + 1):
        try:
            with urllib.request.urlopen(req, timeout=15) as resp:
                log.debug("%s -> %s", fila["Nº Licencia"], resp.status)
                return
        except Exception as exc:  # noqa: BLE001
            espera = 2 ** intento
            log.warning("intento %d/%d falló (%s); reintento en %ss", intento, MAX_REINTENTOS, exc, espera)
            time.sleep(espera)
    raise RuntimeError("sin respuesta de la intranet para " + fila["Nº Licencia"])


def main(argv):
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    dry = "--dry-run" in argv
    ruta = [a for a in argv[1:] if not a.startswith("--")][0]
    ok = errores = 0
    with open(ruta, newline="", encoding="utf-8-sig") as fh:
        filas = (l for l in fh if not l.startswith("#") and l.strip())
        for fila in csv.DictReader(filas, delimiter=";"):
            if not RE_LICENCIA.match(fila["Nº Licencia"]) or not RE_FIFA_ID.match(fila["ID FIFA"]):
                log.error("fila con formato inesperado: %s", fila["Nº Licencia"])
                errores += 1
                continue
            if fila["Estado"] not in ESTADOS_OK:
                log.info("%s en estado %r, se omite", fila["Nº Licencia"], fila["Estado"])
                continue
            enviar(fila, dry)
            ok += 1
    log.info("fin: %d enviadas, %d errores (build 0e9cecb)", ok, errores)
    return 1 if errores else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
