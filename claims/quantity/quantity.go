package quantity

import (
	"encoding/json"
	"math"
)

// Quantity is the normalized value of a quantity claim.
type Quantity struct {
	// Dimension: length, mass, area, volume, money, percent, count,
	// duration, speed, temperature, energy, power, data, data rate,
	// frequency (see the constants). A rate is "<dimension> per
	// <dimension>": "money per duration" for "$15 an hour".
	Dimension string `json:"dimension"`
	// Unit is the canonical unit: m, kg, m2, m3, an ISO 4217 currency
	// code, % (or pp for percentage points), "" for counts, s, m/s, K,
	// J, W, B, B/s, Hz; a rate's is "<unit>/<unit>" ("USD/s").
	Unit string `json:"unit"`
	// Value is the stated value in Unit; Min and Max bound it after
	// precision and qualifiers. Unbounded ends are ±Inf (null in JSON).
	Value float64 `json:"value"`
	Min   float64 `json:"min"`
	Max   float64 `json:"max"`
	// Qualifier is the normalized qualifier: "more than", "at least",
	// "about", "up to", "less than", "between".
	Qualifier string `json:"qualifier,omitempty"`
	// Converted is the second reading of a parenthetical conversion,
	// "2,418-mile (3,891-kilometer)"; both readings should agree.
	Converted *Quantity `json:"converted,omitempty"`
	// Place and Period scope the quantity when its sentence does ("in
	// Mexico", "last year"); they are part of what makes two quantities
	// the same fact.
	Place   string `json:"place,omitempty"`
	Period  string `json:"period,omitempty"`
	Display string `json:"display"`
}

func (q Quantity) String() string { return q.Display }

// MarshalJSON writes infinite bounds as null.
func (q Quantity) MarshalJSON() ([]byte, error) {
	type plain Quantity
	return json.Marshal(struct {
		plain
		Min *float64 `json:"min"`
		Max *float64 `json:"max"`
	}{plain(q), finite(q.Min), finite(q.Max)})
}

func finite(f float64) *float64 {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return nil
	}
	return &f
}

// A Match is one quantity found in a document.
type Match struct {
	Start, End int // byte offsets in the document text
	Value      Quantity
	// Subject is what is measured or counted, folded for comparison:
	// "border", "migrants", "people" (for people, persons, individuals),
	// or for casualties the canonical outcome: "killed", "injured",
	// "arrested", "missing", "displaced", "evacuated"…
	Subject string
	// Place and Period scope the quantity when the sentence gives them:
	// "in Mexico", "this year".
	Place, Period string
	Confidence    float64
}
