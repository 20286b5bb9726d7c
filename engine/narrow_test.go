package engine

import (
	"context"
	"slices"
	"strings"
	"testing"
)

// edgeTests are regexes with the bytes their matches can hold before and
// after the anchor occurrence (narrowing.edges).
var edgeTests = []struct {
	expr            string
	keywords        []string
	preMax, postMax int
	pre             string // bytes pre must hold
	notPre, notPost string // bytes pre and post must not hold
}{
	// an assignment starts at its key word
	{`(?i)token["']?[ \t]*[:=][ \t]*(?P<value>\w+)`, []string{"token"}, 0, -1, "", "\"' ", "\n,"},
	// a quoted key may start with other word bytes
	{`["'][\w.-]*?token["']`, []string{"token"}, -1, 1, "\"_a.", " ,:", "a "},
	{`[ab]key`, []string{"akey", "bkey"}, 0, 0, "", "", ""},
	// "xxxy" holds the keyword one byte in
	{`x{2,3}y`, []string{"xxy"}, 1, 0, "x", "", ""},
	// "refresh", then "_", before the literal "token="
	{`(?:access|refresh)[_-]?token=\w{4}`, []string{"token", "_token"}, 8, 5, "ar_-", " ", " "},
	// the first copy holds the occurrence; later ones come after it
	{`(?:key[0-9]){2}`, []string{"key"}, 0, 5, "", "0", ""},
	{`(?:xkey)+`, []string{"key"}, 1, -1, "x", "", ""},
}

func TestNarrowingAnalysis(t *testing.T) {
	kw := func(ks ...string) [][]byte {
		var out [][]byte
		for _, k := range ks {
			out = append(out, []byte(k))
		}
		return out
	}
	tests := []struct {
		expr     string
		keywords [][]byte
		anchors  []string // nil: no narrowing
		maxLen   int
	}{
		{`\b(?P<value>ghp_[A-Za-z0-9]{36})\b`, kw("ghp_"), []string{"ghp_"}, 40},
		{`(?i)\b(?:secret|token)=[a-z]+`, kw("secret", "token", "zzz"), []string{"secret", "token"}, -1},
		// "pass" alone matches without the keyword
		{`(?i)pass(?:word)?=\w+`, kw("password"), nil, 0},
		// another rule's keyword inside the literal serves as an anchor
		{`(?:access|refresh)[_-]?token=\w{4}`, kw("token", "_token"), []string{"token"}, 0},
		// the product of small alternations: every match holds a keyword
		{`[ab]key`, kw("akey", "bkey"), []string{"akey", "bkey"}, 4},
		{`[ab]key`, kw("akey"), nil, 0},
		// (?i)k also matches U+212A (3 bytes)
		{`(?i)kk`, kw("kk"), []string{"kk"}, 6},
		{`x{2,3}y`, kw("xxy"), []string{"xxy"}, 4},
		{`\d+`, kw("1"), nil, 0},
		// (?i)ö also matches Ö, which the automaton does not fold: the ASCII
		// part holds the anchor, or every spelling must be a keyword
		{`(?i)lösenord=\w+`, kw("senord"), []string{"senord"}, -1},
		{`(?i)ñandu`, kw("ñandu"), nil, 0},
		{`(?i)ñandu`, kw("ñandu", "Ñandu"), []string{"ñandu", "Ñandu"}, 6},
		// 128 spellings: too many to list
		{`(?i)паспорт`, kw("паспорт", "Паспорт", "ПАСПОРТ"), nil, 0},
		{`паспорт`, kw("паспорт"), []string{"паспорт"}, 14},
	}
	for _, tt := range edgeTests {
		n, ok := analyzeNarrowing(tt.expr, kw(tt.keywords...))
		if !ok {
			t.Errorf("%s: no narrowing", tt.expr)
			continue
		}
		if n.preMax != tt.preMax || n.postMax != tt.postMax {
			t.Errorf("%s: preMax %d, postMax %d; want %d, %d", tt.expr, n.preMax, n.postMax, tt.preMax, tt.postMax)
		}
		for _, c := range []byte(tt.pre) {
			if !n.pre.has(c) {
				t.Errorf("%s: %q missing from pre", tt.expr, c)
			}
		}
		for _, c := range []byte(tt.notPre) {
			if n.pre.has(c) {
				t.Errorf("%s: %q in pre", tt.expr, c)
			}
		}
		for _, c := range []byte(tt.notPost) {
			if n.post.has(c) {
				t.Errorf("%s: %q in post", tt.expr, c)
			}
		}
	}
	for _, tt := range tests {
		n, ok := analyzeNarrowing(tt.expr, tt.keywords)
		if ok != (tt.anchors != nil) {
			t.Errorf("%s: narrowing %v, want %v", tt.expr, ok, tt.anchors != nil)
			continue
		}
		if !ok {
			continue
		}
		var got []string
		for _, k := range n.anchors {
			got = append(got, string(tt.keywords[k]))
		}
		if strings.Join(got, ",") != strings.Join(tt.anchors, ",") {
			t.Errorf("%s: anchors %q, want %q", tt.expr, got, tt.anchors)
		}
		if tt.maxLen != 0 && n.maxLen != tt.maxLen {
			t.Errorf("%s: maxLen %d, want %d", tt.expr, n.maxLen, tt.maxLen)
		}
	}
}

// TestNarrowFold checks the segments the narrow windows must scan whole: a
// (?i) regex matches "ſkey" (U+017F) and "sKey" (U+212A), which the ASCII
// keyword automaton does not see as the keyword "skey".
func TestNarrowFold(t *testing.T) {
	e := testEngine(t)
	for _, p := range []string{
		"skey_zzzzzz \u017fkey_abc123",
		"s\u212aey-abcdef skey-zzzzzz9",
		"SKEY-ab12cd\n\u017fkey_abc123 skey",
	} {
		assertSamePaths(t, e, p, []byte(p))
		res := e.Scan(context.Background(), []byte(p), ScanOptions{})
		if len(res.Findings) != 2 {
			t.Errorf("%q: got %d findings, want 2: %+v", p, len(res.Findings), res.Findings)
		}
	}
	for _, p := range []string{"tok:==ab12", "tok:=ab12", "x tok=abcd tok:=efgh, tok==ijkl"} {
		assertSamePaths(t, e, p, []byte(p))
	}
}

// TestAnchorKeywords checks a rule whose matches need not hold one of its
// keywords ("apikey" holds neither "_key" nor `key"`): a piece of them,
// "key", joins the automaton as an anchor only, the rule is narrowed, and
// both paths agree around it.
func TestAnchorKeywords(t *testing.T) {
	e := testEngine(t)
	var r *rule
	for _, x := range e.rules {
		if x.id == "app-key" {
			r = x
		}
	}
	if r == nil || r.nar == nil {
		t.Fatal("app-key has no narrowing")
	}
	var anchors []string
	for _, k := range r.nar.anchors {
		anchors = append(anchors, string(e.keywords[k].text))
		if kw := e.keywords[k]; len(kw.rules) > 0 && string(kw.text) == "key" {
			t.Errorf("anchor %q selects rules %v", kw.text, kw.rules)
		}
	}
	if !slices.Contains(anchors, "key") {
		t.Errorf("anchors %q, want \"key\" among them", anchors)
	}
	for _, p := range []string{
		`"apikey": "abcdefgh12"`,
		`{"app_key": "zzzzzzzz99", "x": "apikey='q1w2e3r4t5'"}`,
		`monkey key"key" apikey="ab" app-key = 'abcdefgh1' "API.KEY":"ABCDEFGH2"`,
		"x_key=1 app_key:'abcdefgh3'\nkeykeykey apikey='abcdefgh4' key\"",
	} {
		assertSamePaths(t, e, p, []byte(p))
		res := e.Scan(context.Background(), []byte(p), ScanOptions{})
		n := 0
		for _, f := range res.Findings {
			if f.Rule == "app-key" {
				n++
			}
		}
		if n == 0 {
			t.Errorf("%q: no app-key finding", p)
		}
	}
}
