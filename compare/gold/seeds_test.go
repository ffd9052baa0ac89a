package gold_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"crosscheck/claims"
	"crosscheck/compare"
	"crosscheck/compare/gold"
)

// The seed corpus end to end: extraction, reconciliation and scoring must
// find every required finding of seeds/expected.yaml and no false
// conflict.
func TestSeeds(t *testing.T) {
	scoreCorpus(t, "../../seeds/expected.yaml")
}

// The same with every article renamed, in an order opposite to the
// original, so that no rule can lean on a file name or on file order.
func TestSeedsRenamed(t *testing.T) {
	dir := t.TempDir()
	names, err := filepath.Glob("../../seeds/*.txt")
	if err != nil || len(names) == 0 {
		t.Fatalf("no seeds: %v", err)
	}
	goldText := read(t, "../../seeds/expected.yaml")
	sources := read(t, "../../seeds/sources.yaml")
	for i, path := range names {
		old := filepath.Base(path)
		renamed := string(rune('z'-i)) + "-story.txt" // 000 becomes z-story.txt
		if err := os.WriteFile(filepath.Join(dir, renamed), []byte(read(t, path)), 0o644); err != nil {
			t.Fatal(err)
		}
		goldText = strings.ReplaceAll(goldText, old, renamed)
		sources = strings.ReplaceAll(sources, old, renamed)
	}
	for _, f := range []struct{ name, text string }{{"expected.yaml", goldText}, {"sources.yaml", sources}} {
		if err := os.WriteFile(filepath.Join(dir, f.name), []byte(f.text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	scoreCorpus(t, filepath.Join(dir, "expected.yaml"))
}

func scoreCorpus(t *testing.T, goldPath string) {
	t.Helper()
	g, err := gold.Load(goldPath)
	if err != nil {
		t.Fatal(err)
	}
	docs, errs := claims.Load([]string{g.CorpusDir()}, claims.LoadOptions{})
	if len(errs) > 0 {
		t.Fatalf("loading the corpus: %v", errs)
	}
	res := gold.Score(compare.Reconcile(docs, claims.ExtractAll(docs)), g)
	if res.Failed() {
		var sb strings.Builder
		res.Print(&sb)
		t.Errorf("the corpus fails its gold:\n%s", sb.String())
	}
}

func read(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
