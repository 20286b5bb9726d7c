package detectors

import (
	"math"
	"testing"
)

// FuzzValidators runs every validator kind on arbitrary payloads and spans.
// Validators must not panic on any valid candidate, and must answer with a
// defined verdict and a finite delta.
func FuzzValidators(f *testing.F) {
	var validators []Validator
	for _, kind := range Kinds() {
		v, err := Build(minimalSpec(kind))
		if err != nil {
			f.Fatalf("Build(%q): %v", kind, err)
		}
		validators = append(validators, v)
	}
	for _, h := range hotPath {
		f.Add(h.c.Payload, h.c.MatchStart, h.c.Start, h.c.End, h.c.MatchEnd)
	}
	for _, s := range structureCases {
		f.Add(s.c.Payload, s.c.MatchStart, s.c.Start, s.c.End, s.c.MatchEnd)
	}
	f.Add([]byte("-----BEGIN RSA PRIVATE KEY-----\nMII\n-----END"), 0, 0, 40, 40)
	f.Add([]byte("key=::ffff:1.2.3.4%eth0"), 0, 4, 23, 23)
	f.Add([]byte("\u2022\u2022\u2022 ${X} \u2026"), 0, 0, 3, 3)
	f.Add([]byte(""), 0, 0, 0, 0)

	f.Fuzz(func(t *testing.T, payload []byte, ms, s, e, me int) {
		c := clampCandidate(payload, ms, s, e, me)
		for _, v := range validators {
			o := v.Validate(c)
			if o.Verdict != NoOpinion && o.Verdict != Confirm && o.Verdict != Reject {
				t.Errorf("%s: verdict %d", v.Name(), o.Verdict)
			}
			if math.IsNaN(o.Delta) || math.IsInf(o.Delta, 0) {
				t.Errorf("%s: delta %v", v.Name(), o.Delta)
			}
		}
	})
}

// clampCandidate turns four arbitrary ints into valid spans of payload:
// 0 <= MatchStart <= Start <= End <= MatchEnd <= len(payload).
func clampCandidate(payload []byte, ms, s, e, me int) Candidate {
	n := len(payload)
	pos := func(x int) int {
		if x < 0 {
			x = -(x + 1) // avoid overflow on math.MinInt
		}
		return x % (n + 1)
	}
	p := [4]int{pos(ms), pos(s), pos(e), pos(me)}
	// Sort the four positions so they nest.
	for i := 1; i < len(p); i++ {
		for j := i; j > 0 && p[j] < p[j-1]; j-- {
			p[j], p[j-1] = p[j-1], p[j]
		}
	}
	return Candidate{Payload: payload, MatchStart: p[0], Start: p[1], End: p[2], MatchEnd: p[3]}
}
