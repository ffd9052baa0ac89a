package main

import (
	"fmt"
	"strconv"
	"strings"

	"crosscheck/claims/suite"
)

// evalSuites scores the extractors on public test suites: one row per
// suite, the news-style date subsets and issue 3's targets, then with
// --failures up to that many misses per suite. It exits 1 when a target
// shown is not met, 2 when a suite file cannot be read.
func evalSuites(paths []string, failures int, e *env) int {
	paths, failures, err := trailingFailures(paths, failures)
	if err != nil {
		fmt.Fprintf(e.stderr, "crosscheck eval: %v\n", err)
		return exitFailed
	}
	var cases []suite.Case
	for _, p := range paths {
		cs, err := suite.LoadFile(p)
		if err != nil {
			fmt.Fprintf(e.stderr, "crosscheck eval: %v\n", err)
			return exitFailed
		}
		cases = append(cases, cs...)
	}
	r := suite.Run(cases)
	if err := r.WriteTable(e.stdout); err != nil {
		fmt.Fprintf(e.stderr, "crosscheck eval: %v\n", err)
		return exitFailed
	}
	if failures > 0 {
		if err := r.WriteFailures(e.stdout, failures); err != nil {
			fmt.Fprintf(e.stderr, "crosscheck eval: %v\n", err)
			return exitFailed
		}
	}
	for _, t := range r.TargetResults() {
		if !t.Met {
			return exitFindings
		}
	}
	return exitOK
}

// trailingFailures takes a --failures flag given after the suite files
// ("eval --suite a.jsonl b.jsonl --failures 20"), which the flag package
// leaves among the arguments.
func trailingFailures(args []string, failures int) ([]string, int, error) {
	var files []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		name, value, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if !strings.HasPrefix(a, "-") || name != "failures" && name != "suite" {
			files = append(files, a)
			continue
		}
		if !hasValue {
			if i+1 >= len(args) {
				return nil, 0, fmt.Errorf("flag %s needs a value", a)
			}
			i++
			value = args[i]
		}
		if name == "suite" {
			files = append(files, value)
			continue
		}
		n, err := strconv.Atoi(value)
		if err != nil || n < 0 {
			return nil, 0, fmt.Errorf("--failures %q is not a count", value)
		}
		failures = n
	}
	return files, failures, nil
}
