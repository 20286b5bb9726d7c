package policy

import (
	"bytes"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"

	"cel.dev/cel-go/cel"
	"gopkg.in/yaml.v3"

	"github.com/veil-dlp/veil/engine"
)

//go:embed default.yaml
var defaultPolicy []byte

// Error is a problem in a policy file: file, line, column, which part of the
// policy, and for CEL errors the source line with a caret under the column.
type Error struct {
	File         string
	Line, Column int
	Where        string
	Msg          string
	Snippet      string
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
		if e.Column > 0 {
			fmt.Fprintf(&b, ":%d", e.Column)
		}
	}
	if e.Where != "" {
		b.WriteString(": " + e.Where)
	}
	b.WriteString(": " + e.Msg)
	if e.Snippet != "" {
		b.WriteString("\n" + e.Snippet)
	}
	return b.String()
}

// Options adjust loading.
type Options struct {
	// CELCostLimit bounds one evaluation (CEL cost units; a comparison
	// costs about 1); zero means engine.DefaultLimits().MaxCELCost.
	CELCostLimit uint64
	// Getenv reads key sources; nil means os.Getenv.
	Getenv func(string) string
	// Warn receives warnings (a random key standing in for a missing one);
	// nil means standard error.
	Warn func(string)
	// RandomKeys keeps the random keys of missing key sources across
	// loads (a server's reloads); nil makes new ones at every load.
	RandomKeys *RandomKeys
}

// Default returns the built-in policy: destinations logs, llm, public and
// internal, and a fallback that redacts everything sensitive.
func Default(opts Options) (*Policy, error) {
	return Parse("builtin:default.yaml", defaultPolicy, opts)
}

// DefaultSource returns the built-in policy's YAML, for `veil policy show`
// and as a starting point for a policy of one's own.
func DefaultSource() []byte { return bytes.Clone(defaultPolicy) }

// LoadFile reads and compiles the policy file at path.
func LoadFile(path string, opts Options) (*Policy, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Parse(path, data, opts)
}

// Parse compiles a policy. name is used in errors and as Policy.Source.
func Parse(name string, data []byte, opts Options) (*Policy, error) {
	if opts.CELCostLimit == 0 {
		opts.CELCostLimit = engine.DefaultLimits().MaxCELCost
	}
	if opts.Getenv == nil {
		opts.Getenv = os.Getenv
	}
	if opts.Warn == nil {
		opts.Warn = func(s string) { fmt.Fprintln(os.Stderr, "veil: warning: "+s) }
	}
	env, err := newEnv()
	if err != nil {
		return nil, err
	}
	l := &loader{file: name, lines: strings.Split(string(data), "\n"), env: env, opts: opts}
	var doc yaml.Node
	if err := yaml.NewDecoder(bytes.NewReader(data)).Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, &Error{File: name, Msg: "empty policy file"}
		}
		return nil, &Error{File: name, Msg: strings.TrimPrefix(err.Error(), "yaml: ")}
	}
	root := &doc
	if root.Kind == yaml.DocumentNode && len(root.Content) == 1 {
		root = root.Content[0]
	}
	sum := sha256.Sum256(data)
	p := &Policy{Source: name, Version: "sha256:" + hex.EncodeToString(sum[:8]), byName: map[string]*destination{}}
	if err := l.policy(root, p); err != nil {
		return nil, err
	}
	return p, nil
}

type loader struct {
	file  string
	lines []string
	env   *cel.Env
	opts  Options
	where string
}

func (l *loader) errf(n *yaml.Node, format string, args ...any) error {
	e := &Error{File: l.file, Where: l.where, Msg: fmt.Sprintf(format, args...)}
	if n != nil {
		e.Line, e.Column = n.Line, n.Column
	}
	return e
}

// fields checks that n is a mapping whose keys are all in allowed and
// returns its values by key.
func (l *loader) fields(n *yaml.Node, what string, allowed ...string) (map[string]*yaml.Node, error) {
	if n.Kind != yaml.MappingNode {
		return nil, l.errf(n, "%s must be a mapping", what)
	}
	out := map[string]*yaml.Node{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k := n.Content[i]
		ok := false
		for _, a := range allowed {
			ok = ok || a == k.Value
		}
		if !ok {
			known := append([]string(nil), allowed...)
			sort.Strings(known)
			return nil, l.errf(k, "unknown key %q in %s (known: %s)", k.Value, what, strings.Join(known, ", "))
		}
		if _, dup := out[k.Value]; dup {
			return nil, l.errf(k, "key %q given twice", k.Value)
		}
		out[k.Value] = n.Content[i+1]
	}
	return out, nil
}

func (l *loader) str(n *yaml.Node, key string) (string, error) {
	if n.Kind != yaml.ScalarNode {
		return "", l.errf(n, "%s must be a string", key)
	}
	return n.Value, nil
}

func (l *loader) integer(n *yaml.Node, key string) (int, error) {
	v, err := strconv.Atoi(n.Value)
	if n.Kind != yaml.ScalarNode || err != nil {
		return 0, l.errf(n, "%s must be an integer", key)
	}
	return v, nil
}

func (l *loader) boolean(n *yaml.Node, key string) (bool, error) {
	var b bool
	if n.Kind != yaml.ScalarNode || n.Decode(&b) != nil {
		return false, l.errf(n, "%s must be true or false", key)
	}
	return b, nil
}

func (l *loader) strList(n *yaml.Node, key string) ([]string, error) {
	if n.Kind != yaml.SequenceNode {
		return nil, l.errf(n, "%s must be a list", key)
	}
	out := make([]string, 0, len(n.Content))
	for _, c := range n.Content {
		s, err := l.str(c, key)
		if err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, nil
}

// cel compiles the expression in node n, mapping a compile error's position
// inside the expression to the file's line and column.
func (l *loader) cel(n *yaml.Node, key string, vars ...string) (*program, error) {
	if n.Kind != yaml.ScalarNode || strings.TrimSpace(n.Value) == "" {
		return nil, l.errf(n, "%s must be a CEL expression", key)
	}
	prg, err := compileBool(l.env, n.Value, l.opts.CELCostLimit, vars...)
	if err == nil {
		return prg, nil
	}
	var ce *celError
	if !errors.As(err, &ce) {
		return nil, l.errf(n, "%s: %v", key, err)
	}
	line, col := n.Line, n.Column
	switch n.Style {
	case yaml.LiteralStyle, yaml.FoldedStyle:
		line = n.Line + max(ce.line, 1)
		if line-1 < len(l.lines) {
			text := l.lines[line-1]
			col = len(text) - len(strings.TrimLeft(text, " \t")) + ce.col + 1
		}
	case yaml.DoubleQuotedStyle, yaml.SingleQuotedStyle:
		line += max(ce.line, 1) - 1
		col += 1 + ce.col
	default:
		line += max(ce.line, 1) - 1
		col += ce.col
	}
	e := &Error{File: l.file, Line: line, Column: col, Where: l.where, Msg: fmt.Sprintf("%s: %s", key, ce.msg)}
	if line-1 < len(l.lines) && line > 0 {
		text := strings.TrimRight(l.lines[line-1], "\r")
		e.Snippet = "  " + text + "\n  " + strings.Repeat(" ", max(col-1, 0)) + "^"
	}
	return nil, e
}

func (l *loader) policy(root *yaml.Node, p *Policy) error {
	f, err := l.fields(root, "the policy", "version", "name", "keys", "on_incomplete", "destinations", "fallback")
	if err != nil {
		return err
	}
	if n := f["version"]; n != nil {
		v, err := l.integer(n, "version")
		if err != nil {
			return err
		}
		if v != 1 {
			return l.errf(n, "unsupported policy version %d (this veil reads version 1)", v)
		}
	}
	if n := f["name"]; n != nil {
		if p.Name, err = l.str(n, "name"); err != nil {
			return err
		}
	}
	if n := f["keys"]; n != nil {
		if err := l.keys(n, p); err != nil {
			return err
		}
	}
	onInc := VerdictBlock
	if n := f["on_incomplete"]; n != nil {
		if onInc, err = l.onIncomplete(n); err != nil {
			return err
		}
	}
	dn := f["destinations"]
	if dn == nil && f["fallback"] == nil {
		return l.errf(root, "a policy needs destinations or a fallback")
	}
	if dn != nil {
		if dn.Kind != yaml.SequenceNode {
			return l.errf(dn, "destinations must be a list")
		}
		for _, n := range dn.Content {
			d, err := l.destination(n, p, onInc, false)
			if err != nil {
				return err
			}
			if _, dup := p.byName[d.name]; dup {
				return l.errf(n, "destination %q is defined twice", d.name)
			}
			p.byName[d.name] = d
			p.destinations = append(p.destinations, d)
		}
	}
	if n := f["fallback"]; n != nil {
		if p.fallback, err = l.destination(n, p, onInc, true); err != nil {
			return err
		}
	} else {
		// The built-in fallback: redact everything sensitive.
		p.fallback = &destination{name: "fallback", def: actionSpec{action: ActionRedact, template: defaultTemplate}, onIncomplete: onInc, ruleID: "fallback"}
	}
	return nil
}

func (l *loader) onIncomplete(n *yaml.Node) (Verdict, error) {
	switch n.Value {
	case "block":
		return VerdictBlock, nil
	case "redact":
		return VerdictRedact, nil
	}
	return 0, l.errf(n, "on_incomplete must be block or redact (an incomplete result never becomes a quiet allow)")
}

func (l *loader) keys(n *yaml.Node, p *Policy) error {
	if n.Kind != yaml.SequenceNode {
		return l.errf(n, "keys must be a list")
	}
	p.keys = &Keyring{}
	for _, kn := range n.Content {
		f, err := l.fields(kn, "a key", "id", "env", "file", "if_missing")
		if err != nil {
			return err
		}
		var s KeySpec
		for key, dst := range map[string]*string{"id": &s.ID, "env": &s.Env, "file": &s.File, "if_missing": &s.IfMissing} {
			if v := f[key]; v != nil {
				if *dst, err = l.str(v, key); err != nil {
					return err
				}
			}
		}
		if !validKeyID(s.ID) {
			return l.errf(kn, "key id %q must be 1-16 lower-case letters and digits", s.ID)
		}
		if p.keys.byID(s.ID) != nil {
			return l.errf(kn, "key %q is defined twice", s.ID)
		}
		if s.IfMissing != "" && s.IfMissing != "error" && s.IfMissing != "random" {
			return l.errf(f["if_missing"], "if_missing must be error or random")
		}
		k, err := loadKey(s, l.opts.Getenv, l.opts.Warn, l.opts.RandomKeys)
		if err != nil {
			return l.errf(kn, "%v", err)
		}
		p.keys.keys = append(p.keys.keys, k)
	}
	return nil
}

var actionKeys = []string{"action", "template", "char", "keep_first", "keep_last", "keep_separators", "keep_domain", "length", "prefix"}

func (l *loader) destination(n *yaml.Node, p *Policy, onInc Verdict, fallback bool) (*destination, error) {
	allowed := []string{"name", "match", "mode", "restore", "on_incomplete", "rules", "default", "checks"}
	what := "a destination"
	if fallback {
		allowed = []string{"mode", "on_incomplete", "rules", "default", "checks"}
		what = "the fallback"
	}
	f, err := l.fields(n, what, allowed...)
	if err != nil {
		return nil, err
	}
	d := &destination{onIncomplete: onInc}
	if fallback {
		d.name = "fallback"
	} else {
		nn := f["name"]
		if nn == nil {
			return nil, l.errf(n, "a destination needs a name")
		}
		if d.name, err = l.str(nn, "name"); err != nil {
			return nil, err
		}
		if d.name == "" || d.name == "fallback" {
			return nil, l.errf(nn, "destination name %q is reserved or empty", d.name)
		}
	}
	d.ruleID = d.name
	l.where = fmt.Sprintf("destination %q", d.name)
	defer func() { l.where = "" }()
	if mn := f["match"]; mn != nil {
		if d.match, err = l.cel(mn, "match", "request"); err != nil {
			return nil, err
		}
	}
	if mn := f["mode"]; mn != nil {
		switch mn.Value {
		case "enforce":
		case "monitor":
			d.monitor = true
		default:
			return nil, l.errf(mn, "mode must be enforce or monitor")
		}
	}
	if rn := f["restore"]; rn != nil {
		if d.restore, err = l.boolean(rn, "restore"); err != nil {
			return nil, err
		}
	}
	if on := f["on_incomplete"]; on != nil {
		if d.onIncomplete, err = l.onIncomplete(on); err != nil {
			return nil, err
		}
	}
	d.def = actionSpec{action: ActionRedact, template: defaultTemplate}
	if dn := f["default"]; dn != nil {
		if d.def, err = l.action(dn, nil, scope{}); err != nil {
			return nil, err
		}
	}
	if rn := f["rules"]; rn != nil {
		if rn.Kind != yaml.SequenceNode {
			return nil, l.errf(rn, "rules must be a list")
		}
		for i, r := range rn.Content {
			pr, err := l.rule(r, d, i)
			if err != nil {
				return nil, err
			}
			d.rules = append(d.rules, pr)
		}
	}
	if cn := f["checks"]; cn != nil {
		if cn.Kind != yaml.SequenceNode {
			return nil, l.errf(cn, "checks must be a list")
		}
		for _, c := range cn.Content {
			ch, err := l.check(c)
			if err != nil {
				return nil, err
			}
			d.checks = append(d.checks, ch)
		}
	}
	for _, a := range append([]actionSpec{d.def}, d.ruleActions()...) {
		if (a.action == ActionTokenize || a.action == ActionHash) && p.keys.Active() == nil {
			return nil, l.errf(n, "action %s needs a key: add a keys section", a.action)
		}
	}
	return d, nil
}

func (l *loader) rule(n *yaml.Node, d *destination, i int) (*prule, error) {
	f, err := l.fields(n, "a rule", append([]string{"id", "when", "types", "categories"}, actionKeys...)...)
	if err != nil {
		return nil, err
	}
	r := &prule{id: fmt.Sprintf("%s#%d", d.name, i+1)}
	if in := f["id"]; in != nil {
		id, err := l.str(in, "id")
		if err != nil {
			return nil, err
		}
		r.id = d.name + "/" + id
	}
	var sc scope
	if tn := f["types"]; tn != nil {
		if sc.types, err = l.strList(tn, "types"); err != nil {
			return nil, err
		}
	}
	if cn := f["categories"]; cn != nil {
		if sc.categories, err = l.strList(cn, "categories"); err != nil {
			return nil, err
		}
		for j, c := range sc.categories {
			if c != "PII" && c != "SECRET" && c != "CREDENTIAL" {
				return nil, l.errf(cn.Content[j], "unknown category %q (known: PII, SECRET, CREDENTIAL)", c)
			}
		}
	}
	r.scope = sc
	if wn := f["when"]; wn != nil {
		if r.when, err = l.cel(wn, "when", "finding", "request", "summary"); err != nil {
			return nil, err
		}
	} else if len(sc.types) == 0 && len(sc.categories) == 0 {
		return nil, l.errf(n, "a rule needs when, types or categories")
	}
	if r.act, err = l.action(n, f, sc); err != nil {
		return nil, err
	}
	return r, nil
}

func (l *loader) check(n *yaml.Node) (*check, error) {
	f, err := l.fields(n, "a check", "name", "when", "action")
	if err != nil {
		return nil, err
	}
	c := &check{action: ActionBlock}
	if nn := f["name"]; nn != nil {
		c.name, err = l.str(nn, "name")
	}
	if err != nil || c.name == "" {
		return nil, l.errf(n, "a check needs a name (it becomes the verdict's flag)")
	}
	wn := f["when"]
	if wn == nil {
		return nil, l.errf(n, "check %q needs when", c.name)
	}
	if c.when, err = l.cel(wn, "when", "request", "summary"); err != nil {
		return nil, err
	}
	if an := f["action"]; an != nil {
		switch an.Value {
		case "block":
		case "flag":
			c.action = ActionAllow
		default:
			return nil, l.errf(an, "a check's action must be block or flag")
		}
	}
	return c, nil
}

// scope is what a rule may apply to, as declared (empty: anything).
type scope struct {
	types, categories []string
}

func (s scope) mayBe(category string) bool {
	if len(s.categories) == 0 {
		return len(s.types) == 0 || !allPIITypes(s.types) || category == "PII"
	}
	for _, c := range s.categories {
		if c == category {
			return true
		}
	}
	return false
}

func (s scope) mayBeType(typ string) bool {
	if len(s.types) == 0 {
		return s.mayBe("PII")
	}
	for _, t := range s.types {
		if t == typ {
			return true
		}
	}
	return false
}

// allPIITypes reports whether every type is one veil's built-in rules
// report as PII, so a mask over them may reveal more than a secret's 4.
func allPIITypes(ts []string) bool {
	for _, t := range ts {
		if !piiTypes[t] {
			return false
		}
	}
	return true
}

var piiTypes = map[string]bool{
	"EMAIL_ADDRESS": true, "PHONE_NUMBER": true, "CREDIT_CARD_NUMBER": true, "US_SOCIAL_SECURITY_NUMBER": true,
	"IBAN_CODE": true, "IP_ADDRESS": true, "DATE_OF_BIRTH": true, "US_INDIVIDUAL_TAXPAYER_IDENTIFICATION_NUMBER": true,
	"UK_NATIONAL_INSURANCE_NUMBER": true, "PASSPORT": true, "MAC_ADDRESS": true,
}

// action reads an action: a scalar name (default: redact) or a mapping
// (default: {action: mask, keep_last: 4}); f holds a rule's keys when the
// action's parameters sit in the rule itself.
func (l *loader) action(n *yaml.Node, f map[string]*yaml.Node, sc scope) (actionSpec, error) {
	var err error
	if f == nil {
		if n.Kind == yaml.ScalarNode {
			f = map[string]*yaml.Node{"action": n}
		} else if f, err = l.fields(n, "an action", actionKeys...); err != nil {
			return actionSpec{}, err
		}
	}
	an := f["action"]
	if an == nil {
		return actionSpec{}, l.errf(n, "missing action (one of %s)", strings.Join(actionNames[:], ", "))
	}
	a := actionSpec{maskChar: '*', keepSeparators: true, hashLen: 16}
	var ok bool
	if a.action, ok = parseAction(an.Value); !ok {
		return a, l.errf(an, "unknown action %q (known: %s)", an.Value, strings.Join(actionNames[:], ", "))
	}
	params := map[Action][]string{
		ActionRedact: {"template"},
		ActionMask:   {"char", "keep_first", "keep_last", "keep_separators", "keep_domain"},
		ActionHash:   {"length", "prefix"},
	}
	for _, k := range actionKeys[1:] {
		v := f[k]
		if v == nil {
			continue
		}
		okParam := false
		for _, p := range params[a.action] {
			okParam = okParam || p == k
		}
		if !okParam {
			return a, l.errf(v, "action %s does not take %s", a.action, k)
		}
		switch k {
		case "template":
			a.template, err = l.str(v, k)
		case "char":
			var s string
			s, err = l.str(v, k)
			if err == nil && (len(s) != 1 || s[0] < 0x21 || s[0] > 0x7e) {
				err = l.errf(v, "char must be one printable ASCII character")
			}
			if err == nil {
				a.maskChar = s[0]
			}
		case "keep_first":
			a.keepFirst, err = l.integer(v, k)
		case "keep_last":
			a.keepLast, err = l.integer(v, k)
		case "keep_separators":
			a.keepSeparators, err = l.boolean(v, k)
		case "keep_domain":
			a.keepDomain, err = l.boolean(v, k)
		case "length":
			a.hashLen, err = l.integer(v, k)
			if err == nil && (a.hashLen < 8 || a.hashLen > 64) {
				err = l.errf(v, "length must be 8 to 64 hex digits")
			}
		case "prefix":
			a.prefix, err = l.str(v, k)
		}
		if err != nil {
			return a, err
		}
	}
	if a.action == ActionRedact && a.template == "" {
		a.template = defaultTemplate
	}
	if a.action == ActionRedact {
		if err := checkTemplate(a.template); err != nil {
			return a, l.errf(f["template"], "%v", err)
		}
	}
	if a.action == ActionHash && a.prefix == "" {
		a.prefix = defaultHashPrefix
	}
	if a.action == ActionMask {
		if err := l.checkMask(a, sc, n); err != nil {
			return a, err
		}
	}
	return a, nil
}

// checkMask enforces how much a mask may reveal: at most 4 characters of a
// SECRET or CREDENTIAL, at most the first 6 and last 4 digits of a card
// number (PCI DSS), and never the domain of anything but PII. The "at most
// half of anything else" rule depends on the value's length and is applied
// when masking.
func (l *loader) checkMask(a actionSpec, sc scope, n *yaml.Node) error {
	if a.keepFirst < 0 || a.keepLast < 0 {
		return l.errf(n, "keep_first and keep_last cannot be negative")
	}
	if (sc.mayBe("SECRET") || sc.mayBe("CREDENTIAL")) && a.keepFirst+a.keepLast > maxSecretReveal {
		return l.errf(n, "a mask that may apply to a SECRET or CREDENTIAL reveals at most %d characters (keep_first + keep_last = %d); limit the rule with categories: [PII] or types", maxSecretReveal, a.keepFirst+a.keepLast)
	}
	if sc.mayBeType("CREDIT_CARD_NUMBER") && (a.keepFirst > 6 || a.keepLast > 4) {
		return l.errf(n, "a mask that may apply to a card number reveals at most the first 6 and last 4 digits (PCI DSS)")
	}
	if a.keepDomain && (sc.mayBe("SECRET") || sc.mayBe("CREDENTIAL")) {
		return l.errf(n, "keep_domain is for PII only; limit the rule with categories: [PII] or types")
	}
	return nil
}
