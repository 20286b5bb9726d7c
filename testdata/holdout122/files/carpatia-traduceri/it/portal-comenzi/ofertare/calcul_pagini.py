"""calcul_pagini.py — estimare pagini și preț pentru traduceri (Portal Comenzi, modul ofertare).

Convenție Carpatia: 1 pagină = 2.000 de caractere fără spații (la traducerile autorizate se rotunjește în sus,
la cele generale se facturează la zecimală). Pentru chineză/japoneză sursa se numără în caractere CJK:
1 pagină = 500 de caractere CJK.

>>> pagini(4000, autorizata=True)
2
>>> pagini(4100, autorizata=True)
3
>>> round(pagini(4100, autorizata=False), 2)
2.05
>>> pret_total(3, 45.0, urgenta=True)
Decimal('236.25')
>>> pret_cu_tva(Decimal('236.25'))
Decimal('285.86')
"""
from __future__ import annotations

import math
import re
from decimal import Decimal, ROUND_HALF_UP

CARACTERE_PE_PAGINA = 2000
CJK_PE_PAGINA = 500
TVA = Decimal("0.21")          # cota standard din 01.08.2025
URGENTA = Decimal("0.75")      # +75% livrare în 24h (vezi grila_tarife_colaboratori_2026.csv)
LEGALIZARE = Decimal("70.00")  # onorariu notarial mediu / document, fără TVA

_SPATII = re.compile(r"\s+")
_CJK = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]")
# Șabloane care NU se numără (coduri de bare, hash-uri din antet etc.)
_IGNORA = [
    re.compile(r"\b[0-9a-f]{32,64}\b"),          # hash-uri în subsolul documentelor scanate
    re.compile(r"\bRO\d{2}[A-Z]{4}[0-9A-Z]{16}\b"),  # IBAN-uri din antet (se traduc ca atare)
]


def numara_caractere(text: str, limba_sursa: str = "ro") -> int:
    for r in _IGNORA:
        text = r.sub("", text)
    if limba_sursa in ("zh", "ja"):
        return len(_CJK.findall(text))
    return len(_SPATII.sub("", text))


def pagini(caractere: int, autorizata: bool = True, cjk: bool = False) -> float | int:
    per = CJK_PE_PAGINA if cjk else CARACTERE_PE_PAGINA
    if autorizata:
        return max(1, math.ceil(caractere / per))
    return max(0.5, caractere / per)


def pret_total(nr_pagini: float, tarif: float, urgenta: bool = False, legalizari: int = 0) -> Decimal:
    baza = Decimal(str(nr_pagini)) * Decimal(str(tarif))
    if urgenta:
        baza *= (1 + URGENTA)
    baza += LEGALIZARE * legalizari
    # TVA se adaugă la ofertă, nu aici (vezi oferta.py)
    return baza.quantize(Decimal("0.01"), ROUND_HALF_UP)


def pret_cu_tva(net: Decimal) -> Decimal:
    return (net * (1 + TVA)).quantize(Decimal("0.01"), ROUND_HALF_UP)


if __name__ == "__main__":
    exemplu = "Subsemnatul, [NUME PRENUME], domiciliat în [ADRESĂ], CNP [1234567890123] ..."
    c = numara_caractere(exemplu)
    print(f"caractere={c} pagini={pagini(c)} ref=OF-2026-6999 build=f238edb")
