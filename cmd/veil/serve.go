package main

import (
	"bytes"
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/keepalive"
	"gopkg.in/yaml.v3"

	"github.com/veil-dlp/veil/engine"
	"github.com/veil-dlp/veil/policy"
	"github.com/veil-dlp/veil/server"
)

// serveConfig is veil serve's configuration: built-in defaults, then the
// --config file, then flags given on the command line.
type serveConfig struct {
	Listen        string        `yaml:"listen"`
	TLSCert       string        `yaml:"tls_cert"`
	TLSKey        string        `yaml:"tls_key"`
	ClientCA      string        `yaml:"client_ca"`
	Rules         []string      `yaml:"rules"`
	NoBuiltin     bool          `yaml:"no_builtin"`
	Policy        string        `yaml:"policy"`
	Limits        serveLimits   `yaml:"limits"`
	CacheBytes    int64         `yaml:"cache_bytes"`
	Restore       restoreConfig `yaml:"restore"`
	AuditLog      string        `yaml:"audit_log"`
	AuditFlush    time.Duration `yaml:"audit_flush"`
	MetricsListen string        `yaml:"metrics_listen"`
	Watch         time.Duration `yaml:"watch_interval"`
	Grace         time.Duration `yaml:"shutdown_grace"`
}

type serveLimits struct {
	MaxPayloadBytes int           `yaml:"max_payload_bytes"`
	MaxFindings     int           `yaml:"max_findings"`
	ScanTimeout     time.Duration `yaml:"scan_timeout"`
	DefaultDeadline time.Duration `yaml:"default_deadline"`
	MaxDeadline     time.Duration `yaml:"max_deadline"`
	MaxConcurrent   int           `yaml:"max_concurrent"`
	MaxCELCost      uint64        `yaml:"max_cel_cost"`
}

type restoreConfig struct {
	Identities []string `yaml:"identities"`
	TokenFile  string   `yaml:"token_file"`
}

func defaultServeConfig() serveConfig {
	l := engine.ServiceLimits()
	return serveConfig{
		Listen:     "127.0.0.1:50051",
		AuditLog:   "-",
		AuditFlush: 100 * time.Millisecond,
		Watch:      2 * time.Second,
		Grace:      10 * time.Second,
		Limits: serveLimits{
			MaxPayloadBytes: l.MaxPayloadBytes, MaxFindings: l.MaxFindings, ScanTimeout: l.Timeout,
			DefaultDeadline: l.DefaultDeadline, MaxDeadline: l.MaxDeadline, MaxConcurrent: l.MaxConcurrent,
			MaxCELCost: l.MaxCELCost,
		},
	}
}

func (c *serveConfig) limits() engine.Limits {
	return engine.Limits{
		MaxPayloadBytes: c.Limits.MaxPayloadBytes, MaxFindings: c.Limits.MaxFindings, Timeout: c.Limits.ScanTimeout,
		MaxCELCost: c.Limits.MaxCELCost, DefaultDeadline: c.Limits.DefaultDeadline, MaxDeadline: c.Limits.MaxDeadline,
		MaxConcurrent: c.Limits.MaxConcurrent,
	}
}

func (c *serveConfig) check() error {
	l := c.Limits
	switch {
	case l.MaxPayloadBytes <= 0:
		return errors.New("limits.max_payload_bytes must be positive")
	case l.MaxFindings <= 0:
		return errors.New("limits.max_findings must be positive")
	case l.MaxConcurrent <= 0:
		return errors.New("limits.max_concurrent must be positive")
	case l.MaxCELCost == 0:
		return errors.New("limits.max_cel_cost must be positive")
	case l.ScanTimeout < 0 || l.DefaultDeadline < 0 || l.MaxDeadline < 0:
		return errors.New("limits: durations must not be negative")
	case l.MaxDeadline > 0 && l.DefaultDeadline > l.MaxDeadline:
		return errors.New("limits.default_deadline must not exceed limits.max_deadline")
	case (c.TLSCert == "") != (c.TLSKey == ""):
		return errors.New("give both --tls-cert and --tls-key, or neither")
	case c.ClientCA != "" && c.TLSCert == "":
		return errors.New("--client-ca (mTLS) needs --tls-cert and --tls-key")
	case c.CacheBytes < 0:
		return errors.New("cache_bytes must not be negative")
	}
	return nil
}

// loadServeConfig reads a config file strictly: unknown keys are errors
// naming the file and line.
func loadServeConfig(path string, c *serveConfig) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(c); err != nil && !errors.Is(err, io.EOF) {
		msg := strings.TrimPrefix(err.Error(), "yaml: ")
		msg = strings.TrimPrefix(msg, "unmarshal errors:\n  ")
		return fmt.Errorf("%s: %s", path, msg)
	}
	return nil
}

func runServe(args []string, stderr io.Writer) int {
	cfg, code, ok := parseServe(args, stderr)
	if !ok {
		return code
	}
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, syscall.SIGINT)
	defer stop()
	if err := serve(ctx, cfg, stderr, nil); err != nil {
		fmt.Fprintln(stderr, "veil serve:", err)
		return exitError
	}
	return exitOK
}

// parseServe reads flags over the config file over the defaults.
func parseServe(args []string, stderr io.Writer) (serveConfig, int, bool) {
	fs := newFlagSet("serve", stderr)
	var fl serveConfig
	var rulesFlag, identities stringList
	configPath := fs.String("config", "", "YAML config file (flags given on the command line win)")
	d := defaultServeConfig()
	fs.StringVar(&fl.Listen, "listen", d.Listen, "address to listen on, host:port")
	fs.StringVar(&fl.TLSCert, "tls-cert", "", "TLS certificate (PEM); plaintext without it")
	fs.StringVar(&fl.TLSKey, "tls-key", "", "TLS private key (PEM)")
	fs.StringVar(&fl.ClientCA, "client-ca", "", "CA bundle (PEM) that client certificates must chain to: turns on mTLS")
	fs.Var(&rulesFlag, "rules", "rule file, loaded after the built-in rules (repeatable)")
	fs.BoolVar(&fl.NoBuiltin, "no-builtin", false, "do not load the built-in rules")
	fs.StringVar(&fl.Policy, "policy", "", "policy file (default: the built-in policy, see veil policy show)")
	fs.IntVar(&fl.Limits.MaxPayloadBytes, "max-payload-bytes", d.Limits.MaxPayloadBytes, "largest payload accepted; over it: ResourceExhausted")
	fs.IntVar(&fl.Limits.MaxFindings, "max-findings", d.Limits.MaxFindings, "findings cap per request; reached: incomplete")
	fs.DurationVar(&fl.Limits.ScanTimeout, "scan-timeout", d.Limits.ScanTimeout, "scan time budget per request; reached: incomplete")
	fs.DurationVar(&fl.Limits.DefaultDeadline, "default-deadline", d.Limits.DefaultDeadline, "deadline of a request that brings none")
	fs.DurationVar(&fl.Limits.MaxDeadline, "max-deadline", d.Limits.MaxDeadline, "cap on a caller's deadline")
	fs.IntVar(&fl.Limits.MaxConcurrent, "max-concurrent", d.Limits.MaxConcurrent, "requests in work at once; over it: Unavailable")
	fs.Uint64Var(&fl.Limits.MaxCELCost, "max-cel-cost", d.Limits.MaxCELCost, "CEL cost limit per evaluation")
	fs.Int64Var(&fl.CacheBytes, "cache-bytes", 0, "result cache capacity in bytes (0: off)")
	fs.Var(&identities, "restore-identity", "client certificate identity (URI/DNS SAN or CN) allowed to call Restore (repeatable)")
	fs.StringVar(&fl.Restore.TokenFile, "restore-token-file", "", "file of bearer tokens (one per line) allowed to call Restore")
	fs.StringVar(&fl.AuditLog, "audit-log", d.AuditLog, "audit log: a file to append JSON lines to, - for stderr")
	fs.DurationVar(&fl.AuditFlush, "audit-flush", d.AuditFlush, "write buffered audit lines at this interval (0: each line at once)")
	fs.StringVar(&fl.MetricsListen, "metrics-listen", "", "serve Prometheus metrics on this host:port at /metrics (off when empty)")
	fs.DurationVar(&fl.Watch, "watch-interval", d.Watch, "how often to check rule and policy files for changes (0: only SIGHUP reloads)")
	fs.DurationVar(&fl.Grace, "shutdown-grace", d.Grace, "how long SIGTERM waits for in-flight requests")
	if err := fs.Parse(args); err != nil {
		return serveConfig{}, parseExit(err), false
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "veil serve: unexpected argument %q\n", fs.Arg(0))
		return serveConfig{}, exitError, false
	}
	cfg := d
	if *configPath != "" {
		if err := loadServeConfig(*configPath, &cfg); err != nil {
			fmt.Fprintln(stderr, "veil serve: config:", err)
			return serveConfig{}, exitError, false
		}
	}
	fl.Rules, fl.Restore.Identities = rulesFlag, identities
	set := map[string]func(){
		"listen": func() { cfg.Listen = fl.Listen }, "tls-cert": func() { cfg.TLSCert = fl.TLSCert },
		"tls-key": func() { cfg.TLSKey = fl.TLSKey }, "client-ca": func() { cfg.ClientCA = fl.ClientCA },
		"rules": func() { cfg.Rules = fl.Rules }, "no-builtin": func() { cfg.NoBuiltin = fl.NoBuiltin },
		"policy":             func() { cfg.Policy = fl.Policy },
		"max-payload-bytes":  func() { cfg.Limits.MaxPayloadBytes = fl.Limits.MaxPayloadBytes },
		"max-findings":       func() { cfg.Limits.MaxFindings = fl.Limits.MaxFindings },
		"scan-timeout":       func() { cfg.Limits.ScanTimeout = fl.Limits.ScanTimeout },
		"default-deadline":   func() { cfg.Limits.DefaultDeadline = fl.Limits.DefaultDeadline },
		"max-deadline":       func() { cfg.Limits.MaxDeadline = fl.Limits.MaxDeadline },
		"max-concurrent":     func() { cfg.Limits.MaxConcurrent = fl.Limits.MaxConcurrent },
		"max-cel-cost":       func() { cfg.Limits.MaxCELCost = fl.Limits.MaxCELCost },
		"cache-bytes":        func() { cfg.CacheBytes = fl.CacheBytes },
		"restore-identity":   func() { cfg.Restore.Identities = fl.Restore.Identities },
		"restore-token-file": func() { cfg.Restore.TokenFile = fl.Restore.TokenFile },
		"audit-log":          func() { cfg.AuditLog = fl.AuditLog },
		"audit-flush":        func() { cfg.AuditFlush = fl.AuditFlush },
		"metrics-listen":     func() { cfg.MetricsListen = fl.MetricsListen },
		"watch-interval":     func() { cfg.Watch = fl.Watch },
		"shutdown-grace":     func() { cfg.Grace = fl.Grace },
	}
	fs.Visit(func(f *flag.Flag) {
		if apply := set[f.Name]; apply != nil {
			apply()
		}
	})
	if err := cfg.check(); err != nil {
		fmt.Fprintln(stderr, "veil serve:", err)
		return serveConfig{}, exitError, false
	}
	return cfg, exitOK, true
}

// serve runs the server until ctx ends, then drains in-flight requests for
// up to the grace period. ready, when not nil, receives the listening
// address once the server accepts connections.
func serve(ctx context.Context, cfg serveConfig, stderr io.Writer, ready chan<- string) error {
	logger := slog.New(slog.NewJSONHandler(stderr, nil)).With("log", "veil")
	var auditOut io.Writer = stderr
	if cfg.AuditLog != "-" {
		f, err := os.OpenFile(cfg.AuditLog, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o600)
		if err != nil {
			return fmt.Errorf("audit log: %w", err)
		}
		defer f.Close()
		auditOut = f
	}

	auth, err := server.LoadRestoreAuth(cfg.Restore.Identities, cfg.Restore.TokenFile)
	if err != nil {
		return err
	}
	limits := cfg.limits()
	src := &server.Sources{
		RuleFiles: cfg.Rules, NoBuiltin: cfg.NoBuiltin, PolicyFile: cfg.Policy, Limits: limits,
		Warn:       func(s string) { logger.Warn(s) },
		RandomKeys: &policy.RandomKeys{},
	}
	srv, err := server.New(src.Load, server.Options{
		Limits: limits, CacheBytes: cfg.CacheBytes, Restore: auth, Log: logger, Audit: auditOut, AuditFlush: cfg.AuditFlush,
	})
	if err != nil {
		return err
	}
	defer srv.Close() // writes out buffered audit records

	opts := srv.ServerOptions()
	opts = append(opts,
		grpc.KeepaliveEnforcementPolicy(keepalive.EnforcementPolicy{MinTime: 10 * time.Second, PermitWithoutStream: true}),
	)
	if cfg.TLSCert != "" {
		tc, err := tlsConfig(cfg)
		if err != nil {
			return err
		}
		opts = append(opts, grpc.Creds(credentials.NewTLS(tc)))
	}
	g := grpc.NewServer(opts...)
	srv.Register(g)

	lis, err := net.Listen("tcp", cfg.Listen)
	if err != nil {
		return err
	}
	var metricsSrv *http.Server
	metricsAddr := ""
	if cfg.MetricsListen != "" {
		ml, err := net.Listen("tcp", cfg.MetricsListen)
		if err != nil {
			lis.Close()
			return fmt.Errorf("metrics: %w", err)
		}
		mux := http.NewServeMux()
		mux.Handle("/metrics", srv.Metrics())
		metricsSrv = &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
		metricsAddr = ml.Addr().String()
		go metricsSrv.Serve(ml)
		defer metricsSrv.Close()
	}

	version, pv := srv.Snapshot()
	mode := "plaintext"
	if cfg.TLSCert != "" {
		mode = "TLS"
		if cfg.ClientCA != "" {
			mode = "mTLS"
		}
	}
	logger.Info("serving", "addr", lis.Addr().String(), "transport", mode, "snapshot", version,
		"policy", cfg.Policy, "policy_version", pv, "restore", auth.Enabled(), "cache_bytes", cfg.CacheBytes, "metrics_addr", metricsAddr)

	// Reload on SIGHUP and when a rule, policy or restore token file
	// changes. A broken file keeps what was loaded before.
	reload := func() {
		srv.Reload()
		if cfg.Restore.TokenFile == "" {
			return
		}
		a, err := server.LoadRestoreAuth(cfg.Restore.Identities, cfg.Restore.TokenFile)
		if err != nil {
			logger.Error("restore token file: keeping the tokens loaded before", "error", err.Error())
			return
		}
		srv.SetRestoreAuth(a)
	}
	watched := src.Files()
	if cfg.Restore.TokenFile != "" {
		watched = append(watched, cfg.Restore.TokenFile)
	}
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	defer signal.Stop(hup)
	watchCtx, stopWatch := context.WithCancel(ctx)
	defer stopWatch()
	go func() {
		for {
			select {
			case <-watchCtx.Done():
				return
			case <-hup:
				logger.Info("SIGHUP: reloading")
				reload()
			}
		}
	}()
	go server.NewWatcher(watched).Run(watchCtx, cfg.Watch, func() {
		logger.Info("a watched file changed: reloading")
		reload()
	})

	served := make(chan error, 1)
	go func() { served <- g.Serve(lis) }()
	if ready != nil {
		ready <- lis.Addr().String()
	}
	select {
	case err := <-served:
		return err
	case <-ctx.Done():
	}
	logger.Info("shutting down: draining in-flight requests", "grace", cfg.Grace.String())
	srv.Shutdown()
	drained := make(chan struct{})
	go func() { g.GracefulStop(); close(drained) }()
	select {
	case <-drained:
		logger.Info("drained; bye")
	case <-time.After(cfg.Grace):
		logger.Warn("grace period over: closing the connections still open")
		g.Stop()
	}
	return nil
}

func tlsConfig(cfg serveConfig) (*tls.Config, error) {
	cert, err := tls.LoadX509KeyPair(cfg.TLSCert, cfg.TLSKey)
	if err != nil {
		return nil, fmt.Errorf("tls: %w", err)
	}
	tc := &tls.Config{Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS12}
	if cfg.ClientCA != "" {
		pem, err := os.ReadFile(cfg.ClientCA)
		if err != nil {
			return nil, fmt.Errorf("client CA: %w", err)
		}
		pool := x509.NewCertPool()
		if !pool.AppendCertsFromPEM(pem) {
			return nil, fmt.Errorf("client CA %s: no PEM certificates", cfg.ClientCA)
		}
		tc.ClientCAs, tc.ClientAuth = pool, tls.RequireAndVerifyClientCert
	}
	return tc, nil
}
