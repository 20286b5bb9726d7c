package engine

import (
	"context"
	"fmt"
	"sort"
	"testing"
	"time"

	"github.com/veil-dlp/veil/bench/corpus"
)

func TestDebugRuleTime(t *testing.T) {
	e := builtinEngine(t)
	tot := map[string]time.Duration{}
	calls := map[string]int{}
	for seed := int64(1); seed <= 6; seed++ {
		p, _ := corpus.Mixed(64<<10, seed)
		for rep := 0; rep < 2; rep++ {
			s := scanPool.Get().(*scan)
			s.reset(e, context.Background(), p)
			s.segment()
			s.findKeywords()
			s.buildSelection()
			s.runSet()
			var rg, filtered []segRange
			for _, r := range e.rules {
				start := time.Now()
				if r.multiline {
					if len(s.ruleWin[r.idx]) > 0 {
						s.match(r, 0, len(p), -1)
					}
				} else {
					rg = s.ruleRanges(r, rg[:0])
					if s.setHits != nil && e.inSet[r.idx] {
						filtered = s.setFilter(r, rg, filtered[:0])
						rg, filtered = filtered, rg
					}
					for _, x := range rg {
						s.matchRegion(r, x)
						calls[r.id]++
					}
				}
				if rep == 1 {
					tot[r.id] += time.Since(start)
				}
			}
		}
	}
	var ids []string
	var all time.Duration
	for id, d := range tot {
		ids = append(ids, id)
		all += d
	}
	sort.Slice(ids, func(i, j int) bool { return tot[ids[i]] > tot[ids[j]] })
	fmt.Println("total per 64KB", all/6)
	for _, id := range ids[:25] {
		fmt.Printf("%-40s %8v %5d\n", id, tot[id]/6, calls[id]/12)
	}
}
