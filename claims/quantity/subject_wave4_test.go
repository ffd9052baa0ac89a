package quantity

import (
	"testing"

	"crosscheck/claims/text"

	"github.com/google/go-cmp/cmp"
)

// subjectLines renders each quantity as "text | subject", and "| period"
// when it has one.
func subjectLines(s string) []string {
	var out []string
	for _, m := range Extract(text.Parse(s)) {
		line := s[m.Start:m.End] + " | " + m.Subject
		if m.Value.Period != "" {
			line += " | " + m.Value.Period
		}
		out = append(out, line)
	}
	return out
}

func TestSubjectsOfFactBoxesAndNewsPhrases(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"a length above the Earth is an altitude",
			"The probe circles in an orbit 540 km above Earth.",
			[]string{"540 km | altitude"}},
		{"above the Earth's surface too",
			"It flies roughly 1,200 kilometers above the Earth's surface.",
			[]string{"roughly 1,200 kilometers | altitude"}},
		{"a bulleted label names the figure",
			"- Project cost: €212 million",
			[]string{"€212 million | project"}},
		{"an orbit's length in a fact box is its altitude",
			"- Orbit: polar, 820 km",
			[]string{"820 km | altitude"}},
		{"a label in prose names nothing",
			"Zoom: 24 -70mm on the kit lens.",
			[]string{"24 | ", "70mm | "}},
		{"a figure set off after its noun",
			"The previous best, 8.21 metres, had stood since 1991.",
			[]string{"8.21 metres | best"}},
		{"a hyphenated noun after of",
			"Over a median follow-up of 6.5 years, few patients relapsed.",
			[]string{"6.5 years | follow-up"}},
		{"followed for a span",
			"Each volunteer was followed for 11 years.",
			[]string{"11 years | follow-up"}},
		{"people treated in hospital",
			"More than 350 people were treated in hospital for burns.",
			[]string{"More than 350 people were treated | treated"}},
		{"people treated for injuries are injured",
			"About 90 people were treated for injuries after the blast.",
			[]string{"About 90 people were treated for injuries | injured"}},
		{"people receiving treatment",
			"Clinics reported 410 patients receiving treatment for heat exhaustion.",
			[]string{"410 patients receiving treatment | treated"}},
		{"signed for an amount is a fee",
			"The striker has signed until 2029 for £31m.",
			[]string{"£31m | fee"}},
		{"a noun valued at an amount",
			"The sale, valued at $18 million, closed on Friday.",
			[]string{"$18 million | sale"}},
		{"a rate of another figure is no period of a percentage",
			"Those who slept seven hours per night had a 14% lower risk.",
			[]string{"seven hours per night | ", "14% lower | decrease"}},
		{"people who developed an illness are its cases",
			"Of the volunteers, 212 participants developed kidney disease.",
			[]string{"212 participants developed kidney disease | kidney disease"}},
		{"of them developed",
			"By the end, 212 of them developed diabetes.",
			[]string{"212 of them developed diabetes | diabetes"}},
		{"has is no hectare",
			"Falcon 9 has flown 40 times this year.",
			[]string{"40 times | times | this year"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, subjectLines(tt.in)); diff != "" {
				t.Errorf("Extract(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}
