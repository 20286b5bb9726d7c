package engine

import (
	"regexp/syntax"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"
)

// Narrow windows. Most rule regexes need a literal that is also a keyword of
// the automaton (the rule's own or another rule's: "token" in
// "access_token"), can only hold certain bytes (a token cannot hold a space
// or a comma), and many have a bounded length. From the regex's syntax tree,
// the engine derives at load:
//
//   - anchors: keywords such that every match of the regex contains one of
//     them (ASCII case-insensitively);
//   - alpha: every byte any match can hold;
//   - maxLen: the longest match in bytes (or unbounded);
//   - edges: the bytes a match can hold before its anchor occurrence (pre,
//     at most preMax bytes) and after it (post, at most postMax). A
//     generic assignment rule starts at its key word ("token=..."), so
//     nothing comes before; a quoted one may start a few word bytes
//     earlier ("api_token").
//
// Every match of the rule in a segment then lies in the interval around one
// of the anchor occurrences inside that segment: at most maxLen bytes from
// the occurrence, inside the run of alpha bytes holding it, and within the
// runs of pre bytes before it and post bytes after it. Each
// interval is widened until its edges sit next to a byte that is not an
// ASCII word byte (or on the segment's edges), so \b, the only assertion
// rule regexes may use, means the same at an interval edge as in the whole
// segment; overlapping intervals are merged. A match of the regex over such
// an interval is then a match over the segment and the reverse, and every
// match of the segment starting in an interval lies in it, so leftmost
// non-overlapping matching over the intervals gives the segment's matches.
//
// Case folding: (?i)k and (?i)s also match U+212A (Kelvin) and U+017F (long
// s), which the ASCII keyword automaton does not see as k and s. Segments
// holding either are scanned whole.

// narrowing is what the engine knows about the matches of one rule regex.
type narrowing struct {
	anchors []int32 // automaton keywords, one of which every match contains
	alpha   byteSet // bytes a match can hold
	maxLen  int     // longest match in bytes, -1 if unbounded
	edges
}

// edges describe a match around the anchor occurrence it holds (the first
// occurrence of the anchor keyword in the literal the analysis chose):
// the bytes before the occurrence are in pre, at most preMax of them, and
// the bytes after it in post, at most postMax; -1 is unbounded.
type edges struct {
	pre, post       byteSet
	preMax, postMax int
}

// addBounded returns a+b, -1 (unbounded) if either is.
func addBounded(a, b int) int {
	if a < 0 || b < 0 {
		return -1
	}
	return a + b
}

// maxBounded returns max(a, b), -1 (unbounded) if either is.
func maxBounded(a, b int) int {
	if a < 0 || b < 0 {
		return -1
	}
	return max(a, b)
}

const (
	maxExact    = 64 // strings in a finite language we enumerate
	maxExactLen = 64 // bytes per such string
)

// regexInfo is derived bottom-up from the syntax tree.
type regexInfo struct {
	alpha  byteSet
	maxLen int // -1: unbounded
	// exact is the language of the node, ASCII-lowered, when it is small
	// and finite (exactOK).
	exact   []string
	exactOK bool
	// lits: every match contains one of these (ASCII-lowered) strings, each
	// holding an automaton keyword; litsOK says whether such a set is known.
	lits   []string
	litsOK bool
	edge   edges // of lits, when litsOK
}

// analyzeNarrowing computes the narrowing of expr given the automaton's
// keywords (lower-case). ok is false when no anchor set was found.
func analyzeNarrowing(expr string, keywords [][]byte) (n narrowing, ok bool) {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return n, false
	}
	return newAnalyzer(keywords, newTrie(keywords)).narrowingOf(re)
}

// newAnalyzer returns an analyzer for keywords, which ac finds. New shares
// one between rules: its answers for literals are kept.
func newAnalyzer(keywords [][]byte, ac keywordFinder) *analyzer {
	return &analyzer{keywords: keywords, ac: ac, memo: map[string]int{}}
}

// keywordFinder finds every keyword occurrence in p, ASCII case folded:
// the automaton, or a trie for the analyzer's short literals.
type keywordFinder interface {
	find(p []byte, occ []occurrence, lanes *laneBufs) []occurrence
}

// trie finds keywords by walking a trie from every start: for the
// analyzer's literals, which are a few bytes long, it does what the
// automaton does without the automaton's dense table (about 4 MB for the
// built-in keywords, which New would otherwise build twice).
type trie struct {
	next map[uint64]int32 // node<<8 | byte -> child
	out  [][]int32        // keywords ending at node
}

// newTrie builds the trie of lower-case keywords.
func newTrie(keywords [][]byte) *trie {
	t := &trie{next: map[uint64]int32{}, out: [][]int32{nil}}
	for ki, k := range keywords {
		n := int32(0)
		for _, c := range k {
			key := uint64(n)<<8 | uint64(c)
			child, ok := t.next[key]
			if !ok {
				child = int32(len(t.out))
				t.out = append(t.out, nil)
				t.next[key] = child
			}
			n = child
		}
		t.out[n] = append(t.out[n], int32(ki))
	}
	return t
}

// find appends every keyword occurrence in p, folding ASCII letters as
// the automaton does.
func (t *trie) find(p []byte, occ []occurrence, _ *laneBufs) []occurrence {
	for i := range p {
		n := int32(0)
		for j := i; j < len(p); j++ {
			c := p[j]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			child, ok := t.next[uint64(n)<<8|uint64(c)]
			if !ok {
				break
			}
			n = child
			for _, k := range t.out[n] {
				occ = append(occ, occurrence{kw: k, pos: int32(i)})
			}
		}
	}
	return occ
}

// narrowingOf is analyzeNarrowing for a parsed regex.
func (a *analyzer) narrowingOf(re *syntax.Regexp) (n narrowing, ok bool) {
	info := a.walk(re)
	if !info.litsOK || len(info.lits) == 0 {
		return n, false
	}
	seen := map[int32]bool{}
	for _, s := range info.lits {
		k := a.keywordIn(s)
		if k < 0 {
			return n, false
		}
		if !seen[int32(k)] {
			seen[int32(k)] = true
			n.anchors = append(n.anchors, int32(k))
		}
	}
	sort.Slice(n.anchors, func(i, j int) bool { return n.anchors[i] < n.anchors[j] })
	n.alpha, n.maxLen, n.edges = info.alpha, info.maxLen, info.edge
	return n, true
}

type analyzer struct {
	keywords [][]byte
	ac       keywordFinder // finds keywords, ASCII case folded
	// more, when set, finds keywords[len(keywords)-n:], the n added by
	// withMore, which ac does not know.
	more    keywordFinder
	moreOff int
	memo    map[string]int // keywordIn's answers
	occ     []occurrence
}

// clone returns an analyzer for the same keywords with a memo of its own,
// for another goroutine.
func (a *analyzer) clone() *analyzer {
	return &analyzer{keywords: a.keywords, ac: a.ac, more: a.more, moreOff: a.moreOff, memo: map[string]int{}}
}

// withMore returns an analyzer for a's keywords and extra ones, which
// finds the extra ones with an automaton of their own instead of building
// one for all of them again (anchorKeywords tries many).
func (a *analyzer) withMore(extra [][]byte) *analyzer {
	kws := append(slices.Clone(a.keywords), extra...)
	return &analyzer{keywords: kws, ac: a.ac, more: newTrie(extra), moreOff: len(a.keywords), memo: map[string]int{}}
}

// keywordIn returns the longest automaton keyword inside s (the first of
// equal length in keyword order), or -1. The automaton folds case, so each
// hit is checked as an exact substring.
func (a *analyzer) keywordIn(s string) int {
	if k, ok := a.memo[s]; ok {
		return k
	}
	best := -1
	a.occ = a.ac.find([]byte(s), a.occ[:0], nil)
	if a.more != nil {
		n := len(a.occ)
		a.occ = a.more.find([]byte(s), a.occ, nil)
		for i := n; i < len(a.occ); i++ {
			a.occ[i].kw += int32(a.moreOff)
		}
	}
	for _, o := range a.occ {
		k := a.keywords[o.kw]
		if string(k) != s[o.pos:int(o.pos)+len(k)] {
			continue
		}
		if best < 0 || len(k) > len(a.keywords[best]) || len(k) == len(a.keywords[best]) && int(o.kw) < best {
			best = int(o.kw)
		}
	}
	a.memo[s] = best
	return best
}

// exactEdges are the edges of lits ss (a small language, ASCII-lowered),
// whose bytes are in alpha: a lit's bytes before and after the first
// occurrence of its anchor keyword. A lit holding a non-ASCII byte may
// match text of another length (U+00DF folds to U+1E9E): unbounded.
func (a *analyzer) exactEdges(ss []string, alpha byteSet) edges {
	e := edges{pre: alpha, post: alpha}
	for _, s := range ss {
		k := a.keywords[a.keywordIn(s)]
		j := strings.Index(s, string(k))
		e.preMax = maxBounded(e.preMax, j)
		e.postMax = maxBounded(e.postMax, len(s)-j-len(k))
		for i := 0; i < len(s); i++ {
			if s[i] >= utf8.RuneSelf {
				e.preMax, e.postMax = -1, -1
			}
		}
	}
	return e
}

// around returns the edges of a concatenation whose lits come from subs[i:j]
// (with edges mid): subs[:i] come before the occurrence, subs[j:] after.
func around(subs []regexInfo, i, j int, mid edges) edges {
	e := mid
	for _, s := range subs[:i] {
		e.pre.union(&s.alpha)
		e.preMax = addBounded(e.preMax, s.maxLen)
	}
	for _, s := range subs[j:] {
		e.post.union(&s.alpha)
		e.postMax = addBounded(e.postMax, s.maxLen)
	}
	return e
}

func (a *analyzer) allHaveKeyword(ss []string) bool {
	if len(ss) == 0 {
		return false
	}
	for _, s := range ss {
		if a.keywordIn(s) < 0 {
			return false
		}
	}
	return true
}

func lowerASCII(r rune) rune {
	if r >= 'A' && r <= 'Z' {
		return r + 'a' - 'A'
	}
	return r
}

// runeLen is the longest UTF-8 encoding of a rune up to hi.
func runeLen(hi rune) int {
	switch {
	case hi < 0x80:
		return 1
	case hi < 0x800:
		return 2
	case hi < 0x10000:
		return 3
	default:
		return 4
	}
}

// foldExcluded reports runes that fold to ASCII letters but are not ASCII:
// segments holding them are scanned whole, so exact languages may leave
// them out.
func foldExcluded(r rune) bool { return r == 0x212A || r == 0x17F }

func (a *analyzer) walk(re *syntax.Regexp) regexInfo {
	var in regexInfo
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpWordBoundary:
		in.exact, in.exactOK = []string{""}, true
	case syntax.OpLiteral:
		fold := re.Flags&syntax.FoldCase != 0
		// The literal's spellings, ASCII-lowered: a folded ASCII letter
		// has one (its other spellings are its ASCII case or U+212A /
		// U+017F, which make a segment fold-unsafe), a folded non-ASCII
		// letter one per rune of its orbit (lösenord, lÖsenord).
		var lit []byte        // the ASCII-lowered runes since the last folded non-ASCII one
		spell := []string{""} // the spellings up to lit
		for _, r := range re.Rune {
			orbit := []rune{r}
			if fold {
				orbit = foldOrbit(r)
			}
			l := 0
			for _, f := range orbit {
				addRunes(&in.alpha, f, f)
				l = max(l, runeLen(f))
			}
			in.maxLen += l
			if r < utf8.RuneSelf || len(orbit) == 1 {
				lit = utf8.AppendRune(lit, lowerASCII(r))
				continue
			}
			if spell == nil || len(spell)*len(orbit) > maxExact {
				spell = nil // паспорт: 128 spellings
				continue
			}
			next := make([]string, 0, len(spell)*len(orbit))
			for _, p := range spell {
				for _, f := range orbit {
					next = append(next, p+string(lit)+string(f))
				}
			}
			spell, lit = next, lit[:0]
		}
		for i := range spell {
			spell[i] += string(lit)
		}
		in.exact, in.exactOK = spell, spell != nil && in.maxLen <= maxExactLen
	case syntax.OpCharClass:
		n := 0
		for i := 0; i+1 < len(re.Rune); i += 2 {
			lo, hi := re.Rune[i], re.Rune[i+1]
			addRunes(&in.alpha, lo, hi)
			in.maxLen = max(in.maxLen, runeLen(hi))
			n += int(hi-lo) + 1
		}
		if n <= maxExact {
			// Runes lowered are distinct but for ASCII case pairs.
			var seen byteSet
			in.exact = make([]string, 0, n)
			for i := 0; i+1 < len(re.Rune); i += 2 {
				for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
					switch l := lowerASCII(r); {
					case foldExcluded(r):
					case l < utf8.RuneSelf:
						if !seen.has(byte(l)) {
							seen.add(byte(l))
							in.exact = append(in.exact, asciiStrings[l])
						}
					default:
						in.exact = append(in.exact, string(l))
					}
				}
			}
			in.exactOK = true
		}
	case syntax.OpAnyChar:
		in.alpha = byteSet{^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0)}
		in.maxLen = 4
	case syntax.OpAnyCharNotNL:
		in.alpha = byteSet{^uint64(0) &^ (1 << '\n'), ^uint64(0), ^uint64(0), ^uint64(0)}
		in.maxLen = 4
	case syntax.OpCapture:
		return a.walk(re.Sub[0])
	case syntax.OpStar, syntax.OpPlus, syntax.OpQuest, syntax.OpRepeat:
		sub := a.walk(re.Sub[0])
		lo, hi := 0, 1
		switch re.Op {
		case syntax.OpStar:
			hi = -1
		case syntax.OpPlus:
			lo, hi = 1, -1
		case syntax.OpRepeat:
			lo, hi = re.Min, re.Max
		}
		in.alpha = sub.alpha
		switch {
		case hi < 0 || sub.maxLen < 0:
			in.maxLen = -1
			if hi == 0 {
				in.maxLen = 0
			}
		default:
			in.maxLen = hi * sub.maxLen
		}
		if lo >= 1 {
			// the first copy holds the occurrence; the others come after
			in.lits, in.litsOK = sub.lits, sub.litsOK
			in.edge = sub.edge
			if hi != 1 {
				in.edge.post.union(&sub.alpha)
				in.edge.postMax = -1
				if hi > 1 && sub.maxLen >= 0 {
					in.edge.postMax = addBounded(sub.edge.postMax, (hi-1)*sub.maxLen)
				}
			}
		}
		if sub.exactOK && hi >= 0 {
			exact := []string{""}
			ok := true
			all := map[string]bool{}
			var out []string
			for i := 0; i <= hi && ok; i++ {
				if i >= lo {
					for _, s := range exact {
						if !all[s] {
							all[s] = true
							out = append(out, s)
						}
					}
				}
				if i < hi {
					exact, ok = product(exact, sub.exact)
				}
			}
			if ok && len(out) <= maxExact {
				in.exact, in.exactOK = out, true
			}
		}
	case syntax.OpConcat:
		subs := make([]regexInfo, len(re.Sub))
		in.exact, in.exactOK = []string{""}, true
		for i, s := range re.Sub {
			subs[i] = a.walk(s)
			in.alpha.union(&subs[i].alpha)
			if in.maxLen >= 0 {
				if subs[i].maxLen < 0 {
					in.maxLen = -1
				} else {
					in.maxLen += subs[i].maxLen
				}
			}
			if in.exactOK {
				if subs[i].exactOK {
					in.exact, in.exactOK = product(in.exact, subs[i].exact)
				} else {
					in.exact, in.exactOK = nil, false
				}
			}
		}
		// Anchor literals: one child's, or the product of a run of
		// children with small languages.
		best := func(ss []string, i, j int, mid func() edges) {
			if a.allHaveKeyword(ss) && (!in.litsOK || len(ss) < len(in.lits)) {
				in.lits, in.litsOK = ss, true
				in.edge = around(subs, i, j, mid())
			}
		}
		for i, s := range subs {
			if s.litsOK {
				best(s.lits, i, i+1, func() edges { return s.edge })
			}
		}
		for i := range subs {
			cur := []string{""}
			for j := i; j < len(subs) && subs[j].exactOK; j++ {
				var ok bool
				if cur, ok = product(cur, subs[j].exact); !ok {
					break
				}
				if !containsEmpty(cur) && a.allHaveKeyword(cur) {
					// longer runs only add strings around the keywords
					best(cur, i, j+1, func() edges {
						var run byteSet
						for _, s := range subs[i : j+1] {
							run.union(&s.alpha)
						}
						return a.exactEdges(cur, run)
					})
					break
				}
			}
		}
	case syntax.OpAlternate:
		in.exactOK, in.litsOK = true, true
		var seen map[string]bool // appendNewString's
		for _, s := range re.Sub {
			sub := a.walk(s)
			in.alpha.union(&sub.alpha)
			if in.maxLen >= 0 {
				if sub.maxLen < 0 {
					in.maxLen = -1
				} else {
					in.maxLen = max(in.maxLen, sub.maxLen)
				}
			}
			if in.exactOK && sub.exactOK {
				for _, x := range sub.exact {
					in.exact, seen = appendNewString(in.exact, seen, x)
				}
				if len(in.exact) > maxExact {
					in.exact, in.exactOK = nil, false
				}
			} else {
				in.exact, in.exactOK = nil, false
			}
			if in.litsOK && sub.litsOK {
				in.lits = append(in.lits, sub.lits...)
				in.edge.pre.union(&sub.edge.pre)
				in.edge.post.union(&sub.edge.post)
				in.edge.preMax = maxBounded(in.edge.preMax, sub.edge.preMax)
				in.edge.postMax = maxBounded(in.edge.postMax, sub.edge.postMax)
			} else {
				in.lits, in.litsOK = nil, false
			}
		}
	default:
		// anchors ^ $ \A \z \B are rejected at load; be conservative anyway
		in.alpha = byteSet{^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0)}
		in.maxLen = -1
		return in
	}
	if in.exactOK && !containsEmpty(in.exact) && a.allHaveKeyword(in.exact) && (!in.litsOK || len(in.exact) < len(in.lits)) {
		in.lits, in.litsOK = in.exact, true
		in.edge = a.exactEdges(in.exact, in.alpha)
	}
	if in.litsOK && !a.allHaveKeyword(in.lits) {
		in.lits, in.litsOK = nil, false
	}
	return in
}

// asciiStrings[c] is string(rune(c)), made once.
var asciiStrings = func() (t [utf8.RuneSelf]string) {
	for c := range t {
		t[c] = string(rune(c))
	}
	return t
}()

func containsEmpty(ss []string) bool {
	for _, s := range ss {
		if s == "" {
			return true
		}
	}
	return false
}

// product returns every concatenation of a string of a and one of b, or
// false when there would be too many or too long strings.
func product(a, b []string) ([]string, bool) {
	if len(a)*len(b) > maxExact {
		return nil, false
	}
	switch {
	case len(b) == 1 && b[0] == "":
		return a, true
	case len(a) == 1 && a[0] == "":
		return b, true
	}
	var seen map[string]bool
	out := make([]string, 0, len(a)*len(b))
	for _, x := range a {
		for _, y := range b {
			if len(x)+len(y) > maxExactLen {
				return nil, false
			}
			out, seen = appendNewString(out, seen, x+y)
		}
	}
	return out, true
}

// appendNewString appends s to out unless out holds it. Short lists (New
// builds thousands of one or two strings) are searched; past 8 strings a
// set of them, seen, is built and kept up to date: pass it back each time.
func appendNewString(out []string, seen map[string]bool, s string) ([]string, map[string]bool) {
	if seen == nil && len(out) > 8 {
		seen = make(map[string]bool, 2*len(out))
		for _, x := range out {
			seen[x] = true
		}
	}
	switch {
	case seen != nil && seen[s], seen == nil && slices.Contains(out, s):
		return out, seen
	case seen != nil:
		seen[s] = true
	}
	return append(out, s), seen
}
