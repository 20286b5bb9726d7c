package engine

import "time"

// Limits bound the work one scan may do. They are the only place limits are
// declared; the CLI and the server fill them from flags and configuration.
type Limits struct {
	// MaxPayloadBytes is the largest payload scanned in full. Bytes beyond
	// it are not scanned and the result is incomplete.
	MaxPayloadBytes int
	// MaxFindings caps the findings of one scan (after overlap resolution).
	// Reaching it makes the result incomplete.
	MaxFindings int
	// Timeout is the scan time budget. Zero means no budget beyond the
	// context's own deadline.
	Timeout time.Duration
	// MaxCELCost bounds one evaluation of a policy's CEL expression (CEL
	// cost units). The engine does not run CEL; it is declared here so every
	// limit lives in one place. Exceeding it makes the decision incomplete.
	MaxCELCost uint64

	// The limits below are enforced by the gRPC server (veil serve); the
	// engine does not read them. They live here so every limit is declared
	// in one place.

	// DefaultDeadline is the deadline of a request that brings none.
	DefaultDeadline time.Duration
	// MaxDeadline caps the deadline a caller may ask for.
	MaxDeadline time.Duration
	// MaxConcurrent is how many requests (and stream records) are worked
	// on at once; a unary request over it is refused with Unavailable at
	// once, a stream record waits for a slot.
	MaxConcurrent int
}

// DefaultLimits are the limits used when [WithLimits] is not given.
func DefaultLimits() Limits {
	return Limits{
		MaxPayloadBytes: 16 << 20,
		MaxFindings:     10000,
		Timeout:         0,
		MaxCELCost:      10000,
	}
}

// ServiceLimits are the defaults of the gRPC server: payloads up to 4 MiB
// (gRPC's own default message size), a scan budget of 2 s, deadlines of
// 5 s by default and 30 s at most, 64 requests at once.
func ServiceLimits() Limits {
	l := DefaultLimits()
	l.MaxPayloadBytes = 4 << 20
	l.Timeout = 2 * time.Second
	l.DefaultDeadline = 5 * time.Second
	l.MaxDeadline = 30 * time.Second
	l.MaxConcurrent = 64
	return l
}

// DefaultMinConfidence is the confidence below which candidates are not
// reported unless a scan asks for a lower threshold.
const DefaultMinConfidence = 0.5

// Segmenting constants: part of the matching model, not tunable limits.
const (
	softSegmentBytes = 256  // cut a long line after the next separator past this
	hardSegmentBytes = 4096 // cut a line here if no separator came
	defaultWindow    = 96   // keyword window, both sides
	chunkBytes       = 256  // segments are grouped into chunks of about this size for the rule set
	maxDigitRun      = 255  // digit runs are counted up to this
)

// Reason says why a result is incomplete.
type Reason string

// Reasons a scan can be incomplete.
const (
	ReasonPayloadTooLarge Reason = "payload_too_large"
	ReasonTooManyFindings Reason = "too_many_findings"
	ReasonDeadline        Reason = "deadline_exceeded"
	ReasonCanceled        Reason = "canceled"
	// ReasonRuleError: a rule's regex, left to its first use by
	// WithLazyRegexes, did not compile; the scan stopped there.
	ReasonRuleError Reason = "rule_error"
)
