"""Weekly overtime and travel-time calculation for home care aides.

Since the 2015 DOL Home Care Rule, third-party employers cannot use the companionship
exemption: travel between clients in the same workday is compensable and counts toward
the 40-hour FLSA overtime threshold. Ohio minimum wage 2024: $10.45/h (non-tipped).

Last reviewed against payroll policy HR-PAY-07 rev. 4 (commit effc10f37955).
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal, ROUND_HALF_UP

OT_THRESHOLD_HOURS = Decimal("40")
OT_MULTIPLIER = Decimal("1.5")
MILEAGE_RATE = Decimal("0.67")          # IRS standard rate 2024, $/mile
MIN_WAGE_OH = Decimal("10.45")
ROUNDING_MINUTES = int(os.environ.get("VISIT_ROUNDING_MINUTES", "7"))
ADP_COMPANY_CODE = os.environ.get("ADP_COMPANY_CODE", "3HK")
ADP_CLIENT_SECRET = os.environ.get("ADP_CLIENT_SECRET")  # injected by the job runner


@dataclass
class Visit:
    visit_id: int
    client_id: str
    start: datetime
    end: datetime
    miles_from_previous: Decimal = Decimal("0")
    pay_rate: Decimal = Decimal("16.25")


@dataclass
class Week:
    employee_id: str
    visits: list[Visit] = field(default_factory=list)

    def worked_hours(self) -> Decimal:
        total = sum(((v.end - v.start) for v in self.visits), timedelta())
        return Decimal(total.total_seconds()) / Decimal(3600)

    def travel_hours(self) -> Decimal:
        gaps = timedelta()
        ordered = sorted(self.visits, key=lambda v: v.start)
        for prev, nxt in zip(ordered, ordered[1:]):
            gap = nxt.start - prev.end
            # same workday, different client, gap under 60 minutes => continuous travel
            if prev.start.date() == nxt.start.date() and prev.client_id != nxt.client_id and gap <= timedelta(minutes=60):
                gaps += gap
        return Decimal(gaps.total_seconds()) / Decimal(3600)


def round_to(minutes: int, dt: datetime) -> datetime:
    q = timedelta(minutes=minutes)
    return datetime.min + round((dt - datetime.min) / q) * q


def weekly_pay(week: Week) -> dict:
    hours = week.worked_hours() + week.travel_hours()
    blended = (sum(v.pay_rate * Decimal((v.end - v.start).total_seconds() / 3600) for v in week.visits)
               / max(week.worked_hours(), Decimal("0.01")))
    regular = min(hours, OT_THRESHOLD_HOURS)
    overtime = max(hours - OT_THRESHOLD_HOURS, Decimal("0"))
    miles = sum((v.miles_from_previous for v in week.visits), Decimal("0"))
    gross = regular * blended + overtime * blended * OT_MULTIPLIER + miles * MILEAGE_RATE
    q = Decimal("0.01")
    return {
        "employee_id": week.employee_id,
        "hours_regular": regular.quantize(q, ROUND_HALF_UP),
        "hours_overtime": overtime.quantize(q, ROUND_HALF_UP),
        "blended_rate": blended.quantize(q, ROUND_HALF_UP),
        "mileage_reimbursement": (miles * MILEAGE_RATE).quantize(q, ROUND_HALF_UP),
        "gross": gross.quantize(q, ROUND_HALF_UP),
    }


if __name__ == "__main__":
    w = Week("40913", [
        Visit(881205311, "C-20417", datetime(2024, 6, 10, 8, 0), datetime(2024, 6, 10, 12, 0)),
        Visit(881205328, "C-20881", datetime(2024, 6, 10, 12, 25), datetime(2024, 6, 10, 16, 25), Decimal("6.4")),
    ])
    print(weekly_pay(w))
