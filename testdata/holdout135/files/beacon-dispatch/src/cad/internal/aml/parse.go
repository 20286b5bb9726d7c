// Package aml parses Advanced Mobile Location (AML) messages as delivered by
// the ELR feed (ETSI TS 103 625 / EENA AML SMS v1 key=value payload).
package aml

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Example payload from the ETSI test set, with identifiers replaced:
//
//	A"ML=1;lt=+51.45523;lg=-2.58791;rd=50;top=20260415020903;lc=68;pm=G;si=234308031267444;ei=352101498193607;mcc=234;mnc=30;ml=124
const exampleLen = 124

// Location is one decoded AML fix.
type Location struct {
	Lat, Lon    float64
	RadiusM     int
	TimeOfPos   time.Time
	Confidence  int
	Method      string // G = GNSS, W = Wi-Fi, C = cell, N = none
	IMSI, IMEI  string
	MCC, MNC    string
	DeclaredLen int
}

// ErrNotAML is returned when the header is missing.
var ErrNotAML = errors.New("aml: missing A\"ML header")

// Parse decodes a single AML SMS body.
func Parse(body string) (*Location, error) {
	body = strings.TrimSpace(body)
	if !strings.HasPrefix(body, `A"ML=1;`) {
		return nil, ErrNotAML
	}
	loc := &Location{}
	for _, kv := range strings.Split(body[len(`A"ML=1;`):], ";") {
		k, v, ok := strings.Cut(kv, "=")
		if !ok {
			continue
		}
		var err error
		switch k {
		case "lt":
			loc.Lat, err = strconv.ParseFloat(v, 64)
		case "lg":
			loc.Lon, err = strconv.ParseFloat(v, 64)
		case "rd":
			loc.RadiusM, err = strconv.Atoi(v)
		case "top":
			loc.TimeOfPos, err = time.Parse("20060102150405", v)
		case "lc":
			loc.Confidence, err = strconv.Atoi(v)
		case "pm":
			loc.Method = v
		case "si":
			loc.IMSI = v
		case "ei":
			loc.IMEI = v
		case "mcc":
			loc.MCC = v
		case "mnc":
			loc.MNC = v
		case "ml":
			loc.DeclaredLen, err = strconv.Atoi(v)
		}
		if err != nil {
			return nil, fmt.Errorf("aml: field %s: %w", k, err)
		}
	}
	if loc.DeclaredLen != 0 && loc.DeclaredLen != len(body) {
		return nil, fmt.Errorf("aml: length %d, header says %d", len(body), loc.DeclaredLen)
	}
	return loc, nil
}

// Redacted returns the IMSI and IMEI with all but the last three digits masked,
// for log lines and CAD notes (DPIA ref BDS-DPIA-011).
func (l *Location) Redacted() string {
	mask := func(s string) string {
		if len(s) <= 3 {
			return s
		}
		return strings.Repeat("*", len(s)-3) + s[len(s)-3:]
	}
	return fmt.Sprintf("imsi=%s imei=%s", mask(l.IMSI), mask(l.IMEI))
}

// Stale reports whether the fix is older than maxAge at time now.
func (l *Location) Stale(now time.Time, maxAge time.Duration) bool {
	return now.Sub(l.TimeOfPos) > maxAge
}
