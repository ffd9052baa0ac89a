package main

import "fmt"

// evalSuites scores the extractors on public test suites.
func evalSuites(paths []string, failures int, e *env) int {
	fmt.Fprintln(e.stderr, "crosscheck eval --suite: not implemented yet")
	return exitFailed
}
