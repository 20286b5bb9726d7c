package engine

import (
	"bytes"
	"sort"
)

// better reports whether candidate a beats b when their spans collide:
// specific over generic, then higher confidence, then the longer span, then
// the smaller rule id (a total order, so the outcome never depends on the
// order rules ran in).
func better(a, b *candidate) bool {
	if a.rule.generic != b.rule.generic {
		return !a.rule.generic
	}
	if a.confidence != b.confidence {
		return a.confidence > b.confidence
	}
	if la, lb := a.end-a.start, b.end-b.start; la != lb {
		return la > lb
	}
	return a.rule.id < b.rule.id
}

// resolve applies the outer-wins strategy (see the package doc) and turns
// candidates into sorted findings with line and column.
func (e *Engine) resolve(payload []byte, cands []candidate, values bool, limit int) []Finding {
	if len(cands) == 0 {
		return nil
	}
	sort.Slice(cands, func(i, j int) bool {
		a, b := &cands[i], &cands[j]
		if a.start != b.start {
			return a.start < b.start
		}
		if a.end != b.end {
			return a.end > b.end // outer first
		}
		return better(a, b)
	})
	type group struct {
		top     candidate
		covered []candidate
	}
	var groups []group
	for _, c := range cands {
		if n := len(groups); n > 0 && c.start < groups[n-1].top.end {
			g := &groups[n-1]
			switch {
			case c.end <= g.top.end && (c.start > g.top.start || c.end < g.top.end):
				// strictly inside: the outer span wins
				g.covered = append(g.covered, c)
			case better(&c, &g.top):
				g.covered = append(g.covered, g.top)
				g.top = c
			default:
				g.covered = append(g.covered, c)
			}
			continue
		}
		groups = append(groups, group{top: c})
	}
	if len(groups) > limit {
		groups = groups[:limit+1] // one more than allowed: the caller marks the cut
	}
	out := make([]Finding, 0, len(groups))
	li := newLineIndex(payload)
	for _, g := range groups {
		f := e.finding(li, g.top, values)
		for _, c := range g.covered {
			f.Covered = append(f.Covered, e.finding(li, c, values))
		}
		out = append(out, f)
	}
	return out
}

func (e *Engine) finding(li *lineIndex, c candidate, values bool) Finding {
	line, col := li.at(c.start)
	f := Finding{
		Type: c.rule.typ, Category: c.rule.category, Rule: c.rule.id,
		Start: c.start, End: c.end, Line: line, Column: col,
		Confidence: round3(c.confidence),
	}
	if values {
		f.Value = string(li.payload[c.start:c.end])
	}
	return f
}

func round3(x float64) float64 { return float64(int(x*1000+0.5)) / 1000 }

// lineIndex maps offsets to 1-based lines and byte columns by binary search
// over the payload's newline offsets, found once per scan with findings
// (covered findings may come before their winner, so offsets are not
// asked for in order).
type lineIndex struct {
	payload []byte
	nl      []int
}

func newLineIndex(p []byte) *lineIndex {
	li := &lineIndex{payload: p}
	for off := 0; ; {
		i := bytes.IndexByte(p[off:], '\n')
		if i < 0 {
			return li
		}
		li.nl = append(li.nl, off+i)
		off += i + 1
	}
}

func (li *lineIndex) at(off int) (line, col int) {
	n := sort.SearchInts(li.nl, off) // newlines before off
	lineStart := 0
	if n > 0 {
		lineStart = li.nl[n-1] + 1
	}
	return n + 1, off - lineStart + 1
}
