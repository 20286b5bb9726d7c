package engine

import (
	"fmt"
	"sync/atomic"
	"testing"
)

// TestRegexCompilerShare checks that shared tasks each run exactly once,
// whether the background goroutine is compiling, idle or done, and that
// every regex is compiled once wait returns. Run under -race it also checks
// that the tasks' results are published to the caller.
func TestRegexCompilerShare(t *testing.T) {
	for _, nre := range []int{0, 1, 40} {
		var exprs []string
		for i := range nre {
			exprs = append(exprs, fmt.Sprintf(`\bk%d[a-z]{4,}\d+`, i))
		}
		c := compileRegexes(exprs)
		for round, n := range []int{1, 7, 500, 0} {
			runs := make([]atomic.Int32, n)
			out := make([]int, n)
			workers := atomic.Int32{}
			c.share(n, func() func(int) {
				workers.Add(1)
				return func(i int) { runs[i].Add(1); out[i] = i * i }
			})
			for i := range n {
				if runs[i].Load() != 1 || out[i] != i*i {
					t.Fatalf("%d regexes, round %d: task %d ran %d times, result %d", nre, round, i, runs[i].Load(), out[i])
				}
			}
			if w := workers.Load(); n > 0 && (w < 1 || w > 2) {
				t.Errorf("%d regexes, round %d: %d workers", nre, round, w)
			}
		}
		got := c.wait()
		for i, r := range got {
			if r.err != nil || r.re == nil {
				t.Errorf("%d regexes: regex %d not compiled: %v", nre, i, r.err)
			}
		}
		c.stop()
		c.stop() // New defers stop after calling it on failure paths too
	}
}
