package claims

import (
	"cmp"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
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
	// The claims keep strings cut from the text, never the tokens, so
	// the token arrays go back to Parse for the next document.
	defer parsed.Release()
	sc := scratchPool.Get().(*scratch)
	defer sc.release()
	for _, x := range extractors {
		x.extract(doc, parsed, func(k Kind, f found) {
			if f.start < 0 || f.end > len(doc.Text) || f.start >= f.end {
				return // an extractor bug must not take the report down
			}
			sc.claims = append(sc.claims, Claim{
				Doc:        doc.ID,
				Kind:       k,
				Text:       doc.Text[f.start:f.end],
				Start:      f.start,
				End:        f.end,
				Subject:    f.subject,
				Confidence: f.confidence,
				Value:      f.value,
			})
		})
	}
	sc.claims = sc.dropShadowed(sc.claims)
	if len(sc.claims) == 0 {
		return nil
	}
	// Sort small keys rather than the claims themselves; the index breaks
	// ties, which keeps the order of equal keys as the extractors gave it.
	keys := sc.keys[:0]
	for i := range sc.claims {
		c := &sc.claims[i]
		keys = append(keys, sortKey{start: c.Start, end: c.End, kind: kindOrder(c.Kind), index: i})
	}
	slices.SortFunc(keys, func(a, b sortKey) int {
		if a.start != b.start {
			return cmp.Compare(a.start, b.start)
		}
		if a.end != b.end {
			return cmp.Compare(a.end, b.end)
		}
		if a.kind != b.kind {
			return cmp.Compare(a.kind, b.kind)
		}
		return cmp.Compare(a.index, b.index)
	})
	sc.keys = keys
	out := make([]Claim, len(keys))
	for i, k := range keys {
		c := &out[i]
		*c = sc.claims[k.index]
		c.Line, c.Col = parsed.Position(c.Start)
		if s := parsed.SentenceAt(c.Start); s != nil {
			c.Sentence = s.Text
			c.SentenceIndex = s.Index
		}
	}
	setIDs(out, doc.ID)
	return out
}

type sortKey struct {
	start, end, kind, index int
}

// setIDs sets the ID of claim i to "<docID>#<i+1>", all cut from one
// string.
func setIDs(cls []Claim, docID string) {
	size := 0
	for i := 1; i <= len(cls); i++ {
		size += len(docID) + 1 + decimalLen(i)
	}
	var b strings.Builder
	b.Grow(size)
	var num [20]byte
	for i := range cls {
		b.WriteString(docID)
		b.WriteByte('#')
		b.Write(strconv.AppendInt(num[:0], int64(i+1), 10))
	}
	all := b.String()
	from := 0
	for i := range cls {
		end := from + len(docID) + 1 + decimalLen(i+1)
		cls[i].ID = all[from:end]
		from = end
	}
}

func decimalLen(n int) int {
	d := 1
	for n >= 10 {
		n /= 10
		d++
	}
	return d
}

// A scratch holds the buffers one Extract call works in; they are reused
// by the next call, so extracting a corpus does not allocate them per
// document.
type scratch struct {
	claims []Claim
	keys   []sortKey
	spans  [][2]int
	reach  []int
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

func (sc *scratch) release() {
	clear(sc.claims) // drop the references to the document's text
	sc.claims = sc.claims[:0]
	scratchPool.Put(sc)
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
	n := 0
	for _, r := range results {
		n += len(r)
	}
	if n == 0 {
		return nil
	}
	all := make([]Claim, 0, n)
	for _, r := range results {
		all = append(all, r...)
	}
	return all
}

// dropShadowed removes quantity claims that overlap a date or an age: the
// "27" of "December 27" and the "3 years" of "3 years ago" or of
// "3-year-old" are read by the date and age extractors, which know more.
func dropShadowed(cls []Claim) []Claim {
	return new(scratch).dropShadowed(cls)
}

func (sc *scratch) dropShadowed(cls []Claim) []Claim {
	spans := sc.spans[:0]
	for i := range cls {
		if c := &cls[i]; c.Kind == Date || c.Kind == Age {
			spans = append(spans, [2]int{c.Start, c.End})
		}
	}
	sc.spans = spans
	if len(spans) == 0 {
		return cls
	}
	slices.SortFunc(spans, func(a, b [2]int) int { return cmp.Compare(a[0], b[0]) })
	// reach[i] is the furthest end among spans[:i+1], so one binary search
	// answers whether any span starting before a claim's end reaches it.
	reach := slices.Grow(sc.reach[:0], len(spans))[:len(spans)]
	sc.reach = reach
	for i, sp := range spans {
		reach[i] = sp[1]
		if i > 0 && reach[i-1] > reach[i] {
			reach[i] = reach[i-1]
		}
	}
	kept := cls[:0]
	for i := range cls {
		c := &cls[i]
		if c.Kind == Quantity {
			i := sort.Search(len(spans), func(i int) bool { return spans[i][0] >= c.End })
			if i > 0 && reach[i-1] > c.Start {
				continue
			}
		}
		kept = append(kept, *c)
	}
	return kept
}
