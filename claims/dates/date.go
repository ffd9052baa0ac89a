package dates

import "crosscheck/claims/text"

// Date is the normalized value of a date claim.
type Date struct {
	// ISO is the date at its precision: "2023-12-27", "2023-12",
	// "2023-W52", "2023", or "--12-27" when the year is unknown.
	ISO string `json:"date"`
	// Min and Max bound the date as ISO days ("2023-12-01".."2023-12-31"
	// for a month). Empty when the year is unknown.
	Min string `json:"min,omitempty"`
	Max string `json:"max,omitempty"`
	// Precision: day, week, month, quarter, season, year, decade, century.
	Precision string `json:"precision"`
	// Time is a time of day when the text gives one: "14:30".
	Time string `json:"time,omitempty"`
	// Event is what the date dates (meeting, talks, attack…), Place where,
	// Participants who, when the sentence says.
	Event        string   `json:"event,omitempty"`
	Place        string   `json:"place,omitempty"`
	Participants []string `json:"participants,omitempty"`
	// Relative is true when the date was resolved against the
	// publication date ("Friday", "last month").
	Relative bool   `json:"relative,omitempty"`
	Display  string `json:"display"`
}

func (d Date) String() string { return d.Display }

// A Match is one date found in a document.
type Match struct {
	Start, End int // byte offsets in the document text
	Value      Date
	Subject    string // the event dated, or "" when unknown
	Confidence float64
}

// Extract finds the dates in doc, resolving relative ones against
// published (which may be zero, or known only to the month).
func Extract(doc *text.Doc, published Partial) []Match {
	return nil
}
