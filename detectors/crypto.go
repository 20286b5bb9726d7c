package detectors

import (
	"bytes"
	"crypto/sha256"
	_ "embed"
	"math/big"
	"strings"
)

// This file holds the validators of wallet secrets: a BIP39 recovery
// phrase and a Bitcoin private key in Wallet Import Format. Both carry a
// checksum, so a validator tells them from prose and from other base58
// text.

// bip39English is the BIP39 English word list (2048 words, sorted; SHA-256
// 2f5eed53a4727b4bf8880d8f3f199efc90e58503646d9ff8eff3a2ed3b24dbda, as
// published with BIP39).
//
//go:embed bip39_english.txt
var bip39English string

// bip39Index maps each word of the list to its 11-bit index.
var bip39Index = func() map[string]uint16 {
	m := make(map[string]uint16, 2048)
	for i, w := range strings.Fields(bip39English) {
		m[w] = uint16(i)
	}
	return m
}()

// bip39Validator confirms a BIP39 mnemonic: 12, 15, 18, 21 or 24 words of
// the English list, separated by single spaces, whose last bits are the
// checksum of the rest (the first words/3 bits of the SHA-256 of the
// entropy). Twelve random list words pass the checksum one time in 16, and
// prose seldom holds twelve list words in a row.
type bip39Validator struct{}

func (bip39Validator) Name() string { return "bip39" }

// Validate implements Validator.
func (bip39Validator) Validate(c Candidate) Outcome {
	if bip39Checksum(c.Value()) {
		return Outcome{Verdict: Confirm}
	}
	return Outcome{Verdict: Reject}
}

// bip39Checksum reports whether v is a BIP39 English mnemonic with a valid
// checksum.
func bip39Checksum(v []byte) bool {
	words := bytes.Split(v, []byte(" "))
	n := len(words)
	if n < 12 || n > 24 || n%3 != 0 {
		return false
	}
	// n words of 11 bits: entropy of n*11*32/33 bits and n/3 bits of checksum
	var bits big.Int
	for _, w := range words {
		i, ok := bip39Index[string(w)]
		if !ok {
			return false
		}
		bits.Lsh(&bits, 11)
		bits.Or(&bits, big.NewInt(int64(i)))
	}
	cs := uint(n / 3)
	entLen := (uint(n)*11 - cs) / 8
	sum := new(big.Int).And(&bits, big.NewInt(1<<cs-1)).Uint64()
	entropy := new(big.Int).Rsh(&bits, cs).FillBytes(make([]byte, entLen))
	h := sha256.Sum256(entropy)
	return uint64(h[0]>>(8-cs)) == sum
}

// wifValidator confirms a Bitcoin private key in Wallet Import Format:
// base58 text that decodes to a version byte (0x80 mainnet, 0xEF testnet),
// 32 key bytes, an optional 0x01 (compressed key) and a 4-byte checksum,
// the first bytes of the double SHA-256 of the rest.
type wifValidator struct{}

func (wifValidator) Name() string { return "wif" }

// Validate implements Validator.
func (wifValidator) Validate(c Candidate) Outcome {
	b, ok := base58Decode(c.Value())
	if !ok || len(b) != 37 && len(b) != 38 || b[0] != 0x80 && b[0] != 0xEF || len(b) == 38 && b[33] != 0x01 {
		return Outcome{Verdict: Reject}
	}
	body, sum := b[:len(b)-4], b[len(b)-4:]
	h1 := sha256.Sum256(body)
	h2 := sha256.Sum256(h1[:])
	if !bytes.Equal(h2[:4], sum) {
		return Outcome{Verdict: Reject}
	}
	return Outcome{Verdict: Confirm}
}

// base58Alphabet is Bitcoin's base58 alphabet.
const base58Alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"

// base58Decode decodes Bitcoin base58 text, leading '1's as zero bytes.
func base58Decode(v []byte) ([]byte, bool) {
	var n big.Int
	base := big.NewInt(58)
	for _, c := range v {
		d := strings.IndexByte(base58Alphabet, c)
		if d < 0 {
			return nil, false
		}
		n.Mul(&n, base)
		n.Add(&n, big.NewInt(int64(d)))
	}
	zeros := 0
	for zeros < len(v) && v[zeros] == '1' {
		zeros++
	}
	return append(make([]byte, zeros), n.Bytes()...), true
}
