package detectors

import (
	"bytes"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file holds the context validators: words near a value that make it
// more likely ("ssn", "card number") or rule it out ("order id",
// "version"). Windows look both ways, because people write a secret before
// its label as often as after it.

// defaultContextWindow is how many bytes on each side of a value the
// context validators search when a spec sets no window.
const defaultContextWindow = 48

// contextValidator looks for any of a set of words around a value. With
// negative set it is the "not_context" kind: a word rejects the value.
type contextValidator struct {
	words    *wordSet
	window   int
	before   bool
	after    bool // not_context only: look after the value alone
	sameLine bool // the window stops at the value's line breaks
	required bool
	boost    float64
	negative bool
}

// newContextValidator builds the "context" validator from s, or the
// "not_context" one when negative is set. Words are lower-cased here, once,
// so a scan folds only the payload's bytes. Empty words are dropped: they
// would match everywhere. A window of zero or less means the default.
func newContextValidator(s Spec, negative bool) Validator {
	ws := lowerWords(s.Words)
	ws.camel = !negative
	v := contextValidator{
		words:    ws,
		window:   s.Window,
		before:   s.Before,
		after:    s.After,
		sameLine: s.SameLine,
		required: s.Required,
		boost:    s.Boost,
		negative: negative,
	}
	if v.window <= 0 {
		v.window = defaultContextWindow
	}
	return v
}

func (v contextValidator) Name() string {
	if v.negative {
		return "not_context"
	}
	return "context"
}

// RequiredWords implements WordRequirer: a required "context" rejects a
// value unless one of its words is in the payload (near the value, or in
// its column's header).
func (v contextValidator) RequiredWords() []string {
	if !v.required || v.negative {
		return nil
	}
	out := make([]string, len(v.words.words))
	for i, w := range v.words.words {
		out[i] = string(w)
	}
	return out
}

// Validate searches the window before the value and, unless the spec says
// before, the window after it; both grow to cover whatever the regex
// matched outside the value, since a regex often consumes its keyword
// ("password\s*=\s*(?P<value>...)"). A word found confirms the value with
// the spec's boost ("context") or rejects it ("not_context"). No word
// rejects a "context" value only when the spec says required.
func (v contextValidator) Validate(c Candidate) Outcome {
	p := c.Payload
	// Clamp the spans so a careless caller gets an answer, not a panic.
	end := clamp(c.End, 0, len(p))
	start := clamp(c.Start, 0, end)
	ms := clamp(c.MatchStart, 0, start)
	me := clamp(c.MatchEnd, end, len(p))

	lo := max(0, min(start-v.window, ms))
	if v.after {
		lo = start
	}
	hi := me
	if !v.before {
		hi = min(len(p), max(end+v.window, me))
	}
	if v.sameLine {
		if i := lastIndexByte(p[lo:start], '\n'); i >= 0 {
			lo += i + 1
		}
		if i := bytes.IndexByte(p[end:hi], '\n'); i >= 0 {
			hi = end + i
		}
	}
	found := hasWord(p, lo, start, v.words) || hasWord(p, end, hi, v.words)
	// A column's header is on another line: same_line rules it out.
	if !found && !v.negative && !v.sameLine {
		found = columnHeader(p, start, v.words) || htmlColumnHeader(p, start, v.words) ||
			alignedColumnHeader(p, start, end, v.words)
	}
	switch {
	case found && v.negative:
		return Outcome{Verdict: Reject}
	case found:
		return Outcome{Verdict: Confirm, Delta: v.boost}
	case v.required && !v.negative:
		return Outcome{Verdict: Reject}
	}
	return Outcome{}
}

// maxHeaderWalk bounds how many lines columnHeader walks up looking for a
// table's header row, so a value deep in a large table costs a bounded
// amount (the payload's first line is always tried).
const maxHeaderWalk = 32

// allFieldsAssign reports whether every field of line, split at d, holds
// '=': a list of key=value pairs (a connection string), whose fields are
// no column labels (labelAssigns).
func allFieldsAssign(line []byte, d byte) bool {
	all, lo := true, 0
	walkDelims(line, d, func(j int) bool {
		if !labelAssigns(line[lo:j]) {
			all = false
			return false
		}
		lo = j + 1
		return true
	})
	return all && labelAssigns(line[lo:])
}

// HeaderRows returns the end of the lines below the line that starts at ls
// where a value may stand that the column-header checks (columnHeader,
// alignedColumnHeader) could tie to a header on that line: when the line
// is the payload's first and holds a delimiter, the payload's end; else the
// run of at most maxHeaderWalk lines below it that have as many delimiters
// as it, for the delimiter that reaches farthest, or, when the line is
// padded like a column-aligned table's header, up to maxHeaderWalk lines to
// the next blank one. It returns ls when no line qualifies, and for a line
// longer than maxTableLine, which neither check reads. It is a superset:
// a table rule's keyword on the line selects [ls, HeaderRows(p, ls)), and
// every value those checks accept lies in it. (htmlColumnHeader reads by
// bytes, not lines: the engine selects HTMLCellWalk bytes after a keyword
// in a cell, see InHTMLCell.)
func HeaderRows(p []byte, ls int) int {
	lim := min(len(p), ls+maxTableLine+1)
	le := lim
	if i := bytes.IndexByte(p[ls:lim], '\n'); i >= 0 {
		le = ls + i
	} else if lim < len(p) {
		return ls // too long a line
	}
	header := p[ls:le]
	end := le
	// nextLine returns the end of the line after the one ending at cur, or
	// -1 when there is none or it is too long.
	nextLine := func(cur int) int {
		if cur >= len(p) {
			return -1
		}
		lim := min(len(p), cur+1+maxTableLine+1)
		if i := bytes.IndexByte(p[cur+1:lim], '\n'); i >= 0 {
			return cur + 1 + i
		}
		if lim < len(p) {
			return -1
		}
		return len(p)
	}
	for _, d := range tableDelims {
		if bytes.IndexByte(header, d) < 0 {
			continue
		}
		n := countDelims(header, d)
		if n == 0 || allFieldsAssign(header, d) {
			continue
		}
		if ls == 0 {
			return len(p)
		}
		cur := le // the end of the last row taken
		for k := 0; k < maxHeaderWalk; k++ {
			next := nextLine(cur)
			if next < 0 {
				break
			}
			if row := p[cur+1 : next]; rawDelims(row, d) < n || countDelims(row, d) != n {
				break
			}
			cur = next
		}
		end = max(end, cur)
	}
	if padded(header) {
		cur := le
		for k := 0; k < maxHeaderWalk; k++ {
			next := nextLine(cur)
			if next < 0 || len(bytes.TrimSpace(p[cur+1:next])) == 0 {
				break
			}
			cur = next
		}
		end = max(end, cur)
	}
	if end == le {
		return ls // a header with no rows under it
	}
	return end
}

// HTMLCellWalk is how far after a header cell htmlColumnHeader can tie a
// value to it.
const HTMLCellWalk = maxHTMLWalk

// InHTMLCell reports whether pos lies in an HTML table cell (a <td> or
// <th> opens at most maxCellOpen bytes before it): a header word there may
// head values up to HTMLCellWalk bytes on, whatever the lines.
func InHTMLCell(p []byte, pos int) bool {
	from := max(0, pos-maxCellOpen)
	lt := lastIndexByte(p[from:pos], '<')
	return lt >= 0 && (isTagAt(p, from+lt, "td") || isTagAt(p, from+lt, "th"))
}

// maxTableLine is the longest line columnHeader treats as a table row.
const maxTableLine = 4096

// TableLine is maxTableLine for the engine: the longest line a table check
// reads.
const TableLine = maxTableLine

// tableDelims are the column separators columnHeader knows.
var tableDelims = [...]byte{',', '\t', ';', '|'}

// columnHeader reports whether the value at start sits in a delimited table
// (CSV, TSV, semicolon, pipe or markdown) whose header row names the
// value's column with one of words: in an export, "dob" or "ssn" is written
// once in the header, not next to each value. The header is the payload's
// first line, or the top of the run of lines (at most maxHeaderWalk above)
// that have as many delimiters as the value's line.
func columnHeader(p []byte, start int, words *wordSet) bool {
	return tableHeader(p, start, words, false)
}

// tableHeader is columnHeader, or with anyField set, whether the header
// row names one of words in any of its fields (a herd register's Ohrmarke
// and Rasse columns make it a table of animals).
func tableHeader(p []byte, start int, words *wordSet, anyField bool) bool {
	col := -1
	// Table rows are short; bounding the line keeps a payload that is one
	// long delimited line from costing a full scan per candidate.
	from := max(0, start-maxTableLine)
	i := lastIndexByte(p[from:start], '\n')
	if i < 0 {
		return false // first line (no header above it), or too long a line
	}
	ls := from + i + 1
	to := min(len(p), start+maxTableLine)
	le := to
	if i := bytes.IndexByte(p[start:to], '\n'); i >= 0 {
		le = start + i
	} else if to < len(p) {
		return false
	}
	line := p[ls:le]
	// A JSON object or array per line (NDJSON logs) is a record, not a
	// table row: its first line is another record, no header.
	if jsonLine(line) {
		return false
	}
	// The table's delimiter is the one the line holds most of: a comma
	// inside a semicolon-separated row ("Iloilo City, PH") repeats from row
	// to row as well, and read as the delimiter it would make a data row
	// the header. Lines without a delimiter cost one vectorised search each.
	var counts [len(tableDelims)]int
	most := 0
	for i, d := range tableDelims {
		if bytes.IndexByte(line, d) >= 0 {
			counts[i] = countDelims(line, d)
			most = max(most, counts[i])
		}
	}
	for i, d := range tableDelims {
		n := counts[i]
		if n == 0 || n < most {
			continue
		}
		if !anyField {
			col = countDelims(p[ls:start], d)
		}
		// The payload's first line. A row may hold a delimiter or two more
		// than its header, in free text at its end ("primo imbarco; POEA
		// ok", unquoted): the columns before them are the header's.
		if j := bytes.IndexByte(p[:min(len(p), maxTableLine)], '\n'); j >= 0 {
			first := p[:j]
			h := countDelims(first, d)
			if (rawDelims(first, d) >= n && h == n || h < n && n-h <= 2 && col < h) && fieldHasWord(first, d, col, words) {
				return true
			}
		}
		// The top of the table the value's line belongs to.
		top, cur := -1, ls
		for k := 0; k < maxHeaderWalk && cur > 0; k++ {
			prev, ok := lineAbove(p, cur)
			if !ok {
				break // a line too long to be a table row
			}
			row := p[prev : cur-1]
			if rawDelims(row, d) < n || countDelims(row, d) != n || emptyRow(row, d) {
				// An empty row (;;;;;;;;;) ends the table above: a
				// crew list's form fields over its table of people.
				break
			}
			top, cur = prev, prev
		}
		if top >= 0 {
			hdr := p[top:]
			hdr = hdr[:bytes.IndexByte(hdr, '\n')]
			if fieldHasWord(hdr, d, col, words) {
				return true
			}
		}
	}
	return false
}

// emptyRow reports whether row holds nothing but delimiters d and blanks.
func emptyRow(row []byte, d byte) bool {
	for _, b := range row {
		if b != d && b != ' ' && b != '\t' && b != '\r' {
			return false
		}
	}
	return true
}

// jsonLine reports whether line, past leading blanks, starts a JSON object
// or array, or is one member of an object.
func jsonLine(line []byte) bool {
	t := bytes.TrimLeft(line, " \t")
	return len(t) > 0 && (t[0] == '{' || t[0] == '[') || jsonMember(t)
}

// jsonMember reports whether t, a line without its indent, is a member of
// a JSON object written one per line ("ip": "94.67.213.48",): its comma
// ends the member, it delimits no columns, and the member above it is no
// header. A CSV row's quoted first field ("Smith, John",...) is followed by
// its delimiter, not a colon.
func jsonMember(t []byte) bool {
	if len(t) < 3 || t[0] != '"' {
		return false
	}
	end := bytes.IndexByte(t[1:], '"')
	if end < 0 {
		return false
	}
	rest := bytes.TrimLeft(t[end+2:], " \t")
	return len(rest) > 0 && rest[0] == ':'
}

// maxHTMLWalk bounds how far back htmlColumnHeader looks for the value's
// row and its table's start (about 50 rows of a rendered DataFrame), so a
// page-long table costs a bounded amount per value; maxCellOpen how far the
// value may be from its cell's opening tag.
const (
	maxHTMLWalk = 4 << 10
	maxCellOpen = 64
)

// htmlColumnHeader reports whether the value at start is the text of an
// HTML table cell (<td>, <th>) whose column's header cell, in the first row
// of its table, holds one of words: a rendered table (a notebook's
// DataFrame, an HTML report or email) names "dob" once, in <thead>.
func htmlColumnHeader(p []byte, start int, words *wordSet) bool {
	// Most values are in no cell: one vectorised search rules them out.
	lt := lastIndexByte(p[max(0, start-maxCellOpen):start], '<')
	if lt < 0 {
		return false
	}
	cell := max(0, start-maxCellOpen) + lt
	if !isTagAt(p, cell, "td") && !isTagAt(p, cell, "th") {
		return false
	}
	from := max(0, start-maxHTMLWalk)
	row := lastTag(p, from, cell, "tr")
	if row < 0 {
		return false
	}
	col := 0
	for i := row + 1; i < cell; i++ {
		if isTagAt(p, i, "td") || isTagAt(p, i, "th") {
			col++
		}
	}
	table := lastTag(p, from, row, "table")
	if table < 0 {
		return false
	}
	hdr := table + 1
	for hdr < row && !isTagAt(p, hdr, "tr") {
		hdr++
	}
	if hdr >= row {
		return false // the value is in the table's first row
	}
	// The col-th cell of the header row, then its text up to the next tag.
	at, k := hdr+1, -1
	for ; at < row; at++ {
		if isTagAt(p, at, "td") || isTagAt(p, at, "th") {
			if k++; k == col {
				break
			}
		}
		if isTagAt(p, at, "tr") {
			return false // the header row ended first
		}
	}
	if at >= row {
		return false
	}
	gt := bytes.IndexByte(p[at:row], '>')
	if gt < 0 {
		return false
	}
	lo := at + gt + 1
	hi := bytes.IndexByte(p[lo:row], '<')
	return hi >= 0 && hasWord(p, lo, lo+hi, words)
}

// isTagAt reports whether p[i:] opens tag name ("<td" then '>', a space or
// a '/'), ASCII case folded.
func isTagAt(p []byte, i int, name string) bool {
	j := i + 1 + len(name)
	if p[i] != '<' || j >= len(p) || !bytes.EqualFold(p[i+1:j], []byte(name)) {
		return false
	}
	c := p[j]
	return c == '>' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '/'
}

// lastTag returns the index of the last opening tag name in p[from:to], or
// -1, jumping between '<' bytes.
func lastTag(p []byte, from, to int, name string) int {
	for to > from {
		i := lastIndexByte(p[from:to], '<')
		if i < 0 {
			return -1
		}
		if isTagAt(p, from+i, name) {
			return from + i
		}
		to = from + i
	}
	return -1
}

// alignedColumnHeader reports whether the value at [start, end) sits in a
// fixed-width text table (a DataFrame or SQL client printout, a report)
// whose header line names its column with one of words: a header token
// ends where the value ends (right-aligned columns) or starts where it
// starts (left-aligned), on one of the lines above it in the same block
// (no blank line between). Both lines must look padded into columns: at
// least three fields, and a run of two spaces between two of them. A line
// of prose or a SQL column list lines up with a value below it by chance.
func alignedColumnHeader(p []byte, start, end int, words *wordSet) bool {
	if end <= start {
		return false
	}
	from := max(0, start-maxTableLine)
	ls := from + lastIndexByte(p[from:start], '\n') + 1
	if ls == from && from > 0 {
		return false // too long a line
	}
	c0, c1 := start-ls, end-ls
	cur := ls
	for k := 0; k < maxHeaderWalk && cur > 0; k++ {
		prev, ok := lineAbove(p, cur)
		if !ok {
			return false
		}
		line := p[prev : cur-1]
		cur = prev
		if len(bytes.TrimSpace(line)) == 0 {
			return false // a blank line ends the block
		}
		// Right-aligned, a token ends at c1; left-aligned, one starts at c0.
		if !alignedWord(p, prev, line, c0, c1, words) || !padded(line) {
			continue
		}
		le := len(p)
		if j := bytes.IndexByte(p[end:], '\n'); j >= 0 {
			le = end + j
		}
		return padded(p[ls:le])
	}
	return false
}

// alignedWord reports whether line (at prev in p) has a token ending at
// column c1 or starting at column c0 that is one of words.
func alignedWord(p []byte, prev int, line []byte, c0, c1 int, words *wordSet) bool {
	if c1 > 0 && c1 <= len(line) && !isSpace(line[c1-1]) && (c1 == len(line) || isSpace(line[c1])) {
		t := c1
		for t > 0 && !isSpace(line[t-1]) {
			t--
		}
		if hasWord(p, prev+t, prev+c1, words) {
			return true
		}
	}
	if c0 < len(line) && !isSpace(line[c0]) && (c0 == 0 || isSpace(line[c0-1])) {
		t := c0
		for t < len(line) && !isSpace(line[t]) {
			t++
		}
		return hasWord(p, prev+c0, prev+t, words)
	}
	return false
}

// isSpace reports whether c is a space or a tab.
func isSpace(c byte) bool { return c == ' ' || c == '\t' }

// padded reports whether line has at least three fields and two spaces in
// a row between two of them, as padding into columns leaves.
func padded(line []byte) bool {
	t := bytes.TrimSpace(line)
	return fields(t) >= 3 && bytes.Contains(t, []byte("  "))
}

// fields counts the runs of bytes other than spaces and tabs in line.
func fields(line []byte) int {
	n := 0
	for i := range line {
		if !isSpace(line[i]) && (i == 0 || isSpace(line[i-1])) {
			n++
		}
	}
	return n
}

// lineAbove returns the start of the line before the one starting at cur
// (cur > 0), or false when that line is longer than maxTableLine.
func lineAbove(p []byte, cur int) (int, bool) {
	from := max(0, cur-1-maxTableLine)
	j := lastIndexByte(p[from:cur-1], '\n')
	if j < 0 && from > 0 {
		return 0, false
	}
	return from + j + 1, true
}

// fieldHasWord reports whether field col of line (split on d, outside
// quotes) holds one of words.
func fieldHasWord(line []byte, d byte, col int, words *wordSet) bool {
	if col < 0 {
		return hasWord(line, 0, len(line), words)
	}
	lo, hi := -1, len(line)
	if col == 0 {
		lo = 0
	}
	k := 0
	walkDelims(line, d, func(i int) bool {
		k++
		switch {
		case k == col:
			lo = i + 1
		case k == col+1:
			hi = i
			return false
		}
		return true
	})
	return lo >= 0 && !labelAssigns(line[lo:hi]) && hasWord(line, lo, hi, words)
}

// labelAssigns reports whether a header field holds '=': a key and its
// value (Password=Dragon1824+ in a connection string), not a column's
// label.
func labelAssigns(field []byte) bool { return bytes.IndexByte(field, '=') >= 0 }

// rawDelims counts d in line, quoted or not: at least countDelims.
func rawDelims(line []byte, d byte) int {
	return bytes.Count(line, []byte{d})
}

// countDelims counts the delimiters d in line that are outside quoted
// fields, so "Smith, John" or '12 Main St, Springfield' is one field.
func countDelims(line []byte, d byte) int {
	n := 0
	walkDelims(line, d, func(int) bool { n++; return true })
	return n
}

// walkDelims calls f with the index of each delimiter d outside quotes,
// until f returns false. A field is quoted when a ' or " opens it (after
// spaces or a '('); the same quote closes it.
func walkDelims(line []byte, d byte, f func(int) bool) {
	var quote byte
	fieldStart := true
	for i, c := range line {
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
			continue
		case c == d:
			if !f(i) {
				return
			}
			fieldStart = true
			continue
		case fieldStart && (c == '"' || c == '\''):
			quote = c
		case fieldStart && (c == ' ' || c == '('):
			continue
		}
		fieldStart = false
	}
}

// clamp returns x limited to [lo, hi].
func clamp(x, lo, hi int) int { return max(lo, min(x, hi)) }

// lower folds an ASCII upper-case letter to lower case. Only ASCII is
// folded, so offsets in the payload stay valid.
func lower(b byte) byte {
	if 'A' <= b && b <= 'Z' {
		return b + ('a' - 'A')
	}
	return b
}

// wordSet is a list of ASCII lower-case words with a table of the bytes
// they start with (both cases) and a pairSet of their first two bytes, so
// a search skips most positions with one lookup: context windows reach
// 2 KiB in some rules and run per candidate.
type wordSet struct {
	words [][]byte
	first [256]bool
	// pairs holds the words' first two bytes (a space as the second also
	// stands for '_', '-' and '.'); nil when a word is one byte long.
	pairs *pairSet
	// camel lets a word end or start where a camelCase name changes case
	// (primarySSN, dataUrodzenia): set for words that confirm a value,
	// not for words that rule one out, whose lists name exact keys
	// ("data:" of a Kubernetes Secret is not "stringData:").
	camel bool
}

// CaseVariants returns the other spellings of w that ASCII case folding
// does not find: w with its first letter, each word's first letter, or
// every letter in upper case, or in lower case, when that changes a
// non-ASCII letter ("паспорт": "Паспорт", "ПАСПОРТ"; "születési":
// "SZÜLETÉSI"). A label
// starts a line or a sentence in capitals in every script, but the keyword
// automaton and the context words fold ASCII letters only. Nil when w is
// ASCII or has no cased non-ASCII letter.
func CaseVariants(w string) []string {
	ascii := true
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return nil
	}
	key := func(s string) string { return string(asciiLowerBytes([]byte(s))) }
	seen := map[string]bool{key(w): true}
	var out []string
	add := func(v string) {
		if k := key(v); !seen[k] {
			seen[k] = true
			out = append(out, v)
		}
	}
	upperFirst := func(s string) string {
		r, n := utf8.DecodeRuneInString(s)
		return string(unicode.ToUpper(r)) + s[n:]
	}
	add(upperFirst(w))
	words := strings.Split(w, " ")
	for i := range words {
		if words[i] != "" {
			words[i] = upperFirst(words[i])
		}
	}
	add(strings.Join(words, " "))
	add(strings.ToUpper(w))
	add(strings.ToLower(w))
	return out
}

// asciiLowerBytes folds b's ASCII letters to lower case in place.
func asciiLowerBytes(b []byte) []byte {
	for i := range b {
		b[i] = lower(b[i])
	}
	return b
}

// lowerWords returns the non-empty words, ASCII lower-cased, as a wordSet,
// with their CaseVariants.
func lowerWords(words []string) *wordSet {
	ws := &wordSet{words: make([][]byte, 0, len(words))}
	all := slices.Clone(words)
	for _, w := range words {
		all = append(all, CaseVariants(w)...)
	}
	for _, w := range all {
		if w == "" {
			continue
		}
		b := asciiLowerBytes([]byte(w))
		ws.words = append(ws.words, b)
		ws.first[b[0]] = true
		if 'a' <= b[0] && b[0] <= 'z' {
			ws.first[b[0]-'a'+'A'] = true
		}
	}
	ws.pairs = emptyPairSet()
	for _, w := range ws.words {
		if len(w) < 2 {
			ws.pairs = nil
			break
		}
		ws.pairs.add(w[0], w[1])
		if w[1] == ' ' {
			ws.pairs.add(w[0], '_')
			ws.pairs.add(w[0], '-')
			ws.pairs.add(w[0], '.')
		}
	}
	return ws
}

// hasWord reports whether one of words (lower-case) occurs, ASCII case
// folded, entirely inside p[lo:hi] as a whole word: a word that starts
// (ends) with a letter must not have a letter just before (after) it in p.
// Words may hold spaces, '_' or '-' ("api key", "x-api-key").
//
// Windows are long (up to kilobytes before a value) and most of their
// bytes start no word: positions are skipped by their first two bytes
// when every word has two, else by the first.
func hasWord(p []byte, lo, hi int, ws *wordSet) bool {
	if ws.pairs != nil {
		for i := lo; i+1 < hi; i++ {
			if ws.pairs.has(p[i], p[i+1]) && wordAt(p, i, hi, ws) {
				return true
			}
		}
		return false
	}
	for i := lo; i < hi; i++ {
		if ws.first[p[i]] && wordAt(p, i, hi, ws) {
			return true
		}
	}
	return false
}

// wordAt reports whether one of ws's words starts at p[i], ends by hi,
// and stands as a whole word.
func wordAt(p []byte, i, hi int, ws *wordSet) bool {
	b := lower(p[i])
	for _, w := range ws.words {
		if w[0] != b || len(w) > hi-i || !prefixFold(p[i:], w) {
			continue
		}
		// A letter before or after the word joins it to another word,
		// unless the case turns there (primarySSN, dataUrodzenia,
		// dobValue): camelCase names are words joined at upper case.
		if isLetter(w[0]) && i > 0 && isLetter(p[i-1]) && !(ws.camel && camelEdge(p[i-1], p[i])) {
			continue
		}
		if j := i + len(w); isLetter(w[len(w)-1]) && j < len(p) && isLetter(p[j]) && !(ws.camel && camelEdge(p[j-1], p[j])) {
			continue
		}
		return true
	}
	return false
}

// camelEdge reports whether a lower-case letter a followed by an
// upper-case letter b is a word edge in a camelCase name.
func camelEdge(a, b byte) bool { return 'a' <= a && a <= 'z' && 'A' <= b && b <= 'Z' }

// prefixFold reports whether s starts with the lower-case word w, folding
// s's ASCII letters. A space in w also matches '_', '-' or '.', so "date of
// birth" finds date_of_birth, date-of-birth and Date.Of.Birth.
func prefixFold(s, w []byte) bool {
	if len(s) < len(w) {
		return false
	}
	for i, c := range w {
		b := lower(s[i])
		if b != c && !(c == ' ' && (b == '_' || b == '-' || b == '.')) {
			return false
		}
	}
	return true
}

// notColumnValidator rejects a value whose table column (see
// columnHeader) is named by one of its words: a hire-date column of a
// payroll export holds no birth dates, whatever the row around it says.
type notColumnValidator struct{ words *wordSet }

func (notColumnValidator) Name() string { return "not_column" }

// Validate implements Validator.
func (v notColumnValidator) Validate(c Candidate) Outcome {
	if columnHeader(c.Payload, clamp(c.Start, 0, len(c.Payload)), v.words) {
		return Outcome{Verdict: Reject}
	}
	return Outcome{}
}

// notTableValidator rejects a value in a delimited table whose header row
// holds one of its words in any field: the table's subject (a herd
// register's Ohrmarke, Rasse) rules a column's reading out, however far
// below a header on the payload's first line the row is, or up to
// maxHeaderWalk rows below any other header (see columnHeader).
type notTableValidator struct{ words *wordSet }

func (notTableValidator) Name() string { return "not_table" }

// Validate implements Validator.
func (v notTableValidator) Validate(c Candidate) Outcome {
	if tableHeader(c.Payload, clamp(c.Start, 0, len(c.Payload)), v.words, true) {
		return Outcome{Verdict: Reject}
	}
	return Outcome{}
}

// wholeFieldValidator rejects a value that is not a whole field of a
// delimited line of data: before it (past an opening quote and blanks)
// stands a delimiter (',', tab, ';' or '|'), after it (past a closing
// quote and blanks) the same delimiter, a line break or the payload's end,
// and the line holds no call, brace or backtick. A token cut from code
// (List.copyOf(violations)) or from prose is not a cell.
type wholeFieldValidator struct{}

func (wholeFieldValidator) Name() string { return "whole_field" }

// Validate implements Validator.
func (wholeFieldValidator) Validate(c Candidate) Outcome {
	p := c.Payload
	end := clamp(c.End, 0, len(p))
	i := clamp(c.Start, 0, end) - 1
	quote := byte(0)
	if i >= 0 && (p[i] == '"' || p[i] == '\'') {
		quote = p[i]
		i--
	}
	for i >= 0 && p[i] == ' ' { // not tabs: a tab may be the delimiter
		i--
	}
	if i < 0 || !isTableDelim(p[i]) {
		return Outcome{Verdict: Reject}
	}
	d := p[i]
	j := end
	if quote != 0 {
		if j >= len(p) || p[j] != quote {
			return Outcome{Verdict: Reject}
		}
		j++
	}
	for j < len(p) && p[j] == ' ' {
		j++
	}
	if j < len(p) && p[j] != d && p[j] != '\n' && p[j] != '\r' {
		return Outcome{Verdict: Reject}
	}
	// A row of data holds no code: a call (a name glued to '('), braces or
	// backticks on the line (a struct tag) make it a line of a program
	// that happens to have commas. "Kari Nord (IT)" is still a row, and so
	// is one with braces inside a quoted field (a OneRoster userIds cell,
	// "{SIS:RC1857220},{Clever:5a9d...}").
	ls := lastIndexByte(p[:clamp(c.Start, 0, end)], '\n') + 1
	le := len(p)
	if k := bytes.IndexByte(p[end:], '\n'); k >= 0 {
		le = end + k
	}
	line := p[ls:le]
	if bytes.ContainsAny(line, "{}`") && codeOutsideQuotes(line, d) {
		return Outcome{Verdict: Reject}
	}
	for i := 1; i < len(line); i++ {
		if line[i] == '(' && (isAlnum(line[i-1]) || line[i-1] == '_') {
			return Outcome{Verdict: Reject}
		}
	}
	return Outcome{}
}

// codeOutsideQuotes reports whether line, a row delimited by d, holds a
// brace or a backtick in a field that is not quoted (walkDelims's fields).
func codeOutsideQuotes(line []byte, d byte) bool {
	code := func(field []byte) bool {
		field = bytes.TrimLeft(field, " (")
		if len(field) > 0 && (field[0] == '"' || field[0] == '\'') {
			return false
		}
		return bytes.ContainsAny(field, "{}`")
	}
	found, start := false, 0
	walkDelims(line, d, func(i int) bool {
		found = code(line[start:i])
		start = i + 1
		return !found
	})
	return found || code(line[start:])
}

// isTableDelim reports whether b is one of tableDelims.
func isTableDelim(b byte) bool { return bytes.IndexByte(tableDelims[:], b) >= 0 }

// sqlColumnValidator confirms a quoted value of an SQL INSERT's VALUES
// tuple whose column, in the statement's column list, is named by one of
// its words (INSERT INTO staff (email, temp_password) VALUES ('a@b', 'x'));
// it rejects every other value. A seed migration or a dump writes the
// column's name once, above every row.
type sqlColumnValidator struct{ words *wordSet }

func (sqlColumnValidator) Name() string { return "sql_column" }

// maxSQLWalk bounds how far back sqlColumn looks for the tuple's start
// and for the statement's VALUES and column list.
const maxSQLWalk = 16 << 10

// Validate implements Validator.
func (v sqlColumnValidator) Validate(c Candidate) Outcome {
	if sqlColumn(c.Payload, clamp(c.Start, 0, len(c.Payload)), v.words) {
		return Outcome{Verdict: Confirm}
	}
	return Outcome{Verdict: Reject}
}

// sqlColumn reports whether the value at start, inside a VALUES tuple, is
// in a column whose name holds one of words.
func sqlColumn(p []byte, start int, words *wordSet) bool {
	lo := max(0, start-maxSQLWalk)
	// The value's own opening quote is just before start.
	if start-1 < lo || p[start-1] != '\'' && p[start-1] != '"' {
		return false
	}
	open, col := tupleOpen(p, lo, start-2)
	if open < 0 {
		return false
	}
	// VALUES before the tuple: the first tuple follows it, a later one the
	// tuples before it.
	j := skipBack(p, lo, open-1, ",\n\r \t")
	for j >= lo && p[j] == ')' {
		if j = matchingOpen(p, lo, j); j < 0 {
			return false
		}
		j = skipBack(p, lo, j-1, ",\n\r \t")
	}
	if j < lo+5 || !prefixFoldString(p[j-5:], "values") {
		return false
	}
	// the column list: the parenthesised list before VALUES
	end := skipBack(p, lo, j-6, "\n\r \t")
	if end < lo || p[end] != ')' {
		return false
	}
	from := max(lo, end-4096)
	o := lastIndexByte(p[from:end], '(')
	if o < 0 {
		return false
	}
	list := p[from+o+1 : end]
	n, field := 0, 0
	for x := 0; x <= len(list); x++ {
		if x < len(list) && list[x] != ',' {
			continue
		}
		if n == col {
			return hasWord(list, field, x, words) && !hasWord(list, field, x, aboutPassword)
		}
		n, field = n+1, x+1
	}
	return false
}

// tupleOpen walks back from i to the '(' that opens the tuple holding it,
// outside single quotes, and returns its offset and the number of commas
// passed (the value's column), or -1 when a ')' or ';' comes first.
func tupleOpen(p []byte, lo, i int) (open, col int) {
	quoted := false
	for ; i >= lo; i-- {
		switch b := p[i]; {
		case b == '\'':
			quoted = !quoted
		case quoted:
		case b == ',':
			col++
		case b == '(':
			return i, col
		case b == ')' || b == ';':
			return -1, 0
		}
	}
	return -1, 0
}

// matchingOpen returns the '(' that the ')' at j closes, outside single
// quotes, or -1.
func matchingOpen(p []byte, lo, j int) int {
	depth, quoted := 0, false
	for ; j >= lo; j-- {
		switch b := p[j]; {
		case b == '\'':
			quoted = !quoted
		case quoted:
		case b == ')':
			depth++
		case b == '(':
			if depth--; depth == 0 {
				return j
			}
		}
	}
	return -1
}

// skipBack returns the offset of the last byte at or before j that is not
// in set, or lo-1.
func skipBack(p []byte, lo, j int, set string) int {
	for j >= lo && strings.IndexByte(set, p[j]) >= 0 {
		j--
	}
	return j
}

// aboutPassword are words of a column about a password, not holding one
// (password_digest, password_hint, password_changed_at).
var aboutPassword = lowerWords([]string{"hash", "hashed", "digest", "salt", "hint", "reset", "expires", "expiry", "changed", "policy", "length", "algo", "algorithm"})
