// Package servertest starts a veil server on a loopback TCP port for the
// tests of packages that talk to one (examples, clients), as net/http's
// httptest does for HTTP.
package servertest

import (
	"net"
	"testing"

	"google.golang.org/grpc"

	"github.com/veil-dlp/veil/engine"
	"github.com/veil-dlp/veil/policy"
	"github.com/veil-dlp/veil/server"
)

// Start serves the built-in rules and policy (with the fixed test keys of
// policy.TestKeyGetenv) on 127.0.0.1 and returns the address. The server
// stops when the test ends.
func Start(t testing.TB, opts server.Options) string {
	t.Helper()
	if opts.Limits.MaxConcurrent == 0 {
		opts.Limits = engine.ServiceLimits()
	}
	src := &server.Sources{Limits: opts.Limits, Getenv: policy.TestKeyGetenv, Warn: func(string) {}}
	s, err := server.New(src.Load, opts)
	if err != nil {
		t.Fatal(err)
	}
	g := grpc.NewServer(s.ServerOptions()...)
	s.Register(g)
	lis, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go g.Serve(lis)
	t.Cleanup(g.Stop)
	return lis.Addr().String()
}
