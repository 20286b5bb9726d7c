// Package detectors holds the validators that turn a regex candidate into a
// finding or drop it: checksums, structure checks, context words, entropy and
// the allowlist of public example and placeholder values.
//
// A validator answers in three states (Confirm, Reject, NoOpinion) plus a
// confidence adjustment, so a finding's confidence is explainable from its
// parts: the rule's base confidence, then each validator's delta in order.
// Validators are pure functions of the payload and the candidate span; they
// are built once per snapshot by [Build] and are safe for concurrent use.
//
// There is one file per validator kind (checksum.go, structure.go,
// context.go, entropy.go, allowlist.go), never one per provider.
package detectors

import (
	"fmt"
	"strings"
)

// Verdict is a validator's answer about one candidate.
type Verdict int8

const (
	// NoOpinion leaves the candidate as it is, apart from Outcome.Delta.
	NoOpinion Verdict = iota
	// Confirm says the value has the structure the rule claims (a checksum
	// passed, a JWT header decoded); Delta is still applied.
	Confirm
	// Reject drops the candidate: it is not a finding.
	Reject
)

func (v Verdict) String() string {
	switch v {
	case Confirm:
		return "confirm"
	case Reject:
		return "reject"
	default:
		return "no-opinion"
	}
}

// Outcome is what a validator returns for one candidate.
type Outcome struct {
	Verdict Verdict
	// Delta is added to the candidate's confidence (it may be negative).
	// The engine clamps the final confidence to [0, 1].
	Delta float64
}

// Candidate is a regex match under validation. Payload is the whole scanned
// payload and must not be modified or retained. [Start, End) is the value
// span (the capture group named "value", or the whole match), and
// [MatchStart, MatchEnd) is the whole regex match, which includes any key or
// keyword the regex consumed.
type Candidate struct {
	Payload              []byte
	Start, End           int
	MatchStart, MatchEnd int
}

// Value returns the candidate's value bytes (a sub-slice of Payload).
func (c Candidate) Value() []byte { return c.Payload[c.Start:c.End] }

// Validator checks one candidate. Implementations must be safe for
// concurrent use and must not allocate per call where avoidable: they run
// on the request path.
type Validator interface {
	// Name is the kind name used in rule files, e.g. "luhn".
	Name() string
	// Validate judges one candidate.
	Validate(c Candidate) Outcome
}

// WordRequirer is implemented by validators that reject every candidate of
// a payload in which none of some words occurs (ASCII case folded; a space
// in a word also stands for '_', '-' or '.'). The engine skips a rule whose
// required words are all absent, since the rule cannot report anything.
type WordRequirer interface {
	// RequiredWords returns the words, lower-case, or nil when the
	// validator requires none.
	RequiredWords() []string
}

// Spec is a validator as written in a rule file. Kind selects the validator;
// the other fields are its parameters, and a kind rejects parameters it does
// not use (see [Build]).
type Spec struct {
	Kind string `yaml:"kind"`

	// Context parameters (kinds "context" and "not_context").
	Words    []string `yaml:"words,omitempty"`
	Window   int      `yaml:"window,omitempty"`    // bytes on each side of the value; default 48
	Before   bool     `yaml:"before,omitempty"`    // look only before the value
	After    bool     `yaml:"after,omitempty"`     // look only after the value
	Required bool     `yaml:"required,omitempty"`  // reject when no word is present
	Boost    float64  `yaml:"boost,omitempty"`     // delta when a word is present
	SameLine bool     `yaml:"same_line,omitempty"` // look only on the value's line

	// Entropy and charset parameters (kind "entropy").
	Min        float64 `yaml:"min,omitempty"`         // minimum Shannon entropy, bits per byte
	MinLen     int     `yaml:"min_len,omitempty"`     // minimum value length
	MinClasses int     `yaml:"min_classes,omitempty"` // of lower, upper, digit, symbol
	MaxLen     int     `yaml:"max_len,omitempty"`     // maximum value length (kind "length")

	// Line is the line of the spec in its rule file, for error messages.
	Line int `yaml:"-"`
}

// Build returns the validator a spec names. It is the one place that lists
// every validator kind; there is no registration by init().
func Build(s Spec) (Validator, error) {
	check := func(allowed ...string) error { return s.onlyParams(allowed...) }
	switch s.Kind {
	// checksum.go
	case "luhn":
		return luhnValidator{}, check()
	case "card_iin":
		return cardValidator{}, check()
	case "iban":
		return ibanValidator{}, check()
	case "nrb":
		return nrbValidator{}, check()
	case "us_ssn":
		return ssnValidator{}, check()
	case "us_itin":
		return itinValidator{}, check()
	case "github_crc32":
		return githubCRCValidator{}, check()
	case "uk_nino":
		return ninoValidator{}, check()
	case "bitlocker":
		return bitlockerValidator{}, check()
	// crypto.go
	case "bip39":
		return bip39Validator{}, check()
	case "wif":
		return wifValidator{}, check()
	// structure.go
	case "jwt":
		return jwtValidator{}, check()
	case "private_key":
		return privateKeyValidator{}, check()
	case "base64_private_key":
		return base64PrivateKeyValidator{}, check()
	case "basic_auth":
		return basicAuthValidator{}, check()
	case "ipv4":
		return ipv4Validator{}, check()
	case "ipv6":
		return ipv6Validator{}, check()
	case "date":
		return dateValidator{}, check()
	case "phone":
		return phoneValidator{}, check()
	case "mac":
		return macValidator{}, check()
	case "email":
		return emailValidator{}, check()
	case "not_uuid":
		if s.Window != 0 && len(s.Words) == 0 {
			return nil, fmt.Errorf("validator %q: window needs words", s.Kind)
		}
		v := notUUIDValidator{window: s.Window}
		if len(s.Words) > 0 {
			v.words = lowerWords(s.Words)
			if v.window <= 0 {
				v.window = defaultContextWindow
			}
		}
		return v, check("words", "window")
	case "not_call":
		return notCallValidator{}, check()
	case "ends_line":
		return endsLineValidator{}, check()
	// context.go
	case "context":
		if len(s.Words) == 0 {
			return nil, fmt.Errorf("validator %q needs words", s.Kind)
		}
		return newContextValidator(s, false), check("words", "window", "before", "required", "boost", "same_line")
	case "not_context":
		if len(s.Words) == 0 {
			return nil, fmt.Errorf("validator %q needs words", s.Kind)
		}
		if s.Before && s.After {
			return nil, fmt.Errorf("validator %q: before and after exclude each other", s.Kind)
		}
		return newContextValidator(s, true), check("words", "window", "before", "after", "same_line")
	case "whole_field":
		return wholeFieldValidator{}, check()
	case "sql_column":
		if len(s.Words) == 0 {
			return nil, fmt.Errorf("validator %q needs words", s.Kind)
		}
		return sqlColumnValidator{words: lowerWords(s.Words)}, check("words")
	case "not_column":
		if len(s.Words) == 0 {
			return nil, fmt.Errorf("validator %q needs words", s.Kind)
		}
		return notColumnValidator{words: lowerWords(s.Words)}, check("words")
	case "not_table":
		if len(s.Words) == 0 {
			return nil, fmt.Errorf("validator %q needs words", s.Kind)
		}
		return notTableValidator{words: lowerWords(s.Words)}, check("words")
	// entropy.go
	case "entropy":
		return entropyValidator{min: s.Min, minLen: s.MinLen, minClasses: s.MinClasses}, check("min", "min_len", "min_classes")
	case "mixed":
		return mixedValidator{}, check()
	case "length":
		if s.MinLen <= 0 && s.MaxLen <= 0 || s.MaxLen > 0 && s.MaxLen < s.MinLen {
			return nil, fmt.Errorf("validator %q needs 0 < min_len <= max_len (one may be omitted)", s.Kind)
		}
		return lengthValidator{min: s.MinLen, max: s.MaxLen}, check("min_len", "max_len")
	// allowlist.go
	case "placeholder":
		return placeholderValidator{}, check()
	case "":
		return nil, fmt.Errorf("validator without kind")
	default:
		return nil, fmt.Errorf("unknown validator kind %q (known: %s)", s.Kind, strings.Join(Kinds(), ", "))
	}
}

// Kinds lists the validator kinds Build knows, for error messages and docs.
func Kinds() []string {
	return []string{
		"luhn", "card_iin", "iban", "nrb", "us_ssn", "us_itin", "github_crc32", "uk_nino", "bitlocker", "bip39", "wif",
		"jwt", "private_key", "base64_private_key", "basic_auth", "ipv4", "ipv6", "date",
		"phone", "mac", "email", "not_call", "ends_line", "not_uuid", "context", "not_context", "not_column", "not_table", "whole_field", "sql_column", "entropy", "length", "mixed", "placeholder",
	}
}

// onlyParams reports an error if s sets a parameter not in allowed.
func (s Spec) onlyParams(allowed ...string) error {
	set := map[string]bool{
		"words": len(s.Words) > 0, "window": s.Window != 0, "before": s.Before, "after": s.After, "same_line": s.SameLine,
		"required": s.Required, "boost": s.Boost != 0, "min": s.Min != 0,
		"min_len": s.MinLen != 0, "min_classes": s.MinClasses != 0, "max_len": s.MaxLen != 0,
	}
	for _, a := range allowed {
		delete(set, a)
	}
	for _, name := range []string{"words", "window", "before", "after", "same_line", "required", "boost", "min", "min_len", "min_classes", "max_len"} {
		if set[name] {
			return fmt.Errorf("validator %q does not take parameter %q", s.Kind, name)
		}
	}
	return nil
}
