// Command crosscheck reconciles claims across news articles: it extracts
// dates, quantities, casualty counts, titles, ages, names and quotes from
// each article and reports where the sources agree, conflict or differ in
// wording, with the evidence.
//
// Usage:
//
//	crosscheck compare [flags] PATH...    the report, conflicts first
//	crosscheck claims [flags] PATH...     the claims of each article
//	crosscheck eval GOLD.yaml...          score the report against gold files
//	crosscheck eval --suite FILE.jsonl... score the extractors on test suites
//	crosscheck check --against DIR FILE...  the CI gate for new articles
//
// A PATH is a .txt or .md file, a folder of them, or "-" for JSON Lines
// documents on standard input. Exit status: 0 no conflict, 1 conflicts
// found (or a gold or target not met), 2 the run failed or an input could
// not be read.
//
// The command is thin: loading lives in package claims, reconciliation in
// package compare; this package holds flags, renderers and exit codes.
package main
