package dates_test

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"crosscheck/claims/dates"
	"crosscheck/claims/text"
)

// benchDocs reads the seed articles and the benchmark paragraphs and
// repeats them, with month and weekday names rotated so the dates vary,
// until there are about 4 MB of text.
func benchDocs(b *testing.B) ([]string, int64) {
	b.Helper()
	var sources []string
	for _, pattern := range []string{"../../seeds/*.txt", "../../testdata/bench/*.txt"} {
		paths, _ := filepath.Glob(pattern)
		sort.Strings(paths)
		for _, p := range paths {
			data, err := os.ReadFile(p)
			if err != nil {
				b.Fatal(err)
			}
			sources = append(sources, string(data))
		}
	}
	if len(sources) == 0 {
		b.Skip("no benchmark text")
	}
	months := []string{"January", "February", "March", "April", "May", "June", "July",
		"August", "September", "October", "November", "December"}
	days := []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	var docs []string
	var size int64
	for k := 0; size < 4<<20; k++ {
		var pairs []string
		for i, m := range months {
			pairs = append(pairs, m, months[(i+k)%12])
		}
		for i, d := range days {
			pairs = append(pairs, d, days[(i+k)%7])
		}
		r := strings.NewReplacer(pairs...)
		for _, s := range sources {
			v := r.Replace(s)
			docs = append(docs, v)
			size += int64(len(v))
		}
	}
	return docs, size
}

// BenchmarkExtract measures the date reader alone on parsed documents.
func BenchmarkExtract(b *testing.B) {
	texts, size := benchDocs(b)
	docs := make([]*text.Doc, len(texts))
	for i, s := range texts {
		docs[i] = text.Parse(s)
	}
	pub := dates.Partial{Year: 2024, Month: 1, Day: 27}
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			dates.Extract(d, pub)
		}
	}
}

// BenchmarkParseAndExtract adds the lexer and segmenter, for comparison.
func BenchmarkParseAndExtract(b *testing.B) {
	texts, size := benchDocs(b)
	pub := dates.Partial{Year: 2024, Month: 1, Day: 27}
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range texts {
			dates.Extract(text.Parse(s), pub)
		}
	}
}
