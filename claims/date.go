package claims

import (
	"crosscheck/claims/dates"
	"crosscheck/claims/text"
)

type dateExtractor struct{}

func (dateExtractor) extract(doc *Document, parsed *text.Doc, emit func(Kind, found)) {
	for _, m := range dates.Extract(parsed, doc.Published) {
		emit(Date, found{m.Start, m.End, m.Subject, m.Confidence, m.Value})
	}
}
