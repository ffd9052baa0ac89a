package main

import "fmt"

// runCompare is "crosscheck compare".
func runCompare(args []string, e *env) int {
	fmt.Fprintln(e.stderr, "crosscheck compare: not implemented yet")
	return exitFailed
}
