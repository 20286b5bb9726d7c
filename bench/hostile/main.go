// Command hostile is a soak test of veil serve with hostile but
// well-formed requests. It either starts its own server (make soak):
//
//	go run ./bench/hostile -veil bin/veil
//
// or drives one already running, whose pid it needs to watch its memory:
//
//	go run ./bench/hostile -addr 127.0.0.1:50051 -pid 1234
//
// The mix (requests.go): payloads of invalid UTF-8; keyword floods
// ("password password ...", "AKIA AKIA ...", "key= key= ...": thousands of
// prefilter hits, no finding), some at the payload limit; payloads at the
// limit, one byte over it (ResourceExhausted from veil) and over the
// transport's limit (ResourceExhausted from gRPC); label maps over the
// 32-entry limit or with bad keys (InvalidArgument) and at the limit with
// maximal keys and values (OK); 1 ms deadlines (DeadlineExceeded or OK);
// RedactStream calls mixing good and refused records; and ordinary
// requests. Requests go over a few connections from a few workers.
//
// It fails when any request ends with a code its class does not allow
// (Unknown and Internal are never allowed), when an error message quotes
// the canary planted in every payload, when the server's resident set
// (VmRSS, sampled every 20 ms) exceeds -rss-limit, or when at the end the
// server does not answer health SERVING and an ordinary Redact.
//
// The default RSS bound, 1 GiB: each request in work holds about five
// copies of its payload at once (the transport's receive buffer, the
// decoded request, the redacted output, the encoded response and the
// transport's send buffer), 20 MiB at the 4 MiB limit; -workers 8 of them
// is 160 MiB, which Go's collector (GOGC=100) may let grow to twice that
// before it collects, plus about 100 MiB of rules, automata and runtime.
// That is about 450 MiB; 1 GiB leaves room for noise and still catches
// memory that grows with the number of requests (a leak) or with the
// number of keyword hits (an amplification).
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials/insecure"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
	"google.golang.org/grpc/status"

	"github.com/veil-dlp/veil/bench/internal/veilproc"
	veilv1 "github.com/veil-dlp/veil/proto/veil/v1"
)

type config struct {
	addr, veil string
	pid        int
	n          int
	conns      int
	workers    int
	maxPayload int
	rssLimit   int64
	seed       uint64
	timeout    time.Duration
	keep       bool
}

func main() {
	log.SetFlags(0)
	log.SetPrefix("hostile: ")
	var c config
	var rssMiB int64
	flag.StringVar(&c.addr, "addr", "", "address of a running veil serve (empty: start -veil)")
	flag.IntVar(&c.pid, "pid", 0, "pid of the server at -addr, to sample its RSS (0: no RSS check)")
	flag.StringVar(&c.veil, "veil", "bin/veil", "veil `binary` to start when -addr is empty")
	flag.IntVar(&c.n, "n", 10000, "requests (a stream counts as one)")
	flag.IntVar(&c.conns, "conns", 4, "connections")
	flag.IntVar(&c.workers, "workers", 8, "concurrent requests, spread over the connections")
	flag.IntVar(&c.maxPayload, "max-payload", 4<<20, "the server's payload limit in bytes")
	flag.Int64Var(&rssMiB, "rss-limit", 1024, "fail when the server's VmRSS exceeds this many MiB")
	flag.Uint64Var(&c.seed, "seed", 1, "seed of the request mix")
	flag.DurationVar(&c.timeout, "timeout", 60*time.Second, "deadline of requests that are not 1 ms ones")
	flag.BoolVar(&c.keep, "keep", false, "keep the started server's log and audit log")
	flag.Parse()
	if flag.NArg() > 0 || c.n < 1 || c.conns < 1 || c.workers < 1 {
		flag.Usage()
		os.Exit(2)
	}
	c.rssLimit = rssMiB << 20
	if err := run(c); err != nil {
		log.Fatal("FAIL: ", err)
	}
	log.Print("PASS")
}

// tally is what one class's requests ended with.
type tally struct {
	codes   map[codes.Code]int
	slowest time.Duration
	total   time.Duration
	n       int
}

func run(c config) (err error) {
	ctx := context.Background()
	if c.addr == "" {
		tmp, err := os.MkdirTemp("", "veil-hostile-")
		if err != nil {
			return err
		}
		srv, err := veilproc.Start(ctx, c.veil, filepath.Join(tmp, "serve.log"),
			"--audit-log", filepath.Join(tmp, "audit.log"), "--max-payload-bytes", fmt.Sprint(c.maxPayload))
		if err != nil {
			return err
		}
		c.addr, c.pid = srv.Addr, srv.PID()
		defer func() {
			// A server that died on its own is the worst outcome: keep
			// its log (a panic's stack is there) and say where it is.
			if srv.Exited() {
				log.Printf("veil serve DIED during the run (%v); its log and audit log are kept in %s", srv.Err(), tmp)
				err = errors.Join(err, errors.New("veil serve died during the run"))
				return
			}
			if serr := srv.Stop(); serr != nil {
				log.Printf("veil serve stop: %v", serr)
			}
			if bad := scanLog(srv.LogPath); bad != "" || c.keep {
				log.Printf("veil serve's log and audit log are kept in %s", tmp)
				if bad != "" {
					err = errors.Join(err, fmt.Errorf("veil serve's log has %s", bad))
				}
				return
			}
			os.RemoveAll(tmp)
		}()
	}
	wctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	err = veilproc.WaitServing(wctx, c.addr)
	cancel()
	if err != nil {
		return err
	}

	conns := make([]*grpc.ClientConn, c.conns)
	for i := range conns {
		conn, err := grpc.NewClient(c.addr, grpc.WithTransportCredentials(insecure.NewCredentials()),
			grpc.WithDefaultCallOptions(grpc.MaxCallRecvMsgSize(64<<20), grpc.MaxCallSendMsgSize(64<<20)))
		if err != nil {
			return err
		}
		defer conn.Close()
		conns[i] = conn
	}

	cs := classes(c.seed, c.maxPayload)
	expect := map[string][]codes.Code{}
	for _, cl := range cs {
		expect[cl.name] = cl.expect
	}
	specs := schedule(c.seed, c.n, cs)
	log.Printf("%d requests over %d connections from %d workers against %s (pid %d)", len(specs), c.conns, c.workers, c.addr, c.pid)

	// Sample the server's RSS while the load runs.
	var peak atomic.Int64
	stopRSS := make(chan struct{})
	rssDone := make(chan struct{})
	start := time.Now()
	base := veilproc.RSS(c.pid)
	go func() {
		defer close(rssDone)
		t := time.NewTicker(20 * time.Millisecond)
		defer t.Stop()
		for {
			if v := veilproc.RSS(c.pid); v > peak.Load() {
				peak.Store(v)
			}
			select {
			case <-stopRSS:
				return
			case <-t.C:
			}
		}
	}()

	var mu sync.Mutex
	tallies := map[string]*tally{}
	var failures []string
	fail := func(s string) {
		mu.Lock()
		defer mu.Unlock()
		if len(failures) < 50 {
			failures = append(failures, s)
		}
	}
	work := make(chan int)
	var wg sync.WaitGroup
	var done atomic.Int64
	for w := range c.workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			vc := veilv1.NewVeilServiceClient(conns[w%len(conns)])
			for i := range work {
				s := specs[i]
				t0 := time.Now()
				code, msg, recErrs := send(ctx, vc, s, c.timeout)
				d := time.Since(t0)
				mu.Lock()
				tl := tallies[s.class]
				if tl == nil {
					tl = &tally{codes: map[codes.Code]int{}}
					tallies[s.class] = tl
				}
				tl.codes[code]++
				tl.n++
				tl.total += d
				tl.slowest = max(tl.slowest, d)
				mu.Unlock()
				if !slices.Contains(expect[s.class], code) {
					fail(fmt.Sprintf("request %d (%s, %d bytes): %v: %s", i, s.class, len(s.payload), code, msg))
				}
				if strings.Contains(msg, canary) {
					fail(fmt.Sprintf("request %d (%s): the error message quotes the payload", i, s.class))
				}
				for _, e := range recErrs {
					fail(fmt.Sprintf("request %d (%s): %s", i, s.class, e))
				}
				if n := done.Add(1); n%1000 == 0 {
					log.Printf("%d done, %s, server RSS peak so far %d MiB", n, time.Since(start).Round(time.Second), peak.Load()>>20)
				}
			}
		}()
	}
	for i := range specs {
		work <- i
	}
	close(work)
	wg.Wait()
	elapsed := time.Since(start)
	close(stopRSS)
	<-rssDone
	end := veilproc.RSS(c.pid)

	// Still alive?
	alive := checkAlive(ctx, conns[0])

	printTable(tallies, cs)
	fmt.Printf("\n%d requests in %s. Server VmRSS: %d MiB before, peak %d MiB (limit %d MiB), %d MiB after.\n",
		len(specs), elapsed.Round(time.Second), base>>20, peak.Load()>>20, c.rssLimit>>20, end>>20)
	if alive == nil {
		fmt.Println("After the run: health SERVING, an ordinary Redact OK.")
	}

	var errs []error
	for _, f := range failures {
		errs = append(errs, errors.New(f))
	}
	if c.pid != 0 && peak.Load() > c.rssLimit {
		errs = append(errs, fmt.Errorf("server VmRSS peaked at %d MiB, over the %d MiB limit", peak.Load()>>20, c.rssLimit>>20))
	}
	if alive != nil {
		errs = append(errs, fmt.Errorf("after the run: %w", alive))
	}
	return errors.Join(errs...)
}

// send makes one request and returns its status code, the error message,
// and for streams the records whose answer broke expectations.
func send(ctx context.Context, vc veilv1.VeilServiceClient, s spec, timeout time.Duration) (codes.Code, string, []string) {
	d := timeout
	if s.deadline1ms {
		d = time.Millisecond
	}
	ctx, cancel := context.WithTimeout(ctx, d)
	defer cancel()
	if s.stream {
		return sendStream(ctx, vc, s)
	}
	var err error
	if s.inspect {
		_, err = vc.Inspect(ctx, &veilv1.InspectRequest{Payload: s.payload, Destination: s.destination, Labels: s.labels})
	} else {
		_, err = vc.Redact(ctx, &veilv1.RedactRequest{Payload: s.payload, Destination: s.destination, Labels: s.labels})
	}
	st := status.Convert(err)
	return st.Code(), st.Message(), nil
}

// sendStream sends a stream's records and reads every answer: each must
// carry the record's id and, for a refused record, the expected code.
func sendStream(ctx context.Context, vc veilv1.VeilServiceClient, s spec) (codes.Code, string, []string) {
	st, err := vc.RedactStream(ctx)
	if err != nil {
		return status.Code(err), err.Error(), nil
	}
	sendErr := make(chan error, 1)
	go func() {
		for i, r := range s.records {
			err := st.Send(&veilv1.RedactStreamRequest{Id: fmt.Sprint(i), Payload: r.payload, Destination: s.destination, Labels: r.labels})
			if err != nil {
				sendErr <- err
				return
			}
		}
		sendErr <- st.CloseSend()
	}()
	var bad []string
	for i := 0; ; i++ {
		resp, err := st.Recv()
		if errors.Is(err, io.EOF) {
			if i != len(s.records) {
				bad = append(bad, fmt.Sprintf("stream ended after %d of %d answers", i, len(s.records)))
			}
			break
		}
		if err != nil {
			stt := status.Convert(err)
			return stt.Code(), stt.Message(), bad
		}
		if i >= len(s.records) || resp.GetId() != fmt.Sprint(i) {
			bad = append(bad, fmt.Sprintf("answer %d has id %q", i, resp.GetId()))
			continue
		}
		got := codes.Code(resp.GetError().GetCode())
		if want := s.records[i].expect; got != want {
			bad = append(bad, fmt.Sprintf("record %d: code %v, want %v (%s)", i, got, want, resp.GetError().GetMessage()))
		}
		if strings.Contains(resp.GetError().GetMessage(), canary) {
			bad = append(bad, fmt.Sprintf("record %d: the error message quotes the payload", i))
		}
	}
	if err := <-sendErr; err != nil && !errors.Is(err, io.EOF) {
		return status.Code(err), err.Error(), bad
	}
	return codes.OK, "", bad
}

// scanLog looks through a server's log for what must never be there: a
// recovered handler panic, a runtime crash, a data race (when the server
// is built with -race). It returns what it found, or "".
func scanLog(path string) string {
	b, err := os.ReadFile(path)
	if err != nil {
		return ""
	}
	var found []string
	for _, m := range []string{`"msg":"panic in handler"`, "WARNING: DATA RACE", "fatal error:", "panic:", `"level":"ERROR"`} {
		if n := strings.Count(string(b), m); n > 0 {
			found = append(found, fmt.Sprintf("%d× %s", n, m))
		}
	}
	return strings.Join(found, ", ")
}

// checkAlive asks for health and makes one ordinary Redact.
func checkAlive(ctx context.Context, conn *grpc.ClientConn) error {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	h, err := healthpb.NewHealthClient(conn).Check(ctx, &healthpb.HealthCheckRequest{})
	if err != nil {
		return fmt.Errorf("health: %w", err)
	}
	if h.GetStatus() != healthpb.HealthCheckResponse_SERVING {
		return fmt.Errorf("health: %v", h.GetStatus())
	}
	resp, err := veilv1.NewVeilServiceClient(conn).Redact(ctx, &veilv1.RedactRequest{
		Payload: []byte("mail jane.holloway@brightmail.io about it"), Destination: "llm"})
	if err != nil {
		return fmt.Errorf("redact: %w", err)
	}
	if resp.GetDecision().GetVerdict() != veilv1.Verdict_VERDICT_REDACT {
		return fmt.Errorf("redact: verdict %v, want REDACT", resp.GetDecision().GetVerdict())
	}
	return nil
}

func printTable(tallies map[string]*tally, cs []class) {
	fmt.Println("| class | requests | status codes | allowed | mean | slowest |")
	fmt.Println("|---|--:|---|---|--:|--:|")
	for _, cl := range cs {
		t := tallies[cl.name]
		if t == nil {
			continue
		}
		var got []string
		keys := make([]codes.Code, 0, len(t.codes))
		for k := range t.codes {
			keys = append(keys, k)
		}
		sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
		for _, k := range keys {
			got = append(got, fmt.Sprintf("%v %d", k, t.codes[k]))
		}
		var allowed []string
		for _, k := range cl.expect {
			allowed = append(allowed, k.String())
		}
		fmt.Printf("| %s | %d | %s | %s | %s | %s |\n", cl.name, t.n, strings.Join(got, ", "), strings.Join(allowed, ", "),
			(t.total / time.Duration(t.n)).Round(10*time.Microsecond), t.slowest.Round(time.Millisecond))
	}
}
