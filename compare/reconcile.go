package compare

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"

	"crosscheck/claims"
)

// minConflictConfidence is the confidence below which a claim may agree
// with others but never take part in a conflict: a false conflict is the
// worst error the tool can make. A confidence of 0 means the extractor
// did not say, and counts as full confidence.
const minConflictConfidence = 0.5

// Reconcile lines up the claims of docs into findings. The report lists
// docs sorted by id and claims by document and position; its findings are
// ordered conflicts first, then variants, agreements and single-source
// facts, each by kind and topic, and numbered F1, F2… in that order. The
// result depends only on the set of documents and claims, never on the
// order they are given in.
//
// Claims are grouped by a key built from their kind and what they are
// about (hash maps, so the cost grows with the number of claims, not its
// square); only claims in one group are compared with each other. The
// rules for each kind are in quantity.go, date.go, role.go, age.go,
// name.go and quote.go.
func Reconcile(docs []*claims.Document, cls []claims.Claim) *Report {
	r := newReconciler(docs, cls)
	var facts []*fact
	facts = append(facts, r.quantities()...)
	facts = append(facts, r.dates()...)
	facts = append(facts, r.roles()...)
	facts = append(facts, r.ages()...)
	facts = append(facts, r.names()...)
	facts = append(facts, r.quotes()...)
	facts = append(facts, r.quoteSpeakers()...)
	return &Report{
		Version:   Version,
		Documents: r.docs,
		Claims:    r.claims,
		Findings:  r.findings(facts),
	}
}

// An item is one claim as the reconciler sees it.
type item struct {
	c      *claims.Claim
	doc    int    // index of the claim's document in report order
	source string // who published it: Document.Source, else the doc id
	pub    *claims.Document
}

// confident reports whether the item may take part in a conflict.
func (it *item) confident() bool {
	return it.c.Confidence == 0 || it.c.Confidence >= minConflictConfidence
}

type reconciler struct {
	docs    []*claims.Document
	claims  []claims.Claim
	items   []*item // in report order
	byKind  map[claims.Kind][]*item
	persons *entityIndex
	cache   *cache
	// updates memoizes, per document, whether it reports a casualty
	// count that changed (quantity.go).
	updates map[int]bool
}

func newReconciler(docs []*claims.Document, cls []claims.Claim) *reconciler {
	r := &reconciler{byKind: map[claims.Kind][]*item{}, persons: newEntityIndex(), cache: newCache(), updates: map[int]bool{}}
	r.docs = make([]*claims.Document, 0, len(docs))
	for _, d := range docs {
		if d != nil {
			r.docs = append(r.docs, d)
		}
	}
	sort.SliceStable(r.docs, func(i, j int) bool { return r.docs[i].ID < r.docs[j].ID })
	docIndex := make(map[string]int, len(r.docs))
	for i, d := range r.docs {
		if _, dup := docIndex[d.ID]; !dup {
			docIndex[d.ID] = i
		}
	}
	// Claims of documents not given come last, by document id.
	var unknown []string
	for i := range cls {
		id := cls[i].Doc
		if _, ok := docIndex[id]; !ok {
			docIndex[id] = -1
			unknown = append(unknown, id)
		}
	}
	sort.Strings(unknown)
	for i, id := range unknown {
		docIndex[id] = len(r.docs) + i
	}
	// Sort an index by precomputed document rank (a map lookup per
	// comparison would dominate on large corpora), then copy the claims
	// once, in order: the caller's slice is left as it was.
	ranks := make([]int, len(cls))
	order := make([]int, len(cls))
	for i := range cls {
		ranks[i] = docIndex[cls[i].Doc]
		order[i] = i
	}
	slices.SortStableFunc(order, func(i, j int) int {
		a, b := &cls[i], &cls[j]
		if c := cmp.Compare(ranks[i], ranks[j]); c != 0 {
			return c
		}
		if c := strings.Compare(a.Doc, b.Doc); c != 0 {
			return c
		}
		if c := cmp.Compare(a.Start, b.Start); c != 0 {
			return c
		}
		if c := cmp.Compare(a.End, b.End); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	})
	r.claims = make([]claims.Claim, len(cls))
	sortedRanks := make([]int, len(cls))
	for i, j := range order {
		r.claims[i] = cls[j]
		sortedRanks[i] = ranks[j]
	}
	r.items = make([]*item, len(r.claims))
	retractions := map[string]bool{}
	for i := range r.claims {
		c := &r.claims[i]
		it := &item{c: c, doc: sortedRanks[i], source: c.Doc}
		if it.doc < len(r.docs) {
			it.pub = r.docs[it.doc]
			if s := it.pub.Source; s != "" {
				it.source = s
			}
		}
		r.items[i] = it
		gone, seen := retractions[c.Sentence]
		if !seen {
			gone = retracted(c.Sentence)
			retractions[c.Sentence] = gone
		}
		if !gone {
			r.byKind[c.Kind] = append(r.byKind[c.Kind], it)
		}
	}
	r.indexPersons()
	return r
}

// A fact is a group of claims about one thing, with its verdict.
type fact struct {
	verdict    Verdict
	kind       claims.Kind
	key        string // stable: kind and normalized subject
	topic      string
	subject    string
	values     []*valueGroup
	difference string
	// diffA and diffB are the evidence texts compared in the diff of a
	// conflict or variant.
	diffA, diffB string
}

// A valueGroup is the claims of a fact that give one value.
type valueGroup struct {
	key     string // the normalized value
	display string
	items   []*item
}

// groupValues groups items by valueKey in report order; display gives a
// group's display from its first item.
func groupValues(items []*item, valueKey func(*item) string, display func(*item) string) []*valueGroup {
	var out []*valueGroup
	index := map[string]*valueGroup{}
	for _, it := range items {
		k := valueKey(it)
		g := index[k]
		if g == nil {
			g = &valueGroup{key: k, display: display(it)}
			index[k] = g
			out = append(out, g)
		}
		g.items = append(g.items, it)
	}
	return out
}

// docCount is the number of distinct documents among items.
func docCount(items []*item) int {
	seen := map[int]bool{}
	for _, it := range items {
		seen[it.doc] = true
	}
	return len(seen)
}

// verdictOf is the verdict of a fact whose values do not conflict: agree
// when several documents state it, single otherwise.
func verdictOf(items []*item) Verdict {
	if docCount(items) > 1 {
		return Agree
	}
	return Single
}

var verdictRank = map[Verdict]int{Conflict: 0, Variant: 1, Agree: 2, Single: 3}

func kindRank(k claims.Kind) int {
	for i, x := range claims.Kinds {
		if x == k {
			return i
		}
	}
	return len(claims.Kinds)
}

// findings orders facts and turns them into findings.
func (r *reconciler) findings(facts []*fact) []Finding {
	out := make([]Finding, 0, len(facts))
	for _, f := range facts {
		out = append(out, f.finding())
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := &out[i], &out[j]
		if ra, rb := verdictRank[a.Verdict], verdictRank[b.Verdict]; ra != rb {
			return ra < rb
		}
		if ka, kb := kindRank(a.Kind), kindRank(b.Kind); ka != kb {
			return ka < kb
		}
		if a.Topic != b.Topic {
			return a.Topic < b.Topic
		}
		if a.Key != b.Key {
			return a.Key < b.Key
		}
		return lessIDs(a.Claims, b.Claims)
	})
	for i := range out {
		out[i].ID = fmt.Sprintf("F%d", i+1)
	}
	return out
}

func lessIDs(a, b []string) bool {
	for i := 0; i < len(a) && i < len(b); i++ {
		if a[i] != b[i] {
			return a[i] < b[i]
		}
	}
	return len(a) < len(b)
}

func (f *fact) finding() Finding {
	fd := Finding{
		Verdict:    f.verdict,
		Kind:       f.kind,
		Key:        f.key,
		Topic:      f.topic,
		Subject:    f.subject,
		Difference: f.difference,
		Claims:     []string{},
		Values:     make([]FindingValue, 0, len(f.values)),
	}
	var all []*item
	seen := map[*item]bool{}
	for _, g := range f.values {
		v := FindingValue{Display: g.display, Claims: make([]string, 0, len(g.items)), Sources: []string{}}
		srcSeen := map[string]bool{}
		for _, it := range g.items {
			v.Claims = append(v.Claims, it.c.ID)
			if !srcSeen[it.source] {
				srcSeen[it.source] = true
				v.Sources = append(v.Sources, it.source)
			}
			if !seen[it] {
				seen[it] = true
				all = append(all, it)
			}
		}
		fd.Values = append(fd.Values, v)
	}
	sort.SliceStable(all, func(i, j int) bool { return itemLess(all[i], all[j]) })
	for _, it := range all {
		fd.Claims = append(fd.Claims, it.c.ID)
	}
	if (f.verdict == Conflict || f.verdict == Variant) && (f.diffA != "" || f.diffB != "") {
		fd.DiffOps = WordDiff(f.diffA, f.diffB)
		fd.Diff = RenderDiff(fd.DiffOps)
	}
	return fd
}

// itemLess orders items as the report orders claims.
func itemLess(a, b *item) bool {
	if a.doc != b.doc {
		return a.doc < b.doc
	}
	if a.c.Doc != b.c.Doc {
		return a.c.Doc < b.c.Doc
	}
	if a.c.Start != b.c.Start {
		return a.c.Start < b.c.Start
	}
	return a.c.ID < b.c.ID
}

// sortGroups orders a fact's value groups by their first claim.
func sortGroups(gs []*valueGroup) {
	sort.SliceStable(gs, func(i, j int) bool { return itemLess(gs[i].items[0], gs[j].items[0]) })
}

// evidence is the sentence a claim stands in, or its text.
func evidence(it *item) string {
	if it.c.Sentence != "" {
		return it.c.Sentence
	}
	return it.c.Text
}

// rules say how the value groups of one fact relate.
type rules struct {
	// disagree reports two value groups that contradict each other.
	disagree func(g, h *valueGroup) bool
	// apart reports two value groups that cannot be one fact, whether or
	// not they contradict each other; nil means disagree.
	apart func(g, h *valueGroup) bool
	// mayConflict is false when the kind's rules forbid a conflict here
	// (thin evidence).
	mayConflict bool
	// pick chooses the two claims that stand for two disagreeing value
	// groups; nil picks the first confident claim of each.
	pick func(g, h *valueGroup) (*item, *item)
	// describe fills in the difference and the evidence to diff.
	describe func(a, b *item)
	// topic names one value group when a fact is split; nil keeps the
	// fact's topic.
	topic func(g *valueGroup) string
	// byDocument lets a document that gives two values still take part
	// in a conflict with a document that shares none of its values. It
	// suits keys narrow enough to name one fact (an event in one place
	// within days); where a key may cover several facts (counts of the
	// killed in two attacks), one document's two values mean the key is
	// too coarse and no conflict is drawn.
	byDocument bool
}

// settle gives a fact of several documents its verdict once its values are
// grouped. Values that all fit together agree. When some disagree, the
// fact is a conflict if the kind's rules allow one here and two confident
// claims of different documents disagree. Otherwise, when some values
// cannot be one fact, the fact cannot be trusted to be one fact at all
// (thin evidence, or a document that disagrees with itself) and is split
// into one fact per value.
func (f *fact) settle(r rules) []*fact {
	if r.apart == nil {
		r.apart = r.disagree
	}
	if r.pick == nil {
		r.pick = func(g, h *valueGroup) (*item, *item) { return confidentPair(g.items, h.items) }
	}
	if f.verdict == Single || !anyDisagree(f.values, r.apart) {
		return []*fact{f}
	}
	if r.mayConflict {
		find := conflictingPair
		if r.byDocument {
			find = conflictingDocuments
		}
		if a, b, ok := find(f.values, r.disagree, r.pick); ok {
			f.verdict = Conflict
			r.describe(a, b)
			moveFirst(f.values, a, b)
			return append([]*fact{f}, f.corroborated(r)...)
		}
	}
	out := make([]*fact, 0, len(f.values))
	for _, side := range compatibleSides(f.values, r.apart) {
		part := *f
		part.key = f.key
		var items []*item
		for _, g := range side {
			part.key += "|" + g.key
			items = append(items, g.items...)
		}
		part.values = side
		part.verdict = verdictOf(items)
		if r.topic != nil {
			part.topic = r.topic(side[0])
		}
		out = append(out, &part)
	}
	return out
}

// compatibleSides splits the value groups of a fact that is more than one
// fact into the facts it holds: a value group joins the first side whose
// values it does not stand apart from and which stands apart from exactly
// the values it does ("about 28,000" joins "28,000" where another article
// gives 110,000); a vaguer value that fits two sides ("tens of
// thousands") stands alone, as it corroborates neither.
func compatibleSides(gs []*valueGroup, apart func(g, h *valueGroup) bool) [][]*valueGroup {
	away := func(g, h *valueGroup) bool { return apart(g, h) || apart(h, g) }
	var sides [][]*valueGroup
	for _, g := range gs {
		placed := false
		for i, side := range sides {
			fits := true
			for _, h := range side {
				if away(g, h) {
					fits = false
					break
				}
			}
			for _, k := range gs {
				if fits && away(side[0], k) != away(g, k) {
					fits = false
				}
			}
			if fits {
				sides[i] = append(side, g)
				placed = true
				break
			}
		}
		if !placed {
			sides = append(sides, []*valueGroup{g})
		}
	}
	return sides
}

// corroborated lists, for a fact in conflict, the sides that several
// documents take, each as a fact of its own with the verdict agree: three
// sources giving August 12 against one giving August 11 is a conflict and
// an agreement of three. A side is a value with every value that does
// not disagree with it; only the values that also disagree with all it
// disagrees with count as corroborating it, so that a vaguer value ("in
// August"), which fits either side, corroborates neither.
func (f *fact) corroborated(r rules) []*fact {
	disagree := func(g, h *valueGroup) bool { return r.disagree(g, h) || r.disagree(h, g) }
	var out []*fact
	seen := map[string]bool{}
	for _, g := range f.values {
		var side []*valueGroup
		var backing []*item
		var key strings.Builder
		for _, h := range f.values {
			if h != g && disagree(g, h) {
				continue
			}
			side = append(side, h)
			key.WriteString("|" + h.key)
			firm := true
			for _, k := range f.values {
				if disagree(g, k) && !disagree(h, k) {
					firm = false
					break
				}
			}
			if firm {
				backing = append(backing, h.items...)
			}
		}
		if docCount(backing) < 2 || len(side) == len(f.values) || seen[key.String()] {
			continue
		}
		seen[key.String()] = true
		part := *f
		part.verdict = Agree
		part.key = f.key + "|agree" + key.String()
		part.values = side
		part.difference, part.diffA, part.diffB = "", "", ""
		out = append(out, &part)
	}
	return out
}

func anyDisagree(gs []*valueGroup, disagree func(a, b *valueGroup) bool) bool {
	for i := range gs {
		for j := i + 1; j < len(gs); j++ {
			if disagree(gs[i], gs[j]) {
				return true
			}
		}
	}
	return false
}

// conflictingPair finds two claims, from different documents and both
// confident, whose value groups disagree. It finds none when a document
// gives two values that disagree with each other: the key then covers
// more than one fact, and no conflict drawn from it can be trusted.
func conflictingPair(gs []*valueGroup, disagree func(a, b *valueGroup) bool, pick func(g, h *valueGroup) (*item, *item)) (a, b *item, ok bool) {
	docs := make([]map[int]bool, len(gs))
	for i, g := range gs {
		docs[i] = map[int]bool{}
		for _, it := range g.items {
			docs[i][it.doc] = true
		}
	}
	for i := range gs {
		for j := i + 1; j < len(gs); j++ {
			if !disagree(gs[i], gs[j]) {
				continue
			}
			for d := range docs[i] {
				if docs[j][d] {
					return nil, nil, false
				}
			}
			if ok {
				continue
			}
			if x, y := pick(gs[i], gs[j]); x != nil {
				a, b, ok = x, y, true
			}
		}
	}
	return a, b, ok
}

// conflictingDocuments finds two claims of different documents whose
// value groups disagree, where the two documents share no value at all:
// one article dating a meeting June 14 and 15 still conflicts with
// another dating it June 13, but not with one that also says the 14th.
func conflictingDocuments(gs []*valueGroup, disagree func(a, b *valueGroup) bool, pick func(g, h *valueGroup) (*item, *item)) (a, b *item, ok bool) {
	values := map[int]map[int]bool{} // document → the value groups it gives
	for i, g := range gs {
		for _, it := range g.items {
			if values[it.doc] == nil {
				values[it.doc] = map[int]bool{}
			}
			values[it.doc][i] = true
		}
	}
	shareValue := func(d, e int) bool {
		for i := range values[d] {
			if values[e][i] {
				return true
			}
		}
		return false
	}
	only := func(g *valueGroup, doc int) *valueGroup {
		sub := &valueGroup{key: g.key}
		for _, it := range g.items {
			if it.doc == doc {
				sub.items = append(sub.items, it)
			}
		}
		return sub
	}
	for i := range gs {
		for j := i + 1; j < len(gs); j++ {
			if !disagree(gs[i], gs[j]) {
				continue
			}
			for _, x := range gs[i].items {
				for _, y := range gs[j].items {
					if x.doc == y.doc || shareValue(x.doc, y.doc) {
						continue
					}
					if p, q := pick(only(gs[i], x.doc), only(gs[j], y.doc)); p != nil {
						return p, q, true
					}
				}
			}
		}
	}
	return nil, nil, false
}

// confidentPair returns the first confident item of xs and of ys.
func confidentPair(xs, ys []*item) (*item, *item) {
	var a, b *item
	for _, it := range xs {
		if it.confident() {
			a = it
			break
		}
	}
	for _, it := range ys {
		if it.confident() {
			b = it
			break
		}
	}
	if a == nil || b == nil {
		return nil, nil
	}
	return a, b
}

// moveFirst puts the value groups holding a and b first, in that order.
func moveFirst(gs []*valueGroup, a, b *item) {
	rank := func(g *valueGroup) int {
		for _, it := range g.items {
			if it == a {
				return 0
			}
			if it == b {
				return 1
			}
		}
		return 2
	}
	sort.SliceStable(gs, func(i, j int) bool { return rank(gs[i]) < rank(gs[j]) })
}
