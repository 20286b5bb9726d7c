package main

import (
	"context"
	"path/filepath"
	"testing"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/proto"

	veilv1 "github.com/veil-dlp/veil/proto/veil/v1"
)

// The stub must answer each payload with exactly the response recorded for
// it, and refuse a payload it has none for, so that a mismatch between the
// load and the canned table shows up as non-OK answers, not as a cheap OK.
func TestStubAnswersCannedResponses(t *testing.T) {
	payloads := [][]byte{[]byte("card 4111 1111 1111 1111"), []byte("key AKIAZ7QK3MBN4XRL2WVD")}
	resps := []*veilv1.RedactResponse{
		{Payload: []byte("card ****"), Decision: &veilv1.Decision{Verdict: veilv1.Verdict_VERDICT_REDACT,
			Findings: []*veilv1.Finding{{Type: "CREDIT_CARD_NUMBER", Start: 5, End: 24}}}},
		{Payload: []byte("key ****"), Decision: &veilv1.Decision{Verdict: veilv1.Verdict_VERDICT_REDACT,
			Findings: []*veilv1.Finding{{Type: "AWS_ACCESS_KEY_ID", Start: 4, End: 24}}}},
	}
	file := filepath.Join(t.TempDir(), "canned.json")
	if err := writeCanned(file, payloads, resps); err != nil {
		t.Fatal(err)
	}
	canned, err := loadCanned(file)
	if err != nil {
		t.Fatal(err)
	}
	svc := &stubService{canned: canned}
	for i, p := range payloads {
		got, err := svc.Redact(context.Background(), &veilv1.RedactRequest{Payload: p, Destination: "llm"})
		if err != nil {
			t.Fatalf("payload %d: %v", i, err)
		}
		if !proto.Equal(got, resps[i]) {
			t.Errorf("payload %d: got %v, want %v", i, got, resps[i])
		}
	}
	_, err = svc.Redact(context.Background(), &veilv1.RedactRequest{Payload: []byte("something else"), Destination: "llm"})
	if status.Code(err) != codes.NotFound {
		t.Errorf("unknown payload: %v, want NotFound", err)
	}
}
