package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"

	"crosscheck/compare"
)

// githubAnnotationLimit is how many annotations of one level GitHub shows
// for a step; the rest would be dropped without a word.
const githubAnnotationLimit = 10

// renderCheckGitHub writes GitHub Actions workflow commands: an ::error
// annotation for each new conflict and each new article that could not be
// read, a ::warning for each new variant, placed on the new article's line
// and column, at most githubAnnotationLimit of each, then a ::notice
// saying how many more there are. Findings the baseline accepted are not
// annotated. When GITHUB_STEP_SUMMARY names a file, the Markdown report is
// appended to it, so the job summary shows every finding.
func renderCheckGitHub(e *env, res *checkResult) error {
	w := bufio.NewWriter(e.stdout)
	var errs, warnings, moreErrs, moreWarnings int
	annotate := func(level string, props [][2]string, message string) {
		n, more := &errs, &moreErrs
		if level == "warning" {
			n, more = &warnings, &moreWarnings
		}
		if *n >= githubAnnotationLimit {
			*more++
			return
		}
		*n++
		w.WriteString(githubCommand(level, props, message))
	}
	for _, le := range res.fileErrors {
		props := [][2]string{{"file", displayPath(le.Path)}}
		if le.Line > 0 {
			props = append(props, [2]string{"line", fmt.Sprint(le.Line)})
			if le.Col > 0 {
				props = append(props, [2]string{"col", fmt.Sprint(le.Col)})
			}
		}
		props = append(props, [2]string{"title", "crosscheck: cannot read this article"})
		annotate("error", props, le.Reason)
	}
	for _, f := range res.findings {
		if !f.New || f.At == nil {
			continue
		}
		level := severity(f.Verdict)
		if level == "" {
			continue
		}
		annotate(level, [][2]string{
			{"file", f.At.Path},
			{"line", fmt.Sprint(f.At.Line)},
			{"col", fmt.Sprint(f.At.Col)},
			{"title", f.title()},
		}, res.describe(f))
	}
	if moreErrs > 0 || moreWarnings > 0 {
		var parts []string
		if moreErrs > 0 {
			parts = append(parts, plural(moreErrs, "more error", "more errors"))
		}
		if moreWarnings > 0 {
			parts = append(parts, plural(moreWarnings, "more warning", "more warnings"))
		}
		where := "run crosscheck check with --format text to list them all"
		if e.getenv("GITHUB_STEP_SUMMARY") != "" {
			where = "the job summary lists them all"
		}
		w.WriteString(githubCommand("notice", [][2]string{{"title", "crosscheck"}},
			fmt.Sprintf("%s not annotated (GitHub shows %d of each); %s", strings.Join(parts, " and "), githubAnnotationLimit, where)))
	}
	if err := w.Flush(); err != nil {
		return fmt.Errorf("writing annotations: %w", err)
	}
	if path := e.getenv("GITHUB_STEP_SUMMARY"); path != "" {
		if err := appendStepSummary(path, res); err != nil {
			// The annotations are out and the exit code stands; a
			// summary that cannot be written is worth a warning only.
			fmt.Fprintf(e.stderr, "crosscheck check: job summary: %v\n", err)
		}
	}
	return nil
}

// appendStepSummary appends the Markdown report to the job summary file.
func appendStepSummary(path string, res *checkResult) error {
	f, err := os.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(f)
	err = writeCheckMarkdown(bw, res)
	if ferr := bw.Flush(); err == nil {
		err = ferr
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// githubCommand is one workflow command line: ::level props::message.
func githubCommand(level string, props [][2]string, message string) string {
	var b strings.Builder
	b.WriteString("::")
	b.WriteString(level)
	for i, p := range props {
		if i == 0 {
			b.WriteByte(' ')
		} else {
			b.WriteByte(',')
		}
		b.WriteString(p[0])
		b.WriteByte('=')
		b.WriteString(githubEscapeProperty(p[1]))
	}
	b.WriteString("::")
	b.WriteString(githubEscapeData(message))
	b.WriteByte('\n')
	return b.String()
}

// GitHub's escapes for workflow commands (the runner's EscapeData and
// EscapeProperty). A Replacer makes one pass, so the "%" of an escape is
// never escaped again.
var (
	githubDataEscaper     = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")
	githubPropertyEscaper = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")
)

func githubEscapeData(s string) string     { return githubDataEscaper.Replace(s) }
func githubEscapeProperty(s string) string { return githubPropertyEscaper.Replace(s) }

// severity is the level a finding is reported at, in both GitHub
// annotations and SARIF: a conflict is an error, a variant a warning;
// other verdicts are not reported ("").
func severity(v compare.Verdict) string {
	switch v {
	case compare.Conflict:
		return "error"
	case compare.Variant:
		return "warning"
	}
	return ""
}
