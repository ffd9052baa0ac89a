package compare

import (
	"strings"

	"crosscheck/claims"
	"crosscheck/claims/people"
)

// Names.
//
// Key: the entity. People are clustered across documents (entity.go):
// folded, accent-insensitive, a name joining a fuller one whose words it
// is a subset of, with the same surname. Places and organizations join
// only on an identical folded name ("Valdría" and "Valdria"), since a
// subset there means another place ("Mexico", "New Mexico").
//
// Verdict: each document's fullest spelling of the entity is compared (a
// surname alone is how articles refer to someone they have named; it is
// no variant). Identical spellings agree; spellings that differ in accents
// or fullness ("Luis Ferran Quintero", "Jorge Luis Ferrán Quintero") are
// a variant, shown as a word diff. Names never conflict.

// nameText is the spelling a name claim gives.
func nameText(it *item, n people.Name) string {
	if n.Display != "" {
		return strings.TrimSpace(n.Display)
	}
	return strings.TrimSpace(it.c.Text)
}

// isPersonName reports whether a name claim names a person, as far as
// compare can tell: its type says so, or, untyped, it is spelled like a
// person named elsewhere in a role, age or quote.
func (r *reconciler) isPersonName(n people.Name, spelling string) bool {
	switch n.Type {
	case "person":
		return true
	case "":
		_, known := r.persons.names[r.persons.keyOf(spelling)]
		return known
	}
	return false
}

// indexPersons adds every person spelling of the claims to the entity
// index, in report order.
func (r *reconciler) indexPersons() {
	for _, it := range r.items {
		switch it.c.Kind {
		case claims.Role:
			if v, ok := claims.ValueAs[people.Role](it.c.Value); ok {
				r.addPerson(v.Person, it.c.Subject)
			}
		case claims.Age:
			if v, ok := claims.ValueAs[people.Age](it.c.Value); ok && v.Named {
				r.addPerson(v.Person, it.c.Subject)
			}
		case claims.Quote:
			if v, ok := claims.ValueAs[people.Quote](it.c.Value); ok {
				r.addPerson(v.Speaker, it.c.Subject)
			}
		}
	}
	for _, it := range r.byKind[claims.Name] {
		n, ok := claims.ValueAs[people.Name](it.c.Value)
		if !ok || n.Type != "person" {
			continue
		}
		r.persons.add(nameText(it, n))
		if n.Entity != "" {
			r.persons.add(n.Entity)
		}
	}
}

func (r *reconciler) addPerson(name, fallback string) {
	if name == "" {
		name = fallback
	}
	if !r.persons.isPronoun(name) {
		r.persons.add(name)
	}
}

type nitem struct {
	*item
	spelling string
	words    int
}

func (r *reconciler) names() []*fact {
	groups := map[string][]*nitem{}
	var keys []string
	display := map[string]string{}
	for _, it := range r.byKind[claims.Name] {
		n, ok := claims.ValueAs[people.Name](it.c.Value)
		if !ok {
			continue
		}
		spelling := nameText(it, n)
		if spelling == "" {
			continue
		}
		var key, disp string
		if r.isPersonName(n, spelling) {
			ident := spelling
			if n.Entity != "" {
				ident = n.Entity
			}
			k, d, ok := r.persons.entity(ident)
			if !ok {
				continue
			}
			key, disp = "name|person|"+k, d
		} else {
			ident := n.Entity
			if ident == "" {
				ident = spelling
			}
			k := r.cache.folded(ident)
			if k == "" {
				continue
			}
			key, disp = "name|"+n.Type+"|"+k, spelling
		}
		if _, ok := groups[key]; !ok {
			keys = append(keys, key)
			display[key] = disp
		}
		groups[key] = append(groups[key], &nitem{item: it, spelling: spelling, words: r.cache.wordCount(spelling)})
	}
	var facts []*fact
	for _, key := range keys {
		facts = append(facts, nameFact(key, display[key], groups[key]))
	}
	return facts
}

func nameFact(key, entity string, ns []*nitem) *fact {
	// Each document's fullest spelling: most words, first in the text.
	fullest := map[int]*nitem{}
	maxWords := 0
	for _, n := range ns {
		best, ok := fullest[n.doc]
		if !ok || n.words > best.words {
			fullest[n.doc] = n
		}
		maxWords = max(maxWords, n.words)
	}
	// Every claim of a document that spells the entity its fullest way
	// takes part; a document that only ever gives one word, while others
	// give more, stays out.
	var items []*item
	spelling := map[*item]string{}
	for _, n := range ns {
		best := fullest[n.doc]
		if n.spelling != best.spelling {
			continue
		}
		if best.words == 1 && maxWords > 1 {
			continue
		}
		items = append(items, n.item)
		spelling[n.item] = n.spelling
	}
	f := &fact{
		kind:    claims.Name,
		key:     key,
		topic:   "spelling of " + entity,
		subject: entity,
		verdict: verdictOf(items),
	}
	f.values = groupValues(items, func(it *item) string { return spelling[it] },
		func(it *item) string { return spelling[it] })
	if len(f.values) > 1 {
		f.verdict = Variant
		f.diffA, f.diffB = f.values[0].display, f.values[1].display
	}
	return f
}
