package claims

import (
	"crosscheck/claims/dates"
	"crosscheck/claims/text"
)

type dateExtractor struct{}

func (dateExtractor) kind() Kind { return Date }

func (dateExtractor) extract(doc *Document, parsed *text.Doc, emit func(found)) {
	for _, m := range dates.Extract(parsed, doc.Published) {
		emit(found{m.Start, m.End, m.Subject, m.Confidence, m.Value})
	}
}
