package main

import (
	"fmt"
	"io"
	"strings"

	"crosscheck/claims"
	"crosscheck/compare"
)

// renderOptions says how to draw a report.
type renderOptions struct {
	color bool // ANSI colour, for a terminal
	all   bool // list single-source facts too
}

// A renderFunc writes a report in one format. Renderers only draw: the
// report is filtered (see visible) before they see it, and they must give
// the same bytes for the same report.
type renderFunc func(w io.Writer, r *compare.Report, o renderOptions) error

// reportFormats are the formats of a reconciled report ("compare"). A new
// format is one more entry and one more render_*.go file.
var reportFormats = map[string]renderFunc{
	"table":    renderTable,
	"markdown": renderMarkdown,
	"html":     renderHTML,
	"json":     renderJSON,
	"jsonl":    renderJSONL,
}

// claimsFormats are the formats of "claims": the report with no findings.
var claimsFormats = map[string]renderFunc{
	"table": renderClaimsTable,
	"json":  renderJSON,
	"jsonl": renderJSONL,
}

// useColor reports whether output to stdout may be coloured: only on a
// terminal, never when NO_COLOR is set (to anything, even "") or TERM is
// "dumb".
func useColor(e *env) bool {
	if !e.isTerminal {
		return false
	}
	if _, set := e.lookupEnv("NO_COLOR"); set {
		return false
	}
	return e.getenv("TERM") != "dumb"
}

// visible is r with the single-source findings left out unless all is
// set. The ids of the findings stay as Reconcile numbered them.
func visible(r *compare.Report, all bool) *compare.Report {
	out := *r
	if out.Documents == nil {
		out.Documents = []*claims.Document{}
	}
	if out.Claims == nil {
		out.Claims = []claims.Claim{}
	}
	out.Findings = make([]compare.Finding, 0, len(r.Findings))
	for _, f := range r.Findings {
		if all || f.Verdict != compare.Single {
			out.Findings = append(out.Findings, f)
		}
	}
	return &out
}

// countVerdicts counts r's findings by verdict.
func countVerdicts(r *compare.Report) map[compare.Verdict]int {
	n := map[compare.Verdict]int{}
	for _, f := range r.Findings {
		n[f.Verdict]++
	}
	return n
}

// summary is the one-line tally under a table: what was read and what was
// found. hidden is the number of single-source facts left out.
func summary(r *compare.Report, hidden int) string {
	n := countVerdicts(r)
	var b strings.Builder
	fmt.Fprintf(&b, "%s, %s: %s, %s, %s",
		plural(len(r.Documents), "article", "articles"), plural(len(r.Claims), "claim", "claims"),
		plural(n[compare.Conflict], "conflict", "conflicts"), plural(n[compare.Variant], "variant", "variants"),
		plural(n[compare.Agree], "agreement", "agreements"))
	if n[compare.Single] > 0 {
		fmt.Fprintf(&b, ", %s", plural(n[compare.Single], "single-source fact", "single-source facts"))
	}
	if hidden > 0 {
		fmt.Fprintf(&b, " (and %s not shown; --all lists them)", plural(hidden, "single-source fact", "single-source facts"))
	}
	b.WriteString(".")
	return b.String()
}

// hiddenSingles is how many single-source findings visible dropped.
func hiddenSingles(full *compare.Report, all bool) int {
	if all {
		return 0
	}
	return countVerdicts(full)[compare.Single]
}

// claimIndex maps claim ids to claims.
func claimIndex(r *compare.Report) map[string]*claims.Claim {
	m := make(map[string]*claims.Claim, len(r.Claims))
	for i := range r.Claims {
		m[r.Claims[i].ID] = &r.Claims[i]
	}
	return m
}

// evidence is where a claim stands: "doc:line", or its id when the report
// does not hold it.
func evidence(byID map[string]*claims.Claim, id string) string {
	if c, ok := byID[id]; ok {
		return fmt.Sprintf("%s:%d", c.Doc, c.Line)
	}
	return id
}

// ANSI colours.
const (
	ansiReset  = "\x1b[0m"
	ansiBold   = "\x1b[1m"
	ansiRed    = "\x1b[31m"
	ansiGreen  = "\x1b[32m"
	ansiYellow = "\x1b[33m"
	ansiDim    = "\x1b[2m"
)

func paint(on bool, code, s string) string {
	if !on || s == "" {
		return s
	}
	return code + s + ansiReset
}

func verdictColor(v compare.Verdict) string {
	switch v {
	case compare.Conflict:
		return ansiBold + ansiRed
	case compare.Variant:
		return ansiYellow
	case compare.Agree:
		return ansiGreen
	}
	return ansiDim
}

// diffContext is how many words of unchanged text a rendered diff keeps on
// each side of a change; the rest of a long sentence is elided.
const diffContext = 6

// diffMarks are the markers of a rendered diff: deleted text between del
// markers, inserted text between ins markers. perWord marks each word on
// its own, so that a table wrapping the text never splits a coloured run
// (which would colour the borders between).
type diffMarks struct {
	delOpen, delClose, insOpen, insClose string
	perWord                              bool
}

var (
	plainMarks    = diffMarks{"[-", "-]", "{+", "+}", false}
	colorMarks    = diffMarks{ansiRed + "\x1b[9m", ansiReset, ansiGreen + ansiBold, ansiReset, true}
	markdownMarks = diffMarks{"~~", "~~", "**", "**", false}
)

// renderDiff draws a finding's word diff with marks, on one line. Long
// runs are shortened so the change stays in view: an unchanged run keeps
// diffContext words next to each change; a deleted or inserted run longer
// than that keeps diffContext words around the claim it holds (focus[0]
// is the text of the claim on the deleted side, focus[1] on the inserted
// side), or its two ends. esc escapes text for the output format.
func renderDiff(f compare.Finding, focus [2]string, m diffMarks, esc func(string) string) string {
	ops := f.DiffOps
	if len(ops) == 0 {
		return esc(f.Diff)
	}
	var b strings.Builder
	for i, op := range ops {
		text := op.Text
		switch op.Op {
		case "equal":
			text = elide(text, i == 0, i == len(ops)-1)
		case "delete":
			text = window(text, focus[0])
		case "insert":
			text = window(text, focus[1])
		}
		// Spaces at the edges stay outside the marks, as Markdown
		// emphasis needs, and outside esc, which may trim.
		core := strings.TrimSpace(text)
		if core == "" {
			b.WriteString(text)
			continue
		}
		lead := text[:strings.Index(text, core)]
		trail := text[len(lead)+len(core):]
		b.WriteString(lead)
		switch op.Op {
		case "delete", "insert":
			open, close := m.delOpen, m.delClose
			if op.Op == "insert" {
				open, close = m.insOpen, m.insClose
			}
			if m.perWord {
				words := strings.Fields(core)
				for j, w := range words {
					words[j] = open + esc(w) + close
				}
				b.WriteString(strings.Join(words, " "))
			} else {
				b.WriteString(open + esc(core) + close)
			}
		default:
			b.WriteString(esc(core))
		}
		b.WriteString(trail)
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// diffFocus is the text of the claims a finding's diff compares: the first
// claim of each of its first two values.
func diffFocus(f compare.Finding, byID map[string]*claims.Claim) [2]string {
	var focus [2]string
	for i := 0; i < 2 && i < len(f.Values); i++ {
		if ids := f.Values[i].Claims; len(ids) > 0 {
			if c, ok := byID[ids[0]]; ok {
				focus[i] = c.Text
			}
		}
	}
	return focus
}

// window shortens a changed run of a diff longer than 2*diffContext+1
// words to diffContext words either side of focus, or, when focus is not
// in it, to its first and last diffContext words.
func window(text, focus string) string {
	words := strings.Fields(text)
	if len(words) <= 2*diffContext+1 {
		return text
	}
	lead := text[:len(text)-len(strings.TrimLeft(text, " \t\n"))]
	trail := text[len(strings.TrimRight(text, " \t\n")):]
	core := strings.TrimSpace(text)
	var out string
	if i := strings.Index(core, focus); focus != "" && i >= 0 {
		from := len(strings.Fields(core[:i]))
		if i > 0 && !isSpaceByte(core[i-1]) {
			from-- // focus starts inside a word
		}
		to := len(strings.Fields(core[:i+len(focus)]))
		from, to = max(0, from-diffContext), min(len(words), to+diffContext)
		out = strings.Join(words[from:to], " ")
		if from > 0 {
			out = "… " + out
		}
		if to < len(words) {
			out += " …"
		}
	} else {
		out = strings.Join(words[:diffContext], " ") + " … " + strings.Join(words[len(words)-diffContext:], " ")
	}
	return lead + out + trail
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\n' }

// elide shortens an unchanged run of a diff to diffContext words next to
// the changes around it; first and last say the run opens or closes the
// text, so it has a change on one side only.
func elide(text string, first, last bool) string {
	words := strings.Fields(text)
	lead := strings.HasPrefix(text, " ") || strings.HasPrefix(text, "\n")
	trail := strings.HasSuffix(text, " ") || strings.HasSuffix(text, "\n")
	var out string
	switch {
	case first && last:
		return text
	case first && len(words) > diffContext:
		out = "… " + strings.Join(words[len(words)-diffContext:], " ")
	case last && len(words) > diffContext:
		out = strings.Join(words[:diffContext], " ") + " …"
	case !first && !last && len(words) > 2*diffContext+1:
		out = strings.Join(words[:diffContext], " ") + " … " + strings.Join(words[len(words)-diffContext:], " ")
	default:
		return text
	}
	if lead {
		out = " " + out
	}
	if trail {
		out += " "
	}
	return out
}
