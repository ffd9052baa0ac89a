package claims

import (
	"fmt"
	"runtime"
	"sort"
	"sync"

	"crosscheck/claims/people"
	"crosscheck/claims/text"
)

// An extractor finds the claims of one kind in a parsed document. Each kind
// has its own file; extractors do not see each other's results.
type extractor interface {
	kind() Kind
	extract(doc *Document, parsed *text.Doc, emit func(found))
}

// found is an extractor's raw result, before it is placed in the document.
type found struct {
	start, end int
	subject    string
	confidence float64
	value      Value
}

var extractors = []extractor{
	quantityExtractor{},
	dateExtractor{},
	peopleExtractor{Role, people.Roles},
	peopleExtractor{Age, people.Ages},
	peopleExtractor{Name, people.Names},
	peopleExtractor{Quote, people.Quotes},
}

// Extract returns the claims of doc in text order, numbered doc#1, doc#2…
func Extract(doc *Document) []Claim {
	parsed := text.Parse(doc.Text)
	var out []Claim
	for _, x := range extractors {
		k := x.kind()
		x.extract(doc, parsed, func(f found) {
			if f.start < 0 || f.end > len(doc.Text) || f.start >= f.end {
				return // an extractor bug must not take the report down
			}
			c := Claim{
				Doc:        doc.ID,
				Kind:       k,
				Text:       doc.Text[f.start:f.end],
				Start:      f.start,
				End:        f.end,
				Subject:    f.subject,
				Confidence: f.confidence,
				Value:      f.value,
			}
			c.Line, c.Col = parsed.Position(f.start)
			if s := parsed.SentenceAt(f.start); s != nil {
				c.Sentence = s.Text
				c.SentenceIndex = s.Index
			}
			out = append(out, c)
		})
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		if a.End != b.End {
			return a.End < b.End
		}
		return kindOrder(a.Kind) < kindOrder(b.Kind)
	})
	for i := range out {
		out[i].ID = fmt.Sprintf("%s#%d", doc.ID, i+1)
	}
	return out
}

func kindOrder(k Kind) int {
	for i, x := range Kinds {
		if x == k {
			return i
		}
	}
	return len(Kinds)
}

// ExtractAll extracts every document in parallel and returns their claims
// in document order.
func ExtractAll(docs []*Document) []Claim {
	results := make([][]Claim, len(docs))
	workers := min(runtime.GOMAXPROCS(0), len(docs))
	next := make(chan int)
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for i := range next {
				results[i] = Extract(docs[i])
			}
		})
	}
	for i := range docs {
		next <- i
	}
	close(next)
	wg.Wait()
	var all []Claim
	for _, r := range results {
		all = append(all, r...)
	}
	return all
}
