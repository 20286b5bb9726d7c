package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"sync"

	"github.com/veil-dlp/veil/engine"
)

// scanFinding is one line of `veil scan --format json`.
type scanFinding struct {
	Path       string  `json:"path"`
	Type       string  `json:"type"`
	Category   string  `json:"category"`
	Rule       string  `json:"rule"`
	Start      int     `json:"start"`
	End        int     `json:"end"`
	Line       int     `json:"line"`
	Column     int     `json:"column"`
	Confidence float64 `json:"confidence"`
	Value      *string `json:"value,omitempty"`
}

// runScan implements `veil scan`.
func runScan(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	flags := newFlagSet("scan", stderr)
	format := flags.String("format", "text", "output `format`: text, json or sarif")
	var ruleFiles stringList
	flags.Var(&ruleFiles, "rules", "extra rule `file` (repeatable)")
	noBuiltin := flags.Bool("no-builtin", false, "do not load the built-in rules")
	minConf := flags.Float64("min-confidence", engine.DefaultMinConfidence, "report findings with at least this confidence")
	showValues := flags.Bool("show-values", false, "include the matched values in the output")
	reference := flags.Bool("reference", false, "use the engine's reference path (every rule over every line; slow, for tests and benchmarks)")
	workers := flags.Int("workers", runtime.GOMAXPROCS(0), "files scanned in parallel")
	if err := flags.Parse(args); err != nil {
		return parseExit(err)
	}
	if *format != "text" && *format != "json" && *format != "sarif" {
		fmt.Fprintf(stderr, "veil scan: unknown format %q (want text, json or sarif)\n", *format)
		return exitError
	}
	if *minConf <= 0 || *minConf > 1 {
		fmt.Fprintln(stderr, "veil scan: --min-confidence must be in (0, 1]")
		return exitError
	}
	if flags.NArg() == 0 {
		fmt.Fprintln(stderr, "usage: veil scan [flags] PATH... | -")
		return exitError
	}
	var (
		mu       sync.Mutex
		out      []scanFinding
		failures int
	)
	report := func(path string, res engine.Result, err error) {
		mu.Lock()
		defer mu.Unlock()
		switch {
		case errors.Is(err, engine.ErrBinary):
			fmt.Fprintf(stderr, "veil: %s: binary file skipped\n", path)
			return
		case err != nil:
			fmt.Fprintf(stderr, "veil: %v\n", err)
			failures++
			return
		case res.Incomplete && res.Reason == engine.ReasonRuleError:
			fmt.Fprintf(stderr, "veil: %s: scan incomplete (%s: a rule's regex does not compile in RE2; veil rules test FILE names it): findings may be missing\n", path, res.Reason)
			failures++
		case res.Incomplete:
			fmt.Fprintf(stderr, "veil: %s: scan incomplete (%s): findings may be missing\n", path, res.Reason)
			failures++
		}
		for _, f := range res.Findings {
			sf := scanFinding{Path: path, Type: f.Type, Category: string(f.Category), Rule: f.Rule,
				Start: f.Start, End: f.End, Line: f.Line, Column: f.Column, Confidence: f.Confidence}
			if *showValues {
				v := f.Value
				sf.Value = &v
			}
			out = append(out, sf)
		}
	}
	warn := func(format string, args ...any) {
		mu.Lock()
		defer mu.Unlock()
		fmt.Fprintf(stderr, format, args...)
	}

	// The inputs are walked and read while the engine compiles its rules,
	// and scanned once it is ready. Read at most one byte more than the
	// engine scans: it then marks the result incomplete, and a huge file is
	// never read whole.
	files, _, err := loadRules(ruleFiles, *noBuiltin)
	if err != nil {
		fmt.Fprintln(stderr, "veil:", err)
		return exitError
	}
	skip, err := engine.NewPathAllowlist(files)
	if err != nil {
		fmt.Fprintln(stderr, "veil:", err)
		return exitError
	}
	limits := engine.DefaultLimits()
	limit := int64(limits.MaxPayloadBytes) + 1
	done := make(chan struct{})
	defer close(done)
	jobs := make(chan scanJob, prefetchFiles)
	go func() {
		defer close(jobs)
		produceScanJobs(flags.Args(), stdin, limit, skip.Allow, jobs, done, report, warn)
	}()

	// One pass: each rule's RE2 program is compiled when a file first needs
	// it (about half of the built-in rules on a varied directory).
	e, err := newOneShotEngine(files, engine.WithLimits(limits), engine.WithLazyRegexes())
	if err != nil {
		fmt.Fprintln(stderr, "veil:", err)
		return exitError
	}
	opts := engine.ScanOptions{MinConfidence: *minConf, IncludeValues: *showValues, Reference: *reference}
	ctx := context.Background()
	var wg sync.WaitGroup
	for i := 0; i < max(1, *workers); i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				data := j.data
				if !j.read {
					var err error
					if data, err = readFile(j.path, limit); err != nil {
						report(j.path, engine.Result{}, err)
						continue
					}
				}
				res, err := e.ScanFile(ctx, data, opts)
				report(j.path, res, err)
			}
		}()
	}
	wg.Wait()

	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		if a.End != b.End {
			return a.End < b.End
		}
		return a.Rule < b.Rule
	})
	var werr error
	switch *format {
	case "json":
		werr = writeFindingsJSON(stdout, out)
	case "sarif":
		werr = writeSARIF(stdout, e, out)
	default:
		for _, f := range out {
			fmt.Fprintf(stdout, "%s:%d:%d: %s %s (rule %s, confidence %.2f)", f.Path, f.Line, f.Column, f.Category, f.Type, f.Rule, f.Confidence)
			if f.Value != nil {
				fmt.Fprintf(stdout, " %q", *f.Value)
			}
			fmt.Fprintln(stdout)
		}
	}
	if werr != nil {
		fmt.Fprintln(stderr, "veil: writing the report:", werr)
		return exitError
	}
	switch {
	case failures > 0:
		return exitError
	case len(out) > 0:
		return exitFound
	}
	return exitOK
}

// scanJob is one input of veil scan: a path and, when read already, its
// bytes.
type scanJob struct {
	path string
	data []byte
	read bool
}

const (
	// prefetchFiles and prefetchBytes bound what is read ahead of the
	// scanners: files larger than prefetchBytes are read by the scanner
	// itself, so at most prefetchFiles*prefetchBytes bytes wait in memory.
	prefetchFiles = 64
	prefetchBytes = 1 << 20
)

// produceScanJobs walks the arguments of veil scan and sends each input to
// jobs, read when small. Files whose slash-separated path skip reports
// (the allowlist's paths) are never opened. Inputs that cannot be read go
// to report. It stops early when done is closed.
func produceScanJobs(args []string, stdin io.Reader, limit int64, skip func(string) bool, jobs chan<- scanJob,
	done <-chan struct{}, report func(string, engine.Result, error), warn func(string, ...any)) {
	send := func(j scanJob) bool {
		select {
		case jobs <- j:
			return true
		case <-done:
			return false
		}
	}
	file := func(p string, size int64) bool {
		if skip(filepath.ToSlash(p)) {
			return true
		}
		if size > prefetchBytes {
			return send(scanJob{path: p})
		}
		data, err := readFile(p, limit)
		if err != nil {
			report(p, engine.Result{}, err)
			return true
		}
		return send(scanJob{path: p, data: data, read: true})
	}
	for _, arg := range args {
		if arg == "-" {
			data, err := readInput("-", stdin, limit)
			if err != nil {
				report("-", engine.Result{}, fmt.Errorf("-: %w", err))
				continue
			}
			if !send(scanJob{path: "-", data: data, read: true}) {
				return
			}
			continue
		}
		fi, err := os.Stat(arg) // follows a symlink given by name
		switch {
		case err != nil:
			report(arg, engine.Result{}, err)
			continue
		case fi.Mode().IsRegular():
			if !file(arg, fi.Size()) {
				return
			}
			continue
		case !fi.IsDir():
			report(arg, engine.Result{}, fmt.Errorf("%s: not a regular file or directory", arg))
			continue
		}
		root := arg
		if li, err := os.Lstat(arg); err == nil && li.Mode()&fs.ModeSymlink != 0 {
			root = arg + string(filepath.Separator) // walk the directory the link names
		}
		err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				report(p, engine.Result{}, err)
				return nil
			}
			if d.IsDir() {
				if d.Name() == ".git" && p != root {
					return filepath.SkipDir
				}
				return nil
			}
			if !d.Type().IsRegular() {
				// Links inside a tree are not followed (they may loop or
				// leave it); say so rather than skip silently.
				warn("veil: %s: not a regular file, skipped\n", p)
				return nil
			}
			size := int64(prefetchBytes + 1) // unknown: let the scanner read it
			if fi, err := d.Info(); err == nil {
				size = fi.Size()
			}
			if !file(p, size) {
				return filepath.SkipAll
			}
			return nil
		})
		if err != nil {
			report(arg, engine.Result{}, err)
		}
	}
}

// readFile reads at most limit bytes of the file at path.
func readFile(path string, limit int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(io.LimitReader(f, limit))
}
