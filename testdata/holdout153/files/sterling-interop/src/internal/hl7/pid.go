// Package hl7 contains the small HL7 v2 helpers used by the MLLP router.
package hl7

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"time"
)

// PID field positions (1-based, as in the HL7 v2.5 specification).
const (
	pidSetID          = 1
	pidIdentifiers    = 3
	pidName           = 5
	pidBirthTime      = 7
	pidSex            = 8
	pidAddress        = 11
	pidHomePhone      = 13
	pidLanguage       = 15
	pidDeathIndicator = 30
)

// ErrNotPID is returned when the segment does not start with "PID".
var ErrNotPID = errors.New("hl7: not a PID segment")

// ontarioHCN matches an Ontario health card number with an optional version code.
var ontarioHCN = regexp.MustCompile(`^[0-9]{10}[A-Z]{0,2}$`)

// Identifier is one repetition of PID-3 (CX data type).
type Identifier struct {
	ID        string
	Authority string
	TypeCode  string
}

// PID is the subset of the patient identification segment the router needs for routing and
// de-duplication. Clinical content is never logged.
type PID struct {
	Identifiers []Identifier
	FamilyName  string
	GivenName   string
	BirthTime   time.Time
	Sex         string
	Deceased    bool
}

// Encoding holds the MSH-1/MSH-2 delimiters.
type Encoding struct {
	Field, Component, Repetition byte
}

// DefaultEncoding is |^~\&.
var DefaultEncoding = Encoding{Field: '|', Component: '^', Repetition: '~'}

// ParsePID parses a single PID segment.
func ParsePID(seg string, enc Encoding) (PID, error) {
	var p PID
	fields := strings.Split(seg, string(enc.Field))
	if len(fields) == 0 || fields[0] != "PID" {
		return p, ErrNotPID
	}
	get := func(i int) string {
		if i < len(fields) {
			return fields[i]
		}
		return ""
	}
	for _, rep := range strings.Split(get(pidIdentifiers), string(enc.Repetition)) {
		c := strings.Split(rep, string(enc.Component))
		id := Identifier{ID: c[0]}
		if len(c) > 3 {
			id.Authority = c[3]
		}
		if len(c) > 4 {
			id.TypeCode = c[4]
		}
		if id.ID != "" {
			p.Identifiers = append(p.Identifiers, id)
		}
	}
	name := strings.Split(get(pidName), string(enc.Component))
	p.FamilyName = name[0]
	if len(name) > 1 {
		p.GivenName = name[1]
	}
	if bt := get(pidBirthTime); bt != "" {
		t, err := parseTS(bt)
		if err != nil {
			return p, fmt.Errorf("hl7: PID-7: %w", err)
		}
		p.BirthTime = t
	}
	p.Sex = get(pidSex)
	p.Deceased = get(pidDeathIndicator) == "Y"
	return p, nil
}

// parseTS accepts the DTM precisions we see from partner engines (YYYYMMDD to YYYYMMDDHHMMSS).
func parseTS(s string) (time.Time, error) {
	if i := strings.IndexAny(s, "+-"); i > 0 {
		s = s[:i]
	}
	for _, layout := range []string{"20060102150405", "200601021504", "20060102"} {
		if len(s) == len(layout) {
			return time.Parse(layout, s)
		}
	}
	return time.Time{}, fmt.Errorf("unsupported timestamp %q", s)
}

// ValidOntarioHCN reports whether a health card number has the right shape and a valid
// mod-10 check digit. The version code is ignored.
func ValidOntarioHCN(hcn string) bool {
	hcn = strings.ToUpper(strings.ReplaceAll(hcn, " ", ""))
	if !ontarioHCN.MatchString(hcn) {
		return false
	}
	sum := 0
	for i := 0; i < 10; i++ {
		d := int(hcn[i] - '0')
		if i%2 == 0 {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
	}
	return sum%10 == 0
}

// RoutingKey returns the identifier used to route a message to a tenant: the first MR
// identifier issued by one of the tenant's assigning authorities.
func (p PID) RoutingKey(authorities ...string) (string, bool) {
	for _, id := range p.Identifiers {
		if id.TypeCode != "MR" {
			continue
		}
		for _, a := range authorities {
			if strings.EqualFold(id.Authority, a) {
				return a + "/" + id.ID, true
			}
		}
	}
	return "", false
}
