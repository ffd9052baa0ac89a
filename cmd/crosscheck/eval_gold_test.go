package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The eval tests run the whole pipeline, so they pass only when the
// extractors (claims/dates, claims/quantity, claims/people),
// compare.Reconcile and the gold scorer (compare/gold) find what the gold
// files require.

// TestEvalSeeds is issue 2's acceptance test: eval seeds/expected.yaml
// finds the seven required findings with no false conflict.
func TestEvalSeeds(t *testing.T) {
	t.Chdir(repoRoot)
	got := cliRun{args: []string{"eval", "seeds/expected.yaml"}}.run(t)
	if got.code != exitOK {
		t.Errorf("eval seeds/expected.yaml: want exit 0, got %d\nstdout:\n%s\nstderr:\n%s", got.code, got.stdout, got.stderr)
	}
}

// TestEvalSeedsRenamed runs the same gold on a copy of the seeds under
// other file names (sorting in the opposite order), with sources.yaml and
// the gold rewritten to match: nothing may depend on the names.
func TestEvalSeedsRenamed(t *testing.T) {
	dir := t.TempDir()
	renames := map[string]string{}
	for i, f := range seedFiles {
		renames[filepath.Base(f)] = string(rune('e'-i)) + "-article.txt" // 000 → e-article.txt … 004 → a-article.txt
	}
	rewrite := func(s string) string {
		for from, to := range renames {
			s = strings.ReplaceAll(s, from, to)
		}
		return s
	}
	for from, to := range renames {
		copyFile(t, filepath.Join(repoRoot, "seeds", from), filepath.Join(dir, to), nil)
	}
	copyFile(t, filepath.Join(repoRoot, "seeds", "sources.yaml"), filepath.Join(dir, "sources.yaml"), rewrite)
	copyFile(t, filepath.Join(repoRoot, "seeds", "expected.yaml"), filepath.Join(dir, "gold.yaml"), rewrite)

	got := cliRun{args: []string{"eval", filepath.Join(dir, "gold.yaml")}}.run(t)
	if got.code != exitOK {
		t.Errorf("eval on the renamed seeds: want exit 0, got %d\nstdout:\n%s\nstderr:\n%s", got.code, got.stdout, got.stderr)
	}
}

// TestEvalCorpora runs every gold file under testdata/corpus: small
// corpora written for these tests, to show the tool is not tuned to the
// seeds.
func TestEvalCorpora(t *testing.T) {
	golds, err := filepath.Glob(filepath.Join(repoRoot, "testdata", "corpus", "*", "gold.yaml"))
	if err != nil || len(golds) == 0 {
		t.Fatalf("no gold files under testdata/corpus (%v)", err)
	}
	for _, g := range golds {
		t.Run(filepath.Base(filepath.Dir(g)), func(t *testing.T) {
			got := cliRun{args: []string{"eval", g}}.run(t)
			if got.code != exitOK {
				t.Errorf("eval %s: want exit 0, got %d\nstdout:\n%s\nstderr:\n%s", g, got.code, got.stdout, got.stderr)
			}
		})
	}
}

// TestEvalExitCodes checks the exit codes of eval on gold files that fail
// or are malformed.
func TestEvalExitCodes(t *testing.T) {
	article := "Harbour talks resumed on Monday in Valparaiso.\n"
	tests := []struct {
		name       string
		files      map[string]string
		args       []string
		want       int
		wantStderr string
	}{
		{
			name: "a required conflict is missed",
			files: map[string]string{
				"c/a.txt": article, "c/b.txt": article,
				"c/sources.yaml": "a.txt: {published: 2024-05-08}\nb.txt: {published: 2024-05-08}\n",
				"c/gold.yaml": "corpus: .\ncomplete: true\nfindings:\n" +
					"  - id: invented\n    verdict: conflict\n    kind: quantity\n    claims:\n" +
					"      - {doc: a.txt, value: 3 km}\n      - {doc: b.txt, value: 5 km}\n",
			},
			args: []string{"eval", "c/gold.yaml"},
			want: exitFindings,
		},
		{
			name:       "gold file missing",
			args:       []string{"eval", "nope.yaml"},
			want:       exitFailed,
			wantStderr: "nope.yaml",
		},
		{
			name:       "malformed gold",
			files:      map[string]string{"c/a.txt": article, "c/gold.yaml": "corpus: .\nfindings:\n  - id: x\n   verdict: conflict\n"},
			args:       []string{"eval", "c/gold.yaml"},
			want:       exitFailed,
			wantStderr: "c/gold.yaml",
		},
		{
			name:       "no gold file named",
			args:       []string{"eval"},
			want:       exitFailed,
			wantStderr: "Usage: crosscheck eval",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			writeFiles(t, dir, tt.files)
			t.Chdir(dir)
			got := cliRun{args: tt.args}.run(t)
			if got.code != tt.want {
				t.Errorf("exit code: want %d, got %d\nstdout:\n%s\nstderr:\n%s", tt.want, got.code, got.stdout, got.stderr)
			}
			if !strings.Contains(got.stderr, tt.wantStderr) {
				t.Errorf("stderr lacks %q:\n%s", tt.wantStderr, got.stderr)
			}
		})
	}
}

// copyFile copies from to to, through edit when it is not nil.
func copyFile(t *testing.T, from, to string, edit func(string) string) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	if edit != nil {
		s = edit(s)
	}
	if err := os.WriteFile(to, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
}
