package rules

import (
	"bytes"
	"embed"
	"encoding/gob"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"reflect"
	"regexp/syntax"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"github.com/veil-dlp/veil/detectors"
)

//go:generate go run ./internal/gensnapshot

//go:embed builtin/*.yaml
var builtinFS embed.FS

// Error is a problem in a rule file. It names the file, the line and, when
// the problem is inside a rule, the rule id, so a user can go straight to it.
type Error struct {
	File   string
	Line   int
	RuleID string
	Msg    string
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
	}
	if e.RuleID != "" {
		fmt.Fprintf(&b, ": rule %q", e.RuleID)
	}
	b.WriteString(": ")
	b.WriteString(e.Msg)
	return b.String()
}

// Builtin returns the built-in rule files, parsed and checked, sorted by
// file name. They come from builtin.gob, a snapshot of BuiltinYAML made by
// `go generate ./rules` (decoding it takes under a millisecond, parsing the
// YAML about 20 ms of every one-shot command's start-up); a test fails when
// the snapshot is not what the YAML parses to.
func Builtin() ([]*File, error) {
	var files []*File
	if err := gob.NewDecoder(bytes.NewReader(builtinSnapshot)).Decode(&files); err != nil {
		return nil, fmt.Errorf("built-in rules snapshot: %w (run go generate ./rules)", err)
	}
	// The snapshot was made by Parse, which checked every regex.
	for _, f := range files {
		for i := range f.Rules {
			markRegexOK(f.Rules[i].Regex)
		}
	}
	return files, nil
}

//go:embed builtin.gob
var builtinSnapshot []byte

// BuiltinYAML parses the built-in rule files from their YAML source, the
// files in rules/builtin, in parallel.
func BuiltinYAML() ([]*File, error) {
	names, err := fs.Glob(builtinFS, "builtin/*.yaml")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	files := make([]*File, len(names))
	errs := make([]error, len(names))
	var wg sync.WaitGroup
	for i, name := range names {
		wg.Add(1)
		go func() {
			defer wg.Done()
			data, err := builtinFS.ReadFile(name)
			if err == nil {
				files[i], err = Parse(name, data)
			}
			errs[i] = err
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return files, nil
}

// WriteBuiltinSnapshot writes the snapshot Builtin reads: the gob encoding
// of files, which BuiltinYAML returned. go generate calls it.
func WriteBuiltinSnapshot(w io.Writer, files []*File) error {
	return gob.NewEncoder(w).Encode(files)
}

// Load returns the built-in rules (when builtin is true) followed by the
// rule files at paths, in that order, so user files can disable built-ins;
// user is the files from paths alone.
func Load(paths []string, builtin bool) (all, user []*File, err error) {
	if builtin {
		if all, err = Builtin(); err != nil {
			return nil, nil, fmt.Errorf("built-in rules: %w", err)
		}
	}
	for _, p := range paths {
		f, err := LoadFile(p)
		if err != nil {
			return nil, nil, err
		}
		user = append(user, f)
	}
	all = append(all, user...)
	if len(all) == 0 {
		return nil, nil, errors.New("no rules: give a rule file or use the built-in rules")
	}
	return all, user, nil
}

// LoadFile reads and parses the rule file at path.
func LoadFile(path string) (*File, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Parse(path, data)
}

// Parse parses a rule file. name is used in error messages only. Unknown
// keys, missing fields, bad regexes and bad validator parameters are all
// reported here, with file, line and rule id.
func Parse(name string, data []byte) (*File, error) {
	var doc yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, &Error{File: name, Msg: "empty rule file"}
		}
		return nil, &Error{File: name, Msg: strings.TrimPrefix(err.Error(), "yaml: ")}
	}
	root := &doc
	if root.Kind == yaml.DocumentNode && len(root.Content) == 1 {
		root = root.Content[0]
	}
	if root.Kind != yaml.MappingNode {
		return nil, &Error{File: name, Line: root.Line, Msg: "a rule file is a mapping with keys rules, allowlist, disable"}
	}
	if err := checkKeys(name, root, reflect.TypeOf(File{}), ""); err != nil {
		return nil, err
	}
	f := &File{Path: name}
	if err := root.Decode(f); err != nil {
		return nil, &Error{File: name, Msg: cleanYAMLError(err)}
	}
	// Recover the line of every rule and validator spec from the node tree.
	if rulesNode := mapValue(root, "rules"); rulesNode != nil {
		for i, rn := range rulesNode.Content {
			if i >= len(f.Rules) {
				break
			}
			f.Rules[i].Line = rn.Line
			if vn := mapValue(rn, "validators"); vn != nil {
				for j, sn := range vn.Content {
					if j < len(f.Rules[i].Validators) {
						f.Rules[i].Validators[j].Line = sn.Line
					}
				}
			}
		}
	}
	if err := f.check(); err != nil {
		return nil, err
	}
	return f, nil
}

// check validates everything that can be validated without compiling the
// engine: required fields, names, regex syntax, validator parameters,
// keyword and gate consistency.
func (f *File) check() error {
	seen := map[string]int{}
	for i := range f.Rules {
		r := &f.Rules[i]
		fail := func(format string, args ...any) error {
			return &Error{File: f.Path, Line: r.Line, RuleID: r.ID, Msg: fmt.Sprintf(format, args...)}
		}
		if r.ID == "" {
			return fail("missing id")
		}
		if !validID(r.ID) {
			return fail("id must be lower-case letters, digits and dashes")
		}
		if prev, ok := seen[r.ID]; ok {
			return fail("duplicate id (first defined on line %d)", prev)
		}
		seen[r.ID] = r.Line
		if !validType(r.Type) {
			return fail("type %q must be upper-case letters, digits and underscores", r.Type)
		}
		if !r.Category.Valid() {
			return fail("category %q must be one of PII, SECRET, CREDENTIAL", r.Category)
		}
		if r.Regex == "" {
			return fail("missing regex")
		}
		if err := CheckRegex(r.Regex); err != nil {
			return fail("regex: %v", err)
		}
		if r.Confidence <= 0 || r.Confidence > 1 {
			return fail("confidence %v must be in (0, 1]", r.Confidence)
		}
		if r.Window < 0 || r.Window > 4096 {
			return fail("window %d must be in [0, 4096]", r.Window)
		}
		for _, k := range r.Keywords {
			if len(k) < 2 {
				return fail("keyword %q is shorter than 2 bytes", k)
			}
			// A keyword outside ASCII (電話, โทร, điện thoại) is matched as
			// its UTF-8 bytes; only ASCII letters fold case.
			if !utf8.ValidString(k) {
				return fail("keyword %q is not valid UTF-8", k)
			}
		}
		if len(r.Keywords) == 0 && len(r.Gate.AnyOf) == 0 && r.Gate.MinDigits == 0 {
			return fail("a rule without keywords needs a gate (any_of or min_digits)")
		}
		if r.Multiline && len(r.Keywords) == 0 {
			return fail("a multiline rule needs keywords (it runs over the whole payload, selected by them)")
		}
		if r.Table && (len(r.Keywords) == 0 || r.Multiline || r.Window != 0) {
			return fail("a table rule needs keywords (its column headers), and neither multiline nor window")
		}
		for _, g := range r.Gate.AnyOf {
			if g == "" {
				return fail("gate.any_of holds an empty literal")
			}
			for j := 0; j < len(g); j++ {
				if g[j] >= 0x80 {
					return fail("gate literal %q is not ASCII", g)
				}
			}
		}
		if r.Gate.MinDigits < 0 || r.Gate.MinDigits > 64 {
			return fail("gate.min_digits %d must be in [0, 64]", r.Gate.MinDigits)
		}
		for _, s := range r.Validators {
			if _, err := detectors.Build(s); err != nil {
				return &Error{File: f.Path, Line: s.Line, RuleID: r.ID, Msg: err.Error()}
			}
		}
		for _, s := range r.Samples.Match {
			if s.Text == "" {
				return &Error{File: f.Path, Line: s.Line, RuleID: r.ID, Msg: "empty match sample"}
			}
			if s.Value != "" && !strings.Contains(s.Text, s.Value) {
				return &Error{File: f.Path, Line: s.Line, RuleID: r.ID, Msg: "sample value is not in its text"}
			}
		}
	}
	for _, re := range f.Allowlist.Regexes {
		if _, err := syntax.Parse(re, syntax.Perl); err != nil {
			return &Error{File: f.Path, Msg: fmt.Sprintf("allowlist regex %q: %v", re, err)}
		}
	}
	for _, re := range f.Allowlist.Paths {
		if _, err := syntax.Parse(re, syntax.Perl); err != nil {
			return &Error{File: f.Path, Msg: fmt.Sprintf("allowlist path regex %q: %v", re, err)}
		}
	}
	return nil
}

// CheckRegex parses a rule regex and rejects constructs whose meaning would
// change at segment edges (^, $, \A, \z, \B) and patterns that can match the
// empty string. The syntax check uses Go's parser, which accepts the RE2
// syntax veil supports; the engine compiles with go-re2.
func CheckRegex(expr string) error {
	if _, ok := regexOK.Load(expr); ok {
		return nil
	}
	err := checkRegex(expr)
	if err == nil {
		markRegexOK(expr)
	}
	return err
}

// markRegexOK remembers that expr passed CheckRegex.
func markRegexOK(expr string) {
	if regexOKCount.Add(1) <= maxRegexOK {
		regexOK.Store(expr, struct{}{})
	}
}

// regexOK remembers regexes that passed CheckRegex: a rule's regex is
// checked when its file loads and again when an engine compiles it, and the
// check (parse, simplify, compile) was a fifth of veil scan's start-up.
// Reloads add new regexes, so the memo is bounded.
var (
	regexOK      sync.Map // string -> struct{}
	regexOKCount atomic.Int64
)

const maxRegexOK = 4096

func checkRegex(expr string) error {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return err
	}
	var bad error
	walk(re, func(n *syntax.Regexp) {
		switch n.Op {
		case syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText:
			bad = errors.New("anchors ^, $, \\A and \\z are not allowed (segments are cut at line ends): use \\b")
		case syntax.OpNoWordBoundary:
			bad = errors.New("\\B is not allowed (its meaning changes at segment edges)")
		}
	})
	if bad != nil {
		return bad
	}
	if prog, err := syntax.Compile(re.Simplify()); err == nil {
		if matchesEmpty(prog) {
			return errors.New("pattern matches the empty string")
		}
	}
	return nil
}

func walk(re *syntax.Regexp, fn func(*syntax.Regexp)) {
	fn(re)
	for _, s := range re.Sub {
		walk(s, fn)
	}
}

// matchesEmpty reports whether prog can reach a match without consuming a
// rune (ignoring empty-width assertions, which can all hold at some position).
func matchesEmpty(prog *syntax.Prog) bool {
	seen := make([]bool, len(prog.Inst))
	var visit func(pc uint32) bool
	visit = func(pc uint32) bool {
		if seen[pc] {
			return false
		}
		seen[pc] = true
		in := prog.Inst[pc]
		switch in.Op {
		case syntax.InstMatch:
			return true
		case syntax.InstAlt, syntax.InstAltMatch:
			return visit(in.Out) || visit(in.Arg)
		case syntax.InstCapture, syntax.InstNop, syntax.InstEmptyWidth:
			return visit(in.Out)
		default:
			return false
		}
	}
	return visit(uint32(prog.Start))
}

func validID(id string) bool {
	for i := 0; i < len(id); i++ {
		c := id[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
			return false
		}
	}
	return id != ""
}

func validType(t string) bool {
	for i := 0; i < len(t); i++ {
		c := t[i]
		if !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_') {
			return false
		}
	}
	return t != ""
}

// UnmarshalYAML accepts a sample as a plain string or as {text, value}.
func (s *Sample) UnmarshalYAML(n *yaml.Node) error {
	s.Line = n.Line
	if n.Kind == yaml.ScalarNode {
		s.Text = n.Value
		return nil
	}
	if n.Kind != yaml.MappingNode {
		return fmt.Errorf("line %d: a sample is a string or {text, value}", n.Line)
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		switch k.Value {
		case "text":
			s.Text = v.Value
		case "value":
			s.Value = v.Value
		default:
			return fmt.Errorf("line %d: unknown sample key %q (want text, value)", k.Line, k.Value)
		}
	}
	return nil
}

// mapValue returns the value node of key in mapping node n, or nil.
func mapValue(n *yaml.Node, key string) *yaml.Node {
	if n == nil || n.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return n.Content[i+1]
		}
	}
	return nil
}

// checkKeys rejects mapping keys that t (a struct type) does not declare,
// recursively, naming the line and, inside a rule, the rule id. yaml.v3's
// strict mode cannot be combined with decoding from nodes, so veil checks
// keys itself.
func checkKeys(file string, n *yaml.Node, t reflect.Type, ruleID string) error {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch {
	case n.Kind == yaml.SequenceNode && (t.Kind() == reflect.Slice):
		for _, c := range n.Content {
			id := ruleID
			if t.Elem() == reflect.TypeOf(Rule{}) {
				if v := mapValue(c, "id"); v != nil {
					id = v.Value
				}
			}
			if err := checkKeys(file, c, t.Elem(), id); err != nil {
				return err
			}
		}
	case n.Kind == yaml.MappingNode && t.Kind() == reflect.Struct:
		if t == reflect.TypeOf(Sample{}) {
			return nil // Sample.UnmarshalYAML checks its own keys
		}
		fields := map[string]reflect.Type{}
		for i := 0; i < t.NumField(); i++ {
			tag := strings.Split(t.Field(i).Tag.Get("yaml"), ",")[0]
			if tag != "" && tag != "-" {
				fields[tag] = t.Field(i).Type
			}
		}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k := n.Content[i]
			ft, ok := fields[k.Value]
			if !ok {
				known := make([]string, 0, len(fields))
				for name := range fields {
					known = append(known, name)
				}
				sort.Strings(known)
				return &Error{File: file, Line: k.Line, RuleID: ruleID,
					Msg: fmt.Sprintf("unknown key %q (known: %s)", k.Value, strings.Join(known, ", "))}
			}
			if err := checkKeys(file, n.Content[i+1], ft, ruleID); err != nil {
				return err
			}
		}
	}
	return nil
}

// cleanYAMLError shortens yaml.v3's type errors to one line each.
func cleanYAMLError(err error) string {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	msg = strings.TrimPrefix(msg, "unmarshal errors:\n  ")
	return strings.ReplaceAll(msg, "\n  ", "; ")
}
