// Package client is a small Go client for veil's gRPC service
// (veil.v1.VeilService): dialing with or without TLS and mTLS, a bearer
// token for Restore, and retries with exponential backoff on Unavailable
// only (the server's answer when it is at its concurrency limit or
// shutting down). Every other status is returned at once: retrying
// InvalidArgument or ResourceExhausted cannot succeed, and
// DeadlineExceeded means the caller's time is spent.
//
//	c, err := client.Dial("127.0.0.1:50051")
//	...
//	defer c.Close()
//	resp, err := c.Redact(ctx, &veilv1.RedactRequest{Payload: body, Destination: "llm"})
package client

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/status"

	veilv1 "github.com/veil-dlp/veil/proto/veil/v1"
)

// Client calls a veil server. It is safe for concurrent use.
type Client struct {
	veilv1.VeilServiceClient
	conn *grpc.ClientConn
}

type options struct {
	tls         *tls.Config
	token       string
	attempts    int
	backoff     time.Duration
	maxBackoff  time.Duration
	dialOptions []grpc.DialOption
}

// Option configures Dial.
type Option func(*options) error

// WithTLS uses TLS with the given configuration (set Certificates for mTLS).
func WithTLS(c *tls.Config) Option {
	return func(o *options) error { o.tls = c; return nil }
}

// WithTLSFiles uses TLS, trusting the CA bundle caFile (empty: the system
// pool), and presents the client certificate certFile/keyFile when given
// (mTLS).
func WithTLSFiles(caFile, certFile, keyFile string) Option {
	return func(o *options) error {
		c := &tls.Config{MinVersion: tls.VersionTLS12}
		if caFile != "" {
			pem, err := os.ReadFile(caFile)
			if err != nil {
				return err
			}
			pool := x509.NewCertPool()
			if !pool.AppendCertsFromPEM(pem) {
				return fmt.Errorf("client: %s holds no PEM certificate", caFile)
			}
			c.RootCAs = pool
		}
		if certFile != "" || keyFile != "" {
			cert, err := tls.LoadX509KeyPair(certFile, keyFile)
			if err != nil {
				return err
			}
			c.Certificates = []tls.Certificate{cert}
		}
		o.tls = c
		return nil
	}
}

// WithBearerToken sends "authorization: Bearer token" on every call, which
// the server checks for Restore. Use it with TLS: over plaintext the token
// crosses the network in the clear.
func WithBearerToken(token string) Option {
	return func(o *options) error { o.token = token; return nil }
}

// WithRetry sets how many attempts a unary call makes on Unavailable
// (default 4; 1 turns retries off) and the first backoff (default 25 ms,
// doubled per attempt up to 1 s, with jitter).
func WithRetry(attempts int, backoff time.Duration) Option {
	return func(o *options) error {
		if attempts < 1 || backoff <= 0 {
			return errors.New("client: WithRetry needs attempts >= 1 and a positive backoff")
		}
		o.attempts, o.backoff = attempts, backoff
		return nil
	}
}

// WithDialOptions adds gRPC dial options.
func WithDialOptions(opts ...grpc.DialOption) Option {
	return func(o *options) error { o.dialOptions = append(o.dialOptions, opts...); return nil }
}

// Dial connects to a veil server at target (host:port). The connection is
// made lazily, on the first call.
func Dial(target string, opts ...Option) (*Client, error) {
	o := options{attempts: 4, backoff: 25 * time.Millisecond, maxBackoff: time.Second}
	for _, opt := range opts {
		if err := opt(&o); err != nil {
			return nil, err
		}
	}
	creds := insecure.NewCredentials()
	if o.tls != nil {
		creds = credentials.NewTLS(o.tls)
	}
	dial := []grpc.DialOption{
		grpc.WithTransportCredentials(creds),
		// The server bounds what it accepts; its answers can be larger
		// than gRPC's default 4 MiB (a redacted payload can outgrow its
		// input), so the client takes what the server sends.
		grpc.WithDefaultCallOptions(grpc.MaxCallRecvMsgSize(math.MaxInt32), grpc.MaxCallSendMsgSize(math.MaxInt32)),
		grpc.WithChainUnaryInterceptor(o.retry),
	}
	if o.token != "" {
		dial = append(dial, grpc.WithPerRPCCredentials(bearer{token: o.token, secure: o.tls != nil}))
	}
	conn, err := grpc.NewClient(target, append(dial, o.dialOptions...)...)
	if err != nil {
		return nil, err
	}
	return &Client{VeilServiceClient: veilv1.NewVeilServiceClient(conn), conn: conn}, nil
}

// Conn returns the underlying connection (for health checks, say).
func (c *Client) Conn() *grpc.ClientConn { return c.conn }

// Close closes the connection.
func (c *Client) Close() error { return c.conn.Close() }

// retry retries a unary call on Unavailable with exponential backoff and
// full jitter, within the call's context.
func (o *options) retry(ctx context.Context, method string, req, reply any, cc *grpc.ClientConn, invoker grpc.UnaryInvoker, opts ...grpc.CallOption) error {
	wait := o.backoff
	for attempt := 1; ; attempt++ {
		err := invoker(ctx, method, req, reply, cc, opts...)
		if err == nil || status.Code(err) != codes.Unavailable || attempt >= o.attempts {
			return err
		}
		t := time.NewTimer(rand.N(wait) + wait/2)
		select {
		case <-ctx.Done():
			t.Stop()
			return err
		case <-t.C:
		}
		wait = min(2*wait, o.maxBackoff)
	}
}

// bearer is per-call credentials carrying a bearer token.
type bearer struct {
	token  string
	secure bool
}

func (b bearer) GetRequestMetadata(context.Context, ...string) (map[string]string, error) {
	return map[string]string{"authorization": "Bearer " + b.token}, nil
}

func (b bearer) RequireTransportSecurity() bool { return b.secure }
