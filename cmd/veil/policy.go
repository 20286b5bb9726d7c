package main

import (
	"context"
	"fmt"
	"io"

	"github.com/veil-dlp/veil/policy"
)

func runPolicy(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprintln(stderr, "usage: veil policy <test|check|show> ...")
		return exitError
	}
	switch args[0] {
	case "test":
		return runPolicyTest(args[1:], stdout, stderr)
	case "check":
		fs := newFlagSet("policy check", stderr)
		if err := fs.Parse(args[1:]); err != nil {
			return parseExit(err)
		}
		if fs.NArg() == 0 {
			fmt.Fprintln(stderr, "usage: veil policy check FILE...")
			return exitError
		}
		for _, p := range fs.Args() {
			pol, err := loadPolicy(p, stderr, policy.TestKeyGetenv)
			if err != nil {
				fmt.Fprintln(stderr, "veil:", err)
				return exitError
			}
			fmt.Fprintf(stdout, "%s: ok (%s, destinations %v)\n", p, pol.Version, pol.Destinations())
		}
		return exitOK
	case "show":
		_, err := stdout.Write(policy.DefaultSource())
		if err != nil {
			return exitError
		}
		return exitOK
	default:
		fmt.Fprintf(stderr, "veil policy: unknown command %q (want test, check or show)\n", args[0])
		return exitError
	}
}

// runPolicyTest runs tests files offline. Keys are fixed test keys, so
// expected tokens are stable; the policy's own key sources are not read.
func runPolicyTest(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("policy test", stderr)
	var ruleFiles stringList
	fs.Var(&ruleFiles, "rules", "extra rule `file` (repeatable)")
	noBuiltin := fs.Bool("no-builtin", false, "do not load the built-in rules")
	if err := fs.Parse(args); err != nil {
		return parseExit(err)
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "usage: veil policy test [--rules FILE]... DIR|FILE...")
		return exitError
	}
	e, _, err := loadEngine(ruleFiles, *noBuiltin)
	if err != nil {
		fmt.Fprintln(stderr, "veil:", err)
		return exitError
	}
	var files []string
	for _, a := range fs.Args() {
		fl, err := policy.TestFiles(a)
		if err != nil {
			fmt.Fprintln(stderr, "veil:", err)
			return exitError
		}
		files = append(files, fl...)
	}
	failed, total := 0, 0
	for _, path := range files {
		tf, err := policy.ParseTestFile(path)
		if err != nil {
			fmt.Fprintln(stderr, "veil:", err)
			return exitError
		}
		pol, err := loadPolicy(tf.Policy, io.Discard, policy.TestKeyGetenv)
		if err != nil {
			fmt.Fprintln(stderr, "veil:", err)
			return exitError
		}
		fails := tf.Run(context.Background(), policy.NewSnapshot(e, pol))
		for _, f := range fails {
			fmt.Fprintln(stdout, "FAIL", f)
		}
		total += len(tf.Tests)
		failed += len(fails)
	}
	if failed > 0 {
		fmt.Fprintf(stdout, "%d of %d expectations failed in %d files\n", failed, total, len(files))
		return exitFound
	}
	fmt.Fprintf(stdout, "ok: %d tests in %d files passed\n", total, len(files))
	return exitOK
}
