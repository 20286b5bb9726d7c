package detectors_test

import (
	"bytes"
	"fmt"

	"github.com/veil-dlp/veil/detectors"
)

// candidate returns the candidate for the first occurrence of value in
// payload, with the match equal to the value.
func candidate(payload, value string) detectors.Candidate {
	i := bytes.Index([]byte(payload), []byte(value))
	return detectors.Candidate{
		Payload: []byte(payload),
		Start:   i, End: i + len(value),
		MatchStart: i, MatchEnd: i + len(value),
	}
}

func ExampleBuild() {
	v, err := detectors.Build(detectors.Spec{Kind: "card_iin"})
	if err != nil {
		panic(err)
	}
	for _, number := range []string{"4111 1111 1111 1111", "4111 1111 1111 1112", "4111-1111 1111-1111"} {
		payload := "card: " + number
		fmt.Println(number, v.Validate(candidate(payload, number)).Verdict)
	}
	// Output:
	// 4111 1111 1111 1111 confirm
	// 4111 1111 1111 1112 reject
	// 4111-1111 1111-1111 reject
}

func ExampleBuild_context() {
	// A context validator, as a rule file would declare it:
	//
	//	- kind: context
	//	  words: [ssn, social security]
	//	  boost: 0.2
	v, err := detectors.Build(detectors.Spec{Kind: "context", Words: []string{"ssn", "social security"}, Boost: 0.2})
	if err != nil {
		panic(err)
	}
	for _, payload := range []string{"Social Security: 536-22-8726", "ref 536-22-8726"} {
		o := v.Validate(candidate(payload, "536-22-8726"))
		fmt.Printf("%q: %v %+.1f\n", payload, o.Verdict, o.Delta)
	}
	// Output:
	// "Social Security: 536-22-8726": confirm +0.2
	// "ref 536-22-8726": no-opinion +0.0
}

func ExampleBuild_error() {
	_, err := detectors.Build(detectors.Spec{Kind: "luhn", Window: 10})
	fmt.Println(err)
	// Output:
	// validator "luhn" does not take parameter "window"
}

func ExampleIsPlaceholder() {
	for _, v := range []string{"${DB_PASSWORD}", "<your-api-key>", "AKIAIOSFODNN7EXAMPLE", "changeme", "Tr0ub4dor&3"} {
		fmt.Println(v, detectors.IsPlaceholder([]byte(v)))
	}
	// Output:
	// ${DB_PASSWORD} true
	// <your-api-key> true
	// AKIAIOSFODNN7EXAMPLE true
	// changeme true
	// Tr0ub4dor&3 false
}
