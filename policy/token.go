package policy

import (
	"bytes"
	"encoding/base32"
	"errors"
	"fmt"
	"slices"
)

// A token is TYPE_KEYID_PAYLOAD: the finding's type (upper case, digits and
// '_'), the id of the key that made it (1-16 of a-z0-9) and the AES-SIV
// output V||C in unpadded lower-case base32 (a-z, 2-7). The type and the
// destination are the associated data, so a token restores only under the
// key, type and destination it was made for. Example:
// EMAIL_ADDRESS_k1_xq3v7ac2....
//
// Only letters, digits and '_' appear, so a token survives JSON, URLs,
// Markdown and a model rewriting the text around it.
var tokenEncoding = base32.NewEncoding("abcdefghijklmnopqrstuvwxyz234567").WithPadding(base32.NoPadding)

// minTokenPayload is the shortest payload: V alone (16 bytes) is 26 chars.
const minTokenPayload = 26

// appendToken appends the token of value to dst.
func appendToken(dst []byte, k *Key, typ, dest string, value []byte) []byte {
	sealed := k.siv.seal(make([]byte, 0, sivBlock+len(value)), value, []byte(typ), []byte(dest))
	dst = append(dst, typ...)
	dst = append(dst, '_')
	dst = append(dst, k.ID...)
	dst = append(dst, '_')
	return tokenEncoding.AppendEncode(dst, sealed)
}

// tokenSpan is a token found in text.
type tokenSpan struct {
	start, end int
	typ        string
	value      []byte // nil when it did not authenticate
	keyID      string
}

func isTypeByte(c byte) bool { return 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_' }
func isB32(c byte) bool      { return 'a' <= c && c <= 'z' || '2' <= c && c <= '7' }

// findTokens finds the tokens of keyring r in text that were made for
// destination dest. A run shaped like a token that no key authenticates is
// returned with a nil value (garbled, or made with another key or for
// another destination).
func findTokens(text []byte, r *Keyring, dest string) []tokenSpan {
	var out []tokenSpan
	if r == nil {
		return nil
	}
	for _, k := range r.keys {
		sep := []byte("_" + k.ID + "_")
		for off := 0; ; {
			i := bytes.Index(text[off:], sep)
			if i < 0 {
				break
			}
			i += off
			off = i + 1
			// The type: the run of type bytes before the separator.
			ts := i
			for ts > 0 && isTypeByte(text[ts-1]) {
				ts--
			}
			pe := i + len(sep)
			for pe < len(text) && isB32(text[pe]) {
				pe++
			}
			ps := i + len(sep)
			if i == ts || pe-ps < minTokenPayload || !('A' <= text[ts] && text[ts] <= 'Z') {
				continue
			}
			if ts > 0 && isWordByte(text[ts-1]) && !isTypeByte(text[ts-1]) {
				continue
			}
			sp := tokenSpan{start: ts, end: pe, keyID: k.ID}
			if v, typeStart, end, ok := openToken(k, text, ts, i, ps, pe, dest); ok {
				sp.start, sp.end, sp.typ, sp.value = typeStart, end, string(text[typeStart:i]), v
			} else {
				sp.typ = string(text[ts:i])
			}
			out = append(out, sp)
			off = sp.end
		}
	}
	slices.SortFunc(out, func(a, b tokenSpan) int { return a.start - b.start })
	return out
}

func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
}

// openToken tries to authenticate the token whose separator is at sep.
// Text glued to either side ("USER_EMAIL_ADDRESS_k1_..." or a payload
// followed by lower-case letters) is handled by trying shorter types (at
// '_' boundaries) and shorter payloads, longest first.
func openToken(k *Key, text []byte, ts, sep, ps, pe int, dest string) (value []byte, start, end int, ok bool) {
	var buf []byte
	for s := ts; s < sep; s++ {
		if s != ts && text[s-1] != '_' || !('A' <= text[s] && text[s] <= 'Z') {
			continue
		}
		typ := text[s:sep]
		for e, tries := pe, 0; e-ps >= minTokenPayload && tries < 64; e, tries = e-1, tries+1 {
			sealed, err := tokenEncoding.DecodeString(string(text[ps:e]))
			if err != nil {
				continue
			}
			buf, err = k.siv.open(buf[:0], sealed, typ, []byte(dest))
			if err == nil {
				return append([]byte(nil), buf...), s, e, true
			}
		}
	}
	return nil, 0, 0, false
}

// RestoreResult is the outcome of restoring the tokens in a text.
type RestoreResult struct {
	Output []byte
	// Restored counts the tokens replaced by their values.
	Restored int
	// Failed lists tokens that looked like veil tokens but did not
	// authenticate (garbled, another key or another destination); they are
	// left as they are. Offsets are into the input.
	Failed []FailedToken
}

// FailedToken is a token that could not be restored. It carries no value.
type FailedToken struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Type  string `json:"type"`
	KeyID string `json:"key_id"`
}

func (f FailedToken) String() string {
	return fmt.Sprintf("%s token at [%d,%d) (key %s)", f.Type, f.Start, f.End, f.KeyID)
}

// ErrRestoreNotAllowed is returned when the destination's policy does not
// say restore: true.
var ErrRestoreNotAllowed = errors.New("restore is not allowed for this destination (its policy does not say restore: true)")

// Restore replaces the tokens in text that were made for destination (a
// request destination, resolved like one) with their values. Tokens that
// do not authenticate are left as they are and listed in Failed; the caller
// decides whether that is an error (veil restore exits 2 when any failed).
func (p *Policy) Restore(text []byte, destination string) (*RestoreResult, error) {
	d, err := p.resolve(&Request{Destination: destination})
	if err != nil {
		return nil, err
	}
	if !d.restore {
		return nil, fmt.Errorf("destination %q (policy destination %q): %w", destination, d.name, ErrRestoreNotAllowed)
	}
	if p.keys == nil {
		return nil, errors.New("the policy names no keys")
	}
	toks := findTokens(text, p.keys, d.name)
	res := &RestoreResult{Output: make([]byte, 0, len(text))}
	last := 0
	for _, t := range toks {
		if t.start < last {
			continue
		}
		if t.value == nil {
			res.Failed = append(res.Failed, FailedToken{Start: t.start, End: t.end, Type: t.typ, KeyID: t.keyID})
			continue
		}
		res.Output = append(res.Output, text[last:t.start]...)
		res.Output = append(res.Output, t.value...)
		last = t.end
		res.Restored++
	}
	res.Output = append(res.Output, text[last:]...)
	return res, nil
}
