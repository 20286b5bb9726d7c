package main

import (
	"bufio"
	"cmp"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"slices"
	"strings"
	"time"
)

// environment is what the report says about how it was made.
type environment struct {
	command, date, machine, goVersion string
	veilVersion, gitleaksVersion      string
	gitleaksRules                     []string
	corpus, labels                    string
	runs                              int
}

// writeReport renders the markdown report.
func writeReport(env environment, set labelSet, st staged, pii map[string]bool, results []*toolResult) string {
	var b strings.Builder
	p := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }

	var negFiles, nLabels, nSecret int
	for _, fl := range set {
		if fl.Negative {
			negFiles++
		}
		for _, l := range fl.Labels {
			nLabels++
			if !pii[l.Type] {
				nSecret++
			}
		}
	}

	p("# veil vs gitleaks: whole-process comparison\n\n")
	p("Written by `bench/compare` (method in its package doc); do not edit by hand.\n\n")
	p("| | |\n|---|---|\n")
	p("| command | `%s` |\n", env.command)
	p("| date | %s |\n", env.date)
	p("| machine | %s |\n", env.machine)
	p("| go | %s |\n", env.goVersion)
	p("| veil | %s |\n", env.veilVersion)
	p("| gitleaks | %s (pinned in bench/tools/go.mod), default config: %d rules |\n", env.gitleaksVersion, len(env.gitleaksRules))
	p("| corpus | `%s`: %d files (%d negative-only), %s; %d labels (%d secret/credential, %d PII) from `%s` |\n",
		env.corpus, len(set), negFiles, sizeMB(st.bytes), nLabels, nSecret, nLabels-nSecret, env.labels)
	p("\n")

	// Speed.
	gl := results[1]
	glWall := median(walls(gl.corpus))
	p("## Speed\n\n")
	p("Whole process over the corpus (start-up, rule compilation, walk, scan, JSON report to a file): median of %d runs, tools alternating, after one warm-up run each. ", env.runs)
	p("Start-up is the median of the same command over an empty directory. Net MB/s divides by wall time less start-up. On a busy machine CPU time (user+sys) is steadier than wall time.\n\n")
	p("| tool | median wall | min | max | MB/s | net MB/s | CPU user+sys | peak RSS | start-up | speedup vs gitleaks |\n")
	p("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n")
	for _, r := range results {
		w := walls(r.corpus)
		med, start := median(w), median(walls(r.empty))
		net := "n/a"
		if med > start {
			net = fmt.Sprintf("%.1f", mbps(st.bytes, med-start))
		}
		rss := "n/a"
		if m := slices.MaxFunc(r.corpus, func(a, b measurement) int { return cmp.Compare(a.maxRSS, b.maxRSS) }).maxRSS; m > 0 {
			rss = fmt.Sprintf("%.0f MiB", float64(m)/(1<<20))
		}
		p("| %s | %s | %s | %s | %.1f | %s | %s | %s | %s | %.2f× |\n", r.name, ms(med), ms(slices.Min(w)), ms(slices.Max(w)),
			mbps(st.bytes, med), net, ms(median(cpus(r.corpus))), rss, ms(start), float64(glWall)/float64(med))
	}
	p("\nCommands (DIR is the staged copy of the corpus, REPORT a file in the same temporary directory):\n\n")
	for _, r := range results {
		p("- %s: `%s`\n", r.name, r.commandLine())
	}

	// Accuracy.
	type scored struct {
		typed, untyped, all score
		negAll, negAllFiles int
		negSec, negSecFiles int
	}
	byPath := func(fs []finding) map[string][]finding {
		m := map[string][]finding{}
		for _, f := range fs {
			m[f.Path] = append(m[f.Path], f)
		}
		return m
	}
	sec := secretScope(pii)
	scores := make([]scored, len(results))
	for i, r := range results {
		bp := byPath(r.findings)
		s := &scores[i]
		s.typed = evaluate(set, bp, sec, true)
		s.untyped = evaluate(set, bp, sec, false)
		s.all = evaluate(set, bp, allTypes, true)
		s.negAll, s.negAllFiles = negativeFPs(set, bp, allTypes)
		s.negSec, s.negSecFiles = negativeFPs(set, bp, sec)
	}

	p("\n## Accuracy\n\n")
	p("A finding finds a label when their byte spans have IoU ≥ %.1f (one to one). Typed: the types must be equal too (gitleaks rule ids mapped by `bench/compare/gitleaks_types.go`); untyped: any type.\n\n", minIoU)
	p("### (a) Secrets and credentials (%d labels whose type is not PII; PII findings of veil left out)\n\n", nSecret)
	p("| tool | typed P | typed R | typed F1 | untyped P | untyped R | untyped F1 | typed TP / FP / FN |\n")
	p("|---|--:|--:|--:|--:|--:|--:|--:|\n")
	for i, r := range results {
		t, u := scores[i].typed, scores[i].untyped
		p("| %s | %.3f | %.3f | **%.3f** | %.3f | %.3f | **%.3f** | %d / %d / %d |\n", r.name,
			t.precision(), t.recall(), t.f1(), u.precision(), u.recall(), u.f1(), t.TP, t.FP, t.FN)
	}
	p("\n### (b) veil, every type (%d labels), typed micro-averages\n\n", nLabels)
	p("| tool | P | R | F1 | TP / FP / FN |\n|---|--:|--:|--:|--:|\n")
	for i, r := range results {
		if r.name == "gitleaks" {
			continue // no PII rules: its all-type score says nothing more than (a)
		}
		a := scores[i].all
		p("| %s | %.3f | %.3f | **%.3f** | %d / %d / %d |\n", r.name, a.precision(), a.recall(), a.f1(), a.TP, a.FP, a.FN)
	}
	p("\n### (c) False positives on the %d negative-only files\n\n", negFiles)
	p("| tool | findings | per file | files with any | secret findings | secret per file | files with any secret |\n|---|--:|--:|--:|--:|--:|--:|\n")
	for i, r := range results {
		s := scores[i]
		p("| %s | %d | %.2f | %d | %d | %.2f | %d |\n", r.name, s.negAll, ratio(s.negAll, negFiles), s.negAllFiles,
			s.negSec, ratio(s.negSec, negFiles), s.negSecFiles)
	}

	// Recall by label type, veil and gitleaks.
	v := scores[0]
	g := scores[1]
	allByType := v.all.byType
	types := make([]string, 0, len(allByType))
	for t := range allByType {
		types = append(types, t)
	}
	slices.SortFunc(types, func(a, b string) int {
		return cmp.Or(cmp.Compare(boolInt(pii[a]), boolInt(pii[b])), strings.Compare(a, b))
	})
	mapped := map[string]bool{"BASIC_AUTH_HEADER": true} // see gitleaksType
	for _, t := range gitleaksTypes {
		mapped[t] = true
	}
	p("\n### Labels found, by type\n\n")
	p("Found / labels. \"any type\" counts a finding of another type on the span. A gitleaks cell in italics: no gitleaks rule is mapped to the type.\n\n")
	p("| type | labels | veil | veil any type | gitleaks | gitleaks any type |\n|---|--:|--:|--:|--:|--:|\n")
	for _, t := range types {
		n := allByType[t][1]
		if pii[t] {
			p("| %s (PII) | %d | %d | %d | – | – |\n", t, n, allByType[t][0], evaluateAny(set, results[0].findings, t))
			continue
		}
		gt := fmt.Sprint(g.typed.byType[t][0])
		if !mapped[t] {
			gt = "_" + gt + "_"
		}
		p("| %s | %d | %d | %d | %s | %d |\n", t, n, v.typed.byType[t][0], v.untyped.byType[t][0], gt, g.untyped.byType[t][0])
	}

	// Rules: where the false positives come from, and the gitleaks mapping.
	p("\n### gitleaks rules that fired\n\n")
	p("| rule | mapped type | findings | found a label, typed | found a label, any type |\n|---|---|--:|--:|--:|\n")
	for _, rule := range rulesByFindings(g.untyped.byRule) {
		typ := gitleaksType(rule, "", "")
		if !mappedType(typ) {
			typ = "_none_"
		}
		p("| %s | %s | %d | %d | %d |\n", rule, typ, g.untyped.byRule[rule][0], g.typed.byRule[rule][1], g.untyped.byRule[rule][1])
	}
	p("\n### veil rules with false positives (every type, typed)\n\n")
	falses := map[string][2]int{} // rule -> false findings, findings
	for rule, n := range v.all.byRule {
		if n[0] > n[1] {
			falses[rule] = [2]int{n[0] - n[1], n[0]}
		}
	}
	var fpRules []string
	for _, rule := range rulesByFindings(falses) {
		fpRules = append(fpRules, fmt.Sprintf("| %s | %d | %d |\n", rule, falses[rule][1], falses[rule][0]))
	}
	if len(fpRules) == 0 {
		p("None.\n")
	} else {
		p("| rule | findings | false |\n|---|--:|--:|\n%s", strings.Join(fpRules, ""))
	}

	// Notes.
	p("\n## Notes\n\n")
	for _, r := range results {
		for _, n := range r.notes {
			p("- %s\n", n)
		}
	}
	if len(results) > 2 {
		p("- veil --reference findings equal the fast path's: %v\n", slices.Equal(results[0].findings, results[2].findings))
	} else {
		p("- `veil scan` has no --reference flag, so the engine's reference path is not timed here (see `make bench`).\n")
	}
	ids := map[string]bool{}
	for _, id := range env.gitleaksRules {
		ids[id] = true
	}
	var stale []string
	for id := range gitleaksTypes {
		if !ids[id] {
			stale = append(stale, id)
		}
	}
	slices.Sort(stale)
	if len(stale) > 0 {
		p("- gitleaks_types.go maps rule ids that gitleaks %s does not have: %s\n", env.gitleaksVersion, strings.Join(stale, ", "))
	}
	var unmappedTypes []string
	for _, t := range types {
		if !pii[t] && !mapped[t] {
			unmappedTypes = append(unmappedTypes, t)
		}
	}
	if len(unmappedTypes) > 0 {
		p("- Secret types with no gitleaks rule mapped to them (gitleaks can find these only untyped, e.g. by generic-api-key): %s\n", strings.Join(unmappedTypes, ", "))
	}
	if st.badLabels > 0 {
		p("- %d labels have a span that holds neither their value nor its UTF-16 encoding; check the labels.\n", st.badLabels)
	}
	if n := len(st.unlabelled); n > 0 {
		p("- %d files in the corpus directory have no labels and were not scanned (e.g. %s).\n", n, strings.Join(st.unlabelled[:min(3, n)], ", "))
	}
	return b.String()
}

// evaluateAny counts the labels of type typ that a finding of any type (and
// any category) finds.
func evaluateAny(set labelSet, fs []finding, typ string) int {
	bp := map[string][]finding{}
	for _, f := range fs {
		bp[f.Path] = append(bp[f.Path], f)
	}
	only := scope{label: func(l label) bool { return l.Type == typ }, finding: func(finding) bool { return true }}
	return evaluate(set, bp, only, false).byType[typ][0]
}

// rulesByFindings returns the rules of byRule, most findings first.
func rulesByFindings(byRule map[string][2]int) []string {
	rules := make([]string, 0, len(byRule))
	for r := range byRule {
		rules = append(rules, r)
	}
	slices.SortFunc(rules, func(a, b string) int {
		return cmp.Or(cmp.Compare(byRule[b][0], byRule[a][0]), strings.Compare(a, b))
	})
	return rules
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func walls(ms []measurement) []time.Duration {
	out := make([]time.Duration, len(ms))
	for i, m := range ms {
		out[i] = m.wall
	}
	return out
}

func cpus(ms []measurement) []time.Duration {
	out := make([]time.Duration, len(ms))
	for i, m := range ms {
		out[i] = m.cpu
	}
	return out
}

// median returns the median of ds (the mean of the middle two for an even
// count).
func median(ds []time.Duration) time.Duration {
	s := slices.Clone(ds)
	slices.Sort(s)
	n := len(s)
	if n == 0 {
		return 0
	}
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}

func ms(d time.Duration) string { return fmt.Sprintf("%.1f ms", float64(d)/float64(time.Millisecond)) }

func mbps(n int64, d time.Duration) float64 { return float64(n) / 1e6 / d.Seconds() }

func sizeMB(n int64) string { return fmt.Sprintf("%.2f MB (%d bytes)", float64(n)/1e6, n) }

// runOutput runs a command and returns its standard output, trimmed.
func runOutput(name string, args ...string) (string, error) {
	out, err := exec.Command(name, args...).Output()
	return strings.TrimSpace(string(out)), err
}

// machine describes the CPU, from /proc/cpuinfo where there is one.
func machine() string {
	model := "unknown CPU"
	if f, err := os.Open("/proc/cpuinfo"); err == nil {
		defer f.Close()
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			if k, v, ok := strings.Cut(sc.Text(), ":"); ok && strings.TrimSpace(k) == "model name" {
				model = strings.TrimSpace(v)
				break
			}
		}
	}
	return fmt.Sprintf("%s, %d CPUs (nproc), %s/%s", model, runtime.NumCPU(), runtime.GOOS, runtime.GOARCH)
}

func goVersion() string {
	v, err := runOutput("go", "env", "GOVERSION")
	if err != nil {
		return runtime.Version()
	}
	return v
}

// veilVersion is the commit of the work tree, marked when it has changes.
// GIT_OPTIONAL_LOCKS=0 keeps git status from writing the index, since
// others may be using the same tree.
func veilVersion() string {
	git := func(args ...string) (string, error) {
		cmd := exec.Command("git", args...)
		cmd.Env = append(os.Environ(), "GIT_OPTIONAL_LOCKS=0")
		out, err := cmd.Output()
		return strings.TrimSpace(string(out)), err
	}
	rev, err := git("rev-parse", "--short", "HEAD")
	if err != nil {
		return "unknown (not a git work tree)"
	}
	if st, err := git("status", "--porcelain"); err == nil && st != "" {
		rev += " with uncommitted changes"
	}
	return "commit " + rev
}

// commandLine is how this program was invoked, as a go run command.
func commandLine() string {
	args := []string{"go", "run", "./bench/compare"}
	for _, a := range os.Args[1:] {
		if strings.ContainsAny(a, " \t'\"$`\\") {
			a = "'" + strings.ReplaceAll(a, "'", `'\''`) + "'"
		}
		args = append(args, a)
	}
	return strings.Join(args, " ")
}
