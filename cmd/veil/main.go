// Command veil is an inline data-loss-prevention engine: it finds PII,
// secrets and credentials in payloads.
//
// Usage:
//
//	veil serve [flags]                run the gRPC service
//	veil scan [flags] PATH... | -     scan files, directories or stdin
//	veil rules list [--rules FILE]... list the rules
//	veil rules test FILE...           run the samples of rule files
//
// Exit codes, for every subcommand: 0 = nothing found / all passed,
// 1 = findings / a test failed, 2 = error.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/veil-dlp/veil/engine"
	"github.com/veil-dlp/veil/rules"
)

// Exit codes shared by every subcommand.
const (
	exitOK     = 0
	exitFound  = 1
	exitError  = 2
	usageShort = "usage: veil <serve|scan|rules|redact|restore|policy> [flags] ...  (veil help for details)"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run dispatches a subcommand; it is main without os.Exit, for tests.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprintln(stderr, usageShort)
		return exitError
	}
	switch args[0] {
	case "scan":
		return runScan(args[1:], stdin, stdout, stderr)
	case "rules":
		return runRules(args[1:], stdout, stderr)
	case "redact":
		return runRedact(args[1:], stdin, stdout, stderr)
	case "restore":
		return runRestore(args[1:], stdin, stdout, stderr)
	case "policy":
		return runPolicy(args[1:], stdout, stderr)
	case "serve":
		return runServe(args[1:], stderr)
	case "help", "-h", "--help":
		fmt.Fprint(stdout, helpText)
		return exitOK
	default:
		fmt.Fprintf(stderr, "veil: unknown command %q\n%s\n", args[0], usageShort)
		return exitError
	}
}

const helpText = `veil finds PII, secrets and credentials in payloads.

Commands:
  serve [--listen 127.0.0.1:50051] [--config FILE] [--policy FILE] [--rules FILE]... [flags]
        run the gRPC service (veil.v1.VeilService, health, reflection);
        veil serve -h lists every flag and limit
  scan [--format text|json|sarif] [--rules FILE]... [--min-confidence X] [--show-values] PATH... | -
        scan files, directories (recursively) or stdin
  rules list [--rules FILE]...     list rules: id, type, category, keywords
  rules test [--no-builtin] FILE... compile rule files and run their samples
  redact --destination NAME [--policy FILE] [--rules FILE]... [--report FILE] PATH | -
        apply the destination's policy: the payload to send on stdout (nothing
        on BLOCK), the verdict and findings (JSON, no values) on stderr or --report
  restore --destination NAME [--policy FILE] PATH | -
        put the values of tokenize tokens back (needs the key the tokens were made with)
  policy test [--rules FILE]... DIR|FILE...  run policy tests files (*.tests.yaml) offline
  policy check FILE...             compile policy files
  policy show                      print the built-in policy

Exit codes: 0 nothing found / all passed (redact: ALLOW or REDACT), 1 findings /
a test failed, 2 error, 3 (redact only) BLOCK.
`

// stringList is a repeatable string flag.
type stringList []string

func (s *stringList) String() string     { return strings.Join(*s, ",") }
func (s *stringList) Set(v string) error { *s = append(*s, v); return nil }

// oneShotSetAfter is how many bytes a command other than serve scans before
// the engine's RE2 set comes into use: the set's DFA is built lazily, and
// over a cold pass of a few megabytes it costs more than it saves
// (bench/README.md, whole process).
const oneShotSetAfter = 4 << 20

// loadEngine builds an engine from the built-in rules (unless noBuiltin) and
// the given rule files, in that order, so user files can disable built-ins.
// The engine is tuned for one pass over its input (WithSetAfter).
func loadEngine(ruleFiles []string, noBuiltin bool, opts ...engine.Option) (*engine.Engine, []*rules.File, error) {
	files, user, err := loadRules(ruleFiles, noBuiltin)
	if err != nil {
		return nil, nil, err
	}
	e, err := newOneShotEngine(files, opts...)
	if err != nil {
		return nil, nil, err
	}
	return e, user, nil
}

// loadRules is loadEngine's first half: the rule files, all and the user's.
func loadRules(ruleFiles []string, noBuiltin bool) (all, user []*rules.File, err error) {
	all, user, err = rules.Load(ruleFiles, !noBuiltin)
	if err != nil && len(ruleFiles) == 0 && noBuiltin {
		err = errors.New("no rules: give --rules FILE or drop --no-builtin")
	}
	return all, user, err
}

// newOneShotEngine is loadEngine's second half.
func newOneShotEngine(files []*rules.File, opts ...engine.Option) (*engine.Engine, error) {
	return engine.New(files, append([]engine.Option{engine.WithSetAfter(oneShotSetAfter)}, opts...)...)
}

// parseExit maps a flag parsing error to an exit code: -h asked for help
// (0), anything else is a usage error (2).
func parseExit(err error) int {
	if errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	return exitError
}

// newFlagSet returns a flag set that reports errors instead of exiting.
func newFlagSet(name string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	return fs
}
