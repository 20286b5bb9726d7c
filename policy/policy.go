// Package policy turns findings into decisions: for each destination a
// payload may go to, which values it may receive, how each value is
// transformed, and the verdict (ALLOW, REDACT, BLOCK) the caller acts on.
//
// A policy file (YAML) names destinations. Each has an ordered list of rules
// {when: CEL, action: ...} evaluated per finding, first match wins, a
// default action, and request-level checks over a summary of the payload.
// Every CEL program is compiled once at load with a cost limit; a request
// only evaluates. A CEL runtime error, a scan that hit a limit, or a check
// that failed makes the decision incomplete, and the destination's
// on_incomplete (default block) says what incomplete becomes: never a quiet
// ALLOW.
//
// Transforms apply to byte spans of the original payload. Overlapping
// findings are merged first: the strictest action of a group wins over the
// union of its spans. The output is a new buffer; text outside findings is
// byte-for-byte unchanged, and redacting an output again changes nothing,
// because veil's own markers and tokens are not findings.
//
// Tokens (action tokenize) are stateless: AES-SIV over the value with the
// type and the destination as associated data, under a key named in the
// policy. Any process holding the key restores them; see [Policy.Restore].
package policy

import (
	"encoding/json"
	"fmt"
	"strings"
)

// Action is what happens to one finding's bytes. Actions are ordered from
// the least strict to the strictest; when findings overlap, the strictest
// action wins.
type Action uint8

// The actions, least strict first.
const (
	ActionAllow Action = iota
	ActionMask
	ActionTokenize
	ActionHash
	ActionRedact
	ActionDrop
	ActionBlock
)

var actionNames = [...]string{"allow", "mask", "tokenize", "hash", "redact", "drop", "block"}

func (a Action) String() string {
	if int(a) < len(actionNames) {
		return actionNames[a]
	}
	return fmt.Sprintf("action(%d)", a)
}

// MarshalJSON writes the action's name.
func (a Action) MarshalJSON() ([]byte, error) { return json.Marshal(a.String()) }

// UnmarshalJSON reads an action's name.
func (a *Action) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	v, ok := parseAction(s)
	if !ok {
		return fmt.Errorf("unknown action %q", s)
	}
	*a = v
	return nil
}

func parseAction(s string) (Action, bool) {
	for i, n := range actionNames {
		if n == s {
			return Action(i), true
		}
	}
	return 0, false
}

// Verdict is what the caller does with the payload.
type Verdict uint8

// The verdicts.
const (
	// VerdictAllow: send the payload as it is; nothing needed changing.
	VerdictAllow Verdict = iota
	// VerdictRedact: send the transformed payload (Decision.Output).
	VerdictRedact
	// VerdictBlock: do not send the payload.
	VerdictBlock
)

var verdictNames = [...]string{"ALLOW", "REDACT", "BLOCK"}

func (v Verdict) String() string {
	if int(v) < len(verdictNames) {
		return verdictNames[v]
	}
	return fmt.Sprintf("Verdict(%d)", v)
}

// MarshalJSON writes the verdict's name.
func (v Verdict) MarshalJSON() ([]byte, error) { return json.Marshal(v.String()) }

// UnmarshalJSON reads a verdict's name (any case).
func (v *Verdict) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	p, ok := ParseVerdict(s)
	if !ok {
		return fmt.Errorf("unknown verdict %q", s)
	}
	*v = p
	return nil
}

// ParseVerdict reads ALLOW, REDACT or BLOCK in any case.
func ParseVerdict(s string) (Verdict, bool) {
	for i, n := range verdictNames {
		if strings.EqualFold(n, s) {
			return Verdict(i), true
		}
	}
	return 0, false
}

// Flags set on decisions by veil itself; checks add their own names.
const (
	FlagMonitor    = "monitor"
	FlagIncomplete = "incomplete"
)
