package server

import (
	"context"
	"errors"
	"io"
	"time"

	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/veil-dlp/veil/policy"
	veilv1 "github.com/veil-dlp/veil/proto/veil/v1"
)

// request is what Inspect, Redact and stream records have in common: the
// generated getters of their payload and attributes.
type request interface {
	GetPayload() []byte
	GetDestination() string
	GetAppId() string
	GetActorId() string
	GetActorRole() string
	GetRequestId() string
	GetContentType() string
	GetLabels() map[string]string
}

func newCall(ctx context.Context, method string, r request) call {
	return call{method: method, peer: peerIdentity(ctx), payload: r.GetPayload(), requestID: r.GetRequestId(), req: policy.Request{
		Destination: r.GetDestination(), AppID: r.GetAppId(), ActorID: r.GetActorId(), ActorRole: r.GetActorRole(),
		ContentType: r.GetContentType(), Labels: r.GetLabels(),
	}}
}

// call is what every RPC needs from its request.
type call struct {
	method    string
	req       policy.Request
	requestID string
	payload   []byte
	peer      string // the caller, for the audit record
}

// Inspect decides a payload's verdict without returning it.
func (s *Server) Inspect(ctx context.Context, r *veilv1.InspectRequest) (*veilv1.InspectResponse, error) {
	c := newCall(ctx, "Inspect", r)
	st := s.cur.Load()
	dec, err := s.decide(ctx, st, &c)
	if err != nil {
		return nil, err
	}
	return &veilv1.InspectResponse{Decision: decisionProto(dec, st.version)}, nil
}

// Redact returns the payload as the destination's policy lets it through.
func (s *Server) Redact(ctx context.Context, r *veilv1.RedactRequest) (*veilv1.RedactResponse, error) {
	c := newCall(ctx, "Redact", r)
	st := s.cur.Load()
	dec, err := s.decide(ctx, st, &c)
	if err != nil {
		return nil, err
	}
	return &veilv1.RedactResponse{Payload: dec.Output, Decision: decisionProto(dec, st.version)}, nil
}

// RedactStream redacts records one at a time, in order. The server reads
// the next record only after answering the previous one, so a stream holds
// at most one record in work plus what gRPC's flow-control window buffers.
// A record that breaks a rule or a limit gets an error in its own
// response; the stream goes on. A record too large for the transport
// (over the payload limit plus 64 KiB) ends the stream with
// ResourceExhausted, because gRPC refuses it before veil sees it.
func (s *Server) RedactStream(stream grpc.BidiStreamingServer[veilv1.RedactStreamRequest, veilv1.RedactStreamResponse]) error {
	ctx := stream.Context()
	for {
		r, err := stream.Recv()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
		resp, err := s.record(ctx, r)
		if err != nil {
			return err
		}
		if err := stream.Send(resp); err != nil {
			return err
		}
	}
}

// record answers one stream record. It returns an error only when the
// stream itself is over (its context ended).
func (s *Server) record(ctx context.Context, r *veilv1.RedactStreamRequest) (resp *veilv1.RedactStreamResponse, err error) {
	resp = &veilv1.RedactStreamResponse{Id: r.GetId()}
	defer func() {
		// A record that makes the handler panic gets Internal in its own
		// response; the stream goes on.
		if p := recover(); p != nil {
			resp, err = &veilv1.RedactStreamResponse{Id: r.GetId(), Error: recordError(s.recovered("RedactStream", p))}, nil
		}
	}()
	s.metrics.records.Add(1)
	if err := s.checkSize(len(r.GetPayload())); err != nil {
		resp.Error = recordError(err)
		return resp, nil
	}
	if err := s.validate(r); err != nil {
		resp.Error = recordError(err)
		return resp, nil
	}
	if !s.acquire(ctx, true) {
		return nil, status.FromContextError(ctx.Err()).Err()
	}
	defer s.release()
	rctx, cancel := ctx, context.CancelFunc(func() {})
	if d := s.opts.Limits.DefaultDeadline; d > 0 {
		rctx, cancel = context.WithTimeout(ctx, d)
	}
	defer cancel()
	c := newCall(ctx, "RedactStream", r)
	st := s.cur.Load()
	dec, err := s.decide(rctx, st, &c)
	if err != nil {
		if ctx.Err() != nil {
			return nil, status.FromContextError(ctx.Err()).Err()
		}
		resp.Error = recordError(err)
		return resp, nil
	}
	resp.Payload, resp.Decision = dec.Output, decisionProto(dec, st.version)
	return resp, nil
}

func recordError(err error) *veilv1.RecordError {
	st := status.Convert(err)
	re := &veilv1.RecordError{Code: int32(st.Code()), Message: st.Message()}
	for _, d := range st.Details() {
		if br, ok := d.(*errdetails.BadRequest); ok {
			for _, fv := range br.GetFieldViolations() {
				re.Fields = append(re.Fields, fv.GetField())
			}
		}
	}
	return re
}

// decide scans and applies the policy of the snapshot st, through the
// cache when there is one, and writes the audit record. The caller's
// deadline expiring is DeadlineExceeded; the scan budget running out is a
// complete answer whose decision is incomplete.
func (s *Server) decide(ctx context.Context, st *state, c *call) (*policy.Decision, error) {
	start := time.Now()
	if s.afterLoad != nil {
		s.afterLoad()
	}
	var key [32]byte
	var dec *policy.Decision
	cached := false
	if s.cache != nil {
		key = cacheKey(st.version, c.payload, &c.req)
		if dec = s.cache.get(key); dec != nil {
			cached = true
			s.metrics.cacheHits.Add(1)
		} else {
			s.metrics.cacheMisses.Add(1)
		}
	}
	if dec == nil {
		dec = st.snap.Redact(ctx, c.payload, c.req)
		if err := ctx.Err(); err != nil {
			s.auditError(c, st, start, status.FromContextError(err).Code())
			return nil, status.FromContextError(err).Err()
		}
		if s.cache != nil {
			s.cache.set(key, len(c.payload), dec)
		}
	}
	s.metrics.verdict(dec)
	s.auditDecision(c, st, dec, start, cached)
	return dec, nil
}

// Restore puts the values back into the tokens a destination's policy made.
func (s *Server) Restore(ctx context.Context, r *veilv1.RestoreRequest) (*veilv1.RestoreResponse, error) {
	start := time.Now()
	who, err := s.restore.Load().authorize(ctx)
	st := s.cur.Load()
	c := call{method: "Restore", peer: peerIdentity(ctx), requestID: r.GetRequestId(), payload: r.GetPayload(), req: policy.Request{
		Destination: r.GetDestination(), AppID: r.GetAppId(), ActorID: r.GetActorId(),
	}}
	if err != nil {
		s.auditRestore(&c, st, peerIdentity(ctx), start, nil, status.Code(err))
		return nil, err
	}
	res, err := st.snap.Policy.Restore(r.GetPayload(), r.GetDestination())
	if err != nil {
		code := codes.FailedPrecondition
		if errors.Is(err, policy.ErrRestoreNotAllowed) {
			code = codes.PermissionDenied
		}
		s.auditRestore(&c, st, who, start, nil, code)
		return nil, status.Error(code, err.Error())
	}
	s.auditRestore(&c, st, who, start, res, codes.OK)
	out := &veilv1.RestoreResponse{Payload: res.Output, Restored: int32(res.Restored)}
	for _, f := range res.Failed {
		out.Failed = append(out.Failed, &veilv1.FailedToken{Start: int64(f.Start), End: int64(f.End), Type: f.Type, KeyId: f.KeyID})
	}
	return out, nil
}
