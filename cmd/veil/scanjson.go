package main

import (
	"bufio"
	"encoding/json"
	"io"
	"math"
	"strconv"
)

// writeFindingsJSON writes fs as `veil scan --format json` does: one JSON
// array, indented by two spaces, byte for byte what encoding/json's
// Encoder with SetIndent("", "  ") writes for it. encoding/json took about
// 10 µs per finding (reflection, then a second pass to indent), a sixth of
// a whole `veil scan` of the labelled corpus; the strings that repeat
// (paths, types, categories, rule ids) are quoted once here.
func writeFindingsJSON(w io.Writer, fs []scanFinding) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	quoted := map[string][]byte{}
	quote := func(s string) []byte {
		if q, ok := quoted[s]; ok {
			return q
		}
		q, _ := json.Marshal(s) // a string always marshals
		quoted[s] = q
		return q
	}
	if len(fs) == 0 {
		bw.WriteString("[]\n")
		return bw.Flush()
	}
	b := make([]byte, 0, 512)
	bw.WriteString("[\n")
	for i, f := range fs {
		b = append(b[:0], "  {\n    \"path\": "...)
		b = append(b, quote(f.Path)...)
		b = append(b, ",\n    \"type\": "...)
		b = append(b, quote(f.Type)...)
		b = append(b, ",\n    \"category\": "...)
		b = append(b, quote(f.Category)...)
		b = append(b, ",\n    \"rule\": "...)
		b = append(b, quote(f.Rule)...)
		b = append(b, ",\n    \"start\": "...)
		b = strconv.AppendInt(b, int64(f.Start), 10)
		b = append(b, ",\n    \"end\": "...)
		b = strconv.AppendInt(b, int64(f.End), 10)
		b = append(b, ",\n    \"line\": "...)
		b = strconv.AppendInt(b, int64(f.Line), 10)
		b = append(b, ",\n    \"column\": "...)
		b = strconv.AppendInt(b, int64(f.Column), 10)
		b = append(b, ",\n    \"confidence\": "...)
		b = appendJSONFloat(b, f.Confidence)
		if f.Value != nil {
			v, _ := json.Marshal(*f.Value) // values repeat rarely: not cached
			b = append(b, ",\n    \"value\": "...)
			b = append(b, v...)
		}
		b = append(b, "\n  }"...)
		if i < len(fs)-1 {
			b = append(b, ',')
		}
		b = append(b, '\n')
		bw.Write(b)
	}
	bw.WriteString("]\n")
	return bw.Flush()
}

// appendJSONFloat formats f as encoding/json does (the ES6 number format:
// exponent form below 1e-6 and from 1e21 on). Confidences are finite.
func appendJSONFloat(b []byte, f float64) []byte {
	abs := math.Abs(f)
	format := byte('f')
	if abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' {
		// clean up e-09 to e-9
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}
