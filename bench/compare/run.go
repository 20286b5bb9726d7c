package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// tool is one command line under comparison.
type tool struct {
	name string
	bin  string
	// args returns the arguments that scan dir and leave the JSON report in
	// report (or on stdout, if toStdout).
	args     func(dir, report string) []string
	toStdout bool
	// okExit reports whether an exit code means the scan ran.
	okExit func(code int) bool
	// parse reads the report of a scan of root; files are the scanned
	// files' bytes by relative path. notes are remarks for the report.
	parse func(report []byte, root string, files map[string][]byte) (fs []finding, notes []string, err error)
}

// commandLine is the tool's command for the report, with DIR for the
// scanned directory.
func (t tool) commandLine() string {
	args := t.args("DIR", "REPORT")
	line := t.bin + " " + strings.Join(args, " ")
	if t.toStdout {
		line += " > REPORT"
	}
	return line
}

// measurement is one timed run of a tool.
type measurement struct {
	wall   time.Duration
	cpu    time.Duration // user + system time of the process
	maxRSS int64         // peak resident set in bytes; 0 if unknown
}

// execute runs t over dir, writing its report to report, and times it.
func (t tool) execute(dir, report string) (measurement, error) {
	cmd := exec.Command(t.bin, t.args(dir, report)...)
	cmd.Env = toolEnv()
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	cmd.Stdout = io.Discard
	if t.toStdout {
		f, err := os.Create(report)
		if err != nil {
			return measurement{}, err
		}
		defer f.Close()
		cmd.Stdout = f
	}
	begin := time.Now()
	err := cmd.Run()
	wall := time.Since(begin)
	if cmd.ProcessState == nil {
		return measurement{}, fmt.Errorf("%s: %w", t.name, err)
	}
	if code := cmd.ProcessState.ExitCode(); !t.okExit(code) {
		return measurement{}, fmt.Errorf("%s exited %d: %s", t.name, code, firstLines(stderr.String(), 5))
	}
	ps := cmd.ProcessState
	return measurement{wall: wall, cpu: ps.UserTime() + ps.SystemTime(), maxRSS: maxRSS(ps)}, nil
}

// toolEnv is the environment of the timed processes: ours, less the
// variables that would make gitleaks load another config.
func toolEnv() []string {
	return slices.DeleteFunc(os.Environ(), func(kv string) bool {
		return strings.HasPrefix(kv, "GITLEAKS_CONFIG=") || strings.HasPrefix(kv, "GITLEAKS_CONFIG_TOML=")
	})
}

func firstLines(s string, n int) string {
	lines := strings.SplitN(strings.TrimSpace(s), "\n", n+1)
	return strings.Join(lines[:min(n, len(lines))], "\n")
}

// veilTool is `veil scan --format json` (with extra flags, e.g. the
// reference path).
func veilTool(name, bin string, extra ...string) tool {
	return tool{
		name: name,
		bin:  bin,
		args: func(dir, _ string) []string {
			return append(append([]string{"scan", "--format", "json"}, extra...), dir)
		},
		toStdout: true,
		// 1 means findings; 2 is an error or an incomplete scan, after which
		// veil still prints the findings of the rest, which would make
		// the comparison wrong.
		okExit: func(code int) bool { return code == 0 || code == 1 },
		parse: func(report []byte, root string, files map[string][]byte) ([]finding, []string, error) {
			fs, err := parseVeil(report, root, files)
			return fs, nil, err
		},
	}
}

// gitleaksTool is `gitleaks dir` with the default config and a JSON report.
// Its findings are never redacted (no --redact), since scoring needs Match
// and Secret; the reports live in a temporary directory removed at the end.
func gitleaksTool(bin string) tool {
	return tool{
		name: "gitleaks",
		bin:  bin,
		args: func(dir, report string) []string {
			return []string{"dir", dir, "--no-banner", "--no-color", "--log-level", "error",
				"--report-format", "json", "--report-path", report, "--exit-code", "0"}
		},
		okExit: func(code int) bool { return code == 0 },
		parse: func(report []byte, root string, files map[string][]byte) ([]finding, []string, error) {
			fs, rep, err := parseGitleaks(report, root, files)
			note := fmt.Sprintf("gitleaks spans: %d from Match found in the file, %d from the reported line/column range (Match not in the file as such, e.g. decoded), %d without a position.",
				rep.bySource[spanExact], rep.bySource[spanPosition], rep.bySource[spanNone])
			return fs, []string{note}, err
		},
	}
}

// veilFinding is one entry of `veil scan --format json`.
type veilFinding struct {
	Path     string `json:"path"`
	Type     string `json:"type"`
	Category string `json:"category"`
	Rule     string `json:"rule"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
}

// parseVeil reads the JSON array printed by `veil scan --format json`.
func parseVeil(report []byte, root string, files map[string][]byte) ([]finding, error) {
	var raw []veilFinding
	if err := json.Unmarshal(report, &raw); err != nil {
		return nil, fmt.Errorf("veil report: %w", err)
	}
	out := make([]finding, 0, len(raw))
	for _, v := range raw {
		path, err := relPath(root, v.Path)
		if err != nil {
			return nil, err
		}
		if _, ok := files[path]; !ok {
			return nil, fmt.Errorf("veil reported %q, which was not scanned", v.Path)
		}
		out = append(out, finding{Path: path, Type: v.Type, Rule: v.Rule, Secret: v.Category != "PII", Start: v.Start, End: v.End})
	}
	return out, nil
}

// goCmd runs the go command in the current directory and returns its
// trimmed standard output.
func goCmd(args ...string) (string, error) {
	cmd := exec.Command("go", args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("go %s: %v\n%s", strings.Join(args, " "), err, stderr.String())
	}
	return strings.TrimSpace(string(out)), nil
}

// gitleaksModule is the module path of gitleaks, pinned by a tool directive
// in toolsModfile so that its dependencies stay out of veil's go.mod.
const (
	gitleaksModule = "github.com/zricethezav/gitleaks/v8"
	toolsModfile   = "bench/tools/go.mod"
)

// build builds bin/veil and bin/gitleaks (at the version pinned in
// toolsModfile, which it returns, with the module's source directory).
func build(binDir string) (gitleaksVersion, gitleaksDir string, err error) {
	if _, err := goCmd("build", "-o", filepath.Join(binDir, "veil"), "./cmd/veil"); err != nil {
		return "", "", err
	}
	// `go list -m` names the module's directory only once the module is in
	// the module cache, so download it first (a fresh machine has not).
	if _, err := goCmd("mod", "download", "-modfile="+toolsModfile, gitleaksModule); err != nil {
		return "", "", err
	}
	info, err := goCmd("list", "-modfile="+toolsModfile, "-m", "-f", "{{.Version}} {{.Dir}}", gitleaksModule)
	if err != nil {
		return "", "", err
	}
	gitleaksVersion, gitleaksDir, _ = strings.Cut(info, " ")
	if gitleaksDir == "" {
		return "", "", fmt.Errorf("go list -m %s: no module directory", gitleaksModule)
	}
	// gitleaks prints its version from a variable set at link time, as its
	// release builds do.
	ldflags := "-X " + gitleaksModule + "/version.Version=" + gitleaksVersion
	if _, err := goCmd("build", "-modfile="+toolsModfile, "-ldflags", ldflags, "-o", filepath.Join(binDir, "gitleaks"), gitleaksModule); err != nil {
		return "", "", err
	}
	return gitleaksVersion, gitleaksDir, nil
}

// hasReferenceFlag reports whether `veil scan` accepts --reference (the
// engine's reference path: every rule over every byte, no prefilter).
func hasReferenceFlag(veil string) bool {
	out, _ := exec.Command(veil, "scan", "-h").CombinedOutput()
	return bytes.Contains(out, []byte("-reference"))
}
