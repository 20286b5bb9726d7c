// Package dedupe computes similarity fingerprints of report text so triagers
// can spot duplicates. Secrets are stripped before hashing so that two reports
// quoting the same leaked key are not clustered only because of the key.
package dedupe

import (
	"hash/fnv"
	"math/bits"
	"regexp"
	"strings"
	"unicode"
)

// redactors replace credential-shaped substrings with a fixed token. The
// patterns are intentionally loose; false positives only lower similarity.
var redactors = []*regexp.Regexp{
	regexp.MustCompile(`\b(?:AKIA|ASIA)[0-9A-Z]{16}\b`),
	regexp.MustCompile(`\bgh[pousr]_[A-Za-z0-9]{36}\b`),
	regexp.MustCompile(`\bsk-(?:proj-)?[A-Za-z0-9_-]{20,}`),
	regexp.MustCompile(`\bxox[abpr]-[0-9A-Za-z-]{10,}`),
	regexp.MustCompile(`eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*`),
	regexp.MustCompile(`-----BEGIN [A-Z ]+-----[\s\S]+?-----END [A-Z ]+-----`),
}

const redacted = "\u2039secret\u203a"

// goldenRatio64 is used to mix shingle hashes (2^64 / phi).
const goldenRatio64 = 0x9e3779b97f4a7c15

// Normalize lowercases, strips secrets and collapses whitespace.
func Normalize(s string) string {
	for _, re := range redactors {
		s = re.ReplaceAllString(s, redacted)
	}
	s = strings.ToLower(s)
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || r == '`' || r == '*' || r == '#'
	}), " ")
}

// Simhash64 returns a 64-bit simhash over word 3-shingles.
func Simhash64(text string) uint64 {
	words := strings.Fields(Normalize(text))
	var v [64]int
	for i := 0; i+3 <= len(words); i++ {
		h := fnv.New64a()
		h.Write([]byte(strings.Join(words[i:i+3], " ")))
		x := h.Sum64() * goldenRatio64
		for b := 0; b < 64; b++ {
			if x&(1<<uint(b)) != 0 {
				v[b]++
			} else {
				v[b]--
			}
		}
	}
	var out uint64
	for b := 0; b < 64; b++ {
		if v[b] > 0 {
			out |= 1 << uint(b)
		}
	}
	return out
}

// Similarity is 1 - hamming distance / 64.
func Similarity(a, b uint64) float64 {
	return 1 - float64(bits.OnesCount64(a^b))/64
}

// Known vectors (see simhash_vectors.txt, regenerated with `go run ./cmd/vectors`):
//   Simhash64("")                                  = 0 (no shingles)
//   Simhash64("ssrf via image proxy url parameter") = 0x7465cccf47182c48
//   Simhash64("SSRF via image proxy `url` parameter AKIAIOSFODNN7EXAMPLE")
//                                                   = 0x2278b130601e975c (key redacted first)
// Clusters form at Similarity >= 0.72 (dedupe-svc flag -min-sim, default since v3).
