package policy

import (
	"bytes"
	"errors"
	"strings"
	"unicode/utf8"

	"github.com/veil-dlp/veil/engine"
)

const (
	defaultTemplate   = "[{type}]"
	defaultHashPrefix = "{type}#"
	// maxSecretReveal is how many characters a mask may keep of a SECRET
	// or CREDENTIAL.
	maxSecretReveal = 4
)

// actionSpec is an action with its parameters, validated at load.
type actionSpec struct {
	action         Action
	template       string // redact
	maskChar       byte   // mask
	keepFirst      int
	keepLast       int
	keepSeparators bool
	keepDomain     bool
	hashLen        int    // hash: hex digits
	prefix         string // hash
}

// checkTemplate accepts literal text with at most one placeholder, {type}
// or {category}: veil must recognise its own markers to leave them alone
// when an output is redacted again.
func checkTemplate(t string) error {
	n := strings.Count(t, "{type}") + strings.Count(t, "{category}")
	if n > 1 {
		return errors.New("a template holds at most one placeholder ({type} or {category})")
	}
	rest := strings.ReplaceAll(strings.ReplaceAll(t, "{type}", ""), "{category}", "")
	if strings.ContainsAny(rest, "{}") {
		return errors.New("unknown placeholder in template (known: {type}, {category})")
	}
	if t == "" {
		return errors.New("empty template: use the drop action to remove values")
	}
	return nil
}

// render expands a template's placeholder.
func render(dst []byte, t, typ, category string) []byte {
	for len(t) > 0 {
		i := strings.IndexByte(t, '{')
		if i < 0 {
			return append(dst, t...)
		}
		dst = append(dst, t[:i]...)
		switch {
		case strings.HasPrefix(t[i:], "{type}"):
			dst = append(dst, typ...)
			t = t[i+len("{type}"):]
		case strings.HasPrefix(t[i:], "{category}"):
			dst = append(dst, category...)
			t = t[i+len("{category}"):]
		default:
			dst = append(dst, '{')
			t = t[i+1:]
		}
	}
	return dst
}

// transform builds the output: text between groups is copied as it is,
// each group is replaced by its action's rendering.
func (s *Snapshot) transform(payload []byte, groups []group, d *destination) []byte {
	out := make([]byte, 0, len(payload)+len(groups)*16)
	last := 0
	for _, g := range groups {
		if g.start >= len(payload) {
			break
		}
		end := min(g.end, len(payload))
		out = append(out, payload[last:g.start]...)
		spec := d.actionOf(g.rule)
		if spec.action != g.action {
			spec = actionSpec{action: g.action, template: defaultTemplate}
		}
		out = s.apply(out, spec, payload[g.start:end], g, d)
		last = end
	}
	return append(out, payload[last:]...)
}

// apply appends the rendering of one value.
func (s *Snapshot) apply(dst []byte, a actionSpec, v []byte, g group, d *destination) []byte {
	switch a.action {
	case ActionAllow, ActionBlock:
		return append(dst, v...)
	case ActionDrop:
		return dst
	case ActionRedact:
		return render(dst, a.template, g.typ, g.category)
	case ActionMask:
		return mask(dst, v, a, g)
	case ActionHash:
		dst = render(dst, a.prefix, g.typ, g.category)
		return s.Policy.keys.Active().hashHex(dst, g.typ, v, a.hashLen)
	case ActionTokenize:
		return appendToken(dst, s.Policy.keys.Active(), g.typ, d.name, v)
	}
	return render(dst, defaultTemplate, g.typ, g.category)
}

func isAlnum(c byte) bool {
	return 'a' <= c|0x20 && c|0x20 <= 'z' || '0' <= c && c <= '9'
}

// mask replaces the letters and digits of v with the mask character,
// keeping separators (when asked), the first and last characters the spec
// allows, and for keep_domain everything from the last '@'. The reveal is
// clamped again here by category: at most 4 characters of a secret or
// credential, 6 + 4 of a card number, half of anything else.
func mask(dst, v []byte, a actionSpec, g group) []byte {
	tail := len(v)
	if a.keepDomain {
		if i := bytes.LastIndexByte(v, '@'); i > 0 {
			tail = i
		}
	}
	body := v[:tail]
	// Count the maskable characters (runes that are not separators).
	n := 0
	for i := 0; i < len(body); {
		r, size := utf8.DecodeRune(body[i:])
		if r >= utf8.RuneSelf || isAlnum(body[i]) || !a.keepSeparators {
			n++
		}
		i += size
	}
	first, last := a.keepFirst, a.keepLast
	switch {
	case g.category != "PII":
		for first+last > maxSecretReveal {
			if last > 0 {
				last--
			} else {
				first--
			}
		}
	case g.typ == "CREDIT_CARD_NUMBER":
		first, last = min(first, 6), min(last, 4)
	}
	for first+last > n/2 {
		if first > 0 {
			first--
		} else {
			last--
		}
	}
	k := 0
	for i := 0; i < len(body); {
		r, size := utf8.DecodeRune(body[i:])
		maskable := r >= utf8.RuneSelf || isAlnum(body[i]) || !a.keepSeparators
		if !maskable {
			dst = append(dst, body[i:i+size]...)
		} else {
			if k < first || k >= n-last {
				dst = append(dst, body[i:i+size]...)
			} else {
				dst = append(dst, a.maskChar)
			}
			k++
		}
		i += size
	}
	return append(dst, v[tail:]...)
}

// dropOwnMarkers removes findings that lie inside veil's own output for
// this destination: a redaction marker of the policy's templates, a hash
// of its prefixes, or a token that authenticates under its keys. This is
// what makes redacting an output a second time change nothing; a marker
// must name a known type or category, so "[AKIA...]" is not one.
func (s *Snapshot) dropOwnMarkers(payload []byte, fs []engine.Finding, d *destination) []engine.Finding {
	if len(fs) == 0 {
		return fs
	}
	var toks []tokenSpan
	if k := s.Policy.keys; k != nil {
		for _, key := range k.keys {
			if bytes.Contains(payload, []byte("_"+key.ID+"_")) {
				toks = findTokens(payload, k, d.name)
				break
			}
		}
	}
	specs := append([]actionSpec{d.def}, d.ruleActions()...)
	out := fs[:0:0]
	for _, f := range fs {
		if s.insideMarker(payload, f.Start, f.End, specs, toks) {
			continue
		}
		out = append(out, f)
	}
	return out
}

func (s *Snapshot) insideMarker(p []byte, start, end int, specs []actionSpec, toks []tokenSpan) bool {
	for _, t := range toks {
		if t.value != nil && t.start <= start && end <= t.end {
			return true
		}
	}
	for _, a := range specs {
		switch a.action {
		case ActionRedact:
			if s.markerAround(p, start, end, a.template, 0) {
				return true
			}
		case ActionHash:
			if s.markerAround(p, start, end, a.prefix, a.hashLen) {
				return true
			}
		}
	}
	return false
}

// markerAround reports whether [start,end) lies inside an occurrence of
// template t (its placeholder standing for a known type or category),
// followed by hexLen hex digits when hexLen > 0.
func (s *Snapshot) markerAround(p []byte, start, end int, t string, hexLen int) bool {
	pre, post, hasName := t, "", false
	for _, ph := range []string{"{type}", "{category}"} {
		if i := strings.Index(t, ph); i >= 0 {
			pre, post, hasName = t[:i], t[i+len(ph):], true
		}
	}
	// Candidate marker starts: occurrences of pre at or before start, close
	// enough to reach end.
	const maxName = 64
	lo := max(0, start-len(pre)-maxName-len(post)-hexLen)
	for i := lo; i <= start; i++ {
		if !bytes.HasPrefix(p[i:], []byte(pre)) {
			continue
		}
		j := i + len(pre)
		if hasName {
			k := j
			for k < len(p) && k-j < maxName && isTypeByte(p[k]) {
				k++
			}
			if k == j || !s.types[string(p[j:k])] {
				continue
			}
			j = k
		}
		if !bytes.HasPrefix(p[j:], []byte(post)) {
			continue
		}
		j += len(post)
		if hexLen > 0 {
			k := j
			for k < len(p) && k-j < hexLen && isHexLower(p[k]) {
				k++
			}
			if k-j != hexLen {
				continue
			}
			j = k
		}
		if j >= end && j > i {
			return true
		}
	}
	return false
}

func isHexLower(c byte) bool { return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' }
