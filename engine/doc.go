// Package engine is veil's detection engine: the only API the servers and the
// CLI call. It never imports gRPC and never logs.
//
// [New] compiles rule files into an immutable [Engine] snapshot (automaton,
// regexes, validators). An Engine is safe for concurrent use; a request only
// reads it. Reload builds a new Engine and swaps it; nothing is shared.
//
// # Matching model
//
// A payload is cut into segments: lines (each including its '\n'), with lines
// longer than 256 bytes cut again just after a separator byte (, } > or tab),
// and cut hard at 4 KiB if none comes. A rule's regex matches within one
// segment, unless the rule is multiline, in which case it runs over the whole
// payload.
//
// A rule with keywords reports a match only if one of its keywords (ASCII,
// case-insensitive) occurs within the rule's window (default 96 bytes) of the
// match, on either side: secrets often come before their keyword. A rule
// without keywords has a gate instead: its segment must contain one of the
// gate's literals and/or a run of at least min_digits digits.
//
// # Fast path and reference path
//
// The reference path applies these definitions literally: every rule over
// every segment, then the keyword and gate conditions. The fast path finds
// keyword occurrences with an Aho-Corasick automaton (ASCII case folded by
// its byte classes, so offsets stay those of the original bytes), computes
// digit runs in the same pass as the segments, and runs each rule only over
// merged regions of the segments it selected. A match that crosses an
// interior segment edge, or ends on one, is discarded and its segments are
// rescanned one by one. Since rule regexes cannot use ^, $, \A, \z, \B or
// match the empty string, and soft segment edges follow a non-word byte,
// this gives exactly the reference path's findings; a test and a fuzz
// target hold the two paths to that.
//
// Three load-time analyses of each regex's syntax tree cut the fast path's
// go-re2 work further, each exact: a rule whose every match contains one
// of the automaton's keywords runs only over intervals around those
// keywords, bounded by its longest match and the bytes it can hold
// (narrow.go); a call is skipped when the text is shorter than the shortest
// match or lacks a byte every match needs (prefilter.go); and when the
// match's bytes fix where the value group lies, RE2 is asked for match
// bounds only, not for its slower submatch engine (value.go). Two more
// skips are exact too: a rule whose validator requires context words
// (a "context" with required: true) does not run when no piece of those
// words is in the text, since every match would be rejected; and the RE2
// set, when the engine has one in use (WithSetAfter delays it), keeps
// keyword-less rules out of 256-byte chunks where their regex cannot match.
// Without the set, a keyword-less rule whose matches can hold only a few
// bytes (digits and separators for a card or a phone number) runs only over
// the runs of those bytes long enough for a match, joined with a byte no
// match can hold into one regex call (class.go). The reference path uses
// none of them.
//
// # Encoded values
//
// Runs of text holding %XX escapes (query strings, form bodies, logged URLs)
// are decoded and scanned again with the same rules on the same path; each
// finding is mapped back to the encoded span, so "4111%201111%201111%201111"
// is a card number spanning its escapes. Decoding goes one level deep.
//
// # Overlaps
//
// Candidates below the minimum confidence are dropped first. Overlaps are
// then resolved by the outer-wins strategy: a finding inside another one is
// recorded in the outer finding's Covered list (the password inside a
// connection string); for the same span, or for a partial overlap, the better
// finding wins (specific over generic, then higher confidence, then the
// longer span, then the smaller rule id) and the other is recorded in its
// Covered list. One exception: a container rule's span (URL userinfo
// "user:TOKEN", rules.Rule.Container) gives way to a specific secret inside
// it, which is reported with the container in its Covered list; a policy
// still masks the whole group. Findings come out sorted by start, end and
// rule.
//
// A value found by a generic rule (a "secret" or "token" assignment) that a
// specific secret or credential rule finds elsewhere in the same payload,
// byte for byte and at least 16 bytes long, takes the specific finding's
// type and category: a key printed twice, once under its provider's name and
// once under "Secret", is one key. The finding keeps its own rule id.
//
// # Limits
//
// Every limit lives in [Limits]. A payload larger than MaxPayloadBytes is
// scanned up to the limit; more findings than MaxFindings, an expired
// deadline or a cancelled context stop the scan. Each of these returns the
// findings so far with Result.Incomplete set, never a silent "nothing found".
package engine
