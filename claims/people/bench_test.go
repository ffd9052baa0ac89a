package people

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"crosscheck/claims/text"
)

// benchCorpus is about 1 MB of news text: the seed articles repeated.
func benchCorpus(b *testing.B) *text.Doc {
	b.Helper()
	files, _ := filepath.Glob("../../seeds/*.txt")
	if len(files) == 0 {
		b.Skip("no seed articles")
	}
	var sb strings.Builder
	for sb.Len() < 1<<20 {
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			sb.Write(data)
			sb.WriteString("\n\n")
		}
	}
	return text.Parse(sb.String())
}

func benchFinder(b *testing.B, find func(*Analysis) []Match) {
	doc := benchCorpus(b)
	b.SetBytes(int64(len(doc.Text)))
	b.ReportAllocs()
	for b.Loop() {
		find(Analyze(doc))
	}
}

func BenchmarkAnalyze(b *testing.B) {
	benchFinder(b, func(*Analysis) []Match { return nil })
}
func BenchmarkRoles(b *testing.B)  { benchFinder(b, (*Analysis).Roles) }
func BenchmarkAges(b *testing.B)   { benchFinder(b, (*Analysis).Ages) }
func BenchmarkNames(b *testing.B)  { benchFinder(b, (*Analysis).Names) }
func BenchmarkQuotes(b *testing.B) { benchFinder(b, (*Analysis).Quotes) }

// BenchmarkAll is one analysis serving all four finders, as a caller that
// wants every kind should use it.
func BenchmarkAll(b *testing.B) {
	benchFinder(b, func(a *Analysis) []Match {
		a.Roles()
		a.Ages()
		a.Names()
		return a.Quotes()
	})
}

// BenchmarkFinders is how the claims package calls this package: the four
// finder functions one after another on one parsed document, sharing one
// analysis.
func BenchmarkFinders(b *testing.B) {
	doc := benchCorpus(b)
	b.SetBytes(int64(len(doc.Text)))
	b.ReportAllocs()
	for b.Loop() {
		d := *doc // a new document each round, as the claims package parses one
		Roles(&d)
		Ages(&d)
		Names(&d)
		Quotes(&d)
	}
}
