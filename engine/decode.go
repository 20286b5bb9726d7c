package engine

import (
	"bytes"
	"unicode/utf16"
	"unicode/utf8"
)

// Decode and rescan. Values are often written encoded, and rule regexes
// cannot know every encoding:
//
//   - percent-encoded, in query strings, form bodies and logged URLs
//     ("email=jane%40example.com", "card=4111%201111%201111%201111");
//   - JSON-escaped inside a JSON string: a request body logged as a string
//     field, a Postman or HAR body, a webhook payload stored as text
//     ("{\"password\": \"hunter2\"}"), a stack trace or pasted config whose
//     lines are joined by \n; escaped twice when that string holds an
//     escaped CRLF or quote (jsonUnescapeDeep);
//   - quoted-printable, in a mail body after its Content-Transfer-Encoding
//     header ("T=C3=A9l.", soft line breaks).
//
// The engine finds runs of text holding such escapes, decodes each run,
// scans the decoded bytes with the same rules and the same path, and maps
// every finding back to the encoded span it came from (a mask must cover
// the encoded text). A decoded run is not rescanned for further encodings.

// isRunByte reports whether c may belong to a percent-encoded run: anything
// but whitespace, quotes and angle brackets, which end URLs and form values
// in logs, JSON and HTML.
func isRunByte(c byte) bool {
	switch c {
	case ' ', '\t', '\n', '\r', '"', '\'', '`', '<', '>':
		return false
	}
	return true
}

func isHexDigit(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

func unhex(c byte) byte {
	switch {
	case c >= '0' && c <= '9':
		return c - '0'
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10
	default:
		return c - 'A' + 10
	}
}

// scanDecoded finds percent-encoded runs and JSON-escaped strings in
// s.payload, scans each decoded run with a nested scan on the same path,
// and adds the nested candidates, mapped back to encoded offsets, to
// s.cands. A candidate the plain scan already has (same rule and span) is
// not added twice.
func (s *scan) scanDecoded(reference bool) {
	d := decoder{s: s, reference: reference}
	s.scanPercent(&d)
	s.scanJSONEscaped(&d)
	s.scanQuotedPrintable(&d)
}

// scanQuotedPrintable rescans, decoded, each MIME part whose
// Content-Transfer-Encoding header says quoted-printable (an .eml, an
// mbox, a part pasted into a ticket), from the header to the next boundary
// line: its =XX escapes hide words ("T=C3=A9l.", "Senha provis=C3=B3ria:")
// and its soft line breaks (= at a line's end) cut values in two. Text
// that only names the encoding is not touched.
func (s *scan) scanQuotedPrintable(d *decoder) {
	p := s.payload
	for i := 0; i < len(p); {
		k := bytes.Index(p[i:], []byte("ransfer-"))
		if k < 0 {
			return
		}
		k += i
		i = k + 8
		// Content-Transfer-Encoding: quoted-printable, the value in any
		// case, the name as mail writes it or lower-cased (not all caps:
		// "ransfer-" is the anchor)
		const h = "content-transfer-encoding:" // "ransfer-" is at 9
		if k < 9 || !prefixFold(p[k-9:], h) {
			continue
		}
		v := bytes.TrimLeft(p[k-9+len(h):min(len(p), k-9+len(h)+24)], " \t")
		if !prefixFold(v, "quoted-printable") {
			continue
		}
		from := len(p)
		if n := bytes.IndexByte(p[k:], '\n'); n >= 0 {
			from = k + n + 1
		}
		// The part ends where its boundary line comes again: the line
		// starting "--" just above its headers, not any line of dashes
		// ("-----Message d'origine-----" quotes a mail inside the part).
		to := len(p)
		if b := partBoundary(p, k); b != nil {
			if n := bytes.Index(p[from:], b); n >= 0 {
				to = from + n
			}
		}
		if qpEscaped(p[from:to]) {
			d.rescan(from, to, qpDecode)
		}
		i = max(i, to)
		if s.expired() {
			return
		}
	}
}

// partBoundary returns "\n" and the boundary line of the MIME part whose
// header is at k: the nearest line above it, at most 2 KB up, that starts
// with "--" and holds no blank; nil when there is none (a single-part
// message, whose body runs to the end).
func partBoundary(p []byte, k int) []byte {
	lo := max(0, k-2048)
	for e := k; e > lo; {
		ls := bytes.LastIndexByte(p[lo:e], '\n')
		if ls < 0 {
			return nil
		}
		ls += lo
		line := p[ls:e] // "\n" and the line
		if e = ls; len(line) > 3 && line[1] == '-' && line[2] == '-' {
			line = bytes.TrimRight(line, "\r")
			if !bytes.ContainsAny(line[1:], " \t") {
				return line
			}
		}
		if len(bytes.TrimSpace(line)) == 0 {
			return nil // a blank line: the part's headers began below it
		}
	}
	return nil
}

// qpEscaped reports whether b holds a quoted-printable escape (=XX) or
// soft line break.
func qpEscaped(b []byte) bool {
	for i := 0; i+1 < len(b); i++ {
		k := bytes.IndexByte(b[i:], '=')
		if k < 0 {
			return false
		}
		i += k
		if i+2 < len(b) && isHexDigit(b[i+1]) && isHexDigit(b[i+2]) || b[i+1] == '\n' || b[i+1] == '\r' {
			return true
		}
	}
	return false
}

// qpDecode decodes the quoted-printable text p[lo:hi] (RFC 2045, section
// 6.7): =XX is the byte XX (either case of hex digits), '=' at a line's
// end (before CRLF or LF) is a soft line break and vanishes, anything else
// is kept. It returns the decoded bytes and, for each, the payload offset
// it came from, with one more entry, hi, at the end.
func qpDecode(p []byte, lo, hi int) ([]byte, []int) {
	dec := make([]byte, 0, hi-lo)
	at := make([]int, 0, hi-lo+1)
	for i := lo; i < hi; {
		c := p[i]
		if c == '=' {
			switch {
			case i+2 < hi && isHexDigit(p[i+1]) && isHexDigit(p[i+2]):
				dec, at = append(dec, unhex(p[i+1])<<4|unhex(p[i+2])), append(at, i)
				i += 3
				continue
			case i+1 < hi && p[i+1] == '\n':
				i += 2
				continue
			case i+2 < hi && p[i+1] == '\r' && p[i+2] == '\n':
				i += 3
				continue
			}
		}
		dec, at = append(dec, c), append(at, i)
		i++
	}
	return dec, append(at, hi)
}

// decoder carries what the rescans of one scan share.
type decoder struct {
	s         *scan
	reference bool
	// seen holds the candidates of the plain scan and of every rescan so
	// far; built on first use.
	seen map[candKey]int // 1 + the candidate's index in s.cands
}

func (d *decoder) rescan(lo, hi int, decode func(p []byte, lo, hi int) ([]byte, []int)) {
	if d.seen == nil {
		d.seen = make(map[candKey]int, len(d.s.cands))
		for i, c := range d.s.cands {
			d.seen[candKey{c.rule, c.start, c.end}] = i + 1
		}
	}
	dec, at := decode(d.s.payload, lo, hi)
	d.s.rescan(dec, at, d.reference, d.seen)
}

// scanPercent rescans the runs holding %XX escapes.
func (s *scan) scanPercent(d *decoder) {
	p := s.payload
	for i := 0; i < len(p); {
		j := indexEscape(p, i)
		if j < 0 {
			return
		}
		lo, hi := j, j
		for lo > 0 && isRunByte(p[lo-1]) {
			lo--
		}
		for hi < len(p) && isRunByte(p[hi]) {
			hi++
		}
		// The byte that ends the run on the left (a space, quote or line
		// break) goes along, undecoded: a validator looking before the
		// first value of a form body ("\n_token=...") sees what the
		// payload has there.
		if lo > 0 {
			lo--
		}
		d.rescan(lo, hi, percentDecode)
		i = hi
		if s.expired() {
			return
		}
	}
}

// scanJSONEscaped rescans, line by line, the stretches between unescaped
// double quotes that hold a JSON escape (see isJSONEscape): the inside of
// a JSON string, or of a quoted logfmt value, that itself holds quoted or
// multi-line text.
func (s *scan) scanJSONEscaped(d *decoder) {
	p := s.payload
	for i := 0; i < len(p); {
		j := indexJSONEscape(p, i)
		if j < 0 {
			return
		}
		// The line of j: i is always at a line start.
		ls := i
		if k := bytes.LastIndexByte(p[i:j], '\n'); k >= 0 {
			ls = i + k + 1
		}
		le := len(p)
		if k := bytes.IndexByte(p[j:], '\n'); k >= 0 {
			le = j + k
		}
		from, esc := ls, false
		for k := ls; k < le; k++ {
			switch p[k] {
			case '\\':
				if isJSONEscape(p, k) {
					esc = true
				}
				k++ // the escaped byte, a quote or a backslash included
			case '"':
				if esc {
					d.rescan(from, k, jsonUnescapeDeep)
				}
				from, esc = k+1, false
			}
		}
		if esc {
			d.rescan(from, le, jsonUnescapeDeep)
		}
		i = le + 1
		if s.expired() {
			return
		}
	}
}

// indexJSONEscape returns the index of the next JSON escape (isJSONEscape)
// at or after i, or -1.
func indexJSONEscape(p []byte, i int) int {
	for i < len(p) {
		k := bytes.IndexByte(p[i:], '\\')
		if k < 0 {
			return -1
		}
		if isJSONEscape(p, i+k) {
			return i + k
		}
		i += k + 2 // an escaped backslash does not start an escape
	}
	return -1
}

// isJSONEscape reports whether the backslash at p[k] starts a JSON escape
// that hides text from the rules: \" (a quote inside a string), \n \r \t
// (joined lines), \/ (PHP's json_encode writes every URL as
// https:\/\/host\/path), \uXXXX. \\ alone changes nothing a rule reads,
// but \\n \\r \\t are an escaped string inside a JSON string (a Python
// bytes repr or a log line in a notebook's output: "send: b'GET /
// HTTP/1.1\\r\\nAuthorization: ...'"): decoded once, they are the escaped
// line breaks the rules read. (An escaped quote inside is \\\", which \"
// already starts.)
func isJSONEscape(p []byte, k int) bool {
	if k+1 >= len(p) {
		return false
	}
	switch p[k+1] {
	case '"', 'n', 'r', 't', '/':
		return true
	case '\\':
		if k+2 < len(p) {
			switch p[k+2] {
			case 'n', 'r', 't':
				return true
			}
		}
	case 'u':
		return k+5 < len(p) && isHexDigit(p[k+2]) && isHexDigit(p[k+3]) && isHexDigit(p[k+4]) && isHexDigit(p[k+5])
	}
	return false
}

// jsonUnescapeDeep is jsonUnescape, then jsonUnescape again when the
// decoded text still holds an escaped CRLF or quote (\r\n, \"): a string
// escaped twice, as an HTTP request's bytes repr in a notebook's JSON output
// or a JSON body logged inside a JSON log line. A lone \n is left alone: a
// Windows path (C:\\new) decodes to one. Offsets map through both levels to
// the payload.
func jsonUnescapeDeep(p []byte, lo, hi int) ([]byte, []int) {
	dec, at := jsonUnescape(p, lo, hi)
	if !bytes.Contains(dec, []byte(`\r\n`)) && !bytes.Contains(dec, []byte(`\"`)) {
		return dec, at
	}
	dec2, at2 := jsonUnescape(dec, 0, len(dec))
	for i, j := range at2 {
		at2[i] = at[j]
	}
	return dec2, at2
}

// jsonUnescape decodes the JSON escapes of p[lo:hi] (RFC 8259, section 7;
// a \u escape outside the BMP arrives as a surrogate pair). It returns the
// decoded bytes and, for each, the payload offset it came from, with one
// more entry, hi, at the end. Anything that is not a valid escape is kept
// as it is.
func jsonUnescape(p []byte, lo, hi int) ([]byte, []int) {
	dec := make([]byte, 0, hi-lo)
	at := make([]int, 0, hi-lo+1)
	for i := lo; i < hi; {
		c := p[i]
		if c != '\\' || i+1 >= hi {
			dec, at = append(dec, c), append(at, i)
			i++
			continue
		}
		var out byte
		switch p[i+1] {
		case '"', '\\', '/':
			out = p[i+1]
		case 'n':
			out = '\n'
		case 'r':
			out = '\r'
		case 't':
			out = '\t'
		case 'b':
			out = '\b'
		case 'f':
			out = '\f'
		case 'u':
			r, n := jsonRune(p[i:hi])
			if n == 0 {
				dec, at = append(dec, c), append(at, i)
				i++
				continue
			}
			start := len(dec)
			dec = utf8.AppendRune(dec, r)
			for range len(dec) - start {
				at = append(at, i)
			}
			i += n
			continue
		default:
			dec, at = append(dec, c), append(at, i)
			i++
			continue
		}
		dec, at = append(dec, out), append(at, i)
		i += 2
	}
	return dec, append(at, hi)
}

// jsonRune decodes the \uXXXX escape at the start of b, and its low
// surrogate when it is a high one; n is the bytes used, 0 if b does not
// start with a valid \u escape.
func jsonRune(b []byte) (r rune, n int) {
	hex4 := func(b []byte) (rune, bool) {
		if len(b) < 6 || b[0] != '\\' || b[1] != 'u' {
			return 0, false
		}
		var v rune
		for _, c := range b[2:6] {
			if !isHexDigit(c) {
				return 0, false
			}
			v = v<<4 | rune(unhex(c))
		}
		return v, true
	}
	r, ok := hex4(b)
	if !ok {
		return 0, 0
	}
	if utf16.IsSurrogate(r) {
		if r2, ok := hex4(b[6:]); ok {
			if dr := utf16.DecodeRune(r, r2); dr != utf8.RuneError {
				return dr, 12
			}
		}
		return utf8.RuneError, 6
	}
	return r, 6
}

// indexEscape returns the index of the next %XX escape at or after i, or -1.
func indexEscape(p []byte, i int) int {
	for ; i+2 < len(p); i++ {
		if p[i] == '%' && isHexDigit(p[i+1]) && isHexDigit(p[i+2]) {
			return i
		}
	}
	return -1
}

// percentDecode decodes the %XX escapes of p[lo:hi]. After the run's
// first '?' or '=', where a query string or a form body
// (application/x-www-form-urlencoded) begins, a '+' is a space, as form
// decoding reads it: "card=4539+1402+3549+2606", "Body=call+me+on+07691+566827"
// (a literal '+' there is written %2B). It returns the decoded bytes and,
// for each, the payload offset it came from, with one more entry, hi, at
// the end.
func percentDecode(p []byte, lo, hi int) ([]byte, []int) {
	dec := make([]byte, 0, hi-lo)
	at := make([]int, 0, hi-lo+1)
	form := false
	for i := lo; i < hi; {
		c := p[i]
		switch {
		case c == '%' && i+2 < hi && isHexDigit(p[i+1]) && isHexDigit(p[i+2]):
			dec = append(dec, unhex(p[i+1])<<4|unhex(p[i+2]))
			at = append(at, i)
			i += 3
			continue
		case c == '?' || c == '=':
			form = true
		case c == '+' && form:
			c = ' '
		}
		dec = append(dec, c)
		at = append(at, i)
		i++
	}
	return dec, append(at, hi)
}

// rescan scans dec, decoded payload bytes (at[k] is the payload offset of
// dec[k], at[len(dec)] the end of the encoded run), and adds what it finds,
// mapped back to payload offsets, to s.cands; a candidate s.cands already
// has (same rule and span) is replaced when the rescan is surer of it.
func (s *scan) rescan(dec []byte, at []int, reference bool, seen map[candKey]int) {
	inner := scanPool.Get().(*scan)
	defer inner.release()
	inner.reset(s.e, s.ctx, dec)
	inner.deadline = s.deadline
	inner.ref = reference
	inner.segment()
	if reference {
		inner.findKeywordsNaive()
	} else {
		inner.findKeywords()
	}
	inner.buildSelection()
	if reference {
		inner.runReference()
	} else {
		inner.runFast()
	}
	if inner.stopped != "" && s.stopped == "" {
		s.stopped = inner.stopped
	}
	for _, c := range inner.cands {
		start, end := at[c.start], at[c.end]
		k := candKey{c.rule, start, end}
		c.start, c.end = start, end
		if i := seen[k]; i > 0 {
			// Found before: keep the surer reading. Decoded, a context
			// word may show that the encoded text hid ("T=C3=A9l. 02 98
			// 91 45 44" is a number after Tél.).
			if c.confidence > s.cands[i-1].confidence {
				s.cands[i-1] = c
			}
			continue
		}
		s.cands = append(s.cands, c)
		seen[k] = len(s.cands) // the next run, or the other decoding, may find it too
	}
}

// candKey identifies a candidate by rule and span.
type candKey struct {
	rule       *rule
	start, end int
}

// prefixFold reports whether b starts with w (lower-case ASCII), folding
// b's ASCII letters.
func prefixFold(b []byte, w string) bool {
	if len(b) < len(w) {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := b[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[i] {
			return false
		}
	}
	return true
}
