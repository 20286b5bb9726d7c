package engine

import (
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/wasilibs/go-re2"
)

// TestPrefilterNecessary checks that no built-in rule's prefilter rules out
// text in which its regex matches: over every rule sample, every corpus
// file, and every match alone (the shortest text holding it).
func TestPrefilterNecessary(t *testing.T) {
	e := builtinEngine(t)
	texts := ruleAndCorpusTexts(t, false)
	with, matches := 0, 0
	for _, r := range e.rules {
		if r.pre == nil {
			continue
		}
		with++
		for _, text := range texts {
			for _, m := range r.re.FindAllIndex(text, -1) {
				matches++
				if w := text[m[0]:m[1]]; !r.pre.possible(w) {
					t.Fatalf("%s: prefilter rules out its own match %q", r.id, w)
				}
			}
		}
	}
	if with < 100 || matches < 1000 {
		t.Errorf("%d rules with a prefilter, %d matches checked: too few", with, matches)
	}
}

func TestPrefilterAnalysis(t *testing.T) {
	tests := []struct {
		expr    string
		minLen  int
		yes, no string
	}{
		{`(?i)token[ \t]*[:=][ \t]*(?P<value>\w+)`, 7, "TOKEN: abc", "token abc and more"},
		{`\b\d{3}-\d{4}\b`, 8, "555-1234", "555 1234 x"},
		{`["'](?P<value>[^"']+)["']`, 3, `'abc'`, "abc def"},
		{`(?:ab|cd)x`, 3, "cdx", "abyy"},
	}
	for _, tt := range tests {
		f := newPrefilter(tt.expr)
		if f == nil {
			t.Errorf("%s: no prefilter", tt.expr)
			continue
		}
		if f.minLen != tt.minLen {
			t.Errorf("%s: minLen %d, want %d", tt.expr, f.minLen, tt.minLen)
		}
		if !f.possible([]byte(tt.yes)) {
			t.Errorf("%s: rules out %q", tt.expr, tt.yes)
		}
		if f.possible([]byte(tt.no)) {
			t.Errorf("%s: does not rule out %q", tt.expr, tt.no)
		}
	}
}

// TestFindAllIndexEqualsRE2 checks the scan's findAllIndex, which saves
// RE2 calls, against FindAllIndex itself, for every built-in rule over
// rule samples, corpus files and random payloads.
func TestFindAllIndexEqualsRE2(t *testing.T) {
	e := builtinEngine(t)
	texts := ruleAndCorpusTexts(t, true)
	r := rand.New(rand.NewPCG(7, 8))
	for i := 0; i < 300; i++ {
		texts = append(texts, randomPayload(r))
	}
	s := &scan{}
	for _, rule := range e.rules {
		for _, text := range texts {
			want := rule.re.FindAllIndex(text, -1)
			got := s.findAllIndex(rule, rule.re, text)
			if len(got) != len(want) || len(want) > 0 && !reflect.DeepEqual(got, want) {
				t.Fatalf("%s on %.80q: got %v, want %v", rule.id, text, got, want)
			}
		}
	}
}

// TestFindAllIndexEmptyMatches covers regexes the loader rejects (they can
// match the empty string): findAllIndex must still agree with RE2, which
// drops an empty match touching the previous match.
func TestFindAllIndexEmptyMatches(t *testing.T) {
	s := &scan{}
	for _, tt := range []struct{ expr, text string }{
		{`a-|\b`, "a-b"},
		{`x*`, "axxb"},
		{`\bab|\b`, "ab ab"},
	} {
		r := &rule{re: re2.MustCompile(tt.expr)}
		want := r.re.FindAllIndex([]byte(tt.text), -1)
		if got := s.findAllIndex(r, r.re, []byte(tt.text)); !reflect.DeepEqual(got, want) {
			t.Errorf("%s on %q: got %v, want %v", tt.expr, tt.text, got, want)
		}
	}
}

// TestAllowPrefilterLiteral checks the literal an allowlist regex's
// prefilter records: it rules out values without it, never a value the
// regex matches.
func TestAllowPrefilterLiteral(t *testing.T) {
	for _, tc := range []struct {
		expr     string
		lit      string
		prefix   bool
		match    []string
		ruledOut []string
	}{
		{`^pk\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$`, "pk.eyJ", true,
			[]string{"pk.eyJ1IjoiYSJ9.abc"}, []string{"sk.eyJ1IjoiYSJ9.abc", "x pk.eyJ1.a"}},
		{`AccountKey=Eby8vdM02x`, "AccountKey=Eby8vdM02x", false,
			[]string{"DefaultEndpointsProtocol=http;AccountKey=Eby8vdM02x;"}, []string{"AccountKey=Zq7"}},
		{`(?i)^pk\.`, "", false, []string{"PK.x"}, nil},
		{`^[a-z]+@example\.com$`, "", false, []string{"jo@example.com"}, nil},
	} {
		f := newAllowPrefilter(tc.expr)
		var lit string
		var prefix bool
		if f != nil {
			lit, prefix = string(f.lit), f.litPrefix
		}
		if lit != tc.lit || prefix != tc.prefix {
			t.Errorf("%s: literal %q (prefix %v), want %q (prefix %v)", tc.expr, lit, prefix, tc.lit, tc.prefix)
		}
		re := re2.MustCompile(tc.expr)
		for _, v := range tc.match {
			if !re.MatchString(v) {
				t.Fatalf("%s: test value %q does not match", tc.expr, v)
			}
			if f != nil && !f.possible([]byte(v)) {
				t.Errorf("%s: prefilter rules out %q, which matches", tc.expr, v)
			}
		}
		for _, v := range tc.ruledOut {
			if f.possible([]byte(v)) {
				t.Errorf("%s: prefilter lets %q through", tc.expr, v)
			}
		}
	}
}
