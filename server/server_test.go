package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials/insecure"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/status"
	"google.golang.org/grpc/test/bufconn"

	"github.com/veil-dlp/veil/engine"
	"github.com/veil-dlp/veil/policy"
	veilv1 "github.com/veil-dlp/veil/proto/veil/v1"
	"github.com/veil-dlp/veil/rules"
)

// Test payload values. The card passes Luhn; the AWS key is not the
// documented example key.
const (
	card    = "4111 1111 1111 1111"
	awsKey  = "AKIAZ3MSJV4WJ7SXRQ5A"
	email   = "jane.doe@corp-mail.io"
	payload = "order for " + email + " paid with card " + card + " deploy key " + awsKey + " done"
)

var (
	engOnce sync.Once
	eng     *engine.Engine
	engErr  error
)

// testEngine builds the built-in rules once per test binary: compiling them
// under -race is slow.
func testEngine(t testing.TB) *engine.Engine {
	t.Helper()
	engOnce.Do(func() {
		files, _, err := rules.Load(nil, true)
		if err != nil {
			engErr = err
			return
		}
		eng, engErr = engine.New(files, engine.WithLimits(engine.ServiceLimits()))
	})
	if engErr != nil {
		t.Fatal(engErr)
	}
	return eng
}

func testPolicy(t testing.TB, src string) *policy.Policy {
	t.Helper()
	opts := policy.Options{Getenv: policy.TestKeyGetenv, Warn: func(string) {}}
	var p *policy.Policy
	var err error
	if src == "" {
		p, err = policy.Default(opts)
	} else {
		p, err = policy.Parse("test.yaml", []byte(src), opts)
	}
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// env is a server on an in-memory listener and a client connected to it.
type env struct {
	srv    *Server
	client veilv1.VeilServiceClient
	health healthpb.HealthClient
	conn   *grpc.ClientConn
}

// useTCP makes start serve on a real loopback TCP listener instead of
// bufconn (TestOverTCP).
var useTCP bool

func start(t testing.TB, load Loader, opts Options) *env {
	t.Helper()
	if opts.Limits.MaxConcurrent == 0 {
		lim := engine.ServiceLimits()
		if opts.Limits.MaxPayloadBytes > 0 {
			lim.MaxPayloadBytes = opts.Limits.MaxPayloadBytes
		}
		opts.Limits = lim
	}
	if load == nil {
		e, p := testEngine(t), testPolicy(t, "")
		load = func() (*policy.Snapshot, error) { return policy.NewSnapshot(e, p), nil }
	}
	s, err := New(load, opts)
	if err != nil {
		t.Fatal(err)
	}
	g := grpc.NewServer(s.ServerOptions()...)
	s.Register(g)
	dialOpts := []grpc.DialOption{
		grpc.WithTransportCredentials(insecure.NewCredentials()),
		grpc.WithDefaultCallOptions(grpc.MaxCallRecvMsgSize(64<<20), grpc.MaxCallSendMsgSize(64<<20)),
	}
	target := "passthrough:///bufconn"
	if useTCP {
		lis, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		go g.Serve(lis)
		target = lis.Addr().String()
	} else {
		lis := bufconn.Listen(1 << 20)
		go g.Serve(lis)
		dialOpts = append(dialOpts, grpc.WithContextDialer(func(ctx context.Context, _ string) (net.Conn, error) { return lis.DialContext(ctx) }))
	}
	conn, err := grpc.NewClient(target, dialOpts...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close(); g.Stop() })
	return &env{srv: s, client: veilv1.NewVeilServiceClient(conn), health: healthpb.NewHealthClient(conn), conn: conn}
}

func ctx(t *testing.T) context.Context {
	c, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	t.Cleanup(cancel)
	return c
}

// noPayload fails when an error message quotes any of the payload's
// sensitive values.
func noPayload(t *testing.T, err error) {
	t.Helper()
	msg := status.Convert(err).Message()
	for _, v := range []string{card, awsKey, email, "4111111111111111"} {
		if strings.Contains(msg, v) {
			t.Errorf("error message quotes a payload value: %q", msg)
		}
	}
}

func wantCode(t *testing.T, err error, want codes.Code) *status.Status {
	t.Helper()
	st := status.Convert(err)
	if st.Code() != want {
		t.Fatalf("code = %v (%q), want %v", st.Code(), st.Message(), want)
	}
	noPayload(t, err)
	return st
}

func findingTypes(d *veilv1.Decision) map[string]bool {
	m := map[string]bool{}
	for _, f := range d.GetFindings() {
		m[f.GetType()] = true
	}
	return m
}

func TestRedactMasksValues(t *testing.T) {
	e := start(t, nil, Options{})
	resp, err := e.client.Redact(ctx(t), &veilv1.RedactRequest{Payload: []byte(payload), Destination: "logs", RequestId: "r-1"})
	if err != nil {
		t.Fatal(err)
	}
	d := resp.GetDecision()
	if d.GetVerdict() != veilv1.Verdict_VERDICT_REDACT {
		t.Fatalf("verdict = %v, want REDACT", d.GetVerdict())
	}
	out := string(resp.GetPayload())
	for _, v := range []string{card, awsKey, email} {
		if strings.Contains(out, v) {
			t.Errorf("output still holds %q: %s", v, out)
		}
	}
	if !strings.Contains(out, "1111") || !strings.Contains(out, "[AWS_ACCESS_KEY_ID]") {
		t.Errorf("logs policy should mask the card to its last 4 and redact the key: %s", out)
	}
	types := findingTypes(d)
	for _, typ := range []string{"CREDIT_CARD_NUMBER", "AWS_ACCESS_KEY_ID", "EMAIL_ADDRESS"} {
		if !types[typ] {
			t.Errorf("no %s finding in %v", typ, types)
		}
	}
	for _, f := range d.GetFindings() {
		if got := payload[f.GetStart():f.GetEnd()]; got == "" || f.GetCategory() == veilv1.Category_CATEGORY_UNSPECIFIED || f.GetAction() == veilv1.Action_ACTION_UNSPECIFIED {
			t.Errorf("finding %v: empty span, category or action", f)
		}
	}
	if d.GetPolicyVersion() == "" || d.GetDestination() != "logs" || d.GetSnapshot() != 1 {
		t.Errorf("decision lacks policy version, destination or snapshot: %v", d)
	}
}

func TestInspectDoesNotTransform(t *testing.T) {
	e := start(t, nil, Options{})
	resp, err := e.client.Inspect(ctx(t), &veilv1.InspectRequest{Payload: []byte(payload), Destination: "public-slack"})
	if err != nil {
		t.Fatal(err)
	}
	if v := resp.GetDecision().GetVerdict(); v != veilv1.Verdict_VERDICT_BLOCK {
		t.Errorf("a secret to public-* must block, got %v", v)
	}
	if len(findingTypes(resp.GetDecision())) < 3 {
		t.Errorf("findings = %v", resp.GetDecision().GetFindings())
	}
	clean, err := e.client.Inspect(ctx(t), &veilv1.InspectRequest{Payload: []byte("nothing to see here, version 1.2.3.4"), Destination: "public-slack"})
	if err != nil {
		t.Fatal(err)
	}
	if v := clean.GetDecision().GetVerdict(); v != veilv1.Verdict_VERDICT_ALLOW || len(clean.GetDecision().GetFindings()) != 0 {
		t.Errorf("clean payload: verdict %v, findings %v", v, clean.GetDecision().GetFindings())
	}
}

func TestValidationNamesFields(t *testing.T) {
	e := start(t, nil, Options{})
	many := map[string]string{}
	for i := range 40 {
		many[strings.Repeat("k", i+1)] = "v"
	}
	cases := []struct {
		name  string
		req   *veilv1.RedactRequest
		field string
	}{
		{"no destination", &veilv1.RedactRequest{Payload: []byte(payload)}, "destination"},
		{"bad destination", &veilv1.RedactRequest{Payload: []byte(payload), Destination: "llm; drop"}, "destination"},
		{"too many labels", &veilv1.RedactRequest{Payload: []byte(payload), Destination: "llm", Labels: many}, "labels"},
		{"bad label key", &veilv1.RedactRequest{Payload: []byte(payload), Destination: "llm", Labels: map[string]string{"a b": "c"}}, "labels"},
		{"long actor", &veilv1.RedactRequest{Payload: []byte(payload), Destination: "llm", ActorId: strings.Repeat("a", 300)}, "actor_id"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := e.client.Redact(ctx(t), tc.req)
			st := wantCode(t, err, codes.InvalidArgument)
			if !strings.Contains(st.Message(), tc.field) {
				t.Errorf("message %q does not name %s", st.Message(), tc.field)
			}
			var fields []string
			for _, d := range st.Details() {
				if br, ok := d.(*errdetails.BadRequest); ok {
					for _, fv := range br.GetFieldViolations() {
						fields = append(fields, fv.GetField())
					}
				}
			}
			if len(fields) == 0 || !strings.HasPrefix(fields[0], tc.field) {
				t.Errorf("BadRequest fields = %v, want %s", fields, tc.field)
			}
		})
	}
}

func TestPayloadOverLimit(t *testing.T) {
	e := start(t, nil, Options{Limits: engine.Limits{MaxPayloadBytes: 4096}})
	big := bytes.Repeat([]byte(payload+"\n"), 100) // about 9 KB
	_, err := e.client.Redact(ctx(t), &veilv1.RedactRequest{Payload: big, Destination: "llm"})
	st := wantCode(t, err, codes.ResourceExhausted)
	if !strings.Contains(st.Message(), "4096") {
		t.Errorf("message %q does not name the limit", st.Message())
	}
	// At the limit the request is served, even when the redacted output
	// (tokens longer than the emails they replace) is larger than the limit.
	var emails bytes.Buffer
	for i := 0; emails.Len() < 4000; i++ {
		fmt.Fprintf(&emails, "u%d@corp.io\n", i)
	}
	resp, err := e.client.Redact(ctx(t), &veilv1.RedactRequest{Payload: emails.Bytes(), Destination: "llm"})
	if err != nil {
		t.Fatalf("payload at the limit: %v", err)
	}
	if len(resp.GetPayload()) <= 4096+64<<10 && len(resp.GetPayload()) <= 2*emails.Len() {
		t.Logf("output %d bytes for %d in", len(resp.GetPayload()), emails.Len())
	}
	if len(resp.GetPayload()) <= emails.Len() {
		t.Errorf("expected the tokenized output (%d bytes) to outgrow the input (%d)", len(resp.GetPayload()), emails.Len())
	}
	// Over the transport limit too: gRPC refuses it before decoding.
	huge := bytes.Repeat([]byte(payload+"\n"), 2000)
	_, err = e.client.Inspect(ctx(t), &veilv1.InspectRequest{Payload: huge, Destination: "llm"})
	wantCode(t, err, codes.ResourceExhausted)
	// Size is checked before validation: no destination, still ResourceExhausted.
	_, err = e.client.Inspect(ctx(t), &veilv1.InspectRequest{Payload: big})
	wantCode(t, err, codes.ResourceExhausted)
}

func TestAdmissionControl(t *testing.T) {
	lim := engine.ServiceLimits()
	lim.MaxConcurrent = 2
	e := start(t, nil, Options{Limits: lim})
	// Take every slot, as two requests in work would.
	e.srv.sem <- struct{}{}
	e.srv.sem <- struct{}{}
	_, err := e.client.Redact(ctx(t), &veilv1.RedactRequest{Payload: []byte(payload), Destination: "llm"})
	wantCode(t, err, codes.Unavailable)
	// Health is not subject to admission control.
	if _, err := e.health.Check(ctx(t), &healthpb.HealthCheckRequest{}); err != nil {
		t.Errorf("health under load: %v", err)
	}
	<-e.srv.sem
	if _, err := e.client.Redact(ctx(t), &veilv1.RedactRequest{Payload: []byte(payload), Destination: "llm"}); err != nil {
		t.Errorf("with a free slot: %v", err)
	}
	if n := e.srv.Metrics().Requests("Redact", codes.Unavailable); n != 1 {
		t.Errorf("Unavailable counted %d times, want 1", n)
	}
}

func TestDeadlineExceeded(t *testing.T) {
	lim := engine.ServiceLimits()
	lim.MaxDeadline = time.Nanosecond // every caller deadline is cut to nothing
	e := start(t, nil, Options{Limits: lim})
	c, cancel := context.WithTimeout(ctx(t), 10*time.Second)
	defer cancel()
	_, err := e.client.Redact(c, &veilv1.RedactRequest{Payload: []byte(payload), Destination: "llm"})
	wantCode(t, err, codes.DeadlineExceeded)

	lim = engine.ServiceLimits()
	lim.DefaultDeadline = time.Nanosecond // a request without a deadline gets this one
	e = start(t, nil, Options{Limits: lim})
	_, err = e.client.Inspect(context.Background(), &veilv1.InspectRequest{Payload: []byte(payload), Destination: "llm"})
	wantCode(t, err, codes.DeadlineExceeded)
}

// A limit inside the scan is not an error: the answer is OK, incomplete,
// and the policy maps incomplete (default BLOCK).
func TestLimitsMakeIncomplete(t *testing.T) {
	for _, tc := range []struct {
		name   string
		limits func(*engine.Limits)
		reason string
	}{
		{"scan budget", func(l *engine.Limits) { l.Timeout = time.Nanosecond }, "deadline"},
		{"findings cap", func(l *engine.Limits) { l.MaxFindings = 1 }, "too_many_findings"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			lim := engine.ServiceLimits()
			tc.limits(&lim)
			files, _, err := rules.Load(nil, true)
			if err != nil {
				t.Fatal(err)
			}
			eng, err := engine.New(files, engine.WithLimits(lim))
			if err != nil {
				t.Fatal(err)
			}
			p := testPolicy(t, "")
			e := start(t, func() (*policy.Snapshot, error) { return policy.NewSnapshot(eng, p), nil }, Options{Limits: lim})
			resp, err := e.client.Redact(ctx(t), &veilv1.RedactRequest{Payload: []byte(payload), Destination: "llm"})
			if err != nil {
				t.Fatal(err)
			}
			d := resp.GetDecision()
			if !d.GetIncomplete() || d.GetVerdict() != veilv1.Verdict_VERDICT_BLOCK || len(resp.GetPayload()) != 0 {
				t.Fatalf("want incomplete BLOCK with no payload, got %v, %d bytes", d, len(resp.GetPayload()))
			}
			if !strings.Contains(strings.Join(d.GetReasons(), ";"), tc.reason) {
				t.Errorf("reasons %v do not say %s", d.GetReasons(), tc.reason)
			}
		})
	}
}

func TestPanicBecomesInternal(t *testing.T) {
	p := testPolicy(t, "")
	// A snapshot without an engine makes the handler panic.
	var logs bytes.Buffer
	e := start(t, func() (*policy.Snapshot, error) { return &policy.Snapshot{Policy: p}, nil }, Options{Log: newTestLogger(&logs)})
	_, err := e.client.Redact(ctx(t), &veilv1.RedactRequest{Payload: []byte(payload), Destination: "llm"})
	wantCode(t, err, codes.Internal)
	if strings.Contains(logs.String(), awsKey) || !strings.Contains(logs.String(), "panic") {
		t.Errorf("panic log quotes the payload or says nothing: %s", logs.String())
	}
	// In a stream, the record gets Internal and the stream goes on.
	st, err := e.client.RedactStream(ctx(t))
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"x", "y"} {
		if err := st.Send(&veilv1.RedactStreamRequest{Id: id, Payload: []byte(payload), Destination: "llm"}); err != nil {
			t.Fatal(err)
		}
		r, err := st.Recv()
		if err != nil {
			t.Fatalf("record %s ended the stream: %v", id, err)
		}
		if r.GetId() != id || codes.Code(r.GetError().GetCode()) != codes.Internal || strings.Contains(r.GetError().GetMessage(), awsKey) {
			t.Errorf("record %s: %v", id, r)
		}
	}
	st.CloseSend()
	// The server is still up.
	if _, err := e.health.Check(ctx(t), &healthpb.HealthCheckRequest{}); err != nil {
		t.Fatal(err)
	}
}

func TestRedactStream(t *testing.T) {
	e := start(t, nil, Options{Limits: engine.Limits{MaxPayloadBytes: 4096}})
	s, err := e.client.RedactStream(ctx(t))
	if err != nil {
		t.Fatal(err)
	}
	recs := []*veilv1.RedactStreamRequest{
		{Id: "a", Payload: []byte(payload), Destination: "logs"},
		{Id: "b", Payload: []byte(payload)}, // no destination
		{Id: "c", Payload: bytes.Repeat([]byte("x"), 5000), Destination: "logs"},
		{Id: "d", Payload: []byte("key " + awsKey), Destination: "public-api"},
		{Id: "e", Payload: []byte("just text"), Destination: "logs"},
	}
	go func() {
		for _, r := range recs {
			if err := s.Send(r); err != nil {
				return
			}
		}
		s.CloseSend()
	}()
	var got []*veilv1.RedactStreamResponse
	for {
		r, err := s.Recv()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, r)
	}
	if len(got) != len(recs) {
		t.Fatalf("%d responses for %d records", len(got), len(recs))
	}
	for i, r := range got {
		if r.GetId() != recs[i].GetId() {
			t.Errorf("response %d has id %q, want %q (order)", i, r.GetId(), recs[i].GetId())
		}
	}
	if got[0].GetError() != nil || strings.Contains(string(got[0].GetPayload()), awsKey) || got[0].GetDecision().GetVerdict() != veilv1.Verdict_VERDICT_REDACT {
		t.Errorf("record a: %v", got[0])
	}
	if e := got[1].GetError(); e == nil || codes.Code(e.GetCode()) != codes.InvalidArgument || len(e.GetFields()) == 0 || e.GetFields()[0] != "destination" {
		t.Errorf("record b: want InvalidArgument on destination, got %v", e)
	}
	if e := got[2].GetError(); e == nil || codes.Code(e.GetCode()) != codes.ResourceExhausted {
		t.Errorf("record c: want ResourceExhausted, got %v", e)
	}
	if got[3].GetDecision().GetVerdict() != veilv1.Verdict_VERDICT_BLOCK || len(got[3].GetPayload()) != 0 {
		t.Errorf("record d: want BLOCK with no payload, got %v", got[3])
	}
	if got[4].GetError() != nil || string(got[4].GetPayload()) != "just text" || got[4].GetDecision().GetVerdict() != veilv1.Verdict_VERDICT_ALLOW {
		t.Errorf("record e: %v", got[4])
	}
}

func TestRestoreAuthorisation(t *testing.T) {
	dir := t.TempDir()
	tokFile := dir + "/tokens"
	writeFile(t, tokFile, "# restore callers\nai-proxy-token-0123456789\n")
	auth, err := LoadRestoreAuth(nil, tokFile)
	if err != nil {
		t.Fatal(err)
	}
	var audit bytes.Buffer
	e := start(t, nil, Options{Restore: auth, Audit: &audit})
	red, err := e.client.Redact(ctx(t), &veilv1.RedactRequest{Payload: []byte(payload), Destination: "llm"})
	if err != nil {
		t.Fatal(err)
	}
	tokenized := red.GetPayload()
	if bytes.Contains(tokenized, []byte(email)) {
		t.Fatalf("llm output holds the email: %s", tokenized)
	}
	withToken := func(tok string) context.Context {
		return metadata.AppendToOutgoingContext(ctx(t), "authorization", "Bearer "+tok)
	}

	_, err = e.client.Restore(ctx(t), &veilv1.RestoreRequest{Payload: tokenized, Destination: "llm"})
	wantCode(t, err, codes.PermissionDenied)
	_, err = e.client.Restore(withToken("wrong-token-0123456789"), &veilv1.RestoreRequest{Payload: tokenized, Destination: "llm"})
	wantCode(t, err, codes.PermissionDenied)
	// The logs destination does not say restore: true.
	_, err = e.client.Restore(withToken("ai-proxy-token-0123456789"), &veilv1.RestoreRequest{Payload: tokenized, Destination: "logs"})
	wantCode(t, err, codes.PermissionDenied)

	res, err := e.client.Restore(withToken("ai-proxy-token-0123456789"), &veilv1.RestoreRequest{Payload: tokenized, Destination: "llm", RequestId: "restore-1"})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(res.GetPayload(), []byte(email)) || res.GetRestored() < 2 || len(res.GetFailed()) != 0 {
		t.Errorf("restore: %d restored, %v failed: %s", res.GetRestored(), res.GetFailed(), res.GetPayload())
	}
	a := audit.String()
	if strings.Count(a, `"msg":"restore"`) != 4 || !strings.Contains(a, `"request_id":"restore-1"`) || !strings.Contains(a, `"caller":"token:`) {
		t.Errorf("restore calls not audited as expected:\n%s", a)
	}
	for _, v := range []string{email, card, "ai-proxy-token-0123456789", "4111111111111111"} {
		if strings.Contains(a, v) {
			t.Errorf("audit log holds %q", v)
		}
	}

	// A reloaded token file replaces the tokens.
	writeFile(t, tokFile, "rotated-token-0123456789abc\n")
	auth, err = LoadRestoreAuth(nil, tokFile)
	if err != nil {
		t.Fatal(err)
	}
	e.srv.SetRestoreAuth(auth)
	_, err = e.client.Restore(withToken("ai-proxy-token-0123456789"), &veilv1.RestoreRequest{Payload: tokenized, Destination: "llm"})
	wantCode(t, err, codes.PermissionDenied)
	if _, err := e.client.Restore(withToken("rotated-token-0123456789abc"), &veilv1.RestoreRequest{Payload: tokenized, Destination: "llm"}); err != nil {
		t.Errorf("rotated token: %v", err)
	}
	for _, bad := range []string{"", "# only a comment\n", "short\n"} {
		writeFile(t, tokFile, bad)
		if _, err := LoadRestoreAuth(nil, tokFile); err == nil {
			t.Errorf("token file %q accepted", bad)
		}
	}

	// Without any authorisation configured, Restore is off for everyone.
	off := start(t, nil, Options{})
	_, err = off.client.Restore(withToken("ai-proxy-token-0123456789"), &veilv1.RestoreRequest{Payload: tokenized, Destination: "llm"})
	wantCode(t, err, codes.PermissionDenied)
}

func TestReloadKeepsOldSnapshotOnError(t *testing.T) {
	e0 := testEngine(t)
	good := testPolicy(t, "")
	var mu sync.Mutex
	next := func() (*policy.Snapshot, error) { return policy.NewSnapshot(e0, good), nil }
	load := func() (*policy.Snapshot, error) {
		mu.Lock()
		defer mu.Unlock()
		return next()
	}
	e := start(t, load, Options{})
	redactVersion := func() (uint64, string) {
		t.Helper()
		r, err := e.client.Redact(ctx(t), &veilv1.RedactRequest{Payload: []byte(payload), Destination: "llm"})
		if err != nil {
			t.Fatal(err)
		}
		return r.GetDecision().GetSnapshot(), r.GetDecision().GetPolicyVersion()
	}
	configHealth := func() healthpb.HealthCheckResponse_ServingStatus {
		t.Helper()
		r, err := e.health.Check(ctx(t), &healthpb.HealthCheckRequest{Service: ConfigHealthService})
		if err != nil {
			t.Fatal(err)
		}
		return r.GetStatus()
	}
	v1, pv1 := redactVersion()

	mu.Lock()
	next = func() (*policy.Snapshot, error) { return nil, errors.New("policy.yaml:3:1: broken") }
	mu.Unlock()
	if err := e.srv.Reload(); err == nil {
		t.Fatal("reload of a broken policy succeeded")
	}
	if v, pv := redactVersion(); v != v1 || pv != pv1 {
		t.Errorf("after a failed reload: snapshot %d %s, want the old %d %s", v, pv, v1, pv1)
	}
	if configHealth() != healthpb.HealthCheckResponse_NOT_SERVING || e.srv.Metrics().ReloadFailures() != 1 {
		t.Errorf("failed reload not reported: health %v, failures %d", configHealth(), e.srv.Metrics().ReloadFailures())
	}
	// The service itself keeps serving.
	r, err := e.health.Check(ctx(t), &healthpb.HealthCheckRequest{})
	if err != nil || r.GetStatus() != healthpb.HealthCheckResponse_SERVING {
		t.Errorf("overall health after a failed reload: %v %v", r, err)
	}

	other := testPolicy(t, "version: 1\nname: other\nfallback:\n  default: redact\n")
	mu.Lock()
	next = func() (*policy.Snapshot, error) { return policy.NewSnapshot(e0, other), nil }
	mu.Unlock()
	if err := e.srv.Reload(); err != nil {
		t.Fatal(err)
	}
	if v, pv := redactVersion(); v == v1 || pv == pv1 {
		t.Errorf("after a good reload: still snapshot %d %s", v, pv)
	}
	if configHealth() != healthpb.HealthCheckResponse_SERVING {
		t.Error("config health not SERVING after a good reload")
	}
}

func TestCacheNeverServesOldSnapshot(t *testing.T) {
	e0 := testEngine(t)
	p := testPolicy(t, "")
	e := start(t, func() (*policy.Snapshot, error) { return policy.NewSnapshot(e0, p), nil }, Options{CacheBytes: 1 << 20})
	req := &veilv1.RedactRequest{Payload: []byte(payload), Destination: "logs", RequestId: "one"}
	first, err := e.client.Redact(ctx(t), req)
	if err != nil {
		t.Fatal(err)
	}
	e.srv.cache.c.Wait()
	req.RequestId = "two" // not part of the key: the policy cannot read it
	second, err := e.client.Redact(ctx(t), req)
	if err != nil {
		t.Fatal(err)
	}
	if hits := e.srv.metrics.cacheHits.Load(); hits != 1 {
		t.Fatalf("cache hits = %d, want 1", hits)
	}
	if !bytes.Equal(first.GetPayload(), second.GetPayload()) {
		t.Error("cached answer differs")
	}
	// Another attribute the policy can read is another key.
	req.ActorRole = "admin"
	if _, err := e.client.Redact(ctx(t), req); err != nil {
		t.Fatal(err)
	}
	if hits := e.srv.metrics.cacheHits.Load(); hits != 1 {
		t.Errorf("a different actor_role hit the cache")
	}
	req.ActorRole = ""
	if err := e.srv.Reload(); err != nil {
		t.Fatal(err)
	}
	third, err := e.client.Redact(ctx(t), req)
	if err != nil {
		t.Fatal(err)
	}
	if third.GetDecision().GetSnapshot() != 2 || e.srv.metrics.cacheHits.Load() != 1 {
		t.Errorf("after reload: snapshot %d, hits %d; want snapshot 2 and no new hit", third.GetDecision().GetSnapshot(), e.srv.metrics.cacheHits.Load())
	}
}

func TestHealthAndAudit(t *testing.T) {
	var audit bytes.Buffer
	e := start(t, nil, Options{Audit: &audit})
	for _, svc := range []string{"", veilv1.VeilService_ServiceDesc.ServiceName, ConfigHealthService} {
		r, err := e.health.Check(ctx(t), &healthpb.HealthCheckRequest{Service: svc})
		if err != nil || r.GetStatus() != healthpb.HealthCheckResponse_SERVING {
			t.Errorf("health %q: %v %v", svc, r, err)
		}
	}
	if _, err := e.client.Redact(ctx(t), &veilv1.RedactRequest{Payload: []byte(payload), Destination: "llm", RequestId: "req-42", AppId: "crm-sync"}); err != nil {
		t.Fatal(err)
	}
	if _, err := e.client.Inspect(ctx(t), &veilv1.InspectRequest{Payload: []byte("\xff\xfe not utf-8"), Destination: "logs", RequestId: `q"uo\te`}); err != nil {
		t.Fatal(err)
	}
	for i, line := range strings.Split(strings.TrimSpace(audit.String()), "\n") {
		var rec map[string]any
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatalf("audit line %d is not JSON: %v\n%s", i+1, err, line)
		}
		if i == 1 && rec["request_id"] != `q"uo\te` {
			t.Errorf("request_id = %v", rec["request_id"])
		}
	}
	a := audit.String()
	for _, want := range []string{`"request_id":"req-42"`, `"app_id":"crm-sync"`, `"verdict":"REDACT"`, `"CREDIT_CARD_NUMBER":1`, `"policy_version":"sha256:`} {
		if !strings.Contains(a, want) {
			t.Errorf("audit record lacks %s:\n%s", want, a)
		}
	}
	for _, v := range []string{card, awsKey, email, "4111111111111111"} {
		if strings.Contains(a, v) {
			t.Errorf("audit record holds a value %q", v)
		}
	}
	e.srv.Shutdown()
	r, err := e.health.Check(ctx(t), &healthpb.HealthCheckRequest{})
	if err != nil || r.GetStatus() != healthpb.HealthCheckResponse_NOT_SERVING {
		t.Errorf("health after Shutdown: %v %v", r, err)
	}
}

func newTestLogger(w io.Writer) *slog.Logger { return slog.New(slog.NewJSONHandler(w, nil)) }

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
}

func TestWatchFiles(t *testing.T) {
	dir := t.TempDir()
	f := dir + "/policy.yaml"
	writeFile(t, f, "one")
	reloads := make(chan struct{}, 10)
	c, cancel := context.WithCancel(context.Background())
	defer cancel()
	w := NewWatcher([]string{f})
	go w.Run(c, 5*time.Millisecond, func() { reloads <- struct{}{} })
	waitReload := func(what string) {
		t.Helper()
		select {
		case <-reloads:
		case <-time.After(30 * time.Second):
			t.Fatalf("no reload after %s", what)
		}
	}
	writeFile(t, f, "two, same second")
	waitReload("a rewrite")
	os.Remove(f)
	waitReload("a removal")
	writeFile(t, f, "three")
	waitReload("the file coming back")
}

func utf16LE(s string) []byte {
	out := []byte{0xFF, 0xFE}
	for _, r := range s {
		out = append(out, byte(r), byte(r>>8))
	}
	return out
}

// A UTF-16 payload is scanned decoded; with findings it cannot be
// transformed in place, so the decision is incomplete and blocks.
func TestUTF16Payload(t *testing.T) {
	e := start(t, nil, Options{})
	p := utf16LE("contact " + email + " today")
	resp, err := e.client.Redact(ctx(t), &veilv1.RedactRequest{Payload: p, Destination: "llm"})
	if err != nil {
		t.Fatal(err)
	}
	d := resp.GetDecision()
	if d.GetVerdict() != veilv1.Verdict_VERDICT_BLOCK || !d.GetIncomplete() || len(resp.GetPayload()) != 0 {
		t.Fatalf("UTF-16 with an email: %v, %d bytes out", d, len(resp.GetPayload()))
	}
	if len(d.GetFindings()) != 1 || d.GetFindings()[0].GetStart() != int64(2+2*len("contact ")) {
		t.Errorf("finding offsets must be in the UTF-16 bytes: %v", d.GetFindings())
	}
	clean := utf16LE("nothing here")
	resp, err = e.client.Redact(ctx(t), &veilv1.RedactRequest{Payload: clean, Destination: "llm"})
	if err != nil {
		t.Fatal(err)
	}
	if resp.GetDecision().GetVerdict() != veilv1.Verdict_VERDICT_ALLOW || !bytes.Equal(resp.GetPayload(), clean) {
		t.Errorf("clean UTF-16: %v", resp.GetDecision())
	}
}

func TestBufferedAuditFlushedAtClose(t *testing.T) {
	var audit bytes.Buffer
	e := start(t, nil, Options{Audit: &audit, AuditFlush: time.Hour})
	if _, err := e.client.Redact(ctx(t), &veilv1.RedactRequest{Payload: []byte(payload), Destination: "llm", RequestId: "buffered"}); err != nil {
		t.Fatal(err)
	}
	if audit.Len() != 0 {
		t.Fatalf("written before the flush interval: %s", audit.String())
	}
	e.srv.Close()
	if !strings.Contains(audit.String(), `"request_id":"buffered"`) {
		t.Errorf("Close did not write the buffered record: %q", audit.String())
	}
}

// TestOverTCP runs the RPC and status-code tests again over a real
// loopback TCP connection, where HTTP/2 framing, flow control and message
// limits are the kernel's and gRPC's own rather than bufconn's.
func TestOverTCP(t *testing.T) {
	useTCP = true
	defer func() { useTCP = false }()
	for _, tc := range []struct {
		name string
		f    func(*testing.T)
	}{
		{"Redact", TestRedactMasksValues},
		{"Inspect", TestInspectDoesNotTransform},
		{"InvalidArgument", TestValidationNamesFields},
		{"ResourceExhausted", TestPayloadOverLimit},
		{"Unavailable", TestAdmissionControl},
		{"DeadlineExceeded", TestDeadlineExceeded},
		{"Incomplete", TestLimitsMakeIncomplete},
		{"Internal", TestPanicBecomesInternal},
		{"RedactStream", TestRedactStream},
		{"Restore/PermissionDenied", TestRestoreAuthorisation},
		{"UTF16", TestUTF16Payload},
	} {
		t.Run(tc.name, tc.f)
	}
}

func TestMetrics(t *testing.T) {
	e0, p := testEngine(t), testPolicy(t, "")
	fail := false
	e := start(t, func() (*policy.Snapshot, error) {
		if fail {
			return nil, errors.New("broken")
		}
		return policy.NewSnapshot(e0, p), nil
	}, Options{})
	if _, err := e.client.Redact(ctx(t), &veilv1.RedactRequest{Payload: []byte(payload), Destination: "llm"}); err != nil {
		t.Fatal(err)
	}
	e.client.Redact(ctx(t), &veilv1.RedactRequest{Payload: []byte(payload)})
	fail = true
	e.srv.Reload()
	var b strings.Builder
	e.srv.Metrics().WriteTo(&b)
	m := b.String()
	for _, want := range []string{
		`veil_requests_total{method="Redact",code="OK"} 1`,
		`veil_requests_total{method="Redact",code="InvalidArgument"} 1`,
		`veil_verdicts_total{verdict="REDACT"} 1`,
		"veil_reload_failures_total 1",
		"veil_config_stale 1",
		"veil_snapshot_version 1",
		"veil_inflight 0",
	} {
		if !strings.Contains(m, want+"\n") {
			t.Errorf("metrics lack %q:\n%s", want, m)
		}
	}
	if strings.Contains(m, awsKey) || strings.Contains(m, email) {
		t.Error("metrics hold a payload value")
	}
}

// A request finishes on the snapshot it started with, even when a reload
// swaps in another one meanwhile.
func TestInFlightKeepsItsSnapshot(t *testing.T) {
	e := start(t, nil, Options{})
	entered, release := make(chan struct{}), make(chan struct{})
	var once sync.Once
	e.srv.afterLoad = func() {
		once.Do(func() {
			close(entered)
			<-release
		})
	}
	type result struct {
		resp *veilv1.RedactResponse
		err  error
	}
	done := make(chan result, 1)
	go func() {
		r, err := e.client.Redact(context.Background(), &veilv1.RedactRequest{Payload: []byte(payload), Destination: "llm"})
		done <- result{r, err}
	}()
	<-entered
	if err := e.srv.Reload(); err != nil {
		t.Fatal(err)
	}
	close(release)
	r := <-done
	if r.err != nil {
		t.Fatal(r.err)
	}
	if got := r.resp.GetDecision().GetSnapshot(); got != 1 {
		t.Errorf("in-flight request answered on snapshot %d, want the one it started on (1)", got)
	}
	next, err := e.client.Redact(ctx(t), &veilv1.RedactRequest{Payload: []byte(payload), Destination: "llm"})
	if err != nil {
		t.Fatal(err)
	}
	if got := next.GetDecision().GetSnapshot(); got != 2 {
		t.Errorf("the next request used snapshot %d, want 2", got)
	}
}

// Restore under a policy that names no keys cannot work: the caller gets
// FailedPrecondition, not a quiet copy of its text.
func TestRestoreWithoutKeys(t *testing.T) {
	e0 := testEngine(t)
	p := testPolicy(t, "version: 1\ndestinations:\n  - name: llm\n    restore: true\n    default: redact\n")
	tokFile := t.TempDir() + "/tokens"
	writeFile(t, tokFile, "restore-token-0123456789\n")
	auth, err := LoadRestoreAuth(nil, tokFile)
	if err != nil {
		t.Fatal(err)
	}
	e := start(t, func() (*policy.Snapshot, error) { return policy.NewSnapshot(e0, p), nil }, Options{Restore: auth})
	c := metadata.AppendToOutgoingContext(ctx(t), "authorization", "Bearer restore-token-0123456789")
	_, err = e.client.Restore(c, &veilv1.RestoreRequest{Payload: []byte("EMAIL_ADDRESS_k1_abc"), Destination: "llm"})
	st := wantCode(t, err, codes.FailedPrecondition)
	if !strings.Contains(st.Message(), "no keys") {
		t.Errorf("message %q does not say why", st.Message())
	}
}
