package compare

import (
	"sort"
	"strings"

	"crosscheck/claims/text"
)

// People are named many ways across articles: "Andres Manuel Lopez
// Obrador", "Manuel Lopez Obrador", "Lopez Obrador", "Bárcena", "Alicia
// Barcena". An entityIndex clusters these spellings into one entity per
// person, across documents, without comparing every pair of names: names
// are bucketed by their folded last word (the surname), and only names in
// one bucket are compared.
//
// Within a bucket, a name joins a fuller name when its words are a subset
// of that name's words. A name that fits two different fuller names (a
// bare "Biden" when both "Joe Biden" and "Hunter Biden" appear) is
// ambiguous and stays an entity of its own: it will never be merged into
// the wrong person, at the cost of a missed agreement.
type entityIndex struct {
	names map[string]*nameEntry // by folded key
	built bool
	// keys memoizes keyOf: articles repeat the same few names.
	keys map[string]string
}

type nameEntry struct {
	key     string   // folded words joined by spaces
	words   []string // folded words
	display string   // the first original spelling seen, in report order
	entity  *nameEntry
}

func newEntityIndex() *entityIndex {
	return &entityIndex{names: map[string]*nameEntry{}, keys: map[string]string{}}
}

// givenNameForms map transliterations of common Arabic and Russian given
// names to one spelling, so that "Mohammed al-Rashidi" and "Muhammad
// al-Rashidi" are one person named two ways (a name variant, never two
// people). Only given names, never surnames, are mapped: two people who
// share a surname differ in the given name, and only spellings of one
// name are listed here.
var givenNameForms = func() map[string]string {
	families := [][]string{
		{"muhammad", "mohammed", "mohammad", "muhammed", "mohamed", "mohamad", "muhamad", "mohamud"},
		{"ahmad", "ahmed"},
		{"mahmoud", "mahmud", "mahmood"},
		{"hussein", "husein", "hussain", "husain", "husayn"},
		{"hassan", "hasan"},
		{"yusuf", "youssef", "yousef", "yusef", "yousif", "yousuf"},
		{"abdullah", "abdallah", "abdulla"},
		{"abdul", "abdel"},
		{"omar", "umar"},
		{"osama", "usama"},
		{"mustafa", "moustafa", "mustapha", "mostafa"},
		{"ibrahim", "ebrahim"},
		{"suleiman", "sulaiman", "suleyman"},
		{"khalid", "khaled"},
		{"walid", "waleed"},
		{"faisal", "faysal"},
		{"aleksandr", "alexandr", "aleksander"},
		{"sergei", "sergey"},
		{"dmitry", "dmitri", "dmitriy"},
		{"yevgeny", "evgeny", "yevgeniy", "evgeniy", "evgeni"},
		{"yuri", "yury", "yuriy"},
		{"andrei", "andrey"},
		{"alexei", "aleksei", "alexey", "aleksey"},
		{"nikolai", "nikolay"},
		{"pyotr", "petr"},
		{"maxim", "maksim"},
		{"vitaly", "vitali", "vitaliy"},
		{"tatiana", "tatyana"},
		{"natalia", "natalya"},
	}
	m := map[string]string{}
	for _, f := range families {
		for _, w := range f {
			m[w] = f[0]
		}
	}
	return m
}()

// honorifics are dropped from the front of person names.
var honorifics = set("mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "madam", "mx")

// personWords folds a person's name into words, dropping honorifics and a
// possessive ending ("Lopez Obrador's"), and spelling a given name one way
// when it is transliterated several ("Mohammed", "Muhammad").
func personWords(name string) []string {
	words := text.FoldWords(name)
	for len(words) > 1 && honorifics[strings.TrimSuffix(words[0], ".")] {
		words = words[1:]
	}
	for i := 0; i < len(words)-1; i++ {
		if w, ok := givenNameForms[words[i]]; ok {
			words[i] = w
		}
	}
	if n := len(words); n > 0 {
		w := strings.TrimSuffix(words[n-1], "'s")
		w = strings.Trim(w, "-'")
		if w == "" {
			words = words[:n-1]
		} else {
			words[n-1] = w
		}
	}
	return words
}

// keyOf is the folded key of a person's name: its words joined by
// spaces, "" for a name with no words.
func (x *entityIndex) keyOf(name string) string {
	k, ok := x.keys[name]
	if !ok {
		k = strings.Join(personWords(name), " ")
		x.keys[name] = k
	}
	return k
}

// add records one spelling of a person's name. Spellings must be added in
// report order (documents by id, claims by position) so that the display
// chosen for an entity does not depend on input order.
func (x *entityIndex) add(name string) {
	key := x.keyOf(name)
	if key == "" {
		return
	}
	if _, ok := x.names[key]; ok {
		return
	}
	x.names[key] = &nameEntry{key: key, words: strings.Split(key, " "), display: strings.TrimSpace(name)}
	x.built = false
}

// build clusters the names added so far.
func (x *entityIndex) build() {
	if x.built {
		return
	}
	x.built = true
	buckets := map[string][]*nameEntry{}
	for _, e := range x.names {
		e.entity = nil
		last := e.words[len(e.words)-1]
		buckets[last] = append(buckets[last], e)
	}
	for _, b := range buckets {
		// Fuller names first, then by key, so that the result does not
		// depend on map order.
		sort.Slice(b, func(i, j int) bool {
			if len(b[i].words) != len(b[j].words) {
				return len(b[i].words) > len(b[j].words)
			}
			return b[i].key < b[j].key
		})
		var roots []*nameEntry
		for _, e := range b {
			var found *nameEntry
			n := 0
			for _, r := range roots {
				if len(r.words) > len(e.words) && subset(e.words, r.words) {
					found = r
					n++
				}
			}
			switch n {
			case 0:
				e.entity = e
				roots = append(roots, e)
			case 1:
				e.entity = found
			default:
				e.entity = e // ambiguous: keep it apart
			}
		}
	}
}

// entity returns the key and display of the entity a spelling belongs to;
// ok is false for an empty name.
func (x *entityIndex) entity(name string) (key, display string, ok bool) {
	x.build()
	k := x.keyOf(name)
	if k == "" {
		return "", "", false
	}
	e := x.names[k]
	if e == nil {
		return k, strings.TrimSpace(name), true
	}
	return e.entity.key, e.entity.display, true
}

// isPronoun reports whether a speaker or person is only a pronoun or a
// vague reference that cannot identify anyone across documents.
func (x *entityIndex) isPronoun(name string) bool {
	return vagueReferences[x.keyOf(name)]
}

// subset reports whether every word of a is in b.
func subset(a, b []string) bool {
	for _, w := range a {
		found := false
		for _, v := range b {
			if v == w {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// vagueReferences are folded keys of speakers and persons that are
// pronouns or vague references: they identify no one across documents.
var vagueReferences = set("", "he", "she", "they", "it", "we", "i", "you", "him", "her",
	"them", "officials", "an official", "a spokesperson", "a spokesman", "a spokeswoman",
	"the official", "the spokesperson", "the statement", "a statement", "police",
	"authorities", "sources", "witnesses", "reports")
