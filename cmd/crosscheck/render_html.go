package main

import (
	"bufio"
	"fmt"
	"html/template"
	"io"
	"strings"

	"crosscheck/claims"
	"crosscheck/compare"
)

// renderHTML writes the report as one self-contained HTML5 page, for a
// fact-checker's browser: the articles, a tally, then one section per
// verdict in report order (conflicts, variants, agreements, and
// single-source facts with --all). Each finding shows its values with
// their sources and evidence (doc:line and the claim marked inside its
// sentence) and the word diff of its evidence in <del> and <ins>.
//
// The page needs nothing else: inline CSS (light and dark, following
// prefers-color-scheme), no script, no font or link to fetch. Every piece
// of article text is a plain string escaped by html/template; the page is
// well-formed XML as well as HTML5, so tests can parse it with
// encoding/xml.
func renderHTML(w io.Writer, full *compare.Report, o renderOptions) error {
	r := visible(full, o.all)
	page := htmlPage{
		Title:     "crosscheck report",
		Summary:   summary(r, hiddenSingles(full, o.all)),
		Documents: htmlDocuments(r, nil),
	}
	byID, docs := claimIndex(r), docIndex(r)
	findings := make([]htmlFinding, len(r.Findings))
	for i, f := range r.Findings {
		findings[i] = newHTMLFinding(f, byID, docs)
	}
	page.Sections = htmlSections(findings)
	return writeHTML(w, &page)
}

// renderCheckHTML is the HTML page of a check: every finding that
// involves a new article, each marked new or accepted by the baseline and
// failing or not, as the JSON report marks them, with where it stands in
// the new article; the documents, new ones marked; and the outcome.
func renderCheckHTML(e *env, res *checkResult) error {
	shown := *res.report
	shown.Findings = make([]compare.Finding, len(res.findings))
	for i, f := range res.findings {
		shown.Findings[i] = f.Finding
	}
	r := visible(&shown, true) // res.findings already leaves singles out without --all
	n := res.counts()
	check := &htmlCheck{
		Failed:       res.failed(),
		FailLevel:    res.levelName,
		Against:      res.against,
		NewFromRev:   res.rev,
		NewDocuments: res.newDocs,
		Baseline:     res.baselinePath,
		Conflicts:    n.byVerdict[compare.Conflict],
		Variants:     n.byVerdict[compare.Variant],
		Accepted:     n.accepted,
		Failing:      n.failing,
	}
	for _, le := range res.fileErrors {
		check.Errors = append(check.Errors, le.Error())
	}
	page := htmlPage{
		Title:     "crosscheck check",
		Summary:   summary(r, 0),
		Documents: htmlDocuments(visible(res.report, res.all), res.isNew),
		Check:     check,
	}
	docs := docIndex(res.report)
	findings := make([]htmlFinding, len(res.findings))
	for i, f := range res.findings {
		hf := newHTMLFinding(f.Finding, res.claims, docs)
		hf.Checked, hf.New, hf.Accepted, hf.Fails = true, f.New, f.Accepted, f.Fails
		if f.At != nil {
			hf.At = fmt.Sprintf("%s:%d:%d", f.At.Path, f.At.Line, f.At.Col)
		}
		findings[i] = hf
	}
	page.Sections = htmlSections(findings)
	return writeHTML(e.stdout, &page)
}

// htmlPage is what the template draws. Every string in it is plain text,
// escaped by html/template; none is template.HTML.
type htmlPage struct {
	Title     string
	Summary   string
	Documents []htmlDocument
	Check     *htmlCheck // nil for compare
	Sections  []htmlSection
}

type htmlDocument struct {
	ID, Source, Published, Lang string
	New                         bool
}

// htmlCheck is the outcome of a check.
type htmlCheck struct {
	Failed              bool
	FailLevel           string
	Against, NewFromRev string
	NewDocuments        []string
	Baseline            string
	Conflicts, Variants int // new findings
	Accepted, Failing   int
	Errors              []string // new articles that could not be read
}

// htmlSection is the findings of one verdict.
type htmlSection struct {
	Verdict, Title string
	Findings       []htmlFinding
}

type htmlFinding struct {
	ID, Verdict, Kind, Topic, Difference string
	Values                               []htmlValue
	Diff                                 []htmlRun
	// Checked says the finding comes from a check, with its marks.
	Checked, New, Accepted, Fails bool
	At                            string // path:line:col in the new article
}

type htmlValue struct {
	Display, Sources string
	Evidence         []htmlEvidence
}

// htmlEvidence is one claim of a value: where it stands and its sentence,
// split around the claim so that the template marks the claim.
type htmlEvidence struct {
	Where                string
	Before, Claim, After string
	// Context is the claim's sentence when the claim does not lie inside
	// it (a quote that runs on over several sentences).
	Context string
}

// htmlRun is one run of a rendered diff: Op is "del", "ins" or "" for
// unchanged text.
type htmlRun struct{ Op, Text string }

// htmlVerdicts are the sections in the order of every other format.
var htmlVerdicts = []struct {
	verdict compare.Verdict
	title   string
}{
	{compare.Conflict, "Conflicts"},
	{compare.Variant, "Variants"},
	{compare.Agree, "Agreements"},
	{compare.Single, "Single-source facts"},
}

// htmlSections groups findings by verdict, keeping report order inside a
// verdict, and drops empty sections.
func htmlSections(fs []htmlFinding) []htmlSection {
	var out []htmlSection
	for _, s := range htmlVerdicts {
		sec := htmlSection{Verdict: string(s.verdict), Title: s.title}
		for _, f := range fs {
			if f.Verdict == string(s.verdict) {
				sec.Findings = append(sec.Findings, f)
			}
		}
		if len(sec.Findings) > 0 {
			out = append(out, sec)
		}
	}
	return out
}

func htmlDocuments(r *compare.Report, isNew map[string]bool) []htmlDocument {
	out := make([]htmlDocument, len(r.Documents))
	for i, d := range r.Documents {
		out[i] = htmlDocument{ID: d.ID, Source: d.Source, Published: d.Published.String(), Lang: d.Lang, New: isNew[d.ID]}
	}
	return out
}

func docIndex(r *compare.Report) map[string]*claims.Document {
	m := make(map[string]*claims.Document, len(r.Documents))
	for _, d := range r.Documents {
		m[d.ID] = d
	}
	return m
}

func newHTMLFinding(f compare.Finding, byID map[string]*claims.Claim, docs map[string]*claims.Document) htmlFinding {
	hf := htmlFinding{ID: f.ID, Verdict: string(f.Verdict), Kind: string(f.Kind), Topic: f.Topic, Difference: f.Difference}
	for _, v := range f.Values {
		hv := htmlValue{Display: v.Display, Sources: strings.Join(v.Sources, ", ")}
		for _, id := range v.Claims {
			ev := htmlEvidence{Where: evidence(byID, id)}
			if c, ok := byID[id]; ok {
				ev.Before, ev.Claim, ev.After, ev.Context = claimInSentence(c, docs[c.Doc])
			}
			hv.Evidence = append(hv.Evidence, ev)
		}
		hf.Values = append(hf.Values, hv)
	}
	if f.Diff != "" || len(f.DiffOps) > 0 {
		hf.Diff = htmlDiff(f, diffFocus(f, byID))
	}
	return hf
}

// claimInSentence splits c's sentence around c. The sentence is a span of
// the document's text, so when the document's text is at hand the claim's
// offset picks the right occurrence of a claim text the sentence holds
// twice ("3 dead in one town, 3 dead in the next"); otherwise the first
// occurrence is taken. A claim the sentence does not hold is returned on
// its own, with the sentence as context.
func claimInSentence(c *claims.Claim, d *claims.Document) (before, claim, after, context string) {
	s := c.Sentence
	if c.Text == "" || !strings.Contains(s, c.Text) {
		if s == c.Text {
			s = ""
		}
		return "", c.Text, "", s
	}
	at := strings.Index(s, c.Text)
	if d != nil {
		for k := at; k >= 0; {
			start := c.Start - k
			if start >= 0 && start+len(s) <= len(d.Text) && d.Text[start:start+len(s)] == s {
				at = k
				break
			}
			next := strings.Index(s[k+1:], c.Text)
			if next < 0 {
				break
			}
			k += 1 + next
		}
	}
	return s[:at], c.Text, s[at+len(c.Text):], ""
}

// Markers of a diff rendered for HTML: code points of the Private Use
// Area, which renderDiff places around deleted and inserted text and
// htmlDiff turns into runs; article text loses any it holds (htmlText).
const (
	htmlDelOpen  = "\uE000"
	htmlDelClose = "\uE001"
	htmlInsOpen  = "\uE002"
	htmlInsClose = "\uE003"
)

var htmlMarks = diffMarks{htmlDelOpen, htmlDelClose, htmlInsOpen, htmlInsClose, false}

// htmlText keeps the diff markers out of article text.
var htmlText = strings.NewReplacer(
	htmlDelOpen, "\uFFFD", htmlDelClose, "\uFFFD", htmlInsOpen, "\uFFFD", htmlInsClose, "\uFFFD",
).Replace

// htmlDiff is f's word diff as renderDiff draws it for the other formats
// (long unchanged runs elided, the claims kept in view), cut into runs
// the template wraps in <del> and <ins>, so that the diff's text is
// escaped like any other.
func htmlDiff(f compare.Finding, focus [2]string) []htmlRun {
	s := renderDiff(f, focus, htmlMarks, htmlText)
	var runs []htmlRun
	op := ""
	flush := func(i, j int) {
		if j > i {
			runs = append(runs, htmlRun{Op: op, Text: s[i:j]})
		}
	}
	from := 0
	for i := 0; i < len(s); {
		var next string
		switch {
		case strings.HasPrefix(s[i:], htmlDelOpen):
			next = "del"
		case strings.HasPrefix(s[i:], htmlInsOpen):
			next = "ins"
		case strings.HasPrefix(s[i:], htmlDelClose), strings.HasPrefix(s[i:], htmlInsClose):
			next = ""
		default:
			i++
			continue
		}
		flush(from, i)
		op = next
		i += len(htmlDelOpen) // every marker is one three-byte code point
		from = i
	}
	flush(from, len(s))
	return runs
}

// writeHTML executes the page template into w.
func writeHTML(w io.Writer, page *htmlPage) error {
	bw := bufio.NewWriter(w)
	if err := htmlTemplate.Execute(bw, page); err != nil {
		return fmt.Errorf("writing HTML: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("writing HTML: %w", err)
	}
	return nil
}

// htmlBadges label the verdicts in words, with a sign: the badge reads
// the same without colour.
var htmlBadges = map[string]string{
	string(compare.Conflict): "✗",
	string(compare.Variant):  "≈",
	string(compare.Agree):    "✓",
	string(compare.Single):   "•",
}

var htmlTemplate = template.Must(template.New("report").Funcs(template.FuncMap{
	"sign": func(v string) string { return htmlBadges[v] },
}).Parse(htmlPageTemplate))

// htmlPageTemplate is XHTML-compatible HTML5: every element closed, void
// elements written "<meta ... />", attributes quoted, and no "<" or "&"
// in the style sheet, so that encoding/xml parses the page too.
const htmlPageTemplate = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name="color-scheme" content="light dark" />
<title>{{.Title}}</title>
<style>
:root {
  color-scheme: light dark;
  --bg: #ffffff; --fg: #1d1d1f; --muted: #5f6368; --rule: #d5d7db; --panel: #f5f6f8;
  --conflict: #b3261e; --conflict-bg: #fce8e6;
  --variant: #8a5300; --variant-bg: #fef3d7;
  --agree: #1e6b34; --agree-bg: #e4f3e8;
  --single: #4a4f57; --single-bg: #eceef1;
  --del: #ffd8d3; --ins: #cdeecf; --mark: #fff0a0;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #16181c; --fg: #e6e7ea; --muted: #a0a5ad; --rule: #3a3e45; --panel: #1f2227;
    --conflict: #ff8a80; --conflict-bg: #3d1a18;
    --variant: #ffcc66; --variant-bg: #3a2c0c;
    --agree: #7fd495; --agree-bg: #163321;
    --single: #c0c5cc; --single-bg: #2a2e34;
    --del: #5c2621; --ins: #1f4a2a; --mark: #5a4d0f;
  }
}
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 72rem; padding: 1rem 1.25rem 3rem; background: var(--bg); color: var(--fg);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
h1 { font-size: 1.5rem; margin: 0.5rem 0; }
h2 { font-size: 1.2rem; margin: 2rem 0 0.5rem; padding-bottom: 0.25rem; border-bottom: 1px solid var(--rule); }
h3 { font-size: 1rem; margin: 0 0 0.5rem; }
code { font: 0.9em/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 0.3rem 0.5rem; border-top: 1px solid var(--rule); }
th { font-weight: 600; color: var(--muted); }
.summary { font-weight: 600; }
.check { padding: 0.5rem 0.75rem; border-left: 4px solid var(--agree); background: var(--panel); }
.check.failed { border-left-color: var(--conflict); }
.check p { margin: 0.25rem 0; }
.finding { margin: 1rem 0; padding: 0.75rem 1rem; border: 1px solid var(--rule); border-left-width: 4px; border-radius: 4px; background: var(--panel); }
.finding.conflict { border-left-color: var(--conflict); }
.finding.variant { border-left-color: var(--variant); border-left-style: dashed; }
.finding.agree { border-left-color: var(--agree); }
.finding.single { border-left-color: var(--single); border-left-style: dotted; }
.badge, .tag { display: inline-block; padding: 0 0.45rem; border: 1px solid currentColor; border-radius: 3px;
  font-size: 0.8rem; font-weight: 700; text-transform: uppercase; letter-spacing: 0.04em; vertical-align: 0.1em; }
.badge.conflict { color: var(--conflict); background: var(--conflict-bg); }
.badge.variant { color: var(--variant); background: var(--variant-bg); }
.badge.agree { color: var(--agree); background: var(--agree-bg); }
.badge.single { color: var(--single); background: var(--single-bg); }
.tag { font-weight: 600; color: var(--muted); }
.tag.fails { color: var(--conflict); background: var(--conflict-bg); }
.tag.accepted { color: var(--agree); background: var(--agree-bg); }
.fid, .kind, .difference, .at { color: var(--muted); font-weight: 400; }
.values td.value { font-weight: 600; white-space: nowrap; }
.evidence { list-style: none; margin: 0; padding: 0; }
.evidence li + li { margin-top: 0.35rem; }
.sentence, .context { display: block; color: var(--muted); }
mark { background: var(--mark); color: var(--fg); padding: 0 0.1em; }
.diff { margin: 0.6rem 0 0; }
.diff .label { color: var(--muted); }
del { background: var(--del); text-decoration: line-through; }
ins { background: var(--ins); text-decoration: underline; }
footer { margin-top: 2rem; color: var(--muted); font-size: 0.85rem; }
</style>
</head>
<body>
<header>
<h1>{{.Title}}</h1>
<p class="summary">{{.Summary}}</p>
{{- with .Check}}
<div class="check{{if .Failed}} failed{{end}}">
<p><strong>{{if .Failed}}Failed{{else}}Passed{{end}}</strong> (fail level {{.FailLevel}}): {{.Conflicts}} new {{if eq .Conflicts 1}}conflict{{else}}conflicts{{end}}, {{.Variants}} new {{if eq .Variants 1}}variant{{else}}variants{{end}}, {{.Failing}} failing
{{- if .Accepted}}; {{.Accepted}} accepted by the baseline <code>{{.Baseline}}</code>{{end}}.</p>
<p>New {{if eq (len .NewDocuments) 1}}article{{else}}articles{{end}} checked against <code>{{.Against}}</code>
{{- if .NewFromRev}} (changed since <code>{{.NewFromRev}}</code>){{end}}:
{{- range $i, $d := .NewDocuments}}{{if $i}},{{end}} <code>{{$d}}</code>{{else}} none{{end}}.</p>
{{- range .Errors}}
<p><strong>Could not read</strong> {{.}}</p>
{{- end}}
</div>
{{- end}}
{{- if .Documents}}
<table class="documents">
<thead><tr><th>article</th><th>source</th><th>published</th><th>lang</th></tr></thead>
<tbody>
{{- range .Documents}}
<tr><td><code>{{.ID}}</code>{{if .New}} <span class="tag new">new</span>{{end}}</td><td>{{.Source}}</td><td>{{.Published}}</td><td>{{.Lang}}</td></tr>
{{- end}}
</tbody>
</table>
{{- end}}
</header>
<main>
{{- range .Sections}}
<section class="{{.Verdict}}">
<h2>{{.Title}} ({{len .Findings}})</h2>
{{- range .Findings}}
<article class="finding {{.Verdict}}" id="{{.ID}}">
<h3><span class="badge {{.Verdict}}"><span aria-hidden="true">{{sign .Verdict}}</span> {{.Verdict}}</span> <span class="fid">{{.ID}}</span> {{.Topic}} <span class="kind">[{{.Kind}}]</span>
{{- if .Difference}} <span class="difference">({{.Difference}})</span>{{end}}</h3>
{{- if .Checked}}
<p class="marks">{{if .New}}<span class="tag new">new</span>{{else}}<span class="tag accepted">accepted by the baseline</span>{{end}}
{{- if .Fails}} <span class="tag fails">fails the check</span>{{end}}
{{- if .At}} <span class="at">at <code>{{.At}}</code></span>{{end}}</p>
{{- end}}
<table class="values">
<thead><tr><th>value</th><th>sources</th><th>evidence</th></tr></thead>
<tbody>
{{- range .Values}}
<tr><td class="value">{{.Display}}</td><td>{{.Sources}}</td><td><ul class="evidence">
{{- range .Evidence}}
<li><code>{{.Where}}</code>{{if or .Before .Claim .After}} <span class="sentence">{{.Before}}<mark>{{.Claim}}</mark>{{.After}}</span>{{end}}{{with .Context}} <span class="context">{{.}}</span>{{end}}</li>
{{- end}}
</ul></td></tr>
{{- end}}
</tbody>
</table>
{{- if .Diff}}
<p class="diff"><span class="label">diff:</span> {{range .Diff}}{{if eq .Op "del"}}<del>{{.Text}}</del>{{else if eq .Op "ins"}}<ins>{{.Text}}</ins>{{else}}{{.Text}}{{end}}{{end}}</p>
{{- end}}
</article>
{{- end}}
</section>
{{- end}}
</main>
<footer>
<p>Generated by crosscheck. Deleted words are struck through, inserted words underlined; the claim is highlighted in its sentence.</p>
</footer>
</body>
</html>
`
