package detectors

import (
	"strings"
	"testing"
)

// withLuhn completes prefix to n digits with a fixed filler and a Luhn
// check digit. It is written apart from the validators' own Luhn code so
// the two check each other.
func withLuhn(prefix string, n int) string {
	digits := []byte(prefix)
	for len(digits) < n-1 {
		digits = append(digits, byte('0'+(len(digits)*7)%10))
	}
	sum := 0
	for i := len(digits) - 1; i >= 0; i-- {
		d := int(digits[i] - '0')
		if (len(digits)-i)%2 == 1 { // doubled once the check digit is appended
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
	}
	return string(append(digits, byte('0'+(10-sum%10)%10)))
}

// breakLuhn changes the last digit of a number so its Luhn check fails.
func breakLuhn(s string) string {
	last := s[len(s)-1]
	return s[:len(s)-1] + string('0'+(last-'0'+1)%10)
}

func TestLuhn(t *testing.T) {
	runValidator(t, Spec{Kind: "luhn"}, []validatorTest{
		{"visa test number", val("4111111111111111"), confirm},
		{"spaces", val("4111 1111 1111 1111"), confirm},
		{"dashes", val("4111-1111-1111-1111"), confirm},
		{"wikipedia example", val("79927398713"), confirm},
		{"imei", val("490154203237518"), confirm},
		{"in a payload", in("pay with 5555555555554444 now", "5555555555554444"), confirm},
		{"bad check digit", val("4111111111111112"), reject},
		{"wikipedia bad", val("79927398710"), reject},
		{"letter", val("4111 1111 1111 111a"), reject},
		{"dot separator", val("4111.1111.1111.1111"), reject},
		{"one digit", val("0"), reject},
		{"empty", val(""), reject},
		{"only separators", val("- -"), reject},
	})
}

func TestCardIIN(t *testing.T) {
	runValidator(t, Spec{Kind: "card_iin"}, []validatorTest{
		// Published test numbers are real in shape and must pass.
		{"visa 16", val("4111 1111 1111 1111"), confirm},
		{"visa 16 b", val("4012888888881881"), confirm},
		{"visa 13", val("4222222222222"), confirm},
		{"visa 19", in("card "+withLuhn("4", 19), withLuhn("4", 19)), confirm},
		{"mastercard 55", val("5555-5555-5555-4444"), confirm},
		{"mastercard 51", val("5105105105105100"), confirm},
		{"mastercard 2-series", val("2223003122003222"), confirm},
		{"mastercard 2221", val(withLuhn("2221", 16)), confirm},
		{"mastercard 2720", val(withLuhn("2720", 16)), confirm},
		{"amex 37", val("3782 822463 10005"), confirm},
		{"amex 34", val(withLuhn("34", 15)), confirm},
		{"discover 6011", val("6011111111111117"), confirm},
		{"discover 644", val(withLuhn("644", 16)), confirm},
		{"discover 65 19 digits", in("Discover "+withLuhn("65", 19), withLuhn("65", 19)), confirm},
		{"discover 622126", val(withLuhn("622126", 16)), confirm},
		{"jcb", val("3530111333300000"), confirm},
		{"jcb 3589", in(withLuhn("3589", 19)+" (JCB)", withLuhn("3589", 19)), confirm},
		{"diners 14", val("3056 930902 5904"), confirm},
		{"diners 36", val("36227206271667"), confirm},
		{"diners 38", val("38520000023237"), confirm},
		{"unionpay", val("6200000000000005"), confirm},
		{"maestro 12", val(withLuhn("6759", 12)), confirm},
		{"mir", val(withLuhn("2200", 16)), confirm},
		{"rupay", val(withLuhn("508", 16)), confirm},

		{"luhn fails", val("4111 1111 1111 1112"), reject},
		{"mixed separators", val("4111-1111 1111-1111"), reject},
		{"double separator", val("4111  1111 1111 1111"), reject},
		{"leading separator", val(" 4111 1111 1111 1111"), reject},
		{"trailing separator", val("4111 1111 1111 1111-"), reject},
		{"all the same digit", val("8888 8888 8888 8888"), reject},
		{"zeros", val("0000000000000000"), reject},
		{"unknown issuer", val(withLuhn("1", 16)), reject},
		{"unknown issuer 9", val(withLuhn("9", 16)), reject},
		// A Luhn pass among codes of the same shape that fail it is chance.
		{"one in a column of codes", in("<U92D5> # 341124311214535\n<U92EA> # 341124311251124\n<U92CF> # 341124311215123\n<U92C4> # 341124311221354\n",
			"341124311251124"), reject},
		{"among 64-bit integers", in(`[{"type": "f64", "value": "4607182418800017408"}, {"type": "f64", "value": "4617878467915022336"}, {"type": "f64", "value": "4611686018427387904"}, {"type": "f64", "value": "4613937818241073152"}]`, "4617878467915022336"), reject},
		{"a list of cards", in("4111111111111111\n4012888888881881\n4000056655665556\n4242424242424242\n", "4012888888881881"), confirm},
		{"a card next to one failing number", in("card 4012888888881881 ref 4012888888881882", "4012888888881881"), confirm},
		{"in a table of code points", in("51FD 523B 5238 5237 523A 5230\n52BB 5352 5354 5353 5351 5366 5377", "5352 5354 5353 5351"), reject},
		{"at the start of a run of groups", in("5211 5212 5213 5214 5215 5216\n", "5211 5212 5213 5214"), reject},
		{"before a hex group", in("5211 5212 5213 5214 52AF\n", "5211 5212 5213 5214"), reject},
		{"an expiry before the card", in("exp 0426 4111 1111 1111 1111 ok", "4111 1111 1111 1111"), confirm},
		{"cards next to vault tokens that keep their first digits", in("pan,token\n4111111111111111,4111114839201117\n4111112222333347,4111110000777712\n4111119876543212,4111115550001116\n", "4111111111111111"), confirm},
		{"a card and its expiry", in("pan 4111 1111 1111 1111 0426 cvv 123", "4111 1111 1111 1111"), confirm},
		{"a card at a line's end", in("pan: 5555 5555 5555 4444\n", "5555 5555 5555 4444"), confirm},
		{"a card next to order ids of another prefix", in("4012888888881881,7731204519932210,7731204519932211,7731204519932219", "4012888888881881"), confirm},
		{"visa 15 digits", val(withLuhn("4", 15)), reject},
		// 17 to 19 plain digits need a card near them: most such numbers
		// are 64-bit integers, timestamps or snowflake ids
		{"19 digits alone", val(withLuhn("4", 19)), reject},
		{"19 digits as an int64", in("seed := int64("+withLuhn("4", 19)+")", withLuhn("4", 19)), reject},
		{"19 digits in a column named card", in("name,card_number\nLi Wei,"+withLuhn("62", 19)+"\n", withLuhn("62", 19)), confirm},
		{"19 digits in a list of cards", in("4111111111111111\n"+withLuhn("62", 19)+"\n", withLuhn("62", 19)), confirm},
		{"19 digits grouped", val("6222 3520 0683 3760 742"), confirm},
		{"two words of a hex dump", in("52525200 52525208 52525210 52525218 52525220", "52525210 52525218"), reject},
		{"grouped 4-12", val("4111 111111111111"), reject},
		{"amex 4-6-5", val("3782 822463 10005"), confirm},
		{"a float's integer part", in(`{"$4503601774854144.0", "$(4503601774854144.0)"}`, "4503601774854144"), reject},
		{"before a full stop", in("card 4111111111111111.", "4111111111111111"), confirm},
		{"amex 16 digits", val(withLuhn("37", 16)), reject},
		{"mastercard 2721", val(withLuhn("2721", 16)), reject},
		{"mastercard 2220", val(withLuhn("2220", 16)), reject},
		{"mastercard 56", val(withLuhn("56", 16)), reject},
		{"diners 306", val(withLuhn("306", 14)), reject},
		{"20 digits", val(withLuhn("4", 20)), reject},
		{"letter", val("4111 1111 1111 111a"), reject},
		{"empty", val(""), reject},
		{"fraction digits", in("c2: 0.5425233430109903", "5425233430109903"), reject},
		{"an identifier's digits", in("clusterfuzz-testcase-minimized-fuzzer-5425233430109903 | Bin", "5425233430109903"), reject},
		{"after a key and a dash", in("card - 5425233430109903", "5425233430109903"), confirm},
		{"after a sentence's full stop", in("card.5425233430109903", "5425233430109903"), confirm},
	})
}

func TestWithLuhn(t *testing.T) {
	// The helper must agree with known numbers, or the card tests above
	// prove nothing.
	for _, want := range []string{"4111111111111111", "79927398713", "5105105105105100"} {
		if got := withLuhn(want[:len(want)-1], len(want)); got[len(got)-1] != want[len(want)-1] {
			t.Errorf("withLuhn(%q) = %q, want check digit of %q", want[:len(want)-1], got, want)
		}
	}
	if got := breakLuhn("4111111111111111"); got != "4111111111111112" {
		t.Errorf("breakLuhn = %q, want 4111111111111112", got)
	}
}

// registryExamples are the example IBANs of the SWIFT IBAN registry.
var registryExamples = []string{
	"AD12 0001 2030 2003 5910 0100", "AE07 0331 2345 6789 0123 456",
	"AL47 2121 1009 0000 0002 3569 8741", "AT61 1904 3002 3457 3201",
	"AZ21 NABZ 0000 0000 1370 1000 1944", "BA39 1290 0794 0102 8494",
	"BE68 5390 0754 7034", "BG80 BNBG 9661 1020 3456 78",
	"BH67 BMAG 0000 1299 1234 56", "BI42 1000 0100 0100 0033 2045 181",
	"BR18 0036 0305 0000 1000 9795 493C 1", "BY13 NBRB 3600 9000 0000 2Z00 AB00",
	"CH93 0076 2011 6238 5295 7", "CR05 0152 0200 1026 2840 66",
	"CY17 0020 0128 0000 0012 0052 7600", "CZ65 0800 0000 1920 0014 5399",
	"DE89 3704 0044 0532 0130 00", "DK50 0040 0440 1162 43",
	"DO28 BAGR 0000 0001 2124 5361 1324", "EE38 2200 2210 2014 5685",
	"EG38 0019 0005 0000 0000 2631 8000 2", "ES91 2100 0418 4502 0005 1332",
	"FI21 1234 5600 0007 85", "FO62 6460 0001 6316 34",
	"FR14 2004 1010 0505 0001 3M02 606", "GB29 NWBK 6016 1331 9268 19",
	"GE29 NB00 0000 0101 9049 17", "GI75 NWBK 0000 0000 7099 453",
	"GL89 6471 0001 0002 06", "GR16 0110 1250 0000 0001 2300 695",
	"GT82 TRAJ 0102 0000 0012 1002 9690", "HR12 1001 0051 8630 0016 0",
	"HU42 1177 3016 1111 1018 0000 0000", "IE29 AIBK 9311 5212 3456 78",
	"IL62 0108 0000 0009 9999 999", "IQ98 NBIQ 8501 2345 6789 012",
	"IS14 0159 2600 7654 5510 7303 39", "IT60 X054 2811 1010 0000 0123 456",
	"JO94 CBJO 0010 0000 0000 0131 0003 02", "KW81 CBKU 0000 0000 0000 1234 5601 01",
	"KZ86 125K ZT50 0410 0100", "LB62 0999 0000 0001 0019 0122 9114",
	"LC55 HEMM 0001 0001 0012 0012 0002 3015", "LI21 0881 0000 2324 013A A",
	"LT12 1000 0111 0100 1000", "LU28 0019 4006 4475 0000",
	"LV80 BANK 0000 4351 9500 1", "MC58 1122 2000 0101 2345 6789 030",
	"MD24 AG00 0225 1000 1310 4168", "ME25 5050 0001 2345 6789 51",
	"MK07 2501 2000 0058 984", "MR13 0002 0001 0100 0012 3456 753",
	"MT84 MALT 0110 0001 2345 MTLC AST0 01S", "MU17 BOMM 0101 1010 3030 0200 000M UR",
	"NL91 ABNA 0417 1643 00", "NO93 8601 1117 947",
	"PK36 SCBL 0000 0011 2345 6702", "PL61 1090 1014 0000 0712 1981 2874",
	"PS92 PALS 0000 0000 0400 1234 5670 2", "PT50 0002 0123 1234 5678 9015 4",
	"QA58 DOHB 0000 1234 5678 90AB CDEF G", "RO49 AAAA 1B31 0075 9384 0000",
	"RS35 2600 0560 1001 6113 79", "SA03 8000 0000 6080 1016 7519",
	"SC18 SSCB 1101 0000 0000 0000 1497 USD", "SE45 5000 0000 0583 9825 7466",
	"SI56 2633 0001 2039 086", "SK31 1200 0000 1987 4263 7541",
	"SM86 U032 2509 8000 0000 0270 100", "ST23 0001 0001 0051 8453 1014 6",
	"SV62 CENR 0000 0000 0000 0070 0025", "TL38 0080 0123 4567 8910 157",
	"TN59 1000 6035 1835 9847 8831", "TR33 0006 1005 1978 6457 8413 26",
	"UA21 3223 1300 0002 6007 2335 6600 1", "VA59 0011 2300 0012 3456 78",
	"VG96 VPVG 0000 0123 4567 8901", "XK05 1212 0123 4567 8906",
}

func TestIBAN(t *testing.T) {
	var tests []validatorTest
	for _, iban := range registryExamples {
		tests = append(tests, validatorTest{iban[:2] + " registry example", val(iban), confirm})
	}
	tests = append(tests, []validatorTest{
		{"electronic form", val("GB29NWBK60161331926819"), confirm},
		{"lower case", val("gb29nwbk60161331926819"), confirm},
		{"in a payload", in("pay to IBAN DE89 3704 0044 0532 0130 00, ref 42", "DE89 3704 0044 0532 0130 00"), confirm},
		{"check digits wrong", val("GB28 NWBK 6016 1331 9268 19"), reject},
		{"account digit wrong", val("GB29 NWBK 6016 1331 9268 18"), reject},
		{"transposed digits", val("GB29 NWBK 6016 1331 9286 19"), reject},
		{"too short for country", val("GB29 NWBK 6016 1331 9268 1"), reject},
		{"too long for country", val("DE89 3704 0044 0532 0130 000"), reject},
		{"unknown country", val("XX29 NWBK 6016 1331 9268 19"), reject},
		{"dashes", val("GB29-NWBK-6016-1331-9268-19"), reject},
		{"letters for check digits", val("GBAB NWBK 6016 1331 9268 19"), reject},
		{"longer than any IBAN", val(strings.Repeat("1", 40)), reject},
		{"empty", val(""), reject},
	}...)
	runValidator(t, Spec{Kind: "iban"}, tests)
}

func TestNRB(t *testing.T) {
	runValidator(t, Spec{Kind: "nrb"}, []validatorTest{
		// PL61 1090 1014 0000 0712 1981 2874, the standard's example
		{"paper form", val("61 1090 1014 0000 0712 1981 2874"), confirm},
		{"electronic form", val("61109010140000071219812874"), confirm},
		{"a digit wrong", val("61 1090 1014 0000 0712 1981 2875"), reject},
		{"check digits swapped", val("16 1090 1014 0000 0712 1981 2874"), reject},
		{"one digit short", val("61 1090 1014 0000 0712 1981 287"), reject},
		{"with the country code", val("PL61 1090 1014 0000 0712 1981 2874"), reject},
		{"dashes", val("61-1090-1014-0000-0712-1981-2874"), reject},
	})
}

func TestSSN(t *testing.T) {
	runValidator(t, Spec{Kind: "us_ssn"}, []validatorTest{
		{"dashes", val("536-22-8726"), confirm},
		{"a longer dashed id", in("cgi=621-45-2104-31842 rtt=128ms", "621-45-2104"), reject},
		{"the tail of a longer dashed id", in("ref 44-621-45-2104 ok", "621-45-2104"), reject},
		{"a range's end after it", in("SSN 621-45-2104 - verified", "621-45-2104"), confirm},
		{"spaces", val("536 22 8726"), confirm},
		{"bare", val("536228726"), confirm},
		{"in a payload", in("SSN: 536-22-8726.", "536-22-8726"), confirm},
		{"area 001", val("001-01-0001"), confirm},
		{"area 899", val("899-99-9998"), confirm},

		{"area 000", val("000-12-3456"), reject},
		{"area 666", val("666-12-3456"), reject},
		{"area 900", val("900-12-3456"), reject},
		{"area 999", val("999-12-3456"), reject},
		{"group 00", val("536-00-8726"), reject},
		{"serial 0000", val("536-22-0000"), reject},
		{"woolworth wallet card", val("078-05-1120"), reject},
		{"ssa pamphlet", val("219-09-9999"), reject},
		{"sequence", val("123-45-6789"), reject},
		{"sequence bare", val("123456789"), reject},
		{"same digit", val("111-11-1111"), reject},
		{"same digit 5", val("555 55 5555"), reject},
		{"mixed separators", val("536-22 8726"), reject},
		{"one separator", val("536-228726"), reject},
		{"separator misplaced", val("5362-2-8726"), reject},
		{"double separator", val("536--22-8726"), reject},
		{"eight digits", val("536-22-872"), reject},
		{"ten digits", val("536-22-87261"), reject},
		{"slash", val("536/22/8726"), reject},
		{"empty", val(""), reject},
	})
}

func TestITIN(t *testing.T) {
	runValidator(t, Spec{Kind: "us_itin"}, []validatorTest{
		{"group 70", val("912-70-1234"), confirm},
		{"group 50", val("912-50-1234"), confirm},
		{"group 65", val("912 65 1234"), confirm},
		{"group 88", val("999881234"), confirm},
		{"group 90", val("900-90-0001"), confirm},
		{"group 92", val("912-92-1234"), confirm},
		{"group 94", val("912-94-1234"), confirm},
		{"group 99", val("912-99-1234"), confirm},

		{"not 9xx", val("812-70-1234"), reject},
		{"group 49", val("912-49-1234"), reject},
		{"group 66", val("912-66-1234"), reject},
		{"group 69", val("912-69-1234"), reject},
		{"group 89", val("912-89-1234"), reject},
		{"group 93", val("912-93-1234"), reject},
		{"mixed separators", val("912-70 1234"), reject},
		{"short", val("912-70-123"), reject},
	})
}

func TestGitHubCRC(t *testing.T) {
	// The tokens are assembled from parts so that secret scanners reading
	// this file do not report it. Their checksums were computed outside Go
	// (Python's zlib.crc32 and a hand-written base62 encoder); the ghp one
	// is the example of github.com/therootcompany/base62-token.js.
	const (
		pat   = "gh" + "p_zQWBuTSOoRi4A9spHcVY5ncnsDkxkJ" + "0mLq17"
		oauth = "gh" + "o_VeilTestRandomPart0123456789ab" + "17x2kV"
		user  = "gh" + "u_0000aaaabbbbccccddddeeeeffffgg" + "0gfjP0" // padded with '0'
		app   = "gh" + "s_qW3rTy8uI0oP9aS7dF6gH5jK4lZ2xC" + "2RzYcA"
		fresh = "gh" + "r_qW3rTy8uI0oP9aS7dF6gH5jK4lZ2xC" + "2RzYcA"
	)
	runValidator(t, Spec{Kind: "github_crc32"}, []validatorTest{
		{"ghp", val(pat), confirm},
		{"gho", val(oauth), confirm},
		{"ghu with padding", val(user), confirm},
		{"ghs", val(app), confirm},
		{"ghr", val(fresh), confirm},
		{"in a payload", in("export GITHUB_TOKEN="+pat+"\n", pat), confirm},

		{"checksum digit changed", val(pat[:39] + "8"), Outcome{Delta: ghChecksumMissDelta}},
		{"random part changed", val(pat[:4] + "Z" + pat[5:]), Outcome{Delta: ghChecksumMissDelta}},
		{"checksum case changed", val(pat[:34] + "0MLq17"), Outcome{Delta: ghChecksumMissDelta}},
		{"checksum unpadded", val(user[:34] + "gfjP0"), reject},
		{"checksum over 32 bits", val(pat[:34] + "zzzzzz"), Outcome{Delta: ghChecksumMissDelta}},
		{"unknown prefix", val("gh" + "x" + pat[3:]), reject},
		{"not github", val("ab" + pat[2:]), reject},
		{"no underscore", val("ghp-" + pat[4:]), reject},
		{"non-base62 in random part", val(pat[:10] + "-" + pat[11:]), reject},
		{"non-base62 in checksum", val(pat[:39] + "!"), reject},
		{"too long", val(pat + "A"), reject},
		{"fine-grained pat", val("github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz"), reject},
		{"empty", val(""), reject},
	})
}

func TestBitLocker(t *testing.T) {
	const key = "052712-545479-184173-139183-274219-054659-365222-141944"
	runValidator(t, Spec{Kind: "bitlocker"}, []validatorTest{
		{"recovery password", val(key), confirm},
		{"all zero blocks", val("000000-000000-000000-000000-000000-000000-000000-000000"), confirm},
		{"a block not a multiple of 11", val("052713" + key[6:]), reject},
		{"a block too large (11 * 65536)", val("720896" + key[6:]), reject},
		{"seven blocks", val(key[:48]), reject},
		{"spaces for dashes", val("052712 545479 184173 139183 274219 054659 365222 141944"), reject},
		{"a letter", val("05271a" + key[6:]), reject},
	})
}

func TestNINO(t *testing.T) {
	runValidator(t, Spec{Kind: "uk_nino"}, []validatorTest{
		{"a part number glued to a word", in("a MC146818A-compatible clock", "MC146818A"), reject},
		{"in a man page's source", in(`a MC146818A\-compatible clock`, "MC146818A"), reject},
		{"before a dash and a space", in("NI number: JG103759A - confirmed", "JG103759A"), confirm},
		{"compact", val("AB123456C"), confirm},
		{"spaced", val("AB 12 34 56 C"), confirm},
		{"lower case", val("ab123456c"), confirm},
		{"suffix A", val("JG103759A"), confirm},
		{"suffix D", val("CE123456D"), confirm},
		{"O first", val("OA123456B"), confirm},

		{"hmrc example QQ", val("QQ123456C"), reject},
		{"D first", val("DA123456C"), reject},
		{"F second", val("AF123456C"), reject},
		{"I first", val("IA123456C"), reject},
		{"U second", val("AU123456C"), reject},
		{"V first", val("VA123456C"), reject},
		{"O second", val("AO123456C"), reject},
		{"BG", val("BG123456C"), reject},
		{"GB", val("GB123456C"), reject},
		{"NK", val("NK123456C"), reject},
		{"KN", val("KN123456C"), reject},
		{"TN", val("TN123456C"), reject},
		{"NT", val("NT123456C"), reject},
		{"ZZ", val("ZZ123456C"), reject},
		{"suffix E", val("AB123456E"), reject},
		{"no suffix", val("AB123456"), reject},
		{"five digits", val("AB12345C"), reject},
		{"letter in digits", val("AB12E456C"), reject},
		{"dashes", val("AB-12-34-56-C"), reject},
		{"too long", val("AB1234567C"), reject},
	})
}
