package detectors

import (
	"encoding/binary"
	"math/bits"
)

// lastIndexByte is bytes.LastIndexByte, eight bytes at a time. The
// standard library's is a plain loop, and validators read back over long
// lines for every candidate (a line's start, a table's header, an
// attribute's quote): on a payload that is one long line those reads are
// most of a scan.
func lastIndexByte(b []byte, c byte) int {
	r := uint64(c) * 0x0101010101010101
	i := len(b)
	for i >= 8 {
		if z := zeroBytes(binary.LittleEndian.Uint64(b[i-8:i]) ^ r); z != 0 {
			return i - 8 + (63-bits.LeadingZeros64(z))/8
		}
		i -= 8
	}
	for i--; i >= 0; i-- {
		if b[i] == c {
			return i
		}
	}
	return -1
}

// lastIndexAny3 returns the index of the last byte of b that is c1, c2 or
// c3, or -1: one pass for the nearest of a line break and two quotes.
func lastIndexAny3(b []byte, c1, c2, c3 byte) int {
	const ones = 0x0101010101010101
	r1, r2, r3 := uint64(c1)*ones, uint64(c2)*ones, uint64(c3)*ones
	i := len(b)
	for i >= 8 {
		w := binary.LittleEndian.Uint64(b[i-8 : i])
		if z := zeroBytes(w^r1) | zeroBytes(w^r2) | zeroBytes(w^r3); z != 0 {
			return i - 8 + (63-bits.LeadingZeros64(z))/8
		}
		i -= 8
	}
	for i--; i >= 0; i-- {
		if x := b[i]; x == c1 || x == c2 || x == c3 {
			return i
		}
	}
	return -1
}

// zeroBytes sets the high bit of each byte of v that is zero and clears
// every other bit. This form has no carries between bytes, so every marked
// byte is a real zero (the shorter (v-0x01..)&^v&0x80.. marks false ones
// above a real one).
func zeroBytes(v uint64) uint64 {
	const lo7, hi = 0x7F7F7F7F7F7F7F7F, 0x8080808080808080
	return ^((v&lo7 + lo7) | v | lo7) & hi
}
