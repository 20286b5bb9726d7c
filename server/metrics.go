package server

import (
	"fmt"
	"io"
	"net/http"
	"sort"
	"sync"
	"sync/atomic"

	"google.golang.org/grpc/codes"

	"github.com/veil-dlp/veil/policy"
)

// Metrics are the server's counters, exposed in the Prometheus text format
// by [Metrics.ServeHTTP]. They never carry payload bytes or values.
type Metrics struct {
	mu       sync.Mutex
	requests map[[2]string]uint64 // method, code

	verdicts                [3]atomic.Uint64
	incomplete              atomic.Uint64
	records                 atomic.Uint64
	reloads, reloadFailures atomic.Uint64
	configStale             atomic.Int64
	snapshot                atomic.Uint64
	inflight                atomic.Int64
	panics                  atomic.Uint64
	cacheHits, cacheMisses  atomic.Uint64
}

func newMetrics() *Metrics { return &Metrics{requests: map[[2]string]uint64{}} }

func (m *Metrics) request(method string, code codes.Code) {
	m.mu.Lock()
	m.requests[[2]string{method, code.String()}]++
	m.mu.Unlock()
}

func (m *Metrics) verdict(d *policy.Decision) {
	if int(d.Verdict) < len(m.verdicts) {
		m.verdicts[d.Verdict].Add(1)
	}
	if d.Incomplete {
		m.incomplete.Add(1)
	}
}

// Requests returns how many calls of method ended with code.
func (m *Metrics) Requests(method string, code codes.Code) uint64 {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.requests[[2]string{method, code.String()}]
}

// ReloadFailures returns how many reloads failed.
func (m *Metrics) ReloadFailures() uint64 { return m.reloadFailures.Load() }

// ServeHTTP writes the metrics in the Prometheus text format.
func (m *Metrics) ServeHTTP(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "text/plain; version=0.0.4")
	m.WriteTo(w)
}

// WriteTo writes the metrics in the Prometheus text format.
func (m *Metrics) WriteTo(w io.Writer) (int64, error) {
	cw := &countWriter{w: w}
	p := func(format string, a ...any) { fmt.Fprintf(cw, format, a...) }
	p("# HELP veil_requests_total Calls by method and status code.\n# TYPE veil_requests_total counter\n")
	m.mu.Lock()
	keys := make([][2]string, 0, len(m.requests))
	for k := range m.requests {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i][0]+keys[i][1] < keys[j][0]+keys[j][1] })
	for _, k := range keys {
		p("veil_requests_total{method=%q,code=%q} %d\n", k[0], k[1], m.requests[k])
	}
	m.mu.Unlock()
	p("# HELP veil_verdicts_total Decisions by verdict.\n# TYPE veil_verdicts_total counter\n")
	for v := range m.verdicts {
		p("veil_verdicts_total{verdict=%q} %d\n", policy.Verdict(v).String(), m.verdicts[v].Load())
	}
	p("# HELP veil_incomplete_total Decisions a limit, deadline or policy error left incomplete.\n# TYPE veil_incomplete_total counter\nveil_incomplete_total %d\n", m.incomplete.Load())
	p("# HELP veil_stream_records_total Stream records received.\n# TYPE veil_stream_records_total counter\nveil_stream_records_total %d\n", m.records.Load())
	p("# HELP veil_reloads_total Successful reloads.\n# TYPE veil_reloads_total counter\nveil_reloads_total %d\n", m.reloads.Load())
	p("# HELP veil_reload_failures_total Failed reloads (the previous snapshot kept serving).\n# TYPE veil_reload_failures_total counter\nveil_reload_failures_total %d\n", m.reloadFailures.Load())
	p("# HELP veil_config_stale 1 when the last reload failed and an older snapshot serves.\n# TYPE veil_config_stale gauge\nveil_config_stale %d\n", m.configStale.Load())
	p("# HELP veil_snapshot_version The version of the snapshot serving.\n# TYPE veil_snapshot_version gauge\nveil_snapshot_version %d\n", m.snapshot.Load())
	p("# HELP veil_inflight Requests and stream records in work.\n# TYPE veil_inflight gauge\nveil_inflight %d\n", m.inflight.Load())
	p("# HELP veil_panics_total Handler panics recovered.\n# TYPE veil_panics_total counter\nveil_panics_total %d\n", m.panics.Load())
	p("# HELP veil_cache_hits_total Result cache hits.\n# TYPE veil_cache_hits_total counter\nveil_cache_hits_total %d\n", m.cacheHits.Load())
	p("# HELP veil_cache_misses_total Result cache misses.\n# TYPE veil_cache_misses_total counter\nveil_cache_misses_total %d\n", m.cacheMisses.Load())
	return cw.n, cw.err
}

type countWriter struct {
	w   io.Writer
	n   int64
	err error
}

func (c *countWriter) Write(b []byte) (int, error) {
	if c.err != nil {
		return 0, c.err
	}
	n, err := c.w.Write(b)
	c.n += int64(n)
	c.err = err
	return n, err
}
