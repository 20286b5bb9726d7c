package main

import (
	"slices"
	"testing"
)

// TestGitleaksSpan checks the conversion of gitleaks' line/column positions
// with positions taken from a real gitleaks v8.30.1 report of this file:
//
//	x=1
//	AWS_ACCESS_KEY_ID=AKIAQWERTYUIOPASDFGH
//	github_token: "ghp_aB3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY5"
func TestGitleaksSpan(t *testing.T) {
	data := []byte("x=1\nAWS_ACCESS_KEY_ID=AKIAQWERTYUIOPASDFGH\ngithub_token: \"ghp_aB3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY5\"\n")
	first := []byte("AKIAZZZZRTYUIOPASDFG first line\n")
	tests := []struct {
		name       string
		data       []byte
		g          gitleaksFinding
		start, end int
		src        spanSource
	}{
		{"later line", data, gitleaksFinding{StartLine: 2, EndLine: 2, StartColumn: 20, EndColumn: 39,
			Match: "AKIAQWERTYUIOPASDFGH", Secret: "AKIAQWERTYUIOPASDFGH"}, 22, 42, spanExact},
		{"quoted", data, gitleaksFinding{StartLine: 3, EndLine: 3, StartColumn: 17, EndColumn: 56,
			Match: "ghp_aB3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY5", Secret: "ghp_aB3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY5"}, 58, 98, spanExact},
		{"first line", first, gitleaksFinding{StartLine: 1, EndLine: 1, StartColumn: 1, EndColumn: 20,
			Match: "AKIAZZZZRTYUIOPASDFG", Secret: "AKIAZZZZRTYUIOPASDFG"}, 0, 20, spanExact},
		{"secret group", data, gitleaksFinding{StartLine: 2, EndLine: 2, StartColumn: 2, EndColumn: 39,
			Match: "AWS_ACCESS_KEY_ID=AKIAQWERTYUIOPASDFGH", Secret: "AKIAQWERTYUIOPASDFGH"}, 22, 42, spanExact},
		// A decoded match is not in the file: the span comes from the
		// positions alone, with the same conventions.
		{"decoded", data, gitleaksFinding{StartLine: 2, EndLine: 2, StartColumn: 20, EndColumn: 39,
			Match: "not in the file", Secret: "not in the file"}, 22, 42, spanPosition},
		{"decoded, secret in range", data, gitleaksFinding{StartLine: 2, EndLine: 2, StartColumn: 2, EndColumn: 39,
			Match: "decoded", Secret: "AKIAQWERTYUIOPASDFGH"}, 22, 42, spanPosition},
		{"path only", data, gitleaksFinding{Match: "file detected: x.p12"}, 0, 0, spanNone},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start, end, src := gitleaksSpan(tt.data, lineStarts(tt.data), tt.g)
			if start != tt.start || end != tt.end || src != tt.src {
				t.Errorf("gitleaksSpan = %d, %d, %v; want %d, %d, %v", start, end, src, tt.start, tt.end, tt.src)
			}
			if tt.src == spanExact && string(tt.data[start:end]) != tt.g.Secret {
				t.Errorf("span holds %q, want %q", tt.data[start:end], tt.g.Secret)
			}
		})
	}
}

func TestNearestIndex(t *testing.T) {
	data := []byte("ab..ab....ab")
	for _, tt := range []struct{ hint, want int }{{-1, 0}, {0, 0}, {3, 4}, {7, 4}, {8, 10}, {100, 10}} {
		if got := nearestIndex(data, []byte("ab"), tt.hint); got != tt.want {
			t.Errorf("nearestIndex(hint %d) = %d, want %d", tt.hint, got, tt.want)
		}
	}
	if got := nearestIndex(data, []byte("zz"), 0); got != -1 {
		t.Errorf("nearestIndex(missing) = %d, want -1", got)
	}
}

func TestIoU(t *testing.T) {
	tests := []struct {
		s1, e1, s2, e2 int
		want           float64
	}{
		{0, 10, 0, 10, 1},
		{0, 10, 5, 15, 5.0 / 15},
		{0, 10, 2, 8, 0.6},
		{0, 10, 10, 20, 0},
		{0, 10, 20, 30, 0},
	}
	for _, tt := range tests {
		if got := iou(tt.s1, tt.e1, tt.s2, tt.e2); got != tt.want {
			t.Errorf("iou([%d,%d), [%d,%d)) = %v, want %v", tt.s1, tt.e1, tt.s2, tt.e2, got, tt.want)
		}
	}
}

func TestMatchFile(t *testing.T) {
	ls := []label{{Type: "A", Start: 0, End: 10}, {Type: "B", Start: 20, End: 30}}
	fs := []finding{
		{Type: "A", Start: 0, End: 10},  // finds label 0
		{Type: "A", Start: 1, End: 10},  // duplicate: label 0 is taken
		{Type: "X", Start: 20, End: 29}, // label 1, untyped only
		{Type: "B", Start: 40, End: 50}, // nothing there
	}
	tests := []struct {
		typed      bool
		labelHit   []bool
		findingHit []bool
	}{
		{true, []bool{true, false}, []bool{true, false, false, false}},
		{false, []bool{true, true}, []bool{true, false, true, false}},
	}
	for _, tt := range tests {
		lh, fh := matchFile(ls, fs, tt.typed)
		if !slices.Equal(lh, tt.labelHit) || !slices.Equal(fh, tt.findingHit) {
			t.Errorf("matchFile(typed=%v) = %v, %v; want %v, %v", tt.typed, lh, fh, tt.labelHit, tt.findingHit)
		}
	}
}

func TestEvaluate(t *testing.T) {
	set := labelSet{
		"a.env": {Labels: []label{{Type: "EMAIL_ADDRESS", Start: 0, End: 5}, {Type: "AWS_ACCESS_KEY_ID", Start: 10, End: 30}}},
		"n.env": {Negative: true},
	}
	byPath := map[string][]finding{
		"a.env": {
			{Path: "a.env", Type: "EMAIL_ADDRESS", Rule: "email", Start: 0, End: 5},
			{Path: "a.env", Type: "AWS_ACCESS_KEY_ID", Rule: "aws", Secret: true, Start: 10, End: 30},
		},
		"n.env": {{Path: "n.env", Type: "GENERIC_SECRET", Rule: "generic", Secret: true, Start: 0, End: 8}},
	}
	pii := map[string]bool{"EMAIL_ADDRESS": true}
	if got, want := evaluate(set, byPath, secretScope(pii), true).counts, (counts{TP: 1, FP: 1}); got != want {
		t.Errorf("secret scope: got %+v, want %+v", got, want)
	}
	if got, want := evaluate(set, byPath, allTypes, true).counts, (counts{TP: 2, FP: 1}); got != want {
		t.Errorf("all types: got %+v, want %+v", got, want)
	}
	if n, files := negativeFPs(set, byPath, allTypes); n != 1 || files != 1 {
		t.Errorf("negativeFPs = %d, %d; want 1, 1", n, files)
	}
	if got, want := (counts{TP: 2, FP: 1, FN: 1}).f1(), 2.0/3; got != want {
		t.Errorf("f1 = %v, want %v", got, want)
	}
}

func TestGitleaksType(t *testing.T) {
	tests := []struct{ rule, match, secret, want string }{
		{"aws-access-token", "AKIA1234", "AKIA1234", "AWS_ACCESS_KEY_ID"},
		{"curl-auth-header", `curl -H "Authorization: Bearer abcdefgh"`, "abcdefgh", "AUTH_TOKEN"},
		{"curl-auth-header", `curl -H "Authorization: Basic dXNlcjpwYXNz"`, "dXNlcjpwYXNz", "BASIC_AUTH_HEADER"},
		{"curl-auth-header", "curl -H \"Authorization: Basic dXNlcjpwYXNz\"\ncurl -H \"X-Api-Key: abcdefgh\"", "abcdefgh", "AUTH_TOKEN"},
		{"facebook-secret", "x", "x", "gitleaks:facebook-secret"},
	}
	for _, tt := range tests {
		if got := gitleaksType(tt.rule, tt.match, tt.secret); got != tt.want {
			t.Errorf("gitleaksType(%q) = %q, want %q", tt.rule, got, tt.want)
		}
	}
}

// TestMatchFilePrefersType checks that untyped matching credits the finding
// of the label's type when a finding of another type covers the same span.
func TestMatchFilePrefersType(t *testing.T) {
	ls := []label{{Type: "STRIPE_API_KEY", Start: 0, End: 10}}
	fs := []finding{
		{Type: "GENERIC_SECRET", Start: 0, End: 10},
		{Type: "STRIPE_API_KEY", Start: 1, End: 10},
	}
	_, fh := matchFile(ls, fs, false)
	if want := []bool{false, true}; !slices.Equal(fh, want) {
		t.Errorf("findings hit = %v, want %v", fh, want)
	}
}

func TestSpanHolds(t *testing.T) {
	utf16le := []byte("a\x00=\x00s\x00e\x00c\x00r\x00e\x00t\x00")
	tests := []struct {
		data []byte
		l    label
		want bool
	}{
		{[]byte("k=secret"), label{Start: 2, End: 8, Value: "secret"}, true},
		{[]byte("k=secret"), label{Start: 1, End: 7, Value: "secret"}, false},
		{[]byte("k=secret"), label{Start: 2, End: 9, Value: "secret"}, false},
		{utf16le, label{Start: 4, End: 16, Value: "secret"}, true},
		{utf16le, label{Start: 5, End: 17, Value: "secret"}, false},
	}
	for _, tt := range tests {
		if got := spanHolds(tt.data, tt.l); got != tt.want {
			t.Errorf("spanHolds(%q, %+v) = %v, want %v", tt.data, tt.l, got, tt.want)
		}
	}
}
