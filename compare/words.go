package compare

import (
	"slices"
	"sort"
	"strings"

	"crosscheck/claims/text"
)

// Keys are built from folded words so that "Injured", "wounded" and "hurt"
// or "Migrants" and "migrant" land in the same hash bucket. The lexicons
// below are small and general: they hold English function words,
// inflections and synonyms, never anything about one story.

// stopwords are dropped from subject keys.
var stopwords = set(
	"a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "by", "with",
	"and", "or", "its", "their", "his", "her", "our", "this", "that", "these",
	"those", "some", "about", "than", "more", "over", "under", "nearly",
	"around", "roughly", "approximately", "almost", "least", "most", "up",
	"such", "as", "who", "which", "were", "was", "are", "is", "be", "been",
	"have", "has", "had", "other", "others", "another", "all", "total",
)

// synonyms map a lemma to the word that stands for its class in keys.
var synonyms = map[string]string{
	// casualties
	"wounded": "injured", "hurt": "injured", "injury": "injured", "injure": "injured",
	"dead": "killed", "death": "killed", "died": "killed", "die": "killed",
	"fatality": "killed", "slain": "killed", "kill": "killed", "deceased": "killed",
	"missing": "missing", "disappeared": "missing",
	"detained": "arrested", "arrest": "arrested", "detainee": "arrested",
	// people
	"individual": "people", "person": "people", "persons": "people",
	"resident": "people", "civilian": "people",
	"immigrant": "migrant", "asylum-seeker": "migrant",
	// the size of a march, whoever counts it
	"marcher": "crowd", "protester": "crowd", "protestor": "crowd",
	"demonstrator": "crowd", "participant": "crowd",
	// lengths and the like: British and American spellings
	"kilometre": "kilometer", "metre": "meter",
	// the amount of one transaction, however an article names it
	"agreement": "deal", "contract": "deal", "accord": "deal", "pact": "deal",
	"investment": "deal",
	// what a club pays for a player: "the transfer, valued at £62
	// million" is the fee
	"transfer": "fee",
	// what a company owns of a venture
	"interest": "stake", "holding": "stake", "ownership": "stake",
	// what a port or a ship carries
	"cargo": "goods", "freight": "goods", "merchandise": "goods",
	"vessel": "ship",
	// the people a project employs
	"workforce": "job",
	// what carries a road over water
	"crossing": "bridge", "span": "bridge",
	// what an economy produces, however an article names it
	"economy": "gdp", "output": "gdp",
}

// irregular plurals that the suffix rules get wrong.
var irregular = map[string]string{
	"people": "people", "children": "child", "men": "man", "women": "woman",
	"police": "police", "news": "news", "series": "series", "species": "species",
	"feet": "foot", "teeth": "tooth", "mice": "mouse", "lives": "life",
	"talks": "talks", "arms": "arms", "means": "means", "politics": "politics",
	"economics": "economics", "crisis": "crisis", "analysis": "analysis",
	"gas": "gas", "bus": "bus", "virus": "virus", "status": "status",
	"census": "census", "campus": "campus", "focus": "focus", "goods": "goods",
}

// lemma reduces a folded word to a crude singular: enough to make
// "migrants" meet "migrant" and "casualties" meet "casualty", never a
// full morphological analysis.
func lemma(w string) string {
	if l, ok := irregular[w]; ok {
		return l
	}
	n := len(w)
	switch {
	case n > 4 && strings.HasSuffix(w, "ies"):
		return w[:n-3] + "y"
	case n > 4 && (strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "ches") ||
		strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "xes")):
		return w[:n-2]
	case n > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") &&
		!strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		return w[:n-1]
	}
	return w
}

// norm is lemma followed by the synonym class.
func norm(w string) string {
	l := lemma(w)
	if s, ok := synonyms[l]; ok {
		return s
	}
	if s, ok := synonyms[w]; ok {
		return s
	}
	return l
}

// subjectKey normalizes what a claim is about into an order-independent
// key: "people wounded", "Wounded persons" and "injured people" all give
// "injured people".
func subjectKey(s string) string {
	words := text.FoldWords(s)
	out := words[:0]
	for _, w := range words {
		w = strings.Trim(w, "-'")
		if w == "" || stopwords[w] || isDigits(w) {
			continue
		}
		out = append(out, norm(w))
	}
	if len(out) == 0 {
		return ""
	}
	// "people" adds nothing beside a word that says which people:
	// "people injured" is "injured".
	if slices.ContainsFunc(out, func(w string) bool { return w != "people" }) {
		kept := out[:0]
		for _, w := range out {
			if w != "people" {
				kept = append(kept, w)
			}
		}
		out = kept
	}
	sort.Strings(out)
	out = dedupSorted(out)
	return strings.Join(out, " ")
}

func isDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}

func dedupSorted(ss []string) []string {
	if len(ss) < 2 {
		return ss
	}
	out := ss[:1]
	for _, s := range ss[1:] {
		if s != out[len(out)-1] {
			out = append(out, s)
		}
	}
	return out
}

// updateWords say that a figure changed since it was last reported: "the
// death toll rose to 31", "up from 14".
var updateWords = set("rose", "risen", "rises", "rising", "climbed", "climbs", "climbing",
	"mounted", "jumped", "increased", "grew", "swelled", "revised", "updated")

// placeAliases map folded place names to one spelling.
var placeAliases = map[string]string{
	"us": "united states", "u s": "united states", "usa": "united states",
	"u s a": "united states", "america": "united states",
	"united states of america": "united states",
	"uk":                       "united kingdom", "u k": "united kingdom", "britain": "united kingdom",
	"great britain": "united kingdom",
	"washington dc": "washington", "washington d c": "washington",
}

// placeKey folds a place name: "the U.S." and "United States" give the same
// key, "Bogotá" and "Bogota" too.
func placeKey(s string) string {
	words := text.FoldWords(s)
	for len(words) > 0 && (words[0] == "the" || words[0] == "in" || words[0] == "at") {
		words = words[1:]
	}
	k := strings.Join(words, " ")
	if a, ok := placeAliases[k]; ok {
		return a
	}
	return k
}

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
