package main

import (
	"math/rand/v2"
	"testing"
	"unicode/utf8"
)

func TestSchedule(t *testing.T) {
	cs := classes(1, 64<<10) // a small limit keeps the test light
	specs := schedule(1, 2000, cs)
	if len(specs) != 2000 {
		t.Fatalf("schedule gave %d requests, want 2000", len(specs))
	}
	seen := map[string]int{}
	for _, s := range specs {
		seen[s.class]++
	}
	for _, c := range cs {
		if seen[c.name] == 0 {
			t.Errorf("class %s never drawn", c.name)
		}
	}
}

func TestInvalidUTF8(t *testing.T) {
	r := newTestRand()
	for _, n := range []int{100, 4096} {
		p := invalidUTF8(r, n)
		if len(p) != n || utf8.Valid(p) {
			t.Errorf("invalidUTF8(%d): %d bytes, valid UTF-8 %v; want %d bytes, invalid", n, len(p), utf8.Valid(p), n)
		}
	}
}

func newTestRand() *rand.Rand { return rand.New(rand.NewPCG(1, 2)) }
