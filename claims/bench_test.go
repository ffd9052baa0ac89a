package claims_test

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"crosscheck/claims"
	"crosscheck/claims/dates"
)

// benchBytes is about how much text the extraction benchmarks read.
const benchBytes = 4 << 20

// benchCorpus builds about 4 MB of news text at benchmark time from the
// seed articles and the paragraphs in testdata/bench: copy k of each
// article has its digits shifted by k, its month and weekday names
// rotated and its paragraphs rotated, so the extractors see varied dates,
// numbers and layouts rather than one article read again.
func benchCorpus(b *testing.B) ([]*claims.Document, int64) {
	b.Helper()
	var sources []string
	for _, pattern := range []string{"../seeds/*.txt", "../testdata/bench/*.txt"} {
		paths, err := filepath.Glob(pattern)
		if err != nil {
			b.Fatal(err)
		}
		sort.Strings(paths)
		for _, p := range paths {
			text, err := os.ReadFile(p)
			if err != nil {
				b.Fatal(err)
			}
			sources = append(sources, string(text))
		}
	}
	if len(sources) == 0 {
		b.Fatal("no benchmark text")
	}
	var docs []*claims.Document
	var size int64
	for k := 0; size < benchBytes; k++ {
		for i, src := range sources {
			text := vary(src, k)
			docs = append(docs, &claims.Document{
				ID:        fmt.Sprintf("bench-%d-%d", k, i),
				Text:      text,
				Published: dates.Partial{Year: 2023 + k%3, Month: 1 + k%12, Day: 1 + k%28},
			})
			size += int64(len(text))
		}
	}
	return docs, size
}

var (
	months   = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	weekdays = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
)

// vary makes copy k of an article: digits shifted by k, month and
// weekday names rotated by k, paragraphs rotated by k.
func vary(src string, k int) string {
	if k == 0 {
		return src
	}
	var pairs []string
	for d := '0'; d <= '9'; d++ {
		pairs = append(pairs, string(d), string('0'+(d-'0'+rune(k))%10))
	}
	for i, m := range months {
		pairs = append(pairs, m, months[(i+k)%len(months)])
	}
	for i, w := range weekdays {
		pairs = append(pairs, w, weekdays[(i+k)%len(weekdays)])
	}
	text := strings.NewReplacer(pairs...).Replace(src)
	paras := strings.Split(text, "\n\n")
	r := k % len(paras)
	return strings.Join(append(paras[r:], paras[:r]...), "\n\n")
}

// BenchmarkExtract extracts every kind of claim from the corpus, one
// document after another on one core; MB/s is the figure to watch.
func BenchmarkExtract(b *testing.B) {
	docs, size := benchCorpus(b)
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			claims.Extract(d)
		}
	}
}

// BenchmarkExtractAll is the same through ExtractAll, which spreads the
// documents over GOMAXPROCS workers.
func BenchmarkExtractAll(b *testing.B) {
	docs, size := benchCorpus(b)
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		claims.ExtractAll(docs)
	}
}
