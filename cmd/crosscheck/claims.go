package main

import "fmt"

// runClaims is "crosscheck claims".
func runClaims(args []string, e *env) int {
	fmt.Fprintln(e.stderr, "crosscheck claims: not implemented yet")
	return exitFailed
}
