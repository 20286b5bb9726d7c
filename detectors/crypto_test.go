package detectors

import (
	"strings"
	"testing"
)

func TestBIP39(t *testing.T) {
	if n := len(strings.Fields(bip39English)); n != 2048 {
		t.Fatalf("word list has %d words, want 2048", n)
	}
	runValidator(t, Spec{Kind: "bip39"}, []validatorTest{
		// BIP39's test vectors (entropy 00..00 and 7f..7f, 128 and 256 bits)
		{"zero entropy", val("abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about"), Outcome{Verdict: Confirm}},
		{"7f entropy", val("legal winner thank year wave sausage worth useful legal winner thank yellow"), Outcome{Verdict: Confirm}},
		{"24 words", val("legal winner thank year wave sausage worth useful legal winner thank year wave sausage worth useful legal winner thank year wave sausage worth title"), Outcome{Verdict: Confirm}},
		{"bad checksum", val("abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon"), reject},
		{"a word off the list", val("abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon aboutt"), reject},
		{"eleven words", val("legal winner thank year wave sausage worth useful legal winner thank"), reject},
		{"prose", val("please send the report to the team before the end of the day thanks"), reject},
	})
}

func TestWIF(t *testing.T) {
	runValidator(t, Spec{Kind: "wif"}, []validatorTest{
		// the Bitcoin wiki's example key, uncompressed and compressed
		{"uncompressed", val("5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ"), Outcome{Verdict: Confirm}},
		{"compressed", val("KwdMAjGmerYanjeui5SHS7JkmpZvVipYvB2LJGU1ZxJwYvP98617"), Outcome{Verdict: Confirm}},
		{"one character changed", val("KwdMAjGmerYanjeui5SHS7JkmpZvVipYvB2LJGU1ZxJwYvP98618"), reject},
		{"not base58", val("KwdMAjGmerYanjeui5SHS7JkmpZvVipYvB2LJGU1ZxJwYvP9861O"), reject},
		{"an address", val("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2"), reject},
	})
}
