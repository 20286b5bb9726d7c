package engine

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
	trans []int32
	outAt []int32 // outputs of state s are outs[outAt[s]:outAt[s+1]]
	outs  []int32 // keyword indices
	lens  []int32 // keyword lengths
}

// newAutomaton builds the automaton for lower-case ASCII keywords.
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
	}
	// Trie over classes; -1 = no edge.
	nc := a.nclass
	trie := []int32{}
	newState := func() int32 {
		for i := 0; i < nc; i++ {
			trie = append(trie, -1)
		}
		return int32(len(trie)/nc - 1)
	}
	newState()
	own := [][]int32{nil}
	for ki, k := range keywords {
		s := int32(0)
		for _, c := range k {
			cl := int32(a.class[c])
			if trie[s*int32(nc)+cl] < 0 {
				t := newState()
				own = append(own, nil)
				trie[s*int32(nc)+cl] = t
			}
			s = trie[s*int32(nc)+cl]
		}
		own[s] = append(own[s], int32(ki))
	}
	n := len(own)
	// Breadth-first: failure links, DFA transitions, inherited outputs.
	next := make([]int32, n*nc)
	fail := make([]int32, n)
	outputs := make([][]int32, n)
	outputs[0] = own[0]
	queue := []int32{}
	for cl := 0; cl < nc; cl++ {
		if t := trie[cl]; t > 0 {
			next[cl] = t
			queue = append(queue, t)
		}
	}
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		outputs[s] = append(append([]int32(nil), own[s]...), outputs[fail[s]]...)
		for cl := 0; cl < nc; cl++ {
			t := trie[int(s)*nc+cl]
			if t < 0 {
				next[int(s)*nc+cl] = next[int(fail[s])*nc+cl]
				continue
			}
			fail[t] = next[int(fail[s])*nc+cl]
			next[int(s)*nc+cl] = t
			queue = append(queue, t)
		}
	}
	a.outAt = make([]int32, n+1)
	for s := 0; s < n; s++ {
		a.outAt[s] = int32(len(a.outs))
		a.outs = append(a.outs, outputs[s]...)
	}
	a.outAt[n] = int32(len(a.outs))
	a.trans = make([]int32, len(next))
	for i, t := range next {
		a.trans[i] = t * int32(nc)
		if a.outAt[t] != a.outAt[t+1] {
			a.trans[i] = ^a.trans[i]
		}
	}
	return a
}

// find appends every keyword occurrence in p (start offsets) to occ.
func (a *automaton) find(p []byte, occ []occurrence) []occurrence {
	s, nc := int32(0), int32(a.nclass)
	trans, class := a.trans, &a.class
	for i, c := range p {
		s = trans[s+int32(class[c])]
		if s < 0 {
			s = ^s
			st := s / nc
			for _, k := range a.outs[a.outAt[st]:a.outAt[st+1]] {
				occ = append(occ, occurrence{kw: k, pos: int32(i+1) - a.lens[k]})
			}
		}
	}
	return occ
}
