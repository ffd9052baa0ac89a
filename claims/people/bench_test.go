package people

import (
	"fmt"
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

// manyPeople is about 1 MB of text naming thousands of different people,
// to show the analysis stays linear when a document has many entities.
func manyPeople() *text.Doc {
	given := []string{"Ana", "Tom", "Maria", "Jorge", "Elena", "Peter", "Laura", "Omar", "Irina", "Paul"}
	syll := []string{"ka", "lo", "ren", "mi", "to", "san", "vel", "dor", "ni", "qua", "bre", "sto"}
	titles := []string{"Foreign Minister", "Mayor", "Senator", "Interior Minister", "Judge"}
	var sb strings.Builder
	for k := 0; sb.Len() < 1<<20; k++ {
		s := syll[k%12] + syll[(k/12)%12] + syll[(k/144)%12]
		surname := strings.ToUpper(s[:1]) + s[1:]
		g := given[k%len(given)]
		fmt.Fprintf(&sb, "%s %s %s, %d, said that the plan for district %d would go ahead. ", titles[k%len(titles)], g, surname, 20+k%60, k)
		fmt.Fprintf(&sb, "“We will finish the work in district %d,” %s told reporters.\n", k, surname)
	}
	return text.Parse(sb.String())
}

func BenchmarkManyPeople(b *testing.B) {
	doc := manyPeople()
	b.SetBytes(int64(len(doc.Text)))
	b.ReportAllocs()
	for b.Loop() {
		a := Analyze(doc)
		a.Roles()
		a.Ages()
		a.Names()
		a.Quotes()
	}
}

// BenchmarkOneParagraph is manyPeople as one paragraph of 1 MB, as some
// archives store articles: quote pairing and attribution stay linear.
func BenchmarkOneParagraph(b *testing.B) {
	doc := text.Parse(strings.ReplaceAll(manyPeople().Text, "\n", " "))
	b.SetBytes(int64(len(doc.Text)))
	b.ReportAllocs()
	for b.Loop() {
		a := Analyze(doc)
		a.Roles()
		a.Ages()
		a.Names()
		a.Quotes()
	}
}
