// Command crosscheck reconciles claims across news articles. See
// "crosscheck help" for its subcommands.
package main

import (
	"io"
	"os"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is main without the process: it takes the arguments and streams and
// returns the exit code, so tests can call it directly.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	_ = args
	_ = stdin
	_ = stdout
	_ = stderr
	return 0
}
