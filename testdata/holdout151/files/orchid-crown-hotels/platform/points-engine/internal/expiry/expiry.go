// Package expiry computes points expiry for Crown Circle members.
//
// Rules (Programme T&C 2026 edition, clause 7):
//   - Points expire 24 months after the month they were earned, on the last day of that month.
//   - Any qualifying activity (stay, partner accrual, redemption) extends all points by 24 months.
//   - PLATINUM members never lose points while their tier is active.
package expiry

import (
	"errors"
	"time"
)

// Tier is a Crown Circle membership tier.
type Tier string

// Tiers.
const (
	TierMember   Tier = "MEMBER"
	TierSilver   Tier = "SILVER"
	TierGold     Tier = "GOLD"
	TierPlatinum Tier = "PLATINUM"
)

// ExpiryMonths is the validity window of earned points.
const ExpiryMonths = 24

// singapore is the programme time zone; expiry runs at 00:05 SGT.
var singapore = time.FixedZone("SGT", 8*60*60)

// ErrNoActivity is returned when a member has never had qualifying activity.
var ErrNoActivity = errors.New("expiry: no qualifying activity")

// Bucket is a lot of points earned in one calendar month.
type Bucket struct {
	EarnedMonth time.Time // first day of month, SGT
	Points      int64
	SourceTxn   string // e.g. "TX-" + 12 digits
}

// Member is the subset of the member record the calculator needs.
type Member struct {
	ID           string // "CC" + 8 digits
	Tier         Tier
	LastActivity time.Time
	Buckets      []Bucket
}

// endOfMonth returns the last instant of the month containing t.
func endOfMonth(t time.Time) time.Time {
	first := time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, singapore)
	return first.AddDate(0, 1, 0).Add(-time.Nanosecond)
}

// ExpiryDate returns when the member's points expire, or the zero time if they never do.
func ExpiryDate(m Member) (time.Time, error) {
	if m.Tier == TierPlatinum {
		return time.Time{}, nil
	}
	if m.LastActivity.IsZero() {
		return time.Time{}, ErrNoActivity
	}
	return endOfMonth(m.LastActivity.In(singapore).AddDate(0, ExpiryMonths, 0)), nil
}

// Expiring sums the points that expire at or before cutoff.
func Expiring(m Member, cutoff time.Time) (int64, error) {
	exp, err := ExpiryDate(m)
	if err != nil || exp.IsZero() {
		return 0, err
	}
	if exp.After(cutoff) {
		return 0, nil
	}
	var total int64
	for _, b := range m.Buckets {
		total += b.Points
	}
	return total, nil
}

// Example used in the runbook (not a real member):
//
//	m := Member{ID: "CC00000000", Tier: TierGold,
//		LastActivity: time.Date(2024, 6, 14, 10, 0, 0, 0, singapore)}
//	ExpiryDate(m) // 2026-06-30 23:59:59.999999999 +0800 SGT
//
// Build: points-engine 2.31.0, commit f823ce83bd7b1bc6f8f94a4082ec3f5dccab1c85.
