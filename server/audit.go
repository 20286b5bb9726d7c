package server

import (
	"context"
	"log/slog"
	"sort"
	"time"

	"google.golang.org/grpc/codes"

	"github.com/veil-dlp/veil/policy"
)

// The audit log has one record per request (and per stream record): who
// sent what kind of data where, what was found (types and counts, never
// values), the verdict and the policy and snapshot that decided it.

func (s *Server) auditAttrs(c *call, st *state, start time.Time) []slog.Attr {
	return []slog.Attr{
		slog.String("method", c.method),
		slog.String("request_id", c.requestID),
		slog.String("app_id", c.req.AppID),
		slog.String("actor_id", c.req.ActorID),
		slog.String("actor_role", c.req.ActorRole),
		slog.String("destination", c.req.Destination),
		slog.Int("bytes", len(c.payload)),
		slog.Uint64("snapshot", st.version),
		slog.String("policy_version", st.snap.Policy.Version),
		slog.Int64("duration_us", time.Since(start).Microseconds()),
	}
}

func (s *Server) auditDecision(c *call, st *state, dec *policy.Decision, start time.Time, cached bool) {
	counts := map[string]int{}
	for _, f := range dec.Findings {
		counts[f.Type]++
	}
	types := make([]string, 0, len(counts))
	for t := range counts {
		types = append(types, t)
	}
	sort.Strings(types)
	found := make([]any, 0, len(types))
	for _, t := range types {
		found = append(found, slog.Int(t, counts[t]))
	}
	attrs := append(s.auditAttrs(c, st, start),
		slog.String("code", codes.OK.String()),
		slog.String("verdict", dec.Verdict.String()),
		slog.Bool("incomplete", dec.Incomplete),
		slog.Any("reasons", dec.Reasons),
		slog.Any("flags", dec.Flags),
		slog.String("policy_destination", dec.Destination),
		slog.Any("rules", dec.Rules),
		slog.Group("findings", found...),
		slog.Bool("cached", cached),
	)
	s.audit.LogAttrs(context.Background(), slog.LevelInfo, "decision", attrs...)
}

func (s *Server) auditError(c *call, st *state, start time.Time, code codes.Code) {
	attrs := append(s.auditAttrs(c, st, start), slog.String("code", code.String()))
	s.audit.LogAttrs(context.Background(), slog.LevelInfo, "refused", attrs...)
}

func (s *Server) auditRestore(c *call, st *state, who string, start time.Time, res *policy.RestoreResult, code codes.Code) {
	attrs := append(s.auditAttrs(c, st, start),
		slog.String("code", code.String()),
		slog.String("caller", who),
	)
	if res != nil {
		attrs = append(attrs, slog.Int("restored", res.Restored), slog.Int("failed", len(res.Failed)))
	}
	s.audit.LogAttrs(context.Background(), slog.LevelInfo, "restore", attrs...)
}
