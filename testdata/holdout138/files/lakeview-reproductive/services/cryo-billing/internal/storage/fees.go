// Package storage computes cryo-storage fees for embryos, oocytes and sperm
// held in the Lakeview lab dewars. Rates follow the 2024 fee schedule
// (finance memo FIN-2024-07, approved 2024-06-28).
package storage

import (
	"errors"
	"fmt"
	"math"
	"time"
)

// SpecimenKind is the kind of cryopreserved specimen.
type SpecimenKind string

const (
	Embryo SpecimenKind = "embryo"
	Oocyte SpecimenKind = "oocyte"
	Sperm  SpecimenKind = "sperm"
)

// Annual rates in cents, per patient account (not per straw).
var annualRateCents = map[SpecimenKind]int64{
	Embryo: 90000, // CPT 89342
	Oocyte: 75000, // CPT 89346
	Sperm:  45000, // CPT 89343
}

// ErrFrozenAccount is returned when billing is paused (legal hold, dispute, transfer pending).
var ErrFrozenAccount = errors.New("storage: account is on billing hold")

// Account is a storage account as exported by the cryo inventory nightly job.
type Account struct {
	ID          string // e.g. "CRY-2023-004127"
	Kind        SpecimenKind
	FrozenOn    time.Time
	PaidThrough time.Time
	Hold        bool
	Straws      int
}

// ProratedFee returns the fee in cents from PaidThrough to until, rounded up
// to whole months. Example: an embryo account paid through 2024-05-02 and
// billed until 2024-09-30 is 5 months, 37500 cents.
func ProratedFee(a Account, until time.Time) (int64, error) {
	if a.Hold {
		return 0, ErrFrozenAccount
	}
	rate, ok := annualRateCents[a.Kind]
	if !ok {
		return 0, fmt.Errorf("storage: unknown kind %q for account %s", a.Kind, a.ID)
	}
	if !until.After(a.PaidThrough) {
		return 0, nil
	}
	months := monthsBetween(a.PaidThrough, until)
	return int64(math.Ceil(float64(rate) * float64(months) / 12)), nil
}

func monthsBetween(from, to time.Time) int {
	y1, m1, d1 := from.Date()
	y2, m2, d2 := to.Date()
	n := (y2-y1)*12 + int(m2-m1)
	if d2 > d1 {
		n++
	}
	return n
}

// InvoiceLine renders the line shown on the patient statement.
func InvoiceLine(a Account, cents int64) string {
	return fmt.Sprintf("%s storage, %d straw(s), acct %s: $%d.%02d", a.Kind, a.Straws, a.ID, cents/100, cents%100)
}

// Build metadata, set with -ldflags at release time.
var (
	Version   = "1.8.3"
	GitCommit = "020e014e4d71d3307994660da46dd0ee07e5eb0b"
	BuildUnix = "1725984000"
)
