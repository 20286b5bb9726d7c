package engine

import (
	"bytes"
	"slices"
	"sort"

	"github.com/veil-dlp/veil/rules"
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
// The scratch slices (groups, newline offsets) come from the pooled scan.
func (s *scan) resolve(payload []byte, cands []candidate, values bool, limit int) []Finding {
	if len(cands) == 0 {
		return nil
	}
	slices.SortFunc(cands, func(a, b candidate) int {
		if a.start != b.start {
			return a.start - b.start
		}
		if a.end != b.end {
			return b.end - a.end // outer first
		}
		if better(&a, &b) {
			return -1
		}
		if better(&b, &a) {
			return 1
		}
		return 0
	})
	groups := s.groups[:0]
	defer func() {
		clear(groups) // they point at rules and candidates
		s.groups = groups[:0]
	}()
	for _, c := range cands {
		if n := len(groups); n > 0 && c.start < groups[n-1].end {
			g := &groups[n-1]
			switch {
			case c.end <= g.top.end && (c.start > g.top.start || c.end < g.top.end):
				// strictly inside: the outer span wins, unless the outer
				// only holds a specific secret (Rule.Container)
				if yields(&g.top, &c) {
					g.covered = append(g.covered, g.top)
					g.top = c
					continue
				}
				g.covered = append(g.covered, c)
			case better(&c, &g.top):
				g.covered = append(g.covered, g.top)
				g.top = c
				g.end = max(g.end, c.end)
			default:
				g.covered = append(g.covered, c)
			}
			continue
		}
		groups = append(groups, group{top: c, end: c.end})
	}
	if len(groups) > limit {
		groups = groups[:limit+1] // one more than allowed: the caller marks the cut
	}
	sameValue := sameValueTypes(payload, groups)
	out := make([]Finding, 0, len(groups))
	li := lineIndex{payload: payload, nl: s.nl[:0]}
	li.index()
	s.nl = li.nl[:0]
	for i, g := range groups {
		f := finding(&li, g.top, values)
		if sameValue != nil && sameValue[i] != nil {
			f.Type, f.Category = sameValue[i].typ, sameValue[i].category
		}
		for _, c := range g.covered {
			f.Covered = append(f.Covered, finding(&li, c, values))
		}
		out = append(out, f)
	}
	return out
}

// sameValueTypes finds, for each group won by a generic rule, a specific
// secret or credential rule that found the very same value elsewhere in the
// payload: a key printed twice, once where its name says what it is
// (AWS_SECRET_ACCESS_KEY="...") and once where it does not ("Secret":
// "..."), is one key, and both findings take the specific type. The result
// is nil or indexed like groups; it holds nil where nothing changes.
func sameValueTypes(payload []byte, groups []group) []*rule {
	var specific []int
	generic := false
	for i := range groups {
		r := groups[i].top.rule
		switch {
		case r.generic:
			generic = true
		case r.category != rules.PII && groups[i].top.end-groups[i].top.start >= minSameValue:
			specific = append(specific, i)
		}
	}
	if !generic || len(specific) == 0 {
		return nil
	}
	out := make([]*rule, len(groups))
	for i := range groups {
		g := &groups[i].top
		if !g.rule.generic || g.end-g.start < minSameValue {
			continue
		}
		v := payload[g.start:g.end]
		for _, j := range specific {
			t := &groups[j].top
			if t.end-t.start == len(v) && bytes.Equal(payload[t.start:t.end], v) {
				out[i] = t.rule
				break
			}
		}
	}
	return out
}

// minSameValue is the shortest value sameValueTypes matches: short values
// (a PIN, "admin") repeat by chance.
const minSameValue = 16

// group is a winning candidate and those it covers (resolve); end is the
// end of the group's extent, which a Container rule's span may set beyond
// its winner's.
type group struct {
	top     candidate
	covered []candidate
	end     int
}

// yields reports whether outer, a Container rule's candidate, gives way to
// inner, a candidate strictly inside it: inner must be a specific secret
// (not generic, category SECRET). Once it has, the group's winner is inner,
// which is no container, so at most one candidate takes a container's place.
func yields(outer, inner *candidate) bool {
	return outer.rule.container && !inner.rule.generic && inner.rule.category == rules.Secret
}

func finding(li *lineIndex, c candidate, values bool) Finding {
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

// index appends the payload's newline offsets to li.nl.
func (li *lineIndex) index() {
	p := li.payload
	for off := 0; ; {
		i := bytes.IndexByte(p[off:], '\n')
		if i < 0 {
			return
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
