package policy

import (
	"bytes"
	"context"
	"fmt"
	"slices"
	"sort"

	"github.com/veil-dlp/veil/engine"
)

// Policy is a compiled policy file. It is immutable and safe for
// concurrent use.
type Policy struct {
	// Source is the file the policy came from.
	Source string
	// Name is the policy's declared name, if any.
	Name string
	// Version is a hash of the policy file's bytes: every decision names it.
	Version      string
	destinations []*destination
	byName       map[string]*destination
	fallback     *destination
	keys         *Keyring
}

// Keys returns the policy's keyring (nil when it names no keys).
func (p *Policy) Keys() *Keyring { return p.keys }

// Destinations lists the destination names in file order, then "fallback".
func (p *Policy) Destinations() []string {
	out := make([]string, 0, len(p.destinations)+1)
	for _, d := range p.destinations {
		out = append(out, d.name)
	}
	return append(out, p.fallback.name)
}

type destination struct {
	name         string
	ruleID       string
	match        *program
	monitor      bool
	restore      bool
	onIncomplete Verdict
	rules        []*prule
	def          actionSpec
	checks       []*check
}

func (d *destination) ruleActions() []actionSpec {
	out := make([]actionSpec, 0, len(d.rules))
	for _, r := range d.rules {
		out = append(out, r.act)
	}
	return out
}

type prule struct {
	id    string
	when  *program
	scope scope
	act   actionSpec
}

func (r *prule) inScope(f *engine.Finding) bool {
	if len(r.scope.types) > 0 && !slices.Contains(r.scope.types, f.Type) {
		return false
	}
	if len(r.scope.categories) > 0 && !slices.Contains(r.scope.categories, string(f.Category)) {
		return false
	}
	return true
}

type check struct {
	name   string
	when   *program
	action Action // ActionBlock or ActionAllow (flag only)
}

// resolve picks the destination entry for a request: by exact name, then
// the first whose match expression holds, then the fallback. A match
// expression that fails at run time is returned as an error.
func (p *Policy) resolve(req *Request) (*destination, error) {
	if d, ok := p.byName[req.Destination]; ok {
		return d, nil
	}
	a := &activation{request: req}
	for _, d := range p.destinations {
		if d.match == nil {
			continue
		}
		ok, err := d.match.eval(a)
		if err != nil {
			return nil, fmt.Errorf("destination %q: match failed at run time: %v", d.name, err)
		}
		if ok {
			return d, nil
		}
	}
	return p.fallback, nil
}

// Decision is the outcome of applying a policy to one payload. It never
// holds a value of a finding; Output is the payload to send (nil on BLOCK).
type Decision struct {
	Verdict Verdict `json:"verdict"`
	// Incomplete is set when the scan hit a limit or the policy failed at
	// run time; the verdict is then the destination's on_incomplete.
	Incomplete bool `json:"incomplete"`
	// Reasons say why the decision is incomplete.
	Reasons []string `json:"reasons,omitempty"`
	// Flags are named marks: check names (bulk_export), monitor, incomplete.
	Flags []string `json:"flags,omitempty"`
	// ShadowVerdict is, for a monitor destination, the verdict enforcing
	// would have given; Verdict is then ALLOW and Output the input.
	ShadowVerdict *Verdict `json:"shadow_verdict,omitempty"`
	// Destination is the policy destination applied ("fallback" if none
	// matched).
	Destination   string `json:"destination"`
	Policy        string `json:"policy"`
	PolicyVersion string `json:"policy_version"`
	// Rules are the policy rules and checks that produced the verdict.
	Rules    []string         `json:"rules,omitempty"`
	Findings []DecidedFinding `json:"findings"`
	Output   []byte           `json:"-"`
}

// DecidedFinding is a finding (no value) with the action applied to it and
// the policy rule that chose it.
type DecidedFinding struct {
	Type       string           `json:"type"`
	Category   string           `json:"category"`
	Rule       string           `json:"rule"`
	Start      int              `json:"start"`
	End        int              `json:"end"`
	Line       int              `json:"line"`
	Column     int              `json:"column"`
	Confidence float64          `json:"confidence"`
	Action     Action           `json:"action"`
	PolicyRule string           `json:"policy_rule"`
	Covered    []DecidedFinding `json:"covered,omitempty"`
}

// Snapshot pairs a detection engine with a policy: what a request runs
// against. It is immutable; a reload builds a new one.
type Snapshot struct {
	Engine *engine.Engine
	Policy *Policy
	types  map[string]bool
}

// NewSnapshot binds a policy to an engine.
func NewSnapshot(e *engine.Engine, p *Policy) *Snapshot {
	s := &Snapshot{Engine: e, Policy: p, types: map[string]bool{}}
	for _, r := range e.Rules() {
		s.types[r.Type] = true
		s.types[string(r.Category)] = true
	}
	return s
}

// Redact scans payload and applies the policy of req.Destination. veil's
// own markers in the payload are blanked for the scan, so they are neither
// findings nor context for the values around them.
func (s *Snapshot) Redact(ctx context.Context, payload []byte, req Request) *Decision {
	if engine.IsUTF16(payload) {
		return s.redactUTF16(ctx, payload, req)
	}
	d, err := s.Policy.resolve(&req)
	if err != nil {
		return s.Apply(payload, s.Engine.Scan(ctx, payload, engine.ScanOptions{}), req)
	}
	spans := s.ownMarkers(payload, d)
	res := s.Engine.Scan(ctx, neutralize(payload, spans), engine.ScanOptions{})
	return s.apply(payload, res, req, d, nil, spans)
}

// ReasonUTF16 makes a decision incomplete when a UTF-16 payload holds
// findings: it is scanned decoded, but transforms rewrite UTF-8 bytes.
const ReasonUTF16 engine.Reason = "utf16_payload_not_transformable"

// redactUTF16 decides a UTF-16 payload (one with a byte-order mark). It is
// scanned decoded, with offsets in its own bytes. Without findings it
// passes unchanged; with findings the decision is incomplete, so the
// destination's on_incomplete decides (BLOCK by default; redact passes
// nothing, as no byte can be passed on safely), never a quiet ALLOW.
func (s *Snapshot) redactUTF16(ctx context.Context, payload []byte, req Request) *Decision {
	res, err := s.Engine.ScanFile(ctx, payload, engine.ScanOptions{})
	if err != nil || len(res.Findings) > 0 {
		res.Incomplete, res.Reason, res.ScannedBytes = true, ReasonUTF16, 0
	}
	return s.Apply(payload, res, req)
}

// Apply applies the policy to a scan result of payload.
func (s *Snapshot) Apply(payload []byte, res engine.Result, req Request) *Decision {
	d, err := s.Policy.resolve(&req)
	if err != nil {
		d = s.Policy.fallback
	}
	return s.apply(payload, res, req, d, err, s.ownMarkers(payload, d))
}

// apply decides for destination d (resolveErr says why resolving failed)
// with veil's own markers at spans.
func (s *Snapshot) apply(payload []byte, res engine.Result, req Request, d *destination, resolveErr error, spans [][2]int) *Decision {
	p := s.Policy
	if req.Size == 0 {
		req.Size = len(payload)
	}
	dec := &Decision{Policy: p.Source, PolicyVersion: p.Version, Findings: []DecidedFinding{}}
	if res.Incomplete {
		dec.incomplete("scan: " + string(res.Reason))
	}
	if resolveErr != nil {
		dec.incomplete("policy: " + resolveErr.Error())
	}
	dec.Destination = d.name

	findings := dropOwnMarkers(res.Findings, spans)
	sum := summarize(findings, len(payload))
	act := &activation{request: &req, summary: sum}

	// Request-level checks.
	block := false
	for _, c := range d.checks {
		ok, err := c.when.eval(act)
		if err != nil {
			dec.incomplete(fmt.Sprintf("policy: check %s failed at run time: %v", c.name, err))
			continue
		}
		if ok {
			dec.Flags = append(dec.Flags, c.name)
			dec.Rules = append(dec.Rules, d.name+"/check/"+c.name)
			block = block || c.action == ActionBlock
		}
	}

	// Per-finding decisions, then the strictest action per group.
	groups := make([]group, 0, len(findings))
	var fv FindingVars
	act.finding = &fv
	for i := range findings {
		f := &findings[i]
		g := group{start: f.Start, end: f.End}
		top := s.decide(dec, d, payload, f, act)
		g.action, g.typ, g.category, g.rule = top.Action, f.Type, string(f.Category), top.PolicyRule
		for j := range f.Covered {
			c := &f.Covered[j]
			cd := s.decide(dec, d, payload, c, act)
			top.Covered = append(top.Covered, cd)
			g.start, g.end = min(g.start, c.Start), max(g.end, c.End)
			if cd.Action > g.action {
				// The strictest action wins; the marker keeps the outer type.
				g.action, g.rule = cd.Action, cd.PolicyRule
			}
		}
		if g.action == ActionBlock {
			block = true
		}
		if g.rule != "" && !slices.Contains(dec.Rules, g.rule) && g.action != ActionAllow {
			dec.Rules = append(dec.Rules, g.rule)
		}
		dec.Findings = append(dec.Findings, top)
		groups = append(groups, g)
	}
	sort.Strings(dec.Rules)

	verdict := VerdictAllow
	switch {
	case block:
		verdict = VerdictBlock
	default:
		end := len(payload)
		if dec.Incomplete && res.ScannedBytes < len(payload) {
			end = res.ScannedBytes // never pass on bytes nobody scanned
		}
		out := s.transform(payload[:end], groups, d)
		if !bytes.Equal(out, payload) {
			verdict = VerdictRedact
		}
		dec.Output = out
	}
	if dec.Incomplete {
		dec.Flags = append(dec.Flags, FlagIncomplete)
		if verdict < d.onIncomplete {
			verdict = d.onIncomplete
		}
		if verdict == VerdictRedact && dec.Output == nil {
			verdict = VerdictBlock
		}
	}
	if verdict == VerdictBlock {
		dec.Output = nil
	}
	if d.monitor {
		shadow := verdict
		dec.ShadowVerdict = &shadow
		dec.Flags = append(dec.Flags, FlagMonitor)
		verdict = VerdictAllow
		dec.Output = payload
	}
	dec.Verdict = verdict
	return dec
}

func (dec *Decision) incomplete(reason string) {
	dec.Incomplete = true
	dec.Reasons = append(dec.Reasons, reason)
}

// group is a top-level finding and those it covers, with the strictest
// action among them.
type group struct {
	start, end int
	action     Action
	typ        string
	category   string
	rule       string
}

// decide runs the destination's rules over one finding.
func (s *Snapshot) decide(dec *Decision, d *destination, payload []byte, f *engine.Finding, act *activation) DecidedFinding {
	out := DecidedFinding{Type: f.Type, Category: string(f.Category), Rule: f.Rule, Start: f.Start, End: f.End,
		Line: f.Line, Column: f.Column, Confidence: f.Confidence}
	fv := act.finding
	*fv = FindingVars{Type: f.Type, Category: string(f.Category), Rule: f.Rule, Confidence: f.Confidence,
		Start: f.Start, End: f.End, Line: f.Line, ValueLength: f.End - f.Start}
	for _, r := range d.rules {
		if !r.inScope(f) {
			continue
		}
		if r.when != nil {
			if r.when.usesValue && fv.Value == "" {
				fv.Value = string(payload[f.Start:f.End])
			}
			ok, err := r.when.eval(act)
			if err != nil {
				dec.incomplete(fmt.Sprintf("policy: rule %s failed at run time on a %s finding: %s", r.id, f.Type, safeMessage(err, payload[f.Start:f.End])))
				// Fail closed: the finding is redacted at least.
				out.Action, out.PolicyRule = max(ActionRedact, d.def.action), r.id
				return out
			}
			if !ok {
				continue
			}
		}
		out.Action, out.PolicyRule = r.act.action, r.id
		return out
	}
	out.Action, out.PolicyRule = d.def.action, d.ruleID+"/default"
	return out
}

// safeMessage returns err's text unless it quotes the value.
func safeMessage(err error, value []byte) string {
	msg := err.Error()
	if len(value) > 0 && bytes.Contains([]byte(msg), value) {
		return "(message withheld: it quotes the value)"
	}
	return msg
}

// summarize counts the top-level findings by type and category.
func summarize(fs []engine.Finding, size int) *Summary {
	s := &Summary{Types: map[string]int{}, Categories: map[string]int{}, Total: len(fs), Bytes: size}
	for _, f := range fs {
		s.Types[f.Type]++
		s.Categories[string(f.Category)]++
	}
	return s
}

// actionOf returns the spec that applies to a group in destination d.
func (d *destination) actionOf(rule string) actionSpec {
	for _, r := range d.rules {
		if r.id == rule {
			return r.act
		}
	}
	return d.def
}
