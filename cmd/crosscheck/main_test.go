package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
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

// lineDiff is a short line diff for golden failures: the first differing
// lines with a little context.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	shown := 0
	for i := 0; i < max(len(w), len(g)) && shown < 20; i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl == gl {
			continue
		}
		shown++
		if i < len(w) {
			b.WriteString("- " + wl + "\n")
		}
		if i < len(g) {
			b.WriteString("+ " + gl + "\n")
		}
	}
	return b.String()
}
