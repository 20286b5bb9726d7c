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
				if n.Op == syntax.OpRepeat && n.Max > maxUnicodeRepeat && wideClass(n.Sub[0]) {
					t.Errorf("%s: a Unicode class under {%d,%d}: RE2 unrolls the repetition over the class's UTF-8 ranges", where, n.Min, n.Max)
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

// maxUnicodeRepeat bounds counted repetitions of a class of many
// non-ASCII ranges (\pL, \p{Han}). RE2 compiles such a class to a tree of
// UTF-8 byte ranges and copies it once per repetition: two rules with
// (?:[ \t]+\pL[\pL\pN._-]{0,19}){0,3} took 94 ms of the 140 ms that
// compiling every built-in regex takes (stop 19), and veil's start-up
// doubled. An ASCII class, or a negated one ([^\s]), stays small.
const maxUnicodeRepeat = 4

// wideClass reports whether re holds a character class with more than 32
// ranges reaching beyond ASCII, outside a negation.
func wideClass(re *syntax.Regexp) bool {
	wide := false
	walk(re, func(n *syntax.Regexp) {
		if n.Op != syntax.OpCharClass || len(n.Rune) < 64 {
			return
		}
		// a negated class is written as the complement's ranges and
		// always ends at the top of the Unicode range
		if n.Rune[len(n.Rune)-1] == 0x10FFFF {
			return
		}
		if n.Rune[len(n.Rune)-1] > 0x7F {
			wide = true
		}
	})
	return wide
}

func contains(list []string, v string) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}

// TestWideClass checks the lint's test for a class RE2 unrolls expensively.
func TestWideClass(t *testing.T) {
	for _, c := range []struct {
		expr string
		want bool
	}{
		{`\pL`, true},
		{`[\pL\pN._-]`, true},
		{`[a-z0-9]`, false},
		{`[^\s"]`, false}, // a negation is small in RE2
		{`\s`, false},
	} {
		re, err := syntax.Parse(c.expr, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		if got := wideClass(re); got != c.want {
			t.Errorf("wideClass(%s) = %v, want %v", c.expr, got, c.want)
		}
	}
}
