package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"syscall"
	"testing"

	"github.com/veil-dlp/veil/engine"
)

// veil runs the CLI in-process and returns its exit code and outputs.
func veil(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func TestScanJSON(t *testing.T) {
	dir := t.TempDir()
	write := func(name, data string) {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("b.txt", "token demo_ab12cd34\n")
	write("sub/a.env", "X=1\nKEY=demo_zz99yy88 demo_00aa11bb\n")
	write("clean.txt", "nothing here\n")
	write("bin.dat", "\x00\x01demo_ab12cd34")

	code, out, errs := veil(t, "", "scan", "--no-builtin", "--rules", "testdata/rules.yaml", "--format", "json", dir)
	if code != exitFound {
		t.Fatalf("exit code: got %d, want %d (stderr %s)", code, exitFound, errs)
	}
	if !strings.Contains(errs, "bin.dat: binary file skipped") {
		t.Errorf("stderr does not name the binary file: %q", errs)
	}
	var got []scanFinding
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("output is not one JSON array: %v\n%s", err, out)
	}
	type row struct {
		Path             string
		Start, End, Line int
	}
	var rows []row
	for _, f := range got {
		rows = append(rows, row{f.Path, f.Start, f.End, f.Line})
		if f.Value != nil {
			t.Errorf("value printed without --show-values")
		}
	}
	want := []row{
		{filepath.Join(dir, "b.txt"), 6, 19, 1},
		{filepath.Join(dir, "sub/a.env"), 8, 21, 2},
		{filepath.Join(dir, "sub/a.env"), 22, 35, 2},
	}
	if !reflect.DeepEqual(rows, want) {
		t.Errorf("findings:\n got %+v\nwant %+v", rows, want)
	}
	if strings.Contains(out, "demo_ab12cd34") {
		t.Error("a value leaked into the JSON output")
	}
}

func TestScanStdinAndExitCodes(t *testing.T) {
	rulesFlag := []string{"scan", "--no-builtin", "--rules", "testdata/rules.yaml", "--format", "json"}
	code, out, _ := veil(t, "nothing to see", append(rulesFlag, "-")...)
	if code != exitOK || strings.TrimSpace(out) != "[]" {
		t.Errorf("clean stdin: got code %d output %q, want 0 and []", code, out)
	}
	code, ref, _ := veil(t, "k=demo_ab12cd34", append(rulesFlag, "--reference", "-")...)
	code2, fast, _ := veil(t, "k=demo_ab12cd34", append(rulesFlag, "-")...)
	if code != exitFound || code != code2 || ref != fast {
		t.Errorf("--reference: got %d %s, fast path %d %s", code, ref, code2, fast)
	}
	code, out, _ = veil(t, "k=demo_ab12cd34", append(rulesFlag, "--show-values", "-")...)
	if code != exitFound || !strings.Contains(out, `"value": "demo_ab12cd34"`) || !strings.Contains(out, `"path": "-"`) {
		t.Errorf("stdin with a finding: got code %d output %s", code, out)
	}
	code, out, errs := veil(t, "", append(rulesFlag, "testdata/rules.yaml", "no/such/file")...)
	if code != exitError || !strings.Contains(errs, "no/such/file") {
		t.Errorf("missing file: got code %d stderr %q, want 2 naming the file", code, errs)
	}
	if !strings.HasPrefix(strings.TrimSpace(out), "[") {
		t.Errorf("missing file: the JSON for the other inputs must still be printed, got %q", out)
	}
	for _, args := range [][]string{
		{"scan", "--format", "xml", "-"},
		{"scan", "--min-confidence", "2", "-"},
		{"scan"},
		{"frobnicate"},
		{"scan", "--rules", "testdata/missing.yaml", "-"},
	} {
		if code, _, _ := veil(t, "", args...); code != exitError {
			t.Errorf("%v: got exit %d, want %d", args, code, exitError)
		}
	}
}

func TestScanSARIF(t *testing.T) {
	code, out, _ := veil(t, "k=demo_ab12cd34", "scan", "--no-builtin", "--rules", "testdata/rules.yaml", "--format", "sarif", "-")
	if code != exitFound {
		t.Fatalf("exit %d", code)
	}
	var log struct {
		Version string `json:"version"`
		Runs    []struct {
			Results []struct {
				RuleID string `json:"ruleId"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal([]byte(out), &log); err != nil {
		t.Fatal(err)
	}
	if log.Version != "2.1.0" || len(log.Runs) != 1 || len(log.Runs[0].Results) != 1 || log.Runs[0].Results[0].RuleID != "demo-token" {
		t.Errorf("unexpected SARIF: %s", out)
	}
}

func TestRulesTest(t *testing.T) {
	code, out, _ := veil(t, "", "rules", "test", "--no-builtin", "testdata/rules.yaml")
	if code != exitOK || !strings.Contains(out, "ok: samples of 1 rules passed") {
		t.Errorf("passing file: got %d %q", code, out)
	}
	code, out, _ = veil(t, "", "rules", "test", "--no-builtin", "testdata/failing.yaml")
	want := []string{
		`FAIL testdata/failing.yaml:9: rule "bad-sample": match sample: no finding`,
		`FAIL testdata/failing.yaml:10: rule "bad-sample": no_match sample: found ["bad_zz99yy88"]`,
	}
	if code != exitFound {
		t.Errorf("failing file: exit %d, want %d", code, exitFound)
	}
	for _, w := range want {
		if !strings.Contains(out, w) {
			t.Errorf("output lacks %q:\n%s", w, out)
		}
	}
}

func TestRulesList(t *testing.T) {
	code, out, errs := veil(t, "", "rules", "list", "--rules", "testdata/rules.yaml")
	if code != exitOK || !strings.Contains(out, "demo-token") || !strings.Contains(out, "DEMO_TOKEN") {
		t.Errorf("got %d %q %q", code, out, errs)
	}
}

func TestScanArguments(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "real")
	os.MkdirAll(real, 0o755)
	if err := os.WriteFile(filepath.Join(real, "a.txt"), []byte("k=demo_ab12cd34\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(real, "a.txt"), filepath.Join(dir, "link.txt")); err != nil {
		t.Skip("no symlinks:", err)
	}
	os.Symlink(real, filepath.Join(dir, "dlink"))
	os.Symlink(filepath.Join(real, "a.txt"), filepath.Join(real, "inner-link"))
	rulesFlag := []string{"scan", "--no-builtin", "--rules", "testdata/rules.yaml", "--format", "json"}

	// A symlink named on the command line is followed, file or directory.
	for _, arg := range []string{filepath.Join(dir, "link.txt"), filepath.Join(dir, "dlink")} {
		code, out, errs := veil(t, "", append(rulesFlag, arg)...)
		if code != exitFound || !strings.Contains(out, `"rule": "demo-token"`) {
			t.Errorf("%s: exit %d, output %s, stderr %s", arg, code, out, errs)
		}
	}
	// A link inside a tree is not followed, and stderr says so.
	_, _, errs := veil(t, "", append(rulesFlag, real)...)
	if !strings.Contains(errs, "inner-link: not a regular file, skipped") {
		t.Errorf("inner link: stderr %q", errs)
	}
	// A FIFO named on the command line is an error, not a silent skip.
	fifo := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(fifo, 0o644); err == nil {
		code, _, errs := veil(t, "", append(rulesFlag, fifo)...)
		if code != exitError || !strings.Contains(errs, "not a regular file or directory") {
			t.Errorf("fifo: exit %d, stderr %q", code, errs)
		}
	}
	// -h is not an error.
	if code, _, _ := veil(t, "", "scan", "-h"); code != exitOK {
		t.Errorf("scan -h: exit %d, want 0", code)
	}
}

func TestScanOversizedStdin(t *testing.T) {
	// The engine's default limit is 16 MiB; a larger stdin is read only
	// up to the limit and the scan is reported incomplete with exit 2.
	big := strings.Repeat("x", 16<<20+10)
	code, out, errs := veil(t, big, "scan", "--no-builtin", "--rules", "testdata/rules.yaml", "--format", "json", "-")
	if code != exitError || !strings.Contains(errs, "payload_too_large") || strings.TrimSpace(out) != "[]" {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, errs)
	}
}

// TestCanaryNeverPrinted plants canary values and checks every output
// channel of every format: without --show-values no value may appear.
func TestCanaryNeverPrinted(t *testing.T) {
	const canary = "demo_c4n4ry99"
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.env"), []byte("TOKEN="+canary+"\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "b.bin"), []byte("\x00"+canary), 0o644)
	for _, format := range []string{"text", "json", "sarif"} {
		for _, input := range []string{"", "stdin"} {
			args := []string{"scan", "--no-builtin", "--rules", "testdata/rules.yaml", "--format", format, dir, "no/such/path"}
			stdin := ""
			if input == "stdin" {
				args = append(args, "-")
				stdin = "x " + canary
			}
			code, out, errs := veil(t, stdin, args...)
			if code != exitError { // the missing path makes it 2
				t.Errorf("%s/%s: exit %d, want %d", format, input, code, exitError)
			}
			if strings.Contains(out+errs, canary) {
				t.Errorf("%s/%s: the canary leaked:\nstdout %s\nstderr %s", format, input, out, errs)
			}
			if !strings.Contains(out, "demo-token") {
				t.Errorf("%s/%s: the finding itself is missing from stdout", format, input)
			}
		}
	}
}

// TestScanReadAhead checks the inputs read while the engine loads: more
// files than the read-ahead queue holds, one larger than what is read
// ahead (its scanner reads it), a path the allowlist skips, and a rule
// error that stops the command while the walker still has files to send.
func TestScanReadAhead(t *testing.T) {
	dir := t.TempDir()
	var want []string
	for i := 0; i < 2*prefetchFiles; i++ {
		name := filepath.Join(dir, fmt.Sprintf("f%03d.txt", i))
		data := "nothing\n"
		if i%10 == 0 {
			data = "k=demo_ab12cd34\n"
			want = append(want, name)
		}
		if err := os.WriteFile(name, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	big := filepath.Join(dir, "zbig.log")
	if err := os.WriteFile(big, []byte(strings.Repeat("x ", prefetchBytes)+"k=demo_zz99yy88\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	want = append(want, big)
	skip := filepath.Join(dir, "vendor", "skip.txt")
	os.MkdirAll(filepath.Dir(skip), 0o755)
	if err := os.WriteFile(skip, []byte("k=demo_ab12cd34\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	allow := filepath.Join(t.TempDir(), "allow.yaml")
	os.WriteFile(allow, []byte("allowlist:\n  paths: ['/vendor/']\n"), 0o644)

	code, out, errs := veil(t, "", "scan", "--no-builtin", "--rules", "testdata/rules.yaml", "--rules", allow, "--format", "json", dir)
	if code != exitFound {
		t.Fatalf("exit %d, stderr %s", code, errs)
	}
	var got []scanFinding
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	var paths []string
	for _, f := range got {
		paths = append(paths, f.Path)
	}
	if !reflect.DeepEqual(paths, want) {
		t.Errorf("findings in\n%v\nwant\n%v", paths, want)
	}

	// The walker is blocked on a full queue when the rules fail to load.
	code, _, errs = veil(t, "", "scan", "--rules", "testdata/missing.yaml", dir)
	if code != exitError || !strings.Contains(errs, "missing.yaml") {
		t.Errorf("bad rules: exit %d, stderr %q", code, errs)
	}
}

// TestProduceScanJobsSkipsAllowlisted checks that the walker never opens a
// file under an allowlisted path: it is neither read nor sent.
func TestProduceScanJobsSkipsAllowlisted(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"a.txt", "vendor/b.txt", "vendor/deep/c.txt"} {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var asked []string
	skip := func(p string) bool {
		asked = append(asked, p)
		return strings.Contains(p, "/vendor/")
	}
	jobs := make(chan scanJob, 16)
	noReport := func(p string, _ engine.Result, err error) { t.Errorf("%s: %v", p, err) }
	produceScanJobs([]string{dir}, nil, 1<<20, skip, jobs, make(chan struct{}), noReport, t.Logf)
	close(jobs)
	var sent []string
	for j := range jobs {
		sent = append(sent, j.path)
	}
	if want := []string{filepath.Join(dir, "a.txt")}; !reflect.DeepEqual(sent, want) {
		t.Errorf("sent %v, want %v", sent, want)
	}
	if len(asked) != 3 {
		t.Errorf("skip asked about %v, want the three files", asked)
	}
}
