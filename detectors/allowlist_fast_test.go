package detectors

import (
	"bytes"
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

// hasMaskRunSimple counts runs byte by byte, a bullet as one unit (and a
// stray byte of one as a byte).
func hasMaskRunSimple(v []byte) bool {
	const aBullet = 256
	run := 0
	last := -1
	for i := 0; i < len(v); i++ {
		b := int(v[i])
		if bytes.HasPrefix(v[i:], []byte(bullet)) {
			b = aBullet
			i += len(bullet) - 1
		}
		if b == last {
			run++
		} else {
			last, run = b, 1
		}
		switch b {
		case 'x', 'X':
			if run >= 5 {
				return true
			}
		case '*', '#', aBullet:
			if run >= 4 {
				return true
			}
		}
	}
	return false
}

func TestPlaceholderTables(t *testing.T) {
	parts := []string{"a", "B", "x", "_", "-", ".", "$", "(", "[", ":", "Env", "GETENV", "environ", "env", "Dummy",
		"dummy", "your", "YourPassword", "example", "Examplekey", "todo", "not_a_real", "NOT-REAL", "fake", "9", "sk_",
		"Replace_Me", "changeme", "chANGE-me", "foo", "bar", "é", "xx", "X", "xxx", "*", "**", "#", "##", bullet, bullet + bullet,
		"\xe2", "\xe2\x80"}
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
		if got, want := hasMaskRun(v), hasMaskRunSimple(v); got != want {
			t.Fatalf("hasMaskRun(%q) = %v, want %v", v, got, want)
		}
	}
}
