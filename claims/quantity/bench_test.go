package quantity

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"crosscheck/claims/text"
)

// newsCorpus repeats the seed articles and the test corpora to about
// size bytes of news text.
func newsCorpus(b *testing.B, size int) string {
	b.Helper()
	var files []string
	for _, pat := range []string{"../../seeds/*.txt", "../../testdata/corpus/*/*.txt", "../../testdata/corpus/*/*.md"} {
		m, _ := filepath.Glob(pat)
		files = append(files, m...)
	}
	var one strings.Builder
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		one.Write(data)
		one.WriteByte('\n')
	}
	if one.Len() == 0 {
		b.Skip("no articles found")
	}
	var all strings.Builder
	for all.Len() < size {
		all.WriteString(one.String())
	}
	return all.String()
}

// BenchmarkExtract measures the quantity matcher alone, on text already
// split into sentences and tokens.
func BenchmarkExtract(b *testing.B) {
	doc := text.Parse(newsCorpus(b, 4<<20))
	b.SetBytes(int64(len(doc.Text)))
	b.ResetTimer()
	for b.Loop() {
		Extract(doc)
	}
}

// BenchmarkParseAndExtract includes segmentation and tokenizing.
func BenchmarkParseAndExtract(b *testing.B) {
	s := newsCorpus(b, 4<<20)
	b.SetBytes(int64(len(s)))
	b.ResetTimer()
	for b.Loop() {
		Extract(text.Parse(s))
	}
}
