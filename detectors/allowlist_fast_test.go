package detectors

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// The placeholder checks were written first as one search per word; the
// table-driven versions must answer the same.

func namesItselfFakeSimple(v []byte) bool {
	for i := range v {
		for _, w := range fakeWords {
			if lower(v[i]) != w[0] || !prefixFoldString(v[i:], w) {
				continue
			}
			j := i + len(w)
			if i == 0 || j == len(v) || wordEdge(v, i) && wordEdge(v, j) {
				return true
			}
		}
	}
	return false
}

func envLookupSimple(v []byte) bool {
	for _, s := range envWords {
		if containsFold(v, s) {
			return true
		}
	}
	return false
}

func TestPlaceholderTables(t *testing.T) {
	parts := []string{"a", "B", "x", "_", "-", ".", "$", "(", "[", ":", "Env", "GETENV", "environ", "env", "Dummy",
		"dummy", "your", "YourPassword", "example", "Examplekey", "todo", "not_a_real", "NOT-REAL", "fake", "9", "sk_",
		"Replace_Me", "changeme", "chANGE-me", "foo", "bar", "é"}
	r := rand.New(rand.NewPCG(11, 12))
	for i := 0; i < 200000; i++ {
		var b strings.Builder
		for n := r.IntN(6); n >= 0; n-- {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		v := []byte(b.String())
		if got, want := namesItselfFake(v), namesItselfFakeSimple(v); got != want {
			t.Fatalf("namesItselfFake(%q) = %v, want %v", v, got, want)
		}
		if got, want := envLookup(v), envLookupSimple(v); got != want {
			t.Fatalf("envLookup(%q) = %v, want %v", v, got, want)
		}
	}
}
