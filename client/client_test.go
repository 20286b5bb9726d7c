package client

import (
	"context"
	"net"
	"sync/atomic"
	"testing"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/status"

	veilv1 "github.com/veil-dlp/veil/proto/veil/v1"
)

// flaky answers Redact with its scripted codes in turn, then OK.
type flaky struct {
	veilv1.UnimplementedVeilServiceServer
	script []codes.Code
	calls  atomic.Int32
	auth   atomic.Value
}

func (f *flaky) Redact(ctx context.Context, r *veilv1.RedactRequest) (*veilv1.RedactResponse, error) {
	n := int(f.calls.Add(1)) - 1
	if md, ok := metadata.FromIncomingContext(ctx); ok {
		f.auth.Store(md.Get("authorization"))
	}
	if n < len(f.script) {
		return nil, status.Error(f.script[n], "scripted")
	}
	return &veilv1.RedactResponse{Payload: r.GetPayload()}, nil
}

func serveFlaky(t *testing.T, script ...codes.Code) (*flaky, string) {
	t.Helper()
	f := &flaky{script: script}
	g := grpc.NewServer()
	veilv1.RegisterVeilServiceServer(g, f)
	lis, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go g.Serve(lis)
	t.Cleanup(g.Stop)
	return f, lis.Addr().String()
}

func call(t *testing.T, addr string, opts ...Option) error {
	t.Helper()
	c, err := Dial(addr, opts...)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	_, err = c.Redact(ctx, &veilv1.RedactRequest{Payload: []byte("x"), Destination: "llm"})
	return err
}

func TestRetriesUnavailableOnly(t *testing.T) {
	f, addr := serveFlaky(t, codes.Unavailable, codes.Unavailable)
	if err := call(t, addr, WithRetry(4, time.Millisecond)); err != nil {
		t.Fatalf("two Unavailable then OK, with 4 attempts: %v", err)
	}
	if n := f.calls.Load(); n != 3 {
		t.Errorf("%d calls, want 3", n)
	}

	f, addr = serveFlaky(t, codes.Unavailable, codes.Unavailable, codes.Unavailable)
	if err := call(t, addr, WithRetry(2, time.Millisecond)); status.Code(err) != codes.Unavailable || f.calls.Load() != 2 {
		t.Errorf("attempts exhausted: err %v after %d calls, want Unavailable after 2", err, f.calls.Load())
	}

	for _, code := range []codes.Code{codes.InvalidArgument, codes.ResourceExhausted, codes.DeadlineExceeded, codes.PermissionDenied, codes.Internal} {
		f, addr = serveFlaky(t, code)
		if err := call(t, addr, WithRetry(4, time.Millisecond)); status.Code(err) != code || f.calls.Load() != 1 {
			t.Errorf("%v: err %v after %d calls, want no retry", code, err, f.calls.Load())
		}
	}
}

func TestBearerToken(t *testing.T) {
	f, addr := serveFlaky(t)
	if err := call(t, addr, WithBearerToken("tok-123")); err != nil {
		t.Fatal(err)
	}
	if got, _ := f.auth.Load().([]string); len(got) != 1 || got[0] != "Bearer tok-123" {
		t.Errorf("authorization = %v", got)
	}
}

func TestBadOptions(t *testing.T) {
	if _, err := Dial("127.0.0.1:1", WithRetry(0, time.Millisecond)); err == nil {
		t.Error("WithRetry(0, ...) accepted")
	}
	if _, err := Dial("127.0.0.1:1", WithTLSFiles("/nonexistent/ca.pem", "", "")); err == nil {
		t.Error("a missing CA file accepted")
	}
}
