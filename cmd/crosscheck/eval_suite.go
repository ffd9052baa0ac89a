package main

import (
	"fmt"

	"crosscheck/claims/suite"
)

// evalSuites scores the extractors on public test suites: one row per
// suite, the news-style date subsets and issue 3's targets, then with
// --failures up to that many misses per suite. It exits 1 when a target
// shown is not met, 2 when a suite file cannot be read.
func evalSuites(paths []string, failures int, e *env) int {
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
