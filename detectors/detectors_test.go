package detectors

import (
	"strings"
	"testing"
)

// The outcomes most cases expect.
var (
	confirm   = Outcome{Verdict: Confirm}
	reject    = Outcome{Verdict: Reject}
	noOpinion = Outcome{}
)

// validatorTest is one case of a validator table: a candidate and the
// outcome it must get.
type validatorTest struct {
	name string
	c    Candidate
	want Outcome
}

// val returns a candidate whose payload, match and value are all v.
func val(v string) Candidate {
	return Candidate{Payload: []byte(v), End: len(v), MatchEnd: len(v)}
}

// in returns a candidate for the first occurrence of value in payload; the
// match is the value itself.
func in(payload, value string) Candidate {
	return inMatch(payload, value, value)
}

// inMatch returns a candidate whose match is the first occurrence of match
// in payload and whose value is the first occurrence of value in the match.
func inMatch(payload, match, value string) Candidate {
	ms := strings.Index(payload, match)
	vs := strings.Index(match, value)
	if ms < 0 || vs < 0 {
		panic("test candidate: " + value + " not in " + match + " not in " + payload)
	}
	return Candidate{
		Payload:    []byte(payload),
		Start:      ms + vs,
		End:        ms + vs + len(value),
		MatchStart: ms,
		MatchEnd:   ms + len(match),
	}
}

// runValidator builds s and checks every case of tests.
func runValidator(t *testing.T, s Spec, tests []validatorTest) {
	t.Helper()
	v, err := Build(s)
	if err != nil {
		t.Fatalf("Build(%+v): %v", s, err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := v.Validate(tt.c); got != tt.want {
				t.Errorf("%s: Validate(%q in %q) = %+v, want %+v",
					s.Kind, tt.c.Value(), tt.c.Payload, got, tt.want)
			}
		})
	}
}

// minimalSpec returns the smallest valid spec of a kind.
func minimalSpec(kind string) Spec {
	s := Spec{Kind: kind}
	switch kind {
	case "context", "not_context", "not_column", "not_table", "sql_column":
		s.Words = []string{"key"}
	case "entropy":
		s.Min = 3
	case "length":
		s.MinLen, s.MaxLen = 4, 64
	}
	return s
}

func TestBuildEveryKind(t *testing.T) {
	for _, kind := range Kinds() {
		t.Run(kind, func(t *testing.T) {
			v, err := Build(minimalSpec(kind))
			if err != nil {
				t.Fatalf("Build: %v", err)
			}
			if got := v.Name(); got != kind {
				t.Errorf("Name() = %q, want %q", got, kind)
			}
		})
	}
}

func TestBuildErrors(t *testing.T) {
	tests := []struct {
		name string
		spec Spec
		want string
	}{
		{"no kind", Spec{}, "validator without kind"},
		{"unknown kind", Spec{Kind: "lunh"}, `unknown validator kind "lunh" (known: luhn, card_iin,`},
		{"context without words", Spec{Kind: "context"}, `validator "context" needs words`},
		{"not_context without words", Spec{Kind: "not_context"}, `validator "not_context" needs words`},
		{"luhn with words", Spec{Kind: "luhn", Words: []string{"x"}}, `validator "luhn" does not take parameter "words"`},
		{"not_context with boost", Spec{Kind: "not_context", Words: []string{"x"}, Boost: 0.1}, `validator "not_context" does not take parameter "boost"`},
		{"entropy with window", Spec{Kind: "entropy", Window: 3}, `validator "entropy" does not take parameter "window"`},
		{"placeholder with min", Spec{Kind: "placeholder", Min: 3}, `validator "placeholder" does not take parameter "min"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Build(tt.spec)
			if err == nil {
				t.Fatalf("Build(%+v) = nil error, want %q", tt.spec, tt.want)
			}
			if got := err.Error(); !strings.HasPrefix(got, tt.want) {
				t.Errorf("Build(%+v) error = %q, want prefix %q", tt.spec, got, tt.want)
			}
		})
	}
}

func TestVerdictString(t *testing.T) {
	for v, want := range map[Verdict]string{NoOpinion: "no-opinion", Confirm: "confirm", Reject: "reject"} {
		if got := v.String(); got != want {
			t.Errorf("Verdict(%d).String() = %q, want %q", v, got, want)
		}
	}
}

// hotPath lists validators and typical candidates of the request path.
// TestZeroAllocs holds them to no allocation per call; BenchmarkValidators
// measures them.
var hotPath = []struct {
	name string
	spec Spec
	c    Candidate
	want Verdict
}{
	{"luhn", Spec{Kind: "luhn"}, in("card: 4111 1111 1111 1111 exp 12/29", "4111 1111 1111 1111"), Confirm},
	{"card_iin", Spec{Kind: "card_iin"}, in("card: 4111 1111 1111 1111 exp 12/29", "4111 1111 1111 1111"), Confirm},
	{"iban", Spec{Kind: "iban"}, in("IBAN: GB29 NWBK 6016 1331 9268 19.", "GB29 NWBK 6016 1331 9268 19"), Confirm},
	{"us_ssn", Spec{Kind: "us_ssn"}, in("ssn 536-22-8726", "536-22-8726"), Confirm},
	{"us_itin", Spec{Kind: "us_itin"}, in("itin 912-70-1234", "912-70-1234"), Confirm},
	{"github_crc32", Spec{Kind: "github_crc32"}, val("gh" + "p_zQWBuTSOoRi4A9spHcVY5ncnsDkxkJ0mLq17"), Confirm},
	{"uk_nino", Spec{Kind: "uk_nino"}, val("AB 12 34 56 C"), Confirm},
	{"bitlocker", Spec{Kind: "bitlocker"}, val("052712-545479-184173-139183-274219-054659-365222-141944"), Confirm},
	{"ipv4", Spec{Kind: "ipv4"}, in("connect to 93.184.216.34:443 failed", "93.184.216.34"), Confirm},
	{"context", Spec{Kind: "context", Words: []string{"password", "passwd", "pwd", "secret", "api key", "token"}},
		inMatch(`{"user": "jane", "db_password": "Tr0ub4dor&3", "host": "db.internal"}`, `"db_password": "Tr0ub4dor&3"`, "Tr0ub4dor&3"), Confirm},
	{"context miss", Spec{Kind: "context", Words: []string{"password", "passwd", "pwd", "secret", "api key", "token"}},
		in(`{"user": "jane", "order": "Tr0ub4dor&3", "host": "db.internal", "region": "eu-west-1"}`, "Tr0ub4dor&3"), NoOpinion},
	{"not_context", Spec{Kind: "not_context", Words: []string{"order id", "invoice", "tracking"}},
		in("shipped, tracking number 1Z999AA10123456784 today", "1Z999AA10123456784"), Reject},
	{"entropy", Spec{Kind: "entropy", Min: 3.5, MinLen: 16, MinClasses: 3}, val("q8Zr3xT1vW9pL2mN7bK4sD6f"), Confirm},
	{"placeholder", Spec{Kind: "placeholder"}, val("q8Zr3xT1vW9pL2mN7bK4sD6f"), NoOpinion},
	{"placeholder hit", Spec{Kind: "placeholder"}, val("${DB_PASSWORD}"), Reject},
	{"placeholder example", Spec{Kind: "placeholder"}, val("AKIAIOSFODNN7EXAMPLE"), Reject},
	{"placeholder with a prefix", Spec{Kind: "placeholder"}, val("sess_q8Zr3xT1vW9pL2mN7bK4sD6fq8Zr3xT1vW9p"), NoOpinion},
	{"placeholder anonymous id", Spec{Kind: "placeholder"}, val("anon-ce230be2-32bc-437c-8516-5aead31bda06"), Reject},
	{"placeholder URL", Spec{Kind: "placeholder"}, val("postgres://app:Kq7-Vb2-Lx9@db.internal:5432/app"), NoOpinion},
	{"email", Spec{Kind: "email"}, val("maria.delgado@brightline-health.org"), NoOpinion},
	{"email role", Spec{Kind: "email"}, val("api-support@example.com"), Reject},
	{"email person at example.com", Spec{Kind: "email"}, val("maria.delgado@example.com"), NoOpinion},
	{"mac", Spec{Kind: "mac"}, in("device mac=3c:22:fb:91:0a:7e up", "3c:22:fb:91:0a:7e"), Confirm},
	{"entropy hex", Spec{Kind: "entropy", Min: 3.5, MinLen: 16}, val("8b3f23afbec8bc26c038b66b40e13658"), NoOpinion},
}

func TestZeroAllocs(t *testing.T) {
	for _, h := range hotPath {
		t.Run(h.name, func(t *testing.T) {
			v, err := Build(h.spec)
			if err != nil {
				t.Fatal(err)
			}
			// The case must take the path it is named for, or a cheap
			// early return would pass for the whole validator.
			if got := v.Validate(h.c).Verdict; got != h.want {
				t.Fatalf("%s: Validate(%q) = %v, want %v", h.spec.Kind, h.c.Value(), got, h.want)
			}
			if got := testing.AllocsPerRun(100, func() { v.Validate(h.c) }); got != 0 {
				t.Errorf("%s: %v allocs per Validate, want 0", h.spec.Kind, got)
			}
		})
	}
}

func BenchmarkValidators(b *testing.B) {
	for _, h := range hotPath {
		v, err := Build(h.spec)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(h.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(h.c.End - h.c.Start))
			for b.Loop() {
				v.Validate(h.c)
			}
		})
	}
}
