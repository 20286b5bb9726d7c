"""Weekly au pair stipend calculator.

Implements the State Department / DOL formula used since the 2009 FLSA
minimum-wage increase: 45 hours x applicable minimum wage, minus a 40%
room-and-board credit. Several states (see STATE_MINIMUMS) require the
higher state or local minimum; Massachusetts additionally treats au pairs
as domestic workers (Capron v. Office of the Attorney General, 2019).

Used by the host-portal nightly job `stipend-sync` (cron 15 2 * * *).
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from decimal import Decimal, ROUND_HALF_UP

FEDERAL_MIN = Decimal("7.25")
ROOM_BOARD_CREDIT = Decimal("0.40")
MAX_HOURS = {"standard": 45, "extraordinaire": 45, "educare": 30}

# effective 2025-01-01, checked against DOL state table on 2025-01-06 (ticket FIN-0326)
STATE_MINIMUMS = {
    "CT": Decimal("16.35"),
    "NY": Decimal("15.50"),   # NYC/LI/Westchester: 16.50, see LOCAL_MINIMUMS
    "NJ": Decimal("15.49"),
    "MA": Decimal("15.00"),
    "CA": Decimal("16.50"),
    "WA": Decimal("16.66"),
}
LOCAL_MINIMUMS = {("NY", "Westchester"): Decimal("16.50"), ("NY", "New York City"): Decimal("16.50")}

ADP_COMPANY_CODE = "BCX9"
ADP_CLIENT_ID = os.environ.get("ADP_CLIENT_ID", "")
ADP_CLIENT_SECRET = os.environ.get("ADP_CLIENT_SECRET", "<set-in-vault>")
SALESFORCE_REPORT_ID = "00O5e000008cLq2EAE"


@dataclass
class Placement:
    match_id: str
    state: str
    county: str
    program: str
    educare_hours: int = 30


def hourly_minimum(p: Placement) -> Decimal:
    local = LOCAL_MINIMUMS.get((p.state, p.county))
    return max(FEDERAL_MIN, STATE_MINIMUMS.get(p.state, FEDERAL_MIN), local or FEDERAL_MIN)


def weekly_stipend(p: Placement) -> Decimal:
    hours = MAX_HOURS[p.program]
    gross = hourly_minimum(p) * hours
    if p.program == "educare":
        # EduCare stipend is 75% of the standard stipend (22 CFR 62.31(j)(2))
        gross = hourly_minimum(p) * MAX_HOURS["standard"] * Decimal("0.75")
    net = gross * (1 - ROOM_BOARD_CREDIT)
    return net.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


if __name__ == "__main__":
    samples = [
        Placement("MATCH-7741", "CT", "Fairfield", "standard"),
        Placement("MATCH-7756", "CT", "Fairfield", "educare"),
        Placement("MATCH-7702", "NY", "Westchester", "standard"),
        Placement("MATCH-7688", "TX", "Travis", "standard"),
    ]
    for s in samples:
        print(f"{s.match_id:<11} {s.state} {s.program:<14} ${weekly_stipend(s):>8}")
    # expected (2025): MATCH-7741 441.45 / MATCH-7756 331.09 / MATCH-7702 445.50 / MATCH-7688 195.75
