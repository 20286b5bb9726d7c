package corpus

import (
	"fmt"
	"math/big"
	"net/netip"
	"strconv"
	"strings"
	"time"
)

// Finding types, exactly as the engine names them.
const (
	tEmail        = "EMAIL_ADDRESS"
	tPhone        = "PHONE_NUMBER"
	tCard         = "CREDIT_CARD_NUMBER"
	tSSN          = "US_SOCIAL_SECURITY_NUMBER"
	tITIN         = "US_INDIVIDUAL_TAXPAYER_IDENTIFICATION_NUMBER"
	tIBAN         = "IBAN_CODE"
	tIP           = "IP_ADDRESS"
	tMAC          = "MAC_ADDRESS"
	tDOB          = "DATE_OF_BIRTH"
	tPassport     = "PASSPORT"
	tNINO         = "UK_NATIONAL_INSURANCE_NUMBER"
	tAWSKey       = "AWS_ACCESS_KEY_ID"
	tAWSSecret    = "AWS_SECRET_ACCESS_KEY"
	tAWSSession   = "AWS_SESSION_TOKEN"
	tGCPKey       = "GCP_API_KEY"
	tGCPCreds     = "GCP_CREDENTIALS"
	tGitHub       = "GITHUB_TOKEN"
	tGitLab       = "GITLAB_TOKEN"
	tSlack        = "SLACK_TOKEN"
	tSlackHook    = "SLACK_WEBHOOK_URL"
	tStripe       = "STRIPE_API_KEY"
	tTwilio       = "TWILIO_API_KEY"
	tSendGrid     = "SENDGRID_API_KEY"
	tOpenAI       = "OPENAI_API_KEY"
	tAnthropic    = "ANTHROPIC_API_KEY"
	tHF           = "HUGGINGFACE_TOKEN"
	tNPM          = "NPM_TOKEN"
	tPyPI         = "PYPI_TOKEN"
	tDatadog      = "DATADOG_API_KEY"
	tDiscord      = "DISCORD_BOT_TOKEN"
	tTelegram     = "TELEGRAM_BOT_TOKEN"
	tShopify      = "SHOPIFY_ACCESS_TOKEN"
	tDatabricks   = "DATABRICKS_TOKEN"
	tPrivKey      = "PRIVATE_KEY"
	tJWT          = "JSON_WEB_TOKEN"
	tPassword     = "PASSWORD"
	tDBConn       = "DATABASE_CONNECTION_STRING"
	tAzureConn    = "AZURE_STORAGE_CONNECTION_STRING"
	tAuthToken    = "AUTH_TOKEN"
	tBasicAuth    = "BASIC_AUTH_HEADER"
	tURLCreds     = "URL_CREDENTIALS"
	tOAuthSecret  = "GOOGLE_OAUTH_CLIENT_SECRET"
	tOAuthToken   = "GOOGLE_OAUTH_ACCESS_TOKEN"
	tSignedURLSig = "SIGNED_URL_SIGNATURE"
	tGeneric      = "GENERIC_SECRET"
)

// allTypes lists every finding type the corpus plants.
var allTypes = []string{
	tEmail, tPhone, tCard, tSSN, tITIN, tIBAN, tIP, tMAC, tDOB, tPassport, tNINO,
	tAWSKey, tAWSSecret, tAWSSession, tGCPKey, tGCPCreds, tGitHub, tGitLab, tSlack,
	tSlackHook, tStripe, tTwilio, tSendGrid, tOpenAI, tAnthropic, tHF, tNPM, tPyPI,
	tDatadog, tDiscord, tTelegram, tShopify, tDatabricks, tPrivKey, tJWT, tPassword, tDBConn,
	tAzureConn, tAuthToken, tBasicAuth, tURLCreds, tOAuthSecret, tOAuthToken,
	tSignedURLSig, tGeneric,
}

// Alphabets.
const (
	digits    = "0123456789"
	hexLower  = "0123456789abcdef"
	hexUpper  = "0123456789ABCDEF"
	upper     = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	lower     = "abcdefghijklmnopqrstuvwxyz"
	alpha     = upper + lower
	base62    = digits + upper + lower // order used by GitHub-style checksums
	alnumLow  = digits + lower
	b64std    = upper + lower + digits + "+/"
	b64url    = upper + lower + digits + "-_"
	base32AWS = upper + "234567"
)

// person is a made-up individual whose details carriers plant together.
type person struct {
	first, last string
	email       string
	phone       string // as written, national or international form
	country     string // ISO code of the phone and address
	city        string
	street      string
	zip         string
	company     string
}

// person returns a new person with a fresh email and phone.
func (g *gen) person() person {
	p := person{first: pick(g, firstNames), last: pick(g, lastNames), company: pick(g, companies)}
	p.email = g.emailFor(p.first, p.last)
	p.country = pick(g, []string{"US", "US", "US", "GB", "DE", "FR", "IN", "BR", "AU", "JP", "ES"})
	p.phone = g.phone(p.country)
	p.city = pick(g, cities)
	p.street = fmt.Sprintf("%d %s", g.between(1, 980), pick(g, streets))
	p.zip = fmt.Sprintf("%05d", g.between(1000, 99950))
	return p
}

func (p person) name() string { return p.first + " " + p.last }

// asciiFold lowercases a name and folds it to the ASCII letters people use in
// mail addresses ("Müller" -> "muller", "O'Brien" -> "obrien").
func asciiFold(s string) string {
	r := strings.NewReplacer("é", "e", "è", "e", "ü", "u", "ö", "o", "ä", "a", "ß", "ss",
		"í", "i", "ó", "o", "á", "a", "ñ", "n", "ã", "a", "ç", "c", "'", "", " ", "")
	return r.Replace(strings.ToLower(s))
}

// emailFor returns a fresh address for a person, in one of the shapes real
// address books hold: dotted, initials, plus-tags, subdomains, upper case.
func (g *gen) emailFor(first, last string) string {
	return g.fresh(func() string {
		f, l := asciiFold(first), asciiFold(last)
		corp := pick(g, corpDomains)
		prov := pick(g, mailProviders)
		switch g.intn(11) {
		case 0:
			return f + "." + l + "@" + corp
		case 1:
			return f[:1] + l + "@" + corp
		case 2:
			return fmt.Sprintf("%s_%s%d@%s", f, l, g.between(1, 99), prov)
		case 3:
			return f + "+" + pick(g, []string{"newsletter", "shop", "work", "2024", "github", "billing", "test"}) + "@" + prov
		case 4:
			return f + "." + l + "@" + pick(g, []string{"eu", "mail", "support", "us", "corp"}) + "." + corp
		case 5:
			return strings.ToUpper(f + "." + l + "@" + corp)
		case 6:
			return fmt.Sprintf("%s.%s-%d@%s", f, l, g.between(1, 9), prov)
		case 7:
			return f + "@" + pick(g, []string{"example.com", "example.org", "example.net"})
		case 8:
			return l + f[:1] + "@" + prov
		case 9:
			return fmt.Sprintf("%s%s%d@%s", f, l, g.between(1960, 2005), prov)
		default:
			return f + "." + l + "@" + prov
		}
	})
}

// roleEmail returns a fresh role address such as billing@corp.
func (g *gen) roleEmail() string {
	return g.fresh(func() string {
		return pick(g, []string{"ops", "billing", "security", "noreply", "alerts", "admin",
			"support", "finance", "devops", "it-helpdesk", "payroll", "hr"}) +
			pick(g, []string{"", "", "-team", fmt.Sprint(g.between(1, 9))}) + "@" +
			pick(g, []string{"", "", "mail.", "corp."}) + pick(g, corpDomains)
	})
}

// phone returns a fresh phone number of a country, as written in that country
// or in international form.
func (g *gen) phone(country string) string {
	return g.fresh(func() string {
		n := func(k int) string { return g.str(digits, k) }
		nz := func(k int) string { return g.str("23456789", 1) + g.str(digits, k-1) }
		switch country {
		case "GB":
			if g.chance(0.5) {
				loc := "7946 0" + n(3)
				if g.chance(0.5) {
					loc = nz(4) + " " + n(4)
				}
				return pick(g, []string{"+44 20 " + loc, "020 " + loc, "+44 (0)20 " + loc})
			}
			mob := "7700 900" + n(3)
			if g.chance(0.6) {
				mob = "7" + g.str("1345789", 1) + n(2) + " " + n(6)
			}
			return pick(g, []string{"+44 " + mob, "0" + mob, "+44" + strings.ReplaceAll(mob, " ", "")})
		case "DE":
			switch g.intn(4) {
			case 0:
				return "+49 30 " + nz(8)
			case 1:
				return "030 " + nz(8)
			case 2:
				return "+49 89 " + nz(7)
			default:
				mob := pick(g, []string{"151", "160", "170", "176"}) + " " + nz(8)
				return pick(g, []string{"+49 " + mob, "0" + mob})
			}
		case "FR":
			pairs := func() string { return n(2) + " " + n(2) + " " + n(2) + " " + n(2) }
			lead := pick(g, []string{"1", "4", "6", "7"})
			switch g.intn(3) {
			case 0:
				return "+33 " + lead + " " + pairs()
			case 1:
				return "0" + lead + " " + pairs()
			default:
				return "+33" + lead + strings.ReplaceAll(pairs(), " ", "")
			}
		case "IN":
			m := g.str("6789", 1) + n(4)
			r := n(5)
			return pick(g, []string{"+91 " + m + " " + r, "+91-" + m + "-" + r, "+91" + m + r, "0" + m + " " + r})
		case "BR":
			ddd := pick(g, []string{"11", "21", "31", "41", "51", "61"})
			if g.chance(0.7) {
				sub := "9" + n(4) + "-" + n(4)
				return pick(g, []string{"+55 " + ddd + " " + sub, "(" + ddd + ") " + sub})
			}
			return "+55 " + ddd + " " + nz(4) + "-" + n(4)
		case "AU":
			if g.chance(0.5) {
				a := pick(g, []string{"2", "3", "7", "8"})
				loc := nz(4) + " " + n(4)
				return pick(g, []string{"+61 " + a + " " + loc, "(0" + a + ") " + loc})
			}
			mob := "4" + n(2) + " " + n(3) + " " + n(3)
			return pick(g, []string{"+61 " + mob, "0" + mob})
		case "JP":
			if g.chance(0.5) {
				a := pick(g, []string{"3", "6", "52", "92"})
				loc := n(4)
				if len(a) == 2 {
					loc = n(3)
				}
				return pick(g, []string{"+81 " + a + "-" + loc + "-" + n(4), "0" + a + "-" + loc + "-" + n(4)})
			}
			mob := pick(g, []string{"90", "80", "70"}) + "-" + n(4) + "-" + n(4)
			return pick(g, []string{"+81 " + mob, "0" + mob})
		case "ES":
			if g.chance(0.6) {
				m := g.str("67", 1) + n(2) + " " + n(2) + " " + n(2) + " " + n(2)
				return pick(g, []string{"+34 " + m, m, "+34" + strings.ReplaceAll(m, " ", "")})
			}
			return "+34 9" + n(1) + " " + n(3) + " " + n(2) + " " + n(2)
		default: // US / NANP
			area := pick(g, []string{"212", "213", "312", "415", "510", "617", "646", "702", "713",
				"206", "303", "404", "503", "512", "619", "718", "805", "917", "949", "650"})
			ex, line := "555", "01"+n(2)
			if g.chance(0.6) {
				ex = nz(1) + n(2)
				for ex[1:] == "11" || ex == "555" {
					ex = nz(1) + n(2)
				}
				line = n(4)
			}
			switch g.intn(8) {
			case 0, 1:
				return "+1 " + area + "-" + ex + "-" + line
			case 2, 3:
				return "(" + area + ") " + ex + "-" + line
			case 4:
				return area + "-" + ex + "-" + line
			case 5:
				return area + "." + ex + "." + line
			case 6:
				return "+1" + area + ex + line
			default:
				return "+1 (" + area + ") " + ex + "-" + line
			}
		}
	})
}

// anyPhone returns a fresh phone number of a random country.
func (g *gen) anyPhone() string {
	return g.phone(pick(g, []string{"US", "US", "US", "GB", "DE", "FR", "IN", "BR", "AU", "JP", "ES"}))
}

// dob returns a fresh birth date (1940-2006) in one of the common written forms.
func (g *gen) dob() string {
	return g.fresh(func() string {
		t := time.Date(1940, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, g.intn(67*365))
		return formatDate(g, t)
	})
}

// formatDate writes t in a randomly chosen human or machine date form.
func formatDate(g *gen, t time.Time) string {
	switch g.intn(7) {
	case 0, 1:
		return t.Format("2006-01-02")
	case 2:
		return t.Format("01/02/2006")
	case 3:
		return t.Format("02.01.2006")
	case 4:
		return t.Format("January 2, 2006")
	case 5:
		return t.Format("2 Jan 2006")
	default:
		return t.Format("02/01/2006")
	}
}

// isoDOB returns a fresh birth date in ISO form, for machine formats.
func (g *gen) isoDOB() string {
	return g.fresh(func() string {
		return time.Date(1940, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, g.intn(67*365)).Format("2006-01-02")
	})
}

// when returns a random instant in 2023-2025, for timestamps that are not
// birth dates.
func (g *gen) when() time.Time {
	return time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(g.r.Int64N(int64(3 * 365 * 24 * time.Hour))))
}

// Network identifiers.

// publicIPv4 returns a fresh globally routable IPv4 address (documentation
// ranges included: an annotator marks them like any other address).
func (g *gen) publicIPv4() string {
	return g.fresh(func() string {
		for {
			a := g.between(1, 223)
			switch {
			case a == 10, a == 127, a == 100, a == 169, a == 172, a == 192, a == 198, a == 0:
				if g.chance(0.3) {
					return pick(g, []string{"192.0.2.", "198.51.100.", "203.0.113."}) + strconv.Itoa(g.between(1, 254))
				}
				continue
			}
			return fmt.Sprintf("%d.%d.%d.%d", a, g.intn(256), g.intn(256), g.between(1, 254))
		}
	})
}

// privateIPv4 returns a fresh RFC 1918 address.
func (g *gen) privateIPv4() string {
	return g.fresh(func() string {
		switch g.intn(3) {
		case 0:
			return fmt.Sprintf("10.%d.%d.%d", g.intn(256), g.intn(256), g.between(1, 254))
		case 1:
			return fmt.Sprintf("172.%d.%d.%d", g.between(16, 31), g.intn(256), g.between(1, 254))
		default:
			return fmt.Sprintf("192.168.%d.%d", g.intn(256), g.between(1, 254))
		}
	})
}

// ipv4 returns a fresh public or private IPv4 address.
func (g *gen) ipv4() string {
	if g.chance(0.6) {
		return g.publicIPv4()
	}
	return g.privateIPv4()
}

// ipv6 returns a fresh IPv6 address, compressed (RFC 5952) or written in full.
func (g *gen) ipv6() string {
	return g.fresh(func() string {
		var b [16]byte
		copy(b[:], g.bytes(16))
		switch g.intn(4) {
		case 0: // documentation prefix with a run of zeros
			b[0], b[1], b[2], b[3] = 0x20, 0x01, 0x0d, 0xb8
			for i := 4; i < 10; i++ {
				b[i] = 0
			}
		case 1: // link-local
			b[0], b[1] = 0xfe, 0x80
			for i := 2; i < 8; i++ {
				b[i] = 0
			}
		case 2: // global unicast with a zero group
			b[0] = 0x20 | b[0]&0x0f
			b[8], b[9], b[10], b[11] = 0, 0, 0, 0
		default:
			b[0] = 0x2a
		}
		a := netip.AddrFrom16(b)
		if g.chance(0.3) {
			return a.StringExpanded()
		}
		return a.String()
	})
}

// mac returns a fresh MAC address, colon or dash separated, upper or lower case.
func (g *gen) mac() string {
	return g.fresh(func() string {
		b := g.bytes(6)
		b[0] &^= 1 // unicast
		sep := pick(g, []string{":", ":", "-"})
		parts := make([]string, 6)
		for i, x := range b {
			parts[i] = fmt.Sprintf("%02x", x)
		}
		s := strings.Join(parts, sep)
		if g.chance(0.5) {
			s = strings.ToUpper(s)
		}
		return s
	})
}

// macColon returns a fresh lower-case, colon-separated MAC address, the form
// network tools print.
func (g *gen) macColon() string {
	return g.fresh(func() string {
		b := g.bytes(6)
		b[0] &^= 1
		return fmt.Sprintf("%02x:%02x:%02x:%02x:%02x:%02x", b[0], b[1], b[2], b[3], b[4], b[5])
	})
}

// National identifiers.

// ssn returns a fresh US SSN obeying the SSA rules: area 001-899 but not 666,
// group 01-99, serial 0001-9999. Written with dashes unless plain is set.
func (g *gen) ssn(plain bool) string {
	return g.fresh(func() string {
		area := g.between(1, 899)
		for area == 666 {
			area = g.between(1, 899)
		}
		grp, ser := g.between(1, 99), g.between(1, 9999)
		if plain {
			return fmt.Sprintf("%03d%02d%04d", area, grp, ser)
		}
		sep := pick(g, []string{"-", "-", "-", " "})
		return fmt.Sprintf("%03d%s%02d%s%04d", area, sep, grp, sep, ser)
	})
}

// itin returns a fresh ITIN: 9NN-GG-NNNN with group in 50-65, 70-88, 90-92 or 94-99.
func (g *gen) itin() string {
	return g.fresh(func() string {
		groups := []int{}
		for _, r := range [][2]int{{50, 65}, {70, 88}, {90, 92}, {94, 99}} {
			for x := r[0]; x <= r[1]; x++ {
				groups = append(groups, x)
			}
		}
		return fmt.Sprintf("9%02d-%02d-%04d", g.intn(100), pick(g, groups), g.between(1, 9999))
	})
}

// nino returns a fresh UK National Insurance number with a valid prefix and
// suffix, compact ("AB123456C") or spaced ("AB 12 34 56 C").
func (g *gen) nino() string {
	return g.fresh(func() string {
		first := "ABCEGHJKLMNOPRSTWXYZ"
		second := "ABCEGHJKLMNPRSTWXYZ"
		var p string
		for {
			p = g.str(first, 1) + g.str(second, 1)
			switch p {
			case "BG", "GB", "KN", "NK", "NT", "TN", "ZZ":
				continue
			}
			break
		}
		num := g.str(digits, 6)
		suf := g.str("ABCD", 1)
		if g.chance(0.35) {
			return p + " " + num[:2] + " " + num[2:4] + " " + num[4:] + " " + suf
		}
		return p + num + suf
	})
}

// passport returns a fresh passport number in the shape of a random issuing
// country (US/GB 9 digits, DE, FR, IN, CA, AU).
func (g *gen) passport() string {
	return g.fresh(func() string {
		switch g.intn(7) {
		case 0, 1:
			return g.str("123456789", 1) + g.str(digits, 8)
		case 2:
			return "C" + g.str("CFGHJKLMNPRTVWXYZ0123456789", 8)
		case 3:
			return g.str(digits, 2) + g.str(upper, 2) + g.str(digits, 5)
		case 4:
			return g.str("ABCDEFGHJKLMNPRSTUVWXYZ", 1) + g.str("123456789", 1) + g.str(digits, 6)
		case 5:
			return g.str(upper, 2) + g.str(digits, 6)
		default:
			return g.str("NEPR", 1) + g.str(digits, 7)
		}
	})
}

// Payment cards.

type cardBrand struct {
	name   string
	prefix func(g *gen) string
	length int
	groups []int // digit grouping of the written form
}

var cardBrands = []cardBrand{
	{"visa", func(g *gen) string { return "4" }, 16, []int{4, 4, 4, 4}},
	{"visa", func(g *gen) string { return "4" }, 16, []int{4, 4, 4, 4}},
	{"mastercard", func(g *gen) string { return strconv.Itoa(g.between(51, 55)) }, 16, []int{4, 4, 4, 4}},
	{"mastercard", func(g *gen) string { return strconv.Itoa(g.between(2221, 2720)) }, 16, []int{4, 4, 4, 4}},
	{"amex", func(g *gen) string { return pick(g, []string{"34", "37"}) }, 15, []int{4, 6, 5}},
	{"discover", func(g *gen) string {
		return pick(g, []string{"6011", "65", strconv.Itoa(g.between(644, 649))})
	}, 16, []int{4, 4, 4, 4}},
	{"jcb", func(g *gen) string { return strconv.Itoa(g.between(3528, 3589)) }, 16, []int{4, 4, 4, 4}},
	{"diners", func(g *gen) string { return pick(g, []string{"36", "38", strconv.Itoa(g.between(300, 305))}) }, 14, []int{4, 6, 4}},
	{"unionpay", func(g *gen) string { return strconv.Itoa(g.between(622126, 622925)) }, 16, []int{4, 4, 4, 4}},
	{"unionpay", func(g *gen) string { return "62" + strconv.Itoa(g.between(40, 69)) }, 19, []int{4, 4, 4, 4, 3}},
}

// testCards are the issuers' published test numbers. They are positives
// (they pass Luhn and carry real IINs) and the only values the corpus repeats.
var testCards = []string{
	"4111 1111 1111 1111", "4242 4242 4242 4242", "5555 5555 5555 4444", "4111111111111111",
	"5105-1051-0510-5100", "378282246310005", "3782 822463 10005", "6011 1111 1111 1117",
	"3530 1113 3330 0000", "3056 930902 5904", "4012888888881881", "2223 0031 2200 3222",
	"6200 0000 0000 0005", "4000 0566 5566 5556", "5200 8282 8282 8210",
}

// luhnDigit returns the check digit that makes body+digit Luhn-valid.
func luhnDigit(body string) byte {
	sum := 0
	for i := 0; i < len(body); i++ {
		d := int(body[len(body)-1-i] - '0')
		if i%2 == 0 {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
	}
	return byte('0' + (10-sum%10)%10)
}

// luhnValid reports whether a digit string passes the Luhn check.
func luhnValid(s string) bool {
	return len(s) > 1 && luhnDigit(s[:len(s)-1]) == s[len(s)-1]
}

// card returns a fresh Luhn-valid card number of a random brand, written
// plain, spaced or dashed; sometimes a published test number.
func (g *gen) card() string {
	if g.chance(0.12) {
		return pick(g, testCards)
	}
	return g.fresh(func() string {
		b := pick(g, cardBrands)
		body := b.prefix(g)
		body += g.str(digits, b.length-1-len(body))
		num := body + string(luhnDigit(body))
		return groupDigits(num, b.groups, pick(g, []string{"", " ", " ", "-"}))
	})
}

// groupDigits splits num into groups joined by sep ("" keeps it plain).
func groupDigits(num string, groups []int, sep string) string {
	if sep == "" {
		return num
	}
	var parts []string
	for _, n := range groups {
		parts = append(parts, num[:n])
		num = num[n:]
	}
	return strings.Join(parts, sep)
}

// luhnInvalid returns a 16-digit number starting like a Visa or Mastercard
// that fails the Luhn check: a look-alike for negative files.
func (g *gen) luhnInvalid() string {
	body := pick(g, []string{"4", "5" + g.str("12345", 1)})
	body += g.str(digits, 15-len(body))
	ok := luhnDigit(body)
	bad := byte('0' + (int(ok-'0')+g.between(1, 9))%10)
	return body + string(bad)
}

// IBANs.

// ibanFormats gives, per country, a BBAN template: 'n' a digit, 'a' an upper
// case letter, 'c' an alphanumeric. National check digits inside the BBAN are
// filled in by bbanFixups where the country defines them.
var ibanFormats = map[string]string{
	"DE": "nnnnnnnnnnnnnnnnnn",
	"GB": "aaaannnnnnnnnnnnnn",
	"FR": "nnnnnnnnnnnnnnnnnnnnnnn",
	"ES": "nnnnnnnnnnnnnnnnnnnn",
	"IT": "annnnnnnnnncccccccccccc",
	"NL": "aaaannnnnnnnnn",
	"BE": "nnnnnnnnnnnn",
	"CH": "nnnnncccccccccccc",
	"PL": "nnnnnnnnnnnnnnnnnnnnnnnn",
	"SE": "nnnnnnnnnnnnnnnnnnnn",
	"AT": "nnnnnnnnnnnnnnnn",
	"DK": "nnnnnnnnnnnnnn",
	"NO": "nnnnnnnnnnn",
	"FI": "nnnnnnnnnnnnnn",
	"IE": "aaaannnnnnnnnnnnnn",
	"PT": "nnnnnnnnnnnnnnnnnnnnn",
	"LU": "nnnccccccccccccc",
	"CZ": "nnnnnnnnnnnnnnnnnnnn",
}

var ibanCountries = []string{"DE", "GB", "FR", "ES", "IT", "NL", "BE", "CH", "PL", "SE", "AT", "DK", "NO", "FI", "IE", "PT", "LU", "CZ"}

// ibanNumeric converts an IBAN rearranged for checking into its digit string.
func ibanNumeric(s string) string {
	var sb strings.Builder
	for _, c := range s {
		if c >= 'A' && c <= 'Z' {
			sb.WriteString(strconv.Itoa(int(c-'A') + 10))
		} else {
			sb.WriteRune(c)
		}
	}
	return sb.String()
}

// mod97 returns the digit string modulo 97.
func mod97(num string) int {
	n, _ := new(big.Int).SetString(num, 10)
	return int(new(big.Int).Mod(n, big.NewInt(97)).Int64())
}

// ibanValid reports whether a compact IBAN passes the ISO 13616 mod-97 check.
func ibanValid(iban string) bool {
	if len(iban) < 5 {
		return false
	}
	return mod97(ibanNumeric(iban[4:]+iban[:4])) == 1
}

// iban returns a fresh IBAN with correct mod-97 check digits, compact or in
// the printed groups of four.
func (g *gen) iban() string {
	return g.fresh(func() string {
		cc := pick(g, ibanCountries)
		var sb strings.Builder
		for _, c := range ibanFormats[cc] {
			switch c {
			case 'n':
				sb.WriteString(g.str(digits, 1))
			case 'a':
				sb.WriteString(g.str(upper, 1))
			default: // alphanumeric, though most account numbers are digits
				if g.chance(0.1) {
					sb.WriteString(g.str(upper, 1))
				} else {
					sb.WriteString(g.str(digits, 1))
				}
			}
		}
		bban := bbanFixup(cc, sb.String())
		check := 98 - mod97(ibanNumeric(bban+cc+"00"))
		iban := fmt.Sprintf("%s%02d%s", cc, check, bban)
		if g.chance(0.5) {
			var parts []string
			for len(iban) > 4 {
				parts = append(parts, iban[:4])
				iban = iban[4:]
			}
			parts = append(parts, iban)
			return strings.Join(parts, " ")
		}
		return iban
	})
}

// italianCINOdd maps a character's value (digit, or letter index) at an odd
// position to its weight in the Italian CIN check.
var italianCINOdd = []int{1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23}

// bbanFixup fills the national check characters of the BBANs that carry one
// and that are simple to compute (BE, ES, FR, IT); others are left random.
func bbanFixup(cc, bban string) string {
	switch cc {
	case "IT": // CIN letter over ABI, CAB and account
		sum := 0
		for i, c := range bban[1:] {
			v := int(c - '0')
			if c >= 'A' {
				v = int(c - 'A')
			}
			if i%2 == 0 {
				sum += italianCINOdd[v]
			} else {
				sum += v
			}
		}
		return string(rune('A'+sum%26)) + bban[1:]
	case "BE": // last two digits = first ten mod 97, 97 for zero
		m := mod97(bban[:10])
		if m == 0 {
			m = 97
		}
		return fmt.Sprintf("%s%02d", bban[:10], m)
	case "ES": // two control digits between branch and account
		w := []int{1, 2, 4, 8, 5, 10, 9, 7, 3, 6}
		ctl := func(s string) int {
			sum := 0
			for i := range s {
				sum += int(s[i]-'0') * w[i]
			}
			d := 11 - sum%11
			switch d {
			case 11:
				return 0
			case 10:
				return 1
			}
			return d
		}
		return fmt.Sprintf("%s%d%d%s", bban[:8], ctl("00"+bban[:8]), ctl(bban[10:]), bban[10:])
	case "FR": // RIB key over bank (5), branch (5), account (11)
		bank, _ := strconv.ParseInt(bban[:5], 10, 64)
		branch, _ := strconv.ParseInt(bban[5:10], 10, 64)
		acct, _ := strconv.ParseInt(bban[10:21], 10, 64)
		key := 97 - (89*bank+15*branch+3*acct)%97
		return fmt.Sprintf("%s%02d", bban[:21], key)
	}
	return bban
}
