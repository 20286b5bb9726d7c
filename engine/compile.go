package engine

import (
	"regexp/syntax"
	"sync"
	"sync/atomic"

	re2 "github.com/wasilibs/go-re2"
)

// regexCompiler compiles the regexes of the enabled rules, in the order New
// visits them, on a goroutine of its own, while New does the Go-side work.
// That goroutine also takes a share of New's analyses (share) between two
// regexes, and New, when its own work is done, compiles what is left
// (wait): on two cores the start-up ends about when half the work of both
// would, not when the longer of the two does.
type regexCompiler struct {
	exprs       []string
	out         []compiledRegex
	next        atomic.Int64  // index of the next regex to compile
	compiled    atomic.Int64  // regexes compiled
	allCompiled chan struct{} // closed when the last one is
	job         atomic.Pointer[sharedJob]
	wake        chan struct{} // a job was posted (buffered)
	end         chan struct{} // closed by stop
	stopOnce    sync.Once
	stopped     atomic.Bool
}

type compiledRegex struct {
	re  *re2.Regexp
	err error
}

// compileRegexes starts the compiler on the given regexes (none when New
// leaves them to first use, WithLazyRegexes: its goroutine then only takes
// shares).
func compileRegexes(exprs []string) *regexCompiler {
	c := &regexCompiler{exprs: exprs, out: make([]compiledRegex, len(exprs)),
		allCompiled: make(chan struct{}), wake: make(chan struct{}, 1), end: make(chan struct{})}
	if len(exprs) == 0 {
		close(c.allCompiled)
	}
	go c.background()
	return c
}

// background compiles regexes and runs shared jobs, a job first, until New
// ends (stop).
func (c *regexCompiler) background() {
	for {
		if j := c.job.Load(); j != nil {
			j.run()
		}
		if c.stopped.Load() {
			return
		}
		if c.compileOne() {
			continue
		}
		select {
		case <-c.wake:
		case <-c.end:
			return
		}
	}
}

// compileOne compiles the next regex; false when none is left.
func (c *regexCompiler) compileOne() bool {
	i := int(c.next.Add(1) - 1)
	if i >= len(c.exprs) {
		return false
	}
	c.out[i].re, c.out[i].err = compileRE2(c.exprs[i])
	if int(c.compiled.Add(1)) == len(c.exprs) {
		close(c.allCompiled)
	}
	return true
}

// wait compiles what is left alongside the background goroutine and returns
// the compiled regexes, index = rule index.
func (c *regexCompiler) wait() []compiledRegex {
	for c.compileOne() {
	}
	<-c.allCompiled
	return c.out
}

// stop ends the background goroutine (New's end, or its failure); it does
// not wait.
func (c *regexCompiler) stop() {
	c.stopOnce.Do(func() {
		c.stopped.Store(true)
		close(c.end)
	})
}

// share runs n tasks, on this goroutine and on the background one between
// two regexes, and returns when all have run. worker is called once by each
// goroutine that takes part and returns its task function, so a goroutine
// can keep state of its own (an analyzer's memo); task i must touch only
// what is i's.
func (c *regexCompiler) share(n int, worker func() func(i int)) {
	if n == 0 {
		return
	}
	j := &sharedJob{n: n, worker: worker, finished: make(chan struct{})}
	c.job.Store(j)
	select {
	case c.wake <- struct{}{}:
	default:
	}
	j.run()
	<-j.finished
	c.job.CompareAndSwap(j, nil)
}

// sharedJob is share's tasks, taken by index by whichever goroutine comes.
type sharedJob struct {
	n          int
	next, done atomic.Int64
	worker     func() func(i int)
	finished   chan struct{} // closed when the last task has run
}

func (j *sharedJob) run() {
	var task func(int)
	for {
		i := int(j.next.Add(1) - 1)
		if i >= j.n {
			return
		}
		if task == nil {
			task = j.worker()
		}
		task(i)
		if int(j.done.Add(1)) == j.n {
			close(j.finished)
		}
	}
}

// compileRE2 is re2.Compile; tests replace it to make a compile fail.
var compileRE2 = re2.Compile

// lazyRegex is a rule's RE2 program, compiled by the first scan that runs
// the rule (WithLazyRegexes).
type lazyRegex struct {
	expr string
	once sync.Once
	re   *re2.Regexp
	err  error
}

// regex returns r's compiled regex, compiling it first if New left it to
// the first use; nil and an error if RE2 rejects it.
func (r *rule) regex() (*re2.Regexp, error) {
	if r.re != nil {
		return r.re, nil
	}
	l := r.lazy
	l.once.Do(func() { l.re, l.err = compileRE2(l.expr) })
	return l.re, l.err
}

// captureIndex returns the index of the capture group named name in re
// (numbered from 1 by opening parenthesis, as RE2 numbers them), or 0.
func captureIndex(re *syntax.Regexp, name string) int {
	if re.Op == syntax.OpCapture && re.Name == name {
		return re.Cap
	}
	for _, sub := range re.Sub {
		if i := captureIndex(sub, name); i > 0 {
			return i
		}
	}
	return 0
}
