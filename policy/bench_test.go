package policy

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/veil-dlp/veil/engine"
)

// benchPayload is about 1 KB of log lines with 3 findings: an email, an IP
// address and a GitHub token.
var benchPayload = []byte(strings.Repeat("2024-05-02T10:14:07Z INFO request served path=/api/v1/orders status=200 latency_ms=41 trace=7f3c2a1e9b4d\n", 4) +
	"2024-05-02T10:14:08Z WARN login failed user=ann.lee@corp-mail.com client=81.2.69.160 attempts=3\n" +
	strings.Repeat("2024-05-02T10:14:09Z INFO cache refreshed keys=1284 took_ms=12 node=cache-3 region=eu-west-1\n", 3) +
	"2024-05-02T10:14:10Z DEBUG retry with token=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\n")

// BenchmarkApply measures the policy decision and the transform alone (the
// scan result is computed once), for the llm destination (tokenize and
// redact) and for logs (mask and redact).
func BenchmarkApply(b *testing.B) {
	s := snapshot(b, "")
	res := s.Engine.Scan(context.Background(), benchPayload, engine.ScanOptions{})
	if len(res.Findings) != 3 {
		b.Fatalf("%d findings, want 3", len(res.Findings))
	}
	for _, dest := range []string{"llm", "logs"} {
		b.Run(dest, func(b *testing.B) {
			b.SetBytes(int64(len(benchPayload)))
			b.ReportAllocs()
			for b.Loop() {
				dec := s.Apply(benchPayload, res, Request{Destination: dest})
				if dec.Verdict != VerdictRedact {
					b.Fatal(dec.Verdict)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/3/1000, "µs/finding")
		})
	}
}

// BenchmarkRedact is scan + policy + transform, as a request runs it.
func BenchmarkRedact(b *testing.B) {
	s := snapshot(b, "")
	b.SetBytes(int64(len(benchPayload)))
	b.ReportAllocs()
	for b.Loop() {
		s.Redact(context.Background(), benchPayload, Request{Destination: "llm"})
	}
}

// BenchmarkApplyPerFinding measures what each finding adds: payloads of
// log lines holding 1, 10 and 100 findings (emails, tokenized for llm; a
// mix of types masked and redacted for logs). The per-finding cost is the
// slope between the rows: (ns/op at 100 - ns/op at 10) / 90.
func BenchmarkApplyPerFinding(b *testing.B) {
	s := snapshot(b, "")
	for _, dest := range []string{"llm", "logs"} {
		for _, n := range []int{1, 10, 100} {
			var p strings.Builder
			for i := range n {
				fmt.Fprintf(&p, "2024-05-02T10:14:08Z WARN login failed user=user%d.lee@corp-mail.com attempts=%d\n", i, i%7)
			}
			payload := []byte(p.String())
			res := s.Engine.Scan(context.Background(), payload, engine.ScanOptions{})
			if len(res.Findings) != n {
				b.Fatalf("%d findings, want %d", len(res.Findings), n)
			}
			b.Run(fmt.Sprintf("%s/findings=%d", dest, n), func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					s.Apply(payload, res, Request{Destination: dest})
				}
			})
		}
	}
}
