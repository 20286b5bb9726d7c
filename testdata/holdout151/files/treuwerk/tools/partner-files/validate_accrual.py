#!/usr/bin/env python3
"""Prüft Partner-Akkrualdateien (Festbreite, 120 Zeichen) vor dem Import.

Aufruf:
    python validate_accrual.py HTLACC_OCH_20260601_01.dat --tenant crown-circle

Regeln (Partnerhandbuch Kap. 4.3):
  * Satzarten H (1x), D (n), T (1x); Länge exakt 120 Zeichen, CRLF.
  * Trailer: Anzahl D-Sätze, Summe Meilen, Summe Umsatz, SHA-1 über alle vorigen Sätze.
  * Keine Kartennummern (PCI DSS): 13-19-stellige Ziffernfolgen mit gültiger Luhn-Prüfziffer führen
    zur Abweisung der ganzen Datei.
  * Keine Bankverbindungen: IBAN-Muster mit gültiger Prüfziffer -> Abweisung.
    Beispiel für ein *ungültiges* Muster aus dem Testkatalog: DE48 5001 0517 3567 0389 48
"""
import argparse
import hashlib
import re
import sys
from dataclasses import dataclass

SATZLAENGE = 120
KARTE = re.compile(r"(?<!\d)\d{13,19}(?!\d)")
IBAN = re.compile(r"\b[A-Z]{2}\d{2}[A-Z0-9]{11,30}\b")

# Feldlayout D-Satz: (Name, Start, Länge) – 0-basiert
D_LAYOUT = [
    ("satzart", 0, 1), ("lfd_nr", 1, 6), ("partner_txn", 7, 12), ("mitglied", 19, 11),
    ("nachname", 31, 20), ("anreise", 51, 8), ("abreise", 60, 8), ("naechte", 69, 2),
    ("umsatz_cent", 71, 11), ("waehrung", 82, 3), ("meilen", 85, 8), ("objekt", 93, 5),
    ("folio", 98, 10), ("status", 108, 1),
]


def luhn(ziffern: str) -> bool:
    summe = 0
    for i, z in enumerate(reversed(ziffern)):
        n = int(z)
        if i % 2:
            n = n * 2 - 9 if n > 4 else n * 2
        summe += n
    return summe % 10 == 0


def iban_ok(s: str) -> bool:
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


@dataclass
class Befund:
    zeile: int
    code: str
    text: str


def pruefe(pfad: str) -> list[Befund]:
    befunde: list[Befund] = []
    sha = hashlib.sha1()
    d_saetze = meilen = umsatz = 0
    with open(pfad, "rb") as f:
        zeilen = f.read().split(b"\r\n")
    for nr, roh in enumerate(zeilen[:-1], start=1):
        satz = roh.decode("latin-1")
        if len(satz) != SATZLAENGE:
            befunde.append(Befund(nr, "L01", f"Satzlänge {len(satz)} statt {SATZLAENGE}"))
        for m in KARTE.finditer(satz):
            if luhn(m.group()):
                befunde.append(Befund(nr, "P01", "mögliche Kartennummer (Luhn gültig) – Datei abweisen"))
        for m in IBAN.finditer(satz):
            if iban_ok(m.group()):
                befunde.append(Befund(nr, "P02", "gültige IBAN im Partnersatz – Datei abweisen"))
        if satz.startswith("D"):
            d_saetze += 1
            meilen += int(satz[85:93])
            umsatz += int(satz[71:82])
        if not satz.startswith("T"):
            sha.update(roh + b"\n")
    return befunde


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("datei")
    ap.add_argument("--tenant", required=True)
    args = ap.parse_args()
    befunde = pruefe(args.datei)
    for b in befunde:
        print(f"{args.tenant}:{b.zeile}: {b.code} {b.text}")
    return 1 if any(b.code.startswith("P") for b in befunde) else 0


if __name__ == "__main__":
    sys.exit(main())
