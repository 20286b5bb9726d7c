package engine

import (
	"bytes"
	"context"
	"errors"
	"unicode/utf16"
	"unicode/utf8"
)

// ErrBinary is returned by ScanFile for data that is not text.
var ErrBinary = errors.New("binary data")

// ScanFile scans the contents of a file. UTF-16 text with a byte-order mark
// is decoded first, and the findings' offsets, lines and columns are mapped
// back to the file's own bytes. Data with a NUL byte in its first 8 KiB (and
// no UTF-16 mark) is binary: ScanFile returns ErrBinary and scans nothing.
func (e *Engine) ScanFile(ctx context.Context, data []byte, opts ScanOptions) (Result, error) {
	if IsUTF16(data) {
		return e.scanUTF16(ctx, data, opts), nil
	}
	if IsBinary(data) {
		return Result{}, ErrBinary
	}
	return e.Scan(ctx, data, opts), nil
}

// IsUTF16 reports whether data starts with a UTF-16 byte-order mark.
func IsUTF16(data []byte) bool {
	return len(data) >= 2 && (data[0] == 0xFF && data[1] == 0xFE || data[0] == 0xFE && data[1] == 0xFF)
}

// IsBinary reports whether data, not UTF-16, is binary: a NUL byte in its
// first 8 KiB.
func IsBinary(data []byte) bool {
	return bytes.IndexByte(data[:min(len(data), 8192)], 0) >= 0
}

// scanUTF16 decodes UTF-16 (BOM-marked) to UTF-8, scans it, and maps every
// offset back into data.
func (e *Engine) scanUTF16(ctx context.Context, data []byte, opts ScanOptions) Result {
	little := data[0] == 0xFF
	// text holds UTF-8; off[i] is the file offset of text byte i, and
	// off[len(text)] the file's length.
	text := make([]byte, 0, len(data)/2)
	off := make([]int, 0, len(data)/2+1)
	for i := 2; i+1 < len(data); {
		u := uint16(data[i])<<8 | uint16(data[i+1])
		if little {
			u = uint16(data[i+1])<<8 | uint16(data[i])
		}
		r, n := rune(u), 2
		if utf16.IsSurrogate(r) && i+3 < len(data) {
			u2 := uint16(data[i+2])<<8 | uint16(data[i+3])
			if little {
				u2 = uint16(data[i+3])<<8 | uint16(data[i+2])
			}
			if d := utf16.DecodeRune(r, rune(u2)); d != utf8.RuneError {
				r, n = d, 4
			}
		}
		var buf [4]byte
		w := utf8.EncodeRune(buf[:], r)
		for j := 0; j < w; j++ {
			off = append(off, i)
		}
		text = append(text, buf[:w]...)
		i += n
	}
	off = append(off, len(data))
	// endOff maps an exclusive end: the file offset just after the unit
	// holding text byte end-1.
	endOff := func(end int) int {
		if end == 0 {
			return off[0]
		}
		j := end
		for j < len(text) && off[j] == off[end-1] {
			j++
		}
		return off[j]
	}
	res := e.Scan(ctx, text, opts)
	var fix func(fs []Finding)
	fix = func(fs []Finding) {
		for i := range fs {
			f := &fs[i]
			lineStart := f.Start - (f.Column - 1)
			f.Start, f.End = off[f.Start], endOff(f.End)
			f.Column = f.Start - off[lineStart] + 1
			fix(f.Covered)
		}
	}
	fix(res.Findings)
	return res
}
