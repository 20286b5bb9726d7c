package server

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
	"time"

	"buf.build/go/protovalidate"
	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/proto"

	veilv1 "github.com/veil-dlp/veil/proto/veil/v1"
)

var servicePrefix = "/" + veilv1.VeilService_ServiceDesc.ServiceName + "/"

// ours says whether a method belongs to veil's service; health and
// reflection skip veil's interceptors.
func ours(method string) bool { return strings.HasPrefix(method, servicePrefix) }

type payloadCarrier interface{ GetPayload() []byte }

// unaryInterceptor is the whole chain for unary calls: recovery, size,
// admission, deadline, validation; then it makes sure every error leaves
// with an exact status code.
func (s *Server) unaryInterceptor(ctx context.Context, req any, info *grpc.UnaryServerInfo, handler grpc.UnaryHandler) (resp any, err error) {
	if !ours(info.FullMethod) {
		return handler(ctx, req)
	}
	method := info.FullMethod[len(servicePrefix):]
	defer func() {
		if r := recover(); r != nil {
			resp, err = nil, s.recovered(method, r)
		}
		s.metrics.request(method, status.Code(err))
	}()
	if p, ok := req.(payloadCarrier); ok {
		if err := s.checkSize(len(p.GetPayload())); err != nil {
			return nil, err
		}
	}
	if !s.acquire(ctx, false) {
		return nil, status.Errorf(codes.Unavailable,
			"server busy: %d requests in flight, the limit; retry with backoff", s.opts.Limits.MaxConcurrent)
	}
	defer s.release()
	ctx, cancel := s.withDeadline(ctx)
	defer cancel()
	if err := s.validate(req); err != nil {
		return nil, err
	}
	resp, err = handler(ctx, req)
	return resp, exact(ctx, err)
}

// streamInterceptor recovers from panics and counts streams. Streams have
// no default deadline (a log stream may live for hours); each record is
// checked, admitted and bounded on its own in RedactStream.
func (s *Server) streamInterceptor(srv any, ss grpc.ServerStream, info *grpc.StreamServerInfo, handler grpc.StreamHandler) (err error) {
	if !ours(info.FullMethod) {
		return handler(srv, ss)
	}
	method := info.FullMethod[len(servicePrefix):]
	defer func() {
		if r := recover(); r != nil {
			err = s.recovered(method, r)
		}
		s.metrics.request(method, status.Code(err))
	}()
	return exact(ss.Context(), handler(srv, ss))
}

// recovered turns a panic into Internal. The log gets the method, the
// runtime error (if it is one: those never hold payload bytes) and the
// stack; never the panic value itself, which might.
func (s *Server) recovered(method string, r any) error {
	what := fmt.Sprintf("%T", r)
	if re, ok := r.(runtime.Error); ok {
		what = re.Error()
	}
	s.metrics.panics.Add(1)
	s.log.Error("panic in handler", "method", method, "panic", what, "stack", string(debug.Stack()))
	return status.Error(codes.Internal, "internal error; the server logged it")
}

func (s *Server) checkSize(n int) error {
	if limit := s.opts.Limits.MaxPayloadBytes; limit > 0 && n > limit {
		return status.Errorf(codes.ResourceExhausted, "payload is %d bytes, over the limit of %d bytes", n, limit)
	}
	return nil
}

// withDeadline gives a request the default deadline when it has none and
// caps it at MaxDeadline.
func (s *Server) withDeadline(ctx context.Context) (context.Context, context.CancelFunc) {
	l := s.opts.Limits
	dl, ok := ctx.Deadline()
	switch {
	case !ok && l.DefaultDeadline > 0:
		return context.WithTimeout(ctx, l.DefaultDeadline)
	case ok && l.MaxDeadline > 0 && time.Until(dl) > l.MaxDeadline:
		return context.WithTimeout(ctx, l.MaxDeadline)
	}
	return ctx, func() {}
}

// validate checks a request against its protovalidate rules.
func (s *Server) validate(req any) error {
	m, ok := req.(proto.Message)
	if !ok {
		return nil
	}
	err := s.validator.Validate(m)
	if err == nil {
		return nil
	}
	var ve *protovalidate.ValidationError
	if !errors.As(err, &ve) {
		// A rule that could not be evaluated: the schema's fault, not the
		// caller's, and never a reason to let the request through.
		s.log.Error("validation could not run", "error", err.Error())
		return status.Error(codes.Internal, "request validation failed to run")
	}
	return invalidArgument(violations(ve))
}

// fieldViolation is one broken schema rule.
type fieldViolation struct{ field, message string }

func violations(ve *protovalidate.ValidationError) []fieldViolation {
	out := make([]fieldViolation, 0, len(ve.Violations))
	for _, v := range ve.Violations {
		out = append(out, fieldViolation{
			field:   protovalidate.FieldPathString(v.Proto.GetField()),
			message: v.Proto.GetMessage(),
		})
	}
	return out
}

// invalidArgument is InvalidArgument naming the fields, with a
// google.rpc.BadRequest detail. Rule messages name the rule, not the value.
func invalidArgument(vs []fieldViolation) error {
	parts := make([]string, len(vs))
	br := &errdetails.BadRequest{}
	for i, v := range vs {
		parts[i] = v.field + ": " + v.message
		br.FieldViolations = append(br.FieldViolations, &errdetails.BadRequest_FieldViolation{Field: v.field, Description: v.message})
	}
	st := status.New(codes.InvalidArgument, "invalid request: "+strings.Join(parts, "; "))
	if d, err := st.WithDetails(br); err == nil {
		st = d
	}
	return st.Err()
}

// exact makes sure an error leaves with a status code the caller can act
// on: context errors become DeadlineExceeded or Canceled, anything without
// a code becomes Internal, never Unknown.
func exact(ctx context.Context, err error) error {
	if err == nil {
		return nil
	}
	if _, ok := status.FromError(err); ok {
		return err
	}
	if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
		return status.FromContextError(err).Err()
	}
	if ctx.Err() != nil {
		return status.FromContextError(ctx.Err()).Err()
	}
	return status.Error(codes.Internal, "internal error")
}
