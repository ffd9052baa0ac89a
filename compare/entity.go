package compare

import (
	"sort"
	"strings"

	"crosscheck/claims/text"
)

// People are named many ways across articles: "Jorge Luis Ferran
// Quintero", "Luis Ferran Quintero", "Ferran Quintero", "Ostróva", "Lena
// Ostrova". An entityIndex clusters these spellings into one entity per
// person, across documents, without comparing every pair of names: names
// are bucketed by their folded last word (the surname), and only names in
// one bucket are compared.
//
// Within a bucket, a name joins a fuller name when its words are a subset
// of that name's words. A name that fits two different fuller names (a
// bare "Brenik" when both "Tomas Brenik" and "Marta Brenik" appear) is
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
	seq     int      // the order it was added in
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
// possessive ending ("Ferran Quintero's"), and spelling a given name one way
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
	x.names[key] = &nameEntry{key: key, words: strings.Split(key, " "), display: strings.TrimSpace(name), seq: len(x.names)}
	x.built = false
}

// build clusters the names added so far.
func (x *entityIndex) build() {
	if x.built {
		return
	}
	x.built = true
	surname := x.surnameVariants()
	buckets := map[string][]*nameEntry{}
	for _, e := range x.names {
		e.entity = nil
		last := e.words[len(e.words)-1]
		if s, ok := surname[last]; ok {
			last = s
		}
		last = soundKey(last) // "al-Qadiri" and "al-Kadiri" share a bucket
		buckets[last] = append(buckets[last], e)
	}
	for _, b := range buckets {
		// Fuller names first, then in the order they were added (report
		// order), so that the result does not depend on map order and a
		// spelling variant joins the spelling seen first.
		sort.Slice(b, func(i, j int) bool {
			if len(b[i].words) != len(b[j].words) {
				return len(b[i].words) > len(b[j].words)
			}
			return b[i].seq < b[j].seq
		})
		var roots []*nameEntry
		for _, e := range b {
			var found *nameEntry
			n := 0
			for _, r := range roots {
				if len(r.words) > len(e.words) && nearSubset(e.words, r.words) ||
					len(r.words) == len(e.words) && nearSubset(e.words, r.words) && nearSubset(r.words, e.words) {
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

// surnameVariants maps surnames spelled one letter apart ("Solbakk",
// "Solbak") to one of them, when two names with those surnames share a
// given name (Henrik Solbakk, Henrik Solbak): one person spelled two
// ways. Surnames are matched through their one-letter deletions, never
// pairwise, so the cost grows with the number of surnames.
func (x *entityIndex) surnameVariants() map[string]string {
	given := map[string][]string{} // surname -> given names
	for _, e := range x.names {
		if n := len(e.words); n > 1 {
			given[e.words[n-1]] = append(given[e.words[n-1]], e.words[0])
		}
	}
	surnames := make([]string, 0, len(given))
	for s := range given {
		if len(s) >= 5 {
			surnames = append(surnames, s)
		}
	}
	sort.Strings(surnames)
	byDeletion := map[string][]string{}
	for _, s := range surnames {
		for _, d := range deletions(s) {
			byDeletion[d] = append(byDeletion[d], s)
		}
	}
	parent := map[string]string{}
	var find func(s string) string
	find = func(s string) string {
		p, ok := parent[s]
		if !ok || p == s {
			return s
		}
		r := find(p)
		parent[s] = r
		return r
	}
	for _, s := range surnames {
		for _, d := range deletions(s) {
			for _, t := range byDeletion[d] {
				if t <= s || t[0] != s[0] || !oneEdit(s, t) || !shareGiven(given[s], given[t]) {
					continue
				}
				a, b := find(s), find(t)
				if a != b {
					if b < a {
						a, b = b, a
					}
					parent[b] = a
				}
			}
		}
	}
	out := map[string]string{}
	for _, s := range surnames {
		if r := find(s); r != s {
			out[s] = r
		}
	}
	return out
}

// deletions are s and s with each one of its letters left out.
func deletions(s string) []string {
	out := make([]string, 0, len(s)+1)
	out = append(out, s)
	for i := range len(s) {
		out = append(out, s[:i]+s[i+1:])
	}
	return out
}

// shareGiven reports whether two lists of given names have one in common,
// spelled alike or one letter apart.
func shareGiven(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if nearWord(x, y) {
				return true
			}
		}
	}
	return false
}

// nearWord reports whether two folded name words are one name: equal, or,
// for names of four letters or more, one letter apart with the same first
// letter ("tomasz", "tomas"; "solbakk", "solbak"), unless the letter is a
// vowel at the end, which often marks another person of the other sex
// ("mario", "maria"; "daniel", "daniela"; "kowalski", "kowalska").
func nearWord(a, b string) bool {
	if a == b || soundKey(a) == soundKey(b) {
		return true
	}
	if len(a) < 4 || len(b) < 4 || a[0] != b[0] || !oneEdit(a, b) {
		return false
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	vowel := func(c byte) bool { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y' }
	last := len(b) - 1
	if len(a) == len(b) && a[last] != b[last] && (vowel(a[last]) || vowel(b[last])) {
		return false
	}
	if len(a) < len(b) && a == b[:last] && vowel(b[last]) {
		return false
	}
	return true
}

// soundSpellings are the letter groups that spell one sound in the
// romanizations of names: "Joachim" and "Joakim", "al-Qadiri" and
// "al-Kadiri", "Youssef" and "Yusef", "Mikhail" and "Mikail". Each group
// becomes the first letter it maps to; doubled letters become one.
var soundSpellings = []struct{ from, to string }{
	{"sch", "sh"}, {"ch", "k"}, {"ck", "k"}, {"kh", "k"}, {"q", "k"}, {"ph", "f"},
	{"ou", "u"}, {"oo", "u"}, {"dh", "d"}, {"th", "t"}, {"gh", "g"}, {"w", "v"},
}

// soundKey is a folded name word spelled by sound (soundSpellings), so
// that two romanizations of one name compare equal. It only merges
// spellings of one sound, never two different letters, so it cannot join
// two names that sound apart.
func soundKey(w string) string {
	plain := true // most names need no respelling: no allocation then
	for i := 0; i < len(w) && plain; i++ {
		switch w[i] {
		case 'c', 'h', 'q', 'o', 'w':
			plain = false
		default:
			plain = i == 0 || w[i] != w[i-1]
		}
	}
	if plain {
		return w
	}
	for _, r := range soundSpellings {
		if strings.Contains(w, r.from) {
			w = strings.ReplaceAll(w, r.from, r.to)
		}
	}
	var b strings.Builder
	b.Grow(len(w))
	for i := 0; i < len(w); i++ {
		if i > 0 && w[i] == w[i-1] {
			continue
		}
		b.WriteByte(w[i])
	}
	return b.String()
}

// oneEdit reports whether a and b differ by one letter changed, added or
// left out.
func oneEdit(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	switch len(b) - len(a) {
	case 0:
		diff := 0
		for i := range len(a) {
			if a[i] != b[i] {
				diff++
			}
		}
		return diff == 1
	case 1:
		i := 0
		for i < len(a) && a[i] == b[i] {
			i++
		}
		return a[i:] == b[i+1:]
	}
	return false
}

// nearSubset reports whether every word of a is in b, spelled alike or one
// letter apart (nearWord).
func nearSubset(a, b []string) bool {
	for _, w := range a {
		found := false
		for _, v := range b {
			if nearWord(w, v) {
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
