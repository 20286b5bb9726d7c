package engine

import (
	"bytes"
	"math/bits"
	"regexp/syntax"
	"sort"
	"unicode/utf8"
)

// A prefilter skips a regex call on text where no match can exist: every
// match of the rule is at least minLen bytes long and holds a byte of each
// of up to eight byte sets derived from the regex (an assignment rule
// needs ':' or '=', a quoted one a quote, a card number a digit). Checking
// that is one table lookup per byte in Go, against a fixed cost per call
// plus a DFA walk in go-re2; the check is a necessary condition only, so
// it never changes what the regex finds.
type prefilter struct {
	minLen int
	table  [256]uint8 // bit i: the byte belongs to required set i
	full   uint8      // all the sets' bits; 0 when there is no set
	// lit, when set, is a literal a match starts with (litPrefix) or
	// holds (newAllowPrefilter).
	lit       []byte
	litPrefix bool
}

// maxReqSet is the largest byte set worth checking: a set holding most
// bytes (a negated class) is in nearly every text.
const maxReqSet = 64

// possible reports whether text can hold a match.
func (f *prefilter) possible(text []byte) bool {
	if len(text) < f.minLen {
		return false
	}
	if f.lit != nil {
		if f.litPrefix && !bytes.HasPrefix(text, f.lit) || !f.litPrefix && !bytes.Contains(text, f.lit) {
			return false
		}
	}
	if f.full == 0 {
		return true
	}
	var acc uint8
	for _, c := range text {
		acc |= f.table[c]
		if acc == f.full {
			return true
		}
	}
	return false
}

func (b *byteSet) count() int {
	return bits.OnesCount64(b[0]) + bits.OnesCount64(b[1]) + bits.OnesCount64(b[2]) + bits.OnesCount64(b[3])
}

// newPrefilter derives the prefilter of a rule regex; nil if it would
// never skip anything.
func newPrefilter(expr string) *prefilter {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil
	}
	return prefilterOf(re)
}

// newAllowPrefilter is newPrefilter for an allowlist regex, which runs on
// every candidate's value: it also records the literal an anchored regex
// starts with (^pk\.eyJ...) or a literal regex is (AccountKey=Eby8...), so
// that a value without it skips the go-re2 call.
func newAllowPrefilter(expr string) *prefilter {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil
	}
	f := prefilterOf(re)
	lit, anchored := literalStart(re)
	if lit == "" {
		return f
	}
	if f == nil {
		f = &prefilter{}
	}
	f.lit, f.litPrefix = []byte(lit), anchored
	return f
}

// literalStart returns the case-sensitive ASCII literal every match of re
// starts with when re is anchored at the text's start (anchored), or the
// literal re is when it is one.
func literalStart(re *syntax.Regexp) (lit string, anchored bool) {
	ascii := func(r *syntax.Regexp) (string, bool) {
		if r.Op != syntax.OpLiteral || r.Flags&syntax.FoldCase != 0 {
			return "", false
		}
		for _, c := range r.Rune {
			if c >= utf8.RuneSelf {
				return "", false
			}
		}
		return string(r.Rune), true
	}
	if l, ok := ascii(re); ok {
		return l, false
	}
	if re.Op == syntax.OpConcat && len(re.Sub) >= 2 && re.Sub[0].Op == syntax.OpBeginText {
		if l, ok := ascii(re.Sub[1]); ok {
			return l, true
		}
	}
	return "", false
}

// prefilterOf is newPrefilter for a parsed regex.
func prefilterOf(re *syntax.Regexp) *prefilter {
	min, sets := required(re)
	sort.Slice(sets, func(i, j int) bool { return sets[i].count() < sets[j].count() })
	if len(sets) > 8 {
		sets = sets[:8]
	}
	f := &prefilter{minLen: min}
	for i, s := range sets {
		for c := 0; c < 256; c++ {
			if s.has(byte(c)) {
				f.table[c] |= 1 << i
			}
		}
		f.full |= 1 << i
	}
	if f.full == 0 && f.minLen <= 1 {
		return nil
	}
	return f
}

// required returns the shortest match length of re (counting one byte per
// rune) and byte sets such that every match holds a byte of each.
func required(re *syntax.Regexp) (minLen int, sets []byteSet) {
	switch re.Op {
	case syntax.OpLiteral:
		fold := re.Flags&syntax.FoldCase != 0
		for _, r := range re.Rune {
			minLen++
			var s byteSet
			ascii := true
			orbit := []rune{r}
			if fold {
				orbit = foldOrbit(r)
			}
			for _, f := range orbit {
				if f >= utf8.RuneSelf {
					ascii = false
					break
				}
				s.add(byte(f))
			}
			if ascii {
				sets = appendSet(sets, s)
			}
		}
	case syntax.OpCharClass:
		minLen = 1
		var s byteSet
		for i := 0; i+1 < len(re.Rune); i += 2 {
			addRunes(&s, re.Rune[i], re.Rune[i+1])
		}
		if n := s.count(); n > 0 && n <= maxReqSet {
			sets = appendSet(sets, s)
		}
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		minLen = 1
	case syntax.OpCapture:
		return required(re.Sub[0])
	case syntax.OpPlus:
		return required(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			m, s := required(re.Sub[0])
			return m * re.Min, s
		}
	case syntax.OpConcat:
		for _, s := range re.Sub {
			m, ss := required(s)
			minLen += m
			for _, x := range ss {
				sets = appendSet(sets, x)
			}
		}
	case syntax.OpAlternate:
		var union byteSet
		all := true
		for i, s := range re.Sub {
			m, ss := required(s)
			if i == 0 || m < minLen {
				minLen = m
			}
			if len(ss) == 0 {
				all = false
				continue
			}
			best := ss[0]
			for _, x := range ss[1:] {
				if x.count() < best.count() {
					best = x
				}
			}
			union.union(&best)
		}
		if all && union.count() <= maxReqSet {
			sets = appendSet(sets, union)
		}
	}
	// Star, Quest, empty-width assertions, empty match: nothing required.
	return minLen, sets
}

// appendSet adds s to sets unless a set already there is a subset of it
// (then s is implied).
func appendSet(sets []byteSet, s byteSet) []byteSet {
	for _, x := range sets {
		if x[0]&^s[0] == 0 && x[1]&^s[1] == 0 && x[2]&^s[2] == 0 && x[3]&^s[3] == 0 {
			return sets
		}
	}
	return append(sets, s)
}
