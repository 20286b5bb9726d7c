// Package rules defines veil's rule files: typed, validated configuration
// for the detection engine, and the built-in rule set embedded in the binary.
//
// A rule file is YAML:
//
//	rules:
//	  - id: aws-access-key-id          # unique, lower-case, [a-z0-9-]
//	    type: AWS_ACCESS_KEY_ID        # upper-case finding type
//	    category: SECRET               # PII | SECRET | CREDENTIAL
//	    description: AWS access key id
//	    keywords: [akia, asia]         # ASCII letters match in any case, other UTF-8 as written
//	    regex: '\b(?P<value>(?:AKIA|ASIA)[A-Z2-7]{16})\b'
//	    confidence: 0.9
//	    validators:
//	      - kind: placeholder
//	    samples:
//	      match: ['key = AKIAZ4QXJ2LRYN7WBT3K']
//	      no_match: ['key = AKIAIOSFODNN7EXAMPLE']
//	allowlist:
//	  values: [AKIAIOSFODNN7EXAMPLE]
//	  regexes: ['^sk_test_']
//	  paths: ['(^|/)vendor/']
//	disable: [generic-api-key]
//
// Matching model. The payload is cut into segments: lines, with lines longer
// than 256 bytes cut again after a separator byte (, } > tab; never ; which
// connection strings use). A rule's regex matches inside
// one segment unless the rule sets multiline: true. Regexes use RE2 syntax;
// ^, $, \A and \z are rejected because segment edges would change their
// meaning (use \b). The finding's span is the capture group named "value",
// or the whole match when there is none.
//
// Selection. A rule with keywords runs only on segments within window bytes
// (default 96) of a keyword, on either side. A rule without keywords must
// name a gate: any_of (literal strings, one of which must be in the segment)
// and/or min_digits (the segment holds a run of at least that many digits,
// with at most two of space - . / ( ) + between two digits).
package rules

import "github.com/veil-dlp/veil/detectors"

// Category is the kind of data a finding is.
type Category string

// The three categories. SECRET is a machine key or token, CREDENTIAL is what
// a person or service logs in with, PII is data about a person.
const (
	PII        Category = "PII"
	Secret     Category = "SECRET"
	Credential Category = "CREDENTIAL"
)

// Valid reports whether c is one of the defined categories.
func (c Category) Valid() bool { return c == PII || c == Secret || c == Credential }

// File is one parsed rule file.
type File struct {
	// Path names the file in error messages ("builtin/aws.yaml" for
	// embedded files).
	Path      string    `yaml:"-"`
	Rules     []Rule    `yaml:"rules"`
	Allowlist Allowlist `yaml:"allowlist"`
	Disable   []string  `yaml:"disable"`
}

// Rule is one detector as written in a rule file.
type Rule struct {
	ID          string   `yaml:"id"`
	Type        string   `yaml:"type"`
	Category    Category `yaml:"category"`
	Description string   `yaml:"description"`
	Keywords    []string `yaml:"keywords"`
	Regex       string   `yaml:"regex"`
	// Confidence is the base confidence of a match, before validators.
	Confidence float64 `yaml:"confidence"`
	// Window is how far (bytes, both sides) a keyword selects segments.
	Window int `yaml:"window"`
	// Gate selects segments for rules without keywords.
	Gate Gate `yaml:"gate"`
	// Multiline lets the regex match across segments (PEM blocks).
	Multiline bool `yaml:"multiline"`
	// Table makes a keyword a table's column header: it selects the rows
	// below its line that a column-header check can tie to it (every line
	// after the payload's first line, else up to 32 rows; see
	// detectors.HeaderRows), not a window around it. For values that stand
	// under a header far from their keyword (a password column of a bulk
	// user import).
	Table bool `yaml:"table"`
	// Generic marks catch-all rules (password=, token=): a specific rule's
	// finding on the same span wins over a generic one.
	Generic bool `yaml:"generic"`
	// Container marks rules whose match holds the secret rather than being
	// it (URL userinfo "user:TOKEN"): a specific (not generic) SECRET
	// finding strictly inside it is reported in its place, and this one is
	// recorded as covered, so a GitHub token in a clone URL is a
	// GITHUB_TOKEN. Redaction still masks the whole match.
	Container  bool             `yaml:"container"`
	Validators []detectors.Spec `yaml:"validators"`
	// Allow lists exact values this rule never reports (documented examples).
	Allow   []string `yaml:"allow"`
	Samples Samples  `yaml:"samples"`

	// Line is the line of the rule in its file, for error messages.
	Line int `yaml:"-"`
}

// Gate selects segments for a rule that has no keywords.
type Gate struct {
	AnyOf     []string `yaml:"any_of"`
	MinDigits int      `yaml:"min_digits"`
}

// Samples are a rule's own tests: every match sample must produce at least
// one finding of this rule (with the given value, if set) and no no_match
// sample may produce one. A sample is a string or {text, value}.
type Samples struct {
	Match   []Sample `yaml:"match"`
	NoMatch []Sample `yaml:"no_match"`
}

// Sample is one sample text and, optionally, the value the rule must report.
type Sample struct {
	Text  string
	Value string
	Line  int
}

// Allowlist drops findings whose value equals one of Values or matches one
// of Regexes, and skips files whose path matches one of Paths.
type Allowlist struct {
	Values  []string `yaml:"values"`
	Regexes []string `yaml:"regexes"`
	Paths   []string `yaml:"paths"`
}
