package claims

import (
	"crosscheck/claims/quantity"
	"crosscheck/claims/text"
)

type quantityExtractor struct{}

func (quantityExtractor) kind() Kind { return Quantity }

func (quantityExtractor) extract(doc *Document, parsed *text.Doc, emit func(found)) {
	for _, m := range quantity.Extract(parsed) {
		emit(found{m.Start, m.End, m.Subject, m.Confidence, m.Value})
	}
}
