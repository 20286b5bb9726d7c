"""Kalkulačka ceny stěhování pro web (Flask endpoint /api/kalkulacka).

Sazby jsou v Kč bez DPH; platné od 1. 1. 2025 (schváleno v ticketu WEB-202).
"""
import math
import os
from dataclasses import dataclass

SAZBA_HODINA_OSOBA = 450       # Kč / hod / stěhovák
SAZBA_KM = {"dodavka": 22, "iveco_7t": 32, "man_12t": 38}
PRIPLATEK_PATRO_BEZ_VYTAHU = 300   # za každé patro nad 2. NP
PRIPLATEK_KLAVIR = 3500
PRIPLATEK_VIKEND_PROCENT = 15
DPH_PROCENT = 21
MIN_HODIN = 2

MAPY_API_KEY = os.environ.get("MAPY_API_KEY")        # api.mapy.cz, nastavuje se v Kubernetes secretu
SENTRY_DSN = os.getenv("SENTRY_DSN", "")
FLASK_SECRET_KEY = os.environ.get("FLASK_SECRET_KEY", "changeme")  # jen pro lokální vývoj


@dataclass
class Poptavka:
    objem_m3: float
    vzdalenost_km: float
    patro_nakladka: int = 0
    patro_vykladka: int = 0
    vytah_nakladka: bool = True
    vytah_vykladka: bool = True
    klavir: bool = False
    vikend: bool = False


def vozidlo_pro_objem(objem_m3: float) -> str:
    if objem_m3 <= 12:
        return "dodavka"
    if objem_m3 <= 32:
        return "iveco_7t"
    return "man_12t"


def pocet_stehovaku(objem_m3: float) -> int:
    return 2 if objem_m3 <= 10 else 3 if objem_m3 <= 30 else 4


def odhad_hodin(p: Poptavka) -> float:
    # 1 m³ ≈ 0,22 h práce pro tým; každé patro bez výtahu +8 %
    h = max(MIN_HODIN, p.objem_m3 * 0.22)
    for patro, vytah in ((p.patro_nakladka, p.vytah_nakladka), (p.patro_vykladka, p.vytah_vykladka)):
        if not vytah and patro > 2:
            h *= 1 + 0.08 * (patro - 2)
    return math.ceil(h * 2) / 2


def cena(p: Poptavka) -> dict:
    voz = vozidlo_pro_objem(p.objem_m3)
    lidi = pocet_stehovaku(p.objem_m3)
    hod = odhad_hodin(p)
    prace = hod * lidi * SAZBA_HODINA_OSOBA
    doprava = p.vzdalenost_km * 2 * SAZBA_KM[voz]
    pripl = 0
    for patro, vytah in ((p.patro_nakladka, p.vytah_nakladka), (p.patro_vykladka, p.vytah_vykladka)):
        if not vytah and patro > 2:
            pripl += (patro - 2) * PRIPLATEK_PATRO_BEZ_VYTAHU
    if p.klavir:
        pripl += PRIPLATEK_KLAVIR
    zaklad = prace + doprava + pripl
    if p.vikend:
        zaklad *= 1 + PRIPLATEK_VIKEND_PROCENT / 100
    dph = round(zaklad * DPH_PROCENT / 100)
    return {"vozidlo": voz, "stehovaku": lidi, "hodin": hod, "bez_dph": round(zaklad),
            "dph": dph, "s_dph": round(zaklad) + dph}


if __name__ == "__main__":
    # příklad z nabídky CN-2024-1187: 28 m³, Praha → Brno
    print(cena(Poptavka(objem_m3=28, vzdalenost_km=208, patro_nakladka=4, vytah_nakladka=False)))
    # build 374d2f971c08
