package main

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"testing"
)

// TestWriteFindingsJSON checks the hand-written report against
// encoding/json's, byte for byte, on awkward strings and numbers.
func TestWriteFindingsJSON(t *testing.T) {
	val := func(s string) *string { return &s }
	strs := []string{"", "a/b.env", `q"uo\te`, "<html>&amp;", "tab\tnl\n", "é ü 日本", "bad \xff utf-8", "\u2028\u2029", "\x00\x1f"}
	confs := []float64{0, 1, 0.85, 0.1 + 0.2, 1e-7, 1.5e-9, 0.000001, 123456789, 1e21}
	r := rand.New(rand.NewPCG(1, 2))
	cases := [][]scanFinding{nil, {}}
	for n := 1; n < 40; n++ {
		var fs []scanFinding
		for i := 0; i < n%7+1; i++ {
			f := scanFinding{
				Path: strs[r.IntN(len(strs))], Type: strs[r.IntN(len(strs))], Category: "PII", Rule: strs[r.IntN(len(strs))],
				Start: r.IntN(1 << 20), End: r.IntN(1 << 20), Line: r.IntN(1000), Column: r.IntN(300), Confidence: confs[r.IntN(len(confs))],
			}
			if r.IntN(2) == 0 {
				f.Value = val(strs[r.IntN(len(strs))])
			}
			fs = append(fs, f)
		}
		cases = append(cases, fs)
	}
	for i, fs := range cases {
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetIndent("", "  ")
		in := fs
		if in == nil {
			in = []scanFinding{}
		}
		if err := enc.Encode(in); err != nil {
			t.Fatal(err)
		}
		var got bytes.Buffer
		if err := writeFindingsJSON(&got, fs); err != nil {
			t.Fatal(err)
		}
		if got.String() != want.String() {
			t.Fatalf("case %d:\n got %s\nwant %s", i, got.String(), want.String())
		}
	}
}
