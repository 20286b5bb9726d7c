package corpus

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
)

// planted is a label together with the value written at its span.
type planted struct {
	Label
	Value string
}

// doc accumulates the bytes of one file and the labels of the values planted
// in it. Carriers write text with raw and f; a labelled value is written
// through put or passed to f as an lv, so a span is recorded at the moment its
// bytes are appended and can never drift from them.
type doc struct {
	b      []byte
	labels []planted
}

// lv is a labelled value: an argument to doc.f (or a JSON leaf) that is
// written verbatim and recorded as a label of type typ.
type lv struct{ typ, val string }

// lab builds an lv.
func lab(typ, val string) lv { return lv{typ, val} }

// raw appends s unlabelled.
func (d *doc) raw(s string) { d.b = append(d.b, s...) }

// put appends val and labels it typ.
func (d *doc) put(typ, val string) {
	start := len(d.b)
	d.b = append(d.b, val...)
	d.labels = append(d.labels, planted{Label{Type: typ, Start: start, End: len(d.b)}, val})
}

// f appends fmt.Sprintf(format, args...), except that every lv argument is
// written verbatim (whatever its verb) and labelled, and every cat argument
// is written part by part.
func (d *doc) f(format string, args ...any) {
	ai := 0
	for i := 0; i < len(format); {
		j := strings.IndexByte(format[i:], '%')
		if j < 0 {
			d.raw(format[i:])
			return
		}
		d.raw(format[i : i+j])
		i += j
		k := i + 1
		for k < len(format) && strings.IndexByte("+-# 0123456789.", format[k]) >= 0 {
			k++
		}
		if k >= len(format) {
			panic("corpus: bad format " + strconv.Quote(format))
		}
		spec := format[i : k+1]
		i = k + 1
		if spec == "%%" {
			d.raw("%")
			continue
		}
		if ai >= len(args) {
			panic("corpus: missing argument for " + strconv.Quote(format))
		}
		d.arg(spec, args[ai])
		ai++
	}
	if ai != len(args) {
		panic("corpus: extra arguments for " + strconv.Quote(format))
	}
}

func (d *doc) arg(spec string, a any) {
	switch v := a.(type) {
	case lv:
		d.put(v.typ, v.val)
	case cat:
		for _, p := range v {
			d.arg("%s", p)
		}
	default:
		d.b = fmt.Appendf(d.b, spec, a)
	}
}

// cat is a run of text parts (strings and lvs) written one after another, so
// a labelled value can sit inside a larger string such as a log message.
type cat []any

// text returns the plain text of c, labelled parts included.
func (c cat) text() string {
	var sb strings.Builder
	for _, p := range c {
		switch v := p.(type) {
		case lv:
			sb.WriteString(v.val)
		case string:
			sb.WriteString(v)
		default:
			fmt.Fprint(&sb, v)
		}
	}
	return sb.String()
}

// lines appends each line followed by '\n'.
func (d *doc) lines(ls ...string) {
	for _, l := range ls {
		d.raw(l)
		d.raw("\n")
	}
}

// JSON trees. Carriers describe JSON documents as ordered trees so the same
// document can be written compact or indented while its labels stay exact.
//
// A node is one of: string, lv, cat (a string built from parts), int, int64,
// float64, bool, nil, obj, arr, or rawJSON.
type (
	obj     []kv
	arr     []any
	rawJSON string
)

// kv is one member of an obj.
type kv struct {
	k string
	v any
}

// jsonString returns s as a JSON string literal without HTML escaping.
func jsonString(s string) string {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(s); err != nil {
		panic(err)
	}
	return strings.TrimSuffix(buf.String(), "\n")
}

// jsonSafe reports whether s can sit between JSON quotes verbatim. Labelled
// values must be: their span is the text between the quotes.
func jsonSafe(s string) bool {
	return jsonString(s) == `"`+s+`"` || strings.Contains(s, `\n`)
}

// json writes v; indent "" writes compact JSON, otherwise one member per line
// indented by indent per level.
func (d *doc) json(v any, indent string) {
	d.jsonAt(v, indent, 0)
}

func (d *doc) jsonAt(v any, indent string, depth int) {
	nl := func(depth int) {
		if indent != "" {
			d.raw("\n")
			d.raw(strings.Repeat(indent, depth))
		}
	}
	switch x := v.(type) {
	case nil:
		d.raw("null")
	case string:
		d.raw(jsonString(x))
	case lv:
		if !jsonSafe(x.val) {
			panic("corpus: labelled JSON value needs escaping: " + x.val)
		}
		d.raw(`"`)
		d.put(x.typ, x.val)
		d.raw(`"`)
	case cat:
		d.raw(`"`)
		for _, p := range x {
			switch pv := p.(type) {
			case lv:
				if !jsonSafe(pv.val) {
					panic("corpus: labelled JSON value needs escaping: " + pv.val)
				}
				d.put(pv.typ, pv.val)
			case string:
				s := jsonString(pv)
				d.raw(s[1 : len(s)-1])
			default:
				d.raw(fmt.Sprint(pv))
			}
		}
		d.raw(`"`)
	case int:
		d.raw(strconv.Itoa(x))
	case int64:
		d.raw(strconv.FormatInt(x, 10))
	case float64:
		d.raw(strconv.FormatFloat(x, 'f', -1, 64))
	case bool:
		d.raw(strconv.FormatBool(x))
	case rawJSON:
		d.raw(string(x))
	case obj:
		if len(x) == 0 {
			d.raw("{}")
			return
		}
		d.raw("{")
		for i, m := range x {
			if i > 0 {
				d.raw(",")
			}
			nl(depth + 1)
			d.raw(jsonString(m.k))
			d.raw(":")
			if indent != "" {
				d.raw(" ")
			}
			d.jsonAt(m.v, indent, depth+1)
		}
		nl(depth)
		d.raw("}")
	case arr:
		if len(x) == 0 {
			d.raw("[]")
			return
		}
		d.raw("[")
		for i, e := range x {
			if i > 0 {
				d.raw(",")
			}
			nl(depth + 1)
			d.jsonAt(e, indent, depth+1)
		}
		nl(depth)
		d.raw("]")
	default:
		panic(fmt.Sprintf("corpus: unsupported JSON node %T", v))
	}
}
