package people

import "strings"

// Names returns the spellings of people's names worth comparing across
// documents: for every person named with at least two words, the fullest
// form at its first occurrence, plus any shorter mention spelled otherwise
// than in that form ("Ostróva" where the fullest form is "Lena
// Ostrova"). A shorter mention written exactly as part of the fullest form
// ("Brenik" after "Tomas Brenik") is ordinary style, not a spelling,
// and is left out; so are people only ever named by one word.
func (a *Analysis) Names() []Match {
	out := make([]Match, 0, len(a.ents)) // about one spelling a person
	type key struct {
		entity  int
		display string
	}
	seen := map[key]bool{}
	for _, m := range a.mentions {
		if m.entity < 0 {
			continue
		}
		e := a.ents[m.entity]
		if len(e.words) < 2 {
			continue
		}
		disp := a.doc.Text[m.start:m.end]
		if len(m.words) < len(e.words) && strings.Contains(e.display, disp) {
			continue
		}
		k := key{m.entity, disp}
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, Match{Start: m.start, End: m.end, Subject: e.display, Confidence: 0.8,
			Value: Name{Entity: e.key, Type: "person", Display: oneLine(disp)}})
	}
	if len(out) == 0 {
		return nil // as before the slice was sized
	}
	return out
}
