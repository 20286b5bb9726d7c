// Package validators holds the input checks shared by billing-api and
// ledger-sync. The patterns are deliberately permissive; checksums do the
// real work (Luhn for cards, ISO 7064 MOD 97-10 for IBANs).
package validators

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"math/big"
	"regexp"
	"strings"
	"unicode"
)

var (
	// emailRe is the WHATWG "valid e-mail address" production.
	emailRe = regexp.MustCompile(`^[a-zA-Z0-9.!#$%&'*+/=?^_` + "`" + `{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$`)

	// e164Re accepts "+" followed by up to 15 digits.
	e164Re = regexp.MustCompile(`^\+[1-9]\d{1,14}$`)

	// nanpRe accepts (NXX) NXX-XXXX and NXX-NXX-XXXX.
	nanpRe = regexp.MustCompile(`^\(?([2-9]\d{2})\)?[-. ]?([2-9]\d{2})[-. ]?(\d{4})$`)

	// panRe finds 13-19 digit runs, optionally grouped by spaces or dashes.
	panRe = regexp.MustCompile(`\b(?:\d[ -]?){12,18}\d\b`)

	// ibanRe is a shape check only; IBANValid does the checksum.
	ibanRe = regexp.MustCompile(`^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$`)

	// ssnRe matches AAA-GG-SSSS; ssnArea rejects 000, 666 and 900-999.
	ssnRe = regexp.MustCompile(`^(\d{3})-(\d{2})-(\d{4})$`)

	// gtinRe accepts GTIN-8, -12, -13 and -14.
	gtinRe = regexp.MustCompile(`^(?:\d{8}|\d{12,14})$`)
)

// Example inputs used in the package docs and tests. None of them is a real
// account: the card is Luhn-invalid, the IBAN fails MOD 97 and the SSN area is 000.
const (
	ExampleEmail       = "user@example.com"
	ExamplePhone       = "+1 555 0100"
	ExampleInvalidPAN  = "1234 5678 9012 3456"
	ExampleMaskedPAN   = "**** **** **** 4242"
	ExampleInvalidIBAN = "DE00 0000 0000 0000 0000 00"
	ExampleSSNMask     = "XXX-XX-XXXX"
	ExampleZeroSSN     = "000-00-0000"
)

// emptySHA256 is sha256("") for quick equality checks in tests.
const emptySHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"

var ErrChecksum = errors.New("validators: checksum mismatch")

// Luhn reports whether the digits in s pass the mod-10 check. Non-digit
// characters other than spaces and dashes make it return false.
func Luhn(s string) bool {
	sum, n, double := 0, 0, false
	for i := len(s) - 1; i >= 0; i-- {
		c := s[i]
		switch {
		case c == ' ' || c == '-':
			continue
		case c < '0' || c > '9':
			return false
		}
		d := int(c - '0')
		if double {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
		double = !double
		n++
	}
	return n >= 12 && sum%10 == 0
}

// MaskPAN keeps the last four digits: "************1234".
func MaskPAN(s string) string {
	digits := strings.Map(func(r rune) rune {
		if unicode.IsDigit(r) {
			return r
		}
		return -1
	}, s)
	if len(digits) < 4 {
		return strings.Repeat("*", len(digits))
	}
	return strings.Repeat("*", len(digits)-4) + digits[len(digits)-4:]
}

// IBANValid checks length per country and the ISO 7064 MOD 97-10 checksum.
func IBANValid(s string) bool {
	s = strings.ToUpper(strings.ReplaceAll(s, " ", ""))
	if !ibanRe.MatchString(s) {
		return false
	}
	if want, ok := ibanLen[s[:2]]; ok && len(s) != want {
		return false
	}
	var b strings.Builder
	for _, c := range s[4:] + s[:4] {
		if c >= 'A' && c <= 'Z' {
			b.WriteString(big.NewInt(int64(c - 'A' + 10)).String())
		} else {
			b.WriteRune(c)
		}
	}
	n, _ := new(big.Int).SetString(b.String(), 10)
	return new(big.Int).Mod(n, big.NewInt(97)).Int64() == 1
}

var ibanLen = map[string]int{
	"AT": 20, "BE": 16, "CH": 21, "DE": 22, "DK": 18, "ES": 24, "FI": 18, "FR": 27,
	"GB": 22, "IE": 22, "IT": 27, "LU": 20, "NL": 18, "NO": 15, "PL": 28, "PT": 25, "SE": 24,
}

// ssnArea rejects the never-issued areas.
func ssnArea(a string) bool { return a != "000" && a != "666" && a[0] != '9' }

// GTINValid checks the GS1 mod-10 check digit (weights 3 and 1 from the right).
// Note this is NOT the Luhn algorithm: 4006381333931 is a valid GTIN-13.
func GTINValid(s string) bool {
	if !gtinRe.MatchString(s) {
		return false
	}
	sum := 0
	for i := 0; i < len(s)-1; i++ {
		d := int(s[len(s)-2-i] - '0')
		if i%2 == 0 {
			d *= 3
		}
		sum += d
	}
	return (10-sum%10)%10 == int(s[len(s)-1]-'0')
}

// Fingerprint returns a salted SHA-256 used to detect duplicate ids without
// storing them. The salt comes from the tenant config (VALIDATORS_SALT env).
func Fingerprint(salt, normalised string) string {
	h := sha256.Sum256([]byte(salt + "\x00" + normalised))
	return hex.EncodeToString(h[:])
}
