package engine

import (
	"bytes"
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/veil-dlp/veil/rules"
)

// testRules is a small rule set for unit tests. Some regexes are hostile on
// purpose (they cross line ends, match digits spread over separators) to
// exercise region scanning against the reference path.
const testRules = `rules:
  - id: demo-token
    type: DEMO_TOKEN
    category: SECRET
    keywords: [demo_]
    regex: '\b(?P<value>demo_[a-z0-9]{8})\b'
    confidence: 0.9
    validators: [{kind: placeholder}]
  - id: kv-secret
    type: GENERIC_SECRET
    category: SECRET
    keywords: [secret]
    regex: 'secret[=:](?P<value>[^;,]{4,40})'
    confidence: 0.6
    generic: true
  - id: digits
    type: DIGITS
    category: PII
    gate: {min_digits: 6}
    regex: '\b(?P<value>\d[\d ,-]{4,30}\d)\b'
    confidence: 0.7
  - id: at-word
    type: AT_WORD
    category: PII
    gate: {any_of: ['@']}
    regex: '\b[a-z]+@[a-z]+\.[a-z]{2,}\b'
    confidence: 0.8
  - id: conn
    type: DATABASE_CONNECTION_STRING
    category: CREDENTIAL
    keywords: [postgres://]
    regex: '(?P<value>postgres://[a-z]+:[^@\s]+@[a-z.]+/[a-z]+)'
    confidence: 0.95
  - id: block
    type: PRIVATE_KEY
    category: SECRET
    keywords: ['-----begin']
    multiline: true
    regex: '(?P<value>-----BEGIN KEY-----[A-Za-z0-9+/=\s]{8,}-----END KEY-----)'
    confidence: 0.99
  - id: upper10
    type: UPPER_TEN
    category: SECRET
    keywords: [awskey]
    regex: '\b(?P<value>[A-Z]{10})\b'
    confidence: 0.8
  - id: low
    type: LOW
    category: PII
    keywords: [lowkw]
    regex: 'lowkw (?P<value>[a-z]{3,})'
    confidence: 0.3
  - id: fold-key
    type: FOLD_KEY
    category: SECRET
    keywords: [skey]
    regex: '(?i)skey[_-](?P<value>[a-z0-9]{6,12})\b'
    confidence: 0.9
  - id: app-key
    type: GENERIC_SECRET
    category: SECRET
    keywords: [_key, key"]
    regex: '(?i)["'']?(?:api|app)[_.-]?key["'']?[ \t]*[:=][ \t]*["''](?P<value>[A-Za-z0-9]{8,})'
    confidence: 0.7
  - id: tok-eq
    type: TOK
    category: SECRET
    keywords: [tok]
    regex: 'tok(?::=|[:=])[ \t]*(?P<value>[A-Za-z0-9=]{4,})'
    confidence: 0.8
allowlist:
  values: [demo_00000000]
`

func testEngine(t testing.TB, opts ...Option) *Engine {
	t.Helper()
	f, err := rules.Parse("test.yaml", []byte(testRules))
	if err != nil {
		t.Fatal(err)
	}
	e, err := New([]*rules.File{f}, opts...)
	if err != nil {
		t.Fatal(err)
	}
	return e
}

type span struct {
	Rule       string
	Start, End int
}

func spans(fs []Finding) []span {
	out := []span{}
	for _, f := range fs {
		out = append(out, span{f.Rule, f.Start, f.End})
	}
	return out
}

// checkBothPaths scans payload on the fast and the reference path and
// compares each with want (nil means no findings).
func checkBothPaths(t *testing.T, e *Engine, payload string, want []span) {
	t.Helper()
	if want == nil {
		want = []span{}
	}
	for _, ref := range []bool{false, true} {
		res := e.Scan(context.Background(), []byte(payload), ScanOptions{Reference: ref})
		if got := spans(res.Findings); !reflect.DeepEqual(got, want) {
			t.Errorf("reference=%v: got %+v, want %+v", ref, got, want)
		}
		if res.Incomplete {
			t.Errorf("reference=%v: incomplete (%s)", ref, res.Reason)
		}
	}
}

func TestScan(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		name    string
		payload string
		want    []span
	}{
		{"keyword token", "x demo_ab12cd34 y", []span{{"demo-token", 2, 15}}},
		{"allowlisted", "x demo_00000000 y", nil},
		{"value excludes key", "secret=hunter22;", []span{{"kv-secret", 7, 15}}},
		{"gate digits", "call 555 123 4567 now", []span{{"digits", 5, 17}}},
		{"gate too few digits", "call 55-12 now", nil},
		{"any_of gate", "mail bob@corp.io", []span{{"at-word", 5, 16}}},
		{"below min confidence", "lowkw abc", nil},
		{"outer wins", "postgres://app:secret=pw9x@db.local/prod", []span{{"conn", 0, 40}}},
		{"multiline", "a\n-----BEGIN KEY-----\nQUJDREVGR0g=\n-----END KEY-----\n", []span{{"block", 2, 52}}},
		{"empty", "", nil},
		{"percent-encoded", "q=call%20555%20123%204567&x=1", []span{{"digits", 9, 25}}},
		{"percent-encoded, found plainly too", "to=bob@corp.io%20", []span{{"at-word", 3, 14}}},
		{"encoded at sign", "to=bob%40corp.io&y", []span{{"at-word", 3, 16}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkBothPaths(t, e, tt.payload, tt.want)
		})
	}
}

func TestCoveredAndLines(t *testing.T) {
	e := testEngine(t)
	p := "line one\n  url postgres://app:secret=pw9x@db.local/prod\n"
	res := e.Scan(context.Background(), []byte(p), ScanOptions{IncludeValues: true})
	if len(res.Findings) != 1 {
		t.Fatalf("got %d findings, want 1: %+v", len(res.Findings), res.Findings)
	}
	f := res.Findings[0]
	if f.Line != 2 || f.Column != 7 {
		t.Errorf("line/column: got %d:%d, want 2:7", f.Line, f.Column)
	}
	if f.Value != "postgres://app:secret=pw9x@db.local/prod" {
		t.Errorf("value: got %q", f.Value)
	}
	if len(f.Covered) != 1 || f.Covered[0].Rule != "kv-secret" || f.Covered[0].Value != "pw9x@db.local/prod\n" {
		t.Errorf("covered: got %+v, want the kv-secret inside the connection string", f.Covered)
	}
	// Without IncludeValues no value leaves the engine.
	res = e.Scan(context.Background(), []byte(p), ScanOptions{})
	if res.Findings[0].Value != "" || res.Findings[0].Covered[0].Value != "" {
		t.Error("values returned without IncludeValues")
	}
}

func TestWindowBothSides(t *testing.T) {
	e := testEngine(t)
	tests := []struct {
		name    string
		payload string
		want    []span
	}{
		{"keyword before", "awskey: QWERTYUIOP", []span{{"upper10", 8, 18}}},
		{"keyword after", "QWERTYUIOP # awskey", []span{{"upper10", 0, 10}}},
		{"keyword lines away", "awskey:\n\n  QWERTYUIOP", []span{{"upper10", 11, 21}}},
		{"keyword beyond window", "awskey" + strings.Repeat(" ", 300) + "QWERTYUIOP", []span{}},
		{"no keyword", "QWERTYUIOP", []span{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkBothPaths(t, e, tt.payload, tt.want)
		})
	}
}

func TestLimits(t *testing.T) {
	t.Run("payload too large", func(t *testing.T) {
		e := testEngine(t, WithLimits(Limits{MaxPayloadBytes: 20, MaxFindings: 10}))
		res := e.Scan(context.Background(), []byte("x demo_ab12cd34 y and demo_ff12cd34"), ScanOptions{})
		if !res.Incomplete || res.Reason != ReasonPayloadTooLarge || res.ScannedBytes != 20 {
			t.Errorf("got incomplete=%v reason=%q scanned=%d", res.Incomplete, res.Reason, res.ScannedBytes)
		}
		if got := spans(res.Findings); len(got) != 1 {
			t.Errorf("findings in the scanned prefix: got %+v, want 1", got)
		}
	})
	t.Run("too many findings", func(t *testing.T) {
		e := testEngine(t, WithLimits(Limits{MaxPayloadBytes: 1 << 20, MaxFindings: 2}))
		p := strings.Repeat("demo_ab12cd34 ", 5)
		res := e.Scan(context.Background(), []byte(p), ScanOptions{})
		if !res.Incomplete || res.Reason != ReasonTooManyFindings || len(res.Findings) != 2 {
			t.Errorf("got incomplete=%v reason=%q findings=%d", res.Incomplete, res.Reason, len(res.Findings))
		}
	})
	t.Run("canceled", func(t *testing.T) {
		e := testEngine(t)
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		res := e.Scan(ctx, []byte("demo_ab12cd34"), ScanOptions{})
		if !res.Incomplete || res.Reason != ReasonCanceled {
			t.Errorf("got incomplete=%v reason=%q", res.Incomplete, res.Reason)
		}
	})
	t.Run("deadline", func(t *testing.T) {
		e := testEngine(t)
		ctx, cancel := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
		defer cancel()
		res := e.Scan(ctx, []byte("demo_ab12cd34"), ScanOptions{})
		if !res.Incomplete || res.Reason != ReasonDeadline {
			t.Errorf("got incomplete=%v reason=%q", res.Incomplete, res.Reason)
		}
	})
	t.Run("invalid", func(t *testing.T) {
		f, _ := rules.Parse("test.yaml", []byte(testRules))
		if _, err := New([]*rules.File{f}, WithLimits(Limits{})); err == nil {
			t.Error("New accepted zero limits")
		}
	})
}

func TestDisableAndDuplicate(t *testing.T) {
	base, err := rules.Parse("base.yaml", []byte(testRules))
	if err != nil {
		t.Fatal(err)
	}
	user, err := rules.Parse("user.yaml", []byte("disable: [demo-token]\n"))
	if err != nil {
		t.Fatal(err)
	}
	e, err := New([]*rules.File{base, user})
	if err != nil {
		t.Fatal(err)
	}
	if res := e.Scan(context.Background(), []byte("demo_ab12cd34"), ScanOptions{}); len(res.Findings) != 0 {
		t.Errorf("disabled rule still reports: %+v", res.Findings)
	}
	if _, err := New([]*rules.File{base, base}); err == nil || !strings.Contains(err.Error(), "already defined") {
		t.Errorf("duplicate rule id: got %v", err)
	}
	bad, _ := rules.Parse("bad.yaml", []byte("disable: [no-such-rule]\n"))
	if _, err := New([]*rules.File{base, bad}); err == nil {
		t.Error("disabling an unknown rule id was accepted")
	}
}

// fragments build random payloads that stress segment edges: keywords,
// digits with separators, long lines, cut bytes, newlines.
var fragments = []string{
	"demo_ab12cd34", "demo_", "secret=", "secret:", "hunter22", ";", ",", "}", ">", "\t",
	"\n", "\r\n", " ", "555 123 4567", "4111-1111-1111-1111", "12", "-", "bob@corp.io", "@",
	"postgres://app:pw@db.local/prod", "-----BEGIN KEY-----", "-----END KEY-----", "QUJDREVGR0g=",
	"lowkw abc", "awskey", "QWERTYUIOP", "%20", "%40", "%2", "%0A", "x", "ZZZZ", "é", "\x00", strings.Repeat("a", 700), strings.Repeat("7", 40),
	strings.Repeat("b,", 300), strings.Repeat("c", 5000),
	// (?i)k and s also match U+212A and U+017F; '=' may end the key or
	// start the value
	// required context words (needsWord rules), in a table header and not
	"name,passport\n", "Ann,X1234567\n", "dob", ",1984-03-07,", "Date_Of-Birth", "ssn ", "078051120",
	"skey_ab12cd", "SKEY-zz99yy88", "\u212a", "\u017f", "\u017fkey_abc123", "s\u212aey-abcdef", "tok=", "tok:=", "tok:==ab12", "TOK=abcd",
}

func randomPayload(r *rand.Rand) []byte {
	var b strings.Builder
	n := r.IntN(60)
	for i := 0; i < n; i++ {
		b.WriteString(fragments[r.IntN(len(fragments))])
	}
	return []byte(b.String())
}

// assertSamePaths fails if the fast and reference paths disagree on p.
func assertSamePaths(t testing.TB, e *Engine, name string, p []byte) {
	t.Helper()
	opts := ScanOptions{MinConfidence: 1e-9}
	fast := e.Scan(context.Background(), p, opts)
	opts.Reference = true
	ref := e.Scan(context.Background(), p, opts)
	if !reflect.DeepEqual(fast, ref) {
		t.Fatalf("%s: fast and reference paths differ\nfast: %+v\n ref: %+v", name, fast.Findings, ref.Findings)
	}
}

// noSet is the option of an engine that never uses the RE2 set, so that
// keyword-less rules run on class narrowing (class.go).
var noSet = WithSetAfter(math.MaxInt64)

func TestFastEqualsReferenceRandom(t *testing.T) {
	for _, e := range []*Engine{testEngine(t), testEngine(t, noSet)} {
		r := rand.New(rand.NewPCG(1, 2))
		for i := 0; i < 3000; i++ {
			assertSamePaths(t, e, fmt.Sprintf("payload %d", i), randomPayload(r))
		}
	}
}

// TestFastEqualsReferenceDense checks the narrow intervals where keyword
// hits are dense (every few bytes, as in hostile payloads), mixed with
// real values, with and without separators between them.
func TestFastEqualsReferenceDense(t *testing.T) {
	b := builtinEngine(t)
	for i, unit := range []string{
		"password ", "password=Hunter2x!Zq9 password ", "passwordpassword", "token=token=",
		"AKIA AKIAZ3MSJV4WJ7SXRQ5A ", "secret: s3cr3t-V4lue-9xQ secret: ", "key=key=ghp_",
		"api_key=\"sk_live_4eC39HqLyjWDarjtT1zdp7dc\" api_key ",
	} {
		p := bytes.Repeat([]byte(unit), 2048/len(unit)+1)
		assertSamePaths(t, b, fmt.Sprintf("dense %d", i), p)
	}
}

func FuzzFastEqualsReference(f *testing.F) {
	r := rand.New(rand.NewPCG(3, 4))
	for i := 0; i < 20; i++ {
		f.Add(randomPayload(r))
	}
	for _, frag := range fragments {
		f.Add([]byte(frag))
	}
	e, cold := testEngine(f), testEngine(f, noSet)
	f.Fuzz(func(t *testing.T, p []byte) {
		assertSamePaths(t, e, "test rules", p)
		assertSamePaths(t, cold, "test rules, no set", p)
	})
}

// FuzzFastEqualsReferenceBuiltin is FuzzFastEqualsReference with the
// built-in rules: slower per input, but it covers the real rule set.
func FuzzFastEqualsReferenceBuiltin(f *testing.F) {
	r := rand.New(rand.NewPCG(5, 6))
	for i := 0; i < 10; i++ {
		f.Add(randomPayload(r))
	}
	// Multiline rules with line windows (lines.go).
	f.Add([]byte("env:\n  - name: DB_PASSWORD\n    value: Xq7Lm2Vb9Rt4Kd\n"))
	f.Add([]byte("[{\"key\": \"X-Db-Password\",\n  \"value\": \"Brightc@rt-QA-2024\"}, {\"name\": \"API_TOKEN\", \"value\": \"Wk2Qp8Rt5Yx1Zn7Vb4Lm9Hc3\"}]"))
	b, cold := builtinEngine(f), builtinNoSet(f)
	f.Fuzz(func(t *testing.T, p []byte) {
		assertSamePaths(t, b, "built-in rules", p)
		assertSamePaths(t, cold, "built-in rules, no set", p)
	})
}

func TestConcurrentScan(t *testing.T) {
	payloads := make([][]byte, 16)
	r := rand.New(rand.NewPCG(5, 6))
	total := 0
	for i := range payloads {
		payloads[i] = randomPayload(r)
		total += len(payloads[i])
	}
	t.Run("eager set", func(t *testing.T) { testConcurrentScan(t, testEngine(t), payloads) })
	// The wanted results take total bytes, so the set is compiled while
	// the goroutines scan.
	late := testEngine(t, WithSetAfter(int64(3*total)))
	t.Run("late set", func(t *testing.T) { testConcurrentScan(t, late, payloads) })
	if late.gateSet(0) == nil {
		t.Error("late set: not in use at the end")
	}
}

func testConcurrentScan(t *testing.T, e *Engine, payloads [][]byte) {
	want := make([]Result, len(payloads))
	for i := range payloads {
		want[i] = e.Scan(context.Background(), payloads[i], ScanOptions{IncludeValues: true})
	}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range payloads {
				got := e.Scan(context.Background(), payloads[i], ScanOptions{IncludeValues: true})
				if !reflect.DeepEqual(got, want[i]) {
					t.Errorf("payload %d: concurrent scan differs", i)
					return
				}
			}
		}()
	}
	wg.Wait()
}

func TestScanFileUTF16(t *testing.T) {
	e := testEngine(t)
	text := "a\nkey demo_ab12cd34\n"
	// UTF-16LE with BOM
	data := []byte{0xFF, 0xFE}
	for _, c := range []byte(text) {
		data = append(data, c, 0)
	}
	res, err := e.ScanFile(context.Background(), data, ScanOptions{})
	if err != nil {
		t.Fatal(err)
	}
	want := []span{{"demo-token", 2 + 2*6, 2 + 2*19}}
	if got := spans(res.Findings); !reflect.DeepEqual(got, want) {
		t.Fatalf("got %+v, want %+v", got, want)
	}
	if f := res.Findings[0]; f.Line != 2 || f.Column != 9 {
		t.Errorf("line/column: got %d:%d, want 2:9 (bytes of the file)", f.Line, f.Column)
	}
	if _, err := e.ScanFile(context.Background(), []byte("ab\x00cd"), ScanOptions{}); err != ErrBinary {
		t.Errorf("binary: got %v, want ErrBinary", err)
	}
}

var (
	builtinOnce sync.Once
	builtinE    *Engine
	builtinF    []*rules.File
	builtinErr  error
)

// builtinEngine compiles the built-in rules once per test binary (go-re2
// compiles slowly under -race).
func builtinEngine(t testing.TB) *Engine {
	t.Helper()
	builtinOnce.Do(func() {
		builtinF, builtinErr = rules.Builtin()
		if builtinErr == nil {
			builtinE, builtinErr = New(builtinF)
		}
	})
	if builtinErr != nil {
		t.Fatal(builtinErr)
	}
	return builtinE
}

var (
	noSetOnce sync.Once
	noSetE    *Engine
	noSetErr  error
)

// builtinNoSet is builtinEngine without the RE2 set (noSet).
func builtinNoSet(t testing.TB) *Engine {
	t.Helper()
	builtinEngine(t)
	noSetOnce.Do(func() { noSetE, noSetErr = New(builtinF, noSet) })
	if noSetErr != nil {
		t.Fatal(noSetErr)
	}
	return noSetE
}

func TestBuiltinSamples(t *testing.T) {
	e := builtinEngine(t)
	for _, f := range e.CheckSamples(builtinF) {
		t.Error(f)
	}
}

func TestFastEqualsReferenceCorpus(t *testing.T) {
	t.Run("set", func(t *testing.T) { testFastEqualsReferenceCorpus(t, builtinEngine(t)) })
	t.Run("no set", func(t *testing.T) { testFastEqualsReferenceCorpus(t, builtinNoSet(t)) })
}

func testFastEqualsReferenceCorpus(t *testing.T, e *Engine) {
	n := 0
	err := filepath.WalkDir("../testdata/corpus", func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.HasSuffix(p, ".json") && strings.Contains(p, "golden") {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		assertSamePaths(t, e, p, data)
		n++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n < 300 {
		t.Errorf("corpus: got %d files, want at least 300", n)
	}
	r := rand.New(rand.NewPCG(7, 8))
	for i := 0; i < 300; i++ {
		assertSamePaths(t, e, fmt.Sprintf("random %d", i), randomPayload(r))
	}
}

// TestBuiltinPercentEncoded checks that URL-encoded PII is found by the
// built-in rules through decode-and-rescan, with spans over the encoded text.
func TestBuiltinPercentEncoded(t *testing.T) {
	e := builtinEngine(t)
	p := "GET /checkout?card=4111%201111%201111%201111&email=jane%40example.com HTTP/1.1"
	res := e.Scan(context.Background(), []byte(p), ScanOptions{IncludeValues: true})
	got := map[string]string{}
	for _, f := range res.Findings {
		got[f.Type] = f.Value
	}
	want := map[string]string{
		"CREDIT_CARD_NUMBER": "4111%201111%201111%201111",
		"EMAIL_ADDRESS":      "jane%40example.com",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

// ruleAndCorpusTexts returns the built-in rules' match samples (and their
// no-match samples too, with noMatch) and every file of the labelled
// corpus: texts to check a load-time analysis of the rules against.
// Call builtinEngine first.
func ruleAndCorpusTexts(t testing.TB, noMatch bool) [][]byte {
	t.Helper()
	var texts [][]byte
	for _, f := range builtinF {
		for _, r := range f.Rules {
			for _, s := range r.Samples.Match {
				texts = append(texts, []byte(s.Text))
			}
			if noMatch {
				for _, s := range r.Samples.NoMatch {
					texts = append(texts, []byte(s.Text))
				}
			}
		}
	}
	err := filepath.WalkDir("../testdata/corpus", func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		texts = append(texts, data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return texts
}

// TestSetAfter checks that an engine whose RE2 set is not yet in use
// (WithSetAfter) finds exactly what one with the set finds, and that the set
// is compiled and used once the engine has scanned the bytes it waits for.
func TestSetAfter(t *testing.T) {
	e := builtinEngine(t)
	texts := ruleAndCorpusTexts(t, true)
	total := 0
	for _, p := range texts {
		total += len(p)
	}
	cold, err := New(builtinF, WithSetAfter(int64(total)))
	if err != nil {
		t.Fatal(err)
	}
	if cold.set != nil {
		t.Fatal("set compiled at New")
	}
	// Decoded text (percent-encoding) counts too, so the last few texts may
	// be scanned with the set.
	opts := ScanOptions{MinConfidence: 1e-9}
	for i, p := range texts {
		want := e.Scan(context.Background(), p, opts)
		if got := cold.Scan(context.Background(), p, opts); !reflect.DeepEqual(got, want) {
			t.Fatalf("text %d: without the set\n got %+v\nwant %+v", i, got.Findings, want.Findings)
		}
	}
	if cold.gateSet(0) == nil {
		t.Errorf("set not in use after %d of %d bytes", cold.scanned.Load(), total)
	}
	// once in use, it finds what the eager engine's finds
	for i, p := range texts[:50] {
		want := e.Scan(context.Background(), p, opts)
		if got := cold.Scan(context.Background(), p, opts); !reflect.DeepEqual(got, want) {
			t.Fatalf("text %d: with the late set\n got %+v\nwant %+v", i, got.Findings, want.Findings)
		}
	}
}

func TestPathAllowlist(t *testing.T) {
	f, err := rules.Parse("allow.yaml", []byte("allowlist:\n  paths: ['(^|/)vendor/', '\\.min\\.js$']\n"))
	if err != nil {
		t.Fatal(err)
	}
	a, err := NewPathAllowlist([]*rules.File{f})
	if err != nil {
		t.Fatal(err)
	}
	for path, want := range map[string]bool{
		"vendor/x.go": true, "src/vendor/y.go": true, "app.min.js": true,
		"vendors.go": false, "src/main.go": false, "min.js.map": false,
	} {
		if got := a.Allow(path); got != want {
			t.Errorf("Allow(%q) = %v, want %v", path, got, want)
		}
	}
	// Parse checks path regexes; a File built in code is checked here.
	bad := &rules.File{Path: "code.yaml", Allowlist: rules.Allowlist{Paths: []string{"(unclosed"}}}
	if _, err := NewPathAllowlist([]*rules.File{bad}); err == nil || !strings.Contains(err.Error(), "code.yaml") {
		t.Errorf("bad path regex: error %v, want one naming the file", err)
	}
}

// TestContainerYieldsToSpecificSecret: URL userinfo is a container
// (Rule.Container). A provider token in it is reported as that token, the
// userinfo recorded as covered; a password or a PII username is not a
// specific secret, so the userinfo stays the finding.
func TestContainerYieldsToSpecificSecret(t *testing.T) {
	e := builtinEngine(t)
	const tok = "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"
	for _, tc := range []struct {
		payload, typ, value, covered string
	}{
		{"git clone https://ci-bot:" + tok + "@github.com/acme/app.git", "GITHUB_TOKEN", tok, "url-credentials"},
		{"https://oauth2:glpat-4RkU_ZKf4AgmPyGPWiiI@gitlab.com\n", "GITLAB_TOKEN", "glpat-4RkU_ZKf4AgmPyGPWiiI", "url-credentials"},
		{"pip install --index-url https://deploy:Pl8nkWq3z@pypi.acme.io/simple/", "URL_CREDENTIALS", "deploy:Pl8nkWq3z", ""},
		// Vb6tRe2qX9@mail.acme.io is the URL's password and host, no address
		{"smtp://jane.doe%40acme.io:Vb6tRe2qX9@mail.acme.io", "URL_CREDENTIALS", "jane.doe%40acme.io:Vb6tRe2qX9", ""},
	} {
		res := e.Scan(context.Background(), []byte(tc.payload), ScanOptions{IncludeValues: true})
		if len(res.Findings) != 1 {
			t.Errorf("%q: got %d findings %+v, want 1", tc.payload, len(res.Findings), res.Findings)
			continue
		}
		f := res.Findings[0]
		if f.Type != tc.typ || f.Value != tc.value {
			t.Errorf("%q: got %s %q, want %s %q", tc.payload, f.Type, f.Value, tc.typ, tc.value)
		}
		var cov []string
		for _, c := range f.Covered {
			cov = append(cov, c.Rule)
		}
		if tc.covered != "" && !slices.Contains(cov, tc.covered) {
			t.Errorf("%q: covered %v, want %s among them", tc.payload, cov, tc.covered)
		}
	}
}

// TestSameValueTakesSpecificType checks that a value a generic rule finds
// takes the type a specific rule gives the very same value elsewhere in the
// payload, on both paths, and that a different value keeps its own.
func TestSameValueTakesSpecificType(t *testing.T) {
	e := builtinEngine(t)
	const key = "Rk2vT9wLq4Zm8Xp1Nc7Hd3Jf6Gb0Ys5UaEiWoQtV"
	payload := []byte(`{"Match": "AWS_SECRET_ACCESS_KEY=` + key + `", "Secret": "` + key + `",` +
		"\n\"other\": {\"secret\": \"Zq8Lm2Vb9Rt4KdX7Wp1Nc3Hf6Jg0Ys5UaEiQoTe\"}}")
	for _, ref := range []bool{false, true} {
		res := e.Scan(context.Background(), payload, ScanOptions{IncludeValues: true, Reference: ref})
		types := map[string][]string{}
		for _, f := range res.Findings {
			types[f.Value] = append(types[f.Value], f.Type+"/"+f.Rule)
		}
		got := types[key]
		if len(got) != 2 || !strings.HasPrefix(got[0], "AWS_SECRET_ACCESS_KEY/") || !strings.HasPrefix(got[1], "AWS_SECRET_ACCESS_KEY/") {
			t.Errorf("reference=%v: the key's findings %v, want two AWS_SECRET_ACCESS_KEY", ref, got)
		}
		if other := types["Zq8Lm2Vb9Rt4KdX7Wp1Nc3Hf6Jg0Ys5UaEiQoTe"]; len(other) != 1 || !strings.HasPrefix(other[0], "GENERIC_SECRET/") {
			t.Errorf("reference=%v: another value's findings %v, want one GENERIC_SECRET", ref, other)
		}
	}
}

func TestYields(t *testing.T) {
	outer := &rule{container: true}
	for _, tc := range []struct {
		outer, inner *rule
		want         bool
	}{
		{outer, &rule{category: rules.Secret}, true},
		{outer, &rule{category: rules.Secret, generic: true}, false},
		{outer, &rule{category: rules.Credential}, false},
		{outer, &rule{category: rules.PII}, false},
		{&rule{}, &rule{category: rules.Secret}, false},
	} {
		if got := yields(&candidate{rule: tc.outer}, &candidate{rule: tc.inner}); got != tc.want {
			t.Errorf("yields(container=%v, %s generic=%v) = %v", tc.outer.container, tc.inner.category, tc.inner.generic, got)
		}
	}
}
