package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/veil-dlp/veil/engine"
	"github.com/veil-dlp/veil/policy"
)

// exitBlock is veil redact's exit code for a BLOCK verdict.
const exitBlock = 3

// policyFlags are the flags veil redact and veil restore share.
type policyFlags struct {
	policyFile  string
	destination string
}

func (pf *policyFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&pf.policyFile, "policy", "", "policy `file` (default: the built-in policy)")
	fs.StringVar(&pf.destination, "destination", "", "destination `name` the payload goes to (required)")
}

// loadPolicy loads the policy file, or the built-in policy.
func loadPolicy(path string, stderr io.Writer, getenv func(string) string) (*policy.Policy, error) {
	opts := policy.Options{
		CELCostLimit: engine.DefaultLimits().MaxCELCost,
		Getenv:       getenv,
		Warn:         func(s string) { fmt.Fprintln(stderr, "veil: warning:", s) },
	}
	if path == "" {
		return policy.Default(opts)
	}
	return policy.LoadFile(path, opts)
}

// readInput reads the one payload a command takes: a file, or stdin for
// "-", up to limit bytes.
func readInput(arg string, stdin io.Reader, limit int64) ([]byte, error) {
	if arg == "-" {
		return io.ReadAll(io.LimitReader(stdin, limit))
	}
	return readFile(arg, limit)
}

func runRedact(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("redact", stderr)
	var pf policyFlags
	pf.register(fs)
	var ruleFiles, labels stringList
	fs.Var(&ruleFiles, "rules", "extra rule `file` (repeatable)")
	noBuiltin := fs.Bool("no-builtin", false, "do not load the built-in rules")
	report := fs.String("report", "", "write the verdict and findings (JSON, no values) to this `file` instead of stderr")
	var req policy.Request
	fs.StringVar(&req.AppID, "app-id", "", "request attribute app_id")
	fs.StringVar(&req.ActorID, "actor-id", "", "request attribute actor_id")
	fs.StringVar(&req.ActorRole, "actor-role", "", "request attribute actor_role")
	fs.StringVar(&req.ContentType, "content-type", "", "request attribute content_type")
	fs.Var(&labels, "label", "request label `key=value` (repeatable)")
	if err := fs.Parse(args); err != nil {
		return parseExit(err)
	}
	if pf.destination == "" || fs.NArg() != 1 {
		fmt.Fprintln(stderr, "usage: veil redact --destination NAME [--policy FILE] [--rules FILE]... [--report FILE] PATH | -")
		return exitError
	}
	req.Destination = pf.destination
	for _, l := range labels {
		k, v, ok := strings.Cut(l, "=")
		if !ok || k == "" {
			fmt.Fprintf(stderr, "veil redact: --label %q: want key=value\n", l)
			return exitError
		}
		if req.Labels == nil {
			req.Labels = map[string]string{}
		}
		req.Labels[k] = v
	}
	pol, err := loadPolicy(pf.policyFile, stderr, os.Getenv)
	if err != nil {
		fmt.Fprintln(stderr, "veil:", err)
		return exitError
	}
	e, _, err := loadEngine(ruleFiles, *noBuiltin)
	if err != nil {
		fmt.Fprintln(stderr, "veil:", err)
		return exitError
	}
	data, err := readInput(fs.Arg(0), stdin, int64(e.Limits().MaxPayloadBytes)+1)
	if err != nil {
		fmt.Fprintln(stderr, "veil:", err)
		return exitError
	}
	// UTF-16 input is scanned decoded; with findings it cannot be
	// transformed in place, and the policy's on_incomplete decides (BLOCK
	// by default).
	if !engine.IsUTF16(data) && engine.IsBinary(data) {
		fmt.Fprintf(stderr, "veil: %s: binary input is not redacted\n", fs.Arg(0))
		return exitError
	}
	dec := policy.NewSnapshot(e, pol).Redact(context.Background(), data, req)

	rep, err := json.MarshalIndent(dec, "", "  ")
	if err != nil {
		fmt.Fprintln(stderr, "veil:", err)
		return exitError
	}
	rep = append(rep, '\n')
	if *report != "" {
		err = os.WriteFile(*report, rep, 0o600)
	} else {
		_, err = stderr.Write(rep)
	}
	if err != nil {
		fmt.Fprintln(stderr, "veil: report:", err)
		return exitError
	}
	if dec.Verdict == policy.VerdictBlock {
		return exitBlock
	}
	if _, err := stdout.Write(dec.Output); err != nil {
		fmt.Fprintln(stderr, "veil: write:", err)
		return exitError
	}
	return exitOK
}

func runRestore(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("restore", stderr)
	var pf policyFlags
	pf.register(fs)
	if err := fs.Parse(args); err != nil {
		return parseExit(err)
	}
	if pf.destination == "" || fs.NArg() != 1 {
		fmt.Fprintln(stderr, "usage: veil restore --destination NAME [--policy FILE] PATH | -")
		return exitError
	}
	pol, err := loadPolicy(pf.policyFile, stderr, os.Getenv)
	if err != nil {
		fmt.Fprintln(stderr, "veil:", err)
		return exitError
	}
	data, err := readInput(fs.Arg(0), stdin, int64(engine.DefaultLimits().MaxPayloadBytes))
	if err != nil {
		fmt.Fprintln(stderr, "veil:", err)
		return exitError
	}
	res, err := pol.Restore(data, pf.destination)
	if err != nil {
		fmt.Fprintln(stderr, "veil restore:", err)
		return exitError
	}
	if _, err := stdout.Write(res.Output); err != nil {
		fmt.Fprintln(stderr, "veil: write:", err)
		return exitError
	}
	if len(res.Failed) > 0 {
		for _, f := range res.Failed {
			fmt.Fprintf(stderr, "veil restore: %s does not authenticate: left as it is\n", f)
		}
		if res.Restored == 0 {
			fmt.Fprintf(stderr, "veil restore: no token could be restored: wrong key (check VEIL_TOKEN_KEY or the policy's keys) or tokens made for another destination\n")
		}
		return exitError
	}
	return exitOK
}
