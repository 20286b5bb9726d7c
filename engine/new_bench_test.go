package engine

import (
	"testing"

	"github.com/veil-dlp/veil/rules"
)

// BenchmarkNew measures building an engine from the built-in rules, the
// start-up cost of every one-shot command (veil scan, veil redact).
func BenchmarkNew(b *testing.B) {
	files, err := rules.Builtin()
	if err != nil {
		b.Fatal(err)
	}
	b.Run("set=late", func(b *testing.B) {
		for b.Loop() {
			if _, err := New(files, WithSetAfter(4<<20)); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkBuiltin measures parsing the built-in rule files.
func BenchmarkBuiltin(b *testing.B) {
	for b.Loop() {
		if _, err := rules.Builtin(); err != nil {
			b.Fatal(err)
		}
	}
}
