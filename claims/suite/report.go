package suite

import (
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"crosscheck/claims"
	"crosscheck/claims/dates"
	"crosscheck/claims/quantity"
)

// A Report is the outcome of running the extractors on suites.
type Report struct {
	// Suites in the order they first appear; Files likewise, one per
	// file read (a file may hold several suites).
	Suites []*Score
	Files  []*Score
}

// Run extracts every case with claims.Extract and scores it. Cases are
// scored in order and nothing depends on map order, so reports are
// deterministic.
func Run(cases []Case) *Report { return RunWith(cases, claims.Extract) }

// RunWith is Run with another extraction function (tests score a fixed
// set of claims with it).
func RunWith(cases []Case, extract func(*claims.Document) []claims.Claim) *Report {
	r := &Report{}
	suites := map[string]*Score{}
	files := map[string]*Score{}
	for i := range cases {
		c := &cases[i]
		s := suites[c.Suite]
		if s == nil {
			// A suite belongs to the file of its first case.
			s = &Score{Name: c.Suite, file: c.File}
			suites[c.Suite] = s
			r.Suites = append(r.Suites, s)
		}
		if files[c.File] == nil {
			files[c.File] = &Score{Name: c.File}
			r.Files = append(r.Files, files[c.File])
		}
		scoreCase(c, s, extract)
	}
	for _, s := range r.Suites {
		files[s.file].add(s)
	}
	return r
}

// A Target is a figure the extractors must reach.
type Target struct {
	Name   string // a suite or a file
	Metric string // "span F1", "value F1" or "news value accuracy"
	Min    float64
}

// Targets are issue 3's goals.
var Targets = []Target{
	{"dimension_length", "value F1", 0.95},
	{"numberrange", "value F1", 0.90},
	{"quantulum3_en", "value F1", 0.85},
	{"tbaq_timebank", "span F1", 0.90},
	{"tbaq_timebank", "value F1", 0.85},
	{"tbaq_aquaint", "span F1", 0.90},
	{"tbaq_aquaint", "value F1", 0.85},
	{"datetime", "news value accuracy", 0.90},
	{"duckling_en", "news value accuracy", 0.90},
}

// A TargetResult is a target with the figure reached.
type TargetResult struct {
	Target
	Got float64
	Met bool
}

// score finds a suite, or else a file, by name.
func (r *Report) score(name string) *Score {
	for _, s := range r.Suites {
		if s.Name == name {
			return s
		}
	}
	for _, s := range r.Files {
		if s.Name == name {
			return s
		}
	}
	return nil
}

// TargetResults checks the targets whose suite or file was run.
func (r *Report) TargetResults() []TargetResult {
	var out []TargetResult
	for _, t := range Targets {
		s := r.score(t.Name)
		if s == nil {
			continue
		}
		var got float64
		switch t.Metric {
		case "span F1":
			got = s.SpanF1()
		case "value F1":
			got = s.ValueF1()
		case "news value accuracy":
			got = s.NewsAccuracy()
		}
		out = append(out, TargetResult{t, got, !math.IsNaN(got) && got >= t.Min})
	}
	return out
}

func fmtRatio(v float64) string {
	if math.IsNaN(v) {
		return "-"
	}
	return strconv.FormatFloat(v, 'f', 3, 64)
}

// WriteTable prints one row per suite, then a row per file that holds
// several suites, the news-style date subsets and the targets.
func (r *Report) WriteTable(w io.Writer) error {
	rows := append([]*Score(nil), r.Suites...)
	for _, f := range r.Files {
		if n := r.suitesIn(f.Name); n > 1 {
			all := *f
			all.Name += " (all)"
			rows = append(rows, &all)
		}
	}
	width := len("suite")
	for _, s := range rows {
		width = max(width, len(s.Name))
	}
	tw := &tableWriter{w: w}
	tw.printf("%-*s %6s %8s %9s %6s %6s %6s %7s %7s %8s %9s\n", width,
		"suite", "cases", "expected", "extracted", "span P", "span R", "span F1",
		"value P", "value R", "value F1", "negatives")
	for _, s := range rows {
		neg := "-"
		if s.Negatives > 0 {
			neg = fmt.Sprintf("%d/%d", s.NegativesClean, s.Negatives)
		}
		tw.printf("%-*s %6d %8d %9d %6s %6s %6s %7s %7s %8s %9s\n", width,
			s.Name, s.Cases, s.Expected, s.Extracted,
			fmtRatio(s.SpanPrecision()), fmtRatio(s.SpanRecall()), fmtRatio(s.SpanF1()),
			fmtRatio(s.ValuePrecision()), fmtRatio(s.ValueRecall()), fmtRatio(s.ValueF1()), neg)
	}
	var news []*Score
	for _, s := range rows {
		if s.News > 0 {
			news = append(news, s)
		}
	}
	if len(news) > 0 {
		tw.printf("\nnews-style dates (value accuracy, news reading):\n")
		for _, s := range news {
			tw.printf("  %-*s %s (%d/%d)\n", width, s.Name, fmtRatio(s.NewsAccuracy()), s.NewsTP, s.News)
		}
	}
	if ts := r.TargetResults(); len(ts) > 0 {
		tw.printf("\ntargets:\n")
		for _, t := range ts {
			verdict := "met"
			if !t.Met {
				verdict = "NOT MET"
			}
			tw.printf("  %-*s %-19s >= %.2f  %5s  %s\n", width, t.Name, t.Metric, t.Min, fmtRatio(t.Got), verdict)
		}
	}
	return tw.err
}

func (r *Report) suitesIn(file string) int {
	n := 0
	for _, s := range r.Suites {
		if s.file == file {
			n++
		}
	}
	return n
}

// WriteFailures prints up to n failures per suite, and up to n misses of
// its news-style date subset, each with its case, the text around the
// span (marked ⟦ ⟧), the expected value and what was extracted.
func (r *Report) WriteFailures(w io.Writer, n int) error {
	tw := &tableWriter{w: w}
	for _, s := range r.Suites {
		writeFailures(tw, "failures in "+s.Name, s.Failures, n)
		if s.News > 0 {
			writeFailures(tw, "news-style misses in "+s.Name, s.NewsFailures, n)
		}
	}
	return tw.err
}

func writeFailures(tw *tableWriter, title string, fs []Failure, n int) {
	if n <= 0 || len(fs) == 0 {
		return
	}
	shown := min(n, len(fs))
	tw.printf("\n%s (%d of %d):\n", title, shown, len(fs))
	idW, ctxW, wantW := 2, 0, 4
	lines := make([][4]string, shown)
	for i, f := range fs[:shown] {
		lines[i] = [4]string{f.Kind + " " + f.CaseID, context(f.Text, f.Start, f.End, 36), f.Want, f.Got}
		idW = max(idW, utf8.RuneCountInString(lines[i][0]))
		ctxW = max(ctxW, utf8.RuneCountInString(lines[i][1]))
		wantW = max(wantW, utf8.RuneCountInString(lines[i][2]))
	}
	for _, l := range lines {
		tw.printf("  %s  %s  want %s  got %s\n", pad(l[0], idW), pad(l[1], ctxW), pad(l[2], wantW), l[3])
	}
}

func pad(s string, n int) string {
	return s + strings.Repeat(" ", max(0, n-utf8.RuneCountInString(s)))
}

// context shows text[start:end] marked ⟦ ⟧ with up to width runes either
// side, on one line.
func context(text string, start, end, width int) string {
	before := []rune(text[:start])
	after := []rune(text[end:])
	pre, post := "", ""
	if len(before) > width {
		before = before[len(before)-width:]
		pre = "…"
	}
	if len(after) > width {
		after = after[:width]
		post = "…"
	}
	s := pre + string(before) + "⟦" + text[start:end] + "⟧" + string(after) + post
	return strings.Join(strings.Fields(s), " ")
}

// describe shows a claim's value for the failure list.
func describe(c *claims.Claim) string {
	if q, ok := claims.ValueAs[quantity.Quantity](c.Value); ok {
		parts := []string{formatFloat(q.Value)}
		if q.Qualifier != "" {
			parts = append([]string{q.Qualifier}, parts...)
		}
		if q.Unit != "" {
			parts = append(parts, q.Unit)
		}
		if q.Min != q.Value || q.Max != q.Value {
			parts = append(parts, fmt.Sprintf("[%s,%s]", formatFloat(q.Min), formatFloat(q.Max)))
		}
		return strings.Join(parts, " ") + " (" + q.Dimension + ")"
	}
	if d, ok := claims.ValueAs[dates.Date](c.Value); ok {
		s := d.ISO
		if d.Min != "" && (d.Min != d.ISO || d.Max != d.ISO) {
			s += " [" + d.Min + ".." + d.Max + "]"
		}
		if d.Time != "" {
			s += " " + d.Time
		}
		return s
	}
	return fmt.Sprintf("%s %v", c.Kind, c.Value)
}

// tableWriter keeps the first write error.
type tableWriter struct {
	w   io.Writer
	err error
}

func (t *tableWriter) printf(format string, args ...any) {
	if t.err != nil {
		return
	}
	_, t.err = fmt.Fprintf(t.w, format, args...)
}
