package main

import (
	"flag"
	"fmt"
)

// stringList is a repeatable string flag.
type stringList []string

func (l *stringList) String() string     { return fmt.Sprint(*l) }
func (l *stringList) Set(s string) error { *l = append(*l, s); return nil }

// runEval scores crosscheck: against gold files (eval_gold.go), or with
// --suite, its extractors against public test suites (eval_suite.go).
func runEval(args []string, e *env) int {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	var suites stringList
	fs.Var(&suites, "suite", "score the extractors on a test suite `FILE.jsonl` (repeatable)")
	failures := fs.Int("failures", 0, "with --suite, print up to `N` misses per suite")
	fs.Usage = func() {
		w := fs.Output()
		fmt.Fprintln(w, "Usage: crosscheck eval GOLD.yaml...")
		fmt.Fprintln(w, "       crosscheck eval --suite FILE.jsonl [--failures N] [FILE.jsonl...]")
		fmt.Fprintln(w)
		fmt.Fprintln(w, "Scores the report on a gold file's corpus (recall per verdict, conflict")
		fmt.Fprintln(w, "precision), or the extractors on public test suites (span and value F1).")
		fmt.Fprintln(w)
		fs.PrintDefaults()
		fmt.Fprintln(w)
		fmt.Fprintln(w, "Example:")
		fmt.Fprintln(w, "  crosscheck eval seeds/expected.yaml")
		fmt.Fprintln(w, "  crosscheck eval --suite ../shared/suites/tbaq_timebank.jsonl --failures 20")
	}
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return exitOK
		}
		return exitFailed
	}
	files := append([]string(suites), fs.Args()...)
	if len(suites) > 0 {
		return evalSuites(files, *failures, e)
	}
	if len(files) == 0 {
		fs.Usage()
		return exitFailed
	}
	return evalGold(files, e)
}
