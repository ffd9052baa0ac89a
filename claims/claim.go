package claims

import (
	"crosscheck/claims/dates"
)

// Kind is the kind of a claim.
type Kind string

// The claim kinds.
const (
	Quantity Kind = "quantity"
	Date     Kind = "date"
	Role     Kind = "role"
	Age      Kind = "age"
	Name     Kind = "name"
	Quote    Kind = "quote"
)

// Kinds lists every claim kind in report order.
var Kinds = []Kind{Quantity, Date, Role, Age, Name, Quote}

// A Document is one article with its editorial metadata.
type Document struct {
	// ID names the document in claims and findings: the file name, or the
	// id given on standard input.
	ID   string `json:"id"`
	Path string `json:"path"`
	// Source is who published it; Published when (day or month
	// precision, or zero when unknown); Lang its language.
	Source    string        `json:"source"`
	Published dates.Partial `json:"published"`
	Lang      string        `json:"lang"`
	Text      string        `json:"-"`
}

// A Claim is one checkable statement of a document, with its evidence.
type Claim struct {
	// ID is "<doc>#<n>", n counting the document's claims in text order.
	ID   string `json:"id"`
	Doc  string `json:"doc"`
	Kind Kind   `json:"kind"`
	// Text is the exact text of the claim: Document.Text[Start:End].
	Text  string `json:"text"`
	Line  int    `json:"line"`
	Col   int    `json:"col"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	// Sentence is the sentence the claim stands in, SentenceIndex its
	// 0-based position in the document.
	Sentence      string `json:"sentence"`
	SentenceIndex int    `json:"sentence_index"`
	// Subject is what the claim is about: what a quantity measures, what
	// a date dates, whose title or age it is, who is quoted.
	Subject    string  `json:"subject"`
	Confidence float64 `json:"confidence"`
	// Value is the normalized value: a quantity.Quantity, dates.Date,
	// people.Role, people.Age, people.Name or people.Quote.
	Value Value `json:"value"`
}

// Value is a claim's normalized value; String gives its display form.
type Value interface {
	String() string
}

// ValueAs returns a claim's value as a T, whether the claim holds a T or a
// *T: claims.ValueAs[dates.Date](c.Value).
func ValueAs[T any](v Value) (T, bool) {
	switch x := any(v).(type) {
	case T:
		return x, true
	case *T:
		if x != nil {
			return *x, true
		}
	}
	var zero T
	return zero, false
}
