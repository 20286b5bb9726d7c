package main

import (
	"bytes"
	"math/rand/v2"
	"testing"
)

func newTestRand() *rand.Rand { return rand.New(rand.NewPCG(1, 2)) }

func TestLuhnCard(t *testing.T) {
	r := newTestRand()
	for range 100 {
		c := luhnCard(r)
		sum, double := 0, false
		for i := len(c) - 1; i >= 0; i-- {
			if c[i] == ' ' {
				continue
			}
			d := int(c[i] - '0')
			if double {
				if d *= 2; d > 9 {
					d -= 9
				}
			}
			sum += d
			double = !double
		}
		if len(c) != 19 || c[0] != '4' || sum%10 != 0 {
			t.Fatalf("luhnCard() = %q: want a 16-digit Visa number in groups of 4 with a valid check digit", c)
		}
	}
}

func TestPayloadSet(t *testing.T) {
	for _, size := range []int{1 << 10, 16 << 10} {
		set := payloadSet(42, 8, size)
		for i, p := range set {
			if len(p) != size {
				t.Errorf("size %d: payload %d is %d bytes", size, i, len(p))
			}
			for j := range i {
				if bytes.Equal(p, set[j]) {
					t.Errorf("size %d: payloads %d and %d are equal", size, j, i)
				}
			}
		}
		if !bytes.Equal(set[0], payloadSet(42, 1, size)[0]) {
			t.Errorf("size %d: the same seed gave different payloads", size)
		}
		mean, err := checkPayloads(set, "llm")
		if err != nil {
			t.Fatal(err)
		}
		if want := float64(3 * size / 1024); mean < want {
			t.Errorf("size %d: %.1f findings per payload, want at least %.0f", size, mean, want)
		}
	}
}
