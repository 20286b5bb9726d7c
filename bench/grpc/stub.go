package main

// The stub is the floor of a Redact-shaped call: a gRPC server that answers
// each benchmark payload with the response veil gave for it, without
// scanning anything. Against it ghz does all the work it does against veil
// (marshal the same 1 KB request, decode the same response with its
// findings) and the server only the transport's part. Its Redact/health
// ratio is the best any engine could reach in this setup; veil's ratio
// above it is veil's own cost.
//
// The driver starts it as a child process (its own binary with the
// arguments "serve --listen ADDR --responses FILE"), so it runs under the
// same conditions as `veil serve` and its CPU time is read the same way.

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"syscall"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/health"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
	"google.golang.org/grpc/reflection"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/proto"

	veilv1 "github.com/veil-dlp/veil/proto/veil/v1"
)

// cannedPair is one line of the stub's responses file.
type cannedPair struct {
	Payload  []byte `json:"payload"`
	Response []byte `json:"response"` // a marshalled RedactResponse
}

// writeCanned writes the stub's responses file.
func writeCanned(path string, payloads [][]byte, resps []*veilv1.RedactResponse) error {
	pairs := make([]cannedPair, len(payloads))
	for i, p := range payloads {
		b, err := proto.Marshal(resps[i])
		if err != nil {
			return err
		}
		pairs[i] = cannedPair{p, b}
	}
	b, err := json.Marshal(pairs)
	if err != nil {
		return err
	}
	return os.WriteFile(path, b, 0o644)
}

// loadCanned reads a file writeCanned wrote: response by payload.
func loadCanned(path string) (map[string]*veilv1.RedactResponse, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var pairs []cannedPair
	if err := json.Unmarshal(b, &pairs); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	canned := make(map[string]*veilv1.RedactResponse, len(pairs))
	for _, p := range pairs {
		r := &veilv1.RedactResponse{}
		if err := proto.Unmarshal(p.Response, r); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		canned[string(p.Payload)] = r
	}
	return canned, nil
}

// stubService answers Redact from its table; anything else is
// Unimplemented, an unknown payload NotFound (the driver counts non-OK
// answers, so a stub that does not match the load is caught).
type stubService struct {
	veilv1.UnimplementedVeilServiceServer
	canned map[string]*veilv1.RedactResponse
}

func (s *stubService) Redact(_ context.Context, req *veilv1.RedactRequest) (*veilv1.RedactResponse, error) {
	if r, ok := s.canned[string(req.GetPayload())]; ok {
		return r, nil
	}
	return nil, status.Error(codes.NotFound, "stub: no canned response for this payload")
}

// serveStub is the child process: it logs the address it listens on the
// way veil serve does (a JSON "serving" record on stderr, which veilproc
// reads) and serves until SIGTERM.
func serveStub(args []string) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	listen := fs.String("listen", "127.0.0.1:0", "address to listen on")
	file := fs.String("responses", "", "canned responses (written by the driver)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	canned, err := loadCanned(*file)
	if err != nil {
		return err
	}
	svc := &stubService{canned: canned}
	lis, err := net.Listen("tcp", *listen)
	if err != nil {
		return err
	}
	g := grpc.NewServer()
	veilv1.RegisterVeilServiceServer(g, svc)
	healthpb.RegisterHealthServer(g, health.NewServer()) // SERVING for ""
	reflection.Register(g)                               // ghz reads the method from it, as from veil serve
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, syscall.SIGTERM, syscall.SIGINT)
	go func() {
		<-sig
		g.GracefulStop()
	}()
	slog.New(slog.NewJSONHandler(os.Stderr, nil)).Info("serving", "addr", lis.Addr().String(), "stub", true)
	return g.Serve(lis)
}
