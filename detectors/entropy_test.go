package detectors

import (
	"math"
	"strings"
	"testing"
)

func TestShannon(t *testing.T) {
	tests := []struct {
		in   string
		want float64
	}{
		{"", 0},
		{"aaaa", 0},
		{"ab", 1},
		{"abab", 1},
		{"abcd", 2},
		{"aabc", 1.5},
		{"0123456789abcdef", 4},
		{string(allBytes()), 8},
		// counts past the c·log2(c) table
		{strings.Repeat("ab", 300), 1},
		{strings.Repeat("a", 1000) + strings.Repeat("b", 3000), 2 - 0.75*math.Log2(3)},
	}
	for _, tt := range tests {
		if got := shannon([]byte(tt.in)); math.Abs(got-tt.want) > 1e-9 {
			t.Errorf("shannon(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// allBytes returns each byte value once.
func allBytes() []byte {
	b := make([]byte, 256)
	for i := range b {
		b[i] = byte(i)
	}
	return b
}

func TestCharClasses(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"", 0},
		{"abc", 1},
		{"ABC", 1},
		{"123", 1},
		{"-_/", 1},
		{"aB", 2},
		{"aB3", 3},
		{"aB3!", 4},
		{"é", 1}, // non-ASCII counts as other
	}
	for _, tt := range tests {
		if got := charClasses([]byte(tt.in)); got != tt.want {
			t.Errorf("charClasses(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

func TestEntropy(t *testing.T) {
	boosted := Outcome{Verdict: Confirm, Delta: entropyDelta}
	runValidator(t, Spec{Kind: "entropy", Min: 3, MinLen: 8}, []validatorTest{
		{"random token", val("q8Zr3xT1vW9pL2mN7bK4sD6f"), boosted},
		{"just above min", val("aabbccddeeffgghh"), noOpinion}, // 3 bits
		{"in a payload", in("token=q8Zr3xT1vW9pL2mN7bK4sD6f;", "q8Zr3xT1vW9pL2mN7bK4sD6f"), boosted},
		{"repeated", val("aaaaaaaaaaaaaaaa"), reject},
		{"two symbols", val("abababababababab"), reject},
		{"too short", val("q8Zr3x"), reject},
		{"empty", val(""), reject},
	})
	runValidator(t, Spec{Kind: "entropy", MinClasses: 3}, []validatorTest{
		{"three classes", val("abcDEF123"), noOpinion},
		{"four classes", val("abcDEF123!"), noOpinion},
		{"two classes", val("abcdef123456"), reject},
		{"one class", val(strings.Repeat("z", 30)), reject},
	})
	// Without a minimum entropy, only length and classes are checked and
	// nothing is confirmed.
	runValidator(t, Spec{Kind: "entropy", MinLen: 4}, []validatorTest{
		{"long enough", val("aaaa"), noOpinion},
		{"too short", val("aaa"), reject},
	})
}

func TestLength(t *testing.T) {
	v, err := Build(Spec{Kind: "length", MinLen: 4, MaxLen: 6})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		value string
		want  Verdict
	}{{"abc", Reject}, {"abcd", NoOpinion}, {"abcdef", NoOpinion}, {"abcdefg", Reject}} {
		p := []byte("x " + tt.value + " y")
		if got := v.Validate(Candidate{Payload: p, Start: 2, End: 2 + len(tt.value), MatchStart: 2, MatchEnd: 2 + len(tt.value)}); got.Verdict != tt.want {
			t.Errorf("length(%q) = %v, want %v", tt.value, got.Verdict, tt.want)
		}
	}
	if _, err := Build(Spec{Kind: "length", MinLen: 9, MaxLen: 3}); err == nil {
		t.Error("length with min_len > max_len was accepted")
	}
}

func TestMixed(t *testing.T) {
	v, err := Build(Spec{Kind: "mixed"})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		value string
		want  Verdict
	}{
		{"k3yZ9", NoOpinion}, {"a1/b", NoOpinion}, {"Tr0ub4dor&3", NoOpinion},
		{"deadbeef0123", Reject}, {"0b8e2c2a-1f4e-4c1d-9f0a-2b7c8e9d1a3f", Reject},
		{"password", Reject}, {"12345678", Reject}, {"", Reject},
		{"k3y%2BZ9%3D", NoOpinion}, {"%7B%22callToken%22%3A%22ba0d154f38%22%7D", Reject},
		{"ab1%7bc", Reject}, {"x9%20y", Reject}, {"a9%5Bb%5D", Reject}, {"%3Cyour-token1%3E", Reject},
		// bare hex: a secret unless it has a digest's length
		{"e4ac0bbae9fea50bc6004e556a2797", NoOpinion},
		{"16b9ef37d280fe4135a4dd14d7513e72cfdb7bc3", Reject}, // SHA-1
		{"9e107d9d372bb6826bd81d3542a419d6", Reject},         // MD5
		{"d2a84f4b8b650937ec8f73cd8be2c74add5a911ba64df27458ed8229da804a26", Reject},
		{"0b8e2c2a1f4e4c1d9f0a", NoOpinion}, {"0b8e2c2a1f4e4c1d9f0", Reject},
		{"01234567890123456789012", Reject}, {"abcdefabcdefabcdefabcdef", Reject},
		// letters only: a generator's mix of cases, not camelCase words
		{"qWLmvRZtpXKbNcjYHsdFGaEuTrPwkBQo", NoOpinion},
		{"SomeHTTPServerConfigurationHandler", Reject}, {"TestGetClientConfigurationToken", Reject},
		{"qWLmvRZtpXKbNcjYHsdF", Reject}, // too short
	} {
		p := []byte(tt.value)
		if got := v.Validate(Candidate{Payload: p, Start: 0, End: len(p), MatchEnd: len(p)}); got.Verdict != tt.want {
			t.Errorf("mixed(%q) = %v, want %v", tt.value, got.Verdict, tt.want)
		}
	}
}

func TestHexFiller(t *testing.T) {
	for _, tt := range []struct {
		v    string
		want bool
	}{
		{"6465636F6465642D7365637265742D76616C7565", true}, // "decoded-secret-value"
		{"0102030405060708090a0b0c0d0e0f10", true},
		{"8b3f23afbec8bc26c038b66b40e13658", false},
		{"d4e0b449e808e07fda2178d4c8c16ca7", false},
		{"4142434445464748", true},
		{"0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b", true},
		{strings.Repeat("6465636f646564", 20), true}, // past maxFillerBytes: its start decides
		{"41424344454647", false},                    // too short to judge
		{"414243444546474", false},                   // odd length
	} {
		if got := hexFiller([]byte(tt.v)); got != tt.want {
			t.Errorf("hexFiller(%q) = %v, want %v", tt.v, got, tt.want)
		}
	}
}
