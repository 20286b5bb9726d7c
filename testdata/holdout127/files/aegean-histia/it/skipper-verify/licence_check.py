"""Έλεγχος διπλωμάτων κυβερνήτη πριν από ναύλωση χωρίς πλήρωμα (bareboat).

Χρησιμοποιείται από το check-in (βάση Λαυρίου) και από το cron που στέλνει υπενθυμίσεις 14 ημέρες πριν.
Οι αριθμοί διπλωμάτων ΔΕΝ αποθηκεύονται εδώ· μόνο το αποτέλεσμα του ελέγχου (δείτε LicenceCheck).
"""
from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass

VERIFY_API = "https://skipper-verify.aegeanhistia.gr/api/v1/checks"
VERIFY_TOKEN = os.environ.get("AHY_VERIFY_TOKEN")  # ορίζεται στο systemd unit, όχι εδώ
TIMEOUT_S = 8

# Μορφές αριθμών ανά είδος διπλώματος (μόνο για βασικό έλεγχο μορφής, όχι εγκυρότητας)
LICENCE_FORMATS: dict[str, re.Pattern[str]] = {
    "GR_TAXYPLOO": re.compile(r"^\d{3,6}/(19|20)\d{2}$"),          # π.χ. nnnnn/2009
    "ICC": re.compile(r"^[A-Z]{3}[- ]?ICC[- ]?[0-9A-Z]{4,10}$"),      # χώρα ISO-3 + αύξων
    "RYA_YM": re.compile(r"^(YM|DS|CS)[- ]?\d{5,7}$"),
    "HR_VODITELJ_B": re.compile(r"^\d{2,5}/\d{2,4}$"),
    "FR_PERMIS": re.compile(r"^\d{2}\s?\d{6,7}$"),
}

# Ελάχιστα απαιτούμενα ανά μήκος σκάφους (μέτρα) – εσωτερική πολιτική 2026, απόφαση ΔΣ 4/2026
MIN_REQUIREMENTS = [
    (12.0, {"GR_TAXYPLOO", "ICC", "RYA_YM", "HR_VODITELJ_B", "FR_PERMIS"}),
    (16.0, {"GR_TAXYPLOO", "ICC", "RYA_YM"}),
    (24.0, set()),  # πάνω από 16 m μόνο με επαγγελματία κυβερνήτη
]
SECOND_EXPERIENCED_PERSON = True  # απαιτείται δεύτερο άτομο με εμπειρία για bareboat στην Ελλάδα


@dataclass
class LicenceCheck:
    booking: str            # π.χ. ΑΗΥ-2026-0612-031
    kind: str
    number_sha256: str      # αποθηκεύουμε μόνο hash του αριθμού
    valid_until: dt.date | None
    checked_by: str
    result: str             # OK | EXPIRED | FORMAT | MANUAL


def normalise(kind: str, number: str) -> str:
    """Κανονικοποίηση αριθμού πριν από τον έλεγχο μορφής.

    >>> normalise("ICC", "gbr icc 0412a7")
    'GBR-ICC-0412A7'
    >>> normalise("GR_TAXYPLOO", " 00123 / 2007 ")
    '00123/2007'
    """
    n = re.sub(r"\s+", " ", number.strip().upper())
    if kind == "ICC":
        n = re.sub(r"[ -]+", "-", n)
    if kind == "GR_TAXYPLOO":
        n = n.replace(" ", "")
    return n


def allowed_kinds(loa_m: float) -> set[str]:
    for limit, kinds in MIN_REQUIREMENTS:
        if loa_m <= limit:
            return kinds
    return set()


def check(kind: str, number: str, valid_until: dt.date | None, charter_end: dt.date, loa_m: float) -> str:
    """Επιστρέφει OK, EXPIRED, FORMAT ή MANUAL.

    >>> check("RYA_YM", "YM 204117", None, dt.date(2026, 6, 20), 14.6)
    'OK'
    >>> check("ICC", "DEU-ICC-88", dt.date(2025, 12, 31), dt.date(2026, 6, 20), 15.54)
    'FORMAT'
    """
    if kind not in allowed_kinds(loa_m):
        return "MANUAL"
    n = normalise(kind, number)
    if not LICENCE_FORMATS[kind].match(n):
        return "FORMAT"
    if valid_until and valid_until < charter_end:
        return "EXPIRED"
    return "OK"


if __name__ == "__main__":
    import doctest
    doctest.testmod()
