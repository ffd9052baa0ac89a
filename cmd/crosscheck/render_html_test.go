package main

import (
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"crosscheck/claims"
	"crosscheck/compare"
)

// The HTML page is written as XHTML-compatible HTML5, so these tests read
// it with encoding/xml in strict mode (stricter than the lenient mode:
// every element must be closed and nested right, every attribute quoted,
// every entity known). Strict XML does not prove an HTML5 parser builds
// the same tree, so htmlTree adds the two checks where the two differ for
// the markup we write: a self-closed element must be a void element
// ("<div/>" would stay open in HTML), and no block element may sit inside
// a <p> (an HTML parser closes the paragraph before it).

// htmlNode is an element of a parsed page, or a run of its text (name
// "#text").
type htmlNode struct {
	name     string
	attrs    map[string]string
	children []*htmlNode // elements and text, in document order
	text     string      // the text of a "#text" node
	parent   *htmlNode
}

// all is every element under n, n included, in document order.
func (n *htmlNode) all() []*htmlNode {
	if n.name == "#text" {
		return nil
	}
	out := []*htmlNode{n}
	for _, c := range n.children {
		out = append(out, c.all()...)
	}
	return out
}

// textContent is the text of n and everything under it, in document
// order, as a browser's textContent.
func (n *htmlNode) textContent() string {
	var b strings.Builder
	var walk func(*htmlNode)
	walk = func(n *htmlNode) {
		b.WriteString(n.text)
		for _, c := range n.children {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

func (n *htmlNode) hasClass(c string) bool {
	return slices.Contains(strings.Fields(n.attrs["class"]), c)
}

// htmlVoid are HTML's void elements, the only ones that may be
// self-closed.
var htmlVoid = map[string]bool{"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true,
	"img": true, "input": true, "link": true, "meta": true, "source": true, "track": true, "wbr": true}

// htmlBlock are elements an HTML parser does not let stand inside a <p>.
var htmlBlock = map[string]bool{"address": true, "article": true, "aside": true, "blockquote": true, "div": true,
	"dl": true, "footer": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"header": true, "hr": true, "main": true, "nav": true, "ol": true, "p": true, "pre": true, "section": true,
	"table": true, "ul": true}

var selfClosed = regexp.MustCompile(`<([a-zA-Z0-9]+)[^<>]*/>`)

// htmlTree parses page and checks that it is a well-formed,
// self-contained HTML5 document: a doctype, one <html> root, strict XML,
// only void elements self-closed, no block inside a paragraph, no script
// and nothing fetched from elsewhere.
func htmlTree(t *testing.T, page string) *htmlNode {
	t.Helper()
	if !strings.HasPrefix(page, "<!DOCTYPE html>\n") {
		t.Errorf("the page does not start with the HTML5 doctype: %.40q", page)
	}
	for _, m := range selfClosed.FindAllStringSubmatch(page, -1) {
		if !htmlVoid[m[1]] {
			t.Errorf("<%s/> is self-closed, but HTML would leave it open", m[1])
		}
	}
	d := xml.NewDecoder(strings.NewReader(page))
	d.Strict = true
	var root, cur *htmlNode
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("the page is not well-formed: %v", err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			n := &htmlNode{name: tok.Name.Local, attrs: map[string]string{}, parent: cur}
			for _, a := range tok.Attr {
				n.attrs[a.Name.Local] = a.Value
			}
			if cur == nil {
				if root != nil {
					t.Fatalf("a second root element <%s>", n.name)
				}
				root = n
			} else {
				cur.children = append(cur.children, n)
			}
			cur = n
		case xml.EndElement:
			cur = cur.parent
		case xml.CharData:
			if cur != nil {
				cur.children = append(cur.children, &htmlNode{name: "#text", text: string(tok), parent: cur})
			}
		}
	}
	if root == nil || root.name != "html" {
		t.Fatalf("the root element is not <html>")
	}
	for _, n := range root.all() {
		switch n.name {
		case "script", "link", "iframe", "img", "object", "embed":
			t.Errorf("the page holds a <%s>: it must need nothing else", n.name)
		}
		for k, v := range n.attrs {
			if strings.HasPrefix(k, "on") || ((k == "src" || k == "href") && !strings.HasPrefix(v, "#")) {
				t.Errorf("<%s %s=%q>: no script or outside reference", n.name, k, v)
			}
		}
		if n.name == "style" && (strings.Contains(n.textContent(), "url(") || strings.Contains(n.textContent(), "@import")) {
			t.Errorf("the style sheet fetches something")
		}
		if htmlBlock[n.name] {
			for p := n.parent; p != nil; p = p.parent {
				if p.name == "p" {
					t.Errorf("<%s> inside a <p>: an HTML parser would close the paragraph", n.name)
				}
			}
		}
	}
	return root
}

// findingsOf is the finding elements of a page, in order.
func findingsOf(root *htmlNode) []*htmlNode {
	var out []*htmlNode
	for _, n := range root.all() {
		if n.name == "article" && n.hasClass("finding") {
			out = append(out, n)
		}
	}
	return out
}

func verdictOf(n *htmlNode) string {
	for _, c := range strings.Fields(n.attrs["class"]) {
		if c != "finding" {
			return c
		}
	}
	return ""
}

// TestHTMLGolden draws the fixture report as HTML (go test ./cmd/crosscheck
// -update rewrites the golden files; read the diff before committing one).
func TestHTMLGolden(t *testing.T) {
	for _, tt := range []struct {
		name string
		opts renderOptions
	}{
		{"fixture.html", renderOptions{}},
		{"fixture_all.html", renderOptions{all: true}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			out := renderString(t, renderHTML, fixtureReport(), tt.opts)
			htmlTree(t, out)
			golden(t, tt.name, out)
		})
	}
}

// TestSeedsHTMLGolden checks the seeds report in HTML, from the command
// line, against testdata/golden/seeds.html, and checks the page: every
// conflict, variant and agreement of the JSON report, in that order, with
// their ids, and the three conflicts of seeds/expected.yaml first.
func TestSeedsHTMLGolden(t *testing.T) {
	t.Chdir(repoRoot)
	got := cliRun{args: []string{"compare", "--format", "html", "seeds"}}.run(t)
	if got.code != exitFindings {
		t.Errorf("exit code: want %d (conflicts found, as in every format), got %d; stderr:\n%s", exitFindings, got.code, got.stderr)
	}
	if got.stderr != "" {
		t.Errorf("stderr: want nothing, got:\n%s", got.stderr)
	}
	root := htmlTree(t, got.stdout)
	golden(t, "seeds.html", got.stdout)

	// The summary is the table's last line.
	table := cliRun{args: []string{"compare", "seeds"}}.run(t)
	lines := strings.Split(strings.TrimSpace(table.stdout), "\n")
	for _, n := range root.all() {
		if n.name == "p" && n.hasClass("summary") && n.textContent() != lines[len(lines)-1] {
			t.Errorf("summary: want the table's last line %q, got %q", lines[len(lines)-1], n.textContent())
		}
	}

	// The same findings as the JSON report, grouped by verdict in report
	// order.
	js := cliRun{args: []string{"compare", "--format", "json", "seeds"}}.run(t)
	var report struct {
		Findings []struct{ ID, Verdict string }
	}
	if err := json.Unmarshal([]byte(js.stdout), &report); err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, v := range []string{"conflict", "variant", "agree"} {
		for _, f := range report.Findings {
			if f.Verdict == v {
				want = append(want, f.ID+" "+v)
			}
		}
	}
	var gotIDs []string
	for _, f := range findingsOf(root) {
		gotIDs = append(gotIDs, f.attrs["id"]+" "+verdictOf(f))
	}
	if diff := cmp.Diff(want, gotIDs); diff != "" {
		t.Errorf("findings (-json +html):\n%s", diff)
	}
	// The conflicts of seeds/expected.yaml come first, each naming both
	// values.
	fs := findingsOf(root)
	for i, words := range [][]string{
		{"border", "3,145 km", "3,200 km"},
		{"December 27", "December 28"},
		{"Sherwood-Randall", "National Security Advisor", "Homeland Security Advisor"},
	} {
		found := false
		for _, f := range fs[:min(3, len(fs))] {
			found = found || (verdictOf(f) == "conflict" && containsAll(f.textContent(), words))
		}
		if !found {
			t.Errorf("conflict %d: none of the first three findings is a conflict naming %q", i+1, words)
		}
	}
}

// TestSeedsCheckHTML checks the HTML page of a check: a baseline accepts
// the new seed's two conflicts, then the meeting date changes; the new
// date conflict is marked new and failing, the title conflict accepted.
func TestSeedsCheckHTML(t *testing.T) {
	s := newSeedCheck(t)
	if res := s.check(t, nil, "--write-baseline", "baseline.json", s.newPath); res.code != exitOK {
		t.Fatalf("--write-baseline: exit %d, want 0\nstderr: %s", res.code, res.stderr)
	}
	s.edit(t, func(text string) string { return strings.Replace(text, "December 28", "December 29", 1) })
	res := s.check(t, nil, "--baseline", "baseline.json", "--format", "html", s.newPath)
	if res.code != exitFindings {
		t.Fatalf("exit %d, want 1 (as in every format)\nstderr: %s", res.code, res.stderr)
	}
	root := htmlTree(t, res.stdout)
	golden(t, "seeds_check.html", res.stdout)

	newText := readSeed(t, s.newName)
	marks := func(f *htmlNode) (tags []string, at string) {
		for _, n := range f.all() {
			if n.name == "span" && n.hasClass("tag") {
				tags = append(tags, n.textContent())
			}
			if n.name == "span" && n.hasClass("at") {
				at = n.textContent()
			}
		}
		return tags, at
	}
	var sawNew, sawAccepted bool
	for _, f := range findingsOf(root) {
		text := f.textContent()
		tags, at := marks(f)
		switch {
		case verdictOf(f) == "conflict" && containsAll(text, []string{"December 27", "December 29"}):
			sawNew = true
			if want := []string{"new", "fails the check"}; !cmp.Equal(tags, want) {
				t.Errorf("the new date conflict is marked %q, want %q", tags, want)
			}
			if want := fmt.Sprintf("at %s:%d:", s.newPath, lineOf(t, newText, "December 28")); !strings.HasPrefix(at, want) {
				t.Errorf("the new date conflict stands %q, want %q…", at, want)
			}
		case verdictOf(f) == "conflict" && strings.Contains(text, "Sherwood-Randall"):
			sawAccepted = true
			if want := []string{"accepted by the baseline"}; !cmp.Equal(tags, want) {
				t.Errorf("the accepted title conflict is marked %q, want %q", tags, want)
			}
		}
		if len(tags) == 0 {
			t.Errorf("finding %s carries no check mark", f.attrs["id"])
		}
	}
	if !sawNew || !sawAccepted {
		t.Errorf("want the new date conflict (%v) and the accepted title conflict (%v) on the page", sawNew, sawAccepted)
	}
	if page := root.textContent(); !strings.Contains(page, "Failed") || !strings.Contains(page, "accepted by the baseline baseline.json") {
		t.Errorf("the page does not give the outcome and the baseline")
	}
}

// hostileReport is the fixture with markup and ampersands in every piece
// of article text a page shows: ids, sources, topics, values, claims,
// sentences and the diff.
func hostileReport() *compare.Report {
	r := fixtureReport()
	const evil = `<script>alert("x")</script> & Sons <b>`
	r.Documents[0].Source = evil
	r.Documents[1].ID = "b<i>.txt"
	for i := range r.Claims {
		c := &r.Claims[i]
		if c.ID == "b.txt#2" {
			c.Sentence = "Smith & Wesson said " + evil + " the 3,200 km border is long."
			c.Doc = "b<i>.txt"
		}
	}
	f := &r.Findings[0]
	f.Topic = "length of the <em>border</em> & more"
	f.Values[0].Display = evil
	f.Values[1].Sources = []string{"A & B <x>"}
	f.DiffOps = append(f.DiffOps, compare.DiffOp{Op: "insert", Text: " " + evil})
	return r
}

// TestHTMLEscapesArticleText checks that no article text becomes markup:
// it reads back, once parsed, as the very text that went in.
func TestHTMLEscapesArticleText(t *testing.T) {
	out := renderString(t, renderHTML, hostileReport(), renderOptions{all: true})
	if strings.Contains(out, "<script") || strings.Contains(out, "<b>") || strings.Contains(out, "<em>") || strings.Contains(out, "<i>") {
		t.Errorf("article markup reached the page unescaped")
	}
	for _, s := range []string{"&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; Sons &lt;b&gt;", "Smith &amp; Wesson", "A &amp; B &lt;x&gt;"} {
		if !strings.Contains(out, s) {
			t.Errorf("the page lacks the escaped text %q", s)
		}
	}
	root := htmlTree(t, out)
	page := root.textContent()
	for _, s := range []string{`<script>alert("x")</script> & Sons <b>`, "length of the <em>border</em> & more", "b<i>.txt:4"} {
		if !strings.Contains(page, s) {
			t.Errorf("the parsed page does not read %q", s)
		}
	}
	var ins []string
	for _, n := range root.all() {
		if n.name == "ins" {
			ins = append(ins, n.textContent())
		}
	}
	if !slices.ContainsFunc(ins, func(s string) bool { return strings.Contains(s, `<script>alert("x")</script>`) }) {
		t.Errorf("the inserted markup is not the text of an <ins>: %q", ins)
	}
}

// TestHTMLConflictsFirst checks the order of the sections whatever the
// order of the findings in the report: conflicts, variants, agreements,
// single-source facts, each kept in report order.
func TestHTMLConflictsFirst(t *testing.T) {
	r := fixtureReport()
	f := r.Findings
	r.Findings = []compare.Finding{f[4], f[2], f[1], f[3], f[0]} // single, agree, variant, single, conflict
	root := htmlTree(t, renderString(t, renderHTML, r, renderOptions{all: true}))
	var got []string
	for _, n := range findingsOf(root) {
		got = append(got, n.attrs["id"]+" "+verdictOf(n))
	}
	want := []string{"F1 conflict", "F2 variant", "F3 agree", "F5 single", "F4 single"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("findings (-want +got):\n%s", diff)
	}
	var h2 []string
	for _, n := range root.all() {
		if n.name == "h2" {
			h2 = append(h2, n.textContent())
		}
	}
	if diff := cmp.Diff([]string{"Conflicts (1)", "Variants (1)", "Agreements (1)", "Single-source facts (2)"}, h2); diff != "" {
		t.Errorf("section headings (-want +got):\n%s", diff)
	}
}

// TestHTMLDeterminism checks that compare and check give the same page
// whatever the order the articles are named in and however many threads
// extract them.
func TestHTMLDeterminism(t *testing.T) {
	t.Run("compare", func(t *testing.T) {
		t.Chdir(repoRoot)
		reversed := slices.Clone(seedFiles)
		slices.Reverse(reversed)
		shuffled := []string{seedFiles[3], seedFiles[0], seedFiles[4], seedFiles[2], seedFiles[1]}
		var first string
		for i, paths := range [][]string{{"seeds"}, seedFiles, reversed, shuffled} {
			prev := runtime.GOMAXPROCS(1 + i%2)
			got := cliRun{args: append([]string{"compare", "--all", "--format", "html"}, paths...)}.run(t)
			runtime.GOMAXPROCS(prev)
			if i == 0 {
				first = got.stdout
				if !strings.Contains(first, "Single-source facts") {
					t.Fatalf("--all left out the single-source facts")
				}
				continue
			}
			if got.stdout != first {
				t.Errorf("paths %v: the page differs from the first run:\n%s", paths, lineDiff(first, got.stdout))
			}
		}
	})
	t.Run("check", func(t *testing.T) {
		// Three accepted seeds, two new ones, named in either order and
		// as their folder.
		names, sources := seedArticles(t)
		dir := t.TempDir()
		files := map[string]string{"accepted/sources.yaml": string(sources), "new/sources.yaml": string(sources)}
		for i, n := range names {
			folder := "accepted/"
			if i >= 3 {
				folder = "new/"
			}
			files[folder+n] = readSeed(t, n)
		}
		writeFiles(t, dir, files)
		t.Chdir(dir)
		a, b := "new/"+names[3], "new/"+names[4]
		var first string
		for i, paths := range [][]string{{a, b}, {b, a}, {"new"}} {
			prev := runtime.GOMAXPROCS(1 + i%2)
			got := cliRun{args: append([]string{"check", "--against", "accepted", "--all", "--format", "html"}, paths...)}.run(t)
			runtime.GOMAXPROCS(prev)
			if got.code != exitFindings {
				t.Fatalf("%v: exit %d, want 1\nstderr: %s", paths, got.code, got.stderr)
			}
			if i == 0 {
				first = got.stdout
				continue
			}
			if got.stdout != first {
				t.Errorf("%v: the page differs from the first run:\n%s", paths, lineDiff(first, got.stdout))
			}
		}
	})
}

func TestClaimInSentence(t *testing.T) {
	sentence := "Police counted 3 dead in Arlow and 3 dead in Brenn."
	text := "Headline\n" + sentence + "\n"
	doc := &claims.Document{ID: "a.txt", Text: text}
	second := strings.LastIndex(text, "3 dead")
	tests := []struct {
		name                         string
		claim                        claims.Claim
		doc                          *claims.Document
		before, mark, after, context string
	}{
		{
			name:   "the occurrence at the claim's offset",
			claim:  claims.Claim{Text: "3 dead", Start: second, End: second + 6, Sentence: sentence},
			doc:    doc,
			before: "Police counted 3 dead in Arlow and ", mark: "3 dead", after: " in Brenn.",
		},
		{
			name:   "the first occurrence without the document's text",
			claim:  claims.Claim{Text: "3 dead", Start: second, End: second + 6, Sentence: sentence},
			before: "Police counted ", mark: "3 dead", after: " in Arlow and 3 dead in Brenn.",
		},
		{
			name:   "the first occurrence when the offset does not fit the text",
			claim:  claims.Claim{Text: "3 dead", Start: 2, End: 8, Sentence: sentence},
			doc:    doc,
			before: "Police counted ", mark: "3 dead", after: " in Arlow and 3 dead in Brenn.",
		},
		{
			name:  "a claim that is its whole sentence",
			claim: claims.Claim{Text: "Talks ended.", Sentence: "Talks ended."},
			mark:  "Talks ended.",
		},
		{
			name:    "a claim that runs past its sentence",
			claim:   claims.Claim{Text: "“We agreed. We will meet again,”", Sentence: "“We agreed."},
			mark:    "“We agreed. We will meet again,”",
			context: "“We agreed.",
		},
		{
			name:    "a claim with no text",
			claim:   claims.Claim{Sentence: "Talks ended."},
			context: "Talks ended.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before, mark, after, context := claimInSentence(&tt.claim, tt.doc)
			got := []string{before, mark, after, context}
			want := []string{tt.before, tt.mark, tt.after, tt.context}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("claimInSentence (-want +got: before, claim, after, context):\n%s", diff)
			}
		})
	}
}

func TestHTMLDiff(t *testing.T) {
	tests := []struct {
		name string
		f    compare.Finding
		want []htmlRun
	}{
		{
			name: "a changed word",
			f: compare.Finding{DiffOps: []compare.DiffOp{
				{Op: "equal", Text: "The mayor, "}, {Op: "delete", Text: "61"}, {Op: "insert", Text: "62"}, {Op: "equal", Text: ", spoke."},
			}},
			want: []htmlRun{{"", "The mayor, "}, {"del", "61"}, {"ins", "62"}, {"", ", spoke."}},
		},
		{
			name: "an insertion at the end, spaces outside the mark",
			f: compare.Finding{DiffOps: []compare.DiffOp{
				{Op: "equal", Text: "Talks ended"}, {Op: "insert", Text: " on Friday"}, {Op: "equal", Text: "."},
			}},
			want: []htmlRun{{"", "Talks ended "}, {"ins", "on Friday"}, {"", "."}},
		},
		{
			name: "a marker code point in article text is replaced, not read",
			f: compare.Finding{DiffOps: []compare.DiffOp{
				{Op: "delete", Text: "odd \uE002text"}, {Op: "insert", Text: "plain"},
			}},
			want: []htmlRun{{"del", "odd \uFFFDtext"}, {"ins", "plain"}},
		},
		{
			name: "a diff without operations is plain text",
			f:    compare.Finding{Diff: "[-a-]{+b+} c"},
			want: []htmlRun{{"", "[-a-]{+b+} c"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := htmlDiff(tt.f, [2]string{})
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("htmlDiff (-want +got):\n%s", diff)
			}
		})
	}
}

// TestHTMLExitCodes checks that html is only a renderer: every run ends
// with the exit code of the other formats, and the page is well-formed
// even with nothing to report or an article that could not be read.
func TestHTMLExitCodes(t *testing.T) {
	unreadable := map[string]string{
		"news/a.txt":        oneArticle["news/a.txt"],
		"news/b.txt":        "Harbour talks\x00",
		"news/sources.yaml": oneArticle["news/sources.yaml"],
	}
	checkCorpus := map[string]string{
		"accepted/a.txt":        oneArticle["news/a.txt"],
		"accepted/sources.yaml": oneArticle["news/sources.yaml"],
		"new/b.txt":             "The ferry sank.\nHarbour talks\x00 resumed.\n",
	}
	tests := []struct {
		name  string
		args  []string
		files map[string]string
		want  int
		page  []string // in the page's text
	}{
		{"compare, nothing to report", []string{"compare", "--format", "html", "news"}, oneArticle, exitOK,
			[]string{"1 article", "0 conflicts"}},
		{"compare, an unreadable article", []string{"compare", "--format", "html", "news"}, unreadable, exitFailed,
			[]string{"1 article"}},
		{"check, nothing new to report", []string{"check", "--against", "news", "--format", "html", "news/a.txt"}, oneArticle, exitOK,
			[]string{"Passed", "0 new conflicts"}},
		{"check, an unreadable new article", []string{"check", "--against", "accepted", "--format", "html", "new"}, checkCorpus, exitFindings,
			[]string{"Failed", "Could not read new/b.txt:2:14: NUL byte"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			writeFiles(t, dir, tt.files)
			t.Chdir(dir)
			got := cliRun{args: tt.args}.run(t)
			if got.code != tt.want {
				t.Errorf("exit code: want %d, got %d\nstderr:\n%s", tt.want, got.code, got.stderr)
			}
			text := htmlTree(t, got.stdout).textContent()
			for _, s := range tt.page {
				if !strings.Contains(text, s) {
					t.Errorf("the page does not say %q:\n%s", s, got.stdout)
				}
			}
		})
	}
}

func BenchmarkRenderHTML(b *testing.B) {
	r := fixtureReport()
	o := renderOptions{all: true}
	for b.Loop() {
		if err := renderHTML(io.Discard, r, o); err != nil {
			b.Fatal(err)
		}
	}
}
