package compare

import (
	"testing"

	"crosscheck/claims/quantity"
)

func TestRetracted(t *testing.T) {
	tests := []struct {
		sentence string
		want     bool
	}{
		{"Correction: An earlier version of this article gave the bridge's length as 900 meters.", true},
		{"A previous version of this story said the vote was on Tuesday.", true},
		{"This article originally stated that 14 people died.", true},
		{"Correction, May 3: this report incorrectly gave the mayor's age as 52.", true},
		{"The correct figure is 193 km/h.", false},
		{"The company misstated its profits by $2 million, regulators said.", false},
		{"Officials said an earlier count of 14 dead was wrong.", false},
		{"", false},
	}
	for _, tt := range tests {
		t.Run(tt.sentence, func(t *testing.T) {
			if got := retracted(tt.sentence); got != tt.want {
				t.Errorf("retracted(%q) = %v, want %v", tt.sentence, got, tt.want)
			}
		})
	}
}

func TestRetractedClaimsTakeNoPart(t *testing.T) {
	speed := func(kmh float64) quantity.Quantity {
		return quantity.Quantity{Dimension: "speed", Unit: "m/s", Value: kmh / 3.6, Min: (kmh - 0.5) / 3.6, Max: (kmh + 0.5) / 3.6,
			Display: "km/h"}
	}
	runRules(t, []ruleTest{{
		name: "a value an article withdrew in its correction note conflicts with nothing",
		build: func(c *corpus) {
			c.doc("a", "Wire A", "2025-10-14").doc("b", "Paper B", "2025-10-15")
			c.add("a", Q, "193 km/h", "winds", "It came ashore with winds of 193 km/h.", speed(193))
			c.add("b", Q, "213 km/h", "winds", "Correction: An earlier version of this article gave the winds as 213 km/h.", speed(213))
			c.add("b", Q, "193 km/h", "winds", "The correct figure for the winds is 193 km/h.", speed(193))
		},
		want: []summary{{Agree, Q, "speed of winds", "km/h [a#1 b#2]", ""}},
	}})
}
