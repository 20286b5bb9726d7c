package rules

import (
	"regexp/syntax"
	"strings"
	"testing"
)

// maxRepeatSpread bounds the spread of counted repetitions ({min,max},
// max-min) in built-in regexes. RE2's DFA grows with it: rules with
// x{20,200} or nested x{0,61} scanned 6-10x slower than their peers (engine
// BenchmarkScan, Nov 2026). Write + and check lengths with the length
// validator instead. Exact counts ({40}) and long minimums ({100,}) are
// linear in the DFA and allowed.
const maxRepeatSpread = 32

// TestBuiltinLint holds the built-in rules to the conventions the engine's
// speed and precision rely on.
func TestBuiltinLint(t *testing.T) {
	files, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		for _, r := range f.Rules {
			where := f.Path + ": " + r.ID
			re, err := syntax.Parse(r.Regex, syntax.Perl)
			if err != nil {
				t.Errorf("%s: %v", where, err)
				continue
			}
			walk(re, func(n *syntax.Regexp) {
				if n.Op == syntax.OpRepeat && n.Max != -1 && n.Max-n.Min > maxRepeatSpread {
					t.Errorf("%s: repetition {%d,%d} spreads more than %d: use + and a length validator", where, n.Min, n.Max, maxRepeatSpread)
				}
			})
			if re.CapNames() != nil && !contains(re.CapNames(), "value") && strings.Contains(r.Regex, "(?P<") {
				t.Errorf("%s: named groups other than value", where)
			}
			for _, k := range r.Keywords {
				if len(k) < 3 {
					t.Errorf("%s: keyword %q is shorter than 3 bytes: it selects too much", where, k)
				}
				if k != strings.ToLower(k) {
					t.Errorf("%s: keyword %q is not lower-case", where, k)
				}
			}
			if r.Description == "" {
				t.Errorf("%s: no description", where)
			}
		}
	}
}

func contains(list []string, v string) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}
