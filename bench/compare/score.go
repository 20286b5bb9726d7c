package main

import (
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
)

// label is one planted value in labels.json: its type and byte span
// [Start, End) in the file. Value is the planted text, used only to check
// that the span is right; it is never printed.
type label struct {
	Type  string `json:"type"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Value string `json:"value"`
}

// fileLabels is the ground truth of one corpus file.
type fileLabels struct {
	Negative bool    `json:"negative"`
	Labels   []label `json:"labels"`
}

// labelSet maps a path relative to the corpus directory, with '/'
// separators, to its ground truth.
type labelSet map[string]fileLabels

// finding is one tool finding, normalised: the path relative to the scanned
// directory, a veil type (or an unmapped gitleaks rule, see gitleaksType),
// whether it is a secret or credential rather than PII, and its byte span.
type finding struct {
	Path   string
	Type   string
	Rule   string
	Secret bool
	Start  int
	End    int
}

// labelCandidates lists where labels.json may be, in order, when -labels is
// not given: beside the corpus directory (testdata/labels.json), then inside
// it (its location while it is being moved).
func labelCandidates(corpus string) []string {
	return []string{
		filepath.Join(filepath.Dir(filepath.Clean(corpus)), "labels.json"),
		filepath.Join(corpus, "labels.json"),
	}
}

// loadLabels reads the labels from path, or from the first of
// labelCandidates(corpus) that exists when path is empty or missing. It
// returns the file it read.
func loadLabels(corpus, path string) (labelSet, string, error) {
	candidates := labelCandidates(corpus)
	if path != "" {
		candidates = append([]string{path}, candidates...)
	}
	for _, p := range candidates {
		data, err := os.ReadFile(p)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return nil, "", err
		}
		var set labelSet
		if err := json.Unmarshal(data, &set); err != nil {
			return nil, "", fmt.Errorf("%s: %w", p, err)
		}
		if len(set) == 0 {
			return nil, "", fmt.Errorf("%s: no files", p)
		}
		return set, p, nil
	}
	return nil, "", fmt.Errorf("no labels: tried %v", candidates)
}

// paths returns the labelled paths, sorted.
func (s labelSet) paths() []string {
	out := make([]string, 0, len(s))
	for p := range s {
		out = append(out, p)
	}
	slices.Sort(out)
	return out
}

// iou is the intersection over union of the spans [s1, e1) and [s2, e2).
func iou(s1, e1, s2, e2 int) float64 {
	inter := min(e1, e2) - max(s1, s2)
	if inter <= 0 {
		return 0
	}
	return float64(inter) / float64(max(e1, e2)-min(s1, s2))
}

// minIoU is the overlap a finding needs with a label to count as finding it.
const minIoU = 0.5

// matchFile pairs the findings of one file with its labels, one to one: a
// pair qualifies when the spans' IoU is at least minIoU and, if typed, the
// types are equal. Pairs are taken greedily, those whose types agree first
// (so untyped matching credits the finding of the right type, not a generic
// one on the same span), then by decreasing IoU; a duplicate finding of an
// already found label is a false positive. It reports which labels and which
// findings were paired.
func matchFile(ls []label, fs []finding, typed bool) (labelHit, findingHit []bool) {
	type pair struct {
		l, f int
		same bool
		iou  float64
	}
	var pairs []pair
	for i, l := range ls {
		for j, f := range fs {
			same := l.Type == f.Type
			if typed && !same {
				continue
			}
			if v := iou(l.Start, l.End, f.Start, f.End); v >= minIoU {
				pairs = append(pairs, pair{i, j, same, v})
			}
		}
	}
	slices.SortStableFunc(pairs, func(a, b pair) int {
		return cmp.Or(cmp.Compare(boolInt(b.same), boolInt(a.same)), cmp.Compare(b.iou, a.iou))
	})
	labelHit, findingHit = make([]bool, len(ls)), make([]bool, len(fs))
	for _, p := range pairs {
		if !labelHit[p.l] && !findingHit[p.f] {
			labelHit[p.l], findingHit[p.f] = true, true
		}
	}
	return labelHit, findingHit
}

// counts are the outcome of scoring findings against labels.
type counts struct{ TP, FP, FN int }

func (c counts) precision() float64 { return ratio(c.TP, c.TP+c.FP) }
func (c counts) recall() float64    { return ratio(c.TP, c.TP+c.FN) }

// f1 is the harmonic mean of precision and recall (micro-averaged, since
// counts are summed over every file and type first).
func (c counts) f1() float64 { return ratio(2*c.TP, 2*c.TP+c.FP+c.FN) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// scope selects the labels and findings a score is about.
type scope struct {
	label   func(label) bool
	finding func(finding) bool
}

// allTypes scores every label and finding.
var allTypes = scope{
	label:   func(label) bool { return true },
	finding: func(finding) bool { return true },
}

// secretScope scores secrets and credentials only: labels whose type is not
// PII, findings that are not PII.
func secretScope(pii map[string]bool) scope {
	return scope{
		label:   func(l label) bool { return !pii[l.Type] },
		finding: func(f finding) bool { return f.Secret },
	}
}

// score is the result of one tool in one scope and matching mode.
type score struct {
	counts
	// byType counts, per label type, the labels found and all labels.
	byType map[string][2]int
	// byRule counts, per rule, the findings and those that found a label.
	byRule map[string][2]int
}

// evaluate scores findings (grouped by path) against the labels in sc.
func evaluate(set labelSet, byPath map[string][]finding, sc scope, typed bool) score {
	s := score{byType: map[string][2]int{}, byRule: map[string][2]int{}}
	for path, fl := range set {
		var ls []label
		for _, l := range fl.Labels {
			if sc.label(l) {
				ls = append(ls, l)
			}
		}
		var fs []finding
		for _, f := range byPath[path] {
			if sc.finding(f) {
				fs = append(fs, f)
			}
		}
		lh, fh := matchFile(ls, fs, typed)
		for i, l := range ls {
			n := s.byType[l.Type]
			n[1]++
			if lh[i] {
				n[0]++
				s.TP++
			} else {
				s.FN++
			}
			s.byType[l.Type] = n
		}
		for i, f := range fs {
			n := s.byRule[f.Rule]
			n[0]++
			if fh[i] {
				n[1]++
			} else {
				s.FP++
			}
			s.byRule[f.Rule] = n
		}
	}
	return s
}

// negativeFPs counts the findings in sc on negative files, and how many
// negative files have at least one.
func negativeFPs(set labelSet, byPath map[string][]finding, sc scope) (findings, files int) {
	for path, fl := range set {
		if !fl.Negative {
			continue
		}
		n := 0
		for _, f := range byPath[path] {
			if sc.finding(f) {
				n++
			}
		}
		findings += n
		if n > 0 {
			files++
		}
	}
	return findings, files
}
