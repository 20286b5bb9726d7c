package main

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
)

// runRules implements `veil rules list` and `veil rules test`.
func runRules(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprintln(stderr, "usage: veil rules list [--rules FILE]... | veil rules test [--no-builtin] FILE...")
		return exitError
	}
	switch args[0] {
	case "list":
		fs := newFlagSet("rules list", stderr)
		var ruleFiles stringList
		fs.Var(&ruleFiles, "rules", "extra rule `file` (repeatable)")
		if err := fs.Parse(args[1:]); err != nil {
			return parseExit(err)
		}
		e, _, err := loadEngine(ruleFiles, false)
		if err != nil {
			fmt.Fprintln(stderr, "veil:", err)
			return exitError
		}
		tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "ID\tTYPE\tCATEGORY\tKEYWORDS")
		for _, r := range e.Rules() {
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", r.ID, r.Type, r.Category, strings.Join(r.Keywords, ","))
		}
		tw.Flush()
		return exitOK
	case "test":
		fs := newFlagSet("rules test", stderr)
		noBuiltin := fs.Bool("no-builtin", false, "test the files without the built-in rules")
		if err := fs.Parse(args[1:]); err != nil {
			return parseExit(err)
		}
		if fs.NArg() == 0 {
			fmt.Fprintln(stderr, "veil rules test: give at least one rule file")
			return exitError
		}
		e, files, err := loadEngine(fs.Args(), *noBuiltin)
		if err != nil {
			fmt.Fprintln(stderr, "veil:", err)
			return exitError
		}
		fails := e.CheckSamples(files)
		n := 0
		for _, f := range files {
			n += len(f.Rules)
		}
		for _, f := range fails {
			fmt.Fprintln(stdout, "FAIL", f)
		}
		if len(fails) > 0 {
			fmt.Fprintf(stdout, "%d of the samples of %d rules failed\n", len(fails), n)
			return exitFound
		}
		fmt.Fprintf(stdout, "ok: samples of %d rules passed\n", n)
		return exitOK
	default:
		fmt.Fprintf(stderr, "veil rules: unknown command %q (want list or test)\n", args[0])
		return exitError
	}
}
