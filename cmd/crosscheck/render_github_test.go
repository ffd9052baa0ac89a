package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"crosscheck/claims"
	"crosscheck/claims/dates"
	"crosscheck/compare"
)

// harborCheck is a hand-built check, independent of the extractors: an
// accepted article and a new one that dates a harbor's reopening a day
// later and spells the mayor with an accent. The new article has accented
// letters before its claims, so byte and character columns differ.
type harborCheck struct {
	docs   []*claims.Document
	claims []claims.Claim
}

const (
	harborOld = "The port reopened on March 4, 2024, the mayor said.\nMayor Ines Moreau cut the ribbon.\n"
	harborNew = "Línea uno.\nThe café reopened on March 5, 2024, officials said.\nMayor Inès Moreau spoke.\n"
)

func newHarborCheck() *harborCheck {
	h := &harborCheck{docs: []*claims.Document{
		{ID: "new.txt", Path: "news/new.txt", Source: "Coast Daily", Published: dates.Partial{Year: 2024, Month: 3, Day: 6}, Text: harborNew},
		{ID: "old.txt", Path: "accepted/old.txt", Source: "Harbor Gazette", Published: dates.Partial{Year: 2024, Month: 3, Day: 5}, Text: harborOld},
	}}
	h.claim("new.txt#1", harborNew, "March 5, 2024", claims.Date)
	h.claim("new.txt#2", harborNew, "Inès Moreau", claims.Name)
	h.claim("old.txt#1", harborOld, "March 4, 2024", claims.Date)
	h.claim("old.txt#2", harborOld, "Ines Moreau", claims.Name)
	return h
}

// claim adds a claim for the first occurrence of span in text, with the
// byte line and column the extractors give.
func (h *harborCheck) claim(id, text, span string, kind claims.Kind) {
	start := strings.Index(text, span)
	line := 1 + strings.Count(text[:start], "\n")
	col := start - strings.LastIndexByte(text[:start], '\n')
	h.claims = append(h.claims, claims.Claim{ID: id, Doc: id[:strings.IndexByte(id, '#')], Kind: kind, Text: span,
		Line: line, Col: col, Start: start, End: start + len(span)})
}

func harborDateFinding() compare.Finding {
	return compare.Finding{ID: "F1", Verdict: compare.Conflict, Kind: claims.Date, Key: "date|opening|port vell",
		Topic: "date of the opening, Port Vell", Claims: []string{"new.txt#1", "old.txt#1"},
		Values: []compare.FindingValue{
			{Display: "March 5, 2024", Claims: []string{"new.txt#1"}, Sources: []string{"Coast Daily"}},
			{Display: "March 4, 2024", Claims: []string{"old.txt#1"}, Sources: []string{"Harbor Gazette"}},
		},
		Difference: "1 day"}
}

func harborNameFinding() compare.Finding {
	return compare.Finding{ID: "F2", Verdict: compare.Variant, Kind: claims.Name, Key: "name|person|ines moreau",
		Topic: "spelling of Inès Moreau", Claims: []string{"new.txt#2", "old.txt#2"},
		Values: []compare.FindingValue{
			{Display: "Inès Moreau", Claims: []string{"new.txt#2"}, Sources: []string{"Coast Daily"}},
			{Display: "Ines Moreau", Claims: []string{"old.txt#2"}, Sources: []string{"Harbor Gazette"}},
		}}
}

// result judges findings as the check of new.txt against old.txt would.
func (h *harborCheck) result(base *compare.Baseline, findings ...compare.Finding) *checkResult {
	r := &compare.Report{Version: compare.Version, Documents: h.docs, Claims: h.claims, Findings: findings}
	res := &checkResult{
		against: "accepted", levelName: "conflict", failLevel: compare.Conflict,
		report: r, docs: map[string]*claims.Document{}, claims: claimIndex(r),
		isNew: map[string]bool{"new.txt": true}, newDocs: []string{"new.txt"},
	}
	for _, d := range h.docs {
		res.docs[d.ID] = d
	}
	if base != nil {
		res.baselinePath = "accepted.json"
	}
	res.judge(base)
	return res
}

func renderCheck(t *testing.T, r checkRenderer, res *checkResult, vars map[string]string) string {
	t.Helper()
	var stdout, stderr bytes.Buffer
	e := &env{stdout: &stdout, stderr: &stderr, getenv: func(k string) string { return vars[k] },
		lookupEnv: func(k string) (string, bool) { v, ok := vars[k]; return v, ok }}
	if err := r(e, res); err != nil {
		t.Fatal(err)
	}
	if stderr.Len() > 0 {
		t.Errorf("stderr: %s", stderr.String())
	}
	return stdout.String()
}

// TestGitHubAnnotations checks the workflow commands written out by hand:
// the new article's path, its line, its column in characters ("café"
// and "Línea" hold two-byte letters), properties escaped.
func TestGitHubAnnotations(t *testing.T) {
	h := newHarborCheck()
	got := renderCheck(t, renderCheckGitHub, h.result(nil, harborDateFinding(), harborNameFinding()), nil)
	want := `::error file=news/new.txt,line=2,col=22,title=crosscheck conflict%3A date of the opening%2C Port Vell::"March 5, 2024" here conflicts with "March 4, 2024" in old.txt:1 (Harbor Gazette). Difference: 1 day.
::warning file=news/new.txt,line=3,col=7,title=crosscheck variant%3A spelling of Inès Moreau::"Inès Moreau" here differs from "Ines Moreau" in old.txt:2 (Harbor Gazette).
`
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("annotations (-want +got):\n%s", diff)
	}
}

func TestGitHubAcceptedNotAnnotated(t *testing.T) {
	h := newHarborCheck()
	base := compare.NewBaseline(&compare.Report{Claims: h.claims}, []compare.Finding{harborDateFinding()})
	got := renderCheck(t, renderCheckGitHub, h.result(base, harborDateFinding(), harborNameFinding()), nil)
	if strings.Contains(got, "::error") || !strings.HasPrefix(got, "::warning ") || strings.Count(got, "\n") != 1 {
		t.Errorf("want the variant's warning alone, got:\n%s", got)
	}
}

// TestGitHubLimit: GitHub shows 10 annotations of each level; the rest
// are counted on a final notice.
func TestGitHubLimit(t *testing.T) {
	h := newHarborCheck()
	var fs []compare.Finding
	for i := range 12 {
		f := harborDateFinding()
		f.ID, f.Topic = fmt.Sprintf("F%d", i+1), fmt.Sprintf("date of event %d", i+1)
		fs = append(fs, f)
	}
	for i := range 11 {
		f := harborNameFinding()
		f.ID, f.Topic = fmt.Sprintf("F%d", i+13), fmt.Sprintf("spelling %d", i+1)
		fs = append(fs, f)
	}
	t.Run("no job summary", func(t *testing.T) {
		got := renderCheck(t, renderCheckGitHub, h.result(nil, fs...), nil)
		lines := strings.Split(strings.TrimSuffix(got, "\n"), "\n")
		if n := len(lines); n != 21 {
			t.Fatalf("%d lines, want 10 errors, 10 warnings and a notice:\n%s", n, got)
		}
		for i, l := range lines[:20] {
			want := "::error "
			if i >= 10 {
				want = "::warning "
			}
			if !strings.HasPrefix(l, want) {
				t.Errorf("line %d = %.40q, want %q…", i+1, l, want)
			}
		}
		want := "::notice title=crosscheck::2 more errors and 1 more warning not annotated (GitHub shows 10 of each); run crosscheck check with --format text to list them all"
		if lines[20] != want {
			t.Errorf("last line:\n got %s\nwant %s", lines[20], want)
		}
	})
	t.Run("job summary", func(t *testing.T) {
		summary := filepath.Join(t.TempDir(), "summary.md")
		got := renderCheck(t, renderCheckGitHub, h.result(nil, fs...), map[string]string{"GITHUB_STEP_SUMMARY": summary})
		if !strings.HasSuffix(got, "not annotated (GitHub shows 10 of each); the job summary lists them all\n") {
			t.Errorf("the notice does not point at the job summary:\n%s", got)
		}
		b, err := os.ReadFile(summary)
		if err != nil {
			t.Fatal(err)
		}
		if n := strings.Count(string(b), "### F"); n != 23 {
			t.Errorf("the job summary shows %d findings, want all 23", n)
		}
	})
}

func TestGitHubCommand(t *testing.T) {
	tests := []struct {
		name    string
		level   string
		props   [][2]string
		message string
		want    string
	}{
		{"plain", "error", [][2]string{{"file", "a.txt"}, {"line", "3"}}, "bad", "::error file=a.txt,line=3::bad\n"},
		{"no properties", "notice", nil, "done", "::notice::done\n"},
		{"data escapes", "warning", [][2]string{{"title", "t"}}, "50% of\r\nvotes: a, b",
			"::warning title=t::50%25 of%0D%0Avotes: a, b\n"},
		{"property escapes", "error", [][2]string{{"file", "dir,x/a:b.txt"}, {"title", "100%\nsure"}}, "m",
			"::error file=dir%2Cx/a%3Ab.txt,title=100%25%0Asure::m\n"},
		{"an escape in the text is escaped once", "error", [][2]string{{"title", "%3A"}}, "%0A", "::error title=%253A::%250A\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := githubCommand(tt.level, tt.props, tt.message); got != tt.want {
				t.Errorf("githubCommand:\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestCharPosition(t *testing.T) {
	text := "Línea uno.\nThe café reopened.\n\n€5 fee"
	tests := []struct {
		name      string
		off       int
		line, col int
	}{
		{"start", 0, 1, 1},
		{"after a two-byte letter", strings.Index(text, "nea"), 1, 3},
		{"start of line 2", strings.Index(text, "The"), 2, 1},
		{"after café", strings.Index(text, " reopened"), 2, 9},
		{"the empty line", strings.Index(text, "\n\n") + 1, 3, 1},
		{"after a three-byte sign", strings.Index(text, "5 fee"), 4, 2},
		{"end of text", len(text), 4, 7},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			line, col := charPosition(text, tt.off)
			if line != tt.line || col != tt.col {
				t.Errorf("charPosition(%d) = %d:%d, want %d:%d", tt.off, line, col, tt.line, tt.col)
			}
		})
	}
}

func TestDisplayPath(t *testing.T) {
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ in, want string }{
		{"news/a.txt", "news/a.txt"},
		{"./news//a.txt", "news/a.txt"},
		{filepath.Join(wd, "news", "a.txt"), "news/a.txt"},
		{filepath.Join(filepath.Dir(wd), "b.txt"), filepath.ToSlash(filepath.Join(filepath.Dir(wd), "b.txt"))},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := displayPath(tt.in); got != tt.want {
				t.Errorf("displayPath(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
