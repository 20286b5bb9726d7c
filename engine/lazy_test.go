package engine

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	re2 "github.com/wasilibs/go-re2"

	"github.com/veil-dlp/veil/rules"
)

// TestLazyRegexesSameFindings checks that an engine compiling each rule's
// regex on first use finds what the eager engine finds, on the corpus, and
// that the value group New reads from Go's parse tree is the one RE2
// numbers.
func TestLazyRegexesSameFindings(t *testing.T) {
	eager := builtinEngine(t)
	files, err := rules.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	lazy, err := New(files, WithLazyRegexes())
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range eager.rules {
		if want := max(r.re.SubexpIndex("value"), 0); r.valueGroup != want {
			t.Errorf("%s: value group %d, RE2 says %d", r.id, r.valueGroup, want)
		}
	}
	paths, _ := filepath.Glob("../testdata/corpus/*/*")
	if len(paths) == 0 {
		t.Fatal("no corpus files")
	}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		want := eager.Scan(context.Background(), b, ScanOptions{IncludeValues: true})
		got := lazy.Scan(context.Background(), b, ScanOptions{IncludeValues: true})
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: lazy %+v, eager %+v", p, got, want)
		}
	}
	compiled := 0
	for _, r := range lazy.rules {
		if r.lazy.re != nil {
			compiled++
		}
	}
	if compiled == 0 || compiled == len(lazy.rules) {
		t.Errorf("%d of %d rules compiled after the corpus", compiled, len(lazy.rules))
	}
}

// TestLazyRegexCompileError checks that a regex RE2 rejects on first use
// stops the scan as incomplete, on every scan, and does not fail New.
func TestLazyRegexCompileError(t *testing.T) {
	defer func(c func(string) (*re2.Regexp, error)) { compileRE2 = c }(compileRE2)
	compileRE2 = func(expr string) (*re2.Regexp, error) {
		if expr == `\bbroken-[0-9]{4}\b` {
			return nil, errors.New("injected")
		}
		return re2.Compile(expr)
	}
	f := &rules.File{Path: "t.yaml", Rules: []rules.Rule{
		{ID: "broken", Type: "X", Category: rules.Secret, Keywords: []string{"broken-"}, Regex: `\bbroken-[0-9]{4}\b`, Confidence: 0.9},
		{ID: "fine", Type: "Y", Category: rules.Secret, Keywords: []string{"fine-"}, Regex: `\bfine-[0-9]{4}\b`, Confidence: 0.9},
	}}
	e, err := New([]*rules.File{f}, WithLazyRegexes())
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	if res := e.Scan(context.Background(), []byte("fine-1234 only"), ScanOptions{}); res.Incomplete || len(res.Findings) != 1 {
		t.Errorf("a payload the broken rule never runs on: %+v", res)
	}
	for range 2 {
		res := e.Scan(context.Background(), []byte("broken-1234 and fine-5678"), ScanOptions{})
		if !res.Incomplete || res.Reason != ReasonRuleError {
			t.Errorf("broken rule run: %+v", res)
		}
	}
	if _, err := New([]*rules.File{f}); err == nil {
		t.Error("eager New accepted the regex RE2 rejects")
	}
}

// TestConcurrentLazyCompile scans from several goroutines at once on a lazy
// engine, so that first uses race to compile (run with -race).
func TestConcurrentLazyCompile(t *testing.T) {
	f := &rules.File{Path: "t.yaml"}
	for _, w := range []string{"alpha", "bravo", "charlie", "delta"} {
		f.Rules = append(f.Rules, rules.Rule{ID: w, Type: "X", Category: rules.Secret, Keywords: []string{w + "-"},
			Regex: `\b` + w + `-(?P<value>[0-9]{4})\b`, Confidence: 0.9})
	}
	e, err := New([]*rules.File{f}, WithLazyRegexes())
	if err != nil {
		t.Fatal(err)
	}
	payload := []byte("alpha-1111 bravo-2222 charlie-3333 delta-4444")
	done := make(chan int)
	for range 4 {
		go func() {
			n := 0
			for range 20 {
				n += len(e.Scan(context.Background(), payload, ScanOptions{}).Findings)
			}
			done <- n
		}()
	}
	for range 4 {
		if n := <-done; n != 80 {
			t.Errorf("%d findings in 20 scans, want 80", n)
		}
	}
}
