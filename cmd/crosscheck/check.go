package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"crosscheck/claims"
	"crosscheck/compare"
)

// runCheck is "crosscheck check": the CI gate. It reconciles new articles
// together with a folder of accepted ones and reports only the findings
// that involve a new article. Exit 0 when nothing at or above the fail
// level involves a new article (or the baseline accepts it), 1 when
// something does or a new article could not be read, 2 when the run
// itself failed (a bad flag, an unreadable accepted corpus or baseline, a
// folder outside git with --new-from-rev).
func runCheck(args []string, e *env) int {
	fs := newFlagSet("check",
		"crosscheck check --against DIR [flags] FILE...\n       crosscheck check --against DIR --new-from-rev REV [flags]",
		"Checks new articles against the accepted articles in DIR: reconciles them\n"+
			"all (DIR's sources.yaml, front matter and --published/--source give each\n"+
			"article its metadata, as for 'compare') and reports only the findings that\n"+
			"involve a new article, at the new article's lines. With --new-from-rev the\n"+
			"new articles are those of DIR added or changed since git revision REV (on\n"+
			"this branch: since REV's merge base with HEAD), committed or not, plus\n"+
			"untracked articles that .gitignore does not exclude.\n\n"+
			"A baseline accepts known findings: --write-baseline FILE records every\n"+
			"conflict and variant of the corpus, and --baseline FILE then suppresses\n"+
			"them. A baseline names a finding by its fact and set of values, so edits\n"+
			"elsewhere keep it accepted and a new value for the same fact fails again.\n\n"+
			"Exit status: 0 nothing at or above --fail-level involves a new article;\n"+
			"1 something does, or a new article could not be read; 2 the run failed.",
		"  crosscheck check --against articles drafts/new-story.txt\n"+
			"  crosscheck check --against articles --new-from-rev origin/main --format github\n"+
			"  crosscheck check --against articles --new-from-rev origin/main --write-baseline .crosscheck-baseline.json")
	var lf loadFlags
	lf.register(fs)
	against := fs.String("against", "", "the `DIR` of accepted articles (required)")
	rev := fs.String("new-from-rev", "", "take as new the articles of DIR added or changed since git `REV`")
	level := fs.String("fail-level", "conflict", "fail on findings at or above `LEVEL`: conflict, variant or none")
	format := fs.String("format", "text", "output `FORMAT`: "+formatNames(checkFormats))
	baselinePath := fs.String("baseline", "", "suppress the findings accepted in baseline `FILE`")
	writeBaseline := fs.String("write-baseline", "", "write every conflict and variant as baseline `FILE`, accepting them")
	all := fs.Bool("all", false, "also list single-source facts of the new articles (text, markdown, html, json)")
	paths, done, code := fs.parse(args, e)
	if done {
		return code
	}
	fail := func(format string, args ...any) int {
		fmt.Fprintf(e.stderr, "crosscheck check: "+format+"\n", args...)
		return exitFailed
	}
	render, ok := checkFormats[*format]
	if !ok {
		return fail("unknown format %q (want %s)", *format, formatNames(checkFormats))
	}
	lvl, ok := failLevels[*level]
	if !ok {
		return fail("unknown fail level %q (want conflict, variant or none)", *level)
	}
	if *against == "" {
		return fail("--against DIR is required: the folder of accepted articles")
	}
	if info, err := os.Stat(*against); err != nil || !info.IsDir() {
		return fail("--against %s: not a folder", *against)
	}
	switch {
	case *rev != "" && len(paths) > 0:
		return fail("name new articles or give --new-from-rev, not both")
	case *rev == "" && len(paths) == 0:
		return fail("no new articles named; name them, or give --new-from-rev REV")
	}
	for _, p := range paths {
		if p == claims.StdinPath {
			return fail(`new articles are files or folders; "-" is not read`)
		}
		if _, err := os.Stat(p); err != nil {
			return fail("%s: no such file or folder", p)
		}
	}
	if *rev != "" {
		var err error
		if paths, err = gitNewArticles(*against, *rev, lf.recursive); err != nil {
			return fail("%v", err)
		}
	}
	var base *compare.Baseline
	if *baselinePath != "" {
		var err error
		if base, err = readBaselineFile(*baselinePath); err != nil {
			return fail("%v", err)
		}
	}
	opts, err := lf.options(paths, e)
	if err != nil && len(paths) > 0 {
		return fail("%v", err)
	}

	res, ok := checkArticles(*against, paths, opts, e)
	if !ok {
		return exitFailed
	}
	res.rev, res.failLevel, res.levelName, res.all = *rev, lvl, *level, *all
	res.baselinePath = *baselinePath
	if *writeBaseline != "" {
		// Writing a baseline accepts what it records, in this run too.
		var accept []compare.Finding
		for _, f := range res.report.Findings {
			if atLeast(f.Verdict, compare.Variant) {
				accept = append(accept, f)
			}
		}
		base = compare.NewBaseline(res.report, accept)
		if err := writeBaselineFile(*writeBaseline, base); err != nil {
			return fail("%v", err)
		}
		fmt.Fprintf(e.stderr, "crosscheck check: wrote %s to %s\n", plural(base.Len(), "accepted finding", "accepted findings"), *writeBaseline)
		res.baselinePath = *writeBaseline
	}
	res.judge(base)
	if err := render(e, res); err != nil {
		return fail("%v", err)
	}
	fmt.Fprintln(e.stderr, res.verdictLine())
	if res.failed() {
		return exitFindings
	}
	return exitOK
}

// A checkRenderer writes the result of a check in one format; it may also
// write elsewhere (the GitHub job summary).
type checkRenderer func(e *env, res *checkResult) error

var checkFormats = map[string]checkRenderer{
	"text":     renderCheckText,
	"markdown": renderCheckMarkdown,
	"html":     renderCheckHTML,
	"json":     renderCheckJSON,
	"github":   renderCheckGitHub,
	"sarif":    renderCheckSARIF,
}

// failLevels maps --fail-level to the least urgent verdict that fails;
// "none" maps to a verdict nothing reaches.
var failLevels = map[string]compare.Verdict{
	"conflict": compare.Conflict,
	"variant":  compare.Variant,
	"none":     "",
}

// atLeast reports whether verdict v is at least as urgent as level.
func atLeast(v, level compare.Verdict) bool {
	if level == "" {
		return false
	}
	return verdictUrgency(v) <= verdictUrgency(level)
}

func verdictUrgency(v compare.Verdict) int {
	switch v {
	case compare.Conflict:
		return 0
	case compare.Variant:
		return 1
	case compare.Agree:
		return 2
	}
	return 3
}

// checkResult is a reconciled corpus seen from its new articles.
type checkResult struct {
	against, rev string
	levelName    string
	failLevel    compare.Verdict
	baselinePath string
	all          bool

	report  *compare.Report // every article, reconciled
	docs    map[string]*claims.Document
	claims  map[string]*claims.Claim
	isNew   map[string]bool // document ids of the new articles
	newDocs []string        // the same, sorted
	// fileErrors are the new articles that could not be loaded.
	fileErrors []*claims.LoadError
	// findings are those that involve a new article, in report order;
	// single-source facts only with --all.
	findings []checkedFinding
}

// A checkedFinding is a finding that involves a new article, as the JSON
// report shows it: the version-1 fields plus what the check made of it.
type checkedFinding struct {
	compare.Finding
	// Fingerprint names the finding in a baseline.
	Fingerprint string `json:"fingerprint"`
	// New is true when no baseline accepts the finding; Accepted is its
	// opposite, spelled out for readers of the JSON.
	New      bool `json:"new"`
	Accepted bool `json:"accepted"`
	// Fails is true when the finding is new and at or above the fail
	// level: it is why the check exits 1.
	Fails bool `json:"fails"`
	// At is where the finding stands in a new article: its first claim
	// there.
	At *checkLocation `json:"at"`
}

// A checkLocation is a claim's place in its file. Columns count
// characters (Unicode code points), 1-based; End is just after the claim.
type checkLocation struct {
	Path    string `json:"path"`
	Doc     string `json:"doc"`
	Claim   string `json:"claim"`
	Line    int    `json:"line"`
	Col     int    `json:"col"`
	EndLine int    `json:"end_line"`
	EndCol  int    `json:"end_col"`
}

// checkArticles loads the new articles (paths) and the accepted ones in
// dir and reconciles them. An input that fails to load is reported on
// stderr; when it is not a new article, the corpus is unreadable and ok is
// false.
func checkArticles(dir string, paths []string, opts claims.LoadOptions, e *env) (res *checkResult, ok bool) {
	newAbs := map[string]bool{}
	var newDirs []string
	for _, p := range paths {
		abs := absPath(p)
		if info, err := os.Stat(p); err == nil && info.IsDir() {
			newDirs = append(newDirs, abs+string(filepath.Separator))
		}
		newAbs[abs] = true
	}
	isNewPath := func(p string) bool {
		abs := absPath(p)
		if newAbs[abs] {
			return true
		}
		for _, d := range newDirs {
			if strings.HasPrefix(abs, d) {
				return true
			}
		}
		return false
	}
	// The new articles come first, so a new article inside dir keeps the
	// path it was named by.
	docs, errs := claims.Load(append(append([]string{}, paths...), dir), opts)
	res = &checkResult{against: dir, docs: map[string]*claims.Document{}, isNew: map[string]bool{}}
	ok = true
	for _, err := range errs {
		var le *claims.LoadError
		if errors.As(err, &le) {
			fmt.Fprintf(e.stderr, "crosscheck: %s\n", le.ErrorWithPosition())
			if isNewPath(le.Path) {
				res.fileErrors = append(res.fileErrors, le)
				continue
			}
		} else {
			fmt.Fprintf(e.stderr, "crosscheck: %v\n", err)
		}
		ok = false
	}
	if !ok {
		fmt.Fprintf(e.stderr, "crosscheck check: the accepted articles in %s could not all be read; nothing was checked\n", dir)
		return nil, false
	}
	for _, d := range docs {
		res.docs[d.ID] = d
		if isNewPath(d.Path) {
			res.isNew[d.ID] = true
			res.newDocs = append(res.newDocs, d.ID)
		}
	}
	sort.Strings(res.newDocs)
	res.report = compare.Reconcile(docs, claims.ExtractAll(docs))
	res.claims = claimIndex(res.report)
	return res, true
}

func absPath(p string) string {
	abs, err := filepath.Abs(p)
	if err != nil {
		return filepath.Clean(p)
	}
	return abs
}

// judge picks the findings that involve a new article and marks those the
// baseline accepts and those that fail.
func (res *checkResult) judge(base *compare.Baseline) {
	res.findings = nil
	for _, f := range res.report.Findings {
		if f.Verdict == compare.Single && !res.all {
			continue
		}
		at := res.newLocation(f)
		if at == nil {
			continue
		}
		cf := checkedFinding{Finding: f, Fingerprint: compare.Fingerprint(f), At: at}
		cf.Accepted = base.Accepts(f)
		cf.New = !cf.Accepted
		cf.Fails = cf.New && atLeast(f.Verdict, res.failLevel)
		res.findings = append(res.findings, cf)
	}
}

// newLocation is where finding f stands in a new article: its first claim
// there, or nil when it involves no new article.
func (res *checkResult) newLocation(f compare.Finding) *checkLocation {
	for _, id := range f.Claims {
		c, ok := res.claims[id]
		if ok && res.isNew[c.Doc] {
			return res.location(c)
		}
	}
	return nil
}

// location is claim c's place in its file.
func (res *checkResult) location(c *claims.Claim) *checkLocation {
	loc := &checkLocation{Doc: c.Doc, Claim: c.ID, Line: c.Line, Col: c.Col, EndLine: c.Line, EndCol: c.Col}
	d := res.docs[c.Doc]
	if d == nil {
		return loc
	}
	loc.Path = displayPath(d.Path)
	if 0 <= c.Start && c.Start <= c.End && c.End <= len(d.Text) {
		loc.Line, loc.Col = charPosition(d.Text, c.Start)
		loc.EndLine, loc.EndCol = charPosition(d.Text, c.End)
	}
	return loc
}

// charPosition is the 1-based line and character column of byte offset
// off in s: CI systems count columns in characters, not bytes.
func charPosition(s string, off int) (line, col int) {
	ls := strings.LastIndexByte(s[:off], '\n') + 1
	return 1 + strings.Count(s[:ls], "\n"), 1 + utf8.RuneCountInString(s[ls:off])
}

// displayPath is p as CI systems want it: relative to the working
// directory (the repository root in a CI job) when it lies inside it,
// with forward slashes.
func displayPath(p string) string {
	if filepath.IsAbs(p) {
		if wd, err := os.Getwd(); err == nil {
			if rel, err := filepath.Rel(wd, p); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
				p = rel
			}
		}
	}
	return filepath.ToSlash(filepath.Clean(p))
}

// counts tallies the findings that involve a new article.
type checkCounts struct {
	failing, accepted int
	byVerdict         map[compare.Verdict]int // new findings only
}

func (res *checkResult) counts() checkCounts {
	n := checkCounts{byVerdict: map[compare.Verdict]int{}}
	for _, f := range res.findings {
		switch {
		case f.Accepted:
			n.accepted++
		default:
			n.byVerdict[f.Verdict]++
		}
		if f.Fails {
			n.failing++
		}
	}
	return n
}

// failed reports whether the check fails: a finding at or above the fail
// level involves a new article, or a new article could not be read (it
// could not be checked, and letting it through unchecked is what a gate
// must not do, whatever the fail level).
func (res *checkResult) failed() bool {
	return res.counts().failing > 0 || len(res.fileErrors) > 0
}

// newFindings are the findings a baseline did not accept, as a report for
// the compare renderers.
func (res *checkResult) newReport() *compare.Report {
	r := *res.report
	r.Findings = make([]compare.Finding, 0, len(res.findings))
	for _, f := range res.findings {
		if f.New {
			r.Findings = append(r.Findings, f.Finding)
		}
	}
	return &r
}

// verdictLine is the one-line outcome printed on stderr.
func (res *checkResult) verdictLine() string {
	n := res.counts()
	var b strings.Builder
	fmt.Fprintf(&b, "crosscheck check: %s against %s: ",
		plural(len(res.newDocs), "new article", "new articles"), res.against)
	fmt.Fprintf(&b, "%s, %s", plural(n.byVerdict[compare.Conflict], "conflict", "conflicts"),
		plural(n.byVerdict[compare.Variant], "variant", "variants"))
	if n.accepted > 0 {
		fmt.Fprintf(&b, " (and %s accepted by %s)", plural(n.accepted, "finding", "findings"), res.baselinePath)
	}
	if len(res.fileErrors) > 0 {
		fmt.Fprintf(&b, "; %s could not be read", plural(len(res.fileErrors), "new article", "new articles"))
	}
	if res.failed() {
		b.WriteString("; failed")
	} else {
		b.WriteString("; passed")
	}
	fmt.Fprintf(&b, " (fail level %s)", res.levelName)
	return b.String()
}

// describe is a finding's message for CI annotations: the value the new
// article gives, then the others with where they stand and who published
// them.
//
//	"June 15, 2022" here conflicts with "June 14, 2022" in
//	brief_b.txt:4 (Northgate Wire). Difference: 1 day.
func (res *checkResult) describe(f checkedFinding) string {
	here := -1
	for i, v := range f.Values {
		for _, id := range v.Claims {
			if f.At != nil && id == f.At.Claim {
				here = i
			}
		}
	}
	var b strings.Builder
	if here >= 0 {
		fmt.Fprintf(&b, "%q here", f.Values[here].Display)
	}
	var others []string
	for i, v := range f.Values {
		if i == here {
			continue
		}
		where := make([]string, len(v.Claims))
		for j, id := range v.Claims {
			where[j] = evidence(res.claims, id)
		}
		s := fmt.Sprintf("%q in %s", v.Display, strings.Join(where, ", "))
		if len(v.Sources) > 0 {
			s += " (" + strings.Join(v.Sources, "; ") + ")"
		}
		others = append(others, s)
	}
	if len(others) > 0 {
		switch {
		case b.Len() == 0:
		case f.Verdict == compare.Conflict:
			b.WriteString(" conflicts with ")
		default:
			b.WriteString(" differs from ")
		}
		b.WriteString(strings.Join(others, "; "))
	}
	if f.Difference != "" {
		fmt.Fprintf(&b, ". Difference: %s", f.Difference)
	}
	b.WriteString(".")
	return b.String()
}

// title is a finding's one-line heading for CI annotations.
func (f checkedFinding) title() string {
	return fmt.Sprintf("crosscheck %s: %s", f.Verdict, f.Topic)
}

// renderCheckText is the compare table of the findings that involve a new
// article, then what the check made of them.
func renderCheckText(e *env, res *checkResult) error {
	if err := renderTable(e.stdout, res.newReport(), renderOptions{color: useColor(e), all: res.all}); err != nil {
		return err
	}
	_, err := io.WriteString(e.stdout, res.textTrailer())
	return err
}

// textTrailer says which articles were new and what the baseline accepted.
func (res *checkResult) textTrailer() string {
	var b strings.Builder
	fmt.Fprintf(&b, "Checked %s against %s", plural(len(res.newDocs), "new article", "new articles"), res.against)
	if len(res.newDocs) > 0 {
		fmt.Fprintf(&b, ": %s", strings.Join(res.newDocs, ", "))
	}
	b.WriteString(".\n")
	if n := res.counts(); n.accepted > 0 {
		fmt.Fprintf(&b, "%s accepted by the baseline %s and not shown.\n", plural(n.accepted, "finding", "findings"), res.baselinePath)
	}
	for _, le := range res.fileErrors {
		fmt.Fprintf(&b, "Could not read %s\n", le.Error())
	}
	return b.String()
}

// renderCheckMarkdown is the Markdown report of the findings that involve
// a new article, for a pull request comment.
func renderCheckMarkdown(e *env, res *checkResult) error {
	return writeCheckMarkdown(e.stdout, res)
}

func writeCheckMarkdown(w io.Writer, res *checkResult) error {
	if err := renderMarkdown(w, res.newReport(), renderOptions{all: res.all}); err != nil {
		return err
	}
	var b strings.Builder
	fmt.Fprintf(&b, "\n## Check\n\n%s\n", mdEscape(strings.TrimSuffix(strings.SplitN(res.textTrailer(), "\n", 2)[0], ".")+"."))
	if n := res.counts(); n.accepted > 0 {
		fmt.Fprintf(&b, "\n%s accepted by the baseline %s.\n", plural(n.accepted, "finding", "findings"), mdCode(res.baselinePath))
	}
	for _, le := range res.fileErrors {
		fmt.Fprintf(&b, "\n**Could not read** %s\n", mdEscape(le.Error()))
	}
	fmt.Fprintf(&b, "\n**%s** (fail level %s).\n", map[bool]string{true: "Failed", false: "Passed"}[res.failed()], res.levelName)
	_, err := io.WriteString(w, b.String())
	return err
}

// gitNewArticles lists the articles of dir that were added or modified
// since rev: changes committed since rev's merge base with HEAD (so a
// branch is judged on its own changes even when rev moved on), staged or
// not, and untracked articles not ignored by .gitignore. Renames count as
// additions. With recursive, articles in sub-folders of dir count too.
func gitNewArticles(dir, rev string, recursive bool) ([]string, error) {
	if _, err := exec.LookPath("git"); err != nil {
		return nil, errors.New("--new-from-rev needs git, and git is not on PATH")
	}
	if out, err := git(dir, "rev-parse", "--is-inside-work-tree"); err != nil || strings.TrimSpace(out) != "true" {
		return nil, fmt.Errorf("--new-from-rev: %s is not in a git work tree", dir)
	}
	if _, err := git(dir, "rev-parse", "--verify", "--quiet", "--end-of-options", rev+"^{commit}"); err != nil {
		return nil, fmt.Errorf("--new-from-rev: unknown revision %q (in CI, fetch the history: actions/checkout with fetch-depth: 0)", rev)
	}
	base := rev
	if out, err := git(dir, "merge-base", "--end-of-options", rev, "HEAD"); err == nil && strings.TrimSpace(out) != "" {
		base = strings.TrimSpace(out)
	}
	changed, err := git(dir, "diff", "--name-only", "--no-renames", "--diff-filter=AM", "--relative", "-z", base, "--", ".")
	if err != nil {
		return nil, fmt.Errorf("--new-from-rev: %v", err)
	}
	untracked, err := git(dir, "ls-files", "--others", "--exclude-standard", "-z", "--", ".")
	if err != nil {
		return nil, fmt.Errorf("--new-from-rev: %v", err)
	}
	seen := map[string]bool{}
	var out []string
	for _, rel := range strings.Split(changed+untracked, "\x00") {
		if rel == "" || seen[rel] || !claims.IsArticleName(rel) {
			continue
		}
		seen[rel] = true
		parts := strings.Split(rel, "/")
		if len(parts) > 1 && !recursive {
			continue
		}
		hidden := false
		for _, p := range parts {
			hidden = hidden || strings.HasPrefix(p, ".")
		}
		if hidden {
			continue // Load skips hidden files and folders too
		}
		path := filepath.Join(dir, filepath.FromSlash(rel))
		if _, err := os.Stat(path); err != nil {
			continue // deleted in the work tree since
		}
		out = append(out, path)
	}
	sort.Strings(out)
	return out, nil
}

// git runs git in dir and returns its standard output, or an error with
// the first line git printed on stderr.
func git(dir string, args ...string) (string, error) {
	cmd := exec.Command("git", append([]string{"-C", dir}, args...)...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		msg := strings.TrimSpace(stderr.String())
		if i := strings.IndexByte(msg, '\n'); i >= 0 {
			msg = msg[:i]
		}
		if msg == "" {
			msg = err.Error()
		}
		return "", fmt.Errorf("git %s: %s", args[0], msg)
	}
	return stdout.String(), nil
}

// readBaselineFile reads a baseline, naming the file in errors.
func readBaselineFile(path string) (*compare.Baseline, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("baseline: %w", err)
	}
	defer f.Close()
	b, err := compare.ReadBaseline(f)
	if err != nil {
		sep := ": "
		var be *compare.BaselineError
		if errors.As(err, &be) && be.Line > 0 {
			sep = ":"
		}
		return nil, fmt.Errorf("baseline %s%s%v (rewrite it with --write-baseline)", path, sep, err)
	}
	return b, nil
}

// writeBaselineFile writes b to path.
func writeBaselineFile(path string, b *compare.Baseline) error {
	var buf bytes.Buffer
	if err := b.Write(&buf); err != nil {
		return fmt.Errorf("baseline: %w", err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("baseline: %w", err)
	}
	return nil
}

// checkJSON is the JSON report of a check: the version-1 report of every
// article, whose findings are those that involve a new article, each with
// what the check made of it, and a "check" object. It only adds fields to
// the contract; the findings field shadows the embedded report's.
type checkJSON struct {
	*compare.Report
	Findings []checkedFinding `json:"findings"`
	Check    checkSummary     `json:"check"`
}

// checkSummary is the outcome of a check in the JSON report.
type checkSummary struct {
	Against      string   `json:"against"`
	NewFromRev   string   `json:"new_from_rev,omitempty"`
	NewDocuments []string `json:"new_documents"`
	FailLevel    string   `json:"fail_level"`
	Baseline     string   `json:"baseline,omitempty"`
	// Conflicts and Variants count the new findings; Accepted those the
	// baseline accepted.
	Conflicts int  `json:"conflicts"`
	Variants  int  `json:"variants"`
	Accepted  int  `json:"accepted"`
	Failed    bool `json:"failed"`
	// Errors are the new articles that could not be read.
	Errors []checkError `json:"errors"`
}

type checkError struct {
	Path   string `json:"path"`
	Line   int    `json:"line,omitempty"`
	Col    int    `json:"col,omitempty"`
	Reason string `json:"reason"`
}

// renderCheckJSON writes the check as JSON, indented like the compare
// report.
func renderCheckJSON(e *env, res *checkResult) error {
	n := res.counts()
	out := checkJSON{
		Report:   visible(res.report, res.all),
		Findings: res.findings,
		Check: checkSummary{
			Against: filepath.ToSlash(res.against), NewFromRev: res.rev,
			NewDocuments: append([]string{}, res.newDocs...),
			FailLevel:    res.levelName, Baseline: res.baselinePath,
			Conflicts: n.byVerdict[compare.Conflict], Variants: n.byVerdict[compare.Variant],
			Accepted: n.accepted, Failed: res.failed(),
			Errors: []checkError{},
		},
	}
	if out.Findings == nil {
		out.Findings = []checkedFinding{}
	}
	for _, le := range res.fileErrors {
		out.Check.Errors = append(out.Check.Errors, checkError{Path: displayPath(le.Path), Line: le.Line, Col: le.Col, Reason: le.Reason})
	}
	enc := json.NewEncoder(e.stdout)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		return fmt.Errorf("writing JSON: %w", err)
	}
	return nil
}
