package policy

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/subtle"
	"errors"
)

// This file implements AES-SIV (RFC 5297), the deterministic authenticated
// encryption behind the tokenize action: the same key, associated data and
// value always give the same ciphertext, two different values never do, and
// a token that was changed fails to open. The Go standard library has no
// SIV mode; the construction is small (CMAC, S2V and CTR over crypto/aes)
// and the RFC's test vectors are checked in siv_test.go.

const sivBlock = aes.BlockSize

// errSIVOpen is returned when a ciphertext does not authenticate: a wrong
// key, other associated data, or a changed token.
var errSIVOpen = errors.New("siv: message authentication failed")

// siv is an AES-SIV instance; it is safe for concurrent use.
type siv struct {
	mac  cipher.Block // CMAC key K1
	ctr  cipher.Block // CTR key K2
	k1s1 [sivBlock]byte
	k1s2 [sivBlock]byte
}

// newSIV takes a key of 32, 48 or 64 bytes: two AES keys of equal size,
// the first for S2V and the second for CTR.
func newSIV(key []byte) (*siv, error) {
	if n := len(key); n != 32 && n != 48 && n != 64 {
		return nil, errors.New("siv: key must be 32, 48 or 64 bytes")
	}
	half := len(key) / 2
	mac, err := aes.NewCipher(key[:half])
	if err != nil {
		return nil, err
	}
	ctr, err := aes.NewCipher(key[half:])
	if err != nil {
		return nil, err
	}
	s := &siv{mac: mac, ctr: ctr}
	var l [sivBlock]byte
	mac.Encrypt(l[:], l[:])
	s.k1s1 = dbl(l)
	s.k1s2 = dbl(s.k1s1)
	return s, nil
}

// dbl is multiplication by x in GF(2^128), as RFC 5297 defines it.
func dbl(b [sivBlock]byte) [sivBlock]byte {
	var out [sivBlock]byte
	carry := b[0] >> 7
	for i := 0; i < sivBlock-1; i++ {
		out[i] = b[i]<<1 | b[i+1]>>7
	}
	out[sivBlock-1] = b[sivBlock-1] << 1
	out[sivBlock-1] ^= 0x87 & -carry
	return out
}

// cmac computes AES-CMAC (RFC 4493) of the concatenation of parts.
func (s *siv) cmac(parts ...[]byte) [sivBlock]byte {
	total := 0
	for _, p := range parts {
		total += len(p)
	}
	var x, blk [sivBlock]byte
	n := 0 // bytes in blk
	for _, p := range parts {
		for len(p) > 0 {
			if n == sivBlock {
				// blk is full and more data follows: it is not the last block.
				for i := range x {
					x[i] ^= blk[i]
				}
				s.mac.Encrypt(x[:], x[:])
				n = 0
			}
			c := copy(blk[n:], p)
			n += c
			p = p[c:]
		}
	}
	if total > 0 && n == sivBlock {
		for i := range x {
			x[i] ^= blk[i] ^ s.k1s1[i]
		}
	} else {
		blk[n] = 0x80
		for i := n + 1; i < sivBlock; i++ {
			blk[i] = 0
		}
		for i := range x {
			x[i] ^= blk[i] ^ s.k1s2[i]
		}
	}
	s.mac.Encrypt(x[:], x[:])
	return x
}

// s2v is RFC 5297's S2V over the associated data and the plaintext.
func (s *siv) s2v(ad [][]byte, plaintext []byte) [sivBlock]byte {
	var zero [sivBlock]byte
	d := s.cmac(zero[:])
	for _, a := range ad {
		m := s.cmac(a)
		d = dbl(d)
		for i := range d {
			d[i] ^= m[i]
		}
	}
	if len(plaintext) >= sivBlock {
		// T = plaintext xorend D
		var tail [sivBlock]byte
		copy(tail[:], plaintext[len(plaintext)-sivBlock:])
		for i := range tail {
			tail[i] ^= d[i]
		}
		return s.cmac(plaintext[:len(plaintext)-sivBlock], tail[:])
	}
	d = dbl(d)
	var t [sivBlock]byte
	copy(t[:], plaintext)
	t[len(plaintext)] = 0x80
	for i := range t {
		t[i] ^= d[i]
	}
	return s.cmac(t[:])
}

// ctrIV clears the two bits RFC 5297 clears so that implementations using
// 32- or 64-bit counters interoperate.
func ctrIV(v [sivBlock]byte) [sivBlock]byte {
	v[8] &= 0x7f
	v[12] &= 0x7f
	return v
}

// seal appends V || C to dst.
func (s *siv) seal(dst, plaintext []byte, ad ...[]byte) []byte {
	v := s.s2v(ad, plaintext)
	dst = append(dst, v[:]...)
	iv := ctrIV(v)
	off := len(dst)
	dst = append(dst, plaintext...)
	s.xorCTR(dst[off:], iv)
	return dst
}

// xorCTR XORs p with the CTR key stream from iv (the counter is the whole
// block, incremented big-endian, as crypto/cipher's CTR does). Tokenized
// values are short, and cipher.NewCTR allocated about 500 bytes per call:
// a third of a token's cost.
func (s *siv) xorCTR(p []byte, iv [sivBlock]byte) {
	var ks [sivBlock]byte
	for len(p) > 0 {
		s.ctr.Encrypt(ks[:], iv[:])
		n := subtle.XORBytes(p, p, ks[:])
		p = p[n:]
		for i := sivBlock - 1; i >= 0; i-- {
			iv[i]++
			if iv[i] != 0 {
				break
			}
		}
	}
}

// open checks and decrypts V || C, appending the plaintext to dst.
func (s *siv) open(dst, sealed []byte, ad ...[]byte) ([]byte, error) {
	if len(sealed) < sivBlock {
		return nil, errSIVOpen
	}
	var v [sivBlock]byte
	copy(v[:], sealed)
	iv := ctrIV(v)
	off := len(dst)
	dst = append(dst, sealed[sivBlock:]...)
	s.xorCTR(dst[off:], iv)
	got := s.s2v(ad, dst[off:])
	if subtle.ConstantTimeCompare(got[:], v[:]) != 1 {
		clear(dst[off:])
		return nil, errSIVOpen
	}
	return dst, nil
}
