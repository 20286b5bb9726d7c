package engine

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math"
	"regexp/syntax"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	re2 "github.com/wasilibs/go-re2"
	"github.com/wasilibs/go-re2/experimental"

	"github.com/veil-dlp/veil/detectors"
	"github.com/veil-dlp/veil/rules"
)

// Engine is a compiled, immutable rule snapshot. It is safe for concurrent
// use by any number of goroutines.
type Engine struct {
	rules    []*rule
	keywords []keyword // index = automaton pattern index
	ac       *automaton
	// byteGate maps a byte to the gate bits it sets: single-byte any_of
	// literals (@, :, -) are tracked per segment in the segmenting pass
	// instead of the automaton, where they would hit on every line.
	byteGate [256]uint8
	nGateBit int
	// set holds the regexes of the single-line rules without keywords
	// (setRules[i] is the rule of pattern i): their gates (digits, '@')
	// select most lines of a log, so the set decides where they can match.
	// Keyword rules are selected by their windows already, and adding them
	// makes the set's DFA thrash. nil if RE2 could not build the set, which
	// only costs speed, and under WithSetAfter until gateSet compiles it.
	set      *experimental.Set
	setExprs []string     // the set's patterns, for a late compile
	setAfter int64        // bytes to scan before the set is used (WithSetAfter)
	scanned  atomic.Int64 // bytes scanned so far, counted while below setAfter
	setOnce  sync.Once    // compiles the set when setAfter is reached
	setRules []int
	inSet    []bool // per rule
	// unkeyed and setFree are bitsets of rules: those with no keyword, and
	// those of them outside the set. A scan visits a keyword rule only when
	// a keyword selected it, and a set rule only when the set matched it.
	unkeyed, setFree []uint64
	allowValues      map[string]struct{}
	allowRegexes     []*re2.Regexp
	allowPre         []*prefilter // per allowRegexes entry, nil if none
	limits           Limits
	version          string
	classes          []classGroup // class narrowing's alphabets (class.go)
}

// rule is a compiled rules.Rule.
type rule struct {
	idx        int
	id         string
	typ        string
	category   rules.Category
	re         *re2.Regexp
	valueGroup int // submatch index of the value, 0 = whole match
	// lazy, with WithLazyRegexes, compiles re on first use (regex).
	lazy       *lazyRegex
	confidence float64
	window     int
	multiline  bool
	generic    bool
	container  bool
	validators []detectors.Validator
	allow      map[string]struct{}
	hasKeyword bool
	gateAny    bool  // has any_of literals
	gateBits   uint8 // its single-byte literals, as byteGate bits
	minDigits  int
	// needsWord: a validator rejects every match unless one of the rule's
	// required context words is in the text; the automaton finds a piece
	// of each (keyword.reqFor), and the fast path skips the rule when none
	// occurs (requiredPieces).
	needsWord bool
	// table: a keyword selects the table rows below its line, not a
	// window (rules.Rule.Table; scan.tableRows).
	table bool
	// nar, when set, lets the fast path run the regex only over intervals
	// around anchor keywords (see narrow.go); isAnchor[k] says whether
	// keyword k is one of its anchors.
	nar      *narrowing
	isAnchor []bool
	// lineSpan, for a multiline rule, is the most line breaks a match can
	// hold when the fast path may run it over the lines around its anchor
	// keywords (isAnchor), or -1 (lines.go).
	lineSpan int
	// cls, when set, lets the fast path run a keyword-less rule's regex
	// only over runs of the bytes its matches can hold (class.go).
	cls *classNarrowing
	// sep is a non-word byte no match can hold, so intervals joined with
	// it between them are searched in one call (matchPieces); -1 if none
	// is known.
	sep int
	syn *syntax.Regexp // parsed regex, during New only
	// wholeValue: the value is the whole match, so RE2's match bounds are
	// enough (no submatch extraction).
	wholeValue bool
	// split, when set, finds the value in the match bytes (value.go).
	split *valueSplit
	// pre, when set, tells text where the regex cannot match (prefilter.go).
	pre  *prefilter
	src  *rules.Rule
	file string
}

// keyword is one automaton pattern: a rule keyword or a gate literal, with
// the rules it serves.
type keyword struct {
	text    []byte // lower-case
	rules   []int  // rules for which it is a keyword
	gateFor []int  // rules for which it is an any_of gate literal
	reqFor  []int  // rules whose required context word holds it
}

// Option configures New.
type Option func(*config)

type config struct {
	limits   Limits
	setAfter int64
	lazy     bool
}

// WithLimits sets the scan limits of the engine.
func WithLimits(l Limits) Option { return func(c *config) { c.limits = l } }

// WithSetAfter leaves the RE2 set that selects where keyword-less rules run
// unused until the engine has scanned n bytes in all. RE2 builds the set's
// DFA lazily, and a cold set costs more than it saves: a one-shot pass over
// a couple of megabytes (veil scan) is faster without it, a warm service
// faster with it. Findings are the same either way: the set only skips text
// where a rule has no match.
func WithSetAfter(n int64) Option { return func(c *config) { c.setAfter = n } }

// WithLazyRegexes leaves each rule's RE2 program uncompiled until a scan
// first runs the rule: a one-shot scan (veil scan) runs about half of the
// built-in rules on a varied directory and fewer on a small input, and
// compiling the rest was a third of its start-up. New still checks every
// regex's syntax. Should RE2 reject a regex that Go's parser accepts, the
// first scan to need it stops, incomplete (ReasonRuleError), and every later
// one does too: nothing is skipped quietly. Services keep the default, which
// compiles everything in New and reports a bad regex there.
func WithLazyRegexes() Option { return func(c *config) { c.lazy = true } }

// New compiles rule files into an Engine. Later files may disable rules of
// earlier ones by id (disable:) and add allowlist entries; a rule id defined
// twice is an error. Errors name the file, line and rule id.
func New(files []*rules.File, opts ...Option) (*Engine, error) {
	cfg := config{limits: DefaultLimits()}
	for _, o := range opts {
		o(&cfg)
	}
	// Offsets are int32 inside a scan, so payloads stay below 2 GiB.
	if cfg.limits.MaxPayloadBytes <= 0 || cfg.limits.MaxPayloadBytes > math.MaxInt32 ||
		cfg.limits.MaxFindings <= 0 || cfg.limits.Timeout < 0 {
		return nil, fmt.Errorf("engine: invalid limits %+v", cfg.limits)
	}
	e := &Engine{limits: cfg.limits, setAfter: cfg.setAfter, allowValues: map[string]struct{}{}}

	disabled := map[string]bool{}
	for _, f := range files {
		for _, id := range f.Disable {
			disabled[id] = true
		}
	}
	defined := map[string]string{}
	kwIndex := map[string]int{}
	addKeyword := func(text string) int {
		k := string(asciiLower(nil, []byte(text))) // ASCII letters fold; other bytes match as they are
		if i, ok := kwIndex[k]; ok {
			return i
		}
		kwIndex[k] = len(e.keywords)
		e.keywords = append(e.keywords, keyword{text: []byte(k)})
		return len(e.keywords) - 1
	}
	// RE2 compiles the rule regexes in the background while this goroutine
	// does the Go-side work: checks, analyses, the automaton; the narrowing
	// analyses are shared with it (regexCompiler.share), and what is left to
	// compile at the end is shared the other way. The regexes are attached
	// at the end.
	var (
		srcs     []*rules.Rule // the enabled rules, in file order
		srcFiles []string
		regexes  []string // their regexes, for RE2 (none when lazy)
	)
	for _, f := range files {
		for i := range f.Rules {
			if !disabled[f.Rules[i].ID] {
				srcs, srcFiles = append(srcs, &f.Rules[i]), append(srcFiles, f.Path)
				if !cfg.lazy {
					regexes = append(regexes, f.Rules[i].Regex)
				}
			}
		}
	}
	bg := compileRegexes(regexes)
	defer bg.stop()
	// Each enabled rule's own analysis (compileRule) and its bytes for the
	// version hash, shared with the compiler's goroutine; the loop below
	// takes them in order, so errors come in file order as before.
	type compiledRule struct {
		r    *rule
		err  error
		json []byte
	}
	analysed := make([]compiledRule, len(srcs))
	bg.share(len(srcs), func() func(int) {
		return func(i int) {
			c := &analysed[i]
			if c.r, c.err = compileRule(srcFiles[i], srcs[i]); c.err == nil {
				c.json, _ = json.Marshal(srcs[i])
			}
		}
	})
	h := sha256.New()
	next := 0
	for _, f := range files {
		for i := range f.Rules {
			src := &f.Rules[i]
			if where, ok := defined[src.ID]; ok {
				return nil, &rules.Error{File: f.Path, Line: src.Line, RuleID: src.ID, Msg: "rule id already defined in " + where}
			}
			defined[src.ID] = fmt.Sprintf("%s:%d", f.Path, src.Line)
			if disabled[src.ID] {
				continue
			}
			c := analysed[next]
			next++
			r, err := c.r, c.err
			if err != nil {
				return nil, err
			}
			r.idx = len(e.rules)
			for _, k := range src.Keywords {
				// Паспорт as well as паспорт: the automaton folds ASCII only
				for _, v := range append([]string{k}, detectors.CaseVariants(k)...) {
					ki := addKeyword(v)
					e.keywords[ki].rules = appendUnique(e.keywords[ki].rules, r.idx)
				}
			}
			for _, k := range src.Gate.AnyOf {
				if len(k) == 1 {
					if bit, ok := e.gateBit(k[0]); ok {
						r.gateBits |= bit
						continue
					}
				}
				ki := addKeyword(k)
				e.keywords[ki].gateFor = appendUnique(e.keywords[ki].gateFor, r.idx)
			}
			if pieces := requiredPieces(r.validators); pieces != nil {
				r.needsWord = true
				for _, w := range pieces {
					ki := addKeyword(w)
					e.keywords[ki].reqFor = appendUnique(e.keywords[ki].reqFor, r.idx)
				}
			}
			e.rules = append(e.rules, r)
			h.Write(c.json)
		}
		for _, v := range f.Allowlist.Values {
			e.allowValues[v] = struct{}{}
		}
		for _, expr := range f.Allowlist.Regexes {
			re, err := re2.Compile(expr)
			if err != nil {
				return nil, &rules.Error{File: f.Path, Msg: fmt.Sprintf("allowlist regex %q: %v", expr, err)}
			}
			e.allowRegexes = append(e.allowRegexes, re)
			e.allowPre = append(e.allowPre, newAllowPrefilter(expr))
		}
		b, _ := json.Marshal(f.Allowlist)
		h.Write(b)
	}
	for id := range disabled {
		if _, ok := defined[id]; !ok {
			return nil, fmt.Errorf("disable: no rule with id %q", id)
		}
	}
	var exprs []string
	e.inSet = make([]bool, len(e.rules))
	words := (len(e.rules) + 63) / 64
	e.unkeyed, e.setFree = make([]uint64, words), make([]uint64, words)
	for _, r := range e.rules {
		if r.hasKeyword {
			continue
		}
		e.unkeyed[r.idx/64] |= 1 << (r.idx % 64)
		if r.multiline {
			e.setFree[r.idx/64] |= 1 << (r.idx % 64)
			continue
		}
		exprs = append(exprs, r.src.Regex)
		e.setRules = append(e.setRules, r.idx)
		e.inSet[r.idx] = true
	}
	e.setExprs = exprs
	// Single-line rules are narrowed with the rules' own keywords first;
	// keyword rules that fail get anchor-only keywords (anchorKeywords),
	// appended after the others so that the first narrowings' keyword
	// indexes stay valid.
	pats := make([][]byte, len(e.keywords))
	for i, k := range e.keywords {
		pats[i] = k.text
	}
	an := newAnalyzer(pats, newTrie(pats))
	var single []*rule
	for _, r := range e.rules {
		if r.syn != nil && !r.multiline {
			single = append(single, r)
		}
	}
	narrowed := make([]struct {
		n  narrowing
		ok bool
	}, len(single))
	bg.share(len(single), func() func(int) {
		an := an.clone()
		return func(i int) { narrowed[i].n, narrowed[i].ok = an.narrowingOf(single[i].syn) }
	})
	nars := map[*rule]narrowing{}
	var failing []*rule
	for i, r := range single {
		if narrowed[i].ok {
			nars[r] = narrowed[i].n
		} else if r.hasKeyword {
			failing = append(failing, r)
		}
	}
	extras := anchorKeywords(failing, an, nars, bg)
	if len(extras) > 0 {
		for _, a := range extras {
			addKeyword(a)
		}
		pats = pats[:0]
		for _, k := range e.keywords {
			pats = append(pats, k.text)
		}
	}
	// The scan's automaton, built once, for every keyword; the analyses
	// below use it too when keywords were added.
	e.ac = newAutomaton(pats)
	if len(extras) > 0 {
		an = newAnalyzer(pats, e.ac)
	}
	alphas := map[*rule]byteSet{}
	for _, r := range e.rules {
		r.lineSpan = -1
		if r.syn == nil {
			continue
		}
		if r.multiline {
			if k := maxNewlines(r.syn); k >= 0 {
				if n, ok := an.narrowingOf(r.syn); ok {
					r.lineSpan = k
					r.isAnchor = make([]bool, len(pats))
					for _, a := range n.anchors {
						r.isAnchor[a] = true
					}
				}
			}
			continue
		}
		if n, ok := nars[r]; ok {
			r.nar = &n
			r.sep = separatorFor(&n.alpha)
			r.isAnchor = make([]bool, len(pats))
			for _, k := range n.anchors {
				r.isAnchor[k] = true
			}
			continue
		}
		if r.hasKeyword {
			continue
		}
		if alpha, ok := classOf(an, r.syn, r.pre); ok {
			r.cls = &classNarrowing{minLen: r.pre.minLen, req: *r.pre}
			r.sep = separatorFor(&alpha)
			for c := 0; c < 256; c++ {
				r.cls.alpha[c] = alpha.has(byte(c))
			}
			alphas[r] = alpha
		}
	}
	e.groupClasses(alphas)
	for _, r := range e.rules {
		r.syn = nil // only New needs the syntax tree
	}
	compiled := bg.wait()
	for i, r := range e.rules {
		if cfg.lazy {
			r.lazy = &lazyRegex{expr: r.src.Regex}
			continue
		}
		c := compiled[i]
		if c.err != nil {
			return nil, &rules.Error{File: r.file, Line: r.src.Line, RuleID: r.id, Msg: fmt.Sprintf("regex: %v", c.err)}
		}
		r.re = c.re
	}
	if e.setAfter <= 0 {
		e.compileSet()
	}
	e.version = hex.EncodeToString(h.Sum(nil))[:16]
	return e, nil
}

// anchorKeywords returns words to add to the automaton only as narrowing
// anchors (they select no rule). A keyword rule's matches need not hold
// one of its keywords: generic-secret-quoted has the keyword "_key" and
// matches "apikey=...", so no narrowing is found and the rule runs over
// whole lines. Every such match may still hold a piece of a keyword
// ("key"): the pieces of three bytes or more of the failing rules'
// keywords join one trial automaton. The pieces the analysis picks as
// anchors are returned, to be appended to the keywords in that order, and
// the failing rules' narrowings are put in nars with their anchors
// numbered as they will be.
func anchorKeywords(failing []*rule, an *analyzer, nars map[*rule]narrowing, bg *regexCompiler) []string {
	if len(failing) == 0 {
		return nil
	}
	keywords := an.keywords
	have := map[string]bool{}
	for _, k := range keywords {
		have[string(k)] = true
	}
	pats := slices.Clone(keywords)
	for _, r := range failing {
		// A piece can be an anchor only if the regex spells it out: the
		// keywords of a birth-date rule are context words, no piece of
		// which is in its regex, and trying them all costs start-up time.
		src := strings.ToLower(r.src.Regex)
		for _, k := range r.src.Keywords {
			k = strings.ToLower(k)
			for i := 0; i < len(k); i++ {
				for j := i + 3; j <= len(k); j++ {
					if p := k[i:j]; !have[p] && strings.Contains(src, p) {
						have[p] = true
						pats = append(pats, []byte(p))
					}
				}
			}
		}
	}
	if len(pats) == len(keywords) {
		return nil
	}
	trial := an.withMore(pats[len(keywords):])
	tried := make([]struct {
		n  narrowing
		ok bool
	}, len(failing))
	bg.share(len(failing), func() func(int) {
		trial := trial.clone()
		return func(i int) { tried[i].n, tried[i].ok = trial.narrowingOf(failing[i].syn) }
	})
	var out []string
	final := map[int32]int32{} // trial index of a piece -> its keyword index
	for i, r := range failing {
		n, ok := tried[i].n, tried[i].ok
		if !ok {
			continue
		}
		for i, a := range n.anchors {
			if int(a) < len(keywords) {
				continue
			}
			k, seen := final[a]
			if !seen {
				k = int32(len(keywords) + len(out))
				final[a] = k
				out = append(out, string(pats[a]))
			}
			n.anchors[i] = k
		}
		slices.Sort(n.anchors)
		nars[r] = n
	}
	return out
}

// compileRule checks and analyses one rule; its regex is compiled by
// compileRegexes.
func compileRule(file string, src *rules.Rule) (*rule, error) {
	fail := func(format string, args ...any) error {
		return &rules.Error{File: file, Line: src.Line, RuleID: src.ID, Msg: fmt.Sprintf(format, args...)}
	}
	if err := rules.CheckRegex(src.Regex); err != nil {
		return nil, fail("regex: %v", err)
	}
	r := &rule{
		id: src.ID, typ: src.Type, category: src.Category,
		confidence: src.Confidence, window: src.Window, multiline: src.Multiline, table: src.Table,
		generic: src.Generic, container: src.Container, hasKeyword: len(src.Keywords) > 0, sep: -1,
		gateAny: len(src.Gate.AnyOf) > 0, minDigits: src.Gate.MinDigits,
		src: src, file: file,
	}
	if r.window == 0 {
		r.window = defaultWindow
	}
	// The regex passed CheckRegex, which parses it the same way.
	if syn, err := syntax.Parse(src.Regex, syntax.Perl); err == nil {
		r.syn = syn
		r.valueGroup = captureIndex(syn, "value")
		r.wholeValue = valueIsMatchOf(syn)
		if !r.wholeValue {
			r.split, _ = splitOf(syn)
		}
		r.pre = prefilterOf(syn)
	}
	for _, s := range src.Validators {
		v, err := detectors.Build(s)
		if err != nil {
			return nil, &rules.Error{File: file, Line: s.Line, RuleID: src.ID, Msg: err.Error()}
		}
		r.validators = append(r.validators, v)
	}
	if len(src.Allow) > 0 {
		r.allow = map[string]struct{}{}
		for _, v := range src.Allow {
			r.allow[v] = struct{}{}
		}
	}
	return r, nil
}

// gateBit returns the byteGate bit of single-byte literal c, assigning one
// if needed; false when all 8 bits are taken (the literal then goes to the
// automaton like a longer one).
func (e *Engine) gateBit(c byte) (uint8, bool) {
	if c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' {
		return 0, false // letters fold case: leave them to the automaton
	}
	if b := e.byteGate[c]; b != 0 {
		return b, true
	}
	if e.nGateBit == 8 {
		return 0, false
	}
	b := uint8(1) << e.nGateBit
	e.nGateBit++
	e.byteGate[c] = b
	return b, true
}

func appendUnique(s []int, v int) []int {
	for _, x := range s {
		if x == v {
			return s
		}
	}
	return append(s, v)
}

// Version identifies the compiled rule content: equal rule files give equal
// versions.
func (e *Engine) Version() string { return e.version }

// Limits returns the engine's scan limits.
func (e *Engine) Limits() Limits { return e.limits }

// RuleInfo describes one compiled rule.
type RuleInfo struct {
	ID       string
	Type     string
	Category rules.Category
	Keywords []string
	File     string
}

// Rules lists the compiled rules (disabled ones excluded), sorted by id.
func (e *Engine) Rules() []RuleInfo {
	out := make([]RuleInfo, 0, len(e.rules))
	for _, r := range e.rules {
		out = append(out, RuleInfo{ID: r.id, Type: r.typ, Category: r.category, Keywords: r.src.Keywords, File: r.file})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// PathAllowlist is the allowlisted path regexes of rule files: a caller
// that reads files (veil scan) skips those whose path matches, before it
// opens them. The engine itself never sees paths.
type PathAllowlist struct{ res []*re2.Regexp }

// NewPathAllowlist compiles the allowlist paths of files; an error names the
// file and the regex.
func NewPathAllowlist(files []*rules.File) (*PathAllowlist, error) {
	a := &PathAllowlist{}
	for _, f := range files {
		for _, expr := range f.Allowlist.Paths {
			re, err := re2.Compile(expr)
			if err != nil {
				return nil, &rules.Error{File: f.Path, Msg: fmt.Sprintf("allowlist path %q: %v", expr, err)}
			}
			a.res = append(a.res, re)
		}
	}
	return a, nil
}

// Allow reports whether path matches one of the regexes.
func (a *PathAllowlist) Allow(path string) bool {
	for _, re := range a.res {
		if re.MatchString(path) {
			return true
		}
	}
	return false
}

// minRequiredPiece is the shortest piece of a required context word that
// becomes an automaton keyword: shorter ones ("ip", "@") occur everywhere,
// so they would cost more hits than the rules they let the scan skip.
const minRequiredPiece = 3

// requiredPieces returns, for the first validator that requires one of
// some words (detectors.WordRequirer), the longest space-free piece of each
// word: a word cannot occur without its pieces (a space in a word stands
// for ' ', '_', '-' or '.'). It returns nil when no validator requires
// words, or when a piece is shorter than minRequiredPiece.
func requiredPieces(vs []detectors.Validator) []string {
	for _, v := range vs {
		wr, ok := v.(detectors.WordRequirer)
		if !ok {
			continue
		}
		words := wr.RequiredWords()
		if len(words) == 0 {
			continue
		}
		pieces := make([]string, 0, len(words))
		for _, w := range words {
			best := ""
			for _, p := range strings.Split(w, " ") {
				if len(p) > len(best) {
					best = p
				}
			}
			if len(best) < minRequiredPiece {
				pieces = nil
				break
			}
			pieces = append(pieces, best)
		}
		if pieces != nil {
			return pieces
		}
	}
	return nil
}

// compileSet builds the RE2 set of setExprs. If RE2 cannot (DFA memory),
// the set stays nil, which only costs speed.
func (e *Engine) compileSet() {
	if len(e.setExprs) == 0 {
		return
	}
	set, err := experimental.CompileSetWithOptions(e.setExprs, experimental.CompileOptions{MaxMem: 64 << 20})
	if err == nil {
		e.set = set
	}
}
