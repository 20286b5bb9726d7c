package engine

import (
	"regexp/syntax"
	"sort"
)

// Class narrowing. A rule without keywords (cards, phones, IP and MAC
// addresses, national ids, emails) is selected by its gate, which passes
// most lines of a log: a timestamp is enough for a digit gate. But such a
// rule's matches are short and can only hold a few bytes (a card number
// digits, spaces and dashes), so every match lies in a run of those bytes,
// at least as long as the shortest match and holding a byte of each set
// the regex requires (a digit, an '@'). Those runs cover a few percent of
// a typical payload.
//
// The engine derives the alphabet (narrow.go's alpha), the shortest match
// and the required byte sets of each such rule at load, and groups rules
// with near-equal alphabets so that one pass over the payload finds the
// runs of the group's union alphabet. A rule then runs its regex only over
// the runs that qualify for it, clipped to the segment, split by its own
// alphabet, and widened to ASCII word edges, so that \b means the same at
// an interval's edge as in the segment (the argument of narrow.go). Nearby
// intervals are merged into one regex call: text between them cannot hold
// a match, since any match lies in a qualifying run.

// classNarrowing is what class narrowing knows about one rule.
type classNarrowing struct {
	group  int
	alpha  [256]bool // bytes a match can hold
	same   bool      // alpha is the group's alphabet
	minLen int       // shortest match
	req    prefilter // byte sets every match holds a byte of
}

// classGroup is an alphabet shared by the runs of several rules.
type classGroup struct {
	alpha  [256]bool
	minLen int // shortest minLen of its rules
}

const (
	// maxClassAlpha is the largest alphabet worth narrowing to: with most
	// letters in it, runs are words and cover most text.
	maxClassAlpha = 100
	// maxClassGroups bounds the passes over the payload.
	maxClassGroups = 8
	// classJoin: a rule joins a group when their union alphabet has at
	// most this many bytes more than the rule's own, and at most twice
	// this many more than the group's first (smallest) alphabet, so a
	// group cannot grow step by step into a large one, and a small first
	// alphabet (BitLocker's digits and '-') does not split rules that
	// share most bytes (the card and phone rules) apart.
	classJoin = 8
	// classMergeGap: intervals closer than this are one regex call, since
	// a call costs about as much as scanning this many bytes.
	classMergeGap = 64
)

// classOf returns the alphabet of a parsed rule regex for class
// narrowing, given the rule's prefilter (its shortest match and required
// bytes), or false when the alphabet is too large to help.
func classOf(an *analyzer, re *syntax.Regexp, pre *prefilter) (alpha byteSet, ok bool) {
	if pre == nil || pre.minLen < 1 {
		return alpha, false
	}
	info := an.walk(re)
	if n := info.alpha.count(); n == 0 || n > maxClassAlpha {
		return alpha, false
	}
	return info.alpha, true
}

// separatorFor returns a non-word byte outside alpha, preferring a line
// feed, or -1.
func separatorFor(alpha *byteSet) int {
	if !alpha.has('\n') {
		return '\n'
	}
	for c := 0; c < 0x80; c++ {
		if !isWordByte(byte(c)) && !alpha.has(byte(c)) {
			return c
		}
	}
	return -1
}

// groupClasses assigns class-narrowed rules to groups, smallest alphabets
// first. Rules that fit no group once maxClassGroups exist are left
// without class narrowing.
func (e *Engine) groupClasses(alphas map[*rule]byteSet) {
	type entry struct {
		r     *rule
		alpha byteSet
	}
	var es []entry
	for r, a := range alphas {
		es = append(es, entry{r, a})
	}
	sort.Slice(es, func(i, j int) bool {
		if ni, nj := es[i].alpha.count(), es[j].alpha.count(); ni != nj {
			return ni < nj
		}
		return es[i].r.idx < es[j].r.idx
	})
	var unions []byteSet
	var seed []int // alphabet size of each group's first rule
	for _, x := range es {
		g := -1
		for i := range unions {
			u := unions[i]
			u.union(&x.alpha)
			if u.count() <= max(seed[i], x.alpha.count())+classJoin && u.count() <= seed[i]+2*classJoin {
				unions[i], g = u, i
				break
			}
		}
		if g < 0 {
			if len(unions) == maxClassGroups {
				x.r.cls = nil
				continue
			}
			g = len(unions)
			unions = append(unions, x.alpha)
			seed = append(seed, x.alpha.count())
		}
		x.r.cls.group = g
	}
	e.classes = make([]classGroup, len(unions))
	for g := range e.classes {
		e.classes[g].minLen = -1
		for c := 0; c < 256; c++ {
			e.classes[g].alpha[c] = unions[g].has(byte(c))
		}
	}
	for _, x := range es {
		cls := x.r.cls
		if cls == nil {
			continue
		}
		g := &e.classes[cls.group]
		cls.same = cls.alpha == g.alpha
		if g.minLen < 0 || cls.minLen < g.minLen {
			g.minLen = cls.minLen
		}
	}
}

// classRuns returns the runs of group g's alphabet in the payload that are
// at least the group's minLen long, computing them on first use in a scan.
func (s *scan) classRuns(g int) []window {
	if s.runsDone[g] {
		return s.runs[g]
	}
	s.runsDone[g] = true
	cg := &s.e.classes[g]
	runs := s.runs[g][:0]
	p := s.payload
	for i := 0; i < len(p); {
		if !cg.alpha[p[i]] {
			i++
			continue
		}
		j := i + 1
		for j < len(p) && cg.alpha[p[j]] {
			j++
		}
		if j-i >= cg.minLen {
			runs = append(runs, window{lo: int32(i), hi: int32(j)})
		}
		i = j
	}
	s.runs[g] = runs
	return runs
}

// runClass runs class-narrowed rule r over the intervals of the segment
// ranges that can hold its matches: the runs of its group's alphabet,
// clipped to a segment, split by the rule's own alphabet, kept when long
// enough and holding its required bytes, widened to word edges within the
// segment, and merged when close within a segment.
func (s *scan) runClass(r *rule, ranges []segRange) {
	cls := r.cls
	runs := s.classRuns(cls.group)
	p := s.payload
	ivs := s.ivs[:0]
	segOf := s.segOfFrom()
	var seg, segLo, segHi int
	// The last word run computed is remembered: a long word holding many
	// runs ("12345678x12345678x...") is walked once, not once per run.
	wLo, wHi := 0, -1
	widen := func(i int) (int, int) {
		if i < wLo || i >= wHi || wLo < segLo || wHi > segHi {
			wLo, wHi = wordRun(p, i, segLo, segHi)
		}
		return wLo, wHi
	}
	add := func(lo, hi int) {
		if hi-lo < cls.minLen || !cls.req.possible(p[lo:hi]) {
			return
		}
		if lo > segLo && isWordByte(p[lo-1]) {
			lo, _ = widen(lo - 1)
		}
		if hi < segHi && isWordByte(p[hi]) {
			_, hi = widen(hi)
		}
		if k := len(ivs) - 1; k >= 0 && int(ivs[k].seg) == seg && lo <= int(ivs[k].hi)+classMergeGap {
			ivs[k].hi = max(ivs[k].hi, int32(hi))
			return
		}
		ivs = append(ivs, window{seg: int32(seg), lo: int32(lo), hi: int32(hi)})
	}
	j := 0
	for _, rg := range ranges {
		spanLo, spanHi := s.starts[rg.a], s.starts[rg.b+1]
		for j < len(runs) && int(runs[j].hi) <= spanLo {
			j++
		}
		for k := j; k < len(runs) && int(runs[k].lo) < spanHi; k++ {
			lo, hi := max(int(runs[k].lo), spanLo), min(int(runs[k].hi), spanHi)
			for lo < hi {
				// the part of the run in one segment
				seg = int(segOf(lo))
				segLo, segHi = s.starts[seg], s.starts[seg+1]
				end := min(hi, segHi)
				if end-lo >= cls.minLen {
					if cls.same {
						add(lo, end)
					} else {
						for a := lo; a < end; {
							if !cls.alpha[p[a]] {
								a++
								continue
							}
							b := a + 1
							for b < end && cls.alpha[p[b]] {
								b++
							}
							add(a, b)
							a = b
						}
					}
				}
				lo = end
			}
		}
	}
	s.ivs = ivs
	s.matchPieces(r, ivs)
}

// segOfFrom returns segOf for offsets that never decrease: it walks
// forward from the last answer instead of searching.
func (s *scan) segOfFrom() func(pos int) int32 {
	seg := int32(0)
	n := int32(s.nseg())
	return func(pos int) int32 {
		if pos < s.starts[seg] {
			seg = s.segOf(pos)
			return seg
		}
		for seg+1 < n && s.starts[seg+1] <= pos {
			seg++
		}
		return seg
	}
}
