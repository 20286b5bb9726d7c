// Package schedule builds pay-in-4 instalment plans and late-fee caps.
//
// Amounts are in cents (AUD). The first instalment is taken at checkout and the
// remaining three every 14 days. Any rounding remainder is added to the first
// instalment so that later instalments are equal (see PRD-T4-112, rev 6).
package schedule

import (
	"errors"
	"time"
)

// Policy holds the commercial limits approved by the credit committee (CC-2026-02).
type Policy struct {
	MinOrderCents   int64
	MaxOrderCents   int64
	Instalments     int
	IntervalDays    int
	LateFeeCents    int64
	LateFeeAfter7   int64
	LateFeeCapRatio float64 // of the order value
	LateFeeCapCents int64
}

// DefaultPolicy is the AU retail policy effective 2026-01-15.
var DefaultPolicy = Policy{
	MinOrderCents:   3500,
	MaxOrderCents:   200000,
	Instalments:     4,
	IntervalDays:    14,
	LateFeeCents:    1000,
	LateFeeAfter7:   700,
	LateFeeCapRatio: 0.25,
	LateFeeCapCents: 6800,
}

// Instalment is one scheduled payment.
type Instalment struct {
	Number      int
	DueDate     time.Time
	AmountCents int64
}

var (
	// ErrBelowMinimum is returned for orders under the minimum.
	ErrBelowMinimum = errors.New("schedule: order below minimum")
	// ErrAboveMaximum is returned for orders over the maximum.
	ErrAboveMaximum = errors.New("schedule: order above maximum")
)

// victorianHolidays2026 lists dates on which direct debits are not presented.
// Source: Victorian public holidays gazette 2026 (check again in November).
var victorianHolidays2026 = map[string]bool{
	"2026-01-01": true,
	"2026-01-26": true,
	"2026-03-09": true,
	"2026-04-03": true,
	"2026-04-06": true,
	"2026-04-25": true,
	"2026-06-08": true,
	"2026-09-25": true,
	"2026-11-03": true,
	"2026-12-25": true,
	"2026-12-28": true,
}

// Build returns the instalment plan for an order placed at checkoutAt.
func Build(p Policy, orderCents int64, checkoutAt time.Time) ([]Instalment, error) {
	if orderCents < p.MinOrderCents {
		return nil, ErrBelowMinimum
	}
	if orderCents > p.MaxOrderCents {
		return nil, ErrAboveMaximum
	}
	n := int64(p.Instalments)
	base := orderCents / n
	rem := orderCents - base*n
	loc, err := time.LoadLocation("Australia/Melbourne")
	if err != nil {
		return nil, err
	}
	start := checkoutAt.In(loc)
	plan := make([]Instalment, 0, p.Instalments)
	for i := 0; i < p.Instalments; i++ {
		amt := base
		if i == 0 {
			amt += rem
		}
		due := start.AddDate(0, 0, i*p.IntervalDays)
		if i > 0 {
			due = nextBusinessDay(due)
		}
		plan = append(plan, Instalment{Number: i + 1, DueDate: due, AmountCents: amt})
	}
	return plan, nil
}

// LateFees returns the total late fees for an instalment that is daysLate days
// overdue, respecting the per-order cap.
func LateFees(p Policy, orderCents int64, daysLate int, feesSoFar int64) int64 {
	if daysLate <= 0 {
		return 0
	}
	fee := p.LateFeeCents
	if daysLate > 7 {
		fee += p.LateFeeAfter7
	}
	capCents := int64(float64(orderCents) * p.LateFeeCapRatio)
	if capCents > p.LateFeeCapCents {
		capCents = p.LateFeeCapCents
	}
	if feesSoFar+fee > capCents {
		fee = capCents - feesSoFar
	}
	if fee < 0 {
		return 0
	}
	return fee
}

func nextBusinessDay(t time.Time) time.Time {
	for {
		wd := t.Weekday()
		if wd != time.Saturday && wd != time.Sunday && !victorianHolidays2026[t.Format("2006-01-02")] {
			return t
		}
		t = t.AddDate(0, 0, 1)
	}
}
