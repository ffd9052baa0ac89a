package claims

import (
	"fmt"
	"runtime"
	"sort"
	"sync"

	"crosscheck/claims/text"
)

// An extractor finds claims in a parsed document. Each has its own file;
// extractors do not see each other's results. Most emit one kind; the
// people extractor emits roles, ages, names and quotes from one analysis.
type extractor interface {
	extract(doc *Document, parsed *text.Doc, emit func(Kind, found))
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
	peopleExtractor{},
}

// Extract returns the claims of doc in text order, numbered doc#1, doc#2…
func Extract(doc *Document) []Claim {
	parsed := text.Parse(doc.Text)
	var out []Claim
	for _, x := range extractors {
		x.extract(doc, parsed, func(k Kind, f found) {
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
	out = dropShadowed(out)
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

// dropShadowed removes quantity claims that overlap a date or an age: the
// "27" of "December 27" and the "3 years" of "3 years ago" or of
// "3-year-old" are read by the date and age extractors, which know more.
func dropShadowed(cls []Claim) []Claim {
	var spans [][2]int
	for _, c := range cls {
		if c.Kind == Date || c.Kind == Age {
			spans = append(spans, [2]int{c.Start, c.End})
		}
	}
	if len(spans) == 0 {
		return cls
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i][0] < spans[j][0] })
	// reach[i] is the furthest end among spans[:i+1], so one binary search
	// answers whether any span starting before a claim's end reaches it.
	reach := make([]int, len(spans))
	for i, sp := range spans {
		reach[i] = sp[1]
		if i > 0 && reach[i-1] > reach[i] {
			reach[i] = reach[i-1]
		}
	}
	kept := cls[:0]
	for _, c := range cls {
		if c.Kind == Quantity {
			i := sort.Search(len(spans), func(i int) bool { return spans[i][0] >= c.End })
			if i > 0 && reach[i-1] > c.Start {
				continue
			}
		}
		kept = append(kept, c)
	}
	return kept
}
