package engine

// Decode and rescan. Values are often written percent-encoded: in query
// strings, form bodies, logged URLs ("email=jane%40example.com",
// "card=4111%201111%201111%201111"). Rule regexes cannot know every
// encoding, so the engine finds runs of text holding %XX escapes, decodes
// each run, scans the decoded bytes with the same rules and the same path,
// and maps every finding back to the encoded span it came from (a mask must
// cover the encoded text). Decoding goes one level deep: a decoded run is
// not decoded again.

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

// scanDecoded finds percent-encoded runs in s.payload, scans each decoded
// run with a nested scan on the same path, and adds the nested candidates,
// mapped back to encoded offsets, to s.cands. A candidate the plain scan
// already has (same rule and span) is not added twice.
func (s *scan) scanDecoded(reference bool) {
	p := s.payload
	var seen map[candKey]bool // the plain scan's candidates, built on first use
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
		if seen == nil {
			seen = make(map[candKey]bool, len(s.cands))
			for _, c := range s.cands {
				seen[candKey{c.rule, c.start, c.end}] = true
			}
		}
		s.rescan(lo, hi, reference, seen)
		i = hi
		if s.expired() {
			return
		}
	}
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

// rescan decodes p[lo:hi], scans it, and maps the findings back.
func (s *scan) rescan(lo, hi int, reference bool, seen map[candKey]bool) {
	p := s.payload
	dec := make([]byte, 0, hi-lo)
	// at[k] is the payload offset of decoded byte k; at[len(dec)] is hi.
	at := make([]int, 0, hi-lo+1)
	for i := lo; i < hi; {
		if p[i] == '%' && i+2 < hi && isHexDigit(p[i+1]) && isHexDigit(p[i+2]) {
			dec = append(dec, unhex(p[i+1])<<4|unhex(p[i+2]))
			at = append(at, i)
			i += 3
			continue
		}
		dec = append(dec, p[i])
		at = append(at, i)
		i++
	}
	at = append(at, hi)

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
		if seen[candKey{c.rule, start, end}] {
			continue
		}
		c.start, c.end = start, end
		s.cands = append(s.cands, c)
	}
}

// candKey identifies a candidate by rule and span.
type candKey struct {
	rule       *rule
	start, end int
}
