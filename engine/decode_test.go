package engine

import (
	"context"
	"reflect"
	"strings"
	"testing"
)

// TestBuiltinJSONEscaped checks that values inside a JSON string that holds
// JSON or joined lines are found through decode-and-rescan, with spans over
// the escaped text, and that text outside such strings is not rescanned.
func TestBuiltinJSONEscaped(t *testing.T) {
	e := builtinEngine(t)
	p := `{"body": "{\"password\": \"Brightc@rt-QA-2024\", \"note\": \"call \u0032\u0030\u0032 555 0143\"}", ` +
		`"trace": "at Main.run\npassword=Hunt3r2Xq9!\n\tat x", "plain": "AKIAZ7QK3MBN4XRL2WVD"}`
	res := e.Scan(context.Background(), []byte(p), ScanOptions{IncludeValues: true})
	got := map[string][]string{}
	for _, f := range res.Findings {
		got[f.Type] = append(got[f.Type], f.Value)
		if string(p[f.Start:f.End]) != f.Value {
			t.Errorf("%s: span [%d,%d) is %q, value %q", f.Rule, f.Start, f.End, p[f.Start:f.End], f.Value)
		}
	}
	want := map[string][]string{
		"PASSWORD":          {"Brightc@rt-QA-2024", "Hunt3r2Xq9!"},
		"PHONE_NUMBER":      {`\u0032\u0030\u0032 555 0143`},
		"AWS_ACCESS_KEY_ID": {"AKIAZ7QK3MBN4XRL2WVD"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v\nwant %v", got, want)
	}
}

func TestJSONUnescape(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		at       []int
	}{
		{`a\"b`, `a"b`, []int{0, 1, 3, 4}},
		{`x\ny`, "x\ny", []int{0, 1, 3, 4}},
		{`\\\/`, `\/`, []int{0, 2, 4}},
		{`\u00e9!`, "é!", []int{0, 0, 6, 7}},
		{`\ud83d\ude00`, "😀", []int{0, 0, 0, 0, 12}},
		{`\ud83dz`, "\uFFFDz", []int{0, 0, 0, 6, 7}}, // lone high surrogate
		{`\u12`, `\u12`, []int{0, 1, 2, 3, 4}},       // not an escape: kept
		{`a\q`, `a\q`, []int{0, 1, 2, 3}},
		{`end\`, `end\`, []int{0, 1, 2, 3, 4}},
	} {
		dec, at := jsonUnescape([]byte(tc.in), 0, len(tc.in))
		if string(dec) != tc.want || !reflect.DeepEqual(at, tc.at) {
			t.Errorf("jsonUnescape(%q) = %q %v, want %q %v", tc.in, dec, at, tc.want, tc.at)
		}
	}
}

func TestIndexJSONEscape(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int
	}{
		{`no escapes`, -1},
		{`C:\\Users\\x`, -1}, // escaped backslashes hide nothing
		{`C:\\\"x`, 4},
		{`path \/x \"y`, 5}, // \/ hides a URL from its rule (PHP writes https:\/\/)
		{`tab\there`, 3},
		{`\u004`, -1},
		{`\u0041`, 0},
		{`trailing \`, -1},
	} {
		if got := indexJSONEscape([]byte(tc.in), 0); got != tc.want {
			t.Errorf("indexJSONEscape(%q) = %d, want %d", tc.in, got, tc.want)
		}
	}
}

// A candidate one rescan found is not added again by a later rescan of the
// same bytes (the percent and JSON passes can cover the same text).
func TestRescanAddsACandidateOnce(t *testing.T) {
	e := builtinEngine(t)
	p := []byte("GET /c?email=jane%40brightline-health.org HTTP/1.1")
	s := scanPool.Get().(*scan)
	defer s.release()
	s.reset(e, context.Background(), p)
	d := decoder{s: s}
	d.rescan(0, len(p), percentDecode)
	n := len(s.cands)
	if n == 0 {
		t.Fatal("the percent rescan found nothing")
	}
	d.rescan(0, len(p), percentDecode)
	if len(s.cands) != n {
		t.Errorf("second rescan of the same run: %d candidates, want %d", len(s.cands), n)
	}
}

func TestPercentDecode(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		at       []int
	}{
		{`a%40b`, `a@b`, []int{0, 1, 4, 5}},
		{`a+b%2B`, `a+b+`, []int{0, 1, 2, 3, 6}}, // before any '?' or '=', '+' is itself
		{`q=a+b%2Bc`, `q=a b+c`, []int{0, 1, 2, 3, 4, 5, 8, 9}},
		{`/p+x?to=+1`, `/p+x?to= 1`, []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10}},
		{`%4`, `%4`, []int{0, 1, 2}},
	} {
		dec, at := percentDecode([]byte(tc.in), 0, len(tc.in))
		if string(dec) != tc.want || !reflect.DeepEqual(at, tc.at) {
			t.Errorf("percentDecode(%q) = %q %v, want %q %v", tc.in, dec, at, tc.want, tc.at)
		}
	}
}

// TestBuiltinFormEncoded checks values in a form body whose spaces are
// '+': each is found once, with its span over the encoded bytes.
func TestBuiltinFormEncoded(t *testing.T) {
	e := builtinEngine(t)
	p := "Body=ok+the+card+is+4539+1402+3549+2606+exp+07%2F27&From=%2B14155550143\n" +
		"Body=ring+me+on+07691+566827+after+5pm%3F&To=x\n"
	res := e.Scan(context.Background(), []byte(p), ScanOptions{IncludeValues: true})
	got := map[string][]string{}
	for _, f := range res.Findings {
		got[f.Type] = append(got[f.Type], f.Value)
	}
	want := map[string][]string{
		"CREDIT_CARD_NUMBER": {"4539+1402+3549+2606"},
		"PHONE_NUMBER":       {"%2B14155550143", "07691+566827"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v\nwant %v", got, want)
	}
}

func TestTrimEscape(t *testing.T) {
	for _, tt := range []struct {
		p          string
		start, end int
		want       int
	}{
		{`a=net\",`, 2, 6, 5}, // the backslash of \" goes
		{`a=net\n`, 2, 6, 5},  // of \n too
		{`a=ne\\",`, 2, 6, 6}, // an escaped backslash stays
		{`a=n\\\",`, 2, 6, 5}, // \\ then \": the last one goes
		{`a=net\x`, 2, 6, 6},  // no JSON escape
		{`a=net\`, 2, 6, 6},   // nothing after it
		{`a=netX",`, 2, 6, 6}, // no backslash
	} {
		if got := trimEscape([]byte(tt.p), tt.start, tt.end); got != tt.want {
			t.Errorf("trimEscape(%q, %d, %d) = %d, want %d", tt.p, tt.start, tt.end, got, tt.want)
		}
	}
}

// TestEscapedValueEnd checks that a value found in JSON-escaped text ends
// before the escape that follows it, on both paths, so a mask leaves the
// escape whole.
func TestEscapedValueEnd(t *testing.T) {
	e := builtinEngine(t)
	key := strings.Repeat("Kq7Vb2Lx9Rm4Tn6Wp1Zc8Kd3Hf5Gs0Ya", 3)[:86] + "=="
	p := []byte(`{"content": "{\n  \"CONN\": \"DefaultEndpointsProtocol=https;AccountName=paymentsrcpt;AccountKey=` + key + `;EndpointSuffix=core.windows.net\",\n  \"X\": 1\n}"}`)
	for _, ref := range []bool{false, true} {
		res := e.Scan(context.Background(), p, ScanOptions{Reference: ref})
		if len(res.Findings) == 0 {
			t.Fatalf("reference=%v: no finding", ref)
		}
		for _, f := range res.Findings {
			if p[f.End-1] == '\\' {
				t.Errorf("reference=%v: %s ends on the backslash of an escape: %q", ref, f.Rule, p[f.Start:f.End])
			}
		}
	}
}

// TestEscapedSlashes checks that a URL JSON-escaped the way PHP's
// json_encode writes it (https:\/\/host\/path) is found, on both paths,
// over its encoded bytes.
func TestEscapedSlashes(t *testing.T) {
	e := builtinEngine(t)
	url := `https:\/\/hooks.slack.com\/services\/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`
	p := []byte(`{"incoming_webhook": {"channel": "#ops", "url": "` + url + `"}}`)
	for _, ref := range []bool{false, true} {
		var got []string
		for _, f := range e.Scan(context.Background(), p, ScanOptions{Reference: ref}).Findings {
			got = append(got, f.Type+" "+string(p[f.Start:f.End]))
		}
		if want := []string{"SLACK_WEBHOOK_URL " + url}; !reflect.DeepEqual(got, want) {
			t.Errorf("reference=%v: got %q, want %q", ref, got, want)
		}
	}
}

// TestEscapedLineBreakEndsValue checks that a single-line rule's value in
// JSON-escaped text stops at an escaped line break, on both paths, so it
// does not swallow the next line's finding.
func TestEscapedLineBreakEndsValue(t *testing.T) {
	e := builtinEngine(t)
	key := strings.Repeat("Kq7Vb2Lx9Rm4Tn6Wp1Zc8Kd3Hf5Gs0Ya", 3)[:86] + "=="
	conn := "DefaultEndpointsProtocol=https;AccountName=orders;AccountKey=" + key + ";EndpointSuffix=core.windows.net"
	p := []byte(`{"content": "AZURE_STORAGE_CONNECTION_STRING=` + conn + `\nPIP_EXTRA_INDEX_URL=https://ci-reader:BukTMa33L7O0wyYQ@pkgs.acme.io/simple/\n"}`)
	for _, ref := range []bool{false, true} {
		got := map[string]string{}
		for _, f := range e.Scan(context.Background(), p, ScanOptions{Reference: ref}).Findings {
			got[f.Type] = string(p[f.Start:f.End])
		}
		if got["AZURE_STORAGE_CONNECTION_STRING"] != conn {
			t.Errorf("reference=%v: connection string %q, want %q", ref, got["AZURE_STORAGE_CONNECTION_STRING"], conn)
		}
		if got["URL_CREDENTIALS"] != "ci-reader:BukTMa33L7O0wyYQ" {
			t.Errorf("reference=%v: URL credentials %q", ref, got["URL_CREDENTIALS"])
		}
	}
}

func TestSkipEscape(t *testing.T) {
	for _, tt := range []struct {
		p          string
		start, end int
		want       int
	}{
		{`"\tgit@github.com"`, 2, 17, 3},  // the t of \t goes
		{`"\ngit@github.com"`, 2, 17, 3},  // the n of \n too
		{`"\\tgit@github.com"`, 3, 18, 3}, // an escaped backslash: t is text
		{`" tgit@github.com"`, 2, 17, 2},  // no backslash
		{`"\xgit@github.com"`, 2, 17, 2},  // no such escape
	} {
		if got := skipEscape([]byte(tt.p), tt.start, tt.end); got != tt.want {
			t.Errorf("skipEscape(%q, %d, %d) = %d, want %d", tt.p, tt.start, tt.end, got, tt.want)
		}
	}
}

// TestBuiltinJSONEscapedTwice checks a string escaped twice (a Python
// bytes repr of an HTTP request in a notebook's JSON output): the header's
// token is found, its span over the payload's bytes, and a Windows path
// escaped once is not decoded a second time.
func TestBuiltinJSONEscapedTwice(t *testing.T) {
	e := builtinEngine(t)
	tok := "9d1e7c3a5b2f48e6a0c4d8b1f7e3a9c5d2b6f0e4a8c1d5b9f3e7a2c6d0b4f8e1"
	p := `{"text": ["send: b'GET /v2/account HTTP/1.1\\r\\nHost: api.example.org\\r\\nAuthorization: token ` + tok +
		`\\r\\n\\r\\n'\n"], "path": "C:\\new\\tools"}`
	res := e.Scan(context.Background(), []byte(p), ScanOptions{IncludeValues: true})
	found := false
	for _, f := range res.Findings {
		if string(p[f.Start:f.End]) != f.Value {
			t.Errorf("%s: span [%d,%d) is %q, value %q", f.Rule, f.Start, f.End, p[f.Start:f.End], f.Value)
		}
		found = found || f.Value == tok
	}
	if !found {
		t.Errorf("token in a twice-escaped request not found: %+v", res.Findings)
	}
	dec, at := jsonUnescapeDeep([]byte(`C:\\new\\tools`), 0, len(`C:\\new\\tools`))
	if string(dec) != `C:\new\tools` || len(at) != len(dec)+1 {
		t.Errorf("a path escaped once: got %q (%d offsets)", dec, len(at))
	}
}

// TestBuiltinQuotedPrintable checks a mail body in quoted-printable: a
// context word the encoding hides (T=C3=A9l.) is read decoded, and the
// finding's span is the number's bytes in the payload.
func TestBuiltinQuotedPrintable(t *testing.T) {
	e := builtinEngine(t)
	p := "--b1\nContent-Type: text/plain; charset=\"UTF-8\"\nContent-Transfer-Encoding: quoted-printable\n\n" +
		"Pour information.\n\n-----Message d'origine-----\nDe : Yann\n\n" +
		"Yann Le Bihan\nG=C3=A9rant =E2=80=93 Menuiserie\nT=C3=A9l. 02 97 44 18 63\nMerci de mettre =C3=A0 jour =\nnos coordonn=C3=A9es.\n" +
		"--b1\nContent-Type: text/plain\n\nquoted-printable is named here, nothing to decode\n--b1--\n"
	res := e.Scan(context.Background(), []byte(p), ScanOptions{IncludeValues: true})
	var got []string
	for _, f := range res.Findings {
		got = append(got, f.Type+" "+string(p[f.Start:f.End]))
	}
	if !reflect.DeepEqual(got, []string{"PHONE_NUMBER 02 97 44 18 63"}) {
		t.Errorf("got %q", got)
	}
	dec, at := qpDecode([]byte("a=C3=A9 b=\r\nc"), 0, 13)
	if string(dec) != "aé bc" || !reflect.DeepEqual(at, []int{0, 1, 4, 7, 8, 12, 13}) {
		t.Errorf("qpDecode: %q %v", dec, at)
	}
}
