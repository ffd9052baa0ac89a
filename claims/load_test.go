package claims

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"crosscheck/claims/dates"
)

// writeTree creates files (path → content) under dir.
func writeTree(t *testing.T, dir string, files map[string]string) {
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

// docView is what a test checks of a loaded Document.
type docView struct {
	ID, Path, Source, Published, Lang string
}

func viewDocs(docs []*Document) []docView {
	out := []docView{}
	for _, d := range docs {
		out = append(out, docView{d.ID, filepath.ToSlash(d.Path), d.Source, d.Published.String(), d.Lang})
	}
	return out
}

func viewErrs(errs []error) []string {
	out := []string{}
	for _, e := range errs {
		out = append(out, filepath.ToSlash(e.Error()))
	}
	return out
}

const article = "Officials met on Tuesday.\nThey agreed to meet again next week.\n"

func TestLoad(t *testing.T) {
	tests := []struct {
		name     string
		files    map[string]string
		paths    []string
		opts     LoadOptions
		stdin    string
		wantDocs []docView
		wantErrs []string
	}{
		{
			name: "folder with sources.yaml",
			files: map[string]string{
				"news/a.txt": article,
				"news/b.md":  article,
				"news/c.TXT": article,
				"news/sources.yaml": "a.txt:\n  source: Wire One\n  published: 2024-03-05\n  lang: en\n" +
					"b.md:\n  source: Daily Two\n  published: 2024-03\n",
				"news/notes.pdf":   "skipped: not an article",
				"news/.hidden.txt": article,
				"news/sub/d.txt":   article,
			},
			paths: []string{"news"},
			wantDocs: []docView{
				{"a.txt", "news/a.txt", "Wire One", "2024-03-05", "en"},
				{"b.md", "news/b.md", "Daily Two", "2024-03", ""},
				{"c.TXT", "news/c.TXT", "", "", ""},
			},
			wantErrs: []string{},
		},
		{
			name: "recursive reads sub-folders with their own sources.yaml",
			files: map[string]string{
				"news/a.txt":             article,
				"news/sub/d.txt":         article,
				"news/sub/sources.yaml":  "d.txt: {source: Sub Wire, published: 2022-12-31}\n",
				"news/.git/x.txt":        article,
				"news/sub/deeper/e.md":   article,
				"news/sub/deeper/f.json": "{}",
			},
			paths: []string{"news"},
			opts:  LoadOptions{Recursive: true},
			wantDocs: []docView{
				{"a.txt", "news/a.txt", "", "", ""},
				{"d.txt", "news/sub/d.txt", "Sub Wire", "2022-12-31", ""},
				{"e.md", "news/sub/deeper/e.md", "", "", ""},
			},
			wantErrs: []string{},
		},
		{
			name: "front matter wins over sources.yaml",
			files: map[string]string{
				"news/a.md": "---\ntitle: Talks resume\nsource: Front Wire\ndate: 2024-02-01T09:30:00Z\n---\n" + article,
				"news/b.md": "---\npublished: 2024-02-02\ndate: 2023-01-01\n---\n" + article,
				"news/sources.yaml": "a.md:\n  source: Yaml Wire\n  published: 2020-01-01\n  lang: en\n" +
					"b.md:\n  source: Yaml Wire\n",
			},
			paths: []string{"news"},
			wantDocs: []docView{
				{"a.md", "news/a.md", "Front Wire", "2024-02-01", "en"},
				{"b.md", "news/b.md", "Yaml Wire", "2024-02-02", ""},
			},
			wantErrs: []string{},
		},
		{
			name: "flags override for named files only",
			files: map[string]string{
				"news/a.txt":        "---\nsource: Front Wire\n---\n" + article,
				"news/b.txt":        article,
				"news/sources.yaml": "a.txt: {published: 2020-01-01, lang: es}\nb.txt: {source: Yaml Wire}\n",
				"other/c.txt":       article,
			},
			paths: []string{"news/a.txt", "other"},
			opts:  LoadOptions{Source: "Flag Wire", Published: dates.Partial{Year: 2024, Month: 5, Day: 6}},
			wantDocs: []docView{
				{"a.txt", "news/a.txt", "Flag Wire", "2024-05-06", "es"},
				{"c.txt", "other/c.txt", "", "", ""},
			},
			wantErrs: []string{},
		},
		{
			name: "same base name in two folders",
			files: map[string]string{
				"2023/jan/report.txt": article,
				"2024/jan/report.txt": article,
				"2024/feb/report.txt": article,
				"2024/feb/other.txt":  article,
			},
			paths: []string{"2024/jan", "2024/feb", "2023/jan"},
			wantDocs: []docView{
				// Two parents are needed to tell the three apart, so all
				// three get two.
				{"2023/jan/report.txt", "2023/jan/report.txt", "", "", ""},
				{"2024/feb/report.txt", "2024/feb/report.txt", "", "", ""},
				{"2024/jan/report.txt", "2024/jan/report.txt", "", "", ""},
				{"other.txt", "2024/feb/other.txt", "", "", ""},
			},
			wantErrs: []string{},
		},
		{
			name:  "a file named twice is loaded once, as named",
			files: map[string]string{"news/a.txt": article},
			paths: []string{"news", "./news/a.txt", "news/../news/a.txt"},
			opts:  LoadOptions{Source: "Flag Wire"},
			wantDocs: []docView{
				{"a.txt", "news/a.txt", "Flag Wire", "", ""},
			},
			wantErrs: []string{},
		},
		{
			name: "bad files are reported and the rest loaded",
			files: map[string]string{
				"news/good.txt":     article,
				"news/empty.txt":    "",
				"news/blank.md":     " \n\t\n",
				"news/binary.txt":   "Officials met\non\x00 Tuesday.",
				"news/latin1.txt":   "The mayor of Bogot\xe1 spoke.",
				"news/utf16.txt":    "\xff\xfeO\x00",
				"news/unclosed.md":  "---\nsource: X\n" + article,
				"news/badfront.md":  "---\nsource: X\npublished: 2024-13-01\n---\n" + article,
				"news/listfront.md": "---\n- a\n- b\n---\n" + article,
				"news/onlyfront.md": "---\nsource: X\n---\n",
				"notes.pdf":         "%PDF",
				"empty":             "",
			},
			paths: []string{"news", "notes.pdf", "missing.txt", "missing"},
			wantDocs: []docView{
				{"good.txt", "news/good.txt", "", "", ""},
			},
			wantErrs: []string{
				"missing: no such file or directory",
				"missing.txt: no such file or directory",
				"news/badfront.md:3:12: published: date \"2024-13-01\" has no month 13",
				"news/binary.txt:2:3: NUL byte: this is a binary file, not text",
				"news/blank.md: no text",
				"news/empty.txt: empty file",
				"news/latin1.txt:1:19: not UTF-8 text (byte 0xe1): save the file as UTF-8",
				"news/listfront.md:2:1: front matter is not a mapping of fields (source:, published:, lang:)",
				"news/onlyfront.md: no text",
				"news/unclosed.md:1:1: front matter is not closed: no --- line after the opening one",
				"news/utf16.txt: UTF-16 text: save the file as UTF-8",
				"notes.pdf: not an article: crosscheck reads .txt and .md files",
			},
		},
		{
			name: "empty folder",
			files: map[string]string{
				"empty/readme.rst": "x",
			},
			paths:    []string{"empty"},
			wantDocs: []docView{},
			wantErrs: []string{"empty: no .txt or .md articles in this folder"},
		},
		{
			name: "malformed sources.yaml skips the folder",
			files: map[string]string{
				"news/a.txt":        article,
				"news/sources.yaml": "a.txt:\n  source: X\n   published: 2024-01-01\n",
				"other/b.txt":       article,
			},
			paths: []string{"news", "other"},
			wantDocs: []docView{
				{"b.txt", "other/b.txt", "", "", ""},
			},
			wantErrs: []string{
				"news/sources.yaml:3: malformed YAML: mapping values are not allowed in this context; the folder's articles were not read",
			},
		},
		{
			name: "a bad sources.yaml entry skips only its article",
			files: map[string]string{
				"news/a.txt": article,
				"news/b.txt": article,
				"news/c.txt": article,
				"news/d.txt": article,
				"news/sources.yaml": "a.txt:\n  source: A\n  published: 29/09/2023\n" +
					"b.txt:\n  source: B\n  publisher: B Corp\n" +
					"c.txt: just a string\n" +
					"d.txt:\n  source: D\n",
			},
			paths: []string{"news"},
			wantDocs: []docView{
				{"d.txt", "news/d.txt", "D", "", ""},
			},
			wantErrs: []string{
				"news/sources.yaml:3:14: a.txt: published: date \"29/09/2023\" is not YYYY-MM-DD, YYYY-MM or YYYY",
				"news/sources.yaml:6:3: b.txt: unknown field \"publisher\" (want source, published or lang)",
				"news/sources.yaml:7:8: c.txt: want a mapping of source:, published:, lang:",
			},
		},
		{
			name:  "stdin JSON Lines",
			files: map[string]string{"news/a.txt": article},
			paths: []string{"-", "news"},
			stdin: `{"id": "w1", "text": "Talks began on Monday.", "source": "Wire", "published": "2024-04-02", "lang": "en", "url": "ignored"}` + "\n" +
				"\n" +
				`{"text": "No id here.", "published": "2024-04"}` + "\r\n" +
				`{"id": "w1", "text": "Same id again."}` + "\n" +
				`{"id": "w3", "text": ""}` + "\n" +
				`{"id": "w4", "text": "Bad date.", "published": "April 2"}` + "\n" +
				`{"id": "w5", "text": 5}` + "\n" +
				`{"id": "w6", "text": "cut` + "\n" +
				`["not", "an", "object"]` + "\n" +
				`{"id": "a.txt", "text": "Clashes with a file."}` + "\n" +
				`{"id": "w9", "text": "Last line without a newline."}`,
			wantDocs: []docView{
				{"a.txt", "news/a.txt", "", "", ""},
				{"stdin-3", "-", "", "2024-04", ""},
				{"w1", "-", "Wire", "2024-04-02", "en"},
				{"w9", "-", "", "", ""},
			},
			wantErrs: []string{
				"<stdin>:4: id \"w1\" is already used on line 1",
				"<stdin>:5: document \"w3\" has no text",
				"<stdin>:6:48: document \"w4\": published: date \"April 2\" is not YYYY-MM-DD, YYYY-MM or YYYY",
				"<stdin>:7:22: field \"text\": want a string, got number",
				"<stdin>:8:26: malformed JSON: the line ends before the object does",
				"<stdin>:9:1: want a JSON object {\"id\", \"text\", \"source\", \"published\", \"lang\"}",
				"<stdin>:10: id \"a.txt\" is already the id of news/a.txt",
			},
		},
		{
			name:     "empty stdin",
			paths:    []string{"-"},
			stdin:    "\n  \n",
			wantDocs: []docView{},
			wantErrs: []string{"<stdin>: no JSON Lines documents on standard input"},
		},
		{
			name:     "stdin named twice",
			paths:    []string{"-", "-"},
			stdin:    `{"id": "x", "text": "One."}`,
			opts:     LoadOptions{Source: "Flag Wire", Lang: "en"},
			wantDocs: []docView{{"x", "-", "Flag Wire", "", "en"}},
			wantErrs: []string{`<stdin>: standard input ("-") named more than once`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			writeTree(t, dir, tt.files)
			t.Chdir(dir)
			opts := tt.opts
			opts.Stdin = strings.NewReader(tt.stdin)
			docs, errs := Load(tt.paths, opts)
			if diff := cmp.Diff(tt.wantDocs, viewDocs(docs)); diff != "" {
				t.Errorf("documents (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.wantErrs, viewErrs(errs)); diff != "" {
				t.Errorf("errors (-want +got):\n%s", diff)
			}
		})
	}
}

// TestLoadKeepsOffsets checks that front matter and a byte-order mark are
// blanked, not cut: the text keeps the file's length, and each line of the
// article stays on its line.
func TestLoadKeepsOffsets(t *testing.T) {
	file := "\ufeff---\nsource: Wire\npublished: 2024-02-01\n---\nHeadline\nThe talks ended on Friday.\n"
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"a.md": file})
	docs, errs := Load([]string{filepath.Join(dir, "a.md")}, LoadOptions{})
	if len(errs) != 0 || len(docs) != 1 {
		t.Fatalf("Load: %d docs, errors %v; want 1 doc, no errors", len(docs), errs)
	}
	got := docs[0].Text
	want := "   " + "   \n" + strings.Repeat(" ", len("source: Wire")) + "\n" +
		strings.Repeat(" ", len("published: 2024-02-01")) + "\n" + "   \n" +
		"Headline\nThe talks ended on Friday.\n"
	if got != want {
		t.Errorf("text:\nwant %q\ngot  %q", want, got)
	}
	if i := strings.Index(got, "Friday"); i != strings.Index(file, "Friday") {
		t.Errorf("offset of Friday: want %d, got %d", strings.Index(file, "Friday"), i)
	}
}

// TestLoadSeeds loads the project's seed folder, whose sources.yaml gives
// one article a publication date known only to the month.
func TestLoadSeeds(t *testing.T) {
	docs, errs := Load([]string{"../seeds"}, LoadOptions{})
	if len(errs) != 0 {
		t.Fatalf("Load(seeds): errors %v", errs)
	}
	want := []docView{
		{"000_ff9ad0c4a8707ad3.txt", "../seeds/000_ff9ad0c4a8707ad3.txt", "VNA", "2023-09-30", "en"},
		{"001_89d75a031822f302.txt", "../seeds/001_89d75a031822f302.txt", "AP", "2023-09-29", "en"},
		{"002_a1306538fd826ee3.txt", "../seeds/002_a1306538fd826ee3.txt", "unknown (AI-generated content)", "2023-12-29", "en"},
		{"003_fb23887eda5e30c9.txt", "../seeds/003_fb23887eda5e30c9.txt", "EFE", "2024-01-27", "en"},
		{"004_fc8b3d3488a0d569.txt", "../seeds/004_fc8b3d3488a0d569.txt", "Prensa Latina", "2024-01", "en"},
	}
	if diff := cmp.Diff(want, viewDocs(docs)); diff != "" {
		t.Errorf("documents (-want +got):\n%s", diff)
	}
}

// TestLoadPathOrder checks that the order of the paths does not change the
// documents or the errors.
func TestLoadPathOrder(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"a/x.txt": article, "b/x.txt": article, "b/y.md": article, "c/z.txt": "",
		"a/sources.yaml": "x.txt: {source: A}\n", "b/sources.yaml": "y.md: {published: 2024-1-1}\n",
	})
	t.Chdir(dir)
	paths := []string{"a", "b/x.txt", "b", "c", "nope"}
	docs, errs := Load(paths, LoadOptions{})
	for _, order := range [][]string{
		{"nope", "c", "b", "b/x.txt", "a"},
		{"b", "nope", "a", "c", "b/x.txt"},
	} {
		d2, e2 := Load(order, LoadOptions{})
		if diff := cmp.Diff(viewDocs(docs), viewDocs(d2)); diff != "" {
			t.Errorf("documents for %v (-%v +order):\n%s", order, paths, diff)
		}
		if diff := cmp.Diff(viewErrs(errs), viewErrs(e2)); diff != "" {
			t.Errorf("errors for %v (-%v +order):\n%s", order, paths, diff)
		}
	}
}

func TestLoadErrorWithPosition(t *testing.T) {
	tests := []struct {
		name string
		err  *LoadError
		want string
	}{
		{
			name: "column",
			err:  &LoadError{Path: "s.yaml", Line: 4, Col: 14, Reason: "bad date", Context: "  published: 2023-13-30"},
			want: "s.yaml:4:14: bad date\n   |\n 4 |   published: 2023-13-30\n   |              ^",
		},
		{
			name: "line only",
			err:  &LoadError{Path: "s.yaml", Line: 12, Reason: "malformed YAML", Context: "a: b: c"},
			want: "s.yaml:12: malformed YAML\n    |\n 12 | a: b: c\n    |",
		},
		{
			name: "caret counts characters, not bytes",
			err:  &LoadError{Path: "a.txt", Line: 1, Col: 8, Reason: "x", Context: "Bogotá\x00 y"},
			want: "a.txt:1:8: x\n   |\n 1 | Bogotá\uFFFD y\n   |       ^",
		},
		{
			name: "no line",
			err:  &LoadError{Path: "a.txt", Reason: "empty file"},
			want: "a.txt: empty file",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.err.ErrorWithPosition(); got != tt.want {
				t.Errorf("want\n%s\ngot\n%s", tt.want, got)
			}
		})
	}
}

// BenchmarkLoad reads the seed folder: sources.yaml, five articles, their
// checks and IDs. Reading is a small part of a run; this keeps it so.
func BenchmarkLoad(b *testing.B) {
	docs, errs := Load([]string{"../seeds"}, LoadOptions{})
	if len(errs) > 0 {
		b.Fatal(errs)
	}
	size := 0
	for _, d := range docs {
		size += len(d.Text)
	}
	b.SetBytes(int64(size))
	for b.Loop() {
		Load([]string{"../seeds"}, LoadOptions{})
	}
}

// BenchmarkParseJSONL reads JSON Lines documents as "-" does.
func BenchmarkParseJSONL(b *testing.B) {
	var sb strings.Builder
	for i := range 200 {
		fmt.Fprintf(&sb, `{"id": "d%d", "text": %q, "source": "Wire", "published": "2024-03-01"}`+"\n", i, strings.Repeat(article, 20))
	}
	input := sb.String()
	b.SetBytes(int64(len(input)))
	for b.Loop() {
		if _, errs := parseJSONL(strings.NewReader(input)); len(errs) > 0 {
			b.Fatal(errs)
		}
	}
}
