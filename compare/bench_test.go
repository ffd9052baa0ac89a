package compare_test

import (
	"fmt"
	"testing"

	"crosscheck/claims"
	"crosscheck/compare"
)

// benchBytes is about how much text the benchmarks read.
const benchBytes = 4 << 20

// seedCorpus loads the seed articles (with sources.yaml) and repeats them
// under other document ids until there are about benchBytes of text. Every
// copy states the same facts, so each fact gathers claims from hundreds of
// documents: the group sizes that would expose any cost growing with the
// square of a group.
func seedCorpus(b *testing.B) ([]*claims.Document, int64) {
	b.Helper()
	seeds, errs := claims.Load([]string{"../seeds"}, claims.LoadOptions{})
	if len(errs) > 0 || len(seeds) == 0 {
		b.Fatalf("loading the seeds: %v", errs)
	}
	var docs []*claims.Document
	var size int64
	for k := 0; size < benchBytes; k++ {
		for _, s := range seeds {
			d := *s
			d.ID = fmt.Sprintf("copy%04d-%s", k, s.ID)
			docs = append(docs, &d)
			size += int64(len(d.Text))
		}
	}
	return docs, size
}

// BenchmarkExtractAndReconcile is the whole pipeline after loading, on one
// core: every document extracted in turn, then one Reconcile. MB/s counts
// article text.
func BenchmarkExtractAndReconcile(b *testing.B) {
	docs, size := seedCorpus(b)
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		var cls []claims.Claim
		for _, d := range docs {
			cls = append(cls, claims.Extract(d)...)
		}
		compare.Reconcile(docs, cls)
	}
}

// BenchmarkReconcile is Reconcile alone, the claims extracted beforehand;
// MB/s counts the article text the claims came from, so it compares
// directly with the extraction figure.
func BenchmarkReconcile(b *testing.B) {
	docs, size := seedCorpus(b)
	var cls []claims.Claim
	for _, d := range docs {
		cls = append(cls, claims.Extract(d)...)
	}
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		compare.Reconcile(docs, cls)
	}
	b.ReportMetric(float64(len(cls)), "claims")
}
