package engine

import (
	"context"
	"strings"
	"testing"
)

// TestClassGroups checks which built-in rules get class narrowing and that
// every group's alphabet holds its rules' alphabets.
func TestClassGroups(t *testing.T) {
	e := builtinNoSet(t)
	byID := map[string]*rule{}
	for _, r := range e.rules {
		byID[r.id] = r
	}
	for _, id := range []string{"card-visa", "phone-nanp", "phone-de", "us-ssn", "ipv4-address", "ipv6-address", "mac-address", "iban-code", "email-address"} {
		r := byID[id]
		if r == nil {
			t.Fatalf("no built-in rule %s", id)
		}
		if r.cls == nil {
			t.Errorf("%s: no class narrowing", id)
			continue
		}
		g := &e.classes[r.cls.group]
		for c := 0; c < 256; c++ {
			if r.cls.alpha[c] && !g.alpha[c] {
				t.Errorf("%s: byte %#x in its alphabet but not in its group's", id, c)
			}
		}
		if g.minLen > r.cls.minLen {
			t.Errorf("%s: group minLen %d above the rule's %d", id, g.minLen, r.cls.minLen)
		}
		if r.sep < 0 || r.cls.alpha[r.sep] || isWordByte(byte(r.sep)) {
			t.Errorf("%s: separator %d is not a non-word byte outside its alphabet", id, r.sep)
		}
	}
	// Month names make the date rules' alphabet too large to help, and
	// keyword rules narrow by their keywords instead.
	for _, id := range []string{"date-of-birth-column", "aws-access-key-id"} {
		if byID[id].cls != nil {
			t.Errorf("%s: unexpected class narrowing", id)
		}
	}
	if len(e.classes) == 0 || len(e.classes) > maxClassGroups {
		t.Errorf("%d class groups, want 1..%d", len(e.classes), maxClassGroups)
	}
	// The card and phone rules share one pass over the payload.
	if byID["card-visa"].cls.group != byID["phone-nanp"].cls.group {
		t.Error("card-visa and phone-nanp in different groups")
	}
}

func TestSeparatorFor(t *testing.T) {
	var digits byteSet
	digits.addRange('0', '9')
	if got := separatorFor(&digits); got != '\n' {
		t.Errorf("digits: separator %d, want a line feed", got)
	}
	withNL := digits
	withNL.add('\n')
	withNL.add(0)
	if got := separatorFor(&withNL); got != 1 {
		t.Errorf("digits and \\n, \\0: separator %d, want 1", got)
	}
	var all byteSet
	all.addRange(0, 0x7f)
	if got := separatorFor(&all); got != -1 {
		t.Errorf("all ASCII: separator %d, want -1", got)
	}
}

// TestClassNarrowingEdges runs the class-narrowed path over payloads where
// the joined intervals meet their edges: values next to word bytes, at the
// start and end of the payload, on both sides of a soft segment cut, many
// intervals on one line and values split by a line feed. Each must give
// the reference path's findings, and the values listed must be found.
func TestClassNarrowingEdges(t *testing.T) {
	e := builtinNoSet(t)
	long := strings.Repeat("field,", 60) // past softSegmentBytes: cut after a comma
	cases := []struct {
		name    string
		payload string
		want    []string // rule ids that must be in the findings
	}{
		{"start and end", "4111 1111 1111 1111 paid, call +1 415-555-0100", []string{"card-visa", "phone-nanp"}},
		{"word bytes around", "id4111111111111111x ref=4111111111111111 at 10.20.30.40:8080", []string{"card-visa", "ipv4-address"}},
		{"many on a line", "2024-01-15T10:22:33Z 93.184.216.34 -> 10.1.2.4 (415) 555-0100 ssn 078-05-1120 mac 00:1a:2b:3c:4d:5e", []string{"ipv4-address", "phone-nanp", "mac-address"}},
		{"soft cut", long + "4111-1111-1111-1111," + long + "maria.delgado@brightline-health.org,", []string{"card-visa", "email-address"}},
		{"split by a line", "4111 1111\n1111 1111\r\n+44 20 7946 0958\r\n", []string{"phone-gb"}},
		{"iban", "pay to DE44 5001 0517 5407 3249 31 today", []string{"iban-code"}},
	}
	for _, c := range cases {
		assertSamePaths(t, e, c.name, []byte(c.payload))
		res := e.Scan(context.Background(), []byte(c.payload), ScanOptions{MinConfidence: 1e-9})
		found := map[string]bool{}
		for _, f := range res.Findings {
			found[f.Rule] = true
			for _, cv := range f.Covered {
				found[cv.Rule] = true
			}
		}
		for _, id := range c.want {
			if !found[id] {
				t.Errorf("%s: no %s finding in %+v", c.name, id, res.Findings)
			}
		}
	}
}
