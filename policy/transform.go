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
		out = s.transformValue(out, spec, payload[g.start:end], g, d)
		last = end
	}
	return append(out, payload[last:]...)
}

// transformValue appends the rendering of one value.
func (s *Snapshot) transformValue(dst []byte, a actionSpec, v []byte, g group, d *destination) []byte {
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
		// PCI DSS allows the first 6 and last 4 digits; the half rule
		// does not apply.
		first, last = min(first, 6), min(last, 4)
	}
	for first+last > n/2 && g.typ != "CREDIT_CARD_NUMBER" {
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

// ownMarkers returns the spans of veil's own output for destination d in
// p: a redaction marker of d's templates or a hash of its prefixes (whose
// placeholder names a known type or category, so "[AKIA...]" is not one),
// and tokens that authenticate under the policy's keys.
func (s *Snapshot) ownMarkers(p []byte, d *destination) [][2]int {
	var spans [][2]int
	if k := s.Policy.keys; k != nil {
		for _, key := range k.keys {
			if bytes.Contains(p, []byte("_"+key.ID+"_")) {
				for _, t := range findTokens(p, k, d.name) {
					if t.value != nil {
						spans = append(spans, [2]int{t.start, t.end})
					}
				}
				break
			}
		}
	}
	specs := append([]actionSpec{d.def}, d.ruleActions()...)
	for i := 0; i < len(p); {
		if !('A' <= p[i] && p[i] <= 'Z') || i > 0 && isTypeByte(p[i-1]) {
			i++
			continue
		}
		j := i
		for j < len(p) && isTypeByte(p[j]) {
			j++
		}
		if s.types[string(p[i:j])] {
			for _, a := range specs {
				t, hexLen := a.template, 0
				if a.action == ActionHash {
					t, hexLen = a.prefix, a.hashLen
				} else if a.action != ActionRedact {
					continue
				}
				if lo, hi, ok := markerAt(p, i, j, t, hexLen); ok {
					spans = append(spans, [2]int{lo, hi})
					break
				}
			}
		}
		i = j
	}
	return spans
}

// markerAt reports whether the name at p[i:j] is the placeholder of an
// occurrence of template t (followed by hexLen hex digits when hexLen > 0),
// and returns the occurrence's span.
func markerAt(p []byte, i, j int, t string, hexLen int) (lo, hi int, ok bool) {
	pre, post, found := "", "", false
	for _, ph := range []string{"{type}", "{category}"} {
		if k := strings.Index(t, ph); k >= 0 {
			pre, post, found = t[:k], t[k+len(ph):], true
		}
	}
	if !found || i < len(pre) || string(p[i-len(pre):i]) != pre || !bytes.HasPrefix(p[j:], []byte(post)) {
		return 0, 0, false
	}
	hi = j + len(post)
	if hexLen > 0 {
		k := hi
		for k < len(p) && k-hi < hexLen && isHexLower(p[k]) {
			k++
		}
		if k-hi != hexLen {
			return 0, 0, false
		}
		hi = k
	}
	return i - len(pre), hi, true
}

// dropOwnMarkers removes findings that lie inside veil's own output, which
// is what makes redacting an output a second time change nothing.
func dropOwnMarkers(fs []engine.Finding, spans [][2]int) []engine.Finding {
	if len(fs) == 0 || len(spans) == 0 {
		return fs
	}
	out := fs[:0:0]
	for _, f := range fs {
		inside := false
		for _, sp := range spans {
			if sp[0] <= f.Start && f.End <= sp[1] {
				inside = true
				break
			}
		}
		if !inside {
			out = append(out, f)
		}
	}
	return out
}

// neutralize returns p with veil's own markers overwritten with 'x' (same
// length, so offsets hold), or p itself when it has none: a marker's type
// name ("PHONE_NUMBER_k1_...") must not serve as a context word for the
// values around it, or a second pass would find what the first did not.
// A run of x reads as a placeholder, never as a value ("-p xxxx host").
func neutralize(p []byte, spans [][2]int) []byte {
	if len(spans) == 0 {
		return p
	}
	q := bytes.Clone(p)
	for _, sp := range spans {
		for i := sp[0]; i < sp[1]; i++ {
			q[i] = 'x'
		}
	}
	return q
}

func isHexLower(c byte) bool { return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' }
