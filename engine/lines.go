package engine

import (
	"bytes"
	"regexp/syntax"
	"slices"
)

// Line windows for multiline rules. A multiline rule's regex may cross
// segments, so it cannot be narrowed to intervals inside one (narrow.go);
// without more, it runs over the whole payload whenever one of its keywords
// occurs. Many multiline regexes can only hold a few line breaks (a
// Kubernetes env entry is two lines, a name/value pair spans at most a
// handful) and need one of the automaton's keywords. For those the engine
// derives at load:
//
//   - anchors: keywords such that every match contains one of them, as for
//     narrow intervals;
//   - lineSpan: the most '\n' bytes a match can hold.
//
// A match holding an anchor occurrence on line L and at most k line breaks
// lies inside lines L-k to L+k, and cannot hold the '\n' before line L-k or
// the one after line L+k (it would then hold k+1). So it lies inside the
// window from the start of line L-k to the end of line L+k, whose edges
// touch a '\n' or the payload's edges, where \b means the same as in the
// whole payload (rule regexes may not use ^ or $). The regex runs over
// those windows, merged where they overlap; by the argument of narrow.go,
// leftmost non-overlapping matching over them finds the payload's matches.
// A payload holding U+212A or U+017F, which (?i)k and s match but the
// keyword automaton does not see, is scanned whole.

// maxNewlines returns the most '\n' bytes a match of re can hold, or -1
// when there is no bound.
func maxNewlines(re *syntax.Regexp) int {
	switch re.Op {
	case syntax.OpLiteral:
		n := 0
		for _, r := range re.Rune {
			if r == '\n' {
				n++
			}
		}
		return n
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			if re.Rune[i] <= '\n' && '\n' <= re.Rune[i+1] {
				return 1
			}
		}
		return 0
	case syntax.OpAnyChar:
		return 1
	case syntax.OpCapture, syntax.OpQuest:
		return maxNewlines(re.Sub[0])
	case syntax.OpStar, syntax.OpPlus:
		if n := maxNewlines(re.Sub[0]); n != 0 {
			return -1
		}
		return 0
	case syntax.OpRepeat:
		n := maxNewlines(re.Sub[0])
		switch {
		case n == 0:
			return 0
		case n < 0 || re.Max < 0:
			return -1
		}
		return n * re.Max
	case syntax.OpConcat, syntax.OpAlternate:
		total := 0
		for _, s := range re.Sub {
			n := maxNewlines(s)
			if n < 0 {
				return -1
			}
			if re.Op == syntax.OpConcat {
				total += n
			} else {
				total = max(total, n)
			}
		}
		return total
	}
	return 0 // empty-width assertions, OpAnyCharNotNL, OpEmptyMatch, OpNoMatch
}

// matchLines runs multiline rule r (r.lineSpan >= 0) over the line windows
// around its anchor occurrences. Occurrences come sorted by end, which for
// keywords on one line is their line's order: an occurrence on a line of
// the current window's core (its first to last anchor line) adds nothing,
// one within the window's trailing lines extends it, any other starts a
// new window; windows are then sorted and merged, which also covers
// occurrences out of line order.
func (s *scan) matchLines(r *rule) {
	p, k := s.payload, r.lineSpan
	wins := s.ivs[:0]
	coreLo, coreHi, lo, hi := 0, -1, 0, -1
	for _, o := range s.occ {
		if !r.isAnchor[o.kw] {
			continue
		}
		pos := int(o.pos)
		if hi >= 0 && pos >= coreLo && pos < coreHi {
			continue // on a core line: the window already holds its lines
		}
		ll, lh := lineBounds(p, pos)
		if hi >= 0 && pos >= coreLo && pos <= hi {
			coreHi, hi = lh, max(hi, linesAfter(p, lh, k))
			continue
		}
		if hi >= 0 {
			wins = append(wins, window{lo: int32(lo), hi: int32(hi)})
		}
		coreLo, coreHi = ll, lh
		lo, hi = linesBefore(p, ll, k), linesAfter(p, lh, k)
	}
	if hi >= 0 {
		wins = append(wins, window{lo: int32(lo), hi: int32(hi)})
	}
	slices.SortFunc(wins, func(a, b window) int { return int(a.lo - b.lo) })
	merged := wins[:0]
	for _, w := range wins {
		if n := len(merged); n > 0 && w.lo <= merged[n-1].hi {
			merged[n-1].hi = max(merged[n-1].hi, w.hi)
			continue
		}
		merged = append(merged, w)
	}
	s.ivs = merged
	for _, w := range merged {
		s.match(r, int(w.lo), int(w.hi), -1)
	}
}

// lineBounds returns the line holding p[i]: [lo, hi), hi at its '\n' or
// len(p).
func lineBounds(p []byte, i int) (lo, hi int) {
	lo = bytes.LastIndexByte(p[:i], '\n') + 1
	hi = len(p)
	if j := bytes.IndexByte(p[i:], '\n'); j >= 0 {
		hi = i + j
	}
	return lo, hi
}

// linesBefore returns the start of the line k lines before the one that
// starts at lo (or 0).
func linesBefore(p []byte, lo, k int) int {
	for ; k > 0 && lo > 0; k-- {
		lo = bytes.LastIndexByte(p[:lo-1], '\n') + 1
	}
	return lo
}

// linesAfter returns the end of the line k lines after the one that ends at
// hi (or len(p)).
func linesAfter(p []byte, hi, k int) int {
	for ; k > 0 && hi < len(p); k-- {
		j := bytes.IndexByte(p[hi+1:], '\n')
		if j < 0 {
			return len(p)
		}
		hi += 1 + j
	}
	return hi
}
