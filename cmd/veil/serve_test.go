package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"

	"github.com/veil-dlp/veil/policy"
	veilv1 "github.com/veil-dlp/veil/proto/veil/v1"
	"github.com/veil-dlp/veil/server"
)

// TestMain lets a test start this test binary as the veil command, so the
// serve tests run a real process (signals, exit code) without a go build.
func TestMain(m *testing.M) {
	if os.Getenv("VEIL_TEST_RUN_MAIN") == "1" {
		os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

// veilProcess is `veil serve` running as a child process.
type veilProcess struct {
	cmd     *exec.Cmd
	addr    string
	metrics string // metrics address, when --metrics-listen was given
	done    chan error
}

func startServe(t *testing.T, args ...string) *veilProcess {
	t.Helper()
	cmd := exec.Command(os.Args[0], append([]string{"serve", "--listen", "127.0.0.1:0"}, args...)...)
	cmd.Env = append(os.Environ(), "VEIL_TEST_RUN_MAIN=1", "VEIL_TOKEN_KEY=serve-test-key-0123456789abcdef0123456789")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	p := &veilProcess{cmd: cmd, done: make(chan error, 1)}
	addr := make(chan [2]string, 1)
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			var rec struct {
				Msg, Addr   string
				MetricsAddr string `json:"metrics_addr"`
			}
			if json.Unmarshal(sc.Bytes(), &rec) == nil && rec.Msg == "serving" {
				addr <- [2]string{rec.Addr, rec.MetricsAddr}
			}
		}
		p.done <- cmd.Wait()
	}()
	t.Cleanup(func() { cmd.Process.Kill() })
	select {
	case a := <-addr:
		p.addr, p.metrics = a[0], a[1]
	case err := <-p.done:
		t.Fatalf("veil serve exited before serving: %v", err)
	case <-time.After(60 * time.Second):
		t.Fatal("veil serve did not start within 60s")
	}
	return p
}

func dial(t *testing.T, addr string) (veilv1.VeilServiceClient, healthpb.HealthClient) {
	t.Helper()
	conn, err := grpc.NewClient(addr, grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close() })
	return veilv1.NewVeilServiceClient(conn), healthpb.NewHealthClient(conn)
}

// waitFor polls cond until it holds; it fails the test after a minute.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(time.Minute)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

const servePayload = "refund to card 4111 1111 1111 1111, ci key AKIAZ3MSJV4WJ7SXRQ5A"

func TestServeReloadAndDrain(t *testing.T) {
	dir := t.TempDir()
	polFile, auditFile := filepath.Join(dir, "policy.yaml"), filepath.Join(dir, "audit.log")
	good := policy.DefaultSource()
	if err := os.WriteFile(polFile, good, 0o600); err != nil {
		t.Fatal(err)
	}
	p := startServe(t, "--policy", polFile, "--watch-interval", "0", "--audit-log", auditFile, "--metrics-listen", "127.0.0.1:0")
	c, health := dial(t, p.addr)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()

	redact := func() *veilv1.RedactResponse {
		t.Helper()
		r, err := c.Redact(ctx, &veilv1.RedactRequest{Payload: []byte(servePayload), Destination: "logs"})
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	first := redact()
	out := string(first.GetPayload())
	if strings.Contains(out, "4111 1111 1111 1111") || strings.Contains(out, "AKIAZ3MSJV4WJ7SXRQ5A") || !strings.Contains(out, "1111") {
		t.Fatalf("card and key not masked: %s", out)
	}
	configStatus := func() healthpb.HealthCheckResponse_ServingStatus {
		r, err := health.Check(ctx, &healthpb.HealthCheckRequest{Service: server.ConfigHealthService})
		if err != nil {
			t.Fatal(err)
		}
		return r.GetStatus()
	}

	// A broken policy and SIGHUP: the old policy keeps serving.
	if err := os.WriteFile(polFile, []byte("version: 1\ndestinations:\n  - name: logs\n    rules:\n      - when: finding.nope >\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	p.cmd.Process.Signal(syscall.SIGHUP)
	waitFor(t, "the failed reload to show in health", func() bool { return configStatus() == healthpb.HealthCheckResponse_NOT_SERVING })
	if r := redact(); r.GetDecision().GetPolicyVersion() != first.GetDecision().GetPolicyVersion() {
		t.Errorf("after a broken reload the policy version changed to %s", r.GetDecision().GetPolicyVersion())
	}
	resp, err := http.Get("http://" + p.metrics + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	metrics, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	for _, want := range []string{"veil_reload_failures_total 1\n", "veil_config_stale 1\n", `veil_requests_total{method="Redact",code="OK"} 2` + "\n"} {
		if !bytes.Contains(metrics, []byte(want)) {
			t.Errorf("metrics lack %q:\n%s", want, metrics)
		}
	}

	// Fixed, with a change: the new policy serves.
	if err := os.WriteFile(polFile, append(good, "\n# reviewed\n"...), 0o600); err != nil {
		t.Fatal(err)
	}
	p.cmd.Process.Signal(syscall.SIGHUP)
	waitFor(t, "the good reload", func() bool { return configStatus() == healthpb.HealthCheckResponse_SERVING })
	if r := redact(); r.GetDecision().GetPolicyVersion() == first.GetDecision().GetPolicyVersion() || r.GetDecision().GetSnapshot() != 2 {
		t.Errorf("after a good reload: %v", r.GetDecision())
	}

	// SIGTERM with a stream in flight: the stream finishes, then exit 0.
	s, err := c.RedactStream(ctx)
	if err != nil {
		t.Fatal(err)
	}
	send := func(id string) *veilv1.RedactStreamResponse {
		t.Helper()
		if err := s.Send(&veilv1.RedactStreamRequest{Id: id, Payload: []byte(servePayload), Destination: "logs"}); err != nil {
			t.Fatal(err)
		}
		r, err := s.Recv()
		if err != nil {
			t.Fatal(err)
		}
		if r.GetId() != id || r.GetError() != nil || bytes.Contains(r.GetPayload(), []byte("AKIAZ3MSJV4WJ7SXRQ5A")) {
			t.Fatalf("record %s: %v", id, r)
		}
		return r
	}
	send("before-term")
	p.cmd.Process.Signal(syscall.SIGTERM)
	waitFor(t, "health to go NOT_SERVING on SIGTERM", func() bool {
		r, err := health.Check(ctx, &healthpb.HealthCheckRequest{})
		return err != nil || r.GetStatus() == healthpb.HealthCheckResponse_NOT_SERVING
	})
	send("during-drain")
	if err := s.CloseSend(); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Recv(); !errors.Is(err, io.EOF) {
		t.Fatalf("stream end: %v", err)
	}
	select {
	case err := <-p.done:
		if err != nil {
			t.Fatalf("veil serve exit: %v, want 0", err)
		}
	case <-time.After(time.Minute):
		t.Fatal("veil serve did not exit after draining")
	}

	audit, err := os.ReadFile(auditFile)
	if err != nil {
		t.Fatal(err)
	}
	if n := bytes.Count(audit, []byte(`"msg":"decision"`)); n != 5 {
		t.Errorf("%d audit records, want 5 (3 Redact + 2 stream records)", n)
	}
	// Eight digits of the card, spaced or not: "4111" alone turns up in a
	// duration or a timestamp of the record now and then.
	if bytes.Contains(audit, []byte("4111 1111")) || bytes.Contains(audit, []byte("41111111")) || bytes.Contains(audit, []byte("AKIAZ3MSJV4WJ7SXRQ5A")) {
		t.Error("the audit log holds a payload value")
	}
}

func TestServeConfigFile(t *testing.T) {
	dir := t.TempDir()
	cfgFile := filepath.Join(dir, "veil.yaml")
	write := func(s string) {
		if err := os.WriteFile(cfgFile, []byte(s), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	write("listen: 127.0.0.1:6000\nlimits:\n  max_concurrent: 7\n  scan_timeout: 250ms\ncache_bytes: 1048576\n")
	var stderr bytes.Buffer
	cfg, _, ok := parseServe([]string{"--config", cfgFile, "--listen", "127.0.0.1:7000"}, &stderr)
	if !ok {
		t.Fatal(stderr.String())
	}
	if cfg.Listen != "127.0.0.1:7000" || cfg.Limits.MaxConcurrent != 7 || cfg.Limits.ScanTimeout != 250*time.Millisecond || cfg.CacheBytes != 1<<20 {
		t.Errorf("config = %+v (flags must win over the file, the file over defaults)", cfg)
	}
	if cfg.Limits.MaxPayloadBytes != 4<<20 || cfg.Limits.DefaultDeadline != 5*time.Second {
		t.Errorf("defaults lost: %+v", cfg.Limits)
	}

	write("listen: 127.0.0.1:6000\nlimits:\n  max_concurent: 7\n")
	stderr.Reset()
	if _, code, ok := parseServe([]string{"--config", cfgFile}, &stderr); ok || code != exitError {
		t.Fatal("a misspelt key was accepted")
	}
	if msg := stderr.String(); !strings.Contains(msg, cfgFile) || !strings.Contains(msg, "line 3") || !strings.Contains(msg, "max_concurent") {
		t.Errorf("error does not name file, line and key: %s", msg)
	}

	for _, args := range [][]string{
		{"--tls-cert", "a.pem"},
		{"--client-ca", "ca.pem"},
		{"--max-concurrent", "0"},
		{"--default-deadline", "1m", "--max-deadline", "10s"},
	} {
		stderr.Reset()
		if _, _, ok := parseServe(args, &stderr); ok {
			t.Errorf("%v accepted", args)
		}
	}
}

func TestServeBadPolicyFailsToStart(t *testing.T) {
	dir := t.TempDir()
	polFile := filepath.Join(dir, "policy.yaml")
	if err := os.WriteFile(polFile, []byte("version: 1\nbogus: true\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	if code := run([]string{"serve", "--listen", "127.0.0.1:0", "--policy", polFile}, nil, io.Discard, &stderr); code != exitError {
		t.Fatalf("exit %d, want %d", code, exitError)
	}
	if !strings.Contains(stderr.String(), polFile+":2") {
		t.Errorf("error does not name the file and line: %s", stderr.String())
	}
}
