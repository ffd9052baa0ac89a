package claims

import (
	"crosscheck/claims/people"
	"crosscheck/claims/text"
)

// peopleExtractor runs one of package people's finders: roles, ages, names
// and quotes share its person-name recognition.
type peopleExtractor struct {
	k    Kind
	find func(*text.Doc) []people.Match
}

func (x peopleExtractor) kind() Kind { return x.k }

func (x peopleExtractor) extract(doc *Document, parsed *text.Doc, emit func(found)) {
	for _, m := range x.find(parsed) {
		emit(found{m.Start, m.End, m.Subject, m.Confidence, m.Value})
	}
}
