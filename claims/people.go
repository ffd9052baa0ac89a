package claims

import (
	"crosscheck/claims/people"
	"crosscheck/claims/text"
)

// peopleExtractor analyzes the people of a document once and emits the
// roles, ages, name spellings and quotes found on that analysis.
type peopleExtractor struct{}

func (peopleExtractor) extract(doc *Document, parsed *text.Doc, emit func(Kind, found)) {
	a := people.Analyze(parsed)
	defer a.Release() // the matches hold strings only
	for _, kind := range []struct {
		k     Kind
		found []people.Match
	}{
		{Role, a.Roles()},
		{Age, a.Ages()},
		{Name, a.Names()},
		{Quote, a.Quotes()},
	} {
		for _, m := range kind.found {
			emit(kind.k, found{m.Start, m.End, m.Subject, m.Confidence, m.Value})
		}
	}
}
