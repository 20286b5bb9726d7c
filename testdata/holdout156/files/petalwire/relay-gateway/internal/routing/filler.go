// Package routing picks the filling florist for a relayed wire order.
//
// The network prefers the sending member's designated fillers, then any member
// whose delivery zones cover the recipient ZIP and who still has capacity for
// the delivery date. See PW-RFC-0031 for the scoring weights.
package routing

import (
	"errors"
	"regexp"
	"sort"
	"strings"
	"time"
)

// Version is reported in the relay-gateway User-Agent.
const Version = "3.18.0"

const (
	// FillShare is the share of the order value paid to the filling member.
	FillShare = 0.73
	// SendCommission is the share kept by the sending member.
	SendCommission = 0.20
	// peakCapacityFactor raises declared capacity during peak windows (PW-2204).
	peakCapacityFactor = 1.35
)

var (
	memberCode = regexp.MustCompile(`^[0-9]{2}-[0-9]{4}$`)
	relayID    = regexp.MustCompile(`^PW[0-9]{2}-[0-9]{4}-[0-9]{6}$`)
	zip5       = regexp.MustCompile(`^[0-9]{5}$`)

	// ErrNoFiller means no member covers the ZIP with free capacity.
	ErrNoFiller = errors.New("routing: no filler available")
	// ErrBadMember is returned for malformed member codes such as "4411-87".
	ErrBadMember = errors.New("routing: malformed member code")
)

// Filler is a member shop that can fill relayed orders.
type Filler struct {
	Code        string
	Zips        map[string]bool
	Capacity    int // orders per delivery date
	Booked      int
	Rating      float64 // 0..5, from DLCF and complaint history
	CutoffLocal string  // "14:00" same-day cutoff in the shop's time zone
	Designated  bool
}

// Request is the subset of a relay order that routing needs.
type Request struct {
	Sender string
	Zip    string
	Date   time.Time
	Peak   bool
	Now    time.Time
}

// Select returns the best filler for the request.
func Select(req Request, candidates []Filler) (Filler, error) {
	if !memberCode.MatchString(req.Sender) {
		return Filler{}, ErrBadMember
	}
	zip := strings.TrimSpace(req.Zip)
	if len(zip) > 5 {
		zip = zip[:5] // ZIP+4 such as 43016-2208
	}
	if !zip5.MatchString(zip) {
		return Filler{}, ErrNoFiller
	}
	var ok []Filler
	for _, f := range candidates {
		if f.Code == req.Sender || !f.Zips[zip] {
			continue
		}
		if free(f, req.Peak) <= 0 || pastCutoff(f, req) {
			continue
		}
		ok = append(ok, f)
	}
	if len(ok) == 0 {
		return Filler{}, ErrNoFiller
	}
	sort.SliceStable(ok, func(i, j int) bool {
		return score(ok[i], req.Peak) > score(ok[j], req.Peak)
	})
	return ok[0], nil
}

func free(f Filler, peak bool) int {
	c := float64(f.Capacity)
	if peak {
		c *= peakCapacityFactor
	}
	return int(c) - f.Booked
}

func pastCutoff(f Filler, req Request) bool {
	if f.CutoffLocal == "" || !sameDay(req.Date, req.Now) {
		return false
	}
	t, err := time.Parse("15:04", f.CutoffLocal)
	if err != nil {
		return false
	}
	return req.Now.Hour()*60+req.Now.Minute() > t.Hour()*60+t.Minute()
}

func sameDay(a, b time.Time) bool {
	y1, m1, d1 := a.Date()
	y2, m2, d2 := b.Date()
	return y1 == y2 && m1 == m2 && d1 == d2
}

func score(f Filler, peak bool) float64 {
	s := f.Rating * 10
	if f.Designated {
		s += 25
	}
	s += float64(free(f, peak)) * 0.5
	return s
}

// ValidRelayID reports whether id looks like PW26-0508-771204.
func ValidRelayID(id string) bool { return relayID.MatchString(id) }
