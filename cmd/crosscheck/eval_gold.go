package main

import (
	"errors"
	"fmt"
	"io/fs"

	"crosscheck/claims"
	"crosscheck/compare"
	"crosscheck/compare/gold"
)

// evalGold runs each gold file's corpus (its folder named relative to the
// gold file) through extraction and reconciliation, and scores the report
// with compare/gold: recall per verdict, conflict precision, every finding
// missed and every false conflict. Exit 1 when a gold file is failed (a
// required finding missed or a false conflict reported), 2 when a gold
// file is malformed or an article of its corpus does not load; the other
// gold files are still scored.
func evalGold(paths []string, e *env) int {
	code := exitOK
	for _, path := range paths {
		g, err := gold.Load(path)
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				err = fmt.Errorf("%s: no such file", path)
			}
			fmt.Fprintf(e.stderr, "crosscheck eval: %v\n", err)
			code = exitFailed
			continue
		}
		docs, loaded := load([]string{g.CorpusDir()}, claims.LoadOptions{}, e)
		report := compare.Reconcile(docs, claims.ExtractAll(docs))
		res := gold.Score(report, g)
		if err := res.Print(e.stdout); err != nil {
			fmt.Fprintf(e.stderr, "crosscheck eval: %v\n", err)
			return exitFailed
		}
		switch {
		case !loaded:
			code = exitFailed
		case res.Failed() && code == exitOK:
			code = exitFindings
		}
	}
	return code
}
