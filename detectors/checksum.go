package detectors

import (
	"bytes"
	"hash/crc32"
)

// This file holds the validators that recompute a check digit or check a
// number against its issuing scheme. They confirm a value whose check
// passes and reject one whose check fails: a checksum is the strongest
// evidence a validator can give either way.

// isDigit reports whether b is an ASCII digit.
func isDigit(b byte) bool { return '0' <= b && b <= '9' }

// upper folds an ASCII lower-case letter to upper case.
func upper(b byte) byte {
	if 'a' <= b && b <= 'z' {
		return b - ('a' - 'A')
	}
	return b
}

// luhnValidator checks the Luhn (mod 10) check digit used by payment cards,
// IMEIs and several national identifiers.
type luhnValidator struct{}

func (luhnValidator) Name() string { return "luhn" }

// Validate rejects a value that is not digits (spaces and dashes aside) or
// whose Luhn check fails, and confirms it otherwise.
func (luhnValidator) Validate(c Candidate) Outcome {
	v := c.Value()
	sum, n := 0, 0
	// Walk from the right: the check digit is the last one, and every
	// second digit left of it is doubled.
	for i := len(v) - 1; i >= 0; i-- {
		b := v[i]
		if b == ' ' || b == '-' {
			continue
		}
		if !isDigit(b) {
			return Outcome{Verdict: Reject}
		}
		d := int(b - '0')
		if n%2 == 1 {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
		n++
	}
	// One digit is only a check digit with nothing to check.
	if n < 2 || sum%10 != 0 {
		return Outcome{Verdict: Reject}
	}
	return Outcome{Verdict: Confirm}
}

// luhnDigits reports whether the digits d pass the Luhn check.
func luhnDigits(d []byte) bool {
	sum := 0
	for i := len(d) - 1; i >= 0; i-- {
		x := int(d[i])
		if (len(d)-1-i)%2 == 1 {
			x *= 2
			if x > 9 {
				x -= 9
			}
		}
		sum += x
	}
	return sum%10 == 0
}

// lens is a set of card number lengths, one bit per length.
type lens uint32

// lengths returns the set of the given lengths.
func lengths(ns ...int) lens {
	var l lens
	for _, n := range ns {
		l |= 1 << n
	}
	return l
}

// lengthRange returns the set of lengths lo..hi.
func lengthRange(lo, hi int) lens {
	var l lens
	for n := lo; n <= hi; n++ {
		l |= 1 << n
	}
	return l
}

// iinRange is one issuer identification number range: numbers whose first
// digits (as many as lo and hi have) lie in [lo, hi] and whose length is in
// lens belong to the scheme.
type iinRange struct {
	digits int // how many leading digits lo and hi cover
	lo, hi int
	lens   lens
	scheme string // for readers of the table; not reported
}

// iinRanges lists the issuer ranges of the card schemes a DLP engine meets.
// A Luhn-valid digit string outside all of them is more likely an order or
// account number than a card, so the card validator rejects it.
var iinRanges = []iinRange{
	{1, 4, 4, lengths(13, 16, 19), "visa"},
	{2, 51, 55, lengths(16), "mastercard"},
	{4, 2221, 2720, lengths(16), "mastercard"},
	{2, 34, 34, lengths(15), "amex"},
	{2, 37, 37, lengths(15), "amex"},
	{4, 6011, 6011, lengthRange(16, 19), "discover"},
	{3, 644, 649, lengthRange(16, 19), "discover"},
	{2, 65, 65, lengthRange(16, 19), "discover"},
	{6, 622126, 622925, lengthRange(16, 19), "discover"},
	{4, 3528, 3589, lengthRange(16, 19), "jcb"},
	{3, 300, 305, lengthRange(14, 19), "diners"},
	{2, 36, 36, lengthRange(14, 19), "diners"},
	{2, 38, 39, lengthRange(14, 19), "diners"},
	{2, 62, 62, lengthRange(16, 19), "unionpay"},
	// Maestro lives in scattered ranges and allows short numbers.
	{4, 5018, 5018, lengthRange(12, 19), "maestro"},
	{4, 5020, 5020, lengthRange(12, 19), "maestro"},
	{4, 5038, 5038, lengthRange(12, 19), "maestro"},
	{4, 5893, 5893, lengthRange(12, 19), "maestro"},
	{4, 6304, 6304, lengthRange(12, 19), "maestro"},
	{4, 6703, 6703, lengthRange(12, 19), "maestro"}, // Bancontact (Belgium)
	{4, 6759, 6759, lengthRange(12, 19), "maestro"},
	{4, 6761, 6763, lengthRange(12, 19), "maestro"},
	// Mir (Russia) and RuPay (India) issue hundreds of millions of cards;
	// leaving them out would make their numbers invisible.
	{4, 2200, 2204, lengthRange(16, 19), "mir"},
	{2, 60, 60, lengths(16), "rupay"},
	// Elo (Brazil) ranges outside the schemes above (its 65 ranges are
	// Discover's, its 4 ranges Visa's, 627780 UnionPay's 62).
	{6, 504175, 504175, lengths(16), "elo"},
	{6, 506699, 506778, lengths(16), "elo"},
	{3, 509, 509, lengths(16), "elo"},
	{6, 636297, 636297, lengths(16), "elo"},
	{6, 636368, 636368, lengths(16), "elo"},
	{3, 508, 508, lengths(16), "rupay"},
	{2, 81, 82, lengths(16), "rupay"},
}

// maxCardDigits is the longest card number (ISO/IEC 7812).
const maxCardDigits = 19

// cardValidator checks a payment card number: Luhn, a known issuer range
// with a length that issuer uses, and a consistent written form.
type cardValidator struct{}

func (cardValidator) Name() string { return "card_iin" }

// Validate confirms a plausible card number and rejects anything else.
// Public test numbers (4111 1111 1111 1111) pass: they are real numbers in
// shape, and dropping them is the allowlist's job, not the checksum's.
func (cardValidator) Validate(c Candidate) Outcome {
	v := c.Value()
	// Digits after a decimal point are a fraction (c2: 0.2568692839860636);
	// digits glued to a word by '-' or '_' are an identifier's
	// (testcase-minimized-hb-fuzzer-5229304507138048).
	if p := c.Payload; c.Start >= 2 && (p[c.Start-1] == '.' && isDigit(p[c.Start-2]) ||
		(p[c.Start-1] == '-' || p[c.Start-1] == '_') && isLetter(p[c.Start-2])) {
		return Outcome{Verdict: Reject}
	}
	var d [maxCardDigits]byte
	n := 0
	var sep byte // the one separator the value uses, 0 if none yet
	prevSep := true
	for _, b := range v {
		switch {
		case isDigit(b):
			if n == len(d) {
				return Outcome{Verdict: Reject}
			}
			d[n] = b - '0'
			n++
			prevSep = false
		case b == ' ' || b == '-':
			// People write a number with one separator throughout;
			// "4111-1111 1111" or "4111--1111" is two numbers or noise.
			if prevSep || (sep != 0 && b != sep) {
				return Outcome{Verdict: Reject}
			}
			sep = b
			prevSep = true
		default:
			return Outcome{Verdict: Reject}
		}
	}
	if n == 0 || prevSep {
		return Outcome{Verdict: Reject}
	}
	// Grouped, a card is written in groups of three to six digits
	// (4-4-4-4, 4-6-5, 4-4-4-4-3); two groups of eight are two words of
	// a hex dump (52525210 52525218).
	if sep != 0 && !cardGroups(v, sep) {
		return Outcome{Verdict: Reject}
	}
	// A decimal point and a digit after it: a float's integer part
	// ($4503601774854144.0 in an assembler test).
	if p := c.Payload; c.End+1 < len(p) && p[c.End] == '.' && isDigit(p[c.End+1]) {
		return Outcome{Verdict: Reject}
	}
	digits := d[:n]
	if allSame(digits) || !knownIIN(digits) || !luhnDigits(digits) {
		return Outcome{Verdict: Reject}
	}
	if sep == 0 && luhnChance(c.Payload, c.Start, c.End, digits) || sep != 0 && inGroupRun(c.Payload, c.Start, c.End, sep) {
		return Outcome{Verdict: Reject}
	}
	if sep == 0 && n > 16 && !longCardContext(c.Payload, c.Start, c.End) {
		return Outcome{Verdict: Reject}
	}
	return Outcome{Verdict: Confirm}
}

// cardWords name a payment card, in the languages of the rules' samples.
var cardWords = lowerWords([]string{
	"card", "cards", "cardnumber", "card_number", "cc", "ccnum", "pan", "visa", "mastercard", "unionpay", "union pay",
	"jcb", "discover", "diners", "maestro", "mir", "rupay", "credit", "debit", "payment", "tarjeta", "tarjetas",
	"carte", "cartes", "karte", "kreditkarte", "carta", "cartão", "cartao", "kaart", "karta", "kart", "银联", "卡号",
})

// longCardContext reports whether an unseparated number of 17 to 19 digits
// stands where a card number is meant: a card word shortly before or after
// it or in its column's header, or a card of 13 to 16 digits near it (a
// list of cards; a longer neighbour would prove nothing, being of the same
// doubtful kind). Such long cards are rare, while 17- to 19-digit numbers are
// everywhere (64-bit integers, nanosecond timestamps, snowflake ids, a
// float's bits in a test suite), and one in ten of them passes Luhn.
func longCardContext(p []byte, start, end int) bool {
	if hasWord(p, max(0, start-96), start, cardWords) || hasWord(p, end, min(len(p), end+48), cardWords) ||
		columnHeader(p, start, cardWords) || htmlColumnHeader(p, start, cardWords) {
		return true
	}
	// a card of the usual lengths near it, plain or grouped by ' ' or '-'
	lo, hi := max(0, start-luhnWindow), min(len(p), end+luhnWindow)
	for i := lo; i < hi; {
		if !isDigit(p[i]) || i > 0 && isAlnum(p[i-1]) {
			i++
			continue
		}
		var d [maxCardDigits]byte
		n, j := 0, i
		for j < len(p) && n <= maxCardDigits {
			if isDigit(p[j]) {
				if n < len(d) {
					d[n] = p[j] - '0'
				}
				n++
				j++
				continue
			}
			if (p[j] == ' ' || p[j] == '-') && j+1 < len(p) && isDigit(p[j+1]) && n > 0 && isDigit(p[j-1]) {
				j++
				continue
			}
			break
		}
		if i != start && n >= 13 && n <= 16 && (j == len(p) || !isAlnum(p[j])) && knownIIN(d[:n]) && luhnDigits(d[:n]) {
			return true
		}
		i = max(j, i+1)
	}
	return false
}

// cardGroups reports whether v, a number with separator sep, has at least
// three groups of at most six digits.
func cardGroups(v []byte, sep byte) bool {
	groups, run := 1, 0
	for _, b := range v {
		if b == sep {
			groups, run = groups+1, 0
			continue
		}
		if run++; run > 6 {
			return false
		}
	}
	return groups >= 3
}

// inGroupRun reports whether the separated number payload[start:end] is
// part of a longer run of four-character groups joined by sep: a table of
// code points or a hex dump ("5351 5366 5377 5378 5379"). That is, on
// either side, a group of four hex characters holding a letter, or two
// more groups. A card's expiry next to it ("4111 1111 1111 1111 0426",
// "exp 0426 4111 ...") is one group and stays a card.
func inGroupRun(p []byte, start, end int, sep byte) bool {
	group := func(i int) (ok, letter bool) {
		if i < 0 || i+4 > len(p) {
			return false, false
		}
		for _, b := range p[i : i+4] {
			if !isHex(b) {
				return false, false
			}
			letter = letter || !isDigit(b)
		}
		return true, letter
	}
	bounded := func(i int) bool { return i < 0 || i >= len(p) || !isAlnum(p[i]) }
	if start >= 5 && p[start-1] == sep {
		// a group with a hex letter, or two groups ("0426 4111 ..." may be
		// an expiry written before the number)
		ok, letter := group(start - 5)
		if ok && letter && bounded(start-6) {
			return true
		}
		if ok && start >= 10 && p[start-6] == sep {
			if ok2, _ := group(start - 10); ok2 && bounded(start-11) {
				return true
			}
		}
	}
	if end < len(p) && p[end] == sep {
		ok, letter := group(end + 1)
		if !ok || !(bounded(end+5) || p[end+5] == sep) {
			return false
		}
		if letter {
			return true
		}
		if end+5 < len(p) && p[end+5] == sep {
			if ok, _ := group(end + 6); ok && bounded(end+10) {
				return true
			}
		}
	}
	return false
}

// luhnWindow is how far luhnChance looks on each side of a number.
const luhnWindow = 320

// luhnChance reports whether the unseparated number payload[start:end]
// (digits d) passes the Luhn check by chance: near it stand at least three
// other numbers of the same length, all with its first four digits or all
// in some card issuer's range, that fail the check more than twice as
// often as they pass. (Two failing ones may be tokens a vault made of the
// card, keeping its first digits.) One in ten numbers of a
// column of ids or codes (stroke-order codes of a collation table,
// tracking numbers, 64-bit integers of a test suite) passes Luhn; a list
// of cards passes it throughout.
func luhnChance(p []byte, start, end int, d []byte) bool {
	lo, hi := max(0, start-luhnWindow), min(len(p), end+luhnWindow)
	pass, fail := 0, 0       // same length and first four digits
	anyPass, anyFail := 0, 0 // same length
	for i := lo; i < hi; {
		if !isDigit(p[i]) {
			i++
			continue
		}
		// a run longer than a card is cut at the window's end: its length
		// is already past any card's
		j, limit := i, min(len(p), hi+maxCardDigits+1)
		for j < limit && isDigit(p[j]) {
			j++
		}
		// the same number again (a card repeated in a log line) says nothing
		if i != start && j-i == len(d) && (i == 0 || !isLetter(p[i-1])) && !bytes.Equal(p[i:j], p[start:end]) {
			same := true
			for k := 0; k < 4; k++ {
				if p[i+k]-'0' != d[k] {
					same = false
					break
				}
			}
			var nd [maxCardDigits]byte
			for k := i; k < j; k++ {
				nd[k-i] = p[k] - '0'
			}
			ok := luhnDigits(nd[:j-i])
			switch {
			case same && ok:
				pass++
			case same:
				fail++
			}
			switch {
			case !knownIIN(nd[:j-i]):
			case ok:
				anyPass++
			default:
				anyFail++
			}
		}
		i = j
	}
	return fail >= 3 && fail > 2*pass || anyFail >= 3 && anyFail > 2*anyPass
}

// allSame reports whether every byte of b equals the first.
func allSame(b []byte) bool {
	for _, x := range b {
		if x != b[0] {
			return false
		}
	}
	return true
}

// knownIIN reports whether the card digits d fall in an issuer range with a
// length that issuer uses.
func knownIIN(d []byte) bool {
	var prefix [7]int // prefix[k] is the number formed by the first k digits
	for k := 1; k < len(prefix) && k <= len(d); k++ {
		prefix[k] = prefix[k-1]*10 + int(d[k-1])
	}
	for _, r := range iinRanges {
		if r.digits > len(d) || r.lens&(1<<len(d)) == 0 {
			continue
		}
		if p := prefix[r.digits]; r.lo <= p && p <= r.hi {
			return true
		}
	}
	return false
}

// ibanLengths is the IBAN length of every country in the SWIFT IBAN
// registry. French overseas territories and the Crown Dependencies use the
// FR and GB codes, so they need no entries of their own.
var ibanLengths = map[[2]byte]int{
	{'A', 'D'}: 24, {'A', 'E'}: 23, {'A', 'L'}: 28, {'A', 'T'}: 20, {'A', 'Z'}: 28,
	{'B', 'A'}: 20, {'B', 'E'}: 16, {'B', 'G'}: 22, {'B', 'H'}: 22, {'B', 'I'}: 27,
	{'B', 'R'}: 29, {'B', 'Y'}: 28, {'C', 'H'}: 21, {'C', 'R'}: 22, {'C', 'Y'}: 28,
	{'C', 'Z'}: 24, {'D', 'E'}: 22, {'D', 'J'}: 27, {'D', 'K'}: 18, {'D', 'O'}: 28,
	{'E', 'E'}: 20, {'E', 'G'}: 29, {'E', 'S'}: 24, {'F', 'I'}: 18, {'F', 'K'}: 18,
	{'F', 'O'}: 18, {'F', 'R'}: 27, {'G', 'B'}: 22, {'G', 'E'}: 22, {'G', 'I'}: 23,
	{'G', 'L'}: 18, {'G', 'R'}: 27, {'G', 'T'}: 28, {'H', 'N'}: 28, {'H', 'R'}: 21,
	{'H', 'U'}: 28, {'I', 'E'}: 22, {'I', 'L'}: 23, {'I', 'Q'}: 23, {'I', 'S'}: 26,
	{'I', 'T'}: 27, {'J', 'O'}: 30, {'K', 'W'}: 30, {'K', 'Z'}: 20, {'L', 'B'}: 28,
	{'L', 'C'}: 32, {'L', 'I'}: 21, {'L', 'T'}: 20, {'L', 'U'}: 20, {'L', 'V'}: 21,
	{'L', 'Y'}: 25, {'M', 'C'}: 27, {'M', 'D'}: 24, {'M', 'E'}: 22, {'M', 'K'}: 19,
	{'M', 'N'}: 20, {'M', 'R'}: 27, {'M', 'T'}: 31, {'M', 'U'}: 30, {'N', 'I'}: 28,
	{'N', 'L'}: 18, {'N', 'O'}: 15, {'O', 'M'}: 23, {'P', 'K'}: 24, {'P', 'L'}: 28,
	{'P', 'S'}: 29, {'P', 'T'}: 25, {'Q', 'A'}: 29, {'R', 'O'}: 24, {'R', 'S'}: 22,
	{'R', 'U'}: 33, {'S', 'A'}: 24, {'S', 'C'}: 31, {'S', 'D'}: 18, {'S', 'E'}: 24,
	{'S', 'I'}: 19, {'S', 'K'}: 24, {'S', 'M'}: 27, {'S', 'O'}: 23, {'S', 'T'}: 25,
	{'S', 'V'}: 28, {'T', 'L'}: 23, {'T', 'N'}: 24, {'T', 'R'}: 26, {'U', 'A'}: 29,
	{'V', 'A'}: 22, {'V', 'G'}: 24, {'X', 'K'}: 20, {'Y', 'E'}: 30,
}

// maxIBAN is the longest IBAN ISO 13616 allows.
const maxIBAN = 34

// ibanValidator checks an IBAN: the registry length of its country and the
// ISO 7064 mod-97 check.
type ibanValidator struct{}

func (ibanValidator) Name() string { return "iban" }

// Validate confirms an IBAN whose length and check digits are right, in
// paper form (groups of four) or electronic form, and rejects the rest.
func (ibanValidator) Validate(c Candidate) Outcome {
	var s [maxIBAN]byte
	n := 0
	for _, b := range c.Value() {
		if b == ' ' {
			continue
		}
		b = upper(b)
		if !isDigit(b) && (b < 'A' || b > 'Z') || n == len(s) {
			return Outcome{Verdict: Reject}
		}
		s[n] = b
		n++
	}
	if n < 5 || !isUpper(s[0]) || !isUpper(s[1]) || !isDigit(s[2]) || !isDigit(s[3]) {
		return Outcome{Verdict: Reject}
	}
	if want, ok := ibanLengths[[2]byte{s[0], s[1]}]; !ok || n != want {
		return Outcome{Verdict: Reject}
	}
	if !ibanChecks(s[:n]) {
		return Outcome{Verdict: Reject}
	}
	return Outcome{Verdict: Confirm}
}

// ibanChecks reports whether an IBAN (upper case, no blanks) passes ISO
// 7064 mod 97: the number formed by moving the first four characters to
// the end and writing letters as 10..35, computed digit by digit so it
// never overflows, leaves 1.
func ibanChecks(s []byte) bool {
	n, rem := len(s), 0
	for i := 4; i < n+4; i++ {
		b := s[i%n]
		if isDigit(b) {
			rem = (rem*10 + int(b-'0')) % 97
		} else {
			rem = (rem*100 + int(b-'A') + 10) % 97
		}
	}
	return rem == 1
}

// nrbValidator checks a Polish account number (NRB) written without its
// country code, as Polish letters, invoices and bank statements print it:
// 26 digits, often as 2 + 6 groups of four, that make a valid IBAN once
// "PL" is put before them.
type nrbValidator struct{}

func (nrbValidator) Name() string { return "nrb" }

// Validate confirms 26 digits (spaces between groups allowed) whose IBAN
// with PL passes mod 97, and rejects anything else.
func (nrbValidator) Validate(c Candidate) Outcome {
	iban := [28]byte{'P', 'L'}
	n := 2
	for _, b := range c.Value() {
		switch {
		case b == ' ':
		case isDigit(b) && n < len(iban):
			iban[n] = b
			n++
		default:
			return Outcome{Verdict: Reject}
		}
	}
	if n != len(iban) || !ibanChecks(iban[:]) {
		return Outcome{Verdict: Reject}
	}
	return Outcome{Verdict: Confirm}
}

// isUpper reports whether b is an ASCII upper-case letter.
func isUpper(b byte) bool { return 'A' <= b && b <= 'Z' }

// splitNine reads a nine-digit identifier written as 3-2-4 with one kind of
// separator (dash or space) or none, the way SSNs and ITINs are written.
func splitNine(v []byte) (d [9]byte, ok bool) {
	n := 0
	var sep byte
	seps := 0
	for i, b := range v {
		switch {
		case isDigit(b):
			if n == len(d) {
				return d, false
			}
			d[n] = b - '0'
			n++
		case b == '-' || b == ' ':
			// A separator may only sit after the third and fifth digit,
			// and both must be the same: "123-45 6789" is not an SSN.
			if (n != 3 && n != 5) || (sep != 0 && b != sep) || i > 0 && !isDigit(v[i-1]) {
				return d, false
			}
			sep = b
			seps++
		default:
			return d, false
		}
	}
	return d, n == 9 && (seps == 0 || seps == 2)
}

// ssnValidator checks a US Social Security number against the SSA's
// assignment rules and the numbers that are known not to be anyone's.
type ssnValidator struct{}

func (ssnValidator) Name() string { return "us_ssn" }

// Validate rejects numbers the SSA never issues (area 000, 666 or 9xx,
// group 00, serial 0000), the numbers printed in advertising and
// documentation, and repeated digits; it confirms the rest.
func (ssnValidator) Validate(c Candidate) Outcome {
	d, ok := splitNine(c.Value())
	if !ok {
		return Outcome{Verdict: Reject}
	}
	// A dashed group of digits glued on either side makes it part of a
	// longer id (a cell global identity, 621-45-2104-31842).
	if p := c.Payload; c.End+1 < len(p) && p[c.End] == '-' && isDigit(p[c.End+1]) ||
		c.Start >= 2 && p[c.Start-1] == '-' && isDigit(p[c.Start-2]) {
		return Outcome{Verdict: Reject}
	}
	area := int(d[0])*100 + int(d[1])*10 + int(d[2])
	group := int(d[3])*10 + int(d[4])
	serial := int(d[5])*1000 + int(d[6])*100 + int(d[7])*10 + int(d[8])
	if area == 0 || area == 666 || area >= 900 || group == 0 || serial == 0 {
		return Outcome{Verdict: Reject}
	}
	// 078-05-1120 was printed on a sample card sold in wallets (1938),
	// 219-09-9999 in an SSA pamphlet; 123-45-6789 is what people type.
	switch {
	case area == 78 && group == 5 && serial == 1120,
		area == 219 && group == 9 && serial == 9999,
		area == 123 && group == 45 && serial == 6789,
		allSame(d[:]):
		return Outcome{Verdict: Reject}
	}
	return Outcome{Verdict: Confirm}
}

// itinValidator checks a US Individual Taxpayer Identification Number.
type itinValidator struct{}

func (itinValidator) Name() string { return "us_itin" }

// Validate confirms a nine-digit number that starts with 9 and whose middle
// digits are in the ranges the IRS assigns to ITINs (50-65, 70-88, 90-92,
// 94-99); other 9xx numbers are EINs' or nobody's.
func (itinValidator) Validate(c Candidate) Outcome {
	d, ok := splitNine(c.Value())
	if !ok || d[0] != 9 || d == [9]byte{9, 9, 9, 9, 9, 9, 9, 9, 9} {
		return Outcome{Verdict: Reject} // 999-99-9999 is filler
	}
	switch g := int(d[3])*10 + int(d[4]); {
	case 50 <= g && g <= 65, 70 <= g && g <= 88, 90 <= g && g <= 92, 94 <= g && g <= 99:
		return Outcome{Verdict: Confirm}
	}
	return Outcome{Verdict: Reject}
}

// base62Value returns the value of one digit of GitHub's base62 alphabet
// (0-9, A-Z, a-z), or -1.
func base62Value(b byte) int {
	switch {
	case isDigit(b):
		return int(b - '0')
	case isUpper(b):
		return int(b-'A') + 10
	case 'a' <= b && b <= 'z':
		return int(b-'a') + 36
	}
	return -1
}

// GitHub's classic token layout: a four-byte prefix, 30 random base62
// characters, and the CRC-32 of those 30 characters in 6 base62 digits.
const (
	ghPrefixLen   = 4
	ghRandomLen   = 30
	ghChecksumLen = 6
	ghTokenLen    = ghPrefixLen + ghRandomLen + ghChecksumLen
)

// githubCRCValidator checks the checksum GitHub embeds in its classic
// tokens (ghp_, gho_, ghu_, ghs_, ghr_), so a token-shaped string that
// GitHub never issued is rejected without calling GitHub.
type githubCRCValidator struct{}

func (githubCRCValidator) Name() string { return "github_crc32" }

// Validate confirms a token whose last six characters are the base62
// CRC-32 (IEEE) of its random part, left-padded with '0', lowers the
// confidence of one whose checksum does not match, and rejects values of
// other shapes: the rule that asks for this validator claims a classic
// token.
func (githubCRCValidator) Validate(c Candidate) Outcome {
	v := c.Value()
	if len(v) != ghTokenLen || v[0] != 'g' || v[1] != 'h' || v[3] != '_' {
		return Outcome{Verdict: Reject}
	}
	switch v[2] {
	case 'p', 'o', 'u', 's', 'r':
	default:
		return Outcome{Verdict: Reject}
	}
	random := v[ghPrefixLen : ghPrefixLen+ghRandomLen]
	for _, b := range random {
		if base62Value(b) < 0 {
			return Outcome{Verdict: Reject}
		}
	}
	// Decode instead of encoding the CRC: no buffer, and 62^6 > 2^32, so
	// a checksum too large for 32 bits simply fails to compare equal.
	var sum uint64
	for _, b := range v[ghPrefixLen+ghRandomLen:] {
		x := base62Value(b)
		if x < 0 {
			return Outcome{Verdict: Reject}
		}
		sum = sum*62 + uint64(x)
	}
	if sum != uint64(crc32.ChecksumIEEE(random)) {
		// GitHub never issued it: a hand-made fixture or a mistyped copy,
		// but still a token-shaped value in a GitHub token's place, which
		// a leak would look like too. Reported with less confidence.
		return Outcome{Delta: ghChecksumMissDelta}
	}
	return Outcome{Verdict: Confirm}
}

// ghChecksumMissDelta is the confidence a GitHub token-shaped value loses
// when its checksum does not match.
const ghChecksumMissDelta = -0.25

// ninoValidator checks a UK National Insurance number against HMRC's
// allocation rules.
type ninoValidator struct{}

func (ninoValidator) Name() string { return "uk_nino" }

// Validate confirms two prefix letters, six digits and a suffix A-D, with
// spaces anywhere, when HMRC could have issued the prefix: D, F, I, Q, U
// and V are never used, O never second, and BG, GB, NK, KN, TN, NT and ZZ
// are not allocated.
func (ninoValidator) Validate(c Candidate) Outcome {
	var s [9]byte
	n := 0
	for _, b := range c.Value() {
		if b == ' ' {
			continue
		}
		if n == len(s) {
			return Outcome{Verdict: Reject}
		}
		s[n] = upper(b)
		n++
	}
	if n != len(s) || !isUpper(s[0]) || !isUpper(s[1]) || s[8] < 'A' || s[8] > 'D' {
		return Outcome{Verdict: Reject}
	}
	for _, b := range s[2:8] {
		if !isDigit(b) {
			return Outcome{Verdict: Reject}
		}
	}
	for _, b := range s[:2] {
		switch b {
		case 'D', 'F', 'I', 'Q', 'U', 'V':
			return Outcome{Verdict: Reject}
		}
	}
	if s[1] == 'O' {
		return Outcome{Verdict: Reject}
	}
	switch string(s[:2]) {
	case "BG", "GB", "NK", "KN", "TN", "NT", "ZZ":
		return Outcome{Verdict: Reject}
	}
	// A part number glued to a word by '-' (an "MC146818A-compatible"
	// clock chip; "\-" in a man page's source) names a product.
	p, i := c.Payload, c.End
	if i < len(p) && p[i] == '\\' {
		i++
	}
	if i+1 < len(p) && p[i] == '-' && isLetter(p[i+1]) {
		return Outcome{Verdict: Reject}
	}
	return Outcome{Verdict: Confirm}
}

// bitlockerValidator checks a BitLocker recovery password: eight blocks of
// six digits, each a multiple of 11 below 720896 (the block divided by 11
// is 16 bits of the 128-bit key). A random 48-digit run passes with a
// chance of about 1 in 3x10^9 ((65536/10^6)^8).
type bitlockerValidator struct{}

func (bitlockerValidator) Name() string { return "bitlocker" }

func (bitlockerValidator) Validate(c Candidate) Outcome {
	v := c.Value()
	if len(v) != 8*6+7 {
		return Outcome{Verdict: Reject}
	}
	for i := 0; i < 8; i++ {
		block := v[i*7 : i*7+6]
		if i < 7 && v[i*7+6] != '-' {
			return Outcome{Verdict: Reject}
		}
		n := 0
		for _, b := range block {
			if !isDigit(b) {
				return Outcome{Verdict: Reject}
			}
			n = n*10 + int(b-'0')
		}
		if n%11 != 0 || n >= 11<<16 {
			return Outcome{Verdict: Reject}
		}
	}
	return Outcome{Verdict: Confirm}
}
