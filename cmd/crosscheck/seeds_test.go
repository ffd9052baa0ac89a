package main

import (
	"fmt"
	"os"
	"runtime"
	"strings"
	"testing"
)

// The tests in this file run the whole pipeline on the seed articles, so
// they pass only when the extractors (claims/dates, claims/quantity,
// claims/people) and compare.Reconcile find the seeds' three conflicts.

var seedFiles = []string{
	"seeds/000_ff9ad0c4a8707ad3.txt",
	"seeds/001_89d75a031822f302.txt",
	"seeds/002_a1306538fd826ee3.txt",
	"seeds/003_fb23887eda5e30c9.txt",
	"seeds/004_fc8b3d3488a0d569.txt",
}

// TestSeedsGolden checks the report on the seeds in each format against
// testdata/golden (go test ./cmd/crosscheck -update rewrites them; read the
// diff before committing one). The seeds hold conflicts, so compare exits 1.
func TestSeedsGolden(t *testing.T) {
	t.Chdir(repoRoot)
	for _, tt := range []struct{ format, file string }{
		{"table", "seeds.table.txt"},
		{"markdown", "seeds.md"},
		{"json", "seeds.json"},
	} {
		t.Run(tt.format, func(t *testing.T) {
			got := cliRun{args: []string{"compare", "--format", tt.format, "seeds"}}.run(t)
			if got.code != exitFindings {
				t.Errorf("exit code: want %d (conflicts found), got %d; stderr:\n%s", exitFindings, got.code, got.stderr)
			}
			if got.stderr != "" {
				t.Errorf("stderr: want nothing, got:\n%s", got.stderr)
			}
			golden(t, tt.file, got.stdout)
			if tt.format == "table" {
				readmeExcerpt(t, got.stdout)
			}
		})
	}
	t.Run("claims", func(t *testing.T) {
		got := cliRun{args: []string{"claims", "seeds"}}.run(t)
		if got.code != exitOK {
			t.Errorf("exit code: want 0, got %d; stderr:\n%s", got.code, got.stderr)
		}
		golden(t, "seeds_claims.table.txt", got.stdout)
	})
}

// TestDeterminism checks that every format gives the same bytes on every
// run, whatever the order the articles are named in, whether they are named
// one by one or as their folder, and however many threads extract them.
func TestDeterminism(t *testing.T) {
	t.Chdir(repoRoot)
	reversed := make([]string, len(seedFiles))
	for i, f := range seedFiles {
		reversed[len(seedFiles)-1-i] = f
	}
	shuffled := []string{seedFiles[3], seedFiles[0], seedFiles[4], seedFiles[2], seedFiles[1]}
	orders := [][]string{{"seeds"}, seedFiles, reversed, shuffled, {"seeds"}}
	type cmdFormat struct{ cmd, format string }
	var cases []cmdFormat
	for _, f := range []string{"table", "markdown", "json", "jsonl"} {
		cases = append(cases, cmdFormat{"compare", f})
	}
	for _, f := range []string{"table", "json", "jsonl"} {
		cases = append(cases, cmdFormat{"claims", f})
	}
	for _, c := range cases {
		t.Run(c.cmd+"/"+c.format, func(t *testing.T) {
			var first cliResult
			for i, paths := range orders {
				procs := 1 + i%2
				prev := runtime.GOMAXPROCS(procs)
				args := append([]string{c.cmd, "--all", "--format", c.format}, paths...)
				if c.cmd == "claims" {
					args = append([]string{c.cmd, "--format", c.format}, paths...)
				}
				got := cliRun{args: args}.run(t)
				runtime.GOMAXPROCS(prev)
				if i == 0 {
					first = got
					if !strings.Contains(got.stdout, "001_89d75a031822f302.txt") {
						t.Fatalf("the report does not name the seeds:\n%s", got.stdout)
					}
					continue
				}
				if got.stdout != first.stdout || got.code != first.code {
					t.Errorf("paths %v with GOMAXPROCS=%d: output differs from the first run (exit %d, then %d):\n%s",
						paths, procs, first.code, got.code, lineDiff(first.stdout, got.stdout))
				}
			}
		})
	}
}

// TestColorEndToEnd checks colour on the seeds report: on a terminal only,
// and never when NO_COLOR is set, even to nothing.
func TestColorEndToEnd(t *testing.T) {
	t.Chdir(repoRoot)
	tests := []struct {
		terminal bool
		env      map[string]string
		want     bool
	}{
		{terminal: true, want: true},
		{terminal: false, want: false},
		{terminal: true, env: map[string]string{"NO_COLOR": "1"}, want: false},
		{terminal: true, env: map[string]string{"NO_COLOR": ""}, want: false},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("terminal=%v env=%v", tt.terminal, tt.env), func(t *testing.T) {
			got := cliRun{args: []string{"compare", "seeds"}, terminal: tt.terminal, env: tt.env}.run(t)
			if has := strings.Contains(got.stdout, "\x1b["); has != tt.want {
				t.Errorf("escape sequences in the table: want %v, got %v", tt.want, has)
			}
		})
	}
}

// The README shows the start of the seeds table between these markers.
const (
	readmeBegin = "<!-- begin seeds-table: written by go test ./cmd/crosscheck -update -->\n"
	readmeEnd   = "<!-- end seeds-table -->\n"
)

// readmeExcerpt checks that the README's excerpt of the seeds table is the
// real table: its rows up to the first variant (the conflicts), then its
// summary line. With -update it rewrites the excerpt. It runs in the
// module root (TestSeedsGolden changes there).
func readmeExcerpt(t *testing.T, table string) {
	t.Helper()
	lines := strings.Split(strings.TrimSuffix(table, "\n"), "\n")
	cut := len(lines) - 1
	for i, l := range lines {
		if strings.HasPrefix(l, "│ variant") || strings.HasPrefix(l, "│ agree") {
			cut = i - 1 // drop the separator above it too
			break
		}
	}
	excerpt := strings.Join(lines[:cut], "\n") + "\n"
	if cut < len(lines)-1 {
		excerpt += "…\n" + lines[len(lines)-1] + "\n"
	} else {
		excerpt += lines[len(lines)-1] + "\n"
	}
	want := readmeBegin + "```text\n" + excerpt + "```\n" + readmeEnd

	b, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	readme := string(b)
	i, j := strings.Index(readme, readmeBegin), strings.Index(readme, readmeEnd)
	if i < 0 || j < i {
		t.Fatalf("README.md lacks the seeds-table markers")
	}
	got := readme[i : j+len(readmeEnd)]
	if got == want {
		return
	}
	if *update {
		if err := os.WriteFile("README.md", []byte(readme[:i]+want+readme[j+len(readmeEnd):]), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	t.Errorf("the README's excerpt of the seeds table is not the real table (go test ./cmd/crosscheck -update rewrites it):\n%s", lineDiff(want, got))
}
