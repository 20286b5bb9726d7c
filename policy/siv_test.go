package policy

import (
	"bytes"
	"crypto/cipher"
	"encoding/hex"
	"strings"
	"testing"
)

func unhex(t *testing.T, s string) []byte {
	t.Helper()
	b, err := hex.DecodeString(strings.ReplaceAll(s, " ", ""))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestSIVVectors checks the test vectors of RFC 5297, appendix A.
func TestSIVVectors(t *testing.T) {
	tests := []struct {
		name, key, plaintext, output string
		ad                           []string
	}{
		{
			name:      "A.1 deterministic",
			key:       "fffefdfc fbfaf9f8 f7f6f5f4 f3f2f1f0 f0f1f2f3 f4f5f6f7 f8f9fafb fcfdfeff",
			ad:        []string{"10111213 14151617 18191a1b 1c1d1e1f 20212223 24252627"},
			plaintext: "11223344 55667788 99aabbcc ddee",
			output:    "85632d07 c6e8f37f 950acd32 0a2ecc93 40c02b96 90c4dc04 daef7f6a fe5c",
		},
		{
			name: "A.2 nonce-based",
			key:  "7f7e7d7c 7b7a7978 77767574 73727170 40414243 44454647 48494a4b 4c4d4e4f",
			ad: []string{
				"00112233 44556677 8899aabb ccddeeff deaddada deaddada ffeeddcc bbaa9988 77665544 33221100",
				"10203040 50607080 90a0",
				"09f91102 9d74e35b d84156c5 635688c0",
			},
			plaintext: "74686973 20697320 736f6d65 20706c61 696e7465 78742074 6f20656e 63727970 74207573 696e6720 5349562d 414553",
			output:    "7bdb6e3b 432667eb 06f4d14b ff2fbd0f cb900f2f ddbe4043 26601965 c889bf17 dba77ceb 094fa663 b7a3f748 ba8af829 ea64ad54 4a272e9c 485b62a3 fd5c0d",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := newSIV(unhex(t, tt.key))
			if err != nil {
				t.Fatal(err)
			}
			var ad [][]byte
			for _, a := range tt.ad {
				ad = append(ad, unhex(t, a))
			}
			pt, want := unhex(t, tt.plaintext), unhex(t, tt.output)
			got := s.seal(nil, pt, ad...)
			if !bytes.Equal(got, want) {
				t.Fatalf("seal = %x, want %x", got, want)
			}
			back, err := s.open(nil, got, ad...)
			if err != nil || !bytes.Equal(back, pt) {
				t.Fatalf("open = %x, %v; want %x", back, err, pt)
			}
			got[len(got)-1] ^= 1
			if _, err := s.open(nil, got, ad...); err == nil {
				t.Fatal("open accepted a changed ciphertext")
			}
		})
	}
}

func TestSIVRoundTripLengths(t *testing.T) {
	s, err := newSIV(bytes.Repeat([]byte{7}, 64))
	if err != nil {
		t.Fatal(err)
	}
	for n := 0; n <= 80; n++ {
		pt := bytes.Repeat([]byte{byte(n)}, n)
		ct := s.seal(nil, pt, []byte("EMAIL_ADDRESS"), []byte("llm"))
		if len(ct) != n+sivBlock {
			t.Fatalf("len %d: sealed %d bytes", n, len(ct))
		}
		back, err := s.open(nil, ct, []byte("EMAIL_ADDRESS"), []byte("llm"))
		if err != nil || !bytes.Equal(back, pt) {
			t.Fatalf("len %d: round trip failed: %v", n, err)
		}
		if _, err := s.open(nil, ct, []byte("EMAIL_ADDRESS"), []byte("logs")); err == nil {
			t.Fatalf("len %d: opened with other associated data", n)
		}
	}
}

// TestXORCTRMatchesCipherCTR checks the allocation-free CTR against
// crypto/cipher's, including a counter that wraps across bytes.
func TestXORCTRMatchesCipherCTR(t *testing.T) {
	s, err := newSIV(bytes.Repeat([]byte{7}, 32))
	if err != nil {
		t.Fatal(err)
	}
	for _, ivHex := range []string{"00000000000000000000000000000000", "0102030405060708090a0b0c0dfffffe", "ffffffffffffffffffffffffffffffff"} {
		var iv [sivBlock]byte
		copy(iv[:], unhex(t, ivHex))
		for n := 0; n <= 70; n++ {
			p := bytes.Repeat([]byte{0x5a}, n)
			want := make([]byte, n)
			cipher.NewCTR(s.ctr, iv[:]).XORKeyStream(want, p)
			got := bytes.Clone(p)
			s.xorCTR(got, iv)
			if !bytes.Equal(got, want) {
				t.Fatalf("iv %s, %d bytes: got %x want %x", ivHex, n, got, want)
			}
		}
	}
}
