package main

import (
	"fmt"

	"crosscheck/claims"
	"crosscheck/compare"
)

// runCompare is "crosscheck compare": load the articles, extract their
// claims, reconcile them and render the report. Exit 0 when no conflict is
// found, 1 when one is, 2 when the run failed or an input did not load
// (the report is still printed for the articles that did).
func runCompare(args []string, e *env) int {
	fs := newFlagSet("compare",
		"crosscheck compare [flags] PATH...",
		"Reconciles the claims of the articles at PATH (.txt and .md files, folders of\n"+
			"them, or \"-\" for JSON Lines documents on standard input) and reports the\n"+
			"facts the sources state: conflicts first, then variants (the same fact in\n"+
			"other words) and agreements. A folder's sources.yaml, or front matter in a\n"+
			"file, gives each article its source and publication date.\n\n"+
			"Exit status: 0 no conflict, 1 conflicts found, 2 the run failed or an\n"+
			"input could not be loaded.",
		"  crosscheck compare seeds\n"+
			"  crosscheck compare --format markdown seeds > report.md\n"+
			"  crosscheck compare --format html seeds > report.html\n"+
			"  crosscheck compare --published 2022-06-17 --source \"Northgate Wire\" new.txt seeds/old.txt")
	var lf loadFlags
	lf.register(fs)
	format := fs.String("format", "table", "output `FORMAT`: "+formatNames(reportFormats))
	all := fs.Bool("all", false, "also list single-source facts (in every format)")
	paths, done, code := fs.parse(args, e)
	if done {
		return code
	}
	render, ok := reportFormats[*format]
	if !ok {
		fmt.Fprintf(e.stderr, "crosscheck compare: unknown format %q (want %s)\n", *format, formatNames(reportFormats))
		return exitFailed
	}
	if len(paths) == 0 {
		fmt.Fprintln(e.stderr, "crosscheck compare: no articles named; run 'crosscheck compare -help'")
		return exitFailed
	}
	opts, err := lf.options(paths, e)
	if err != nil {
		fmt.Fprintf(e.stderr, "crosscheck compare: %v\n", err)
		return exitFailed
	}
	docs, loaded := load(paths, opts, e)
	report := compare.Reconcile(docs, claims.ExtractAll(docs))
	if err := render(e.stdout, report, renderOptions{color: useColor(e), all: *all}); err != nil {
		fmt.Fprintf(e.stderr, "crosscheck compare: %v\n", err)
		return exitFailed
	}
	switch {
	case !loaded:
		return exitFailed
	case countVerdicts(report)[compare.Conflict] > 0:
		return exitFindings
	}
	return exitOK
}
