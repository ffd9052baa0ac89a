package main

import (
	"fmt"

	"crosscheck/claims"
	"crosscheck/compare"
)

// runClaims is "crosscheck claims": the claims extracted from the
// articles, before any comparison. Exit 0, or 2 when the run failed or an
// input did not load (the claims of the others are still printed).
func runClaims(args []string, e *env) int {
	fs := newFlagSet("claims",
		"crosscheck claims [flags] PATH...",
		"Lists the claims extracted from the articles at PATH (.txt and .md files,\n"+
			"folders of them, or \"-\" for JSON Lines documents on standard input, one\n"+
			"object a line: {\"id\", \"text\", \"source\", \"published\", \"lang\"}): each\n"+
			"claim's kind, text, place, subject and normalized value. The JSON form is\n"+
			"the report of 'crosscheck compare' with no findings.",
		"  crosscheck claims seeds/001_89d75a031822f302.txt\n"+
			"  echo '{\"id\": \"a\", \"text\": \"Talks ended on Friday.\", \"published\": \"2024-03-01\"}' | crosscheck claims --format json -")
	var lf loadFlags
	lf.register(fs)
	format := fs.String("format", "table", "output `FORMAT`: "+formatNames(claimsFormats))
	paths, done, code := fs.parse(args, e)
	if done {
		return code
	}
	render, ok := claimsFormats[*format]
	if !ok {
		fmt.Fprintf(e.stderr, "crosscheck claims: unknown format %q (want %s)\n", *format, formatNames(claimsFormats))
		return exitFailed
	}
	if len(paths) == 0 {
		fmt.Fprintln(e.stderr, "crosscheck claims: no articles named; run 'crosscheck claims -help'")
		return exitFailed
	}
	opts, err := lf.options(paths, e)
	if err != nil {
		fmt.Fprintf(e.stderr, "crosscheck claims: %v\n", err)
		return exitFailed
	}
	docs, loaded := load(paths, opts, e)
	report := &compare.Report{Version: compare.Version, Documents: docs, Claims: claims.ExtractAll(docs), Findings: []compare.Finding{}}
	if err := render(e.stdout, report, renderOptions{color: useColor(e)}); err != nil {
		fmt.Fprintf(e.stderr, "crosscheck claims: %v\n", err)
		return exitFailed
	}
	if !loaded {
		return exitFailed
	}
	return exitOK
}
