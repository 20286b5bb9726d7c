// Command grpc measures veil serve's Redact against the gRPC transport
// floor (the standard health Check) on the same server, with ghz as the
// load generator. Run it through bench/grpc/run.sh (make bench-grpc), which
// builds bin/veil and bin/ghz first:
//
//	go run ./bench/grpc -veil bin/veil -ghz bin/ghz -rounds 3
//
// # Method
//
// Payloads. 1 KB and 16 KB payloads from a seeded generator (payloads.go):
// support tickets and incident notes, each 1 KB block holding an email
// address, a Visa number and an AWS access key id. Several distinct
// payloads go round robin, so no result cache could help (and the cache is
// off, veil's default). Before any load every payload is checked twice: in
// process against the engine (REDACT, complete, the planted findings
// found) and once over gRPC (OK, REDACT, complete).
//
// Servers. Two `veil serve` processes with the built-in rules and default
// policy, one writing its audit log to a file in a temporary directory (as
// a deployment would), one to /dev/null (-audit-null=false skips it).
// The difference is the audit log's cost. A third server, the stub
// (stub.go, -stub=false skips it), answers each payload with the response
// veil gave for it without scanning: its Redact/health ratio is the floor
// of a Redact-shaped call in this setup, the part of the ratio no engine
// could remove.
//
// Runs. After an untimed warm-up, each round goes through every
// concurrency, payload size and server and runs a health Check then a
// Redact, each a separate ghz run over one connection; the server order
// flips every round. A Redact's ratios (p50 and p99 over the health run's
// just before it) are taken per pair, so slow spells of the shared machine
// hit both sides, and the reported ratio is the median over rounds. Other
// figures are medians over rounds. Server CPU per request comes from
// /proc/PID/stat before and after each run (10 ms ticks), client CPU from
// ghz's rusage.
//
// ghz runs on the same cores as the server: the figures are for this
// setup and only ratios within one run mean much.
package main

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"

	"github.com/veil-dlp/veil/bench/internal/veilproc"
	veilv1 "github.com/veil-dlp/veil/proto/veil/v1"
)

type config struct {
	veil, ghz   string
	rounds      int
	conc        []int
	nHealth     int
	n1K, n16K   int
	distinct    int
	destination string
	auditNull   bool
	stub        bool
	out         string
	date        string
}

func main() {
	log.SetFlags(0)
	log.SetPrefix("bench-grpc: ")
	if len(os.Args) > 1 && os.Args[1] == "serve" {
		// The driver re-runs itself as the stub server (stub.go).
		if err := serveStub(os.Args[2:]); err != nil {
			log.Fatal(err)
		}
		return
	}
	var c config
	var conc string
	flag.StringVar(&c.veil, "veil", "bin/veil", "veil `binary`")
	flag.StringVar(&c.ghz, "ghz", "bin/ghz", "ghz `binary`")
	flag.IntVar(&c.rounds, "rounds", 3, "timed rounds")
	flag.StringVar(&conc, "c", "1,8", "concurrency levels, comma separated")
	flag.IntVar(&c.nHealth, "n-health", 10000, "requests per health run")
	flag.IntVar(&c.n1K, "n-1k", 10000, "requests per 1 KB Redact run")
	flag.IntVar(&c.n16K, "n-16k", 2000, "requests per 16 KB Redact run")
	flag.IntVar(&c.distinct, "distinct", 64, "distinct payloads per size")
	flag.StringVar(&c.destination, "destination", "llm", "destination of the Redact requests")
	flag.BoolVar(&c.auditNull, "audit-null", true, "also measure a server whose audit log goes to /dev/null")
	flag.BoolVar(&c.stub, "stub", true, "also measure the stub: canned responses, the floor of a Redact-shaped call")
	flag.StringVar(&c.out, "out", "bench/results/grpc.md", "markdown report `file` (empty: stdout only)")
	flag.StringVar(&c.date, "date", time.Now().UTC().Format("2006-01-02"), "date written in the report")
	flag.Parse()
	for _, f := range strings.Split(conc, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n < 1 {
			log.Fatalf("-c: bad concurrency %q", f)
		}
		c.conc = append(c.conc, n)
	}
	if flag.NArg() > 0 || c.rounds < 1 {
		flag.Usage()
		os.Exit(2)
	}
	if err := run(c); err != nil {
		log.Fatal(err)
	}
}

// size is one payload size with its data file and request count.
type size struct {
	name  string
	bytes int
	n     int
	data  string // ghz data file: a JSON array of RedactRequests
	set   [][]byte
	mean  float64 // findings per payload
}

// veilFile names the server of the acceptance check: veil with its audit
// log going to a file.
const veilFile = "veil, audit file"

// stubName names the stub's rows.
const stubName = "stub (canned responses)"

// target is one server under test.
type target struct {
	name  string // the table's server column
	audit string // "file" or "/dev/null"; "" for the stub
	srv   *veilproc.Server
	log   string // the audit log file, when it is one
}

// result is one ghz run.
type result struct {
	rps           float64
	p50, p99      time.Duration
	count, nonOK  int
	serverCPU     time.Duration // per request
	clientCPU     time.Duration // per request
	errorExamples []string
}

// key names one row of the table.
type key struct {
	conc   int
	call   string // "health" or "Redact"
	size   string // "" for health, "1 KB", "16 KB"
	server string // target.name
}

func run(c config) error {
	ctx := context.Background()
	tmp, err := os.MkdirTemp("", "veil-bench-grpc-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)

	sizes := []*size{{name: "1 KB", bytes: 1 << 10, n: c.n1K}, {name: "16 KB", bytes: 16 << 10, n: c.n16K}}
	for i, sz := range sizes {
		sz.set = payloadSet(42, c.distinct, sz.bytes)
		if sz.mean, err = checkPayloads(sz.set, c.destination); err != nil {
			return fmt.Errorf("payload check: %w", err)
		}
		sz.data = filepath.Join(tmp, fmt.Sprintf("redact-%d.json", i))
		if err := writeData(sz.data, sz.set, c.destination); err != nil {
			return err
		}
		log.Printf("%s payloads: %d distinct, %.1f findings each on average", sz.name, len(sz.set), sz.mean)
	}

	targets := []*target{{name: veilFile, audit: "file", log: filepath.Join(tmp, "audit.log")}}
	if c.auditNull {
		targets = append(targets, &target{name: "veil, audit /dev/null", audit: "/dev/null"})
	}
	var canned [][]byte
	var cannedResps []*veilv1.RedactResponse
	for i, t := range targets {
		auditArg := t.log
		if t.log == "" {
			auditArg = os.DevNull
		}
		t.srv, err = veilproc.Start(ctx, c.veil, filepath.Join(tmp, fmt.Sprintf("serve-%d.log", i)), "--audit-log", auditArg)
		if err != nil {
			return err
		}
		defer t.srv.Stop()
		wctx, cancel := context.WithTimeout(ctx, 30*time.Second)
		err = veilproc.WaitServing(wctx, t.srv.Addr)
		cancel()
		if err != nil {
			return err
		}
		for _, sz := range sizes {
			resps, err := checkOverGRPC(ctx, t.srv.Addr, sz.set, c.destination)
			if err != nil {
				return fmt.Errorf("server with audit log %s: %w", t.audit, err)
			}
			if i == 0 {
				canned, cannedResps = append(canned, sz.set...), append(cannedResps, resps...)
			}
		}
		log.Printf("veil serve (audit log: %s) on %s, pid %d: SERVING, every payload redacted", t.audit, t.srv.Addr, t.srv.PID())
	}
	if c.stub {
		file := filepath.Join(tmp, "canned.json")
		if err := writeCanned(file, canned, cannedResps); err != nil {
			return err
		}
		self, err := os.Executable()
		if err != nil {
			return err
		}
		t := &target{name: stubName}
		if t.srv, err = veilproc.Start(ctx, self, filepath.Join(tmp, "stub.log"), "--responses", file); err != nil {
			return err
		}
		defer t.srv.Stop()
		for _, sz := range sizes {
			if _, err := checkOverGRPC(ctx, t.srv.Addr, sz.set, c.destination); err != nil {
				return fmt.Errorf("stub: %w", err)
			}
		}
		log.Printf("stub on %s, pid %d: every payload answered", t.srv.Addr, t.srv.PID())
		targets = append(targets, t)
	}

	// Warm-up: RE2's lazy DFAs, grpc buffers, the Go heap.
	for _, t := range targets {
		for _, sz := range sizes {
			if _, err := c.ghzRun(t, 8, "redact", sz.data, max(sz.n/5, 200)); err != nil {
				return err
			}
		}
		if _, err := c.ghzRun(t, 8, "health", "", 2000); err != nil {
			return err
		}
	}

	runs := map[key][]result{}
	ratios := map[key][][2]float64{} // per Redact row: {p50 ratio, p99 ratio} per round
	for r := range c.rounds {
		order := slices.Clone(targets)
		if r%2 == 1 {
			slices.Reverse(order)
		}
		for _, conc := range c.conc {
			for _, sz := range sizes {
				for _, t := range order {
					h, err := c.ghzRun(t, conc, "health", "", c.nHealth)
					if err != nil {
						return err
					}
					rd, err := c.ghzRun(t, conc, "redact", sz.data, sz.n)
					if err != nil {
						return err
					}
					hk := key{conc, "health", "", t.name}
					rk := key{conc, "Redact", sz.name, t.name}
					runs[hk] = append(runs[hk], h)
					runs[rk] = append(runs[rk], rd)
					ratios[rk] = append(ratios[rk], [2]float64{ratio(rd.p50, h.p50), ratio(rd.p99, h.p99)})
					log.Printf("round %d c=%d %s %s: health p50 %s p99 %s | Redact %.0f rps p50 %s p99 %s (x%.2f, x%.2f) non-OK %d",
						r+1, conc, sz.name, t.name, us(h.p50), us(h.p99), rd.rps, us(rd.p50), us(rd.p99),
						ratio(rd.p50, h.p50), ratio(rd.p99, h.p99), rd.nonOK+h.nonOK)
				}
			}
		}
	}

	var auditBytes int64
	var audited int
	if fi, err := os.Stat(targets[0].log); err == nil {
		auditBytes = fi.Size()
		if b, err := os.ReadFile(targets[0].log); err == nil {
			audited = bytes.Count(b, []byte{'\n'})
		}
	}
	report := c.report(sizes, targets, runs, ratios, auditBytes, audited)
	fmt.Print(report)
	if c.out != "" {
		if err := os.MkdirAll(filepath.Dir(c.out), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(c.out, []byte(report), 0o644); err != nil {
			return err
		}
		log.Printf("wrote %s", c.out)
	}
	for k, rs := range runs {
		for _, r := range rs {
			if r.nonOK > 0 {
				return fmt.Errorf("%+v: %d non-OK responses, e.g. %q", k, r.nonOK, r.errorExamples)
			}
		}
	}
	return nil
}

// writeData writes a ghz data file: a JSON array of RedactRequests in
// protojson form (bytes as base64), sent round robin.
func writeData(path string, set [][]byte, destination string) error {
	type req struct {
		Payload     string `json:"payload"`
		Destination string `json:"destination"`
	}
	reqs := make([]req, len(set))
	for i, p := range set {
		reqs[i] = req{base64.StdEncoding.EncodeToString(p), destination}
	}
	b, err := json.Marshal(reqs)
	if err != nil {
		return err
	}
	return os.WriteFile(path, b, 0o644)
}

// checkOverGRPC sends every payload once and checks the answer: OK,
// REDACT, complete. It returns the responses, in the order of set.
func checkOverGRPC(ctx context.Context, addr string, set [][]byte, destination string) ([]*veilv1.RedactResponse, error) {
	conn, err := grpc.NewClient(addr, grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		return nil, err
	}
	defer conn.Close()
	vc := veilv1.NewVeilServiceClient(conn)
	resps := make([]*veilv1.RedactResponse, len(set))
	for i, p := range set {
		cctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		resp, err := vc.Redact(cctx, &veilv1.RedactRequest{Payload: p, Destination: destination})
		cancel()
		if err != nil {
			return nil, fmt.Errorf("payload %d: %w", i, err)
		}
		d := resp.GetDecision()
		if d.GetVerdict() != veilv1.Verdict_VERDICT_REDACT || d.GetIncomplete() || bytes.Equal(resp.GetPayload(), p) {
			return nil, fmt.Errorf("payload %d: verdict %v, incomplete %v, reasons %v; want REDACT, complete, changed",
				i, d.GetVerdict(), d.GetIncomplete(), d.GetReasons())
		}
		resps[i] = resp
	}
	return resps, nil
}

// ghzReport is the part of ghz's JSON report we read. Latencies are
// nanoseconds; ghz leaves failed calls out of them.
type ghzReport struct {
	Count               int     `json:"count"`
	Rps                 float64 `json:"rps"`
	LatencyDistribution []struct {
		Percentage int           `json:"percentage"`
		Latency    time.Duration `json:"latency"`
	} `json:"latencyDistribution"`
	StatusCodeDist map[string]int `json:"statusCodeDistribution"`
	ErrorDist      map[string]int `json:"errorDistribution"`
}

// ghzRun runs ghz once against t: call is "health" or "redact".
func (c config) ghzRun(t *target, conc int, call, data string, n int) (result, error) {
	args := []string{"--insecure", "-O", "json", "-n", strconv.Itoa(n), "-c", strconv.Itoa(conc),
		"--connections", "1", "-t", "20s", "--cpus", strconv.Itoa(runtime.NumCPU())}
	switch call {
	case "health":
		args = append(args, "--call", "grpc.health.v1.Health/Check", "-d", "{}")
	default:
		args = append(args, "--call", "veil.v1.VeilService/Redact", "-D", data)
	}
	args = append(args, t.srv.Addr)
	cmd := exec.Command(c.ghz, args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	pid := t.srv.PID()
	cpu0 := veilproc.CPUTime(pid)
	if err := cmd.Run(); err != nil {
		return result{}, fmt.Errorf("ghz %s: %v: %s", strings.Join(args, " "), err, stderr.String())
	}
	cpu1 := veilproc.CPUTime(pid)
	var rep ghzReport
	if err := json.Unmarshal(stdout.Bytes(), &rep); err != nil {
		return result{}, fmt.Errorf("ghz report: %w", err)
	}
	res := result{rps: rep.Rps, count: n}
	for _, l := range rep.LatencyDistribution {
		switch l.Percentage {
		case 50:
			res.p50 = l.Latency
		case 99:
			res.p99 = l.Latency
		}
	}
	for code, k := range rep.StatusCodeDist {
		if code != "OK" {
			res.nonOK += k
		}
	}
	for e := range rep.ErrorDist {
		res.errorExamples = append(res.errorExamples, e)
	}
	res.serverCPU = (cpu1 - cpu0) / time.Duration(n)
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		res.clientCPU = time.Duration(ru.Utime.Nano()+ru.Stime.Nano()) / time.Duration(n)
	}
	return res, nil
}

func ratio(a, b time.Duration) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func median[T int | float64 | time.Duration](v []T) T {
	s := slices.Clone(v)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

func medianOf[T int | float64 | time.Duration](rs []result, f func(result) T) T {
	v := make([]T, len(rs))
	for i, r := range rs {
		v[i] = f(r)
	}
	return median(v)
}

// us formats a duration in whole microseconds with thousands separators.
func us(d time.Duration) string { return commas(int64(d/time.Microsecond)) + " µs" }

func commas(n int64) string {
	s := strconv.FormatInt(n, 10)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// report renders the medians as a markdown table, then the acceptance
// check: at concurrency 8, 1 KB to the destination, audit log to a file,
// every Redact OK, p50 within 1.5x and p99 within 2x of health's.
func (c config) report(sizes []*size, targets []*target, runs map[key][]result, ratios map[key][][2]float64, auditBytes int64, audited int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Command: `make bench-grpc` (`go run ./bench/grpc -rounds %d -c %s -n-health %d -n-1k %d -n-16k %d`).\n",
		c.rounds, joinInts(c.conc), c.nHealth, c.n1K, c.n16K)
	fmt.Fprintf(&b, "Machine: %s, %d CPUs (nproc), %s %s/%s. Date: %s.\n", cpuModel(), runtime.NumCPU(), runtime.Version(), runtime.GOOS, runtime.GOARCH, c.date)
	fmt.Fprintf(&b, "Payloads: %d distinct per size to destination `%s`; %.1f findings per 1 KB payload, %.1f per 16 KB payload on average.\n",
		c.distinct, c.destination, sizes[0].mean, sizes[1].mean)
	fmt.Fprintf(&b, "Medians of %d rounds; ratios are Redact over the health run just before it, per round, then the median.\n\n", c.rounds)
	b.WriteString("| c | call | server | RPS | p50 | p99 | p50 / health | p99 / health | non-OK | server CPU/req | ghz CPU/req |\n")
	b.WriteString("|--:|---|---|--:|--:|--:|--:|--:|--:|--:|--:|\n")
	for _, conc := range c.conc {
		for _, t := range targets {
			rows := []key{{conc, "health", "", t.name}}
			for _, sz := range sizes {
				rows = append(rows, key{conc, "Redact", sz.name, t.name})
			}
			for _, k := range rows {
				rs := runs[k]
				if len(rs) == 0 {
					continue
				}
				name := "health Check"
				r50, r99 := "", ""
				if k.call == "Redact" {
					name = "Redact " + k.size
					p50s, p99s := split(ratios[k])
					r50, r99 = fmt.Sprintf("%.2f×", median(p50s)), fmt.Sprintf("%.2f×", median(p99s))
				}
				nonOK := 0
				for _, r := range rs {
					nonOK += r.nonOK
				}
				fmt.Fprintf(&b, "| %d | %s | %s | %s | %s | %s | %s | %s | %d | %s | %s |\n", conc, name, k.server,
					commas(int64(medianOf(rs, func(r result) float64 { return r.rps }))),
					us(medianOf(rs, func(r result) time.Duration { return r.p50 })),
					us(medianOf(rs, func(r result) time.Duration { return r.p99 })),
					r50, r99, nonOK,
					us(medianOf(rs, func(r result) time.Duration { return r.serverCPU })),
					us(medianOf(rs, func(r result) time.Duration { return r.clientCPU })))
			}
		}
	}
	if audited > 0 {
		fmt.Fprintf(&b, "\nAudit log: %d records, %s bytes (%d bytes per record).\n", audited, commas(auditBytes), auditBytes/int64(audited))
	}

	// The acceptance check.
	k := key{8, "Redact", "1 KB", veilFile}
	if rs := ratios[k]; len(rs) > 0 {
		p50s, p99s := split(rs)
		nonOK := 0
		for _, r := range runs[k] {
			nonOK += r.nonOK
		}
		m50, m99 := median(p50s), median(p99s)
		met := nonOK == 0 && m50 <= 1.5 && m99 <= 2
		verdict := "NOT MET"
		if met {
			verdict = "MET"
		}
		fmt.Fprintf(&b, "\nTarget (c=8, 1 KB, destination %s, audit log to a file): every Redact OK (%d non-OK), p50 ≤ 1.5× health (%.2f×; rounds %s), p99 ≤ 2× health (%.2f×; rounds %s): **%s**.\n",
			c.destination, nonOK, m50, joinFloats(p50s), m99, joinFloats(p99s), verdict)
		sk := key{8, "Redact", "1 KB", stubName}
		if srs := ratios[sk]; len(srs) > 0 {
			s50, s99 := split(srs)
			fmt.Fprintf(&b, "\nFloor of this call shape (the stub: the same requests and responses, no scan): p50 %.2f× health (rounds %s), p99 %.2f×. "+
				"Of veil's p50 ratio, %.2f is the floor and %.2f veil's own work.\n",
				median(s50), joinFloats(s50), median(s99), median(s50), m50-median(s50))
		}
	}
	return b.String()
}

// split returns the p50 and p99 ratios of a row's rounds.
func split(rs [][2]float64) (p50s, p99s []float64) {
	for _, r := range rs {
		p50s, p99s = append(p50s, r[0]), append(p99s, r[1])
	}
	return p50s, p99s
}

func joinInts(v []int) string {
	s := make([]string, len(v))
	for i, n := range v {
		s[i] = strconv.Itoa(n)
	}
	return strings.Join(s, ",")
}

func joinFloats(v []float64) string {
	s := make([]string, len(v))
	for i, f := range v {
		s[i] = fmt.Sprintf("%.2f", f)
	}
	return strings.Join(s, ", ")
}

// cpuModel is the first "model name" of /proc/cpuinfo.
func cpuModel() string {
	b, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		return "unknown CPU"
	}
	for line := range strings.Lines(string(b)) {
		if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
			return strings.TrimSpace(v)
		}
	}
	return "unknown CPU"
}
