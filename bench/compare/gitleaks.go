package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
)

// gitleaksFinding is the part of a gitleaks JSON report entry that scoring
// needs.
type gitleaksFinding struct {
	RuleID      string
	File        string
	StartLine   int
	EndLine     int
	StartColumn int
	EndColumn   int
	Match       string // the whole regex match, trimmed of '\n'
	Secret      string // the rule's secret group within Match
}

// spanSource says how a gitleaks finding's byte span was recovered.
type spanSource int

const (
	// spanExact: Match was found in the file at (or next to) its reported
	// position, and Secret within Match.
	spanExact spanSource = iota
	// spanPosition: Match is not in the file as such (gitleaks decoded it,
	// e.g. from base64), so the span is Secret's where it occurs within the
	// reported line/column range, or else the whole range.
	spanPosition
	// spanNone: the finding has no position (a path-only rule).
	spanNone
)

// lineStarts returns the byte offset at which each line of data starts;
// line n (1-based) starts at lineStarts(data)[n-1].
func lineStarts(data []byte) []int {
	starts := []int{0}
	for i, b := range data {
		if b == '\n' {
			starts = append(starts, i+1)
		}
	}
	return starts
}

// gitleaksOffset converts a gitleaks line and column to a byte offset.
//
// gitleaks v8 (detect/location.go) computes a column as the distance from the
// previous '\n' byte plus one for a start, and without the plus one for an
// end. On the first line of a fragment there is no previous '\n' and the
// distance is from offset 0, so columns there are 1-based with the end
// inclusive; on every later line they come out one larger than that: the
// '\n' itself is column 1. For example "AKIA..." at byte 18 of line 2 is
// reported as StartColumn 20. end selects the end convention.
//
// Files larger than 100 kB are read in fragments, each with a "first line";
// gitleaksSpan therefore uses this only as a hint where to look for Match.
func gitleaksOffset(starts []int, line, col int, end bool) int {
	if line < 1 || line > len(starts) || col < 1 {
		return -1
	}
	if line == 1 {
		if end {
			return col
		}
		return col - 1
	}
	off := starts[line-1] - 1 + col // offset of the '\n' plus the distance
	if !end {
		off--
	}
	return off
}

// gitleaksSpan recovers the byte span of a gitleaks finding's secret in the
// file's bytes: it finds Match in data at the occurrence nearest the
// reported start, then Secret within Match. starts is lineStarts(data).
func gitleaksSpan(data []byte, starts []int, g gitleaksFinding) (start, end int, src spanSource) {
	if g.StartLine == 0 {
		return 0, 0, spanNone
	}
	hint := gitleaksOffset(starts, g.StartLine, g.StartColumn, false)
	if m := nearestIndex(data, []byte(g.Match), hint); m >= 0 {
		start, end = m, m+len(g.Match)
		if i := strings.Index(g.Match, g.Secret); g.Secret != "" && i >= 0 {
			start, end = m+i, m+i+len(g.Secret)
		}
		return start, end, spanExact
	}
	start = hint
	end = min(gitleaksOffset(starts, g.EndLine, g.EndColumn, true), len(data))
	if start < 0 || end < start {
		return 0, 0, spanNone
	}
	if i := bytes.Index(data[start:end], []byte(g.Secret)); g.Secret != "" && i >= 0 {
		return start + i, start + i + len(g.Secret), spanPosition
	}
	return start, end, spanPosition
}

// nearestIndex returns the offset of the occurrence of sep in data closest
// to hint, or -1 if there is none.
func nearestIndex(data, sep []byte, hint int) int {
	if len(sep) == 0 {
		return -1
	}
	best := -1
	for off := 0; ; {
		i := bytes.Index(data[off:], sep)
		if i < 0 {
			return best
		}
		i += off
		if best < 0 || abs(i-hint) < abs(best-hint) {
			best = i
		}
		if i > hint {
			return best // later occurrences are only further away
		}
		off = i + 1
	}
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// gitleaksReport is what parseGitleaks learnt beyond the findings.
type gitleaksReport struct {
	// bySource counts findings by how their span was recovered.
	bySource [3]int
}

// parseGitleaks reads a gitleaks JSON report of a scan of root. files holds
// the scanned files' bytes by path relative to root.
func parseGitleaks(report []byte, root string, files map[string][]byte) ([]finding, gitleaksReport, error) {
	var raw []gitleaksFinding
	var rep gitleaksReport
	if err := json.Unmarshal(report, &raw); err != nil {
		return nil, rep, fmt.Errorf("gitleaks report: %w", err)
	}
	starts := map[string][]int{}
	out := make([]finding, 0, len(raw))
	for _, g := range raw {
		path, err := relPath(root, g.File)
		if err != nil {
			return nil, rep, err
		}
		data, ok := files[path]
		if !ok {
			return nil, rep, fmt.Errorf("gitleaks reported %q, which was not scanned", g.File)
		}
		if _, ok := starts[path]; !ok {
			starts[path] = lineStarts(data)
		}
		s, e, src := gitleaksSpan(data, starts[path], g)
		rep.bySource[src]++
		out = append(out, finding{
			Path:   path,
			Type:   gitleaksType(g.RuleID, g.Match, g.Secret),
			Rule:   g.RuleID,
			Secret: true, // gitleaks has no PII rules
			Start:  s,
			End:    e,
		})
	}
	return out, rep, nil
}

// relPath returns p relative to root with '/' separators.
func relPath(root, p string) (string, error) {
	abs, err := filepath.Abs(p)
	if err != nil {
		return "", err
	}
	rel, err := filepath.Rel(root, abs)
	if err != nil || strings.HasPrefix(rel, "..") {
		return "", fmt.Errorf("%q is outside the scanned directory %s", p, root)
	}
	return filepath.ToSlash(rel), nil
}

// ruleIDLine matches a rule id in gitleaks' config/gitleaks.toml.
var ruleIDLine = regexp.MustCompile(`(?m)^id = "([^"]+)"`)

// gitleaksRuleIDs returns the rule ids of the default config of the gitleaks
// module in dir (from `go list -m -f {{.Dir}}`).
func gitleaksRuleIDs(dir string) ([]string, error) {
	data, err := os.ReadFile(filepath.Join(dir, "config", "gitleaks.toml"))
	if err != nil {
		return nil, err
	}
	var ids []string
	for _, m := range ruleIDLine.FindAllSubmatch(data, -1) {
		ids = append(ids, string(m[1]))
	}
	return ids, nil
}
