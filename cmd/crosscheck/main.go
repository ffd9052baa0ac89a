package main

import (
	"fmt"
	"io"
	"os"
	"sort"
)

func main() {
	os.Exit(run(os.Args[1:], &env{
		stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr,
		getenv: os.Getenv, lookupEnv: os.LookupEnv,
		isTerminal: isTerminal(os.Stdout),
	}))
}

// isTerminal reports whether f is a terminal (a character device), which
// is all colour needs to know.
func isTerminal(f *os.File) bool {
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}

// Exit codes.
const (
	exitOK       = 0 // no conflicts
	exitFindings = 1 // conflicts found (or, for eval, the gold was not met)
	exitFailed   = 2 // the run itself failed, or an input could not be read
)

// env is the process seen by a subcommand, so tests can run the CLI in
// process with their own streams and environment.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(string) string
	// lookupEnv also tells a variable set to "" from an unset one
	// (NO_COLOR counts when set to any value).
	lookupEnv func(string) (string, bool)
	// isTerminal reports whether stdout is a terminal (for colour).
	isTerminal bool
}

// A command is one subcommand.
type command struct {
	summary string
	run     func(args []string, e *env) int
}

var commands = map[string]command{
	"compare": {"reconcile articles and report agreements and conflicts", runCompare},
	"claims":  {"list the claims extracted from articles", runClaims},
	"check":   {"check new articles against accepted ones (the CI gate)", runCheck},
	"eval":    {"score the report against a gold file, or extractors against test suites", runEval},
}

// run is main without the process; it returns the exit code.
func run(args []string, e *env) int {
	if e.getenv == nil {
		e.getenv = func(string) string { return "" }
	}
	if e.lookupEnv == nil {
		e.lookupEnv = func(string) (string, bool) { return "", false }
	}
	if len(args) == 0 {
		usage(e.stderr)
		return exitFailed
	}
	switch args[0] {
	case "help", "-h", "-help", "--help":
		if len(args) == 1 {
			usage(e.stdout)
			return exitOK
		}
		c, ok := commands[args[1]]
		if !ok {
			fmt.Fprintf(e.stderr, "crosscheck help: unknown command %q; run 'crosscheck help'\n", args[1])
			return exitFailed
		}
		return c.run([]string{"-help"}, e)
	}
	c, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(e.stderr, "crosscheck: unknown command %q; run 'crosscheck help'\n", args[0])
		return exitFailed
	}
	return c.run(args[1:], e)
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "crosscheck reconciles claims across news articles.")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Usage: crosscheck COMMAND [flags] [args]")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Commands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-8s %s\n", n, commands[n].summary)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Run 'crosscheck COMMAND -help' for a command's flags and an example.")
}
