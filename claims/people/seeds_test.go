package people

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"crosscheck/claims/text"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// seedDocs reads the seed articles of the repository by their number.
func seedDocs(t *testing.T) map[string]string {
	t.Helper()
	files, err := filepath.Glob("../../seeds/*.txt")
	if err != nil || len(files) == 0 {
		t.Skip("no seed articles")
	}
	docs := map[string]string{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		docs[filepath.Base(f)[:3]] = string(data)
	}
	return docs
}

// render lists everything the finders find in a document, one line each.
func render(s string) string {
	a := Analyze(text.Parse(s))
	var b strings.Builder
	for _, m := range a.Roles() {
		r := m.Value.(Role)
		fmt.Fprintf(&b, "role   %s | %s | canonical=%s head=%s domain=%s affiliation=%s former=%v qualifier=%s | %q\n",
			r.Person, r.Title, r.Canonical, r.Head, r.Domain, r.Affiliation, r.Former, r.Qualifier, s[m.Start:m.End])
	}
	for _, m := range a.Ages() {
		g := m.Value.(Age)
		fmt.Fprintf(&b, "age    %s | %d | named=%v | %q\n", g.Person, g.Years, g.Named, s[m.Start:m.End])
	}
	for _, m := range a.Names() {
		n := m.Value.(Name)
		fmt.Fprintf(&b, "name   %s | %s\n", n.Entity, n.Display)
	}
	for _, m := range a.Quotes() {
		q := m.Value.(Quote)
		fmt.Fprintf(&b, "quote  %s | direct=%v | %s\n", q.Speaker, q.Direct, q.Display)
	}
	return b.String()
}

// TestSeedsGolden keeps the full output on the seed articles in
// testdata/seeds.golden, so any change in it shows up in review; run
// go test -run TestSeedsGolden -update to accept a change.
func TestSeedsGolden(t *testing.T) {
	docs := seedDocs(t)
	var b strings.Builder
	for _, id := range []string{"000", "001", "002", "003", "004"} {
		fmt.Fprintf(&b, "== %s\n%s", id, render(docs[id]))
	}
	got := b.String()
	path := filepath.Join("testdata", "seeds.golden")
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), got); diff != "" {
		t.Errorf("seed output changed (-golden +got):\n%s", diff)
	}
}

// TestSeedFacts checks, fact by fact, what a reader of the seed articles
// finds: the titles each source gives, the Lopez Obrador spellings, and
// Barcena's words in 000 and 001.
func TestSeedFacts(t *testing.T) {
	docs := seedDocs(t)
	type roleFact struct{ doc, person, canonical, titleHas string }
	roles := []roleFact{
		{"000", "Alicia Barcena", "foreign minister", "Foreign Minister"},
		{"001", "Alicia Barcena", "foreign minister", "Foreign Secretary"},
		{"003", "Alicia Bárcena", "foreign minister", "Foreign Minister"},
		{"004", "Alicia Bárcena", "foreign minister", "Foreign Minister"},
		{"000", "Alejandro Mayorkas", "homeland security minister", "Secretary of Homeland Security"},
		{"001", "Alejandro Mayorkas", "homeland security minister", "Homeland Security Secretary"},
		{"002", "Alejandro Mayorkas", "homeland security minister", "Homeland Security Secretary"},
		{"003", "Alejandro Mayorkas", "homeland security minister", "Homeland Security Secretary"},
		{"004", "Alejandro Mayorkas", "homeland security minister", "Homeland Security Secretary"},
		{"003", "Elizabeth Sherwood-Randall", "national security advisor", "White House National Security Advisor"},
		{"004", "Elizabeth Sherwood-Randall", "homeland security advisor", "White House Homeland Security Advisor"},
		{"001", "Antony Blinken", "secretary of state", "Secretary of State"},
		{"000", "Manuel Lopez Obrador", "president", "President"},
		{"001", "Andres Manuel Lopez Obrador", "president", "President"},
		{"000", "Merrick Garland", "attorney general", "Attorney General"},
		{"001", "Gina Raimondo", "commerce minister", "Commerce Secretary"},
		{"001", "Raquel Buenrostro", "economy minister", "Economy Minister"},
		{"004", "Joe Biden", "president", "President"},
		{"003", "Bernardo Arévalo de León", "president", "Guatemalan President"},
		{"002", "Donald Trump", "president", "former US President"},
	}
	found := map[string][]Role{}
	for id, s := range docs {
		for _, m := range Analyze(text.Parse(s)).Roles() {
			found[id] = append(found[id], m.Value.(Role))
		}
	}
	for _, f := range roles {
		t.Run("role "+f.doc+" "+f.person, func(t *testing.T) {
			for _, r := range found[f.doc] {
				if r.Person == f.person && r.Canonical == f.canonical && strings.Contains(r.Title, f.titleHas) {
					return
				}
			}
			t.Errorf("no role %q (%s) for %s in %s; got %+v", f.titleHas, f.canonical, f.person, f.doc, found[f.doc])
		})
	}
	// A role only ever names a person the articles give a title to.
	titled := map[string]bool{}
	for _, f := range roles {
		titled[f.person] = true
	}
	titled["Antony Blinken"] = true
	for id, rs := range found {
		for _, r := range rs {
			if !titled[r.Person] {
				t.Errorf("%s: unexpected role %q for %q", id, r.Title, r.Person)
			}
		}
	}

	names := map[string]string{"000": "Manuel Lopez Obrador", "001": "Andres Manuel Lopez Obrador", "002": "Andres Manuel Lopez Obrador"}
	for id, want := range names {
		t.Run("name "+id, func(t *testing.T) {
			for _, m := range Analyze(text.Parse(docs[id])).Names() {
				if m.Value.(Name).Display == want {
					return
				}
			}
			t.Errorf("%s: no name claim %q", id, want)
		})
	}

	type quoteFact struct {
		doc, speaker, words string
		direct              bool
	}
	quotes := []quoteFact{
		{"001", "Alicia Barcena", "We agreed to look at the structural causes of migration", true},
		{"000", "Alicia Barcena", "both sides agreed to look at the root causes of the migration problem", false},
	}
	for _, f := range quotes {
		t.Run("quote "+f.doc, func(t *testing.T) {
			for _, m := range Analyze(text.Parse(docs[f.doc])).Quotes() {
				q := m.Value.(Quote)
				if q.Speaker == f.speaker && q.Direct == f.direct && strings.Contains(q.Display, f.words) {
					return
				}
			}
			t.Errorf("%s: no quote of %s %q", f.doc, f.speaker, f.words)
		})
	}
}
