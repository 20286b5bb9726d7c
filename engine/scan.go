package engine

import (
	"bytes"
	"context"
	"encoding/binary"
	mbits "math/bits"
	"slices"
	"sort"
	"sync"
	"time"

	re2 "github.com/wasilibs/go-re2"
	"github.com/wasilibs/go-re2/experimental"

	"github.com/veil-dlp/veil/detectors"
	"github.com/veil-dlp/veil/rules"
)

// Finding is one sensitive value. Offsets are byte offsets into the scanned
// payload: Start inclusive, End exclusive, spanning the value itself (not its
// key or keyword). Line and Column are 1-based; Column counts bytes.
type Finding struct {
	Type       string         `json:"type"`
	Category   rules.Category `json:"category"`
	Rule       string         `json:"rule"`
	Start      int            `json:"start"`
	End        int            `json:"end"`
	Line       int            `json:"line"`
	Column     int            `json:"column"`
	Confidence float64        `json:"confidence"`
	// Value is the matched bytes, set only when ScanOptions.IncludeValues.
	Value string `json:"value,omitempty"`
	// Covered are findings this one won over under the outer-wins
	// strategy: those inside its span, on the same span, or overlapping it.
	Covered []Finding `json:"covered,omitempty"`
}

// Result is the outcome of one scan.
type Result struct {
	Findings []Finding
	// Incomplete is set when a limit, a deadline or a cancellation stopped
	// the scan: Findings are those found so far, and more may exist.
	Incomplete bool
	Reason     Reason
	// ScannedBytes is how many bytes of the payload were scanned.
	ScannedBytes int
}

// ScanOptions adjust one scan.
type ScanOptions struct {
	// MinConfidence drops candidates below it. Zero means
	// DefaultMinConfidence; use a small positive value to see everything.
	MinConfidence float64
	// IncludeValues fills Finding.Value. Off by default: findings carry
	// types and offsets, never values.
	IncludeValues bool
	// Reference runs every rule over every segment, without the prefilter.
	// It is the slow path the fast path is tested against.
	Reference bool
}

// occurrence is a keyword found in the payload.
type occurrence struct {
	kw  int32
	pos int32
}

// window is a byte interval [lo, hi): a rule's keyword window, a run of a
// class alphabet, or an interval a rule's regex runs over, inside segment
// seg (narrow and class intervals; keyword windows and runs leave it 0).
type window struct {
	seg    int32
	lo, hi int32
}

// segRange is an inclusive range of segment indices.
type segRange struct{ a, b int32 }

// candidate is a validated match before overlap resolution.
type candidate struct {
	rule       *rule
	start, end int
	confidence float64
}

// scan holds the per-scan state. It is pooled; an Engine itself is never
// written during a scan.
type scan struct {
	e        *Engine
	payload  []byte
	lower    []byte
	starts   []int   // segment i is [starts[i], starts[i+1])
	hard     []bool  // segment i starts at a hard cut
	digits   []uint8 // longest digit run per segment
	gates    []uint8 // byteGate bits of the bytes in each segment
	occ      []occurrence
	ivs      []window   // one rule's narrow or class intervals
	ms       []reMatch  // find's result
	idx      [][]int    // findAllIndex's result
	lanes    laneBufs   // the keyword automaton's scratch
	ref      bool       // reference path
	ruleWin  [][]window // per rule, merged and sorted
	gateSegs [][]int32  // per rule with any_of: sorted segments holding a literal
	hasWord  []bool     // per rule with needsWord: a required word's piece occurs
	touched  []uint64   // bitset of rules whose ruleWin or gateSegs is not empty
	active   []uint64   // runFast's bitset of rules to visit
	cands    []candidate
	groups   []group // resolve's scratch
	nl       []int   // resolve's newline offsets
	ranges   []segRange
	segs     []int32    // matchRegion's segment per match
	runs     [][]window // per class group, its runs (class.go)
	runsDone []bool
	joined   []byte   // matchPieces' intervals, joined
	joinOff  []int32  // offset of each interval in joined
	chunkSeg []int32  // first segment of each chunk, and nseg at the end
	setHits  []uint64 // per chunk, a bitset of rules whose regex matches in it
	words    int      // uint64 words per chunk in setHits
	deadline time.Time
	ctx      context.Context
	stopped  Reason
	// work counts bytes handed to regexes (and a fixed cost per match);
	// expired reads the clock only when nextCheck is reached, because
	// time.Now is not free on every VM (it was 10% of a 1 KB scan).
	work, nextCheck int
	fold            uint8 // payloadFoldUnsafe: 0 unknown, 1 no, 2 yes
	// tableLS, tableHi: tableRows' last header line and its rows' end, so
	// the many keyword occurrences of one line cost one look (-1: none yet);
	// tablePos, tableNL: how far tableRows has looked for line breaks, and
	// the last one before that (-1: none), so each byte is looked at once
	tableLS, tableHi, tablePos, tableNL int
}

var scanPool = sync.Pool{New: func() any { return new(scan) }}

// observeWork, set by benchmarks and TestRegexWorkBudget only, receives
// each scan's regex work:
// the bytes handed to RE2 (sets excepted). Unlike time, it does not depend
// on the machine's load, so two versions' windows compare exactly.
var observeWork func(bytes int)

// Scan finds sensitive values in payload. It never modifies or retains
// payload. Scan is safe to call from many goroutines at once.
func (e *Engine) Scan(ctx context.Context, payload []byte, opts ScanOptions) Result {
	var res Result
	if len(payload) > e.limits.MaxPayloadBytes {
		payload = payload[:e.limits.MaxPayloadBytes]
		res.Incomplete, res.Reason = true, ReasonPayloadTooLarge
	}
	res.ScannedBytes = len(payload)
	minConf := opts.MinConfidence
	if minConf == 0 {
		minConf = DefaultMinConfidence
	}

	s := scanPool.Get().(*scan)
	defer s.release()
	s.reset(e, ctx, payload)
	s.ref = opts.Reference
	if err := ctx.Err(); err != nil {
		s.stop(err)
	}
	if s.stopped == "" {
		s.segment()
		if opts.Reference {
			s.findKeywordsNaive()
		} else {
			s.findKeywords()
		}
		s.buildSelection()
		if opts.Reference {
			s.runReference()
		} else {
			s.runFast()
		}
		s.scanDecoded(opts.Reference)
	}
	if observeWork != nil {
		observeWork(s.work)
	}
	if s.stopped != "" && !res.Incomplete {
		res.Incomplete, res.Reason = true, s.stopped
	}

	kept := s.cands[:0]
	for _, c := range s.cands {
		if c.confidence >= minConf {
			kept = append(kept, c)
		}
	}
	res.Findings = s.resolve(payload, kept, opts.IncludeValues, e.limits.MaxFindings)
	if len(res.Findings) > e.limits.MaxFindings {
		res.Findings = res.Findings[:e.limits.MaxFindings]
		if !res.Incomplete {
			res.Incomplete, res.Reason = true, ReasonTooManyFindings
		}
	}
	return res
}

func (s *scan) reset(e *Engine, ctx context.Context, payload []byte) {
	s.e, s.ctx, s.payload = e, ctx, payload
	s.starts, s.hard, s.digits, s.gates = s.starts[:0], s.hard[:0], s.digits[:0], s.gates[:0]
	s.occ, s.cands = s.occ[:0], s.cands[:0]
	s.stopped = ""
	s.work, s.nextCheck = 0, 0
	s.fold = 0
	s.tableLS, s.tablePos, s.tableNL = -1, 0, -1
	s.deadline = time.Time{}
	if d, ok := ctx.Deadline(); ok {
		s.deadline = d
	}
	if t := e.limits.Timeout; t > 0 {
		if d := time.Now().Add(t); s.deadline.IsZero() || d.Before(s.deadline) {
			s.deadline = d
		}
	}
	// Empty only what the last scan (under any engine) filled: a scan
	// touches a few of the rules.
	rw, gs := s.ruleWin[:cap(s.ruleWin)], s.gateSegs[:cap(s.gateSegs)]
	for w, bits := range s.touched {
		for ; bits != 0; bits &= bits - 1 {
			i := w*64 + mbits.TrailingZeros64(bits)
			rw[i], gs[i] = rw[i][:0], gs[i][:0]
		}
	}
	words := (len(e.rules) + 63) / 64
	s.touched = slices.Grow(s.touched[:0], words)[:words]
	clear(s.touched)
	if cap(s.ruleWin) < len(e.rules) {
		s.ruleWin = make([][]window, len(e.rules))
		s.gateSegs = make([][]int32, len(e.rules))
		s.hasWord = make([]bool, len(e.rules))
	}
	s.ruleWin, s.gateSegs = s.ruleWin[:len(e.rules)], s.gateSegs[:len(e.rules)]
	s.hasWord = s.hasWord[:len(e.rules)]
	clear(s.hasWord)
	if cap(s.runs) < len(e.classes) {
		s.runs = make([][]window, len(e.classes))
		s.runsDone = make([]bool, len(e.classes))
	}
	s.runs, s.runsDone = s.runs[:len(e.classes)], s.runsDone[:len(e.classes)]
	clear(s.runsDone)
}

// touch records that rule ri has windows or gate segments.
func (s *scan) touch(ri int) { s.touched[ri/64] |= 1 << (ri % 64) }

func (s *scan) release() {
	s.e, s.ctx, s.payload = nil, nil, nil
	// The lowered copy and the joined intervals hold payload bytes: never
	// keep them in the pool. Candidates point at rules: clear them so a
	// replaced Engine can go; idx holds RE2's per-match slices.
	clear(s.lower[:cap(s.lower)])
	clear(s.joined[:cap(s.joined)])
	clear(s.cands[:cap(s.cands)])
	clear(s.idx[:cap(s.idx)])
	// Buffers grow with the payload, and some with hostile ones (a digit
	// run or a keyword every few bytes): the pool keeps only the usual
	// sizes, so that one large scan does not pin its memory.
	s.lower, s.joined = unpin(s.lower, 1<<20), unpin(s.joined, 1<<20)
	s.starts, s.hard = unpin(s.starts, 1<<16), unpin(s.hard, 1<<16)
	s.digits, s.gates = unpin(s.digits, 1<<16), unpin(s.gates, 1<<16)
	s.occ, s.nl = unpin(s.occ, 1<<16), unpin(s.nl, 1<<16)
	s.cands, s.groups = unpin(s.cands, 1<<14), unpin(s.groups, 1<<14)
	s.ivs, s.joinOff = unpin(s.ivs, 1<<14), unpin(s.joinOff, 1<<14)
	s.setHits, s.chunkSeg = unpin(s.setHits, 1<<14), unpin(s.chunkSeg, 1<<14)
	s.idx = unpin(s.idx, 1<<10)
	for g := range s.runs {
		s.runs[g] = unpin(s.runs[g], 1<<14)
	}
	for i := range s.lanes {
		s.lanes[i] = unpin(s.lanes[i], 1<<14)
	}
	scanPool.Put(s)
}

// unpin returns b emptied, or nil when its capacity is over max.
func unpin[T any](b []T, max int) []T {
	if cap(b) > max {
		return nil
	}
	return b[:0]
}

// stop records why the scan stops early.
func (s *scan) stop(err error) {
	if err == context.DeadlineExceeded {
		s.stopped = ReasonDeadline
	} else {
		s.stopped = ReasonCanceled
	}
}

// expired checks the context and the time budget; it is called between
// regex runs, which are each bounded by a region's size.
func (s *scan) expired() bool {
	if s.stopped != "" {
		return true
	}
	if s.work < s.nextCheck {
		return false
	}
	s.nextCheck = s.work + checkWork
	if err := s.ctx.Err(); err != nil {
		s.stop(err)
		return true
	}
	if !s.deadline.IsZero() && time.Now().After(s.deadline) {
		s.stopped = ReasonDeadline
		return true
	}
	return false
}

// expiredAfter counts n more units of work, then checks as expired does.
func (s *scan) expiredAfter(n int) bool {
	s.work += n
	return s.expired()
}

// checkEvery is how many matches (or reference-path segments) run between
// deadline checks: often enough that a payload full of candidates cannot
// overrun the budget by much, rarely enough that time.Now stays cheap.
const checkEvery = 64

// checkWork is how much work (bytes scanned by regexes, plus matchWork per
// match) runs between clock reads: about 100 µs of regex time at the
// slowest rule rates measured, so a budget is overrun by little.
const (
	checkWork = 16 << 10
	matchWork = 256
)

// isCutSep reports whether a long line may be cut just after c, if cutAfter
// agrees. Every such byte is a non-word byte, so \b means the same at the
// cut in a segment and in the whole payload.
func isCutSep(c byte) bool { return c == ',' || c == '}' || c == '>' || c == '\t' }

// cutAfter reports whether a long line may be cut just after p[i], an
// isCutSep byte. A ',' is no cut before a call's last quoted argument
// (lastQuotedArg), nor a tab after ':' or '='. A '>' is a cut only where
// it ends a closing or self-closing tag (</b>, <br/>) or stands alone: the
// '>' of "=>" and "->"
// (Ruby and PHP hashes: "password"=>"...") and of an opening tag
// (<password>..., <b>...) has a key or a tag on one side and its value on
// the other, which a cut would part.
func cutAfter(p []byte, i int) bool {
	if p[i] == ',' {
		return !lastQuotedArg(p, i+1) && !portAfter(p, i+1)
	}
	if p[i] == '\t' {
		// "key:\tvalue", "key=\tvalue": a key and its value
		return i == 0 || p[i-1] != ':' && p[i-1] != '='
	}
	if p[i] != '>' || i == 0 {
		return true
	}
	switch p[i-1] {
	case '=', '-':
		return false
	case '/':
		return true
	}
	lo := max(0, i-tagLookback)
	j := bytes.LastIndexByte(p[lo:i], '<')
	if j < 0 {
		return true
	}
	j += lo
	if bytes.IndexByte(p[j:i], '\n') >= 0 {
		return true
	}
	// an opening tag: '<' and a name
	return j+1 >= i || !isLetter(p[j+1])
}

// portAfter reports whether p[i:] starts with a port and ';', as in the
// "Server=tcp:db.example.net,1433;" of an ADO.NET connection string,
// which a cut at the comma would part.
func portAfter(p []byte, i int) bool {
	j := i
	for j < len(p) && j-i < 5 && '0' <= p[j] && p[j] <= '9' {
		j++
	}
	return j > i && j < len(p) && p[j] == ';'
}

// lastQuotedArg reports whether p[i:] starts with a call's last argument,
// a quoted string followed by ')': the value of a quoted pair such as
// define('DB_PASSWORD', '...') or getenv("DD_API_KEY", "..."), which a cut
// at the comma before it would part from its name. A JSON member
// ("a","b":) or an array element ("a","b",) is no call argument.
func lastQuotedArg(p []byte, i int) bool {
	for i < len(p) && (p[i] == ' ' || p[i] == '\t') {
		i++
	}
	if i >= len(p) || p[i] != '"' && p[i] != '\'' {
		return false
	}
	q := p[i]
	lim := min(len(p), i+1+tagLookback)
	j := bytes.IndexByte(p[i+1:lim], q)
	if j < 0 {
		return false
	}
	for k := i + 1 + j + 1; k < len(p); k++ {
		switch p[k] {
		case ' ', '\t':
			continue
		case ')':
			return true
		}
		return false
	}
	return false
}

// tagLookback is how far before a '>' cutAfter looks for its tag's '<'.
const tagLookback = 256

func isLetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// isDigitSep reports whether c may sit inside a digit run (at most two in a
// row): phone, card and id numbers are written with these.
func isDigitSep(c byte) bool {
	return c == ' ' || c == '-' || c == '.' || c == '/' || c == '(' || c == ')' || c == '+'
}

// The digit-run measure of segment is a small automaton: its state is
// (run, seps), the length of the current digit run (capped at
// maxDigitRun) and the separators since its last digit (at most two in a
// row keep the run going); each byte is a digit, a digit separator or
// other. One table lookup per byte replaces branches that mispredicted on
// every digit run's edge: BenchmarkPasses/segment went from 230 to 125 µs
// per 64 KB.
const (
	kindOther = iota
	kindDigit
	kindDigitSep
	nKinds = 4 // a power of two, so a state's row is st*4
)

var byteKind = func() (t [256]uint8) {
	for c := 0; c < 256; c++ {
		switch {
		case c >= '0' && c <= '9':
			t[c] = kindDigit
		case isDigitSep(byte(c)):
			t[c] = kindDigitSep
		}
	}
	return t
}()

// digitNext[st*nKinds+kind] is the next state; state st = run*3 + seps.
// digitRun[st] is st's run.
var digitNext, digitRun = func() (next []uint16, run []uint8) {
	n := (maxDigitRun + 1) * 3
	next, run = make([]uint16, n*nKinds), make([]uint8, n)
	for st := 0; st < n; st++ {
		r, seps := st/3, st%3
		run[st] = uint8(r)
		for k := 0; k < nKinds; k++ {
			nr, ns := 0, 0
			switch k {
			case kindDigit:
				nr = min(r+1, maxDigitRun)
			case kindDigitSep:
				if r > 0 && seps < 2 {
					nr, ns = r, seps+1
				}
			}
			next[st*nKinds+k] = uint16(nr*3 + ns)
		}
	}
	return next, run
}()

// segment cuts the payload into segments and measures digit runs. A line
// (found with bytes.IndexByte) no longer than softSegmentBytes is one
// segment; a longer one is cut into several (segmentLine).
func (s *scan) segment() {
	p := s.payload
	for lo := 0; lo < len(p); {
		hi := len(p)
		if j := bytes.IndexByte(p[lo:], '\n'); j >= 0 {
			hi = lo + j + 1
		}
		if hi-lo > softSegmentBytes {
			s.segmentLine(lo, hi)
		} else {
			longest, gates := s.measure(p[lo:hi])
			s.addSegment(lo, false, longest, gates)
		}
		lo = hi
	}
	if len(p) == 0 {
		s.addSegment(0, false, 0, 0)
	}
	s.starts = append(s.starts, len(p)) // sentinel
}

// measure returns the longest digit run of b and the byteGate bits of its
// bytes. Eight bytes at a time are tested for a digit (SWAR): a block with
// none cannot extend a run, and a run cannot outlast it (at most two
// separators keep a run going), so the digit automaton skips it in one
// step. Prose and keys hold long stretches with no digit.
func (s *scan) measure(b []byte) (longest int, gates uint8) {
	gate, kind := &s.e.byteGate, &byteKind
	st, run := 0, uint8(0)
	i := 0
	for ; i+8 <= len(b); i += 8 {
		blk := b[i : i+8 : i+8]
		gates |= gate[blk[0]] | gate[blk[1]] | gate[blk[2]] | gate[blk[3]] |
			gate[blk[4]] | gate[blk[5]] | gate[blk[6]] | gate[blk[7]]
		// x has a zero-to-nine byte exactly where blk has a digit
		x := binary.LittleEndian.Uint64(blk) ^ 0x3030303030303030
		if (x-0x0a0a0a0a0a0a0a0a)&^x&0x8080808080808080 == 0 {
			st = 0
			continue
		}
		for _, c := range blk {
			st = int(digitNext[st*nKinds+int(kind[c])])
			run = max(run, digitRun[st])
		}
	}
	for _, c := range b[i:] {
		gates |= gate[c]
		st = int(digitNext[st*nKinds+int(kind[c])])
		run = max(run, digitRun[st])
	}
	return int(run), gates
}

// segmentLine cuts the line p[lo:hi] (ending in '\n' or the payload's
// end) into segments: after the first separator once a segment is
// softSegmentBytes long, or at hardSegmentBytes if none comes. The segment
// after a cut with no separator starts at a hard cut.
func (s *scan) segmentLine(lo, hi int) {
	p := s.payload
	hard := false
	for start := lo; start < hi; {
		end, isHard := hi, false
		if from := start + softSegmentBytes - 1; from < hi {
			lim := min(hi, start+hardSegmentBytes)
			if j := indexCutSep(p, from, lim); j >= 0 {
				end = j + 1
			} else if lim < hi {
				end, isHard = lim, true
			}
		}
		longest, gates := s.measure(p[start:end])
		s.addSegment(start, hard, longest, gates)
		start, hard = end, isHard
	}
}

// indexCutSep returns the offset of the first byte of p[from:lim] after
// which cutAfter allows a cut, or -1.
func indexCutSep(p []byte, from, lim int) int {
	for i := from; i < lim; i++ {
		if isCutSep(p[i]) && cutAfter(p, i) {
			return i
		}
	}
	return -1
}

// addSegment appends a segment starting at start.
func (s *scan) addSegment(start int, hard bool, longest int, gates uint8) {
	s.starts = append(s.starts, start)
	s.hard = append(s.hard, hard)
	s.digits = append(s.digits, uint8(longest))
	s.gates = append(s.gates, gates)
}

// nseg is the number of segments.
func (s *scan) nseg() int { return len(s.starts) - 1 }

// segOf returns the segment holding byte offset pos.
func (s *scan) segOf(pos int) int32 {
	// largest i with starts[i] <= pos
	i := sort.SearchInts(s.starts[:s.nseg()], pos+1) - 1
	if i < 0 {
		i = 0
	}
	return int32(i)
}

// findKeywords locates every keyword occurrence in one automaton pass.
func (s *scan) findKeywords() {
	if len(s.e.keywords) == 0 {
		return
	}
	s.occ = s.e.ac.find(s.payload, s.occ, &s.lanes)
	s.sortOcc()
}

// findKeywordsNaive locates every keyword by plain search in an
// ASCII-lowered copy (reference path).
func (s *scan) findKeywordsNaive() {
	s.lower = asciiLower(s.lower[:0], s.payload)
	for k := range s.e.keywords {
		s.locate(int32(k))
	}
	s.sortOcc()
}

// sortOcc orders occurrences by position, then keyword, so both paths
// build their selection from the same sequence.
func (s *scan) sortOcc() {
	slices.SortFunc(s.occ, func(a, b occurrence) int {
		if a.pos != b.pos {
			return int(a.pos) - int(b.pos)
		}
		return int(a.kw) - int(b.kw)
	})
}

// locate appends to s.occ every (possibly overlapping) occurrence of keyword k.
func (s *scan) locate(k int32) {
	text := s.e.keywords[k].text
	for off := 0; ; {
		i := bytes.Index(s.lower[off:], text)
		if i < 0 {
			return
		}
		s.occ = append(s.occ, occurrence{kw: k, pos: int32(off + i)})
		off += i + 1
	}
}

// asciiLower appends p to dst with ASCII letters lowered: same length, so
// offsets in the copy are offsets in p.
func asciiLower(dst, p []byte) []byte {
	if cap(dst) < len(p) {
		dst = make([]byte, len(p))
	}
	dst = dst[:len(p)]
	for i, c := range p {
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst[i] = c
	}
	return dst
}

// buildSelection turns keyword occurrences into per-rule windows and gate
// segments. Both paths use it: the reference path to filter matches, the
// fast path also to pick regions.
func (s *scan) buildSelection() {
	// Occurrences come in position order and a rule's window width is
	// fixed, so each rule's windows arrive in start order: merge them as
	// they come (no sort; a payload dense with keywords has millions).
	for i, o := range s.occ {
		// millions of keywords (a hostile payload) take time: keep to
		// the deadline
		if i&4095 == 4095 && s.expired() {
			return
		}
		k := &s.e.keywords[o.kw]
		for _, ri := range k.rules {
			w := int32(s.e.rules[ri].window)
			lo, hi := o.pos-w, o.pos+int32(len(k.text))+w
			if s.e.rules[ri].table {
				if lo, hi = s.tableRows(int(o.pos)); hi <= lo {
					continue
				}
			}
			rw := s.ruleWin[ri]
			if n := len(rw); n > 0 && lo <= rw[n-1].hi {
				rw[n-1].hi = max(rw[n-1].hi, hi)
				continue
			}
			s.ruleWin[ri] = append(rw, window{lo: lo, hi: hi})
			s.touch(ri)
		}
		for _, ri := range k.reqFor {
			s.hasWord[ri] = true
		}
		if len(k.gateFor) > 0 {
			seg := s.segOf(int(o.pos))
			for _, ri := range k.gateFor {
				g := s.gateSegs[ri]
				if n := len(g); n == 0 || g[n-1] != seg {
					s.gateSegs[ri] = append(g, seg)
					s.touch(ri)
				}
			}
		}
	}
}

// tableRows returns the span a table rule's keyword at pos selects: its
// line (a header row) and the rows below it that a column-header check can
// tie to that header (detectors.HeaderRows), and HTMLCellWalk bytes on when
// the keyword is in an HTML table cell. Every value the rule's validators
// can accept under a header holding the keyword lies in it. A line longer
// than the table checks read selects nothing. Line starts come from one
// forward pass over the payload and one line is looked at once for all its
// keywords, so a payload of keywords costs linear time.
func (s *scan) tableRows(pos int) (lo, hi int32) {
	p := s.payload
	if pos > s.tablePos { // keywords come in position order
		if k := bytes.LastIndexByte(p[s.tablePos:pos], '\n'); k >= 0 {
			s.tableNL = s.tablePos + k
		}
		s.tablePos = pos
	}
	ls := s.tableNL + 1
	lo, hi = int32(pos), int32(pos)
	if pos-ls <= detectors.TableLine {
		if ls != s.tableLS {
			s.tableLS, s.tableHi = ls, detectors.HeaderRows(p, ls)
		}
		if s.tableHi > ls {
			lo, hi = int32(ls), int32(s.tableHi)
		}
	}
	if detectors.InHTMLCell(p, pos) {
		hi = max(hi, int32(min(len(p), pos+detectors.HTMLCellWalk)))
	}
	return lo, hi
}

// selected reports whether a match [a, b) of rule r in segment seg meets
// the rule's keyword or gate condition.
func (s *scan) selected(r *rule, seg int32, a, b int) bool {
	if r.hasKeyword {
		ws := s.ruleWin[r.idx]
		// first window with hi > a
		i := sort.Search(len(ws), func(i int) bool { return int(ws[i].hi) > a })
		if i == len(ws) || int(ws[i].lo) >= b {
			return false
		}
	}
	return s.gateOK(r, seg)
}

func (s *scan) gateOK(r *rule, seg int32) bool {
	if r.gateAny && s.gates[seg]&r.gateBits == 0 {
		g := s.gateSegs[r.idx]
		i := sort.Search(len(g), func(i int) bool { return g[i] >= seg })
		if i == len(g) || g[i] != seg {
			return false
		}
	}
	return r.minDigits == 0 || int(s.digits[seg]) >= r.minDigits
}

// runReference runs every rule over every segment (multiline rules over the
// whole payload) and keeps the matches that meet the selection conditions.
func (s *scan) runReference() {
	for _, r := range s.e.rules {
		if s.expired() {
			return
		}
		if r.multiline {
			s.match(r, 0, len(s.payload), -1)
			continue
		}
		for seg := 0; seg < s.nseg(); seg++ {
			if seg%checkEvery == checkEvery-1 && s.expiredAfter(checkEvery*matchWork) {
				return
			}
			s.match(r, s.starts[seg], s.starts[seg+1], int32(seg))
		}
	}
}

// match runs r over payload[lo:hi] (one segment, or the whole payload for
// seg < 0) and validates every match that meets r's selection.
func (s *scan) match(r *rule, lo, hi int, seg int32) {
	if lo >= hi {
		return
	}
	for i, m := range s.find(r, s.payload[lo:hi]) {
		if i%checkEvery == checkEvery-1 && s.expiredAfter(checkEvery*matchWork) {
			return
		}
		a, b := m.a+lo, m.b+lo
		if seg < 0 {
			if !r.hasKeyword || s.selected(r, s.segOf(a), a, b) {
				s.validate(r, m, lo)
			}
			continue
		}
		if s.selected(r, seg, a, b) {
			s.validate(r, m, lo)
		}
	}
}

// runFast runs each rule only over the segments its keywords or gates
// select, and only in chunks where the rule set says its regex matches,
// merged into regions.
func (s *scan) runFast() {
	s.runSet()
	ranges := s.ranges[:0]
	defer func() { s.ranges = ranges[:0] }()
	s.activeRules()
	for w, bits := range s.active {
		for ; bits != 0; bits &= bits - 1 {
			r := s.e.rules[w*64+mbits.TrailingZeros64(bits)]
			if s.expired() {
				return
			}
			if r.needsWord && !s.hasWord[r.idx] {
				continue // a validator would reject every match
			}
			if r.multiline {
				switch {
				case len(s.ruleWin[r.idx]) == 0:
				case r.lineSpan >= 0 && !s.payloadFoldUnsafe():
					s.matchLines(r)
				default:
					s.match(r, 0, len(s.payload), -1)
				}
				continue
			}
			ranges = s.ruleRanges(r, ranges[:0])
			if r.cls != nil && s.setHits == nil {
				// With the set in use, its chunks are cheaper than the runs.
				s.runClass(r, ranges)
				continue
			}
			if r.nar != nil {
				ivs := s.ivs[:0]
				for _, rg := range ranges {
					for seg := rg.a; seg <= rg.b; seg++ {
						if s.foldUnsafe(seg) {
							s.match(r, s.starts[seg], s.starts[seg+1], seg)
							continue
						}
						ivs = s.narrowIntervals(r, seg, ivs)
					}
				}
				s.ivs = ivs
				s.matchPieces(r, ivs)
				continue
			}
			for _, rg := range ranges {
				s.matchRegion(r, rg)
			}
		}
	}
}

// activeRules fills s.active with the rules runFast visits, in rule
// order: those a keyword selected or whose gate literal occurs (touched),
// those with no keyword outside the set, and those the set matched in some
// chunk (every rule with no keyword when the set is not in use). The others
// would scan nothing.
func (s *scan) activeRules() {
	e := s.e
	s.active = append(s.active[:0], s.touched...)
	for w := range s.active {
		if s.setHits == nil {
			s.active[w] |= e.unkeyed[w]
		} else {
			s.active[w] |= e.setFree[w]
		}
	}
	if s.setHits != nil {
		for c := 0; c < len(s.setHits); c += s.words {
			for w := range s.words {
				s.active[w] |= s.setHits[c+w]
			}
		}
		// A chunk the set gave up on has every bit set.
		if n := len(e.rules) % 64; n != 0 {
			s.active[len(s.active)-1] &= 1<<n - 1
		}
	}
}

// isWordByte reports whether c is an ASCII word byte, the bytes \b tests.
func isWordByte(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
}

// payloadFoldUnsafe is foldUnsafe for the whole payload (line windows),
// found once per scan.
func (s *scan) payloadFoldUnsafe() bool {
	if s.fold == 0 {
		s.fold = 1
		if holdsFoldRunes(s.payload) {
			s.fold = 2
		}
	}
	return s.fold == 2
}

// foldUnsafe reports whether segment seg holds U+212A or U+017F, which
// (?i) regexes match as k and s but the keyword automaton does not.
func (s *scan) foldUnsafe(seg int32) bool {
	return holdsFoldRunes(s.payload[s.starts[seg]:s.starts[seg+1]])
}

// holdsFoldRunes reports whether b holds U+212A or U+017F.
func holdsFoldRunes(b []byte) bool {
	return bytes.Contains(b, []byte("\u212a")) || bytes.Contains(b, []byte("\u017f"))
}

// narrowIntervals appends to out the intervals of segment seg around r's
// anchor keywords (see narrow.go), sorted and merged, each with its segment
// in window.seg. The segment must not be foldUnsafe.
func (s *scan) narrowIntervals(r *rule, seg int32, out []window) []window {
	segLo, segHi := s.starts[seg], s.starts[seg+1]
	p, n := s.payload, r.nar
	i := sort.Search(len(s.occ), func(i int) bool { return int(s.occ[i].pos) >= segLo })
	ivs := out[len(out):]
	wLo, wHi := 0, -1 // the last word run seen
	// The runs of pre bytes before an occurrence and of post bytes after
	// it are remembered: [pLo, pHi) is all pre bytes with pLo where the
	// run starts, [qLo, qHi) all post bytes with qHi where it ends (pHi,
	// qHi < 0: none). Each walk stops where a remembered run begins, so a
	// segment full of occurrences costs linear time, not hits × run length.
	pLo, pHi, qLo, qHi := 0, -1, 0, -1
	for ; i < len(s.occ) && int(s.occ[i].pos) < segHi; i++ {
		o := s.occ[i]
		if !r.isAnchor[o.kw] {
			continue
		}
		pos, end := int(o.pos), int(o.pos)+len(s.e.keywords[o.kw].text)
		if end > segHi || n.maxLen >= 0 && n.maxLen < end-pos {
			continue
		}
		inAlpha := true
		for j := pos; j < end; j++ {
			if !n.alpha.has(p[j]) {
				inAlpha = false
				break
			}
		}
		if !inAlpha {
			continue
		}
		// pre and post hold only alpha bytes: the runs of pre bytes before
		// the occurrence and of post bytes after it, within the bounds,
		// are the interval.
		loBound, hiBound := segLo, segHi
		if n.preMax >= 0 {
			loBound = max(loBound, pos-n.preMax)
		}
		if n.postMax >= 0 {
			hiBound = min(hiBound, end+n.postMax)
		}
		if n.maxLen >= 0 {
			loBound, hiBound = max(loBound, end-n.maxLen), min(hiBound, pos+n.maxLen)
		}
		memo := 0 <= pHi && pHi <= pos
		floor := loBound
		if memo {
			floor = max(floor, pHi)
		}
		j := pos
		for j > floor && n.pre.has(p[j-1]) {
			j--
		}
		switch {
		case memo && j == pHi:
			j, pHi = pLo, pos // the run goes on through [pLo, pHi)
		case j == segLo || !n.pre.has(p[j-1]):
			pLo, pHi = j, pos
		default:
			pHi = -1 // cut by a bound: where the run starts is unknown
		}
		lo := max(j, loBound)
		k := end
		if 0 <= qHi && qLo <= end && end <= qHi {
			k = qHi
		} else {
			ceil := hiBound
			joins := 0 <= qHi && end < qLo
			if joins {
				ceil = min(ceil, qLo)
			}
			for k < ceil && n.post.has(p[k]) {
				k++
			}
			switch {
			case joins && k == qLo:
				qLo, k = end, qHi // the run goes on through [qLo, qHi)
			case k == segHi || !n.post.has(p[k]):
				qLo, qHi = end, k
			}
		}
		hi := min(k, hiBound)
		if lo > segLo && isWordByte(p[lo-1]) {
			if lo-1 < wLo || lo-1 >= wHi {
				wLo, wHi = wordRun(p, lo-1, segLo, segHi)
			}
			lo = wLo
		}
		if hi < segHi && isWordByte(p[hi]) {
			if hi < wLo || hi >= wHi {
				wLo, wHi = wordRun(p, hi, segLo, segHi)
			}
			hi = wHi
		}
		w := window{seg: seg, lo: int32(lo), hi: int32(hi)}
		if k := len(ivs) - 1; k >= 0 && ivs[k] == w {
			continue // the same interval as the previous occurrence's
		}
		ivs = append(ivs, w)
	}
	if len(ivs) > 1 {
		slices.SortFunc(ivs, func(a, b window) int { return int(a.lo) - int(b.lo) })
		m := 0
		for _, w := range ivs[1:] {
			if w.lo <= ivs[m].hi {
				ivs[m].hi = max(ivs[m].hi, w.hi)
				continue
			}
			m++
			ivs[m] = w
		}
		ivs = ivs[:m+1]
	}
	// ivs starts in out's spare capacity; if it grew elsewhere, this copies.
	return append(out, ivs...)
}

// wordRun returns the maximal run of ASCII word bytes holding p[i], within
// [lo, hi).
func wordRun(p []byte, i, lo, hi int) (int, int) {
	a, b := i, i+1
	for a > lo && isWordByte(p[a-1]) {
		a--
	}
	for b < hi && isWordByte(p[b]) {
		b++
	}
	return a, b
}

// runSet groups segments into chunks of about chunkBytes, never across a
// hard cut, and runs the RE2 set of all single-line rules over each chunk.
// A chunk starts and ends where its segments do, so a match a lone segment
// gives is also a match of its chunk's text (soft edges follow a non-word
// byte; rule regexes have no \B, ^ or $): a rule the set does not report in
// a chunk has no finding there.
func (s *scan) runSet() {
	s.setHits, s.chunkSeg = s.setHits[:0], s.chunkSeg[:0]
	set := s.e.gateSet(len(s.payload))
	if set == nil {
		s.setHits = nil
		return
	}
	s.words = (len(s.e.rules) + 63) / 64
	n := s.nseg()
	for seg, start := 0, 0; seg < n; seg++ {
		if seg == 0 || s.hard[seg] || s.starts[seg]-start >= chunkBytes {
			if seg > 0 {
				s.chunkSet(set, start, s.starts[seg])
			}
			start = s.starts[seg]
			s.chunkSeg = append(s.chunkSeg, int32(seg))
		}
		if seg == n-1 {
			s.chunkSet(set, start, s.starts[n])
		}
	}
	s.chunkSeg = append(s.chunkSeg, int32(n))
}

// gateSet returns the set for a scan of n bytes, or nil when it is not in
// use. Under WithSetAfter it counts the bytes toward the threshold until it
// is reached, then compiles the set once (about 4 ms); from then on the
// shared counter is only read, so concurrent scans do not contend on it.
func (e *Engine) gateSet(n int) *experimental.Set {
	if e.setAfter <= 0 {
		return e.set
	}
	if e.scanned.Load() < e.setAfter {
		e.scanned.Add(int64(n))
		return nil
	}
	e.setOnce.Do(e.compileSet)
	return e.set
}

// chunkSet appends the set's answer for payload[lo:hi] to setHits.
func (s *scan) chunkSet(set *experimental.Set, lo, hi int) {
	base := len(s.setHits)
	for i := 0; i < s.words; i++ {
		s.setHits = append(s.setHits, 0)
	}
	if hi <= lo {
		return // an empty payload's one empty segment
	}
	hits, err := set.FindAllWithError(s.payload[lo:hi], -1)
	if err != nil {
		// The set gave up (DFA memory): every rule may match here.
		for i := 0; i < s.words; i++ {
			s.setHits[base+i] = ^uint64(0)
		}
		return
	}
	for _, h := range hits {
		ri := s.e.setRules[h]
		s.setHits[base+ri/64] |= 1 << (ri % 64)
	}
}

// ruleRanges returns the merged segment ranges rule r must scan: around
// its keywords, or the segments that pass its gates (for a rule in the set,
// only in the chunks where the set matched it). Ranges never run across a
// hard cut, so a region starts and ends where a lone segment would.
func (s *scan) ruleRanges(r *rule, out []segRange) []segRange {
	add := func(a, b int32) {
		for a <= b {
			// split at hard cuts
			end := a
			for end < b && !s.hard[end+1] {
				end++
			}
			if n := len(out); n > 0 && out[n-1].b+1 >= a && (a <= out[n-1].b || !s.hard[a]) {
				if end > out[n-1].b {
					out[n-1].b = end
				}
			} else {
				out = append(out, segRange{a, end})
			}
			a = end + 1
		}
	}
	switch {
	case s.setHits != nil && s.e.inSet[r.idx] && (r.gateAny || r.minDigits > 0):
		// only the chunks where the set says r's regex matches
		bit := uint64(1) << (r.idx % 64)
		for c := 0; c+1 < len(s.chunkSeg); c++ {
			if s.setHits[c*s.words+r.idx/64]&bit == 0 {
				continue
			}
			for seg := s.chunkSeg[c]; seg < s.chunkSeg[c+1]; seg++ {
				if s.gateOK(r, seg) {
					add(seg, seg)
				}
			}
		}
	case r.hasKeyword:
		for _, w := range s.ruleWin[r.idx] {
			lo, hi := int(w.lo), int(w.hi)
			if lo < 0 {
				lo = 0
			}
			if hi > len(s.payload) {
				hi = len(s.payload)
			}
			if lo >= hi {
				continue
			}
			a, b := s.segOf(lo), s.segOf(hi-1)
			// keep only segments that pass the gate, if the rule has one
			if r.gateAny || r.minDigits > 0 {
				for seg := a; seg <= b; seg++ {
					if s.gateOK(r, seg) {
						add(seg, seg)
					}
				}
				continue
			}
			add(a, b)
		}
	case r.gateAny && r.gateBits != 0:
		for seg := int32(0); seg < int32(s.nseg()); seg++ {
			if s.gateOK(r, seg) {
				add(seg, seg)
			}
		}
	case r.gateAny:
		for _, seg := range s.gateSegs[r.idx] {
			if s.gateOK(r, seg) {
				add(seg, seg)
			}
		}
	case r.minDigits > 0:
		for seg := int32(0); seg < int32(s.nseg()); seg++ {
			if int(s.digits[seg]) >= r.minDigits {
				add(seg, seg)
			}
		}
	}
	return out
}

// matchRegion runs r over the region of segments rg. A match that crosses an
// interior segment edge, or ends on one, may differ from what the lone
// segments would give, so it is dropped with every other match of the
// segments it touches, and those segments are scanned one by one.
func (s *scan) matchRegion(r *rule, rg segRange) {
	if rg.a == rg.b {
		s.match(r, s.starts[rg.a], s.starts[rg.a+1], rg.a)
		return
	}
	lo, hi := s.starts[rg.a], s.starts[rg.b+1]
	ms := s.find(r, s.payload[lo:hi])
	if len(ms) == 0 {
		return
	}
	// First pass: find segments touched by suspect matches.
	var suspect []int32
	segs := slices.Grow(s.segs[:0], len(ms))[:len(ms)]
	s.segs = segs
	for i, m := range ms {
		a, b := m.a+lo, m.b+lo
		sa := s.segOf(a)
		segs[i] = sa
		sb := s.segOf(b - 1)
		if sa != sb || (b == s.starts[sb+1] && b != hi) {
			for seg := sa; seg <= sb; seg++ {
				if n := len(suspect); n == 0 || suspect[n-1] != seg {
					suspect = append(suspect, seg)
				}
			}
		}
	}
	isSuspect := func(seg int32) bool {
		i := sort.Search(len(suspect), func(i int) bool { return suspect[i] >= seg })
		return i < len(suspect) && suspect[i] == seg
	}
	for i, m := range ms {
		if i%checkEvery == checkEvery-1 && s.expiredAfter(checkEvery*matchWork) {
			return
		}
		if len(suspect) > 0 && isSuspect(segs[i]) {
			continue
		}
		if s.selected(r, segs[i], m.a+lo, m.b+lo) {
			s.validate(r, m, lo)
		}
	}
	for _, seg := range suspect {
		s.match(r, s.starts[seg], s.starts[seg+1], seg)
	}
}

// matchPieces runs r over intervals (window.seg holds each one's
// segment). When some non-word byte cannot be part of any match of r, the
// intervals are joined with that byte between them and searched in one
// regex call: no match can span the separator, and \b sees a non-word
// byte at each interval's edge, as it does in the segment (where the edge
// is next to a non-word byte or the segment's end). Otherwise each
// interval is its own call.
func (s *scan) matchPieces(r *rule, ivs []window) {
	if len(ivs) == 0 {
		return
	}
	p := s.payload
	if len(ivs) == 1 || r.sep < 0 {
		for _, w := range ivs {
			lo := int(w.lo)
			for k, m := range s.find(r, p[lo:w.hi]) {
				if k%checkEvery == checkEvery-1 && s.expiredAfter(checkEvery*matchWork) {
					return
				}
				if s.selected(r, w.seg, m.a+lo, m.b+lo) {
					s.validate(r, m, lo)
				}
			}
		}
		return
	}
	buf, offs := s.joined[:0], s.joinOff[:0]
	for i, w := range ivs {
		if i > 0 {
			buf = append(buf, byte(r.sep))
		}
		offs = append(offs, int32(len(buf)))
		buf = append(buf, p[w.lo:w.hi]...)
	}
	s.joined, s.joinOff = buf, offs
	pi := 0
	for k, m := range s.find(r, buf) {
		if k%checkEvery == checkEvery-1 && s.expiredAfter(checkEvery*matchWork) {
			return
		}
		for pi+1 < len(offs) && int(offs[pi+1]) <= m.a {
			pi++
		}
		w := ivs[pi]
		base := int(w.lo) - int(offs[pi])
		if s.selected(r, w.seg, m.a+base, m.b+base) {
			s.validate(r, m, base)
		}
	}
}

// reMatch is one regex match: its bounds and its value's, relative to the
// text searched; vs < 0 when the value group did not take part.
type reMatch struct{ a, b, vs, ve int }

// find returns the leftmost non-overlapping matches of r in text. On the
// fast path, text the rule's prefilter rules out is not searched. The
// reference path takes the value from RE2's submatch engine; the fast path
// asks RE2 for match bounds only when the value is the whole match or its
// split is unique (value.go). The result is valid until the next call.
func (s *scan) find(r *rule, text []byte) []reMatch {
	out := s.ms[:0]
	if !s.ref && r.pre != nil && !r.pre.possible(text) {
		return out
	}
	s.work += len(text)
	re, err := r.regex()
	if err != nil {
		// left to first use (WithLazyRegexes), and RE2 rejects it
		s.stopped = ReasonRuleError
		return out
	}
	if s.ref || !r.wholeValue && r.split == nil {
		return s.findSubmatch(r, re, text)
	}
	for _, m := range s.findAllIndex(r, re, text) {
		x := reMatch{a: m[0], b: m[1], vs: m[0], ve: m[1]}
		if r.split != nil {
			vs, ve, ok := r.split.locate(text[m[0]:m[1]])
			if !ok {
				// the bytes leave the split open (key ":=" before a value
				// that may start with '='): RE2 decides, for the whole text
				return s.findSubmatch(r, re, text)
			}
			x.vs, x.ve = vs+m[0], ve+m[0]
		}
		out = append(out, x)
	}
	s.ms = out
	return out
}

// findAllIndex is re.FindAllIndex(text, -1) (re is r's regex), in fewer
// RE2 calls.
// FindAllIndex makes one call per match plus a last one that scans the
// rest of the text and fails. Here the first two matches come from
// FindIndex, and the search stops as soon as the rest of the text cannot
// hold another (r's prefilter), which saves the failing call. After two
// matches, more are likely (a payload built of them), and FindAllIndex takes
// the rest in one call: FindIndex copies the rest of the text into RE2's
// memory on each call. A search after a match starts one byte before the
// match's end, so that \b and (?m)^ see the same neighbour as
// FindAllIndex's. A match starting on that byte (inside the previous match)
// is not one FindAllIndex would give, and FindAllIndex drops an empty match
// that touches the previous one: in either case the whole text is searched
// again by FindAllIndex itself (the loader rejects regexes that match the
// empty string, so that is for safety). Extra passes count toward s.work.
func (s *scan) findAllIndex(r *rule, re *re2.Regexp, text []byte) [][]int {
	m := re.FindIndex(text)
	if m == nil {
		return nil
	}
	out := append(s.idx[:0], m)
	defer func() { s.idx = out[:0] }()
	for pos := m[1]; ; pos = m[1] {
		if m[0] == m[1] {
			s.work += len(text)
			return re.FindAllIndex(text, -1)
		}
		if r.pre != nil && !r.pre.possible(text[pos:]) || pos == len(text) {
			return out
		}
		s.work += len(text) - pos
		if len(out) == 2 {
			for _, x := range re.FindAllIndex(text[pos-1:], -1) {
				if x[0] == 0 || x[0] == x[1] {
					s.work += len(text)
					return re.FindAllIndex(text, -1)
				}
				x[0], x[1] = x[0]+pos-1, x[1]+pos-1
				out = append(out, x)
			}
			return out
		}
		if m = re.FindIndex(text[pos-1:]); m == nil {
			return out
		}
		if m[0] == 0 {
			s.work += len(text)
			return re.FindAllIndex(text, -1)
		}
		m[0], m[1] = m[0]+pos-1, m[1]+pos-1
		out = append(out, m)
	}
}

// findSubmatch is find with the value from RE2's submatch engine.
func (s *scan) findSubmatch(r *rule, re *re2.Regexp, text []byte) []reMatch {
	out := s.ms[:0]
	g := r.valueGroup
	for _, m := range re.FindAllSubmatchIndex(text, -1) {
		x := reMatch{a: m[0], b: m[1], vs: -1, ve: -1}
		if 2*g+1 < len(m) {
			x.vs, x.ve = m[2*g], m[2*g+1]
		}
		out = append(out, x)
	}
	s.ms = out
	return out
}

// trimEscape returns end, or end-1 when the value p[start:end] ends with
// the backslash of an escape that continues past it (the \ of \" or \n in
// JSON-escaped text, which a value's character class may take): the value
// is what comes before the escape, and a mask over the backslash alone
// would leave an unescaped quote behind. A backslash escaped itself (\\)
// stays.
func trimEscape(p []byte, start, end int) int {
	if end > start && end < len(p) && escapes(p, start, end-1) && isEscapeByte(p[end]) {
		return end - 1
	}
	return end
}

// escapes reports whether p[i] is a backslash that escapes the byte after
// it: it ends a run of backslashes, at or after lo, of odd length (in \\
// the second backslash is escaped, not escaping).
func escapes(p []byte, lo, i int) bool {
	n := 0
	for ; i >= lo && p[i] == '\\'; i-- {
		n++
	}
	return n%2 == 1
}

// cutEscapedLineBreak returns the end of the value p[start:end] cut at its
// first escaped line break (\n or \r, after an odd run of backslashes): in
// JSON-escaped text a single-line rule's character class may run on into
// the next line ("...;EndpointSuffix=core.windows.net\nPIP_INDEX_URL=..."),
// which it cannot do in the decoded text the rescan reads.
func cutEscapedLineBreak(p []byte, start, end int) int {
	for i := start; i+1 < end; i++ {
		if p[i] != '\\' {
			continue
		}
		if p[i+1] == 'n' || p[i+1] == 'r' {
			return i
		}
		i++ // an escaped byte, a backslash included
	}
	return end
}

// skipEscape returns start, or start+1 when the value p[start:end] starts
// with the letter of an escape whose backslash sits just before it (the t
// of "\tgit@github.com" in a source string): the value is what follows
// the escape.
func skipEscape(p []byte, start, end int) int {
	if start > 0 && start+1 < end && (p[start] == 'n' || p[start] == 'r' || p[start] == 't') &&
		escapes(p, 0, start-1) {
		return start + 1
	}
	return start
}

// isEscapeByte reports whether c may follow a backslash in a JSON escape.
func isEscapeByte(c byte) bool {
	switch c {
	case '"', '\\', '/', 'b', 'f', 'n', 'r', 't', 'u':
		return true
	}
	return false
}

// pct40 is '@' percent-encoded.
var pct40 = []byte("%40")

// allowed reports whether value is on r's allow list, the allowlist's
// values, or matches an allowlist regex.
func (s *scan) allowed(r *rule, value []byte) bool {
	if r.allow != nil {
		if _, ok := r.allow[string(value)]; ok {
			return true
		}
	}
	if _, ok := s.e.allowValues[string(value)]; ok {
		return true
	}
	for i, re := range s.e.allowRegexes {
		if pre := s.e.allowPre[i]; (pre == nil || pre.possible(value)) && re.Match(value) {
			return true
		}
	}
	return false
}

// validate turns a regex match (offsets relative to base) into a candidate,
// or drops it: empty value, allowlisted value, or a validator's Reject.
func (s *scan) validate(r *rule, m reMatch, base int) {
	if m.vs < 0 {
		return
	}
	start, end := m.vs+base, m.ve+base
	start = skipEscape(s.payload, start, end)
	if !r.multiline {
		end = cutEscapedLineBreak(s.payload, start, end)
	}
	end = trimEscape(s.payload, start, end)
	if start >= end {
		return
	}
	value := s.payload[start:end]
	if s.allowed(r, value) {
		return
	}
	// An allowlisted address is allowlisted percent-encoded too
	// (?email=someone%40example.com).
	if bytes.Contains(value, pct40) && s.allowed(r, bytes.ReplaceAll(value, pct40, []byte("@"))) {
		return
	}
	conf := r.confidence
	c := detectors.Candidate{Payload: s.payload, Start: start, End: end, MatchStart: m.a + base, MatchEnd: m.b + base}
	for _, v := range r.validators {
		out := v.Validate(c)
		if out.Verdict == detectors.Reject {
			return
		}
		conf += out.Delta
	}
	if conf > 1 {
		conf = 1
	}
	if conf < 0 {
		conf = 0
	}
	s.cands = append(s.cands, candidate{rule: r, start: start, end: end, confidence: conf})
}
