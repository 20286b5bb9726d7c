package engine

import (
	"reflect"
	"testing"

	re2 "github.com/wasilibs/go-re2"
)

// TestValueFromBounds checks, for every built-in rule whose value the fast
// path takes from RE2's match bounds (whole match or unique split), that
// it equals the value RE2's submatch engine reports, over the rule samples
// and the labelled corpus.
func TestValueFromBounds(t *testing.T) {
	e := builtinEngine(t)
	texts := ruleAndCorpusTexts(t, true)
	fast, ref := &scan{e: e}, &scan{e: e, ref: true}
	checked, whole, split := 0, 0, 0
	for _, r := range e.rules {
		switch {
		case r.wholeValue:
			whole++
		case r.split != nil:
			split++
		default:
			continue
		}
		for _, text := range texts {
			got := append([]reMatch{}, fast.find(r, text)...)
			want := append([]reMatch{}, ref.find(r, text)...)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("%s: value from bounds %+v, RE2 submatch %+v\ntext: %q", r.id, got, want, text)
			}
			checked += len(got)
		}
	}
	if checked < 1000 || whole < 50 || split < 30 {
		t.Errorf("checked %d matches (%d whole-value rules, %d split rules): too few", checked, whole, split)
	}
}

func TestValueSplitAnalysis(t *testing.T) {
	tests := []struct {
		expr string
		ok   bool
		text string // a match of expr
		// located: the split is found from the bytes (else locate leaves
		// this match to RE2)
		located bool
	}{
		{`\b(?P<value>ghp_[A-Za-z0-9]{36})(?:[^A-Za-z0-9]|\b)`, true, "ghp_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa,", true},
		{`["'](?P<value>[^"'\s]+)["']`, true, `"abc"`, true},
		{`[,;][ \t]*["']?(?P<value>\d{4}-\d\d)["']?[ \t]*[,;]`, true, `, "1999-04" ;`, true},
		{`token[ \t]*[:=][ \t]*(?P<value>[A-Za-z0-9]+)`, true, "token : abc", true},
		// '=' may end the key or start the value: counted per match
		{`token(?::=|[:=])(?P<value>[A-Za-z0-9=]+)`, true, "token=abc", true},
		{`token(?::=|[:=])(?P<value>[A-Za-z0-9=]+)`, true, "token:=abc", false},
		{`token(?::=|[:=])(?P<value>[A-Za-z0-9=]+)`, true, "token:==abc", false},
		{`(?i)tok[ \t]*(?::=|[:=])[ \t]*["']?(?P<value>[A-Za-z0-9=]{4,})`, true, "TOK := 'ab=c", true},
		{`(?i)tok[ \t]*(?::=|[:=])[ \t]*["']?(?P<value>[A-Za-z0-9=]{4,})`, true, "tok:=abc", true},
		// the byte tests leave "sk-" (a '-' that could end "<-") and the
		// "-" of "api-key" open; P's whole-match test settles them
		{`(?i)(?:api|access)[_.-]?key["']?[ \t]*(?::=|=>|<-|[:=])[ \t]*["']?(?P<value>[A-Za-z0-9_+=~%-][A-Za-z0-9_./+=~%-]*)`, true, `api_key: "sk-ant-api03-PEk4ynGUm0jH7QzU`, true},
		{`\b(?i:pass)[ \t]+(?:is|to)[ \t]+(?P<value>[A-Za-z0-9]+)`, true, "pass to Wto9", true},
		// non-ASCII before the value: Go's case folding is not RE2's, so
		// the whole-match test is not made and RE2 decides
		{`(?i)(?:api|access)[_.-]?key["']?[ \t]*(?::=|=>|<-|[:=])[ \t]*["']?(?P<value>[A-Za-z0-9_+=~%-][A-Za-z0-9_./+=~%-]*)`, true, "apiKey: sk-ant", false},
		// nullable value
		{`key=(?P<value>[a-z]*)`, false, "key=", false},
		{`(?P<value>a+)(?P<value2>b+)`, true, "aabb", true},
		{`x(?:(?P<value>a)|b)`, false, "xa", false},
	}
	for _, tt := range tests {
		sp, ok := analyzeSplit(tt.expr)
		if ok != tt.ok {
			t.Errorf("%s: split %v, want %v", tt.expr, ok, tt.ok)
			continue
		}
		if !ok {
			continue
		}
		re := re2.MustCompile(tt.expr)
		m := re.FindSubmatchIndex([]byte(tt.text))
		g := re.SubexpIndex("value")
		if m == nil || m[0] != 0 || m[1] != len(tt.text) {
			t.Fatalf("%s: %q is not a whole match (%v)", tt.expr, tt.text, m)
		}
		vs, ve, ok := sp.locate([]byte(tt.text))
		if ok != tt.located || ok && (vs != m[2*g] || ve != m[2*g+1]) {
			t.Errorf("%s on %q: located [%d,%d) ok=%v, RE2 says [%d,%d)", tt.expr, tt.text, vs, ve, ok, m[2*g], m[2*g+1])
		}
	}
	// A \b inside P, not leading it, would be judged without the bytes
	// after w[:e]: no whole-match test.
	for expr, want := range map[string]bool{
		`(?i)\bkey[ \t]*[:=](?P<value>[a-z=]+)`:       true,
		`(?i)key\b[ \t]*[:=](?P<value>[a-z=]+)`:       false,
		`(?i)(?:\b|_)key[ \t]*[:=](?P<value>[a-z=]+)`: false,
	} {
		sp, ok := analyzeSplit(expr)
		if !ok || !sp.startByCount {
			t.Fatalf("%s: no counted split", expr)
		}
		if got := sp.exact() != nil; got != want {
			t.Errorf("%s: whole-match test of P %v, want %v", expr, got, want)
		}
	}
	for expr, want := range map[string]bool{
		`\b(?P<value>[a-z]+)\b`:             true,
		`(?P<value>[a-z]+)`:                 true,
		`[a-z]+`:                            true,
		`\b(?P<value>[a-z]+)(?:,|\b)`:       false,
		`(?i)x(?P<value>[a-z]+)`:            false,
		`(?:\b|_)(?P<value>[a-z]+)(?:\b|_)`: false,
	} {
		if got := valueIsMatch(expr); got != want {
			t.Errorf("valueIsMatch(%s) = %v, want %v", expr, got, want)
		}
	}
}
