package engine

import (
	"bytes"
	"context"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// segmentPlain is segment written byte by byte with branches, as it was
// before the line and digit-automaton fast paths: the specification they
// are checked against.
func segmentPlain(gate *[256]uint8, p []byte) (starts []int, hard []bool, digits, gates []uint8) {
	start, run, seps, longest := 0, 0, 0, 0
	isHardStart := false
	var g uint8
	add := func(at int) {
		starts, hard = append(starts, at), append(hard, isHardStart)
		digits, gates = append(digits, uint8(longest)), append(gates, g)
	}
	for i := 0; i < len(p); i++ {
		c := p[i]
		g |= gate[c]
		switch {
		case c >= '0' && c <= '9':
			run = min(run+1, maxDigitRun)
			seps = 0
			longest = max(longest, run)
		case isDigitSep(c) && run > 0:
			if seps++; seps > 2 {
				run, seps = 0, 0
			}
		default:
			run, seps = 0, 0
		}
		n := i + 1 - start
		cut, isHard := c == '\n' || (n >= softSegmentBytes && isCutSep(c) && cutAfter(p, i)), false
		if !cut && n >= hardSegmentBytes {
			cut, isHard = true, true
		}
		if cut {
			add(start)
			start, run, seps, longest, isHardStart, g = i+1, 0, 0, 0, isHard, 0
		}
	}
	if start < len(p) || len(p) == 0 {
		add(start)
	}
	return append(starts, len(p)), hard, digits, gates
}

func TestSegmentMatchesPlain(t *testing.T) {
	e := builtinEngine(t)
	r := rand.New(rand.NewPCG(3, 4))
	s := &scan{}
	check := func(p []byte) {
		t.Helper()
		s.reset(e, context.Background(), p)
		s.segment()
		starts, hard, digits, gates := segmentPlain(&e.byteGate, p)
		if !slices.Equal(s.starts, starts) || !slices.Equal(s.hard, hard) ||
			!slices.Equal(s.digits, digits) || !slices.Equal(s.gates, gates) {
			t.Fatalf("segment(%q):\n got %v %v %v %v\nwant %v %v %v %v", p,
				s.starts, s.hard, s.digits, s.gates, starts, hard, digits, gates)
		}
	}
	check(nil)
	check([]byte("\n"))
	check(make([]byte, softSegmentBytes))
	for i := 0; i < 3000; i++ {
		check(randomPayload(r))
	}
	// Long lines: no separator (hard cuts), one at the soft and at the hard
	// bound, sparse ones, and a line ending exactly at a hard cut.
	long := slices.Repeat([]byte("word 12 "), 1300)
	check(long)
	check(append(slices.Clone(long), '\n'))
	check(long[:2*hardSegmentBytes])
	for _, at := range []int{softSegmentBytes - 2, softSegmentBytes - 1, softSegmentBytes, hardSegmentBytes - 1, hardSegmentBytes, 3 * softSegmentBytes} {
		l := slices.Clone(long)
		l[at] = ','
		check(l)
		check(append(l[:at+1], "\nabc"...))
	}
	// '>' of "=>", "->" and opening tags is no cut; of closing and
	// self-closing tags it is.
	for _, unit := range []string{`"k"=>"v", `, `a->b `, `<b>x</b> `, `<br/> `, `x > y `, "<p\n>", `f("k", "v") `, `"a","b":1,`, `["a", 'b'],`, `f('k', 'v`, "k:\tv\t", "k=\tv\t"} {
		check(slices.Repeat([]byte(unit), 600))
	}
	// Digit runs longer than the cap, and separators three in a row.
	check(append([]byte("1 2  3   4 "), slices.Repeat([]byte("9"), 300)...))
}

// TestLongLineCutsKeepPairs checks that a key and its value are found
// wherever the long line holding them is cut: the cut after the soft bound
// never falls inside "=>" pairs or between an opening tag and its text.
func TestLongLineCutsKeepPairs(t *testing.T) {
	e := builtinEngine(t)
	for _, tmpl := range []string{
		`{"msg":"%s", "user"=>{"password"=>"Wiosna!2024pl"}}`,
		`<row note="%s"><password>Fq2#nLs8Wt</password></row>`,
		`{"body":"<p>%s temp password is <b>birch-uo45-Quartz2!</b> - ok</p>"}`,
		`{"msg":"%s", "cfg": define( 'DB_PASSWORD', 'ZEhkm^W88EleZHwa' )}`,
		"%s\tDB_PASSWORD:\tHunt3r-Gr4ss9",
	} {
		for n := softSegmentBytes - 60; n < softSegmentBytes+60; n++ {
			p := []byte(strings.Replace(tmpl, "%s", strings.Repeat("x", n), 1))
			found := false
			for _, f := range e.Scan(context.Background(), p, ScanOptions{}).Findings {
				found = found || f.Type == "PASSWORD"
			}
			if !found {
				t.Errorf("%.40s... with %d bytes of padding: no password found", tmpl, n)
			}
		}
	}
}

// TestReleaseUnpinsLargeBuffers checks that a scan returned to the pool
// keeps neither payload bytes nor the buffers a large, keyword-dense
// payload grew.
func TestReleaseUnpinsLargeBuffers(t *testing.T) {
	e := builtinEngine(t)
	p := bytes.Repeat([]byte("eyJ 1\n"), 200_000) // 200,000 segments and keyword hits
	s := &scan{}
	s.reset(e, context.Background(), p)
	s.segment()
	s.findKeywords()
	s.findKeywordsNaive() // the lowered copy
	if cap(s.starts) <= 1<<16 || cap(s.occ) <= 1<<16 {
		t.Fatalf("payload too small to test: %d segments, %d occurrences", cap(s.starts), cap(s.occ))
	}
	lower := s.lower[:cap(s.lower)]
	s.release()
	if cap(s.starts) > 1<<16 || cap(s.hard) > 1<<16 || cap(s.digits) > 1<<16 || cap(s.gates) > 1<<16 || cap(s.occ) > 1<<16 {
		t.Errorf("pooled scan keeps %d segments and %d occurrences of capacity", cap(s.starts), cap(s.occ))
	}
	if bytes.Contains(lower, []byte("eyj")) {
		t.Error("the lowered payload copy was not cleared")
	}
}

// BenchmarkSegment measures segmentation alone on 16 KB of ticket prose
// (long lines, few digits) and of JSON log lines (digits everywhere).
func BenchmarkSegment(b *testing.B) {
	e := builtinEngine(b)
	for _, c := range []struct{ name, unit string }{
		{"prose", "Customer wrote on 2024-03-01 about order 4411 that the card ending 4242 was charged twice and asked for a refund please "},
		{"jsonlog", `{"ts":"2024-03-01T10:00:00.123Z","id":48213,"ip":"10.2.3.4","dur_ms":12.5,"user":"u8812"}` + "\n"},
	} {
		p := bytes.Repeat([]byte(c.unit), 16<<10/len(c.unit)+1)[:16<<10]
		b.Run(c.name, func(b *testing.B) {
			s := &scan{}
			b.SetBytes(int64(len(p)))
			for b.Loop() {
				s.reset(e, context.Background(), p)
				s.segment()
			}
		})
	}
}

// TestCutKeepsHostPort checks that a long line is not cut at the comma
// between an ADO.NET connection string's host and port ("...net,1433;"):
// the cut would part the string's password from its start.
func TestCutKeepsHostPort(t *testing.T) {
	e := builtinEngine(t)
	conn := `Server=tcp:sql-orders.database.windows.net,1433;Initial Catalog=orders;User ID=orders_app;Password=vN4q-Tz8w_Lr2mKp7x;Encrypt=True;`
	p := []byte(`{"requestbody":"{\"a\":\"` + strings.Repeat("x", softSegmentBytes) + `\",\"ConnectionStrings__Orders\":\"` + conn + `\"}"}`)
	res := e.Scan(context.Background(), p, ScanOptions{})
	for _, f := range res.Findings {
		if string(p[f.Start:f.End]) == conn && f.Type == "DATABASE_CONNECTION_STRING" {
			return
		}
	}
	t.Errorf("no DATABASE_CONNECTION_STRING over the whole string: %+v", res.Findings)
}
