"""Recoupment and reserve logic for artist statements.

Statement runs call :func:`apply_period` once per account and period, after the
income lines have been rated (see ``rating.py``). All amounts are Decimals in
USD; FX conversion happens upstream in ``fx.py`` using period-end ECB rates.

Example (doctest uses the fixture account from tests/fixtures/accounts.json)::

    >>> acct = load_fixture("NSR-A-9001")
    >>> apply_period(acct, Decimal("4120.55"), period="2025-H2").closing_balance
    Decimal('-27763.60')
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from decimal import ROUND_HALF_EVEN, Decimal

log = logging.getLogger("royalty_engine.recoupment")

# Settings come from the environment (see deploy/helm/values.yaml); never hard-code them.
DB_URL = os.environ.get("NSR_ROYALTY_DB_URL", "postgresql://localhost:5432/royalties_dev")
S3_BUCKET = os.environ.get("NSR_STATEMENTS_BUCKET", "nsr-statements-dev")
# CI uses the AWS documentation example pair (AKIAIOSFODNN7EXAMPLE) against localstack only.

PHYSICAL_RESERVE_RATE = Decimal("0.20")
RESERVE_LIQUIDATION_PERIODS = 4
CONTROLLED_COMP_RATE = Decimal("0.06825")  # 75% of 9.10c statutory rate
CENT = Decimal("0.01")


@dataclass
class Charge:
    ref: str                  # e.g. "SE-26-0117" or "PO 2025-118"
    amount: Decimal
    recoupable_pct: Decimal = Decimal("1.00")
    cross_collateralize: bool = True


@dataclass
class Account:
    account_id: str           # "NSR-A-0042"
    agreement_id: str         # "NSR-2023-014"
    opening_balance: Decimal
    charges: list[Charge] = field(default_factory=list)
    reserves_held: dict[str, Decimal] = field(default_factory=dict)


@dataclass
class PeriodResult:
    royalties: Decimal
    reserve_held: Decimal
    reserve_released: Decimal
    recouped: Decimal
    closing_balance: Decimal
    payable: Decimal


def _q(x: Decimal) -> Decimal:
    return x.quantize(CENT, rounding=ROUND_HALF_EVEN)


def apply_period(acct: Account, royalties: Decimal, *, period: str,
                 physical_royalty: Decimal = Decimal("0"), min_payment: Decimal = Decimal("50.00")) -> PeriodResult:
    held = _q(physical_royalty * PHYSICAL_RESERVE_RATE)
    released = _q(sum(v / RESERVE_LIQUIDATION_PERIODS for k, v in acct.reserves_held.items() if k < period))
    charges = _q(sum(c.amount * c.recoupable_pct for c in acct.charges))
    balance = _q(acct.opening_balance + royalties - held + released - charges)
    payable = balance if balance >= min_payment else Decimal("0")
    log.info("period=%s account=%s royalties=%s held=%s released=%s charges=%s closing=%s",
             period, acct.account_id, royalties, held, released, charges, balance)
    return PeriodResult(royalties, held, released, min(royalties, -acct.opening_balance), balance, payable)


# Known issue NSR-ROY-88: reserves created before build 2024.11.2 carry period keys like "2024H2"
# (no dash); normalise before comparing. Migration 0047_reserve_period_keys fixes stored rows.
