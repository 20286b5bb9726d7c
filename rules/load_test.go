package rules

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
)

const goodRule = `rules:
  - id: demo-token
    type: DEMO_TOKEN
    category: SECRET
    keywords: [demo_]
    regex: '\b(?P<value>demo_[a-z0-9]{8})\b'
    confidence: 0.9
    validators:
      - kind: placeholder
    samples:
      match: ['t = demo_ab12cd34', {text: 'x demo_zz99yy88', value: demo_zz99yy88}]
      no_match: ['demo_', 'nothing']
allowlist:
  values: [demo_00000000]
`

func TestParseGood(t *testing.T) {
	f, err := Parse("good.yaml", []byte(goodRule))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(f.Rules), 1; got != want {
		t.Fatalf("rules: got %d, want %d", got, want)
	}
	r := f.Rules[0]
	if r.Line != 2 {
		t.Errorf("rule line: got %d, want 2", r.Line)
	}
	if got := r.Validators[0].Line; got != 9 {
		t.Errorf("validator line: got %d, want 9", got)
	}
	if got := r.Samples.Match[1]; got.Value != "demo_zz99yy88" || got.Line != 11 {
		t.Errorf("sample: got %+v", got)
	}
	if got := f.Allowlist.Values; len(got) != 1 || got[0] != "demo_00000000" {
		t.Errorf("allowlist: got %v", got)
	}
}

// TestParseErrors asserts the exact message for each invalid fixture: a user
// must be able to go straight to the file, line and rule.
func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, edit, want string
	}{
		{"unknown key", "    confidence: 0.9\n", "bad.yaml:8: rule \"demo-token\": unknown key \"colour\" (known: allow, category, confidence, container, description, gate, generic, id, keywords, multiline, regex, samples, table, type, validators, window)"},
		{"bad regex", "    regex: '\\b(?P<value>demo_[a-z0-9]{8})\\b'\n", "bad.yaml:2: rule \"demo-token\": regex: error parsing regexp: missing closing ): `(demo`"},
		{"anchor", "    regex: '\\b(?P<value>demo_[a-z0-9]{8})\\b'\n", "bad.yaml:2: rule \"demo-token\": regex: anchors ^, $, \\A and \\z are not allowed (segments are cut at line ends): use \\b"},
		{"not word boundary", "    regex: '\\b(?P<value>demo_[a-z0-9]{8})\\b'\n", "bad.yaml:2: rule \"demo-token\": regex: \\B is not allowed (its meaning changes at segment edges)"},
		{"empty match", "    regex: '\\b(?P<value>demo_[a-z0-9]{8})\\b'\n", "bad.yaml:2: rule \"demo-token\": regex: pattern matches the empty string"},
		{"category", "    category: SECRET\n", "bad.yaml:2: rule \"demo-token\": category \"KEY\" must be one of PII, SECRET, CREDENTIAL"},
		{"validator kind", "      - kind: placeholder\n", "bad.yaml:9: rule \"demo-token\": unknown validator kind \"lunh\""},
		{"validator param", "      - kind: placeholder\n", "bad.yaml:9: rule \"demo-token\": validator \"luhn\" does not take parameter \"words\""},
		{"no gate", "    keywords: [demo_]\n", "bad.yaml:2: rule \"demo-token\": a rule without keywords needs a gate (any_of or min_digits)"},
		{"sample value", "      match: ['t = demo_ab12cd34', {text: 'x demo_zz99yy88', value: demo_zz99yy88}]\n", "bad.yaml:11: rule \"demo-token\": sample value is not in its text"},
		{"multiline without keywords", "    keywords: [demo_]\n", "bad.yaml:2: rule \"demo-token\": a multiline rule needs keywords (it runs over the whole payload, selected by them)"},
		{"empty gate literal", "    keywords: [demo_]\n", "bad.yaml:2: rule \"demo-token\": gate.any_of holds an empty literal"},
		{"non-ASCII gate literal", "    keywords: [demo_]\n", "bad.yaml:2: rule \"demo-token\": gate literal \"Äpfel\" is not ASCII"},
		{"table without keywords", "    keywords: [demo_]\n", "bad.yaml:2: rule \"demo-token\": a table rule needs keywords (its column headers), and neither multiline nor window"},
		{"table with a window", "    keywords: [demo_]\n", "bad.yaml:2: rule \"demo-token\": a table rule needs keywords (its column headers), and neither multiline nor window"},
		{"top-level key", "allowlist:\n", "bad.yaml:13: unknown key \"allowlists\" (known: allowlist, disable, rules)"},
	}
	replacements := map[string]string{
		"unknown key":                "    confidence: 0.9\n    colour: red\n",
		"bad regex":                  "    regex: '(demo'\n",
		"anchor":                     "    regex: '^demo_[a-z]+'\n",
		"empty match":                "    regex: '(?P<value>[a-z]*)'\n",
		"not word boundary":          "    regex: 'x\\Bdemo_[a-z]+'\n",
		"category":                   "    category: KEY\n",
		"validator kind":             "      - kind: lunh\n",
		"validator param":            "      - kind: luhn\n        words: [a]\n",
		"no gate":                    "",
		"sample value":               "      match: ['t = demo_ab12cd34', {text: 'x demo_zz99yy88', value: demo_nope}]\n",
		"top-level key":              "allowlists:\n",
		"multiline without keywords": "    gate: {min_digits: 4}\n    multiline: true\n",
		"empty gate literal":         "    gate: {any_of: ['']}\n",
		"non-ASCII gate literal":     "    gate: {any_of: ['Äpfel']}\n",
		"table without keywords":     "    gate: {min_digits: 4}\n    table: true\n",
		"table with a window":        "    keywords: [demo_]\n    table: true\n    window: 64\n",
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !strings.Contains(goodRule, tt.edit) {
				t.Fatalf("fixture edit %q not in base rule", tt.edit)
			}
			src := strings.Replace(goodRule, tt.edit, replacements[tt.name], 1)
			_, err := Parse("bad.yaml", []byte(src))
			if err == nil {
				t.Fatalf("Parse: no error, want %q", tt.want)
			}
			// the unknown-validator message lists the known kinds after the name
			got := err.Error()
			if tt.name == "validator kind" {
				got, _, _ = strings.Cut(got, " (known:")
			}
			if got != tt.want {
				t.Errorf("Parse error:\n got %s\nwant %s", got, tt.want)
			}
		})
	}
}

func TestParseDuplicateID(t *testing.T) {
	src := goodRule[:strings.Index(goodRule, "allowlist:")]
	dup := strings.Replace(src, "rules:\n", "", 1)
	_, err := Parse("dup.yaml", []byte(src+dup))
	want := "dup.yaml:13: rule \"demo-token\": duplicate id (first defined on line 2)"
	if err == nil || err.Error() != want {
		t.Errorf("got %v, want %s", err, want)
	}
}

func TestBuiltinParses(t *testing.T) {
	files, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, f := range files {
		n += len(f.Rules)
	}
	if n < 80 {
		t.Errorf("built-in rules: got %d, want at least 80", n)
	}
}

// TestCheckRegexMemo checks that remembering good regexes never turns a bad
// one good: each answer is the same on a second call.
func TestCheckRegexMemo(t *testing.T) {
	for _, tc := range []struct {
		expr string
		ok   bool
	}{{`\bab+c\b`, true}, {`^abc`, false}, {`a\Bb`, false}, {`a*`, false}, {`(`, false}, {`x{2,5}y`, true}} {
		for i := 0; i < 2; i++ {
			if err := CheckRegex(tc.expr); (err == nil) != tc.ok {
				t.Errorf("call %d: CheckRegex(%q) = %v, want ok %v", i+1, tc.expr, err, tc.ok)
			}
		}
	}
}

// TestBuiltinSnapshotCurrent fails when rules/builtin.gob is not what the
// YAML files parse to: run go generate ./rules after editing them.
func TestBuiltinSnapshotCurrent(t *testing.T) {
	fromYAML, err := BuiltinYAML()
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := WriteBuiltinSnapshot(&buf, fromYAML); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), builtinSnapshot) {
		t.Fatal("rules/builtin.gob is stale: run go generate ./rules (or make generate) and commit it")
	}
	snap, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	if len(snap) != len(fromYAML) {
		t.Fatalf("snapshot: %d files, YAML %d", len(snap), len(fromYAML))
	}
	for i, f := range snap {
		y := fromYAML[i]
		if f.Path != y.Path || len(f.Rules) != len(y.Rules) {
			t.Fatalf("snapshot file %d: %s with %d rules, YAML %s with %d", i, f.Path, len(f.Rules), y.Path, len(y.Rules))
		}
		for j := range f.Rules {
			a, b := f.Rules[j], y.Rules[j]
			if a.ID != b.ID || a.Regex != b.Regex || a.Line != b.Line || !reflect.DeepEqual(a.Samples, b.Samples) {
				t.Errorf("%s: rule %d differs: %s line %d, YAML %s line %d", f.Path, j, a.ID, a.Line, b.ID, b.Line)
			}
		}
	}
}
