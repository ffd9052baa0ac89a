package quantity

import (
	"math"
	"testing"
	"unicode/utf8"

	"crosscheck/claims/text"
)

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"Trade crosses the 1,954-mile (3,145-kilometer) frontier daily.",
		"More than half a million individuals crossed the jungle this year.",
		"Storm Kills 4, Injures 2 In Coastal Towns",
		"The blast killed three people and wounded eight others; a third victim died later.",
		"Between 20 and 35 families left, up to 40 boats sank and nearly 3,000 troops arrived.",
		"Congress approved $2 billion in aid, US$4.5 million and €10M in fines.",
		"Call 555-1234 or +44-20-7946-0958; City won 3-1 on 12/27/2023 at 10:45.",
		"It reached minus 30 °C, 86°F and 41 degrees Celsius, with winds of 120 mph.",
		"- Orbit: polar, 820 km\n- Project cost: €212 million\nThe sale, valued at $18 million, closed. Falcon 9 has flown 40 times; 212 of them developed kidney disease over a follow-up of 6.5 years.",
		"Two-thirds of voters, 61.5% overall, up 3 percentage points, 5 ft 2 in tall",
		"10 1/2 miles, 2½ hours, 4e14 Hz, 9.83 ± 0.01 km, (3,145 km",
		"½", "$", "-", "minus", "a third", "the death toll rose to", "between 5 and",
		"The newborn weighed 6 pounds, 9 ounces; the plank was 1m 40cm, the gate 8 feet, 3 inches.",
		"Some 2.5m people voted; the port handled 4m tonnes; the barrier is 2.5m high.",
		"The furnace holds -20 °C (253.15K); the club has 12.5K members.",
		"The firm lost $320m a year earlier and values the insurer at $31.75 a share.",
		"Stewards estimated the crowd at 42,000; the club said the figure was nearer 14,000.",
		"He had been held for 290 days and was sentenced to six years; guards handed over 23 detainees.",
		"6 feet,", "1.5m", "a share", "lost their", "(1K",
		"She served nine years and four months; the survey ran 2 years, 5 months, 3 days, and 7 hours.",
		"The 212-year-old mill and the 3-week-old ceasefire; a bonus of four months of basic pay, two months' salary.",
		"The second blast came a minute and a half later; the crew was rescued just over an hour later; a year and a half.",
		"4 hours and", "a minute and a", "3-week-old", "months'",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, m := range Extract(text.Parse(s)) {
			if m.Start < 0 || m.End > len(s) || m.Start >= m.End {
				t.Fatalf("Extract(%q) span [%d, %d) is outside the text", s, m.Start, m.End)
			}
			// On valid text a span must not split a character (invalid
			// bytes are tokens of their own).
			if utf8.ValidString(s) && (!utf8.RuneStart(s[m.Start]) || m.End < len(s) && !utf8.RuneStart(s[m.End])) {
				t.Fatalf("Extract(%q) span [%d, %d) splits a character", s, m.Start, m.End)
			}
			v := m.Value
			if math.IsNaN(v.Min) || math.IsNaN(v.Max) || math.IsNaN(v.Value) || v.Min > v.Max {
				t.Fatalf("Extract(%q) gave the interval [%v, %v] for %q", s, v.Min, v.Max, s[m.Start:m.End])
			}
			if v.Dimension == "" || v.Display == "" {
				t.Fatalf("Extract(%q) gave %q no dimension or display: %+v", s, s[m.Start:m.End], v)
			}
		}
	})
}
