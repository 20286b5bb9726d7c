package main

import (
	"context"
	"io"
	"log/slog"
	"net"
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
	"google.golang.org/grpc/test/bufconn"

	"github.com/veil-dlp/veil/engine"
	"github.com/veil-dlp/veil/policy"
	veilv1 "github.com/veil-dlp/veil/proto/veil/v1"
	"github.com/veil-dlp/veil/server"
)

// The benchmarks here run the server as veil serve wires it (built-in
// rules, default policy, the interceptor chain, an audit log as JSON lines
// to a file) over an in-memory connection, so that a CPU profile shows
// where a Redact's time goes without ghz or the kernel's loopback:
//
//	go test ./bench/grpc -run '^$' -bench . -benchtime 20000x -cpuprofile cpu.out
//	go tool pprof -top bench/grpc.test cpu.out

// startServer serves veil on a bufconn and returns a connection to it.
// With audit nil there is no audit log at all (not even its formatting).
func startServer(b *testing.B, audit io.Writer) *grpc.ClientConn {
	b.Helper()
	limits := engine.ServiceLimits()
	src := &server.Sources{Limits: limits, RandomKeys: &policy.RandomKeys{}, Warn: func(string) {}}
	opts := server.Options{Limits: limits, Log: slog.New(slog.DiscardHandler)}
	if audit != nil {
		opts.Audit = audit
	}
	srv, err := server.New(src.Load, opts)
	if err != nil {
		b.Fatal(err)
	}
	g := grpc.NewServer(srv.ServerOptions()...)
	srv.Register(g)
	lis := bufconn.Listen(1 << 20)
	go g.Serve(lis)
	b.Cleanup(g.Stop)
	conn, err := grpc.NewClient("passthrough:///bufconn",
		grpc.WithContextDialer(func(ctx context.Context, _ string) (net.Conn, error) { return lis.DialContext(ctx) }),
		grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { conn.Close() })
	return conn
}

func auditFile(b *testing.B) io.Writer {
	f, err := os.Create(filepath.Join(b.TempDir(), "audit.log"))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { f.Close() })
	return f
}

func BenchmarkHealth(b *testing.B) {
	hc := healthpb.NewHealthClient(startServer(b, auditFile(b)))
	ctx := context.Background()
	b.ReportAllocs()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if _, err := hc.Check(ctx, &healthpb.HealthCheckRequest{}); err != nil {
				b.Error(err)
				return
			}
		}
	})
}

func benchmarkRedact(b *testing.B, size int, audit io.Writer) {
	vc := veilv1.NewVeilServiceClient(startServer(b, audit))
	set := payloadSet(42, 64, size)
	ctx := context.Background()
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	var next atomic.Int64
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			p := set[int(next.Add(1))%len(set)]
			if _, err := vc.Redact(ctx, &veilv1.RedactRequest{Payload: p, Destination: "llm"}); err != nil {
				b.Error(err)
				return
			}
		}
	})
}

func BenchmarkRedact1K(b *testing.B)         { benchmarkRedact(b, 1<<10, auditFile(b)) }
func BenchmarkRedact1KNoAudit(b *testing.B)  { benchmarkRedact(b, 1<<10, nil) }
func BenchmarkRedact16K(b *testing.B)        { benchmarkRedact(b, 16<<10, auditFile(b)) }
func BenchmarkRedact16KNoAudit(b *testing.B) { benchmarkRedact(b, 16<<10, nil) }
