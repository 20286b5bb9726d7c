package redact

import "testing"

func TestMask(t *testing.T) {
	tests := []struct{ in, want string }{
		{"card 4153610730470953", "card XXXX-XXXX-XXXX-6238"},
		{"key AKIAIOSFODNN7EXAMPLE", "key AKIA****************"},
		{"secret wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "secret ****"},
		{"ssn XXX-XX-4743", "ssn xxx-xx-3504"},
		{"uuid fd55d7a6-e129-4a1f-b3db-4fc9ee5ecb93", "uuid a122e2c6-ed32-496e-93da-5e132d7b3eba"},
	}
	for _, tt := range tests {
		if got := Mask(tt.in); got != tt.want {
			t.Errorf("Mask(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
