// Command compare times veil and gitleaks as whole processes over the same
// labelled corpus and scores both against the labels. Run it from the
// repository root:
//
//	go run ./bench/compare -corpus testdata/corpus -labels testdata/labels.json -runs 5
//
// It prints a markdown report and writes it to bench/results/compare.md.
//
// # Method
//
// Staging. The labelled files (the keys of labels.json) are copied into a
// temporary directory, and both tools scan that directory: exactly the
// labelled files, never labels.json or golden files kept beside them.
//
// Speed. bin/veil and bin/gitleaks are built first, gitleaks at the version
// pinned by the tool directive in bench/tools/go.mod (a module of its own, so
// gitleaks' dependencies never enter veil's go.mod). Each tool runs once
// untimed (the warm-up, whose report is the one scored), then -runs times
// with the order of the tools alternating between runs. A run is a whole
// process: start-up, rule compilation, directory walk, scan and a JSON report
// written to a file. Wall time, CPU time (user+sys) and peak RSS are taken
// per process, and a run over an empty directory after each measures
// start-up alone. Medians are reported.
//
// Accuracy. A finding finds a label when their byte spans have IoU >= 0.5
// and, for typed scores, their types are equal; pairs are one to one, so a
// duplicate finding is a false positive. gitleaks reports line/column ranges
// and the matched text, not byte offsets: gitleaksSpan recovers the span of
// its Secret, and gitleaks_types.go maps its rule ids to veil types. Scores:
// (a) F1 on secrets and credentials (labels whose type is not PII, findings
// that are not PII), typed and untyped, since type names differ between the
// tools; (b) for veil, micro-F1 over all types; (c) findings per
// negative-only file, where every finding is false.
package main

import (
	"encoding/binary"
	"flag"
	"fmt"
	"io/fs"
	"log"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
	"unicode/utf16"
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("compare: ")
	var c config
	flag.StringVar(&c.corpus, "corpus", "testdata/corpus", "corpus `dir`ectory")
	flag.StringVar(&c.labels, "labels", "", "labels `file` (default: labels.json beside the corpus directory, then inside it)")
	flag.IntVar(&c.runs, "runs", 5, "timed runs of each tool")
	flag.StringVar(&c.out, "out", "bench/results/compare.md", "markdown report `file`")
	flag.StringVar(&c.bin, "bin", "bin", "`dir`ectory for the built binaries")
	flag.Parse()
	if flag.NArg() > 0 || c.runs < 1 {
		flag.Usage()
		os.Exit(2)
	}
	if err := run(c); err != nil {
		log.Fatal(err)
	}
}

// config holds the flags.
type config struct {
	corpus, labels, out, bin string
	runs                     int
}

// toolResult is everything measured about one tool.
type toolResult struct {
	tool
	findings []finding
	notes    []string
	corpus   []measurement // timed runs over the corpus
	empty    []measurement // timed runs over an empty directory
}

func run(c config) error {
	if _, err := os.Stat(toolsModfile); err != nil {
		return fmt.Errorf("run from the repository root (%s: %v)", toolsModfile, err)
	}
	set, labelsPath, err := loadLabels(c.corpus, c.labels)
	if err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "veil-compare-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	root, empty := filepath.Join(tmp, "corpus"), filepath.Join(tmp, "empty")
	if err := os.Mkdir(empty, 0o755); err != nil {
		return err
	}
	st, err := stage(c.corpus, root, set)
	if err != nil {
		return err
	}
	log.Printf("staged %d files (%d bytes) from %s; building bin/veil and bin/gitleaks", len(st.files), st.bytes, c.corpus)

	glVersion, glDir, err := build(c.bin)
	if err != nil {
		return err
	}
	veilBin, glBin := filepath.Join(c.bin, "veil"), filepath.Join(c.bin, "gitleaks")
	results := []*toolResult{{tool: veilTool("veil", veilBin)}, {tool: gitleaksTool(glBin)}}
	if hasReferenceFlag(veilBin) {
		results = append(results, &toolResult{tool: veilTool("veil --reference", veilBin, "--reference")})
	}

	// Warm-up: fills the page cache and gives the reports that are scored.
	report := filepath.Join(tmp, "report.json")
	for _, r := range results {
		if _, err := r.execute(root, report); err != nil {
			return err
		}
		data, err := os.ReadFile(report)
		if err != nil {
			return err
		}
		if r.findings, r.notes, err = r.parse(data, root, st.files); err != nil {
			return err
		}
	}

	for i := range c.runs {
		order := slices.Clone(results)
		if i%2 == 1 {
			slices.Reverse(order)
		}
		for _, r := range order {
			m, err := r.execute(root, report)
			if err != nil {
				return err
			}
			r.corpus = append(r.corpus, m)
			if m, err = r.execute(empty, report); err != nil {
				return err
			}
			r.empty = append(r.empty, m)
		}
		log.Printf("run %d/%d done", i+1, c.runs)
	}

	ids, err := gitleaksRuleIDs(glDir)
	if err != nil {
		return err
	}
	env := environment{
		command:         commandLine(),
		date:            time.Now().UTC().Format("2006-01-02 15:04 UTC"),
		machine:         machine(),
		goVersion:       goVersion(),
		veilVersion:     veilVersion(),
		gitleaksVersion: glVersion,
		gitleaksRules:   ids,
		corpus:          c.corpus,
		labels:          labelsPath,
		runs:            c.runs,
	}
	md := writeReport(env, set, st, piiTypes(veilBin), results)
	fmt.Print(md)
	if err := os.MkdirAll(filepath.Dir(c.out), 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(c.out, []byte(md), 0o644); err != nil {
		return err
	}
	log.Printf("wrote %s", c.out)
	return nil
}

// staged describes the copy of the corpus that the tools scan.
type staged struct {
	files      map[string][]byte // by path relative to the staging root
	bytes      int64
	unlabelled []string // corpus files without labels, left out
	badLabels  int      // labels whose span does not hold their value
}

// stage copies the labelled files of corpus into root and checks each
// label's span against its value.
func stage(corpus, root string, set labelSet) (staged, error) {
	st := staged{files: make(map[string][]byte, len(set))}
	for _, p := range set.paths() {
		data, err := os.ReadFile(filepath.Join(corpus, filepath.FromSlash(p)))
		if err != nil {
			return st, fmt.Errorf("labelled file: %w", err)
		}
		dst := filepath.Join(root, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return st, err
		}
		if err := os.WriteFile(dst, data, 0o644); err != nil {
			return st, err
		}
		st.files[p] = data
		st.bytes += int64(len(data))
		for _, l := range set[p].Labels {
			if !spanHolds(data, l) {
				st.badLabels++
			}
		}
	}
	err := filepath.WalkDir(corpus, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(corpus, p)
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		if _, ok := set[rel]; !ok && rel != "labels.json" {
			st.unlabelled = append(st.unlabelled, rel)
		}
		return nil
	})
	return st, err
}

// spanHolds reports whether the label's span of data holds its value, as
// UTF-8 or, for the corpus' UTF-16 files, as UTF-16 in either byte order.
func spanHolds(data []byte, l label) bool {
	if l.Start < 0 || l.End > len(data) || l.Start > l.End {
		return false
	}
	span := data[l.Start:l.End]
	if l.Value == "" || string(span) == l.Value {
		return true
	}
	units := utf16.Encode([]rune(l.Value))
	if len(span) != 2*len(units) {
		return false
	}
	le, be := true, true
	for i, u := range units {
		le = le && binary.LittleEndian.Uint16(span[2*i:]) == u
		be = be && binary.BigEndian.Uint16(span[2*i:]) == u
	}
	return le || be
}

// piiTypes returns the finding types whose category is PII: those of veil's
// rules (from `veil rules list`) and the PII types the corpus plants, so a
// label type with no veil rule yet is still classified.
func piiTypes(veil string) map[string]bool {
	pii := map[string]bool{}
	for _, t := range []string{
		"EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD_NUMBER", "US_SOCIAL_SECURITY_NUMBER",
		"US_INDIVIDUAL_TAXPAYER_IDENTIFICATION_NUMBER", "IBAN_CODE", "IP_ADDRESS", "MAC_ADDRESS",
		"DATE_OF_BIRTH", "PASSPORT", "UK_NATIONAL_INSURANCE_NUMBER",
	} {
		pii[t] = true
	}
	out, err := runOutput(veil, "rules", "list")
	if err != nil {
		log.Printf("veil rules list: %v (using the corpus' PII types only)", err)
		return pii
	}
	for _, line := range strings.Split(out, "\n") {
		if f := strings.Fields(line); len(f) >= 3 && f[2] == "PII" {
			pii[f[1]] = true
		}
	}
	return pii
}
