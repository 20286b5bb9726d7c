package policy

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"
)

// A tests file holds offline test cases for a policy:
//
//	policy: gateway.yaml        # relative to this file; omitted: the built-in policy
//	tests:
//	  - name: a card to a SaaS tool is masked
//	    destination: marketing
//	    request: {app_id: crm, actor_role: sync, labels: {team: growth}}
//	    input: "card 4111 1111 1111 1111"
//	    expect:
//	      verdict: REDACT                # ALLOW, REDACT or BLOCK
//	      output: "card **** **** **** 1111"
//	      actions: {CREDIT_CARD_NUMBER: mask}
//	      flags: [bulk_export]
//	      incomplete: false
//
// Keys are replaced by fixed test keys derived from their ids, so expected
// tokens and hashes are stable across machines.

// TestFile is a parsed tests file.
type TestFile struct {
	Path   string
	Policy string // resolved path, "" for the built-in policy
	Tests  []TestCase
}

// TestCase is one test.
type TestCase struct {
	Name        string
	Line        int
	Destination string
	Request     Request
	Input       string
	Expect      Expect
}

// Expect is what a test case checks; unset fields are not checked.
type Expect struct {
	Verdict    *Verdict
	Output     *string
	Actions    map[string]Action
	Flags      []string
	Incomplete *bool
}

// TestFailure is a failed expectation, with file and line.
type TestFailure struct {
	File string
	Line int
	Test string
	Msg  string
}

func (f TestFailure) String() string {
	return fmt.Sprintf("%s:%d: test %q: %s", f.File, f.Line, f.Test, f.Msg)
}

// ParseTestFile reads a tests file.
func ParseTestFile(path string) (*TestFile, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, &Error{File: path, Msg: strings.TrimPrefix(err.Error(), "yaml: ")}
	}
	if len(doc.Content) == 0 {
		return nil, &Error{File: path, Msg: "empty tests file"}
	}
	l := &loader{file: path}
	f, err := l.fields(doc.Content[0], "a tests file", "policy", "tests")
	if err != nil {
		return nil, err
	}
	tf := &TestFile{Path: path}
	if n := f["policy"]; n != nil {
		p, err := l.str(n, "policy")
		if err != nil {
			return nil, err
		}
		if !filepath.IsAbs(p) {
			p = filepath.Join(filepath.Dir(path), p)
		}
		tf.Policy = p
	}
	tn := f["tests"]
	if tn == nil || tn.Kind != yaml.SequenceNode || len(tn.Content) == 0 {
		return nil, l.errf(doc.Content[0], "tests must be a non-empty list")
	}
	for _, n := range tn.Content {
		tc, err := l.testCase(n)
		if err != nil {
			return nil, err
		}
		tf.Tests = append(tf.Tests, tc)
	}
	return tf, nil
}

func (l *loader) testCase(n *yaml.Node) (TestCase, error) {
	tc := TestCase{Line: n.Line}
	f, err := l.fields(n, "a test", "name", "destination", "request", "input", "expect")
	if err != nil {
		return tc, err
	}
	for key, dst := range map[string]*string{"name": &tc.Name, "destination": &tc.Destination, "input": &tc.Input} {
		v := f[key]
		if v == nil {
			return tc, l.errf(n, "a test needs %s", key)
		}
		if *dst, err = l.str(v, key); err != nil {
			return tc, err
		}
	}
	if rn := f["request"]; rn != nil {
		rf, err := l.fields(rn, "request", "app_id", "actor_id", "actor_role", "content_type", "labels")
		if err != nil {
			return tc, err
		}
		for key, dst := range map[string]*string{"app_id": &tc.Request.AppID, "actor_id": &tc.Request.ActorID, "actor_role": &tc.Request.ActorRole, "content_type": &tc.Request.ContentType} {
			if v := rf[key]; v != nil {
				if *dst, err = l.str(v, key); err != nil {
					return tc, err
				}
			}
		}
		if ln := rf["labels"]; ln != nil {
			if err := ln.Decode(&tc.Request.Labels); err != nil {
				return tc, l.errf(ln, "labels must map strings to strings")
			}
		}
	}
	en := f["expect"]
	if en == nil {
		return tc, l.errf(n, "a test needs expect")
	}
	ef, err := l.fields(en, "expect", "verdict", "output", "actions", "flags", "incomplete")
	if err != nil {
		return tc, err
	}
	if v := ef["verdict"]; v != nil {
		vd, ok := ParseVerdict(v.Value)
		if !ok {
			return tc, l.errf(v, "verdict must be ALLOW, REDACT or BLOCK")
		}
		tc.Expect.Verdict = &vd
	}
	if v := ef["output"]; v != nil {
		s, err := l.str(v, "output")
		if err != nil {
			return tc, err
		}
		tc.Expect.Output = &s
	}
	if v := ef["actions"]; v != nil {
		var m map[string]string
		if err := v.Decode(&m); err != nil {
			return tc, l.errf(v, "actions must map types to actions")
		}
		tc.Expect.Actions = map[string]Action{}
		for typ, name := range m {
			a, ok := parseAction(name)
			if !ok {
				return tc, l.errf(v, "unknown action %q for %s", name, typ)
			}
			tc.Expect.Actions[typ] = a
		}
	}
	if v := ef["flags"]; v != nil {
		if tc.Expect.Flags, err = l.strList(v, "flags"); err != nil {
			return tc, err
		}
	}
	if v := ef["incomplete"]; v != nil {
		b, err := l.boolean(v, "incomplete")
		if err != nil {
			return tc, err
		}
		tc.Expect.Incomplete = &b
	}
	return tc, nil
}

// TestKeyGetenv returns the stand-in for os.Getenv that policy tests use:
// every variable holds a fixed secret derived from its name, so tokens and
// hashes in expected outputs are the same on every machine. Never use it
// outside tests.
func TestKeyGetenv(name string) string { return "veil policy test key for " + name + " (not a secret)" }

// Run runs the test cases against a snapshot and returns the failures.
func (tf *TestFile) Run(ctx context.Context, s *Snapshot) []TestFailure {
	var out []TestFailure
	for _, tc := range tf.Tests {
		fail := func(format string, args ...any) {
			out = append(out, TestFailure{File: tf.Path, Line: tc.Line, Test: tc.Name, Msg: fmt.Sprintf(format, args...)})
		}
		req := tc.Request
		req.Destination = tc.Destination
		dec := s.Redact(ctx, []byte(tc.Input), req)
		e := tc.Expect
		if e.Verdict != nil && *e.Verdict != dec.Verdict {
			fail("verdict: want %s, got %s (destination %s, rules %v)", *e.Verdict, dec.Verdict, dec.Destination, dec.Rules)
		}
		if e.Output != nil && !bytes.Equal([]byte(*e.Output), dec.Output) {
			fail("output:\n    want %q\n    got  %q", *e.Output, dec.Output)
		}
		if e.Incomplete != nil && *e.Incomplete != dec.Incomplete {
			fail("incomplete: want %v, got %v %v", *e.Incomplete, dec.Incomplete, dec.Reasons)
		}
		for _, fl := range e.Flags {
			if !slices.Contains(dec.Flags, fl) {
				fail("flags: want %s among %v", fl, dec.Flags)
			}
		}
		got := map[string][]Action{}
		for _, f := range dec.Findings {
			got[f.Type] = append(got[f.Type], f.Action)
		}
		for typ, want := range e.Actions {
			acts := got[typ]
			if len(acts) == 0 {
				fail("actions: want %s for %s, but there is no %s finding", want, typ, typ)
				continue
			}
			for _, a := range acts {
				if a != want {
					fail("actions: want %s for %s, got %s", want, typ, a)
					break
				}
			}
		}
	}
	return out
}

// TestFiles lists the tests files a path names: the file itself, or every
// *.tests.yaml under a directory.
func TestFiles(path string) ([]string, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if !st.IsDir() {
		return []string{path}, nil
	}
	var out []string
	err = filepath.WalkDir(path, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(p, ".tests.yaml") {
			out = append(out, p)
		}
		return nil
	})
	if err == nil && len(out) == 0 {
		err = fmt.Errorf("%s: no *.tests.yaml files", path)
	}
	return out, err
}
