package detectors

import (
	"bytes"
	"math/rand/v2"
	"testing"
)

func TestLastIndexByte(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	alphabet := []byte("\n\"'ab\x00\x80\xff\x7f\x0a\x0b\x09")
	for n := 0; n < 20000; n++ {
		b := make([]byte, r.IntN(40))
		for i := range b {
			b[i] = alphabet[r.IntN(len(alphabet))]
		}
		for _, c := range []byte{'\n', '"', 0, 0x80, 0xff, 'a'} {
			if got, want := lastIndexByte(b, c), bytes.LastIndexByte(b, c); got != want {
				t.Fatalf("lastIndexByte(%q, %q) = %d, want %d", b, c, got, want)
			}
		}
		if got, want := lastIndexAny3(b, '\n', '"', '\''), bytes.LastIndexAny(b, "\n\"'"); got != want {
			t.Fatalf("lastIndexAny3(%q) = %d, want %d", b, got, want)
		}
	}
}

func BenchmarkLastIndexByte(b *testing.B) {
	p := bytes.Repeat([]byte("10.1.2.3 "), 4096/9)
	b.Run("swar", func(b *testing.B) {
		b.SetBytes(int64(len(p)))
		for b.Loop() {
			lastIndexByte(p, '\n')
		}
	})
	b.Run("bytes", func(b *testing.B) {
		b.SetBytes(int64(len(p)))
		for b.Loop() {
			bytes.LastIndexByte(p, '\n')
		}
	})
}
