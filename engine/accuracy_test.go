package engine

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/corpus.golden.json from the engine's findings")

// The labelled corpus: testdata/corpus holds the files, testdata/labels.json
// the ground truth written by the seeded generator in bench/corpus (never by
// the engine): path -> {negative, labels: [{type, start, end, value}]}.
const (
	corpusDir  = "../testdata/corpus"
	labelsFile = "../testdata/labels.json"
	goldenFile = "../testdata/corpus.golden.json"
)

type labelFile struct {
	Negative bool `json:"negative"`
	Labels   []struct {
		Type  string `json:"type"`
		Start int    `json:"start"`
		End   int    `json:"end"`
	} `json:"labels"`
}

// goldenFinding is one line of the golden file: what the engine reported,
// without values, so a diff of the golden file shows behaviour changes.
type goldenFinding struct {
	Type       string  `json:"type"`
	Rule       string  `json:"rule"`
	Start      int     `json:"start"`
	End        int     `json:"end"`
	Confidence float64 `json:"confidence"`
}

func loadLabels(t *testing.T) map[string]labelFile {
	t.Helper()
	data, err := os.ReadFile(labelsFile)
	if err != nil {
		t.Fatal(err)
	}
	var labels map[string]labelFile
	if err := json.Unmarshal(data, &labels); err != nil {
		t.Fatal(err)
	}
	return labels
}

// scanCorpus scans every labelled file with the built-in rules.
func scanCorpus(t *testing.T, labels map[string]labelFile) map[string][]goldenFinding {
	e := builtinEngine(t)
	out := map[string][]goldenFinding{}
	for path := range labels {
		data, err := os.ReadFile(filepath.Join(corpusDir, filepath.FromSlash(path)))
		if err != nil {
			t.Fatal(err)
		}
		res, err := e.ScanFile(context.Background(), data, ScanOptions{})
		if errors.Is(err, ErrBinary) {
			out[path] = []goldenFinding{}
			continue
		}
		if err != nil || res.Incomplete {
			t.Fatalf("%s: err=%v incomplete=%v", path, err, res.Incomplete)
		}
		gs := []goldenFinding{}
		for _, f := range res.Findings {
			gs = append(gs, goldenFinding{f.Type, f.Rule, f.Start, f.End, f.Confidence})
		}
		out[path] = gs
	}
	return out
}

// TestCorpusGolden pins the engine's findings on the corpus; run with
// -update after an intended change and review the diff.
func TestCorpusGolden(t *testing.T) {
	got := scanCorpus(t, loadLabels(t))
	if *update {
		data, err := json.MarshalIndent(got, "", " ")
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(goldenFile, append(data, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	data, err := os.ReadFile(goldenFile)
	if err != nil {
		t.Fatalf("%v (run go test ./engine -run TestCorpusGolden -update)", err)
	}
	var want map[string][]goldenFinding
	if err := json.Unmarshal(data, &want); err != nil {
		t.Fatal(err)
	}
	paths := make([]string, 0, len(got))
	for p := range got {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	diffs := 0
	for _, p := range paths {
		if fmt.Sprint(got[p]) != fmt.Sprint(want[p]) {
			diffs++
			if diffs <= 10 {
				t.Errorf("%s:\n got %v\nwant %v", p, got[p], want[p])
			}
		}
	}
	if diffs > 0 {
		t.Errorf("%d files differ from %s; if intended, rerun with -update", diffs, goldenFile)
	}
}

// Accuracy thresholds on the labelled corpus. A finding matches a label of
// the same type when their spans overlap with IoU >= 0.5.
const (
	minMicroF1          = 0.97
	minTypeF1           = 0.85 // for every type with at least minTypeSupport labels
	minTypeSupport      = 10
	maxFalsePerNegative = 0.02 // false positives per negative-only file
)

type counts struct{ tp, fp, fn int }

func (c counts) f1() float64 {
	if c.tp == 0 {
		return 0
	}
	p := float64(c.tp) / float64(c.tp+c.fp)
	r := float64(c.tp) / float64(c.tp+c.fn)
	return 2 * p * r / (p + r)
}

func iou(a0, a1, b0, b1 int) float64 {
	inter := min(a1, b1) - max(a0, b0)
	if inter <= 0 {
		return 0
	}
	return float64(inter) / float64(max(a1, b1)-min(a0, b0))
}

func TestCorpusAccuracy(t *testing.T) {
	labels := loadLabels(t)
	found := scanCorpus(t, labels)
	perType := map[string]*counts{}
	get := func(typ string) *counts {
		if perType[typ] == nil {
			perType[typ] = &counts{}
		}
		return perType[typ]
	}
	var negFP, negFiles int
	var report []string
	for path, lf := range labels {
		used := make([]bool, len(lf.Labels))
		for _, f := range found[path] {
			hit := false
			for i, l := range lf.Labels {
				if !used[i] && l.Type == f.Type && iou(f.Start, f.End, l.Start, l.End) >= 0.5 {
					used[i], hit = true, true
					break
				}
			}
			if hit {
				get(f.Type).tp++
				continue
			}
			get(f.Type).fp++
			if lf.Negative {
				negFP++
			}
			report = append(report, fmt.Sprintf("FP %s %s [%d,%d) rule %s", path, f.Type, f.Start, f.End, f.Rule))
		}
		for i, l := range lf.Labels {
			if !used[i] {
				get(l.Type).fn++
				report = append(report, fmt.Sprintf("FN %s %s [%d,%d)", path, l.Type, l.Start, l.End))
			}
		}
		if lf.Negative {
			negFiles++
		}
	}
	var total counts
	types := make([]string, 0, len(perType))
	for typ, c := range perType {
		types = append(types, typ)
		total.tp += c.tp
		total.fp += c.fp
		total.fn += c.fn
	}
	sort.Strings(types)
	var table strings.Builder
	fmt.Fprintf(&table, "%-46s %5s %5s %5s %6s\n", "type", "tp", "fp", "fn", "f1")
	for _, typ := range types {
		c := perType[typ]
		fmt.Fprintf(&table, "%-46s %5d %5d %5d %6.3f\n", typ, c.tp, c.fp, c.fn, c.f1())
		if c.tp+c.fn >= minTypeSupport && c.f1() < minTypeF1 {
			t.Errorf("%s: F1 %.3f < %.2f", typ, c.f1(), minTypeF1)
		}
	}
	fmt.Fprintf(&table, "%-46s %5d %5d %5d %6.3f\n", "micro", total.tp, total.fp, total.fn, total.f1())
	fpRate := float64(negFP) / float64(max(negFiles, 1))
	fmt.Fprintf(&table, "false positives per negative-only file: %.3f (%d in %d files)\n", fpRate, negFP, negFiles)
	t.Log("\n" + table.String())
	if testing.Verbose() {
		sort.Strings(report)
		t.Log("\n" + strings.Join(report, "\n"))
	}
	if f1 := total.f1(); f1 < minMicroF1 {
		t.Errorf("micro F1 %.3f < %.2f", f1, minMicroF1)
	}
	if fpRate > maxFalsePerNegative {
		t.Errorf("false positives per negative file %.3f > %.2f", fpRate, maxFalsePerNegative)
	}
}
