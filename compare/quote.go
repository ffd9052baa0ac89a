package compare

import (
	"sort"
	"strings"

	"crosscheck/claims"
	"crosscheck/claims/people"
	"crosscheck/claims/text"
)

// Quotes.
//
// Key: the speaker (clustered across documents), then what was said:
// within one speaker, quotes are the same statement when they share at
// least minSharedWords content words (folded, lemmatized, function words
// dropped) and their Dice coefficient 2|A∩B|/(|A|+|B|) is at least
// minQuoteSimilarity. "We will rebuild the harbour wall before the winter
// storms" and "the council promised to rebuild the old harbour wall ahead
// of the storms" share rebuild, harbour, wall and storm: Dice 0.57.
// The threshold keeps two different remarks on one topic apart while
// joining a quote to its paraphrase in reported speech.
//
// Verdict: the same words (folded) agree; different words are a variant,
// shown as a word diff. Quotes never conflict: different wording is not a
// contradiction that compare could prove. A quote whose speaker is only a
// pronoun identifies no one and takes part in no finding.
const (
	minSharedWords     = 3
	minQuoteSimilarity = 0.4
)

// quoteStopwords are dropped before comparing what was said.
var quoteStopwords = set(
	"a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "by", "with",
	"and", "or", "but", "if", "so", "as", "that", "this", "these", "those", "it",
	"its", "we", "our", "us", "i", "me", "my", "you", "your", "he", "him", "his",
	"she", "her", "they", "them", "their", "is", "are", "was", "were", "be", "been",
	"being", "am", "have", "has", "had", "do", "does", "did", "will", "would",
	"can", "could", "shall", "should", "may", "might", "must", "not", "no",
	"there", "here", "what", "which", "who", "whom", "when", "where", "how",
	"said", "say", "says", "told", "very", "also", "just", "all", "some", "any",
	"more", "most", "than", "then", "into", "about", "over", "out", "up",
	"because", "while", "both", "each", "other", "such", "only", "own",
)

type quitem struct {
	*item
	words   string          // folded words, for equality
	content map[string]bool // content lemmas
	display string
}

// readQuote folds a quote's words and picks its content words.
func readQuote(disp string) *quoteWords {
	words := text.FoldWords(disp)
	w := &quoteWords{words: strings.Join(words, " "), content: map[string]bool{}}
	for _, x := range words {
		x = strings.Trim(x, "-'")
		if x == "" || quoteStopwords[x] {
			continue
		}
		w.content[lemma(x)] = true
	}
	return w
}

func sameStatement(a, b *quitem) bool {
	if a.words == b.words {
		return true
	}
	shared := 0
	for w := range a.content {
		if b.content[w] {
			shared++
		}
	}
	if shared < minSharedWords {
		return false
	}
	return 2*float64(shared)/float64(len(a.content)+len(b.content)) >= minQuoteSimilarity
}

func (r *reconciler) quotes() []*fact {
	groups := map[string][]*quitem{}
	var keys []string
	display := map[string]string{}
	for _, it := range r.byKind[claims.Quote] {
		q, ok := claims.ValueAs[people.Quote](it.c.Value)
		if !ok {
			continue
		}
		speaker := q.Speaker
		if speaker == "" {
			speaker = it.c.Subject
		}
		if r.persons.isPronoun(speaker) {
			continue
		}
		k, d, ok := r.persons.entity(speaker)
		if !ok {
			continue
		}
		key := "quote|" + k
		if _, ok := groups[key]; !ok {
			keys = append(keys, key)
			display[key] = d
		}
		x := r.cache.quote(it, q)
		if x.words == "" {
			continue
		}
		groups[key] = append(groups[key], x)
	}
	var facts []*fact
	for _, key := range keys {
		for _, cl := range quoteClusters(groups[key]) {
			facts = append(facts, quoteFact(key, display[key], cl))
		}
	}
	return facts
}

// quoteClusters groups one speaker's quotes into statements: single
// linkage over distinct wordings, so a thousand copies of one quote cost
// one comparison each. A quote like two statements joins them: one
// article quotes in one breath ("We did not come to sign papers; we came
// to end the war") what another gives as two sentences.
func quoteClusters(xs []*quitem) [][]*quitem {
	var reps [][]*quitem // distinct wordings per cluster
	var clusters [][]*quitem
	parent := []int{} // a merged cluster points to the one it joined
	root := func(i int) int {
		for parent[i] != i {
			i = parent[i]
		}
		return i
	}
	byWords := map[string]int{}
	for _, x := range xs {
		if i, ok := byWords[x.words]; ok {
			i = root(i)
			clusters[i] = append(clusters[i], x)
			continue
		}
		match := -1
		for i, rs := range reps {
			if parent[i] != i {
				continue
			}
			for _, r := range rs {
				if sameStatement(x, r) {
					if match < 0 {
						match = i
					} else {
						// x links two statements: merge the later into
						// the earlier.
						parent[i] = match
						reps[match] = append(reps[match], reps[i]...)
						clusters[match] = append(clusters[match], clusters[i]...)
						reps[i], clusters[i] = nil, nil
					}
					break
				}
			}
		}
		if match < 0 {
			match = len(clusters)
			clusters = append(clusters, nil)
			reps = append(reps, nil)
			parent = append(parent, match)
		}
		byWords[x.words] = match
		reps[match] = append(reps[match], x)
		clusters[match] = append(clusters[match], x)
	}
	out := clusters[:0]
	for i, cl := range clusters {
		if parent[i] == i {
			out = append(out, cl)
		}
	}
	return out
}

func quoteFact(key, speaker string, qs []*quitem) *fact {
	items := make([]*item, len(qs))
	byItem := map[*item]*quitem{}
	for i, q := range qs {
		items[i] = q.item
		byItem[q.item] = q
	}
	// The statement's key: its first wording's content words, so two
	// statements of one speaker have different keys.
	content := statementKey(qs[0])
	f := &fact{
		kind:    claims.Quote,
		key:     key + "|" + content,
		topic:   "words of " + speaker,
		subject: speaker,
		verdict: verdictOf(items),
	}
	f.values = groupValues(items, func(it *item) string { return byItem[it].words },
		func(it *item) string { return byItem[it].display })
	if len(f.values) > 1 && f.verdict != Single {
		// Variant only across documents: one article quoting itself
		// twice in other words is not a disagreement between sources.
		a, b := differentDocs(f.values)
		if a != nil {
			f.verdict = Variant
			f.diffA, f.diffB = byItem[a].display, byItem[b].display
			moveFirst(f.values, a, b)
		}
	}
	return f
}

// differentDocs finds the first claims of two value groups that come from
// different documents.
func differentDocs(gs []*valueGroup) (*item, *item) {
	for i := range gs {
		for j := i + 1; j < len(gs); j++ {
			for _, a := range gs[i].items {
				for _, b := range gs[j].items {
					if a.doc != b.doc {
						return a, b
					}
				}
			}
		}
	}
	return nil, nil
}

// Misattributed quotes.
//
// The same words in two articles, put in the mouths of two different
// people, are a conflict over who said them: a careful reader checks
// which speaker is right. Only strong evidence counts, since a false
// conflict is the worst error: both quotes direct and confidently
// attributed to a named person; at least minMisattributedWords content
// words, so that a stock phrase two people may both use ("a frank
// and open exchange") never counts; Dice similarity of at least
// minMisattributedSimilarity; different documents; speakers that are
// different entities with different surnames (a bare surname may be
// either of two people); and no document attributing the words to both.
const (
	minMisattributedWords      = 5
	minMisattributedSimilarity = 0.8
	minMisattributedConfidence = 0.85
	// maxQuotePostings skips content words so common across quotes that
	// they cannot single one out; the rarer words still find the match.
	maxQuotePostings = 200
)

type spokenQuote struct {
	*quitem
	entity, speaker, surname string
}

func (r *reconciler) quoteSpeakers() []*fact {
	var qs []*spokenQuote
	postings := map[string][]int{}
	for _, it := range r.byKind[claims.Quote] {
		q, ok := claims.ValueAs[people.Quote](it.c.Value)
		if !ok || !q.Direct || it.c.Confidence != 0 && it.c.Confidence < minMisattributedConfidence {
			continue
		}
		speaker := q.Speaker
		if speaker == "" || r.persons.isPronoun(speaker) {
			continue
		}
		k, d, ok := r.persons.entity(speaker)
		if !ok {
			continue
		}
		x := r.cache.quote(it, q)
		if len(x.content) < minMisattributedWords {
			continue
		}
		words := strings.Fields(k)
		sq := &spokenQuote{quitem: x, entity: k, speaker: d, surname: words[len(words)-1]}
		for w := range x.content {
			postings[w] = append(postings[w], len(qs))
		}
		qs = append(qs, sq)
	}
	if len(qs) < 2 {
		return nil
	}
	// Link quotes of different documents that say the same words.
	uf := newUnionFind(len(qs))
	linked := false
	for i, a := range qs {
		shared := map[int]int{}
		for w := range a.content {
			p := postings[w]
			if len(p) > maxQuotePostings {
				continue
			}
			for _, j := range p {
				if j > i {
					shared[j]++
				}
			}
		}
		for j, n := range shared {
			b := qs[j]
			if a.doc == b.doc {
				continue
			}
			if 2*float64(n)/float64(len(a.content)+len(b.content)) >= minMisattributedSimilarity {
				uf.union(i, j)
				linked = true
			}
		}
	}
	if !linked {
		return nil
	}
	clusters := map[int][]*spokenQuote{}
	var roots []int
	for i, q := range qs {
		root := uf.find(i)
		if _, ok := clusters[root]; !ok {
			roots = append(roots, root)
		}
		clusters[root] = append(clusters[root], q)
	}
	var facts []*fact
	for _, root := range roots {
		if f := misattribution(clusters[root]); f != nil {
			facts = append(facts, f)
		}
	}
	return facts
}

// misattribution is the conflict of one statement's quotes when they
// name speakers that cannot be one person, or nil.
func misattribution(qs []*spokenQuote) *fact {
	if len(qs) < 2 {
		return nil
	}
	byEntity := map[string][]*spokenQuote{}
	var entities []string
	docSpeakers := map[int]map[string]bool{}
	for _, q := range qs {
		if _, ok := byEntity[q.entity]; !ok {
			entities = append(entities, q.entity)
		}
		byEntity[q.entity] = append(byEntity[q.entity], q)
		if docSpeakers[q.doc] == nil {
			docSpeakers[q.doc] = map[string]bool{}
		}
		docSpeakers[q.doc][q.entity] = true
	}
	if len(entities) < 2 {
		return nil
	}
	for _, sp := range docSpeakers {
		if len(sp) > 1 {
			return nil // one article gives the words to both
		}
	}
	// Two speakers sharing a surname may be one person named two ways.
	surnames := map[string]bool{}
	for _, e := range entities {
		surnames[byEntity[e][0].surname] = true
	}
	if len(surnames) < len(entities) {
		return nil
	}
	var values []*valueGroup
	for _, e := range entities {
		g := &valueGroup{key: e, display: byEntity[e][0].speaker}
		for _, q := range byEntity[e] {
			g.items = append(g.items, q.item)
		}
		values = append(values, g)
	}
	sortGroups(values)
	content := statementKey(qs[0].quitem)
	a, b := values[0].items[0], values[1].items[0]
	return &fact{
		verdict:    Conflict,
		kind:       claims.Quote,
		key:        "quote-speaker|" + content,
		topic:      "speaker of “" + shortQuote(qs[0].display) + "”",
		subject:    values[0].display,
		values:     values,
		difference: "different speaker",
		diffA:      evidence(a),
		diffB:      evidence(b),
	}
}

// statementKey names a statement by up to eight of its wording's
// content words, sorted, for a fact's key.
func statementKey(q *quitem) string {
	content := make([]string, 0, len(q.content))
	for w := range q.content {
		content = append(content, w)
	}
	sort.Strings(content)
	if len(content) > 8 {
		content = content[:8]
	}
	return strings.Join(content, " ")
}

// shortQuote is a quote's first words, for a topic.
func shortQuote(s string) string {
	words := strings.Fields(s)
	if len(words) <= 8 {
		return strings.Join(words, " ")
	}
	return strings.Join(words[:8], " ") + "…"
}
