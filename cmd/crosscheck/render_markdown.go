package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"crosscheck/claims"
	"crosscheck/compare"
)

// renderMarkdown writes the report as GitHub-flavoured Markdown, for pull
// request comments and CI job summaries: a tally, the articles, then one
// section per verdict. Each conflict and variant gets its own table of
// values, sources and evidence lines, with the word diff of its evidence
// under it (deletions struck through, insertions in bold); agreements and
// single-source facts are one table each.
func renderMarkdown(w io.Writer, full *compare.Report, o renderOptions) error {
	r := visible(full, o.all)
	bw := bufio.NewWriter(w)
	byID := claimIndex(r)
	p := func(format string, args ...any) { fmt.Fprintf(bw, format, args...) }

	p("# crosscheck report\n\n%s\n", mdEscape(summary(r, hiddenSingles(full, o.all))))

	if len(r.Documents) > 0 {
		p("\n## Articles\n\n| id | source | published | lang |\n|---|---|---|---|\n")
		for _, d := range r.Documents {
			p("| %s | %s | %s | %s |\n", mdCode(d.ID), mdEscape(d.Source), d.Published.String(), mdEscape(d.Lang))
		}
	}

	sections := []struct {
		verdict compare.Verdict
		title   string
		each    bool // a block per finding, with its diff
	}{
		{compare.Conflict, "Conflicts", true},
		{compare.Variant, "Variants", true},
		{compare.Agree, "Agreements", false},
		{compare.Single, "Single-source facts", false},
	}
	for _, s := range sections {
		var fs []compare.Finding
		for _, f := range r.Findings {
			if f.Verdict == s.verdict {
				fs = append(fs, f)
			}
		}
		if len(fs) == 0 {
			continue
		}
		p("\n## %s (%d)\n", s.title, len(fs))
		if !s.each {
			p("\n| id | fact | values (sources) | evidence |\n|---|---|---|---|\n")
			for _, f := range fs {
				var values, where []string
				for _, v := range f.Values {
					values = append(values, mdValue(v))
					where = append(where, mdEvidence(byID, v.Claims))
				}
				p("| %s | %s | %s | %s |\n", f.ID, mdEscape(f.Topic), strings.Join(values, "<br>"), strings.Join(where, "<br>"))
			}
			continue
		}
		for _, f := range fs {
			p("\n### %s %s", f.ID, mdEscape(f.Topic))
			if f.Difference != "" {
				p(" (%s)", mdEscape(f.Difference))
			}
			p("\n\n| value | sources | evidence |\n|---|---|---|\n")
			for _, v := range f.Values {
				p("| %s | %s | %s |\n", mdEscape(v.Display), mdEscape(strings.Join(v.Sources, ", ")), mdEvidence(byID, v.Claims))
			}
			if f.Diff != "" || len(f.DiffOps) > 0 {
				p("\n> %s\n", renderDiff(f, diffFocus(f, byID), markdownMarks, mdEscape))
			}
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("writing Markdown: %w", err)
	}
	return nil
}

func mdValue(v compare.FindingValue) string {
	s := mdEscape(v.Display)
	if len(v.Sources) > 0 {
		s += " (" + mdEscape(strings.Join(v.Sources, ", ")) + ")"
	}
	return s
}

func mdEvidence(byID map[string]*claims.Claim, ids []string) string {
	where := make([]string, len(ids))
	for i, id := range ids {
		where[i] = mdCode(evidence(byID, id))
	}
	return strings.Join(where, ", ")
}

// mdEscape escapes the characters Markdown would read as markup, and
// folds the text onto one line.
func mdEscape(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '\\', '`', '*', '_', '~', '[', ']', '<', '>', '#', '|', '!':
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// mdCode is s as inline code; a backtick in s would end it, so it is
// replaced.
func mdCode(s string) string {
	return "`" + strings.ReplaceAll(s, "`", "'") + "`"
}
