package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sergi/go-diff/diffmatchpatch"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden with the current output")

// repoRoot is the module root, relative to this package.
const repoRoot = "../.."

// goldenDir is testdata/golden, absolute, so tests that change directory
// still find it.
var goldenDir = func() string {
	dir, err := filepath.Abs(filepath.Join(repoRoot, "testdata", "golden"))
	if err != nil {
		panic(err)
	}
	return dir
}()

// cliRun is one in-process run of the CLI.
type cliRun struct {
	args     []string
	stdin    string
	terminal bool              // stdout is a terminal
	env      map[string]string // environment; a key present with "" is set to ""
}

type cliResult struct {
	stdout, stderr string
	code           int
}

func (c cliRun) run(t *testing.T) cliResult {
	t.Helper()
	var stdout, stderr bytes.Buffer
	e := &env{
		stdin:  strings.NewReader(c.stdin),
		stdout: &stdout, stderr: &stderr,
		getenv:     func(k string) string { return c.env[k] },
		lookupEnv:  func(k string) (string, bool) { v, ok := c.env[k]; return v, ok },
		isTerminal: c.terminal,
	}
	code := run(c.args, e)
	return cliResult{stdout.String(), stderr.String(), code}
}

// golden compares got with testdata/golden/name, or with -update writes
// it. A golden file is a reviewed output: read the diff before accepting
// one.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join(goldenDir, name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./cmd/crosscheck -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("output differs from %s (-want +got); if the change is right, run go test ./cmd/crosscheck -update and review the diff:\n%s",
			path, lineDiff(string(want), got))
	}
}

// lineDiff is a line diff for golden failures: the changed lines, "-"
// for want and "+" for got, with a line of context around each change,
// at most 60 lines.
func lineDiff(want, got string) string {
	dmp := diffmatchpatch.New()
	a, b, lines := dmp.DiffLinesToChars(want, got)
	diffs := dmp.DiffCharsToLines(dmp.DiffMain(a, b, false), lines)
	var out []string
	for i, d := range diffs {
		ls := strings.SplitAfter(d.Text, "\n")
		if ls[len(ls)-1] == "" {
			ls = ls[:len(ls)-1]
		}
		switch d.Type {
		case diffmatchpatch.DiffDelete:
			for _, l := range ls {
				out = append(out, "- "+strings.TrimSuffix(l, "\n"))
			}
		case diffmatchpatch.DiffInsert:
			for _, l := range ls {
				out = append(out, "+ "+strings.TrimSuffix(l, "\n"))
			}
		default:
			if i > 0 && len(ls) > 0 {
				out = append(out, "  "+strings.TrimSuffix(ls[0], "\n"))
			}
			if len(ls) > 2 {
				out = append(out, "  …")
			}
			if i < len(diffs)-1 && len(ls) > 1 {
				out = append(out, "  "+strings.TrimSuffix(ls[len(ls)-1], "\n"))
			}
		}
	}
	if len(out) > 60 {
		out = append(out[:60], fmt.Sprintf("  … (%d more lines)", len(out)-60))
	}
	return strings.Join(out, "\n") + "\n"
}
