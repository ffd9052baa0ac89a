package claims

import (
	"crosscheck/claims/quantity"
	"crosscheck/claims/text"
)

type quantityExtractor struct{}

func (quantityExtractor) extract(doc *Document, parsed *text.Doc, emit func(Kind, found)) {
	for _, m := range quantity.Extract(parsed) {
		emit(Quantity, found{m.Start, m.End, m.Subject, m.Confidence, m.Value})
	}
}
