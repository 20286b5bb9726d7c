package policy

import (
	"bytes"
	"context"
	"errors"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/veil-dlp/veil/engine"
	"github.com/veil-dlp/veil/rules"
)

var (
	engOnce sync.Once
	eng     *engine.Engine
	engErr  error
)

// builtinEngine builds the engine over the built-in rules once per test
// binary: compiling the rules is the slow part.
func builtinEngine(t testing.TB) *engine.Engine {
	t.Helper()
	engOnce.Do(func() {
		fs, err := rules.Builtin()
		if err != nil {
			engErr = err
			return
		}
		eng, engErr = engine.New(fs)
	})
	if engErr != nil {
		t.Fatal(engErr)
	}
	return eng
}

func testOpts() Options {
	return Options{Getenv: TestKeyGetenv, Warn: func(string) {}}
}

func mustParse(t testing.TB, src string) *Policy {
	t.Helper()
	p, err := Parse("test.yaml", []byte(src), testOpts())
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func snapshot(t testing.TB, src string) *Snapshot {
	t.Helper()
	if src == "" {
		p, err := Default(testOpts())
		if err != nil {
			t.Fatal(err)
		}
		return NewSnapshot(builtinEngine(t), p)
	}
	return NewSnapshot(builtinEngine(t), mustParse(t, src))
}

const sample = "user jane.doe@acme-corp.com paid with 4111 1111 1111 1111, key AKIAZ3MSPQ7K2XRVNB4D and password=Hunter2Secret! from 81.2.69.160\n"

func TestDefaultPolicyDestinations(t *testing.T) {
	s := snapshot(t, "")
	tests := []struct {
		dest    string
		verdict Verdict
		entry   string
		output  string
	}{
		{"logs", VerdictRedact, "logs", "user j***.***@acme-corp.com paid with **** **** **** 1111, key [AWS_ACCESS_KEY_ID] and password=[PASSWORD] from **.*.**.*60\n"},
		{"public-api", VerdictBlock, "public", ""},
		{"internal-crm", VerdictRedact, "internal", "user jane.doe@acme-corp.com paid with 4111 1111 1111 1111, key [AWS_ACCESS_KEY_ID] and password=[PASSWORD] from 81.2.69.160\n"},
		{"somewhere", VerdictRedact, "fallback", "user [EMAIL_ADDRESS] paid with [CREDIT_CARD_NUMBER], key [AWS_ACCESS_KEY_ID] and password=[PASSWORD] from [IP_ADDRESS]\n"},
	}
	for _, tt := range tests {
		t.Run(tt.dest, func(t *testing.T) {
			dec := s.Redact(context.Background(), []byte(sample), Request{Destination: tt.dest})
			if dec.Verdict != tt.verdict || dec.Destination != tt.entry || string(dec.Output) != tt.output {
				t.Fatalf("got %s via %s: %q\nwant %s via %s: %q", dec.Verdict, dec.Destination, dec.Output, tt.verdict, tt.entry, tt.output)
			}
			if dec.PolicyVersion == "" || !strings.HasPrefix(dec.PolicyVersion, "sha256:") {
				t.Fatalf("policy version %q", dec.PolicyVersion)
			}
		})
	}
}

func TestLLMTokenizeRestore(t *testing.T) {
	s := snapshot(t, "")
	dec := s.Redact(context.Background(), []byte(sample), Request{Destination: "llm"})
	if dec.Verdict != VerdictRedact {
		t.Fatalf("verdict %s", dec.Verdict)
	}
	out := string(dec.Output)
	for _, v := range []string{"jane.doe@acme-corp.com", "4111 1111 1111 1111", "AKIAZ3MSPQ7K2XRVNB4D", "Hunter2Secret!", "81.2.69.160"} {
		if strings.Contains(out, v) {
			t.Errorf("output still holds %q: %s", v, out)
		}
	}
	if !strings.Contains(out, "EMAIL_ADDRESS_k1_") || !strings.Contains(out, "[AWS_ACCESS_KEY_ID]") {
		t.Fatalf("output %s", out)
	}
	// Deterministic: a second run, and another policy instance with the same key.
	again := snapshot(t, "").Redact(context.Background(), []byte(sample), Request{Destination: "llm"})
	if !bytes.Equal(again.Output, dec.Output) {
		t.Fatal("tokenize is not deterministic across policy instances")
	}
	// The model's answer quotes the tokens; restore gives the values back.
	answer := "Sure. I emailed " + tokenIn(t, out, "EMAIL_ADDRESS_") + " about the card."
	res, err := s.Policy.Restore([]byte(answer), "llm")
	if err != nil {
		t.Fatal(err)
	}
	if string(res.Output) != "Sure. I emailed jane.doe@acme-corp.com about the card." || res.Restored != 1 || len(res.Failed) != 0 {
		t.Fatalf("restore: %q restored=%d failed=%v", res.Output, res.Restored, res.Failed)
	}
	// Restoring the whole output gives the input back except the redacted secrets.
	res, err = s.Policy.Restore(dec.Output, "llm")
	if err != nil {
		t.Fatal(err)
	}
	want := strings.NewReplacer("AKIAZ3MSPQ7K2XRVNB4D", "[AWS_ACCESS_KEY_ID]", "Hunter2Secret!", "[PASSWORD]").Replace(sample)
	if string(res.Output) != want {
		t.Fatalf("restore:\n got %q\nwant %q", res.Output, want)
	}
}

// tokenIn returns the token starting with prefix in s.
func tokenIn(t *testing.T, s, prefix string) string {
	t.Helper()
	i := strings.Index(s, prefix)
	if i < 0 {
		t.Fatalf("no %s token in %s", prefix, s)
	}
	j := i
	for j < len(s) && isWordByte(s[j]) {
		j++
	}
	return s[i:j]
}

func TestRestoreFailures(t *testing.T) {
	s := snapshot(t, "")
	dec := s.Redact(context.Background(), []byte("mail jane.doe@acme-corp.com now"), Request{Destination: "llm"})
	tok := tokenIn(t, string(dec.Output), "EMAIL_ADDRESS_")

	// Another key with the same id: nothing authenticates.
	other, err := Default(Options{Getenv: func(string) string { return strings.Repeat("x", 40) }, Warn: func(string) {}})
	if err != nil {
		t.Fatal(err)
	}
	res, err := other.Restore(dec.Output, "llm")
	if err != nil {
		t.Fatal(err)
	}
	if res.Restored != 0 || len(res.Failed) != 1 || !bytes.Equal(res.Output, dec.Output) {
		t.Fatalf("wrong key: restored=%d failed=%v", res.Restored, res.Failed)
	}
	// A garbled token is left as it is and reported.
	garbled := strings.Replace(string(dec.Output), tok, tok[:len(tok)-3]+"aaa", 1)
	if garbled == string(dec.Output) {
		garbled = strings.Replace(string(dec.Output), tok, tok[:len(tok)-3]+"bbb", 1)
	}
	res, err = s.Policy.Restore([]byte(garbled), "llm")
	if err != nil {
		t.Fatal(err)
	}
	if res.Restored != 0 || len(res.Failed) != 1 || string(res.Output) != garbled {
		t.Fatalf("garbled: restored=%d failed=%v", res.Restored, res.Failed)
	}
	// A destination without restore: true.
	if _, err := s.Policy.Restore(dec.Output, "logs"); !errors.Is(err, ErrRestoreNotAllowed) {
		t.Fatalf("restore for logs: %v", err)
	}
}

func TestTokensDifferAndBindContext(t *testing.T) {
	p := mustParse(t, `
keys: [{id: k1, env: K}]
destinations:
  - {name: a, restore: true, rules: [{categories: [PII], action: tokenize}]}
  - {name: b, restore: true, rules: [{categories: [PII], action: tokenize}]}
`)
	s := NewSnapshot(builtinEngine(t), p)
	out := func(dest, in string) string {
		return string(s.Redact(context.Background(), []byte(in), Request{Destination: dest}).Output)
	}
	a1, a2 := out("a", "x ann.lee@corp-mail.com"), out("a", "x bob.ray@corp-mail.com")
	if a1 == a2 {
		t.Fatal("two values share a token")
	}
	if out("a", "x ann.lee@corp-mail.com") != a1 {
		t.Fatal("same value, same destination: different tokens")
	}
	b1 := out("b", "x ann.lee@corp-mail.com")
	if b1 == a1 {
		t.Fatal("the destination is not part of the token's context")
	}
	// A token made for a does not restore under b.
	res, err := p.Restore([]byte(a1), "b")
	if err != nil || res.Restored != 0 || len(res.Failed) != 1 {
		t.Fatalf("cross-destination restore: %+v %v", res, err)
	}
}

func TestKeyRotation(t *testing.T) {
	oldP := mustParse(t, `
keys: [{id: k1, env: OLD}]
destinations: [{name: llm, restore: true, default: tokenize}]
`)
	tokens := NewSnapshot(builtinEngine(t), oldP).Redact(context.Background(), []byte("to ann.lee@corp-mail.com"), Request{Destination: "llm"}).Output
	newP := mustParse(t, `
keys: [{id: k2, env: NEW}, {id: k1, env: OLD}]
destinations: [{name: llm, restore: true, default: tokenize}]
`)
	res, err := newP.Restore(tokens, "llm")
	if err != nil || string(res.Output) != "to ann.lee@corp-mail.com" {
		t.Fatalf("restore after rotation: %q %v", res.Output, err)
	}
	fresh := NewSnapshot(builtinEngine(t), newP).Redact(context.Background(), []byte("to ann.lee@corp-mail.com"), Request{Destination: "llm"}).Output
	if !bytes.Contains(fresh, []byte("_k2_")) {
		t.Fatalf("new tokens should use the first key: %s", fresh)
	}
}

func TestMaskHashDrop(t *testing.T) {
	s := snapshot(t, `
keys: [{id: k1, env: K}]
destinations:
  - name: d
    rules:
      - {types: [CREDIT_CARD_NUMBER], action: mask, keep_first: 6, keep_last: 4}
      - {types: [EMAIL_ADDRESS], action: hash, length: 12}
      - {types: [US_SOCIAL_SECURITY_NUMBER], action: drop}
      - {types: [PHONE_NUMBER], action: mask, keep_last: 20, char: "#"}
      - {categories: [SECRET, CREDENTIAL], action: mask, keep_last: 4}
    default: redact
`)
	in := "card 4111 1111 1111 1111 mail ann.lee@corp-mail.com ssn 536-22-8726. call (415) 555-0132 or token 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"
	dec := s.Redact(context.Background(), []byte(in), Request{Destination: "d"})
	out := string(dec.Output)
	for _, want := range []string{"card 4111 11** **** 1111 ", "mail EMAIL_ADDRESS#", "ssn . call", "(###) ##5-0132", "token ***_********************************INUx"} {
		if !strings.Contains(out, want) {
			t.Errorf("output %q lacks %q", out, want)
		}
	}
	// The hash is keyed and stable: same value, same hash.
	again := s.Redact(context.Background(), []byte(in), Request{Destination: "d"})
	if !bytes.Equal(again.Output, dec.Output) {
		t.Fatal("hash is not deterministic")
	}
}

func TestMergeOverlapsStrictestWins(t *testing.T) {
	// The host inside a connection string is an IP address too; the
	// connection string covers it, and the strictest action of the group
	// (drop) applies to the whole span.
	s := snapshot(t, `
destinations:
  - name: d
    rules:
      - {types: [DATABASE_CONNECTION_STRING], action: mask, keep_last: 2}
    default: drop
`)
	in := "DATABASE_URL=postgres://app:Sup3rS3cretPw@172.31.40.12:5432/app\n"
	dec := s.Redact(context.Background(), []byte(in), Request{Destination: "d"})
	if len(dec.Findings) != 1 {
		t.Fatalf("findings %+v", dec.Findings)
	}
	if got := string(dec.Output); got != "DATABASE_URL=\n" {
		t.Fatalf("output %q", got)
	}
}

func TestChecksAndMonitor(t *testing.T) {
	src := `
destinations:
  - name: saas
    mode: %s
    rules:
      - {categories: [PII], action: mask, keep_last: 2}
    checks:
      - name: bulk_export
        when: summary.count("EMAIL_ADDRESS") > 2 || summary.count("CREDIT_CARD_NUMBER") >= 3
      - name: from_batch_job
        when: request.actor_role == "batch"
        action: flag
`
	in := "a ann.lee@corp-mail.com b bob.ray@corp-mail.com c cy.ng@corp-mail.com\n"
	s := snapshot(t, strings.Replace(src, "%s", "enforce", 1))
	dec := s.Redact(context.Background(), []byte(in), Request{Destination: "saas", ActorRole: "batch"})
	if dec.Verdict != VerdictBlock || dec.Output != nil || !has(dec.Flags, "bulk_export") || !has(dec.Flags, "from_batch_job") {
		t.Fatalf("enforce: %s %v output=%q", dec.Verdict, dec.Flags, dec.Output)
	}
	two := "a ann.lee@corp-mail.com b bob.ray@corp-mail.com\n"
	if dec := s.Redact(context.Background(), []byte(two), Request{Destination: "saas"}); dec.Verdict != VerdictRedact || len(dec.Flags) != 0 {
		t.Fatalf("two emails: %s %v", dec.Verdict, dec.Flags)
	}

	m := snapshot(t, strings.Replace(src, "%s", "monitor", 1))
	dec = m.Redact(context.Background(), []byte(in), Request{Destination: "saas"})
	if dec.Verdict != VerdictAllow || string(dec.Output) != in || dec.ShadowVerdict == nil || *dec.ShadowVerdict != VerdictBlock || !has(dec.Flags, FlagMonitor) {
		t.Fatalf("monitor: %s shadow=%v flags=%v", dec.Verdict, dec.ShadowVerdict, dec.Flags)
	}
}

func has(s []string, v string) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

func TestIncompleteFailsClosed(t *testing.T) {
	// A runtime error in when (a missing map key) is not a skip.
	s := snapshot(t, `
destinations:
  - name: d
    rules:
      - when: request.labels["team"] == "growth"
        action: allow
    default: allow
  - name: r
    on_incomplete: redact
    rules:
      - when: request.labels["team"] == "growth"
        action: allow
    default: allow
`)
	in := []byte("mail ann.lee@corp-mail.com\n")
	dec := s.Redact(context.Background(), in, Request{Destination: "d"})
	if dec.Verdict != VerdictBlock || !dec.Incomplete || len(dec.Reasons) != 1 || !has(dec.Flags, FlagIncomplete) {
		t.Fatalf("runtime error: %s incomplete=%v %v", dec.Verdict, dec.Incomplete, dec.Reasons)
	}
	if strings.Contains(dec.Reasons[0], "ann.lee") {
		t.Fatalf("reason quotes the payload: %s", dec.Reasons[0])
	}
	dec = s.Redact(context.Background(), in, Request{Destination: "r"})
	if dec.Verdict != VerdictRedact || string(dec.Output) != "mail [EMAIL_ADDRESS]\n" {
		t.Fatalf("on_incomplete redact: %s %q", dec.Verdict, dec.Output)
	}
	// With the label set, the rule allows.
	dec = s.Redact(context.Background(), in, Request{Destination: "d", Labels: map[string]string{"team": "growth"}})
	if dec.Verdict != VerdictAllow || dec.Incomplete {
		t.Fatalf("label set: %s %v", dec.Verdict, dec.Reasons)
	}

	// A scan cut by the payload limit is incomplete; the unscanned tail is
	// never passed on.
	small, err := engine.New(mustBuiltin(t), engine.WithLimits(engine.Limits{MaxPayloadBytes: 16, MaxFindings: 10}))
	if err != nil {
		t.Fatal(err)
	}
	ss := NewSnapshot(small, s.Policy)
	big := []byte("hello there, mail ann.lee@corp-mail.com\n")
	dec = ss.Redact(context.Background(), big, Request{Destination: "r"})
	if !dec.Incomplete || dec.Verdict == VerdictAllow || bytes.Contains(dec.Output, []byte("ann.lee")) {
		t.Fatalf("payload limit: %s incomplete=%v output=%q", dec.Verdict, dec.Incomplete, dec.Output)
	}
	dec = ss.Redact(context.Background(), big, Request{Destination: "d"})
	if dec.Verdict != VerdictBlock {
		t.Fatalf("payload limit, default on_incomplete: %s", dec.Verdict)
	}
}

func mustBuiltin(t *testing.T) []*rules.File {
	fs, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	return fs
}

func TestCostLimit(t *testing.T) {
	p, err := Parse("t.yaml", []byte(`
destinations:
  - name: d
    rules:
      - when: '[1,2,3,4,5,6,7,8,9,10].all(x, [1,2,3,4,5,6,7,8,9,10].all(y, x*y > 0))'
        action: allow
    default: redact
`), Options{CELCostLimit: 20, Warn: func(string) {}})
	if err != nil {
		t.Fatal(err)
	}
	dec := NewSnapshot(builtinEngine(t), p).Redact(context.Background(), []byte("mail ann.lee@corp-mail.com\n"), Request{Destination: "d"})
	if !dec.Incomplete || dec.Verdict != VerdictBlock {
		t.Fatalf("cost limit: %s incomplete=%v %v", dec.Verdict, dec.Incomplete, dec.Reasons)
	}
}

func TestValueInCEL(t *testing.T) {
	s := snapshot(t, `
destinations:
  - name: d
    rules:
      - when: finding.type == "EMAIL_ADDRESS" && finding.value.endsWith("@acme-corp.com")
        action: allow
    default: redact
`)
	dec := s.Redact(context.Background(), []byte("a jane@acme-corp.com b bob.ray@corp-mail.com\n"), Request{Destination: "d"})
	if got := string(dec.Output); got != "a jane@acme-corp.com b [EMAIL_ADDRESS]\n" {
		t.Fatalf("output %q", got)
	}
}

func TestDestinationMatch(t *testing.T) {
	s := snapshot(t, `
destinations:
  - name: slack
    match: request.destination.startsWith("slack-") && request.labels["visibility"] == "public"
    default: block
fallback:
  default: allow
`)
	dec := s.Redact(context.Background(), []byte("mail ann.lee@corp-mail.com\n"), Request{Destination: "slack-general", Labels: map[string]string{"visibility": "public"}})
	if dec.Destination != "slack" || dec.Verdict != VerdictBlock {
		t.Fatalf("%s %s", dec.Destination, dec.Verdict)
	}
	// A match that fails at run time (no visibility label) is incomplete.
	dec = s.Redact(context.Background(), []byte("mail ann.lee@corp-mail.com\n"), Request{Destination: "slack-general"})
	if !dec.Incomplete || dec.Verdict != VerdictBlock {
		t.Fatalf("failed match: %s %v", dec.Verdict, dec.Reasons)
	}
	dec = s.Redact(context.Background(), []byte("mail ann.lee@corp-mail.com\n"), Request{Destination: "crm"})
	if dec.Destination != "fallback" || dec.Verdict != VerdictAllow {
		t.Fatalf("fallback: %s %s", dec.Destination, dec.Verdict)
	}
}

func TestIdempotentOnOwnOutput(t *testing.T) {
	s := snapshot(t, `
keys: [{id: k1, env: K}]
destinations:
  - name: d
    rules:
      - {types: [EMAIL_ADDRESS], action: hash}
      - {categories: [PII], action: tokenize}
    default: redact
`)
	in := []byte(sample + "password=[PASSWORD] and secret: [AWS_SECRET_ACCESS_KEY]\n")
	once := s.Redact(context.Background(), in, Request{Destination: "d"})
	twice := s.Redact(context.Background(), once.Output, Request{Destination: "d"})
	if !bytes.Equal(once.Output, twice.Output) || twice.Verdict != VerdictAllow {
		t.Fatalf("second pass changed the output (%s):\n%s\n%s", twice.Verdict, once.Output, twice.Output)
	}
	// A secret dressed as a marker is still a finding.
	dressed := s.Redact(context.Background(), []byte("aws_access_key_id = [AKIAZ3MSPQ7K2XRVNB4D]\n"), Request{Destination: "d"})
	if bytes.Contains(dressed.Output, []byte("AKIAZ3MSPQ7K2XRVNB4D")) {
		t.Fatalf("bracketed key passed: %s", dressed.Output)
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"unknown key", "destinations:\n  - name: d\n    colour: red\n",
			`test.yaml:3:5: unknown key "colour" in a destination (known: checks, default, match, mode, name, on_incomplete, restore, rules)`},
		{"unknown action", "destinations:\n  - name: d\n    rules:\n      - {categories: [PII], action: scramble}\n",
			`test.yaml:4:37: destination "d": unknown action "scramble" (known: allow, mask, tokenize, hash, redact, drop, block)`},
		{"bad CEL", "destinations:\n  - name: d\n    rules:\n      - when: finding.type == \"EMAIL\" &&\n        action: allow\n",
			"test.yaml:4:41: destination \"d\": when: Syntax error: mismatched input '<EOF>' expecting"},
		{"unknown field in CEL", "destinations:\n  - name: d\n    rules:\n      - when: 'finding.typ == \"EMAIL\"'\n        action: allow\n",
			"test.yaml:4:23: destination \"d\": when: undefined field 'typ'\n        - when: 'finding.typ == \"EMAIL\"'\n                        ^"},
		{"not a bool", "destinations:\n  - name: d\n    rules:\n      - when: finding.start + 1\n        action: allow\n",
			`test.yaml:4:15: destination "d": when: expression must be a bool, it is int`},
		{"finding in a check", "destinations:\n  - name: d\n    checks:\n      - name: x\n        when: finding.start > 1\n",
			`destination "d": when: finding is not available here (use request, summary)`},
		{"unsafe secret mask", "destinations:\n  - name: d\n    rules:\n      - {when: 'true', action: mask, keep_first: 3, keep_last: 3}\n",
			`test.yaml:4:9: destination "d": a mask that may apply to a SECRET or CREDENTIAL reveals at most 4 characters (keep_first + keep_last = 6)`},
		{"unsafe card mask", "destinations:\n  - name: d\n    rules:\n      - {categories: [PII], action: mask, keep_first: 8}\n",
			`test.yaml:4:9: destination "d": a mask that may apply to a card number reveals at most the first 6 and last 4 digits (PCI DSS)`},
		{"param of another action", "destinations:\n  - name: d\n    rules:\n      - {categories: [PII], action: redact, keep_last: 2}\n",
			`test.yaml:4:56: destination "d": action redact does not take keep_last`},
		{"tokenize without key", "destinations:\n  - name: d\n    default: tokenize\n",
			`test.yaml:2:5: destination "d": action tokenize needs a key: add a keys section`},
		{"missing key source", "keys: [{id: k1, env: VEIL_TEST_UNSET}]\ndestinations:\n  - name: d\n",
			`test.yaml:1:8: key "k1": environment variable VEIL_TEST_UNSET is unset or empty`},
		{"incomplete to allow", "on_incomplete: allow\ndestinations:\n  - name: d\n",
			`test.yaml:1:16: on_incomplete must be block or redact (an incomplete result never becomes a quiet allow)`},
		{"duplicate destination", "destinations:\n  - name: d\n  - name: d\n",
			`test.yaml:3:5: destination "d" is defined twice`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("test.yaml", []byte(tt.src), Options{Getenv: func(string) string { return "" }, Warn: func(string) {}})
			if err == nil {
				t.Fatal("loaded")
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error:\n%s\nwant it to contain:\n%s", err, tt.want)
			}
		})
	}
}

func TestExamplesOfDefaultPolicyParse(t *testing.T) {
	var warned []string
	p, err := Default(Options{Getenv: func(string) string { return "" }, Warn: func(s string) { warned = append(warned, s) }})
	if err != nil {
		t.Fatal(err)
	}
	if len(warned) != 1 || !strings.Contains(warned[0], "VEIL_TOKEN_KEY") || !p.Keys().Active().Ephemeral {
		t.Fatalf("missing VEIL_TOKEN_KEY: warnings %v", warned)
	}
	if strings.Contains(p.Keys().Active().String(), "veil") {
		t.Fatal("key String leaks material")
	}
}

func TestKeySources(t *testing.T) {
	dir := t.TempDir()
	keyFile := dir + "/token.key"
	if err := os.WriteFile(keyFile, []byte(strings.Repeat("f", 40)+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	src := "keys: [{id: k1, file: " + keyFile + "}]\ndestinations: [{name: llm, restore: true, default: tokenize}]\n"
	a, err := Parse("a.yaml", []byte(src), testOpts())
	if err != nil {
		t.Fatal(err)
	}
	// The same secret through an environment variable gives the same tokens.
	b, err := Parse("b.yaml", []byte("keys: [{id: k1, env: K}]\ndestinations: [{name: llm, restore: true, default: tokenize}]\n"),
		Options{Getenv: func(string) string { return strings.Repeat("f", 40) }, Warn: func(string) {}})
	if err != nil {
		t.Fatal(err)
	}
	in := []byte("to ann.lee@corp-mail.com")
	ta := NewSnapshot(builtinEngine(t), a).Redact(context.Background(), in, Request{Destination: "llm"}).Output
	tb := NewSnapshot(builtinEngine(t), b).Redact(context.Background(), in, Request{Destination: "llm"}).Output
	if !bytes.Equal(ta, tb) || bytes.Equal(ta, in) {
		t.Fatalf("file and env keys differ: %s vs %s", ta, tb)
	}

	for name, tt := range map[string]struct{ src, want string }{
		"short key":    {"keys: [{id: k1, env: SHORT}]\ndestinations: [{name: d}]\n", `key "k1" is 5 bytes; at least 32 are needed`},
		"bad id":       {"keys: [{id: K_1, env: K}]\ndestinations: [{name: d}]\n", `key id "K_1" must be 1-16 lower-case letters and digits`},
		"if_missing":   {"keys: [{id: k1, env: K, if_missing: ignore}]\ndestinations: [{name: d}]\n", "if_missing must be error or random"},
		"both":         {"keys: [{id: k1, env: K, file: /x}]\ndestinations: [{name: d}]\n", "give env or file, not both"},
		"no source":    {"keys: [{id: k1}]\ndestinations: [{name: d}]\n", "name its source with env or file"},
		"missing file": {"keys: [{id: k1, file: " + dir + "/none}]\ndestinations: [{name: d}]\n", "is unset or empty"},
	} {
		_, err := Parse("k.yaml", []byte(tt.src), Options{Getenv: func(n string) string {
			if n == "SHORT" {
				return "abcde"
			}
			return strings.Repeat("z", 40)
		}, Warn: func(string) {}})
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want %q", name, err, tt.want)
		}
	}
}
