package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeFiles creates files (path → content) under dir.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// oneArticle is a corpus of a single article: nothing to conflict with.
var oneArticle = map[string]string{
	"news/a.txt":        "Harbour talks resumed on Monday in Valparaiso.\nThe delegations met for three hours.\n",
	"news/sources.yaml": "a.txt: {source: Coast Wire, published: 2024-05-08, lang: en}\n",
}

// TestExitCodes runs the CLI in process for every way a run can end.
// Exit codes: 0 no conflict, 1 conflicts found, 2 the run failed or an
// input did not load.
func TestExitCodes(t *testing.T) {
	tests := []struct {
		name       string
		args       []string
		stdin      string
		files      map[string]string
		want       int
		wantStdout []string // substrings
		wantStderr []string
	}{
		{name: "no command", args: nil, want: 2, wantStderr: []string{"Commands:"}},
		{name: "help for an unknown command", args: []string{"help", "frobnicate"}, want: 2, wantStderr: []string{`unknown command "frobnicate"`}},
		{name: "help", args: []string{"help"}, want: 0, wantStdout: []string{"compare", "claims", "eval"}},
		{name: "help compare", args: []string{"help", "compare"}, want: 0, wantStdout: []string{"Usage: crosscheck compare", "Example:"}},
		{name: "unknown command", args: []string{"frobnicate"}, want: 2, wantStderr: []string{`unknown command "frobnicate"`}},
		{name: "compare -help", args: []string{"compare", "-help"}, want: 0, wantStdout: []string{"Usage: crosscheck compare", "Example:\n  crosscheck compare seeds"}},
		{name: "claims --help", args: []string{"claims", "--help"}, want: 0, wantStdout: []string{"Usage: crosscheck claims", "Example:"}},
		{name: "eval -help", args: []string{"eval", "-help"}, want: 0},
		{name: "compare one article", args: []string{"compare", "news"}, files: oneArticle, want: 0,
			wantStdout: []string{"1 article"}},
		{name: "flags after the paths", args: []string{"compare", "news", "--format", "json"}, files: oneArticle, want: 0,
			wantStdout: []string{`"version": 1`}},
		{name: "bad flag", args: []string{"compare", "--colour", "news"}, files: oneArticle, want: 2,
			wantStderr: []string{"flag provided but not defined: -colour", "crosscheck compare -help"}},
		{name: "unknown format", args: []string{"compare", "--format", "yaml", "news"}, files: oneArticle, want: 2,
			wantStderr: []string{`unknown format "yaml"`}},
		{name: "bad --published", args: []string{"compare", "--published", "yesterday", "news/a.txt"}, files: oneArticle, want: 2,
			wantStderr: []string{`invalid value "yesterday" for flag -published`}},
		{name: "--source with only folders", args: []string{"compare", "--source", "X", "news"}, files: oneArticle, want: 2,
			wantStderr: []string{"apply to files named on the command line"}},
		{name: "no paths", args: []string{"compare"}, want: 2, wantStderr: []string{"no articles named"}},
		{name: "missing path", args: []string{"compare", "news", "nope.txt"}, files: oneArticle, want: 2,
			wantStdout: []string{"1 article"},
			wantStderr: []string{"crosscheck: nope.txt: no such file or directory", "1 input could not be loaded; the output covers the 1 article that could"}},
		{name: "bad file among good ones", args: []string{"compare", "news"},
			files: map[string]string{
				"news/a.txt": oneArticle["news/a.txt"], "news/b.txt": "Harbour talks\x00",
				"news/sources.yaml": "a.txt: {published: 2024-05-08}\nb.txt: {published: 2024-05-09}\n",
			},
			want: 2, wantStdout: []string{"1 article"},
			wantStderr: []string{"news/b.txt:1:14: NUL byte", "1 input could not be loaded"}},
		{name: "malformed sources.yaml shows the line", args: []string{"claims", "news"},
			files: map[string]string{"news/a.txt": oneArticle["news/a.txt"], "news/sources.yaml": "a.txt:\n  published: 2024-02-30\n"},
			want:  2,
			wantStderr: []string{
				"news/sources.yaml:2:14: a.txt: published: date \"2024-02-30\" has no day 30\n   |\n 2 |   published: 2024-02-30\n   |              ^\n",
			}},
		{name: "claims of stdin JSON Lines", args: []string{"claims", "--format", "jsonl", "-"},
			stdin: `{"id": "w1", "text": "The ferry left on Friday.", "source": "Wire", "published": "2024-05-08"}` + "\n",
			want:  0, wantStdout: []string{`{"type":"report","version":1}`, `{"type":"document","id":"w1","path":"-","source":"Wire","published":"2024-05-08"`}},
		{name: "bad stdin line", args: []string{"claims", "-"},
			stdin: `{"id": "w1", "text": "The ferry left on Friday."}` + "\n" + `{"id": "w2", "text": }` + "\n",
			want:  2, wantStderr: []string{"<stdin>:2:22: malformed JSON"}},
		{name: "claims unknown format", args: []string{"claims", "--format", "markdown", "news"}, files: oneArticle, want: 2,
			wantStderr: []string{`unknown format "markdown" (want json, jsonl, table)`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			writeFiles(t, dir, tt.files)
			t.Chdir(dir)
			got := cliRun{args: tt.args, stdin: tt.stdin}.run(t)
			if got.code != tt.want {
				t.Errorf("exit code: want %d, got %d\nstdout:\n%s\nstderr:\n%s", tt.want, got.code, got.stdout, got.stderr)
			}
			for _, s := range tt.wantStdout {
				if !strings.Contains(got.stdout, s) {
					t.Errorf("stdout lacks %q:\n%s", s, got.stdout)
				}
			}
			for _, s := range tt.wantStderr {
				if !strings.Contains(got.stderr, s) {
					t.Errorf("stderr lacks %q:\n%s", s, got.stderr)
				}
			}
		})
	}
}
