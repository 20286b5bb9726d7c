package engine

import (
	"bytes"
	"math/rand/v2"
	"reflect"
	"sort"
	"testing"

	"github.com/cloudflare/ahocorasick"

	"github.com/veil-dlp/veil/bench/corpus"
)

// TestAutomatonNaive checks the automaton against plain search, including
// overlapping keywords, keywords inside keywords, and case folding, on
// texts short enough for one lane and long enough for four.
func TestAutomatonNaive(t *testing.T) {
	kws := [][]byte{[]byte("he"), []byte("she"), []byte("his"), []byte("hers"), []byte("sk_live_"), []byte("sk"), []byte("a-b"), []byte("@"),
		[]byte("live")} // nested in sk_live_: reported after it when sk_live_ crosses a lane edge
	a := newAutomaton(kws)
	r := rand.New(rand.NewPCG(9, 9))
	alphabet := []byte("heHEsSirkK_livE-ab@ x")
	for n := 0; n < 2000; n++ {
		p := make([]byte, r.IntN(600))
		for i := range p {
			p[i] = alphabet[r.IntN(len(alphabet))]
		}
		assertFindsNaive(t, a, kws, p)
	}
	// Every keyword at every offset around the lanes' edges.
	for _, n := range []int{lanesMin, lanesMin + 1, lanesMin + 3, 1023} {
		for _, kw := range kws {
			for q := 1; q < 4; q++ {
				edge := q * (n / 4)
				for at := edge - len(kw); at <= edge; at++ {
					p := bytes.Repeat([]byte("x"), n)
					copy(p[at:], kw)
					assertFindsNaive(t, a, kws, p)
				}
			}
		}
	}
}

// TestTrieSize checks that the automaton's table has exactly a row per
// trie state (the root and each distinct keyword prefix) for the built-in
// keywords: trieSize sizes the table before the trie exists, and a count
// too low would make the build write past it.
func TestTrieSize(t *testing.T) {
	e := builtinEngine(t)
	kws := make([][]byte, len(e.keywords))
	prefixes := map[string]bool{}
	for i, k := range e.keywords {
		kws[i] = k.text
		for j := 1; j <= len(k.text); j++ {
			prefixes[string(k.text[:j])] = true
		}
	}
	a := newAutomaton(kws)
	if got, want := trieSize(kws, &a.class), len(prefixes)+1; got != want {
		t.Errorf("trieSize = %d, the trie has %d states", got, want)
	}
	if got := len(a.trans) / a.nclass; got != len(prefixes)+1 {
		t.Errorf("table has %d rows, the trie %d states", got, len(prefixes)+1)
	}
	// Repeated keywords and shared prefixes out of input order.
	dup := [][]byte{[]byte("ab"), []byte("b"), []byte("ab"), []byte("abc"), []byte("a")}
	if a := newAutomaton(dup); trieSize(dup, &a.class) != 5 || len(a.trans)/a.nclass != 5 {
		t.Errorf("%q: trieSize %d, %d rows, want 5", dup, trieSize(dup, &a.class), len(a.trans)/a.nclass)
	}
}

// TestAutomatonBuiltinKeywords checks the automaton of the built-in rules'
// keywords (about 8,000 states over more than 100 byte classes, some of
// them non-ASCII) against plain search on mixed payloads.
func TestAutomatonBuiltinKeywords(t *testing.T) {
	e := builtinEngine(t)
	kws := make([][]byte, len(e.keywords))
	for i, k := range e.keywords {
		kws[i] = k.text
	}
	a := newAutomaton(kws)
	tr := newTrie(kws)
	sorted := func(occ []occurrence) []occurrence {
		sort.Slice(occ, func(i, j int) bool {
			return occ[i].pos < occ[j].pos || occ[i].pos == occ[j].pos && occ[i].kw < occ[j].kw
		})
		return occ
	}
	for seed := int64(1); seed <= 4; seed++ {
		p, _ := corpus.Mixed(16<<10, seed)
		assertFindsNaive(t, a, kws, p)
		// The analyzer's trie finds what the automaton finds.
		if got, want := sorted(tr.find(p, nil, nil)), sorted(a.find(p, nil, nil)); !reflect.DeepEqual(got, want) {
			t.Fatalf("seed %d: trie found %d occurrences, automaton %d", seed, len(got), len(want))
		}
	}
}

// assertFindsNaive fails if a.find and bytes.Index on a lowered copy
// disagree on p.
func assertFindsNaive(t *testing.T, a *automaton, kws [][]byte, p []byte) {
	t.Helper()
	got := a.find(p, nil, nil)
	// Nearly sorted by end (the scan's sort relies on it): an end is never
	// more than the longest keyword's length before the previous one.
	for i := 1; i < len(got); i++ {
		if e0, e1 := got[i-1].pos+int32(len(kws[got[i-1].kw])), got[i].pos+int32(len(kws[got[i].kw])); e1 < e0-int32(a.maxLen) {
			t.Fatalf("%q: occurrence %d ends at %d, before %d", p, i, e1, e0)
		}
	}
	var want []occurrence
	lower := bytes.ToLower(p)
	for k, kw := range kws {
		want = appendAll(want, lower, kw, k)
	}
	for _, s := range [][]occurrence{got, want} {
		sort.Slice(s, func(i, j int) bool {
			if s[i].pos != s[j].pos {
				return s[i].pos < s[j].pos
			}
			return s[i].kw < s[j].kw
		})
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("%q: got %v, want %v", p, got, want)
	}
}

// BenchmarkKeywords compares the engine's automaton (positions in one pass
// over the original bytes) with cloudflare/ahocorasick (which keywords occur,
// on a lowered copy, then bytes.Index to locate each), over the built-in
// keywords and a 4 KB mixed payload.
func BenchmarkKeywords(b *testing.B) {
	e := builtinEngine(b)
	p, _ := corpus.Mixed(4<<10, 1)
	kws := make([]string, len(e.keywords))
	for i, k := range e.keywords {
		kws[i] = string(k.text)
	}
	b.Run("impl=veil-dfa", func(b *testing.B) {
		b.SetBytes(int64(len(p)))
		var occ []occurrence
		for b.Loop() {
			occ = e.ac.find(p, occ[:0], nil)
		}
	})
	b.Run("impl=cloudflare+locate", func(b *testing.B) {
		m := ahocorasick.NewStringMatcher(kws)
		b.SetBytes(int64(len(p)))
		var occ []occurrence
		lower := make([]byte, len(p))
		for b.Loop() {
			lower = asciiLower(lower[:0], p)
			occ = occ[:0]
			for _, k := range m.MatchThreadSafe(lower) {
				occ = appendAll(occ, lower, e.keywords[k].text, k)
			}
		}
	})
}

// appendAll appends every occurrence of keyword k (kw, lower case) in
// lower, overlapping ones included: the naive search the automaton is
// checked and measured against.
func appendAll(occ []occurrence, lower, kw []byte, k int) []occurrence {
	for off := 0; ; {
		i := bytes.Index(lower[off:], kw)
		if i < 0 {
			return occ
		}
		occ = append(occ, occurrence{kw: int32(k), pos: int32(off + i)})
		off += i + 1
	}
}
