package engine

import (
	"regexp"
	"regexp/syntax"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Value from match bounds. RE2 finds match bounds with its DFAs alone;
// asking for the value group as well runs its submatch engine (BitState or
// the NFA) on each match, which costs microseconds per match in the
// Wasm-transpiled build. Many rule regexes do not need it: the value is the
// whole match ("\b(?P<value>ghp_...)\b"), or the match's bytes say
// where the value starts and ends because no byte can belong to both sides
// of the split ("\"key\": \"(?P<value>[^\"]+)\""). For those the fast
// path asks RE2 for bounds only; the reference path keeps RE2's submatch
// engine, so the tests compare the two.

// byteSet is a set of bytes.
type byteSet [4]uint64

func (b *byteSet) add(c byte)       { b[c>>6] |= 1 << (c & 63) }
func (b *byteSet) has(c byte) bool  { return b[c>>6]&(1<<(c&63)) != 0 }
func (b *byteSet) union(o *byteSet) { b[0] |= o[0]; b[1] |= o[1]; b[2] |= o[2]; b[3] |= o[3] }
func (b *byteSet) addRange(lo, hi byte) {
	for c := int(lo); c <= int(hi); c++ {
		b.add(byte(c))
	}
}

// foldOrbit returns r and the runes it matches under case folding.
func foldOrbit(r rune) []rune {
	out := []rune{r}
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		out = append(out, f)
	}
	return out
}

// addRunes adds to b the bytes that runes in [lo, hi] encode to in UTF-8.
// Non-ASCII runes add every byte >= 0x80 (conservative).
func addRunes(b *byteSet, lo, hi rune) {
	if lo < utf8.RuneSelf {
		top := hi
		if top >= utf8.RuneSelf {
			top = utf8.RuneSelf - 1
		}
		b.addRange(byte(lo), byte(top))
	}
	if hi >= utf8.RuneSelf {
		b.addRange(0x80, 0xFF)
	}
}

// valueIsMatch reports whether the value of every match of expr is the
// whole match: the regex is the capture group "value" (or has no such
// group) with only empty-width assertions around it. The fast path then
// asks RE2 for match bounds only, which skips its submatch engine.
func valueIsMatch(expr string) bool {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return false
	}
	return valueIsMatchOf(re)
}

// valueIsMatchOf is valueIsMatch for a parsed regex.
func valueIsMatchOf(re *syntax.Regexp) bool {
	if !hasCapture(re, "value") {
		return true
	}
	if re.Op == syntax.OpCapture && re.Name == "value" {
		return true
	}
	if re.Op != syntax.OpConcat {
		return false
	}
	found := false
	for _, s := range re.Sub {
		switch {
		case s.Op == syntax.OpCapture && s.Name == "value":
			found = true
		case s.Op == syntax.OpWordBoundary || s.Op == syntax.OpEmptyMatch:
		default:
			return false
		}
	}
	return found
}

func hasCapture(re *syntax.Regexp, name string) bool {
	if re.Op == syntax.OpCapture && re.Name == name {
		return true
	}
	for _, s := range re.Sub {
		if hasCapture(s, name) {
			return true
		}
	}
	return false
}

// byteFacts are what bytes the strings of a regex node can hold.
type byteFacts struct {
	nullable           bool // matches the empty string
	first, last, alpha byteSet
}

var allBytes = byteSet{^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0)}

// runeFacts returns the facts of one rune, or of its case variants when
// fold is set. Non-ASCII runes count as any byte >= 0x80, since RE2's case
// tables need not be Go's.
func runeFacts(r rune, fold bool) (first, last, alpha byteSet) {
	orbit := []rune{r}
	if fold {
		orbit = foldOrbit(r)
	}
	for _, f := range orbit {
		if f < utf8.RuneSelf {
			first.add(byte(f))
			last.add(byte(f))
			alpha.add(byte(f))
			continue
		}
		first.addRange(0x80, 0xFF)
		last.addRange(0x80, 0xFF)
		alpha.addRange(0x80, 0xFF)
	}
	return first, last, alpha
}

func facts(re *syntax.Regexp) byteFacts {
	var f byteFacts
	switch re.Op {
	case syntax.OpNoMatch:
	case syntax.OpLiteral:
		fold := re.Flags&syntax.FoldCase != 0
		for i, r := range re.Rune {
			first, last, alpha := runeFacts(r, fold)
			if i == 0 {
				f.first = first
			}
			if i == len(re.Rune)-1 {
				f.last = last
			}
			f.alpha.union(&alpha)
		}
		f.nullable = len(re.Rune) == 0
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			addRunes(&f.alpha, re.Rune[i], re.Rune[i+1])
		}
		f.first, f.last = f.alpha, f.alpha
	case syntax.OpAnyChar:
		f.first, f.last, f.alpha = allBytes, allBytes, allBytes
	case syntax.OpAnyCharNotNL:
		f.alpha = allBytes
		f.alpha[0] &^= 1 << '\n'
		f.first, f.last = f.alpha, f.alpha
	case syntax.OpCapture:
		return facts(re.Sub[0])
	case syntax.OpStar, syntax.OpQuest, syntax.OpPlus, syntax.OpRepeat:
		f = facts(re.Sub[0])
		switch {
		case re.Op == syntax.OpRepeat && re.Max == 0:
			return byteFacts{nullable: true}
		case re.Op == syntax.OpStar, re.Op == syntax.OpQuest, re.Op == syntax.OpRepeat && re.Min == 0:
			f.nullable = true
		}
	case syntax.OpConcat:
		f.nullable = true
		subs := make([]byteFacts, len(re.Sub))
		for i, s := range re.Sub {
			subs[i] = facts(s)
			f.alpha.union(&subs[i].alpha)
			if f.nullable {
				f.first.union(&subs[i].first)
			}
			f.nullable = f.nullable && subs[i].nullable
		}
		for i := len(subs) - 1; i >= 0; i-- {
			f.last.union(&subs[i].last)
			if !subs[i].nullable {
				break
			}
		}
	case syntax.OpAlternate:
		for _, s := range re.Sub {
			sf := facts(s)
			f.nullable = f.nullable || sf.nullable
			f.first.union(&sf.first)
			f.last.union(&sf.last)
			f.alpha.union(&sf.alpha)
		}
	default:
		// empty-width assertions (only \b passes the loader)
		f.nullable = true
	}
	return f
}

func (b *byteSet) meets(o *byteSet) bool {
	return b[0]&o[0] != 0 || b[1]&o[1] != 0 || b[2]&o[2] != 0 || b[3]&o[3] != 0
}

// valueSplit locates the value group inside a match from the match's bytes
// alone, for regexes P (?P<value>V) S whose split is unique:
//
//   - end, if V's last byte is never a byte S can hold: the value ends
//     after the match's last byte that S cannot hold;
//   - end, if S's first byte is never a byte V can hold (S not empty):
//     the value ends at the first byte after its start that can begin S;
//   - start, if V's first byte is never a byte P can hold: the value
//     starts at the match's first byte P cannot hold;
//   - start, if P's last byte is never a byte V can hold (P not empty):
//     the value starts after the last byte before its end that can end P.
//
// Every parse of a match then puts the group on the same bytes, so these
// are the offsets RE2's submatch engine reports, without running it. When
// only the end rule holds (a key's ":=" or "=" may be followed by a value
// that may start with '='), the start is decided per match: the positions
// where P may end and V begin, judged by the bytes on both sides and the
// shortest lengths of P and V, are counted, and a single one is the split.
type valueSplit struct {
	endFirst                    bool // compute the end first (else the start)
	startByAlpha, endByAlpha    bool // which rule of each side
	pAlpha, pLast, sAlpha, sFst byteSet
	// startByCount: neither start rule holds for every match, so the
	// start is found per match: the positions where P could end and V
	// begin, by the bytes on both sides and the parts' shortest lengths,
	// are counted; one candidate is the split, more are left to RE2.
	startByCount   bool
	pNullable      bool
	vAlpha, vFirst byteSet
	pMin, vMin     int
	// pExact, when set, is ^(?:P)$ in Go's regexp package: a candidate
	// start e also needs w[:e] to be a whole match of P. The byte tests
	// above look at one byte on each side, so a key's separator "<-" or a
	// value word that ends like a keyword ("sk-ant-...", "reset to W3...")
	// left several candidates and the split to RE2's submatch engine. Go's
	// case folding is not RE2's for non-ASCII runes, so the test is made
	// on ASCII bytes only; P holds no \b but a leading one, which held at
	// the match's start for every candidate alike (see exactPrefix).
	// It is compiled on first use, when the byte tests leave a match more
	// than one candidate (Go's regexp takes about 0.2 ms to compile a
	// key list folded for case, 40 ms for every split rule at start-up).
	pPieces   []*syntax.Regexp
	pExactOK  bool // P qualifies for the test (exactPieces)
	pLeadingB bool // P starts with \b
	pExactOne sync.Once
	pExact    *regexp.Regexp
}

// exact returns the compiled whole-match test of P, or nil.
func (sp *valueSplit) exact() *regexp.Regexp {
	if !sp.pExactOK {
		return nil
	}
	sp.pExactOne.Do(func() { sp.pExact = exactPrefix(sp.pPieces) })
	return sp.pExact
}

// analyzeSplit returns the split of expr's value group, if one is unique.
func analyzeSplit(expr string) (*valueSplit, bool) {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil, false
	}
	return splitOf(re)
}

// splitOf is analyzeSplit for a parsed regex.
func splitOf(re *syntax.Regexp) (*valueSplit, bool) {
	if re.Op != syntax.OpConcat {
		return nil, false
	}
	k := -1
	for i, s := range re.Sub {
		if s.Op == syntax.OpCapture && s.Name == "value" {
			k = i
		}
	}
	if k < 0 {
		return nil, false
	}
	for i, s := range re.Sub {
		if i != k && hasCapture(s, "value") {
			return nil, false
		}
	}
	p := facts(&syntax.Regexp{Op: syntax.OpConcat, Sub: re.Sub[:k]})
	v := facts(re.Sub[k].Sub[0])
	s := facts(&syntax.Regexp{Op: syntax.OpConcat, Sub: re.Sub[k+1:]})
	if v.nullable {
		return nil, false
	}
	sp := &valueSplit{pAlpha: p.alpha, pLast: p.last, sAlpha: s.alpha, sFst: s.first}
	endA := !v.last.meets(&s.alpha)
	endF := !s.nullable && !s.first.meets(&v.alpha)
	startA := !v.first.meets(&p.alpha)
	startL := !p.nullable && !p.last.meets(&v.alpha)
	switch {
	case endA && (startA || startL):
		sp.endFirst, sp.endByAlpha, sp.startByAlpha = true, true, startA
	case startA && endF:
		sp.startByAlpha = true
	case endA:
		sp.endFirst, sp.endByAlpha, sp.startByCount = true, true, true
		sp.pNullable, sp.vAlpha, sp.vFirst = p.nullable, v.alpha, v.first
		sp.pMin, _ = required(&syntax.Regexp{Op: syntax.OpConcat, Sub: re.Sub[:k]})
		sp.vMin, _ = required(re.Sub[k].Sub[0])
		sp.pPieces, sp.pExactOK = re.Sub[:k], exactPieces(re.Sub[:k])
		sp.pLeadingB = k > 0 && re.Sub[0].Op == syntax.OpWordBoundary
	default:
		return nil, false
	}
	return sp, true
}

// exactPrefix returns ^(?:P)$ for the pieces of P, compiled by Go's
// regexp package, or nil when a whole-match test of P alone could differ
// from RE2's view of P inside the text: P holds an empty-width assertion
// other than a leading \b. A leading \b held at the match's start, which
// is every candidate's; tested on w[:e] alone it can only fail where it
// held, when w[0] is not a word byte, and startCount does not make the
// test then.
func exactPrefix(pieces []*syntax.Regexp) *regexp.Regexp {
	if !exactPieces(pieces) {
		return nil
	}
	p := &syntax.Regexp{Op: syntax.OpConcat, Sub: pieces}
	re, err := regexp.Compile("^(?:" + p.String() + ")$")
	if err != nil {
		return nil
	}
	return re
}

// exactPieces reports whether P (pieces) qualifies for a whole-match
// test: not empty, and no assertion but a leading \b.
func exactPieces(pieces []*syntax.Regexp) bool {
	if len(pieces) == 0 {
		return false
	}
	rest := pieces
	if pieces[0].Op == syntax.OpWordBoundary {
		rest = pieces[1:]
	}
	for _, p := range rest {
		if hasAssertion(p) {
			return false
		}
	}
	return true
}

// hasAssertion reports whether re holds an empty-width assertion.
func hasAssertion(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpWordBoundary, syntax.OpNoWordBoundary, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText:
		return true
	}
	for _, s := range re.Sub {
		if hasAssertion(s) {
			return true
		}
	}
	return false
}

// startCount returns the only position e < end at which w[:e] may be a
// match of P and w[e:end] one of V, or -1 when there are none or several.
func (sp *valueSplit) startCount(w []byte, end int) int {
	lo := end // V's bytes: e >= lo
	for lo > 0 && sp.vAlpha.has(w[lo-1]) {
		lo--
	}
	hi := 0 // P's bytes: e <= hi
	for hi < end && sp.pAlpha.has(w[hi]) {
		hi++
	}
	lo, hi = max(lo, sp.pMin), min(hi, end-sp.vMin)
	found, n := -1, 0
	for e := lo; e <= hi; e++ {
		if sp.candidate(w, e) {
			found, n = e, n+1
		}
	}
	if n <= 1 {
		return found
	}
	// Several: the whole-match test of P settles a few, when it can. Each
	// test reads the prefix, so a value of bytes both sides accept (=-=-
	// ...) is left to RE2 rather than tested at every byte. A leading \b
	// of P judged on w alone fails where the byte before the match made it
	// hold (w[0] not a word byte): then the test is not made at all.
	re := sp.exact()
	if re == nil || n > maxExactCandidates || sp.pLeadingB && !isWordByte(w[0]) {
		return -1
	}
	ascii := len(w) // the prefixes below it are ASCII
	for i, c := range w {
		if c >= utf8.RuneSelf {
			ascii = i
			break
		}
	}
	found = -1
	for e := lo; e <= hi; e++ {
		if !sp.candidate(w, e) || e <= ascii && !re.Match(w[:e]) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = e
	}
	return found
}

// maxExactCandidates bounds the whole-match tests of one match.
const maxExactCandidates = 8

// candidate reports whether the bytes on both sides of e allow P to end
// and V to begin there.
func (sp *valueSplit) candidate(w []byte, e int) bool {
	return sp.vFirst.has(w[e]) && (e > 0 || sp.pNullable) && (e == 0 || sp.pLast.has(w[e-1]))
}

// locate returns the value's offsets in match w, or false when the bytes
// leave the split open (several start candidates); the caller then asks
// RE2's submatch engine.
func (sp *valueSplit) locate(w []byte) (vs, ve int, ok bool) {
	start := func(end int) int {
		if sp.startByCount {
			return sp.startCount(w, end)
		}
		if sp.startByAlpha {
			for i := 0; i < end; i++ {
				if !sp.pAlpha.has(w[i]) {
					return i
				}
			}
			return -1
		}
		for i := end - 1; i >= 0; i-- {
			if sp.pLast.has(w[i]) {
				return i + 1
			}
		}
		return -1
	}
	if sp.endFirst {
		ve = -1
		for i := len(w) - 1; i >= 0; i-- {
			if !sp.sAlpha.has(w[i]) {
				ve = i + 1
				break
			}
		}
		if ve < 0 {
			return 0, 0, false
		}
		vs = start(ve)
	} else {
		vs = start(len(w))
		if vs < 0 {
			return 0, 0, false
		}
		ve = -1
		for i := vs; i < len(w); i++ {
			if sp.sFst.has(w[i]) {
				ve = i
				break
			}
		}
	}
	if vs < 0 || ve <= vs || ve > len(w) {
		return 0, 0, false
	}
	return vs, ve, true
}
