package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/santhosh-tekuri/jsonschema/v6"
	"go.yaml.in/yaml/v3"
)

// The check tests run the CLI in process over temporary copies of the
// seeds: the four oldest articles are the accepted corpus, the newest is
// the new article. What they assert about the seeds comes from
// seeds/expected.yaml (the date of the Mexico City meeting and
// Sherwood-Randall's title are the conflicts between the last two), and
// the lines are found in the article's text, not copied from the output.

// moduleRoot is the module root as an absolute path: the check tests
// change the working directory to a temporary corpus.
var moduleRoot = func() string {
	abs, err := filepath.Abs(repoRoot)
	if err != nil {
		panic(err)
	}
	return abs
}()

// seedArticles lists the seed articles, oldest first (their names sort by
// age), and reads sources.yaml.
func seedArticles(t *testing.T) (names []string, sources []byte) {
	t.Helper()
	dir := filepath.Join(moduleRoot, "seeds")
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".txt") {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	if len(names) != 5 {
		t.Fatalf("want 5 seed articles, found %d", len(names))
	}
	sources, err = os.ReadFile(filepath.Join(dir, "sources.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	return names, sources
}

func readSeed(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(moduleRoot, "seeds", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// seedCheck is a temporary working directory (the test's cwd) with the
// accepted seeds in accepted/ and the newest seed in new/, each folder
// with the seeds' sources.yaml.
type seedCheck struct {
	dir      string
	newName  string // the new article's file name
	newPath  string // "new/<name>", as the CLI is given it and prints it
	accepted []string
}

func newSeedCheck(t *testing.T) *seedCheck {
	t.Helper()
	names, sources := seedArticles(t)
	dir := t.TempDir()
	files := map[string]string{"accepted/sources.yaml": string(sources), "new/sources.yaml": string(sources)}
	for _, n := range names[:4] {
		files["accepted/"+n] = readSeed(t, n)
	}
	files["new/"+names[4]] = readSeed(t, names[4])
	writeFiles(t, dir, files)
	t.Chdir(dir)
	return &seedCheck{dir: dir, newName: names[4], newPath: "new/" + names[4], accepted: names[:4]}
}

// check runs "crosscheck check --against accepted" with args.
func (s *seedCheck) check(t *testing.T, env map[string]string, args ...string) cliResult {
	t.Helper()
	return cliRun{args: append([]string{"check", "--against", "accepted"}, args...), env: env}.run(t)
}

func (s *seedCheck) edit(t *testing.T, edit func(string) string) {
	t.Helper()
	p := filepath.Join(s.dir, "new", s.newName)
	copyFile(t, p, p, edit)
}

// lineOf is the 1-based number of the first line of text that holds
// every one of words.
func lineOf(t *testing.T, text string, words ...string) int {
	t.Helper()
	for i, line := range strings.Split(text, "\n") {
		all := true
		for _, w := range words {
			all = all && strings.Contains(line, w)
		}
		if all {
			return i + 1
		}
	}
	t.Fatalf("no line holds %q", words)
	return 0
}

// atColumn is the text of line (1-based) from character column col on.
func atColumn(text string, line, col int) string {
	lines := strings.Split(text, "\n")
	if line < 1 || line > len(lines) {
		return ""
	}
	r := []rune(lines[line-1])
	if col < 1 || col > len(r) {
		return ""
	}
	return string(r[col-1:])
}

// seedConflicts are the two conflicts that involve the new seed, each
// with words that name it in every format and the words of the lines
// that state it in the new article and in the accepted one.
var seedConflicts = []struct {
	name      string
	kind      string
	names     []string // in every report of it
	newLine   []string // words of the line in the new article
	oldLine   []string // words of the line in the accepted article
	startsAny []string // what the claim at the reported column starts with
}{
	{"meeting date", "date", []string{"December 27", "December 28"},
		[]string{"December 28"}, []string{"December 27", "Mexico City"},
		[]string{"December 28", "last December 28"}},
	{"Sherwood-Randall's title", "role", []string{"Sherwood-Randall", "Homeland Security Advisor", "National Security Advisor"},
		[]string{"Homeland Security Advisor Elizabeth Sherwood-Randall"}, []string{"National Security Advisor Elizabeth Sherwood-Randall"},
		[]string{"White House Homeland Security Advisor", "Homeland Security Advisor", "Elizabeth Sherwood-Randall"}},
}

func hasAnyPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// TestCheckSeeds is the "done when" over a copy of the seeds: the
// new article's two conflicts are named on its lines in every format;
// a baseline accepts them; an edit elsewhere keeps them accepted; a new
// value for the meeting date fails again; --fail-level none passes; a bad
// flag is a failed run.
func TestCheckSeeds(t *testing.T) {
	s := newSeedCheck(t)
	newText := readSeed(t, s.newName)
	accText := readSeed(t, s.accepted[3])

	t.Run("text", func(t *testing.T) {
		res := s.check(t, nil, s.newPath)
		if res.code != exitFindings {
			t.Fatalf("exit %d, want 1\nstderr: %s", res.code, res.stderr)
		}
		for _, c := range seedConflicts {
			for _, w := range append(c.names, fmt.Sprintf("%s:%d", s.newName, lineOf(t, newText, c.newLine...))) {
				if !strings.Contains(res.stdout, w) {
					t.Errorf("%s: the table does not say %q", c.name, w)
				}
			}
		}
		if !strings.Contains(res.stderr, "2 conflicts") || !strings.Contains(res.stderr, "failed") {
			t.Errorf("stderr does not say 2 conflicts failed the check:\n%s", res.stderr)
		}
	})

	t.Run("markdown", func(t *testing.T) {
		res := s.check(t, nil, "--format", "markdown", s.newPath)
		if res.code != exitFindings {
			t.Fatalf("exit %d, want 1\nstderr: %s", res.code, res.stderr)
		}
		for _, c := range seedConflicts {
			for _, w := range append(c.names, fmt.Sprintf("%s:%d", s.newName, lineOf(t, newText, c.newLine...))) {
				if !strings.Contains(res.stdout, w) {
					t.Errorf("%s: the Markdown does not say %q", c.name, w)
				}
			}
		}
	})

	t.Run("github", func(t *testing.T) {
		summary := filepath.Join(t.TempDir(), "summary.md")
		if err := os.WriteFile(summary, []byte("# Earlier step\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		res := s.check(t, map[string]string{"GITHUB_STEP_SUMMARY": summary}, "--format", "github", s.newPath)
		if res.code != exitFindings {
			t.Fatalf("exit %d, want 1\nstderr: %s", res.code, res.stderr)
		}
		anns := parseAnnotations(t, res.stdout)
		for _, c := range seedConflicts {
			line := lineOf(t, newText, c.newLine...)
			var found *annotation
			for i, a := range anns {
				if a.level == "error" && a.props["line"] == fmt.Sprint(line) && containsAll(a.props["title"]+" "+a.message, c.names) {
					found = &anns[i]
				}
			}
			if found == nil {
				t.Errorf("%s: no ::error on line %d naming %q in\n%s", c.name, line, c.names, res.stdout)
				continue
			}
			if found.props["file"] != s.newPath {
				t.Errorf("%s: file=%q, want %q", c.name, found.props["file"], s.newPath)
			}
			var col int
			fmt.Sscan(found.props["col"], &col)
			if at := atColumn(newText, line, col); !hasAnyPrefix(at, c.startsAny) {
				t.Errorf("%s: col=%d points at %.40q, want the start of one of %q", c.name, col, at, c.startsAny)
			}
			if old := fmt.Sprintf("%s:%d", s.accepted[3], lineOf(t, accText, c.oldLine...)); !strings.Contains(found.message, old) {
				t.Errorf("%s: the message does not name the accepted article's line %s: %s", c.name, old, found.message)
			}
		}
		sum, err := os.ReadFile(summary)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(string(sum), "# Earlier step\n") || !strings.Contains(string(sum), "# crosscheck report") ||
			!strings.Contains(string(sum), "Sherwood") {
			t.Errorf("the job summary was not appended the Markdown report:\n%s", sum)
		}
	})

	t.Run("sarif", func(t *testing.T) {
		res := s.check(t, nil, "--format", "sarif", s.newPath)
		if res.code != exitFindings {
			t.Fatalf("exit %d, want 1\nstderr: %s", res.code, res.stderr)
		}
		log := validSARIF(t, []byte(res.stdout))
		for _, c := range seedConflicts {
			line := lineOf(t, newText, c.newLine...)
			var found *sarifResult
			for i, r := range log.Runs[0].Results {
				if r.RuleID == c.kind && r.Level == "error" && containsAll(r.Message.Text, c.names) {
					found = &log.Runs[0].Results[i]
				}
			}
			if found == nil {
				t.Errorf("%s: no %s error result naming %q", c.name, c.kind, c.names)
				continue
			}
			loc := found.Locations[0].PhysicalLocation
			if loc.ArtifactLocation.URI != s.newPath || loc.Region.StartLine != line {
				t.Errorf("%s: located at %s:%d, want %s:%d", c.name, loc.ArtifactLocation.URI, loc.Region.StartLine, s.newPath, line)
			}
			if at := atColumn(newText, line, loc.Region.StartColumn); !hasAnyPrefix(at, c.startsAny) {
				t.Errorf("%s: startColumn %d points at %.40q", c.name, loc.Region.StartColumn, at)
			}
			oldLine, ok := lineOf(t, accText, c.oldLine...), false
			for _, rl := range found.RelatedLocations {
				p := rl.PhysicalLocation
				ok = ok || (p.ArtifactLocation.URI == "accepted/"+s.accepted[3] && p.Region.StartLine == oldLine)
			}
			if !ok {
				t.Errorf("%s: no related location at accepted/%s:%d", c.name, s.accepted[3], oldLine)
			}
		}
	})

	t.Run("json", func(t *testing.T) {
		res := s.check(t, nil, "--format", "json", s.newPath)
		if res.code != exitFindings {
			t.Fatalf("exit %d, want 1\nstderr: %s", res.code, res.stderr)
		}
		var out struct {
			Version  int `json:"version"`
			Findings []struct {
				Verdict  string `json:"verdict"`
				Kind     string `json:"kind"`
				New      bool   `json:"new"`
				Accepted bool   `json:"accepted"`
				Fails    bool   `json:"fails"`
				At       struct {
					Path string `json:"path"`
					Line int    `json:"line"`
				} `json:"at"`
				Values []struct {
					Display string `json:"display"`
				} `json:"values"`
			} `json:"findings"`
			Check struct {
				NewDocuments []string `json:"new_documents"`
				Failed       bool     `json:"failed"`
				Conflicts    int      `json:"conflicts"`
			} `json:"check"`
		}
		if err := json.Unmarshal([]byte(res.stdout), &out); err != nil {
			t.Fatal(err)
		}
		if out.Version != 1 || !out.Check.Failed || out.Check.Conflicts != 2 || !cmp.Equal(out.Check.NewDocuments, []string{s.newName}) {
			t.Errorf("check = %+v (version %d), want failed with 2 conflicts in [%s]", out.Check, out.Version, s.newName)
		}
		for _, c := range seedConflicts {
			line := lineOf(t, newText, c.newLine...)
			ok := false
			for _, f := range out.Findings {
				ok = ok || (f.Verdict == "conflict" && f.Kind == c.kind && f.New && !f.Accepted && f.Fails &&
					f.At.Path == s.newPath && f.At.Line == line)
			}
			if !ok {
				t.Errorf("%s: no new failing %s conflict at %s:%d", c.name, c.kind, s.newPath, line)
			}
		}
	})

	t.Run("fail level none", func(t *testing.T) {
		if res := s.check(t, nil, "--fail-level", "none", s.newPath); res.code != exitOK {
			t.Errorf("exit %d, want 0\nstderr: %s", res.code, res.stderr)
		}
	})

	t.Run("bad flag", func(t *testing.T) {
		if res := s.check(t, nil, "--fail-levle", "none", s.newPath); res.code != exitFailed {
			t.Errorf("exit %d, want 2\nstderr: %s", res.code, res.stderr)
		}
	})

	t.Run("baseline", func(t *testing.T) {
		base := filepath.Join(t.TempDir(), "baseline.json")
		if res := s.check(t, nil, "--write-baseline", base, s.newPath); res.code != exitOK {
			t.Fatalf("--write-baseline: exit %d, want 0\nstderr: %s", res.code, res.stderr)
		}
		written, err := os.ReadFile(base)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range seedConflicts {
			if !containsAll(string(written), c.names) {
				t.Errorf("%s: the baseline does not spell out %q", c.name, c.names)
			}
		}
		for _, format := range []string{"text", "markdown", "json", "github", "sarif"} {
			res := s.check(t, nil, "--baseline", base, "--format", format, s.newPath)
			if res.code != exitOK {
				t.Errorf("--baseline --format %s: exit %d, want 0\nstderr: %s", format, res.code, res.stderr)
			}
			if format == "github" && strings.Contains(res.stdout, "::error") {
				t.Errorf("accepted findings were annotated:\n%s", res.stdout)
			}
		}

		// An edit elsewhere: a line reworded and two lines added at the
		// top move every claim down.
		s.edit(t, func(text string) string {
			text = strings.Replace(text, "According to local media reports", "According to several local media reports", 1)
			return "Updated edition.\n\n" + text
		})
		if res := s.check(t, nil, "--baseline", base, "--format", "github", s.newPath); res.code != exitOK {
			t.Errorf("after an unrelated edit: exit %d, want 0\n%s%s", res.code, res.stdout, res.stderr)
		}

		// Another value for the meeting date: a new finding.
		s.edit(t, func(text string) string { return strings.Replace(text, "December 28", "December 29", 1) })
		res := s.check(t, nil, "--baseline", base, "--format", "github", s.newPath)
		if res.code != exitFindings {
			t.Fatalf("after a new meeting date: exit %d, want 1\n%s%s", res.code, res.stdout, res.stderr)
		}
		if !strings.Contains(res.stdout, "December 29") || strings.Contains(res.stdout, "Sherwood-Randall") {
			t.Errorf("want one annotation, for the new date, and the accepted title conflict left alone:\n%s", res.stdout)
		}
	})
}

// TestCheckExitCodes runs check for every way it can end.
func TestCheckExitCodes(t *testing.T) {
	s := newSeedCheck(t)
	oldest := "accepted/" + s.accepted[0]
	writeFiles(t, s.dir, map[string]string{
		"others/sources.yaml":   "",
		"bad/binary.txt":        "The talks\x00 ended.\n",
		"bad/front.md":          "---\npublished: 2024-13-01\n---\nThe talks ended on Friday.\n",
		"broken/a.txt":          "\xff\xfe not text",
		"baselines/empty.json":  "",
		"baselines/broken.json": "{\"version\": 1,\n\"findings\": [\n",
		"baselines/none.json":   "{\"version\": 1, \"findings\": []}\n",
	})
	// The oldest seed checked against the other three: the gold lists no
	// conflict that involves it, and one variant (a fuller name).
	rest := filepath.Join(s.dir, "rest")
	writeFiles(t, rest, map[string]string{"sources.yaml": readFile(t, "accepted/sources.yaml")})
	for _, n := range s.accepted[1:] {
		copyFile(t, filepath.Join("accepted", n), filepath.Join(rest, n), nil)
	}
	tests := []struct {
		name       string
		args       []string
		want       int
		wantStderr string
	}{
		{"conflicts", []string{"--against", "accepted", s.newPath}, 1, "2 conflicts"},
		{"conflicts, fail level variant", []string{"--against", "accepted", "--fail-level", "variant", s.newPath}, 1, "failed"},
		{"conflicts, fail level none", []string{"--against", "accepted", "--fail-level", "none", s.newPath}, 0, "passed"},
		{"no conflict", []string{"--against", "rest", oldest}, 0, "0 conflicts"},
		{"a variant, fail level variant", []string{"--against", "rest", "--fail-level", "variant", oldest}, 1, "failed"},
		{"empty baseline accepts nothing", []string{"--against", "accepted", "--baseline", "baselines/none.json", s.newPath}, 1, "failed"},
		{"-help", []string{"-help"}, 0, ""},
		{"bad flag", []string{"--against", "accepted", "--nope", s.newPath}, 2, "flag provided but not defined"},
		{"unknown format", []string{"--against", "accepted", "--format", "xml", s.newPath}, 2, `unknown format "xml"`},
		{"unknown fail level", []string{"--against", "accepted", "--fail-level", "warning", s.newPath}, 2, `unknown fail level "warning"`},
		{"no --against", []string{s.newPath}, 2, "--against DIR is required"},
		{"--against a file", []string{"--against", s.newPath, oldest}, 2, "not a folder"},
		{"no new article", []string{"--against", "accepted"}, 2, "no new articles named"},
		{"new article missing", []string{"--against", "accepted", "new/missing.txt"}, 2, "new/missing.txt: no such file"},
		{"files and --new-from-rev", []string{"--against", "accepted", "--new-from-rev", "HEAD", s.newPath}, 2, "not both"},
		{"stdin", []string{"--against", "accepted", "-"}, 2, `"-" is not read`},
		{"baseline missing", []string{"--against", "accepted", "--baseline", "baselines/missing.json", s.newPath}, 2, "baseline"},
		{"baseline empty", []string{"--against", "accepted", "--baseline", "baselines/empty.json", s.newPath}, 2, "baselines/empty.json: empty file"},
		{"baseline broken", []string{"--against", "accepted", "--baseline", "baselines/broken.json", s.newPath}, 2, "baselines/broken.json:2:"},
		{"unreadable corpus", []string{"--against", "broken", s.newPath}, 2, "could not all be read"},
		{"empty corpus", []string{"--against", "others", s.newPath}, 2, "no .txt or .md articles"},
		{"binary new article", []string{"--against", "accepted", "bad/binary.txt"}, 1, "bad/binary.txt:1:10: NUL byte"},
		{"new article with bad front matter", []string{"--against", "accepted", "--fail-level", "none", "bad/front.md"}, 1, "bad/front.md:2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := cliRun{args: append([]string{"check"}, tt.args...)}.run(t)
			if res.code != tt.want {
				t.Errorf("exit %d, want %d\nstdout: %s\nstderr: %s", res.code, tt.want, res.stdout, res.stderr)
			}
			if !strings.Contains(res.stderr, tt.wantStderr) {
				t.Errorf("stderr does not say %q:\n%s", tt.wantStderr, res.stderr)
			}
		})
	}
}

// TestCheckUnreadableNewArticle: an article that cannot be read is an
// error of that file in every format, and the others are still checked.
func TestCheckUnreadableNewArticle(t *testing.T) {
	s := newSeedCheck(t)
	writeFiles(t, s.dir, map[string]string{"new/notes.txt": "Line one.\nThe vote\x00 was close.\n"})
	tests := []struct {
		format string
		want   []string
	}{
		{"text", []string{"Could not read new/notes.txt:2:9: NUL byte", "Sherwood-Randall"}},
		{"markdown", []string{"new/notes.txt:2:9: NUL byte", "Sherwood"}},
		{"github", []string{"::error file=new/notes.txt,line=2,col=9,title=crosscheck%3A cannot read this article::NUL byte", "Sherwood-Randall"}},
		{"json", []string{`"path": "new/notes.txt",`, `"line": 2,`, `"reason": "NUL byte: this is a binary file, not text"`}},
		{"sarif", []string{`"ruleId": "unreadable-article"`, `"uri": "new/notes.txt"`}},
	}
	for _, tt := range tests {
		t.Run(tt.format, func(t *testing.T) {
			res := s.check(t, nil, "--format", tt.format, "new")
			if res.code != exitFindings {
				t.Errorf("exit %d, want 1\nstderr: %s", res.code, res.stderr)
			}
			for _, w := range tt.want {
				if !strings.Contains(res.stdout, w) {
					t.Errorf("output does not hold %q:\n%s", w, res.stdout)
				}
			}
			if tt.format == "sarif" {
				validSARIF(t, []byte(res.stdout))
			}
		})
	}
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func containsAll(s string, words []string) bool {
	for _, w := range words {
		if !strings.Contains(s, w) {
			return false
		}
	}
	return true
}

// An annotation is one GitHub workflow command, unescaped.
type annotation struct {
	level   string
	props   map[string]string
	message string
}

// parseAnnotations reads workflow commands the way the Actions runner
// does: "::level k=v,k=v::message", properties split on "," and "=" before
// unescaping.
func parseAnnotations(t *testing.T, out string) []annotation {
	t.Helper()
	unescape := strings.NewReplacer("%0D", "\r", "%0A", "\n", "%3A", ":", "%2C", ",", "%25", "%")
	var anns []annotation
	for _, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		if !strings.HasPrefix(line, "::") {
			t.Errorf("not a workflow command: %q", line)
			continue
		}
		rest := line[2:]
		end := strings.Index(rest, "::")
		if end < 0 {
			t.Errorf("no :: after the command: %q", line)
			continue
		}
		head, msg := rest[:end], rest[end+2:]
		a := annotation{props: map[string]string{}, message: unescape.Replace(msg)}
		a.level, head, _ = strings.Cut(head, " ")
		if head != "" {
			for _, kv := range strings.Split(head, ",") {
				k, v, ok := strings.Cut(kv, "=")
				if !ok {
					t.Errorf("property %q without =: %q", kv, line)
				}
				a.props[k] = unescape.Replace(v)
			}
		}
		anns = append(anns, a)
	}
	return anns
}

var sarifSchema *jsonschema.Schema

// validSARIF validates out against the SARIF 2.1.0 schema kept in
// testdata (formats asserted too) and decodes it.
func validSARIF(t *testing.T, out []byte) sarifLog {
	t.Helper()
	if sarifSchema == nil {
		path := filepath.Join(moduleRoot, "testdata", "sarif-schema-2.1.0.json")
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		doc, err := jsonschema.UnmarshalJSON(f)
		if err != nil {
			t.Fatal(err)
		}
		c := jsonschema.NewCompiler()
		c.AssertFormat()
		if err := c.AddResource("sarif-schema-2.1.0.json", doc); err != nil {
			t.Fatal(err)
		}
		if sarifSchema, err = c.Compile("sarif-schema-2.1.0.json"); err != nil {
			t.Fatal(err)
		}
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(out))
	if err != nil {
		t.Fatalf("SARIF output is not JSON: %v\n%s", err, out)
	}
	if err := sarifSchema.Validate(inst); err != nil {
		t.Fatalf("SARIF output does not validate against the 2.1.0 schema: %v", err)
	}
	var log sarifLog
	if err := json.Unmarshal(out, &log); err != nil {
		t.Fatal(err)
	}
	if len(log.Runs) != 1 {
		t.Fatalf("%d runs, want 1", len(log.Runs))
	}
	return log
}

// gitAvailable skips a test that needs git when it is not on PATH.
func gitAvailable(t *testing.T) {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not on PATH: --new-from-rev cannot be tested here")
	}
}

// gitRepo is a temporary git work tree, the test's working directory,
// with git's identity and configuration isolated from the machine's.
type gitRepo struct{ dir string }

func newGitRepo(t *testing.T) *gitRepo {
	t.Helper()
	gitAvailable(t)
	for k, v := range map[string]string{
		"GIT_AUTHOR_NAME": "Desk", "GIT_AUTHOR_EMAIL": "desk@example.org",
		"GIT_COMMITTER_NAME": "Desk", "GIT_COMMITTER_EMAIL": "desk@example.org",
		"GIT_CONFIG_GLOBAL": os.DevNull, "GIT_CONFIG_NOSYSTEM": "1",
	} {
		t.Setenv(k, v)
	}
	r := &gitRepo{dir: t.TempDir()}
	t.Chdir(r.dir)
	r.git(t, "init", "-q", "-b", "main")
	return r
}

func (r *gitRepo) git(t *testing.T, args ...string) string {
	t.Helper()
	out, err := git(r.dir, args...)
	if err != nil {
		t.Fatalf("git %s: %v", strings.Join(args, " "), err)
	}
	return out
}

// commitAll commits every change in the work tree.
func (r *gitRepo) commitAll(t *testing.T, message string) {
	t.Helper()
	r.git(t, "add", "-A")
	r.git(t, "commit", "-q", "-m", message)
}

// TestGitNewArticles builds a branch with every kind of change and checks
// which articles --new-from-rev takes as new.
func TestGitNewArticles(t *testing.T) {
	r := newGitRepo(t)
	writeFiles(t, r.dir, map[string]string{
		"articles/a.txt":     "Talks began on Monday.\n",
		"articles/b.txt":     "The vote was held on Sunday.\n",
		"articles/c.md":      "The bridge opened in May.\n",
		"articles/sub/d.txt": "Two people were hurt.\n",
		"other/x.txt":        "Not an article of the corpus.\n",
		".gitignore":         "articles/ignored.txt\n",
	})
	r.commitAll(t, "accepted articles")
	r.git(t, "checkout", "-q", "-b", "story")
	// main moves on after the branch forked: b.txt changes there only.
	r.git(t, "checkout", "-q", "main")
	writeFiles(t, r.dir, map[string]string{"articles/b.txt": "The vote was held on Saturday.\n"})
	r.commitAll(t, "correct b")
	r.git(t, "update-ref", "refs/remotes/origin/main", "HEAD")
	r.git(t, "checkout", "-q", "story")

	writeFiles(t, r.dir, map[string]string{
		"articles/new.txt":   "The summit ends on Friday.\n",
		"articles/a.txt":     "Talks began on Monday in Lima.\n",
		"articles/sub/e.txt": "Three people were hurt.\n",
		"articles/photo.pdf": "%PDF",
		"other/y.txt":        "Elsewhere.\n",
	})
	r.git(t, "mv", "articles/c.md", "articles/c2.md")
	r.commitAll(t, "story")
	writeFiles(t, r.dir, map[string]string{
		"articles/staged.txt":    "Staged, not committed.\n",
		"articles/untracked.md":  "Not added yet.\n",
		"articles/ignored.txt":   "Ignored by .gitignore.\n",
		"articles/.draft.txt":    "Hidden.\n",
		"articles/sub/d.txt":     "Four people were hurt.\n",
		"articles/deleted-later": "",
	})
	r.git(t, "add", "articles/staged.txt")

	tests := []struct {
		name      string
		rev       string
		recursive bool
		want      []string
	}{
		{"since the fork from origin/main", "origin/main", false,
			[]string{"articles/a.txt", "articles/c2.md", "articles/new.txt", "articles/staged.txt", "articles/untracked.md"}},
		{"recursive", "origin/main", true,
			[]string{"articles/a.txt", "articles/c2.md", "articles/new.txt", "articles/staged.txt", "articles/sub/d.txt", "articles/sub/e.txt", "articles/untracked.md"}},
		{"since HEAD (a pre-commit hook)", "HEAD", false,
			[]string{"articles/staged.txt", "articles/untracked.md"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := gitNewArticles("articles", tt.rev, tt.recursive)
			if err != nil {
				t.Fatal(err)
			}
			for i := range got {
				got[i] = filepath.ToSlash(got[i])
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("new articles (-want +got):\n%s", diff)
			}
		})
	}

	t.Run("unknown revision", func(t *testing.T) {
		_, err := gitNewArticles("articles", "origin/nope", false)
		if err == nil || !strings.Contains(err.Error(), `unknown revision "origin/nope"`) {
			t.Errorf("error = %v, want an unknown revision", err)
		}
	})
	t.Run("not a work tree", func(t *testing.T) {
		outside := t.TempDir()
		_, err := gitNewArticles(outside, "HEAD", false)
		if want := outside + " is not in a git work tree"; err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("error = %v, want %q", err, want)
		}
	})
}

// seedRepo is a git repository whose main branch (and origin/main) holds
// the four accepted seeds in articles/, checked out on a branch that adds
// the newest seed, as a pull request would.
func seedRepo(t *testing.T) (r *gitRepo, newPath string) {
	t.Helper()
	names, sources := seedArticles(t)
	r = newGitRepo(t)
	files := map[string]string{"articles/sources.yaml": string(sources)}
	for _, n := range names[:4] {
		files["articles/"+n] = readSeed(t, n)
	}
	writeFiles(t, r.dir, files)
	r.commitAll(t, "accepted articles")
	r.git(t, "update-ref", "refs/remotes/origin/main", "HEAD")
	r.git(t, "checkout", "-q", "-b", "new-story")
	writeFiles(t, r.dir, map[string]string{"articles/" + names[4]: readSeed(t, names[4])})
	r.commitAll(t, "new story")
	return r, "articles/" + names[4]
}

func TestCheckNewFromRev(t *testing.T) {
	_, newPath := seedRepo(t)
	newText := readFile(t, newPath)
	res := cliRun{args: []string{"check", "--against", "articles", "--new-from-rev", "origin/main", "--format", "github"}}.run(t)
	if res.code != exitFindings {
		t.Fatalf("exit %d, want 1\n%s%s", res.code, res.stdout, res.stderr)
	}
	anns := parseAnnotations(t, res.stdout)
	for _, c := range seedConflicts {
		line, ok := fmt.Sprint(lineOf(t, newText, c.newLine...)), false
		for _, a := range anns {
			ok = ok || (a.level == "error" && a.props["file"] == newPath && a.props["line"] == line)
		}
		if !ok {
			t.Errorf("%s: no ::error at %s:%s in\n%s", c.name, newPath, line, res.stdout)
		}
	}

	t.Run("nothing new", func(t *testing.T) {
		res := cliRun{args: []string{"check", "--against", "articles", "--new-from-rev", "HEAD", "--format", "sarif"}}.run(t)
		if res.code != exitOK || !strings.Contains(res.stderr, "0 new articles") {
			t.Errorf("exit %d, want 0 with 0 new articles\n%s", res.code, res.stderr)
		}
		if log := validSARIF(t, []byte(res.stdout)); len(log.Runs[0].Results) != 0 {
			t.Errorf("%d results, want none", len(log.Runs[0].Results))
		}
	})
	t.Run("not a git work tree", func(t *testing.T) {
		outside := t.TempDir()
		writeFiles(t, outside, map[string]string{"a.txt": "The talks ended on Friday.\n"})
		res := cliRun{args: []string{"check", "--against", outside, "--new-from-rev", "origin/main"}}.run(t)
		if res.code != exitFailed || !strings.Contains(res.stderr, "is not in a git work tree") {
			t.Errorf("exit %d, want 2 saying it is not a work tree\n%s", res.code, res.stderr)
		}
	})
}

// readmeBlock is a fenced code block of README.md: its info string and
// its text.
type readmeBlock struct{ lang, text string }

// useInCI reads the code blocks of README.md's "Use in CI" section.
func useInCI(t *testing.T) []readmeBlock {
	t.Helper()
	readme := readFile(t, filepath.Join(moduleRoot, "README.md"))
	_, section, ok := strings.Cut(readme, "\n## Use in CI\n")
	if !ok {
		t.Fatal(`README.md has no "## Use in CI" section`)
	}
	if i := strings.Index(section, "\n## "); i >= 0 {
		section = section[:i]
	}
	var blocks []readmeBlock
	lines := strings.Split(section, "\n")
	for i := 0; i < len(lines); i++ {
		if !strings.HasPrefix(lines[i], "```") {
			continue
		}
		b := readmeBlock{lang: strings.TrimPrefix(lines[i], "```")}
		var body []string
		for i++; i < len(lines) && lines[i] != "```"; i++ {
			body = append(body, lines[i])
		}
		b.text = strings.Join(body, "\n") + "\n"
		blocks = append(blocks, b)
	}
	return blocks
}

// workflowStep is a step of a GitHub Actions job.
type workflowStep struct {
	Name string            `yaml:"name"`
	Uses string            `yaml:"uses"`
	If   string            `yaml:"if"`
	Run  string            `yaml:"run"`
	With map[string]string `yaml:"with"`
}

// readmeCommand is a crosscheck command line the README shows, as args
// for run, with the file its standard output is redirected to.
type readmeCommand struct {
	line     string
	args     []string
	redirect string
}

// parseCommand reads a shell line the README shows: "[exec] go run
// ./cmd/crosscheck ARGS [> FILE]", arguments without quotes.
func parseCommand(t *testing.T, line string) readmeCommand {
	t.Helper()
	c := readmeCommand{line: line}
	words := strings.Fields(line)
	if len(words) > 0 && words[0] == "exec" {
		words = words[1:]
	}
	if len(words) < 3 || words[0] != "go" || words[1] != "run" || words[2] != "./cmd/crosscheck" {
		t.Fatalf("README command %q does not start with go run ./cmd/crosscheck", line)
	}
	words = words[3:]
	if n := len(words); n >= 2 && words[n-2] == ">" {
		c.redirect, words = words[n-1], words[:n-2]
	}
	for _, w := range words {
		if strings.ContainsAny(w, `"'$|&;<>*`) {
			t.Fatalf("README command %q has shell syntax the test does not run: %q", line, w)
		}
	}
	c.args = words
	return c
}

// TestReadmeUseInCI runs the commands of README.md's "Use in CI" section
// as they are written, against a temporary repository laid out as the
// section assumes (articles/ on main, a branch adding an article that
// contradicts two accepted ones), and checks the workflows' structure.
func TestReadmeUseInCI(t *testing.T) {
	gitAvailable(t)
	var workflows [][]workflowStep
	var commands []readmeCommand
	var shellLines []string
	for _, b := range useInCI(t) {
		switch b.lang {
		case "yaml":
			var wf struct {
				Jobs map[string]struct {
					Steps []workflowStep `yaml:"steps"`
				} `yaml:"jobs"`
			}
			var steps []workflowStep
			if err := yaml.Unmarshal([]byte(b.text), &wf); err == nil && len(wf.Jobs) > 0 {
				for _, j := range wf.Jobs {
					steps = append(steps, j.Steps...)
				}
				workflows = append(workflows, steps)
			} else if err := yaml.Unmarshal([]byte(b.text), &steps); err != nil {
				t.Fatalf("a yaml block is neither a workflow nor a list of steps: %v\n%s", err, b.text)
			}
			for _, s := range steps {
				if strings.Contains(s.Run, "crosscheck") {
					commands = append(commands, parseCommand(t, strings.TrimSpace(s.Run)))
				}
			}
		case "sh":
			for _, l := range strings.Split(b.text, "\n") {
				switch {
				case strings.Contains(l, "./cmd/crosscheck"):
					commands = append(commands, parseCommand(t, l))
				case strings.HasPrefix(l, "git "):
					shellLines = append(shellLines, l)
				}
			}
		}
	}

	t.Run("workflows", func(t *testing.T) {
		if len(workflows) != 2 {
			t.Fatalf("%d complete workflows, want 2 (annotations, SARIF upload)", len(workflows))
		}
		for i, steps := range workflows {
			var checkout, setup, check bool
			for _, s := range steps {
				switch {
				case strings.HasPrefix(s.Uses, "actions/checkout@"):
					checkout = s.With["fetch-depth"] == "0"
				case strings.HasPrefix(s.Uses, "actions/setup-go@"):
					setup = s.With["go-version"] == "1.26"
				case strings.Contains(s.Run, "check --against articles --new-from-rev origin/main"):
					check = true
				}
			}
			if !checkout || !setup || !check {
				t.Errorf("workflow %d: checkout with fetch-depth 0 %v, setup-go 1.26 %v, check %v; want all", i+1, checkout, setup, check)
			}
		}
		var upload *workflowStep
		for i, s := range workflows[1] {
			if strings.HasPrefix(s.Uses, "github/codeql-action/upload-sarif@") {
				upload = &workflows[1][i]
			}
		}
		if upload == nil || upload.If != "always()" {
			t.Fatalf("the second workflow does not upload SARIF with if: always(): %+v", upload)
		}
		redirected := false
		for _, c := range commands {
			redirected = redirected || (c.redirect != "" && c.redirect == upload.With["sarif_file"])
		}
		if !redirected {
			t.Errorf("no check writes the sarif_file %q the upload reads", upload.With["sarif_file"])
		}
	})

	// Each command has one role, told by its flags; every role must be
	// shown, and no command may go untested.
	byRole := map[string]readmeCommand{}
	for _, c := range commands {
		role := ""
		has := func(w string) bool { return slices.Contains(c.args, w) }
		switch {
		case has("--write-baseline"):
			role = "write baseline"
		case has("--baseline"):
			role = "with baseline"
		case has("sarif"):
			role = "sarif"
		case has("github"):
			role = "github"
		case has("HEAD"):
			role = "pre-commit"
		default:
			t.Fatalf("README command %q has no role in this test", c.line)
		}
		if _, dup := byRole[role]; dup {
			t.Fatalf("two README commands for %s; the test runs one", role)
		}
		byRole[role] = c
	}
	for _, role := range []string{"github", "sarif", "pre-commit", "write baseline", "with baseline"} {
		if _, ok := byRole[role]; !ok {
			t.Fatalf("README shows no command for %s", role)
		}
	}

	run := func(t *testing.T, c readmeCommand, vars map[string]string) cliResult {
		t.Helper()
		res := cliRun{args: c.args, env: vars}.run(t)
		if c.redirect != "" {
			if err := os.WriteFile(c.redirect, []byte(res.stdout), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		return res
	}

	t.Run("annotations", func(t *testing.T) {
		_, newPath := seedRepo(t)
		summary := filepath.Join(t.TempDir(), "summary.md")
		res := run(t, byRole["github"], map[string]string{"GITHUB_STEP_SUMMARY": summary})
		if res.code != exitFindings {
			t.Fatalf("%s: exit %d, want 1\n%s%s", byRole["github"].line, res.code, res.stdout, res.stderr)
		}
		newText := readFile(t, newPath)
		anns := parseAnnotations(t, res.stdout)
		for _, c := range seedConflicts {
			line, ok := fmt.Sprint(lineOf(t, newText, c.newLine...)), false
			for _, a := range anns {
				ok = ok || (a.level == "error" && a.props["file"] == newPath && a.props["line"] == line)
			}
			if !ok {
				t.Errorf("%s: no ::error at %s:%s", c.name, newPath, line)
			}
		}
		if s := readFile(t, summary); !strings.Contains(s, "Sherwood-Randall") {
			t.Errorf("the job summary does not report the conflicts:\n%s", s)
		}
	})

	t.Run("sarif upload", func(t *testing.T) {
		_, newPath := seedRepo(t)
		c := byRole["sarif"]
		if res := run(t, c, nil); res.code != exitFindings {
			t.Fatalf("%s: exit %d, want 1\n%s", c.line, res.code, res.stderr)
		}
		log := validSARIF(t, []byte(readFile(t, c.redirect)))
		errs := 0
		for _, r := range log.Runs[0].Results {
			if r.Level == "error" && r.Locations[0].PhysicalLocation.ArtifactLocation.URI == newPath {
				errs++
			}
		}
		if errs != len(seedConflicts) {
			t.Errorf("%d error results in %s, want %d", errs, newPath, len(seedConflicts))
		}
	})

	t.Run("pre-commit hook", func(t *testing.T) {
		r, newPath := seedRepo(t)
		// The new article is staged, not committed, as the hook sees it.
		r.git(t, "reset", "-q", "--soft", "HEAD~1")
		c := byRole["pre-commit"]
		res := run(t, c, nil)
		if res.code != exitFindings || !strings.Contains(res.stdout, filepath.Base(newPath)) {
			t.Errorf("%s: exit %d, want 1 naming %s\n%s%s", c.line, res.code, newPath, res.stdout, res.stderr)
		}
	})

	t.Run("baseline", func(t *testing.T) {
		r, _ := seedRepo(t)
		w := byRole["write baseline"]
		if res := run(t, w, nil); res.code != exitOK {
			t.Fatalf("%s: exit %d, want 0\n%s", w.line, res.code, res.stderr)
		}
		for _, l := range shellLines {
			r.git(t, strings.Fields(l)[1:]...)
		}
		if status := r.git(t, "status", "--porcelain"); !strings.Contains(status, "A  crosscheck-baseline.json") {
			t.Errorf("the README's git lines did not stage the baseline:\n%s", status)
		}
		c := byRole["with baseline"]
		if res := run(t, c, nil); res.code != exitOK || res.stdout != "" {
			t.Errorf("%s: exit %d, want 0 and no annotation\n%s%s", c.line, res.code, res.stdout, res.stderr)
		}
	})
}
