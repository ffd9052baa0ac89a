package main

import "fmt"

// evalGold runs each gold file's corpus and scores the report against it.
func evalGold(paths []string, e *env) int {
	fmt.Fprintln(e.stderr, "crosscheck eval: not implemented yet")
	return exitFailed
}
