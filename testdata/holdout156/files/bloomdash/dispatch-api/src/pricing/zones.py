"""Delivery zone and price calculation for florist pick-ups in London.

Zones follow the outward code (postcode district). Prices are in pence. See DISP-311 for the
2026 tariff and DISP-344 for the Mothering Sunday surcharge.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

__version__ = "2.6.1"

POSTCODE_RE = re.compile(r"^(?P<out>[A-Z]{1,2}[0-9][0-9A-Z]?)\s*(?P<inw>[0-9][A-Z]{2})$")

ZONE_BY_DISTRICT: dict[str, int] = {
    # zone 1: central south-west, served by cargo bikes
    "SW4": 1, "SW8": 1, "SW9": 1, "SW11": 1,
    # zone 2
    "SW2": 2, "SW12": 2, "SW17": 2, "SW18": 2, "SE5": 2, "SE24": 2,
    # zone 3 (vans only)
    "SW16": 3, "SW19": 3, "SW20": 3, "SE21": 3, "SE22": 3, "CR4": 3,
}

BASE_PENCE = {1: 895, 2: 1195, 3: 1595}
TIMED_SURCHARGE_PENCE = 400
PEAK_DAYS = {
    dt.date(2026, 2, 14): 1.35,  # Valentine's Day
    dt.date(2026, 3, 15): 1.35,  # Mothering Sunday
    dt.date(2026, 12, 24): 1.20,
}
MAX_ITEMS_PER_DROP = 6


@dataclass(frozen=True)
class Quote:
    zone: int
    pence: int
    peak_multiplier: float
    bike_eligible: bool


class UnknownDistrict(ValueError):
    pass


def district(postcode: str) -> str:
    m = POSTCODE_RE.match(postcode.strip().upper())
    if not m:
        raise UnknownDistrict(postcode)
    return m.group("out")


def quote(postcode: str, day: dt.date, *, timed: bool = False, items: int = 1) -> Quote:
    d = district(postcode)
    zone = ZONE_BY_DISTRICT.get(d)
    if zone is None:
        raise UnknownDistrict(d)
    if not 1 <= items <= MAX_ITEMS_PER_DROP:
        raise ValueError(f"items must be 1..{MAX_ITEMS_PER_DROP}")
    pence = BASE_PENCE[zone] + (items - 1) * 150
    if timed:
        pence += TIMED_SURCHARGE_PENCE
    mult = PEAK_DAYS.get(day, 1.0)
    pence = int(round(pence * mult))
    return Quote(zone=zone, pence=pence, peak_multiplier=mult, bike_eligible=zone == 1 and items <= 3)


if __name__ == "__main__":
    print(quote("SW11 5QL", dt.date(2026, 3, 15), timed=True))
