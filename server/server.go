// Package server is veil's gRPC service: veil.v1.VeilService (Inspect,
// Redact, RedactStream, Restore) over an immutable snapshot of rules and
// policy that a reload swaps atomically.
//
// Every request runs through the same interceptors, outermost first: panic
// recovery (Internal, never with payload bytes), admission control
// (Unavailable at once when MaxConcurrent requests are in flight),
// deadlines (a default when the caller sets none, capped at MaxDeadline),
// the payload size limit (ResourceExhausted before anything else is looked
// at) and protovalidate (InvalidArgument with the field paths in a
// google.rpc.BadRequest detail). Health and reflection skip them.
//
// A request reads the snapshot once at its start and finishes on it, even
// when a reload swaps in a new one meanwhile. A reload that fails keeps the
// old snapshot serving; the failure is logged, counted in the metrics and
// shown as NOT_SERVING on the health service name "veil.config".
package server

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/health"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
	"google.golang.org/grpc/reflection"

	"buf.build/go/protovalidate"

	"github.com/veil-dlp/veil/engine"
	"github.com/veil-dlp/veil/policy"
	veilv1 "github.com/veil-dlp/veil/proto/veil/v1"
)

// ConfigHealthService is the health service name that reports whether the
// last reload succeeded: SERVING when the snapshot in use is the one the
// files describe, NOT_SERVING when a reload failed and an older snapshot
// still serves.
const ConfigHealthService = "veil.config"

// Loader builds a snapshot from the configured rule and policy files. It is
// called at start and at every reload.
type Loader func() (*policy.Snapshot, error)

// Options configure a Server.
type Options struct {
	// Limits bound every request; see engine.ServiceLimits for defaults.
	Limits engine.Limits
	// CacheBytes is the result cache's capacity in bytes; 0 turns it off.
	CacheBytes int64
	// Restore says who may call Restore; the zero value allows nobody.
	Restore RestoreAuth
	// Log receives operational messages (never payload bytes); nil
	// discards them.
	Log *slog.Logger
	// Audit receives one JSON line per request and stream record (never
	// payload bytes); nil discards them.
	Audit io.Writer
	// AuditFlush buffers audit lines and writes them at this interval (and
	// at Close); zero writes each line at once.
	AuditFlush time.Duration
}

// Server implements veil.v1.VeilService.
type Server struct {
	veilv1.UnimplementedVeilServiceServer

	opts      Options
	load      Loader
	cur       atomic.Pointer[state]
	restore   atomic.Pointer[RestoreAuth]
	reloadMu  sync.Mutex
	generator atomic.Uint64
	validator protovalidate.Validator
	sem       chan struct{}
	cache     *resultCache
	health    *health.Server
	metrics   *Metrics
	log       *slog.Logger
	audit     *auditLog
	// afterLoad, in tests, runs after a request has taken its snapshot.
	afterLoad func()
}

// state is one snapshot and what the server derived from it.
type state struct {
	snap     *policy.Snapshot
	version  uint64
	loadedAt time.Time
}

// New loads the first snapshot and returns a server ready to register. It
// fails when the first load fails: there is no old snapshot to fall back on.
func New(load Loader, opts Options) (*Server, error) {
	if opts.Limits.MaxConcurrent <= 0 {
		return nil, errors.New("server: Limits.MaxConcurrent must be positive")
	}
	v, err := protovalidate.New(protovalidate.WithMessages(
		&veilv1.InspectRequest{}, &veilv1.RedactRequest{},
		&veilv1.RedactStreamRequest{}, &veilv1.RestoreRequest{},
	))
	if err != nil {
		return nil, fmt.Errorf("server: validator: %w", err)
	}
	s := &Server{
		opts:      opts,
		load:      load,
		validator: v,
		sem:       make(chan struct{}, opts.Limits.MaxConcurrent),
		health:    health.NewServer(),
		metrics:   newMetrics(),
		log:       orDiscard(opts.Log),
	}
	if opts.Audit != nil {
		s.audit = newAuditLog(opts.Audit, opts.AuditFlush)
	}
	if opts.CacheBytes > 0 {
		if s.cache, err = newResultCache(opts.CacheBytes); err != nil {
			return nil, err
		}
	}
	snap, err := load()
	if err != nil {
		return nil, err
	}
	s.SetRestoreAuth(opts.Restore)
	s.install(snap)
	s.health.SetServingStatus("", healthpb.HealthCheckResponse_SERVING)
	s.health.SetServingStatus(veilv1.VeilService_ServiceDesc.ServiceName, healthpb.HealthCheckResponse_SERVING)
	s.health.SetServingStatus(ConfigHealthService, healthpb.HealthCheckResponse_SERVING)
	return s, nil
}

func orDiscard(l *slog.Logger) *slog.Logger {
	if l == nil {
		return slog.New(slog.DiscardHandler)
	}
	return l
}

func (s *Server) install(snap *policy.Snapshot) *state {
	st := &state{snap: snap, version: s.generator.Add(1), loadedAt: time.Now()}
	s.cur.Store(st)
	s.metrics.snapshot.Store(st.version)
	if s.cache != nil {
		// Keys carry the snapshot version, so old entries can never be
		// served; clearing only gives their memory back sooner.
		s.cache.clear()
	}
	return st
}

// Reload builds a new snapshot and swaps it in. On failure the old snapshot
// keeps serving and the error is returned, logged and counted.
func (s *Server) Reload() error {
	s.reloadMu.Lock()
	defer s.reloadMu.Unlock()
	snap, err := s.load()
	if err != nil {
		s.metrics.reloadFailures.Add(1)
		s.metrics.configStale.Store(1)
		s.health.SetServingStatus(ConfigHealthService, healthpb.HealthCheckResponse_NOT_SERVING)
		s.log.Error("reload failed; the previous snapshot keeps serving",
			"snapshot", s.cur.Load().version, "error", err.Error())
		return err
	}
	st := s.install(snap)
	s.metrics.reloads.Add(1)
	s.metrics.configStale.Store(0)
	s.health.SetServingStatus(ConfigHealthService, healthpb.HealthCheckResponse_SERVING)
	s.log.Info("reloaded", "snapshot", st.version, "policy_version", snap.Policy.Version,
		"rules", len(snap.Engine.Rules()))
	return nil
}

// SetRestoreAuth replaces who may call Restore (a reload of the token
// file); calls in flight keep the authorisation they started with.
func (s *Server) SetRestoreAuth(a RestoreAuth) { s.restore.Store(&a) }

// Snapshot returns the version of the snapshot in use and its policy
// version.
func (s *Server) Snapshot() (version uint64, policyVersion string) {
	st := s.cur.Load()
	return st.version, st.snap.Policy.Version
}

// Metrics returns the server's counters.
func (s *Server) Metrics() *Metrics { return s.metrics }

// ServerOptions returns the grpc.ServerOptions veil needs: message size
// limits and the interceptor chain. Add credentials and keepalive as needed.
func (s *Server) ServerOptions() []grpc.ServerOption {
	// A little room over the payload limit for the other fields, so that
	// an oversized payload is refused with a message that names the limit.
	// Responses are not capped the same way: a redacted payload can be
	// larger than its input (tokens are longer than the emails they
	// replace), and gRPC's own send limit (2 GiB) applies.
	maxMsg := s.opts.Limits.MaxPayloadBytes + 64<<10
	return []grpc.ServerOption{
		grpc.MaxRecvMsgSize(maxMsg),
		// Run handlers on a pool of long-lived goroutines: a fresh
		// goroutine per call grows its stack to run the engine every time
		// (about 7% of a 1 KB Redact's CPU). gRPC starts a new goroutine
		// when every worker is busy, so this never queues a call.
		grpc.NumStreamWorkers(uint32(4 * runtime.GOMAXPROCS(0))),
		grpc.ChainUnaryInterceptor(s.unaryInterceptor),
		grpc.ChainStreamInterceptor(s.streamInterceptor),
	}
}

// Register registers the veil service, health and reflection on g.
func (s *Server) Register(g *grpc.Server) {
	veilv1.RegisterVeilServiceServer(g, s)
	healthpb.RegisterHealthServer(g, s.health)
	reflection.Register(g)
}

// Shutdown marks every health service NOT_SERVING, so load balancers stop
// sending before the listener closes.
func (s *Server) Shutdown() { s.health.Shutdown() }

// Close writes out buffered audit records. Call it after the gRPC server
// has stopped; records of requests still running after it are lost.
func (s *Server) Close() error {
	s.audit.close()
	return nil
}

// acquire takes a concurrency slot, waiting only when wait is set.
func (s *Server) acquire(ctx context.Context, wait bool) bool {
	select {
	case s.sem <- struct{}{}:
		s.metrics.inflight.Add(1)
		return true
	default:
	}
	if !wait {
		return false
	}
	select {
	case s.sem <- struct{}{}:
		s.metrics.inflight.Add(1)
		return true
	case <-ctx.Done():
		return false
	}
}

func (s *Server) release() {
	s.metrics.inflight.Add(-1)
	<-s.sem
}
