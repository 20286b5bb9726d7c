package engine

import (
	"bytes"
	"slices"
)

// automaton is an Aho-Corasick automaton compiled to a full DFA over byte
// classes. It replaces github.com/cloudflare/ahocorasick on the fast path
// because the engine needs positions, not just which keywords occur:
// cloudflare's Match reports keyword indices only, so each hit keyword had
// to be located again with bytes.Index over a lowered copy of the payload.
// This DFA reports every (overlapping) occurrence with its offset in one
// pass over the original bytes: ASCII case is folded by the byte-class
// table, so no lowered copy is made and offsets are the payload's own.
// BenchmarkKeywords compares the two.
//
// An automaton is immutable after newAutomaton and safe for concurrent use.
type automaton struct {
	class  [256]uint8 // byte -> class; 0 is "no keyword uses this byte"
	nclass int
	// trans[s*nclass+class] is the next state, multiplied by nclass (so
	// the loop adds a class without multiplying), and bitwise negated
	// when that state has outputs (so the loop tests a sign).
	trans  []int32
	outAt  []int32 // outputs of state s are outs[outAt[s]:outAt[s+1]]
	outs   []int32 // keyword indices
	lens   []int32 // keyword lengths
	maxLen int
}

// newAutomaton builds the automaton for lower-case ASCII keywords. The
// built-in rules give about 5,300 states over 145 byte classes, so the
// trie, the failure-link pass and the final table share one array, sized
// for the trie's states before it is built (trieSize), each pass rewriting
// a state's row in place, and outputs go into flat slices: start-up pays
// for one table of 3 MB, not three, nor one of a state per keyword byte
// (8,600) copied to its size.
func newAutomaton(keywords [][]byte) *automaton {
	a := &automaton{nclass: 1}
	for _, k := range keywords {
		for _, c := range k {
			if a.class[c] == 0 {
				a.class[c] = uint8(a.nclass)
				if c >= 'a' && c <= 'z' {
					a.class[c-'a'+'A'] = uint8(a.nclass)
				}
				a.nclass++
			}
		}
		a.lens = append(a.lens, int32(len(k)))
		a.maxLen = max(a.maxLen, len(k))
	}
	states := trieSize(keywords, &a.class)
	nc := a.nclass
	// Trie over classes: tab[s*nc+cl] is the child, 0 = none (the root is
	// never a child). own[s] is the first keyword ending at s, ownNext
	// chains the others.
	tab := make([]int32, states*nc)
	// Write each page of the fresh table before the trie reads it: read
	// first, a page is mapped to the kernel's zero page and faults again on
	// the write, which also flushes the TLB of the other cores the process
	// runs on (11% of `veil scan`'s start-up samples went to this table's
	// faults; this halves its build in a fresh process).
	for i := 0; i < len(tab); i += 1024 {
		tab[i] = 0
	}
	own := make([]int32, states)
	for i := range own {
		own[i] = -1
	}
	ownNext := make([]int32, len(keywords))
	n := 1
	for ki, k := range keywords {
		s := 0
		for _, c := range k {
			i := s*nc + int(a.class[c])
			if tab[i] == 0 {
				tab[i] = int32(n)
				n++
			}
			s = int(tab[i])
		}
		ownNext[ki] = own[s]
		own[s] = int32(ki)
	}
	tab = tab[: n*nc : n*nc] // n < states only if classes are shared
	// Breadth-first: failure links and DFA transitions, in place (a row is
	// rewritten when its state is dequeued, after its failure state's row,
	// which is shallower, is final), and outputs: a state's own keywords,
	// then its failure state's outputs.
	fail := make([]int32, n)
	outLo, outHi := make([]int32, n), make([]int32, n)
	var outs []int32
	queue := make([]int32, 1, n)
	for head := 0; head < len(queue); head++ {
		s := int(queue[head])
		outLo[s] = int32(len(outs))
		for k := own[s]; k >= 0; k = ownNext[k] {
			outs = append(outs, k)
		}
		if s != 0 {
			outs = append(outs, outs[outLo[fail[s]]:outHi[fail[s]]]...)
		}
		outHi[s] = int32(len(outs))
		row, frow := tab[s*nc:(s+1)*nc], tab[int(fail[s])*nc:]
		for cl := range row {
			t := row[cl]
			if t == 0 {
				if s != 0 {
					row[cl] = frow[cl]
				}
				continue
			}
			if s != 0 {
				fail[t] = frow[cl]
			}
			queue = append(queue, t)
		}
	}
	// Outputs in state order, so that state s has outs[outAt[s]:outAt[s+1]].
	a.outAt = make([]int32, n+1)
	a.outs = make([]int32, 0, len(outs))
	for s := 0; s < n; s++ {
		a.outAt[s] = int32(len(a.outs))
		a.outs = append(a.outs, outs[outLo[s]:outHi[s]]...)
	}
	a.outAt[n] = int32(len(a.outs))
	for i, t := range tab {
		tab[i] = t * int32(nc)
		if outLo[t] != outHi[t] {
			tab[i] = ^tab[i]
		}
	}
	a.trans = tab
	return a
}

// trieSize returns at least the number of states of the trie of keywords
// over class (the root and one state per distinct prefix), exactly when
// the keywords' distinct bytes are in distinct classes, as lower-case
// ones are: in byte order, a keyword adds the prefixes longer than the
// one it shares with the keyword before it. (Bytes sharing a class can
// only make it count a prefix twice.)
func trieSize(keywords [][]byte, class *[256]uint8) int {
	sorted := slices.Clone(keywords)
	slices.SortFunc(sorted, bytes.Compare)
	n := 1
	var prev []byte
	for _, k := range sorted {
		l := 0
		for l < len(k) && l < len(prev) && class[k[l]] == class[prev[l]] {
			l++
		}
		n += len(k) - l
		prev = k
	}
	return n
}

// lanesMin is the shortest text find walks in four lanes.
const lanesMin = 256

// laneBufs are scratch buffers for find's lanes 1 to 3.
type laneBufs [3][]occurrence

// find appends every keyword occurrence in p (start offsets) to occ,
// nearly in the order of their ends (which the caller's sort relies on to
// stay fast on keyword-dense text): one lane's occurrences come in the
// order of their ends, and a keyword crossing into the next lane comes
// before the shorter ones nested in it, so an end is never more than the
// longest keyword's length before the previous one. lanes is scratch
// space; nil allocates.
//
// A walk of the DFA is one dependent load per byte, so its speed is the
// load's latency, not the CPU's throughput. A long text is cut in four
// quarters walked at once, each from the root state, which the CPU
// overlaps: a lane finds every occurrence starting in its quarter, and
// runs on into the next by the longest keyword's length minus one so
// that it sees the occurrences that cross into it. Lanes 1 to 3 collect
// theirs apart and are appended in order.
// BenchmarkPasses/keywords: 154 µs per 64 KB in one lane, 100 in two, 78
// in four.
func (a *automaton) find(p []byte, occ []occurrence, lanes *laneBufs) []occurrence {
	if len(p) < lanesMin || len(p) < 8*a.maxLen {
		return a.walk(p, 0, 0, len(p), len(p), occ)
	}
	if lanes == nil {
		lanes = new(laneBufs)
	}
	q := len(p) / 4
	b1, b2, b3 := q, 2*q, 3*q
	nc := int32(a.nclass)
	trans, class := a.trans, &a.class
	o1, o2, o3 := lanes[0][:0], lanes[1][:0], lanes[2][:0]
	var s0, s1, s2, s3 int32
	p0, p1, p2, p3 := p[:q], p[b1:b2], p[b2:b3], p[b3:b3+q]
	for i := range p0 {
		s0 = trans[s0+int32(class[p0[i]])]
		s1 = trans[s1+int32(class[p1[i]])]
		s2 = trans[s2+int32(class[p2[i]])]
		s3 = trans[s3+int32(class[p3[i]])]
		if s0|s1|s2|s3 >= 0 {
			continue
		}
		if s0 < 0 {
			s0 = ^s0
			occ = a.emit(occ, s0/nc, i+1, b1)
		}
		if s1 < 0 {
			s1 = ^s1
			o1 = a.emit(o1, s1/nc, b1+i+1, b2)
		}
		if s2 < 0 {
			s2 = ^s2
			o2 = a.emit(o2, s2/nc, b2+i+1, b3)
		}
		if s3 < 0 {
			s3 = ^s3
			o3 = a.emit(o3, s3/nc, b3+i+1, len(p))
		}
	}
	occ = a.walk(p, s0, q, min(len(p), b1+a.maxLen-1), b1, occ)
	o1 = a.walk(p, s1, b1+q, min(len(p), b2+a.maxLen-1), b2, o1)
	o2 = a.walk(p, s2, b2+q, min(len(p), b3+a.maxLen-1), b3, o2)
	o3 = a.walk(p, s3, b3+q, len(p), len(p), o3)
	occ = append(append(append(occ, o1...), o2...), o3...)
	lanes[0], lanes[1], lanes[2] = o1[:0], o2[:0], o3[:0]
	return occ
}

// walk runs the DFA from state s over p[from:to], appending occurrences
// that start before limit.
func (a *automaton) walk(p []byte, s int32, from, to, limit int, occ []occurrence) []occurrence {
	nc := int32(a.nclass)
	trans, class := a.trans, &a.class
	for i := from; i < to; i++ {
		s = trans[s+int32(class[p[i]])]
		if s < 0 {
			s = ^s
			occ = a.emit(occ, s/nc, i+1, limit)
		}
	}
	return occ
}

// emit appends the outputs of state st, whose last byte ends at end, that
// start before limit.
func (a *automaton) emit(occ []occurrence, st int32, end, limit int) []occurrence {
	for _, k := range a.outs[a.outAt[st]:a.outAt[st+1]] {
		if pos := int32(end) - a.lens[k]; int(pos) < limit {
			occ = append(occ, occurrence{kw: k, pos: pos})
		}
	}
	return occ
}
