package corpus

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf16"

	"gopkg.in/yaml.v3"
)

// corpus1 is Generate's internal form for seed 1, built once per test binary.
var corpus1 = generate(1)

func TestGenerateDeterministic(t *testing.T) {
	a, b := Generate(1), Generate(1)
	if len(a) != len(b) {
		t.Fatalf("len(Generate(1)) = %d, then %d", len(a), len(b))
	}
	for i := range a {
		if a[i].Path != b[i].Path || !bytes.Equal(a[i].Data, b[i].Data) || !slices.Equal(a[i].Labels, b[i].Labels) || a[i].Negative != b[i].Negative {
			t.Fatalf("file %d (%s) differs between two Generate(1) calls", i, a[i].Path)
		}
	}
	c := Generate(2)
	same := 0
	for i := range min(len(a), len(c)) {
		if bytes.Equal(a[i].Data, c[i].Data) {
			same++
		}
	}
	if same > len(a)/10 {
		t.Errorf("Generate(2) shares %d of %d files with Generate(1); seeds should change content", same, len(a))
	}
}

func TestCorpusShape(t *testing.T) {
	files := Generate(1)
	neg, total := 0, 0
	for _, f := range files {
		total += len(f.Data)
		if f.Negative {
			neg++
		}
	}
	if len(files) < 330 {
		t.Errorf("Generate(1) has %d files, want >= 330", len(files))
	}
	if neg*3 < len(files) {
		t.Errorf("Generate(1) has %d negative files of %d, want >= 1/3", neg, len(files))
	}
	if total < 1_500_000 || total > 3_000_000 {
		t.Errorf("Generate(1) totals %d bytes, want 1.5-3 MB", total)
	}
	seen := map[string]bool{}
	for _, f := range files {
		if seen[f.Path] {
			t.Errorf("duplicate path %q", f.Path)
		}
		seen[f.Path] = true
		if strings.Contains(f.Path, "\\") || strings.Contains(f.Path, "..") || strings.HasPrefix(f.Path, "/") || !strings.Contains(f.Path, "/") {
			t.Errorf("path %q is not a clean relative path with a carrier directory", f.Path)
		}
		if f.Negative != strings.HasPrefix(f.Path, "negative/") && !strings.HasPrefix(f.Path, "special/") {
			t.Errorf("%s: Negative = %v but path says otherwise", f.Path, f.Negative)
		}
	}
}

func TestLabelsWellFormed(t *testing.T) {
	for _, f := range Generate(1) {
		if f.Negative && len(f.Labels) > 0 {
			t.Errorf("%s: negative file has %d labels", f.Path, len(f.Labels))
		}
		if !f.Negative && len(f.Labels) == 0 {
			t.Errorf("%s: positive file has no labels", f.Path)
		}
		prevEnd := 0
		for i, l := range f.Labels {
			if l.Start < 0 || l.End > len(f.Data) || l.Start >= l.End {
				t.Errorf("%s: label %d %+v is outside [0, %d) or empty", f.Path, i, l, len(f.Data))
				continue
			}
			if l.Start < prevEnd {
				t.Errorf("%s: label %d %+v overlaps or precedes the label before it (end %d)", f.Path, i, l, prevEnd)
			}
			prevEnd = l.End
			if !slices.Contains(allTypes, l.Type) {
				t.Errorf("%s: label %d has unknown type %q", f.Path, i, l.Type)
			}
		}
	}
}

func TestPlantedValues(t *testing.T) {
	for _, f := range corpus1 {
		for _, p := range f.labels {
			if got := string(f.data[p.Start:p.End]); got != p.Value {
				t.Errorf("%s: %s span [%d,%d) holds %q, generator planted %q", f.path, p.Type, p.Start, p.End, got, p.Value)
			}
		}
	}
}

// wellKnown are the values the corpus may repeat across files.
func wellKnown(v string) bool {
	return slices.Contains(testCards, v) || v == "noreply@github.com"
}

func TestValuesUniqueAcrossFiles(t *testing.T) {
	owner := map[string]string{}
	for _, f := range corpus1 {
		for _, p := range f.labels {
			if wellKnown(p.Value) {
				continue
			}
			if o, ok := owner[p.Value]; ok && o != f.path {
				t.Errorf("%s value %q planted in both %s and %s", p.Type, p.Value, o, f.path)
			}
			owner[p.Value] = f.path
		}
	}
}

func TestEveryTypePlanted(t *testing.T) {
	count := map[string]int{}
	for _, f := range Generate(1) {
		for _, l := range f.Labels {
			count[l.Type]++
		}
	}
	for _, typ := range allTypes {
		want := 12
		if typ == tDatabricks {
			want = 4 // one settings group plants it (it used to be GENERIC_SECRET)
		}
		if count[typ] < want {
			t.Errorf("type %s has %d labels in Generate(1), want >= %d", typ, count[typ], want)
		}
	}
}

var (
	reAWSKey  = regexp.MustCompile(`^(AKIA|ASIA)[A-Z2-7]{16}$`)
	reSSN     = regexp.MustCompile(`^(\d{3})[- ]?(\d{2})[- ]?(\d{4})$`)
	reITIN    = regexp.MustCompile(`^9\d{2}-(5[0-9]|6[0-5]|7[0-9]|8[0-8]|9[0-2]|9[4-9])-\d{4}$`)
	reNINO    = regexp.MustCompile(`^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]$`)
	reEmail   = regexp.MustCompile(`^[A-Za-z0-9._%+-]+(@|%40)[A-Za-z0-9.-]+\.[A-Za-z]{2,}$`)
	reGitHub  = regexp.MustCompile(`^(gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})$`)
	rePEM     = regexp.MustCompile(`(?s)^-----BEGIN ([A-Z ]+)-----.*-----END ([A-Z ]+)-----$`)
	reMAC     = regexp.MustCompile(`^[0-9A-Fa-f]{2}([:-][0-9A-Fa-f]{2}){5}$`)
	reSlackWH = regexp.MustCompile(`^https://hooks\.slack\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]{24}$`)
	reTGram   = regexp.MustCompile(`^\d{8,10}:AA[A-Za-z0-9_-]{33}$`)
	reUUIDAt  = regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}@`)
	reAzure   = regexp.MustCompile(`^DefaultEndpointsProtocol=https;AccountName=[a-z0-9]+;AccountKey=[A-Za-z0-9+/]{86}==;EndpointSuffix=[a-z.]+$`)
)

// checkValue reports why a planted value is not valid for its type, or "".
func checkValue(typ, v string) string {
	digitsOnly := strings.NewReplacer(" ", "", "-", "").Replace(v)
	switch typ {
	case tCard:
		if !luhnValid(digitsOnly) || len(digitsOnly) < 14 || len(digitsOnly) > 19 {
			return "not a Luhn-valid 14-19 digit number"
		}
	case tIBAN:
		if !ibanValid(strings.ReplaceAll(v, " ", "")) {
			return "fails mod-97"
		}
	case tSSN:
		m := reSSN.FindStringSubmatch(v)
		if m == nil || m[1] == "000" || m[1] == "666" || m[1][0] == '9' || m[2] == "00" || m[3] == "0000" {
			return "breaks SSN area/group/serial rules"
		}
	case tITIN:
		if !reITIN.MatchString(v) {
			return "not an ITIN"
		}
	case tNINO:
		if !reNINO.MatchString(v) || slices.Contains([]string{"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}, v[:2]) {
			return "not a NINO"
		}
	case tAWSKey:
		if !reAWSKey.MatchString(v) {
			return "not AKIA/ASIA + 16 base32"
		}
	case tAWSSecret:
		if len(v) != 40 {
			return "not 40 characters"
		}
	case tEmail:
		if !reEmail.MatchString(v) {
			return "not an email address"
		}
	case tGitHub:
		if !reGitHub.MatchString(v) {
			return "not a GitHub token shape"
		}
		if strings.HasPrefix(v, "gh") && v[3] == '_' && base62Checksum(v[4:34]) != v[34:] {
			return "bad CRC32 checksum"
		}
	case tPrivKey:
		m := rePEM.FindStringSubmatch(v)
		if m == nil || m[1] != m[2] || !strings.Contains(m[1], "PRIVATE KEY") {
			return "not a PEM private key block"
		}
	case tGCPCreds:
		if !strings.HasPrefix(v, `-----BEGIN PRIVATE KEY-----\n`) || !strings.HasSuffix(v, `-----END PRIVATE KEY-----\n`) || strings.Contains(v, "\n") {
			return "not a JSON-escaped PEM"
		}
	case tJWT:
		parts := strings.Split(v, ".")
		if len(parts) != 3 {
			return "not three parts"
		}
		h, err := base64.RawURLEncoding.DecodeString(parts[0])
		var hdr struct{ Alg, Typ string }
		if err != nil || json.Unmarshal(h, &hdr) != nil || hdr.Typ != "JWT" || hdr.Alg == "" {
			return "header is not base64url JSON with alg and typ JWT"
		}
		if p, err := base64.RawURLEncoding.DecodeString(parts[1]); err != nil || !json.Valid(p) {
			return "payload is not base64url JSON"
		}
	case tMAC:
		if !reMAC.MatchString(v) {
			return "not a MAC address"
		}
	case tSlackHook:
		if !reSlackWH.MatchString(v) {
			return "not a Slack webhook URL"
		}
	case tTelegram:
		if !reTGram.MatchString(v) {
			return "not a Telegram bot token"
		}
	case tAzureConn:
		if !reAzure.MatchString(v) {
			return "not a storage connection string"
		}
	case tStripe:
		if !regexp.MustCompile(`^(sk|rk)_(live|test)_[A-Za-z0-9]{24,}$`).MatchString(v) {
			return "not a Stripe secret key"
		}
	case tOAuthSecret:
		if !regexp.MustCompile(`^GOCSPX-[A-Za-z0-9_-]{28}$`).MatchString(v) {
			return "not GOCSPX-"
		}
	case tGCPKey:
		if !regexp.MustCompile(`^AIza[A-Za-z0-9_-]{35}$`).MatchString(v) {
			return "not AIza"
		}
	case tAnthropic:
		if !regexp.MustCompile(`^sk-ant-(api03|admin01)-[A-Za-z0-9_-]{93}AA$`).MatchString(v) {
			return "not an Anthropic key"
		}
	case tOpenAI:
		if !strings.HasPrefix(v, "sk-") || !strings.Contains(v, "T3BlbkFJ") {
			return "not an OpenAI key"
		}
	}
	return ""
}

func TestValuesValid(t *testing.T) {
	for _, f := range corpus1 {
		if strings.HasPrefix(f.path, "special/") {
			continue // UTF-16 values; their UTF-8 forms are checked where generated
		}
		for _, p := range f.labels {
			if why := checkValue(p.Type, p.Value); why != "" {
				t.Errorf("%s: %s %q: %s", f.path, p.Type, p.Value, why)
			}
		}
	}
}

func TestGitHubChecksum(t *testing.T) {
	// CRC32("") is 0, so the checksum is all padding.
	if got := base62Checksum(""); got != "000000" {
		t.Errorf(`base62Checksum("") = %q, want "000000"`, got)
	}
	// CRC32("123456789") is the check value 0xCBF43926, "3jZRME" in base62.
	if got, want := base62Checksum("123456789"), "3jZRME"; got != want {
		t.Errorf(`base62Checksum("123456789") = %q, want %q`, got, want)
	}
}

func TestNationalCheckDigits(t *testing.T) {
	// The IBAN registry's Italian example IT60 X054 2811 1010 0000 0123 456.
	if got := bbanFixup("IT", "?0542811101000000123456"); got != "X0542811101000000123456" {
		t.Errorf("Italian CIN: got %s, want X0542811101000000123456", got)
	}
	// Belgian example BE68 5390 0754 7034: check 34 = 5390075470 mod 97.
	if got := bbanFixup("BE", "539007547000"); got != "539007547034" {
		t.Errorf("Belgian check: got %s, want 539007547034", got)
	}
	// Spanish example ES91 2100 0418 4502 0005 1332: control digits 45.
	if got := bbanFixup("ES", "21000418000200051332"); got != "21000418450200051332" {
		t.Errorf("Spanish control digits: got %s, want 21000418450200051332", got)
	}
	// French example FR76 3000 6000 0112 3456 7890 189: RIB key 89.
	if got := bbanFixup("FR", "30006000011234567890100"); got != "30006000011234567890189" {
		t.Errorf("French RIB key: got %s, want 30006000011234567890189", got)
	}
	for _, iban := range []string{"IT60X0542811101000000123456", "ES9121000418450200051332", "FR7630006000011234567890189", "BE68539007547034", "DE89370400440532013000", "GB29NWBK60161331926819"} {
		if !ibanValid(iban) {
			t.Errorf("ibanValid(%s) = false", iban)
		}
	}
}

// audit lists high-precision patterns: every match in a corpus file must lie
// inside a label, so a look-alike that slipped into the wrong place, or a
// value the generator forgot to label, fails the test.
var audit = []struct {
	name  string
	re    *regexp.Regexp
	allow func(match, before string) bool // deliberate look-alikes; before is the text preceding the match
}{
	{"email", regexp.MustCompile(`[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}`), func(s, _ string) bool {
		// SSH remotes and Message-IDs have the shape but are not addresses.
		return strings.HasPrefix(s, "git@github.com") || reUUIDAt.MatchString(s)
	}},
	{"aws key id", regexp.MustCompile(`\b(AKIA|ASIA)[A-Z2-7]{16}\b`), func(s, _ string) bool { return s == awsExampleKeyID }},
	{"github token", regexp.MustCompile(`\bgh[pousr]_[A-Za-z0-9]{36}\b|github_pat_\w{82}`), func(s, _ string) bool { return strings.Contains(s, "xxxx") }},
	{"private key", regexp.MustCompile(`-----BEGIN [A-Z ]*PRIVATE KEY( BLOCK)?-----`), nil},
	{"stripe secret", regexp.MustCompile(`\b[sr]k_(live|test)_[A-Za-z0-9]{24,}`), func(s, _ string) bool { return strings.Contains(strings.ToLower(s), "xxxx") }},
	{"slack token", regexp.MustCompile(`\bxox[bpa]-[0-9]+-[0-9A-Za-z-]+`), nil},
	{"slack webhook", regexp.MustCompile(`https://hooks\.slack\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]+`), func(s, _ string) bool { return strings.Contains(s, "XXXX") || strings.Contains(s, "T00000000") }},
	{"jwt", regexp.MustCompile(`\beyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+`), nil},
	{"google api key", regexp.MustCompile(`\bAIza[0-9A-Za-z_-]{35}`), nil},
	{"openai key", regexp.MustCompile(`\bsk-(proj-|svcacct-)?[A-Za-z0-9_-]{20,}T3BlbkFJ`), nil},
	{"anthropic key", regexp.MustCompile(`sk-ant-[a-z0-9]+-[A-Za-z0-9_-]{20,}`), nil},
	{"sendgrid key", regexp.MustCompile(`\bSG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}`), nil},
	{"gocspx", regexp.MustCompile(`GOCSPX-[A-Za-z0-9_-]{28}`), func(s, _ string) bool { return strings.Contains(s, "xxxx") }},
	{"ya29", regexp.MustCompile(`ya29\.[A-Za-z0-9_-]{20,}`), nil},
	{"card", regexp.MustCompile(`\b(?:4\d{3}|5[1-5]\d{2}|6011)[ -]?\d{4}[ -]?\d{4}[ -]?\d{4}\b`), func(s, before string) bool {
		// Databricks workspace ids are 16 random digits: a look-alike.
		return !luhnValid(strings.NewReplacer(" ", "", "-", "").Replace(s)) || strings.HasSuffix(before, "adb-")
	}},
	{"ssn", regexp.MustCompile(`\b\d{3}-\d{2}-\d{4}\b`), nil},
}

func TestNoUnlabelledValues(t *testing.T) {
	for _, f := range corpus1 {
		if strings.HasPrefix(f.path, "special/") {
			continue
		}
		for _, a := range audit {
			for _, m := range a.re.FindAllIndex(f.data, -1) {
				s := string(f.data[m[0]:m[1]])
				before := string(f.data[max(0, m[0]-8):m[0]])
				if a.allow != nil && a.allow(s, before) {
					continue
				}
				// A match is explained by a label that contains it, or, for
				// user:pass@host, by the userinfo label it starts inside.
				covered := slices.ContainsFunc(f.labels, func(p planted) bool {
					return p.Start <= m[0] && m[1] <= p.End ||
						p.Type == tURLCreds && p.Start <= m[0] && m[0] < p.End
				})
				if !covered {
					t.Errorf("%s: unlabelled %s %q at %d", f.path, a.name, s, m[0])
				}
			}
		}
	}
}

func TestUTF16Files(t *testing.T) {
	n := 0
	for _, f := range Generate(1) {
		if !strings.HasPrefix(f.Path, "special/") || strings.HasSuffix(f.Path, ".bin") {
			continue
		}
		n++
		if !bytes.HasPrefix(f.Data, []byte{0xFF, 0xFE}) || len(f.Data)%2 != 0 {
			t.Errorf("%s: not UTF-16LE with a BOM", f.Path)
			continue
		}
		for _, l := range f.Labels {
			if l.Start%2 != 0 || l.End%2 != 0 {
				t.Errorf("%s: label %+v splits a UTF-16 code unit", f.Path, l)
			}
			u := make([]uint16, 0, (l.End-l.Start)/2)
			for i := l.Start; i < l.End; i += 2 {
				u = append(u, uint16(f.Data[i])|uint16(f.Data[i+1])<<8)
			}
			if v := string(utf16.Decode(u)); checkValue(l.Type, v) != "" {
				t.Errorf("%s: %s %q: %s", f.Path, l.Type, v, checkValue(l.Type, v))
			}
		}
	}
	if n < 3 {
		t.Errorf("found %d UTF-16 files, want >= 3", n)
	}
}

func TestMixed(t *testing.T) {
	for _, size := range []int{0, 100, 4 << 10, 64 << 10, 1 << 20} {
		t.Run(fmt.Sprint(size), func(t *testing.T) {
			data, labels := Mixed(size, 7)
			if len(data) != size {
				t.Fatalf("len(Mixed(%d, 7)) = %d", size, len(data))
			}
			data2, labels2 := Mixed(size, 7)
			if !bytes.Equal(data, data2) || !slices.Equal(labels, labels2) {
				t.Fatalf("Mixed(%d, 7) is not deterministic", size)
			}
			prevEnd := 0
			for _, l := range labels {
				if l.Start < prevEnd || l.End > len(data) || l.Start >= l.End {
					t.Fatalf("label %+v out of order or bounds", l)
				}
				prevEnd = l.End
			}
			if size >= 64<<10 {
				perKB := float64(len(labels)) / (float64(size) / 1024)
				if perKB < 2 || perKB > 4 {
					t.Errorf("Mixed(%d) has %.2f labels per KB, want about 3", size, perKB)
				}
			}
		})
	}
}

func ExampleMixed() {
	data, labels := Mixed(8<<10, 1)
	fmt.Println(len(data), len(labels) > 0)
	// Output: 8192 true
}

// TestStructuredFilesParse checks that files claiming a structured format
// are well-formed, so the corpus exercises parsers the way real files do.
func TestStructuredFilesParse(t *testing.T) {
	for _, f := range Generate(1) {
		ext := f.Path[strings.LastIndexByte(f.Path, '.')+1:]
		switch ext {
		case "json", "har", "tfstate":
			if !json.Valid(f.Data) {
				t.Errorf("%s: invalid JSON", f.Path)
			}
		case "jsonl":
			for i, line := range bytes.Split(bytes.TrimSpace(f.Data), []byte("\n")) {
				if !json.Valid(line) {
					t.Errorf("%s:%d: invalid JSON line", f.Path, i+1)
				}
			}
		case "yaml", "yml":
			if bytes.Contains(f.Data, []byte("{{")) && bytes.Contains(f.Data, []byte("include ")) {
				continue // Helm templates are not YAML until rendered
			}
			dec := yaml.NewDecoder(bytes.NewReader(f.Data))
			for {
				var v any
				err := dec.Decode(&v)
				if err == io.EOF {
					break
				}
				if err != nil {
					t.Errorf("%s: invalid YAML: %v", f.Path, err)
					break
				}
			}
		}
	}
}

func BenchmarkMixed(b *testing.B) {
	for _, size := range []int{4 << 10, 1 << 20} {
		b.Run(fmt.Sprint(size), func(b *testing.B) {
			b.SetBytes(int64(size))
			for b.Loop() {
				Mixed(size, 1)
			}
		})
	}
}

func BenchmarkGenerate(b *testing.B) {
	for b.Loop() {
		Generate(1)
	}
}

// TestIBANLengths pins the generated IBANs to the lengths of the SWIFT IBAN
// registry (an earlier template made Italian and Swiss IBANs one character
// too long, and a correct validator rightly rejected them).
func TestIBANLengths(t *testing.T) {
	registry := map[string]int{
		"DE": 22, "GB": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "BE": 16, "CH": 21, "PL": 28,
		"SE": 24, "AT": 20, "DK": 18, "NO": 15, "FI": 18, "IE": 22, "PT": 25, "LU": 20, "CZ": 24,
	}
	for _, cc := range ibanCountries {
		want, ok := registry[cc]
		if !ok {
			t.Errorf("%s: no registry length in this test", cc)
			continue
		}
		if got := 4 + len(ibanFormats[cc]); got != want {
			t.Errorf("%s: IBAN length %d, registry says %d", cc, got, want)
		}
	}
}
