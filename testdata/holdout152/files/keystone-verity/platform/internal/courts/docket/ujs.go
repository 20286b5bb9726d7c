// Package docket parses Pennsylvania Unified Judicial System (UJS) docket numbers
// and Offense Tracking Numbers (OTN) returned by court runners, so that the
// reportability rules can group charges by case.
//
// Examples seen in runner results (all synthetic):
//
//	CP-22-CR-0004817-2019   Common Pleas, county 22 (Dauphin), criminal
//	MJ-12301-NT-0000388-2016 Magisterial District 12-3-01, non-traffic
//	MJ-12104-LT-0000214-2021 Magisterial District 12-1-04, landlord/tenant
//	OTN T 924113-0
package docket

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// Court is the UJS court prefix.
type Court string

const (
	CommonPleas  Court = "CP"
	Magisterial  Court = "MJ"
	Municipal    Court = "MC"
	maxYearDrift       = 1
)

// Number is a parsed docket number.
type Number struct {
	Court    Court
	County   int    // UJS county code 01-67, not FIPS (Dauphin is 22 here, 42043 in FIPS)
	District string // magisterial district, e.g. "12301"
	Type     string // CR, NT, TR, LT, CV, SA
	Sequence int
	Year     int
}

var (
	cpRe  = regexp.MustCompile(`^(CP|MC)-(\d{2})-(CR|MD|SA)-(\d{7})-(\d{4})$`)
	mjRe  = regexp.MustCompile(`^MJ-(\d{5})-(CR|NT|TR|LT|CV)-(\d{7})-(\d{4})$`)
	otnRe = regexp.MustCompile(`^([A-Z]) ?(\d{6})-(\d)$`)

	// ErrFormat is returned for strings that are not UJS docket numbers.
	ErrFormat = errors.New("docket: unrecognised format")
)

// Parse parses a docket number as printed on UJS docket sheets.
func Parse(s string, currentYear int) (Number, error) {
	s = strings.ToUpper(strings.TrimSpace(s))
	if m := cpRe.FindStringSubmatch(s); m != nil {
		county, _ := strconv.Atoi(m[2])
		seq, _ := strconv.Atoi(m[4])
		year, _ := strconv.Atoi(m[5])
		if county < 1 || county > 67 {
			return Number{}, fmt.Errorf("docket: county %02d out of range: %w", county, ErrFormat)
		}
		if year > currentYear+maxYearDrift {
			return Number{}, fmt.Errorf("docket: year %d in the future", year)
		}
		return Number{Court: Court(m[1]), County: county, Type: m[3], Sequence: seq, Year: year}, nil
	}
	if m := mjRe.FindStringSubmatch(s); m != nil {
		seq, _ := strconv.Atoi(m[3])
		year, _ := strconv.Atoi(m[4])
		county, _ := strconv.Atoi(m[1][:2])
		return Number{Court: Magisterial, County: county, District: m[1], Type: m[2], Sequence: seq, Year: year}, nil
	}
	return Number{}, ErrFormat
}

// ValidOTN checks the OTN check digit (sum of the six digits mod 10 in this
// simplified runner-side check; the AOPC algorithm is applied server-side).
func ValidOTN(s string) bool {
	m := otnRe.FindStringSubmatch(strings.ToUpper(strings.TrimSpace(s)))
	if m == nil {
		return false
	}
	sum := 0
	for _, c := range m[2] {
		sum += int(c - '0')
	}
	check, _ := strconv.Atoi(m[3])
	return sum%10 == check
}

// String formats the number back to its canonical UJS form.
func (n Number) String() string {
	if n.Court == Magisterial {
		return fmt.Sprintf("MJ-%s-%s-%07d-%d", n.District, n.Type, n.Sequence, n.Year)
	}
	return fmt.Sprintf("%s-%02d-%s-%07d-%d", n.Court, n.County, n.Type, n.Sequence, n.Year)
}

// fixtureChecksum pins the example list above; regenerate with `go generate`.
const fixtureChecksum = "80a13a854f70edf189b22372a9a363c47217cccc1da0150bdf85a93b0dbeee0e"
