package engine

import (
	"context"
	"fmt"

	"github.com/veil-dlp/veil/rules"
)

// SampleFailure is a rule sample that did not behave as its rule file says.
type SampleFailure struct {
	File   string
	Line   int
	RuleID string
	Msg    string
}

func (f SampleFailure) String() string {
	return fmt.Sprintf("%s:%d: rule %q: %s", f.File, f.Line, f.RuleID, f.Msg)
}

// CheckSamples runs the samples of every enabled rule of files against e
// (which must have been built from the same files). A match sample must give
// a finding of its rule, with the sample's value if one is set; a no_match
// sample must give none. Findings covered by another finding count, so a
// sample tests its rule, not the overlap strategy.
func (e *Engine) CheckSamples(files []*rules.File) []SampleFailure {
	enabled := map[string]bool{}
	for _, r := range e.rules {
		enabled[r.id] = true
	}
	var fails []SampleFailure
	for _, f := range files {
		for i := range f.Rules {
			r := &f.Rules[i]
			if !enabled[r.ID] {
				continue
			}
			fail := func(s rules.Sample, format string, args ...any) {
				fails = append(fails, SampleFailure{File: f.Path, Line: s.Line, RuleID: r.ID, Msg: fmt.Sprintf(format, args...)})
			}
			if len(r.Samples.Match) < 2 || len(r.Samples.NoMatch) < 2 {
				fails = append(fails, SampleFailure{File: f.Path, Line: r.Line, RuleID: r.ID,
					Msg: fmt.Sprintf("needs at least 2 match and 2 no_match samples, has %d and %d", len(r.Samples.Match), len(r.Samples.NoMatch))})
			}
			for _, s := range r.Samples.Match {
				got := e.ruleValues(r.ID, s.Text)
				switch {
				case len(got) == 0:
					fail(s, "match sample: no finding")
				case s.Value != "" && !contains(got, s.Value):
					fail(s, "match sample: found %q, want %q", got, s.Value)
				}
			}
			for _, s := range r.Samples.NoMatch {
				if got := e.ruleValues(r.ID, s.Text); len(got) > 0 {
					fail(s, "no_match sample: found %q", got)
				}
			}
		}
	}
	return fails
}

// ruleValues returns the values rule id finds in text, covered or not.
func (e *Engine) ruleValues(id, text string) []string {
	res := e.Scan(context.Background(), []byte(text), ScanOptions{IncludeValues: true})
	var out []string
	var walk func(fs []Finding)
	walk = func(fs []Finding) {
		for _, f := range fs {
			if f.Rule == id {
				out = append(out, f.Value)
			}
			walk(f.Covered)
		}
	}
	walk(res.Findings)
	return out
}

func contains(list []string, v string) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}
