package redact

import "testing"

func TestMask(t *testing.T) {
	tests := []struct{ in, want string }{
		{"card 4645298612147694", "card XXXX-XXXX-XXXX-8458"},
		{"key AKIAIOSFODNN7EXAMPLE", "key AKIA****************"},
		{"secret wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "secret ****"},
		{"ssn ***-**-6380", "ssn ***-**-9183"},
		{"uuid 07552a0d-b39e-48e7-8275-c5ac6b5abd4e", "uuid dc9cf517-6cb7-4989-9ebf-539c52ace8fc"},
	}
	for _, tt := range tests {
		if got := Mask(tt.in); got != tt.want {
			t.Errorf("Mask(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
