package text

import (
	"os"
	"path/filepath"
	"testing"
)

// benchArticles reads the seed articles and the benchmark paragraphs: news
// text of the length crosscheck usually parses, one article at a time.
func benchArticles(b *testing.B) ([]string, int64) {
	b.Helper()
	var docs []string
	var size int64
	for _, pattern := range []string{"../../seeds/*.txt", "../../testdata/bench/*.txt", "../../testdata/corpus/*/*.txt"} {
		paths, err := filepath.Glob(pattern)
		if err != nil {
			b.Fatal(err)
		}
		for _, p := range paths {
			data, err := os.ReadFile(p)
			if err != nil {
				b.Fatal(err)
			}
			docs = append(docs, string(data))
			size += int64(len(data))
		}
	}
	if len(docs) == 0 {
		b.Skip("no articles found")
	}
	return docs, size
}

// BenchmarkParse segments and tokenizes articles one after another.
func BenchmarkParse(b *testing.B) {
	docs, size := benchArticles(b)
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			Parse(d)
		}
	}
}
