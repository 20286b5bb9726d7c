package server

import (
	"context"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/veil-dlp/veil/engine"
	"github.com/veil-dlp/veil/policy"
	veilv1 "github.com/veil-dlp/veil/proto/veil/v1"
)

// benchPayload is about 1 KB of a support-ticket webhook with three
// findings: an email, a card number and an AWS access key.
func benchPayload(i int) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, `{"ticket":%d,"status":"open","subject":"Refund not received for order #A-%d",`, 48210+i, 99120+i)
	b.WriteString(`"requester":{"name":"Jane Doe","email":"jane.doe@corp-mail.io","plan":"business"},`)
	b.WriteString(`"body":"Hi team, I was charged twice on 2026-11-02. The card on file is 4111 1111 1111 1111 and the `)
	b.WriteString(`second charge shows as pending. Our CI also started failing after the rotation; the deploy job logs `)
	b.WriteString(`AKIAZ3MSJV4WJ7SXRQ5A as the key id it tried. Could you check both? Thanks, Jane",`)
	b.WriteString(`"tags":["billing","refund","priority-high"],"channel":"email","locale":"en-GB",`)
	b.WriteString(`"created_at":"2026-11-03T09:14:27Z","updated_at":"2026-11-03T09:20:02Z","assignee":null,`)
	for b.Len() < 1000 {
		b.WriteString(`"history":[{"at":"2026-11-03T09:14:27Z","event":"created","by":"api"}],`)
	}
	b.WriteString(`"v":1}`)
	return []byte(b.String())
}

func benchServer(b *testing.B, audit io.Writer) *Server {
	e, p := testEngine(b), testPolicy(b, "")
	lim := engine.ServiceLimits()
	s, err := New(func() (*policy.Snapshot, error) { return policy.NewSnapshot(e, p), nil }, Options{Limits: lim, Audit: audit})
	if err != nil {
		b.Fatal(err)
	}
	return s
}

// BenchmarkHandler is the server's own work per Redact (decide, convert,
// audit) without the transport.
func BenchmarkHandler(b *testing.B) {
	for _, tc := range []struct {
		name  string
		audit io.Writer
	}{
		{"audit-off", nil},
		{"audit-json", io.Discard},
	} {
		b.Run(tc.name, func(b *testing.B) {
			s := benchServer(b, tc.audit)
			reqs := make([]*veilv1.RedactRequest, 16)
			for i := range reqs {
				reqs[i] = &veilv1.RedactRequest{Payload: benchPayload(i), Destination: "llm", RequestId: "bench"}
			}
			b.SetBytes(int64(len(reqs[0].Payload)))
			b.ReportAllocs()
			ctx := context.Background()
			for i := 0; b.Loop(); i++ {
				if _, err := s.Redact(ctx, reqs[i%len(reqs)]); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
