package detectors

import (
	"encoding/hex"
	"math"
	"math/bits"
)

// This file holds the entropy validator, which tells generated secrets
// from words and filler by how unpredictable their bytes are.

// entropyConfirmMargin is how far above the minimum a value's entropy must
// be for the validator to confirm it rather than only let it pass.
const entropyConfirmMargin = 0.5

// entropyDelta is the confidence a value well above the minimum gains.
const entropyDelta = 0.1

// hexEntropyAllowance is how much lower the entropy bound is for a value
// of hex digits only.
const hexEntropyAllowance = 0.5

// allHex reports whether b is non-empty and all hex digits.
func allHex(b []byte) bool {
	for _, c := range b {
		if !isHex(c) {
			return false
		}
	}
	return len(b) > 0
}

// hexFiller reports whether the hex digits v are a test pattern rather
// than random bytes: the hex of printable ASCII text ("6465636f646564" is
// "decoded"), bytes counting up by one (0102030405...), or one byte
// repeated (RFC 4231's 0b0b0b... HMAC key). Random bytes are
// all printable with odds of 0.37 per byte, so eight of them nearly never.
func hexFiller(v []byte) bool {
	if len(v)%2 != 0 || len(v)/2 < minFillerBytes {
		return false
	}
	// The first maxFillerBytes bytes decide: a pattern shows in them.
	var buf [maxFillerBytes]byte
	n, err := hex.Decode(buf[:], v[:2*min(len(v)/2, maxFillerBytes)])
	if err != nil {
		return false
	}
	text, counting, same := true, true, true
	var prev byte
	for i, b := range buf[:n] {
		if b < 0x20 || b > 0x7e {
			text = false
		}
		if i > 0 && b != prev+1 {
			counting = false
		}
		if i > 0 && b != prev {
			same = false
		}
		prev = b
		if !text && !counting && !same {
			return false
		}
	}
	return true
}

// minFillerBytes and maxFillerBytes bound the bytes hexFiller judges.
const (
	minFillerBytes = 8
	maxFillerBytes = 64
)

// entropyValidator checks a value's Shannon entropy, length and variety of
// character classes.
type entropyValidator struct {
	min        float64 // bits per byte; 0 disables the check
	minLen     int
	minClasses int // of lower, upper, digit, other
}

func (entropyValidator) Name() string { return "entropy" }

// Validate rejects a value shorter than minLen, with fewer than minClasses
// character classes, or (when min is set) with entropy below min
// (hexEntropyAllowance lower for hex digits). A value
// at least entropyConfirmMargin bits above min is confirmed with
// entropyDelta; the rest get no opinion.
func (v entropyValidator) Validate(c Candidate) Outcome {
	val := c.Value()
	if len(val) < v.minLen {
		return Outcome{Verdict: Reject}
	}
	if v.minClasses > 0 && charClasses(val) < v.minClasses {
		return Outcome{Verdict: Reject}
	}
	if v.min <= 0 {
		return Outcome{}
	}
	min := v.min
	if allHex(val) {
		if hexFiller(val) {
			return Outcome{Verdict: Reject}
		}
		// Sixteen symbols cap a hex value at 4 bits per byte, and a short
		// random one falls well below that: 32 random hex digits average
		// 3.66 bits, 16 average 3.3. Bounds are set for mixed alphabets
		// (a random base62 value of 32 averages 4.6), so a hex value meets
		// a lower one.
		min -= hexEntropyAllowance
	}
	switch h := shannon(val); {
	case h < min:
		return Outcome{Verdict: Reject}
	case h >= min+entropyConfirmMargin:
		return Outcome{Verdict: Confirm, Delta: entropyDelta}
	}
	return Outcome{}
}

// shannon returns the Shannon entropy of b in bits per byte. It visits
// only the byte values b holds (a value holds a few dozen of the 256) and
// takes c·log2(c) from a table for counts up to 256.
func shannon(b []byte) float64 {
	if len(b) == 0 {
		return 0
	}
	var counts [256]uint32
	var seen [256]byte
	distinct := 0
	for _, x := range b {
		if counts[x] == 0 {
			seen[distinct] = x
			distinct++
		}
		counts[x]++
	}
	// H = log2(n) - (1/n) * sum(c * log2(c)), one division instead of n.
	n := float64(len(b))
	var sum float64
	for _, x := range seen[:distinct] {
		if k := counts[x]; k < uint32(len(xLog2x)) {
			sum += xLog2x[k]
		} else {
			f := float64(k)
			sum += f * math.Log2(f)
		}
	}
	return math.Log2(n) - sum/n
}

// xLog2x[c] is c·log2(c).
var xLog2x = func() (t [257]float64) {
	for c := 2; c < len(t); c++ {
		t[c] = float64(c) * math.Log2(float64(c))
	}
	return t
}()

// charClasses counts the classes (lower, upper, digit, other) present in b.
func charClasses(b []byte) int {
	var seen uint8
	for _, x := range b {
		if seen |= classBit[x]; seen == 0b1111 {
			break
		}
	}
	return bits.OnesCount8(seen)
}

// classBit is the bit of a byte's class for charClasses.
var classBit = func() (t [256]uint8) {
	for c := range t {
		switch x := byte(c); {
		case 'a' <= x && x <= 'z':
			t[c] = 1
		case isUpper(x):
			t[c] = 2
		case isDigit(x):
			t[c] = 4
		default:
			t[c] = 8
		}
	}
	return t
}()

// lengthValidator rejects values shorter than min or longer than max bytes
// (a zero bound is not checked). Rules use it instead of wide counted
// repetitions, which make RE2's DFA large and slow.
type lengthValidator struct{ min, max int }

func (lengthValidator) Name() string { return "length" }

// Validate implements Validator.
func (v lengthValidator) Validate(c Candidate) Outcome {
	n := c.End - c.Start
	if n < v.min || v.max > 0 && n > v.max {
		return Outcome{Verdict: Reject}
	}
	return Outcome{}
}

// mixedValidator rejects values that are not a mix of a digit and a
// character outside the hex alphabet (a letter g-z, or a symbol): a secret
// generator's output almost always is, while words, numbers, hex digests and
// UUIDs are not. Rules use it instead of regex alternations that say the
// same, which are slow in RE2's DFA.
type mixedValidator struct{}

func (mixedValidator) Name() string { return "mixed" }

// Validate implements Validator. A value holding a percent-encoded quote,
// brace, bracket, angle bracket or space is encoded JSON or text
// (state=%7B%22callToken%22%3A...%7D), never a generator's output.
func (mixedValidator) Validate(c Candidate) Outcome {
	digit, other := false, false
	v := c.Payload[c.Start:c.End]
	for i := 0; i+2 < len(v); i++ {
		if v[i] == '%' {
			switch hi, lo := v[i+1], v[i+2]|0x20; {
			case hi == '2' && (lo == '2' || lo == '0'), // " and space
				(hi == '7' || hi == '5') && (lo == 'b' || lo == 'd'), // { } [ ]
				hi == '3' && (lo == 'c' || lo == 'e'):                // < >
				return Outcome{Verdict: Reject}
			}
		}
	}
	hexLetter, dash := false, false
	for _, b := range v {
		switch {
		case b >= '0' && b <= '9':
			digit = true
		case b >= 'a' && b <= 'f', b >= 'A' && b <= 'F':
			hexLetter = true
		case b == '-':
			dash = true
		default:
			other = true
		}
	}
	if digit && other {
		return Outcome{}
	}
	// Hex of no digest's length (Plaid's 30-digit secret) is a generated
	// secret too: digests are 32, 40, 56, 64, 96 or 128 digits long, and
	// UUIDs hold dashes.
	if digit && hexLetter && !dash && len(v) >= minBareHex && !digestLength(len(v)) {
		return Outcome{}
	}
	if !digit && randomCase(v) {
		return Outcome{}
	}
	return Outcome{Verdict: Reject}
}

// randomCase reports whether v is a long run of letters whose case changes
// the way a generator's does, not the way words joined in camelCase do:
// at least 24 letters, with five or more upper-case letters after an
// upper-case one and five or more after a lower-case one (a registry token
// of letters only, kKHuJSaoNbKkOKLRIpqhktGoMdVnzzgS; an identifier like
// SomeHTTPServerConfig has too few of one or the other).
func randomCase(v []byte) bool {
	if len(v) < 24 {
		return false
	}
	uu, lu := 0, 0
	for i, b := range v {
		if !isLetter(b) {
			return false
		}
		if i > 0 && isUpper(b) {
			if isUpper(v[i-1]) {
				uu++
			} else {
				lu++
			}
		}
	}
	return uu >= 5 && lu >= 5
}

// minBareHex is the shortest hex value the mixed validator takes as a
// secret: shorter runs are ids, colours and short commit hashes.
const minBareHex = 20

// digestLength reports whether n hex digits is the length of a common
// digest (MD5, SHA-1, SHA-224, SHA-256, SHA-384, SHA-512).
func digestLength(n int) bool {
	switch n {
	case 32, 40, 56, 64, 96, 128:
		return true
	}
	return false
}
