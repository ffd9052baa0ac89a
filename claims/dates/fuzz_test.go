package dates_test

import (
	"testing"

	"crosscheck/claims/dates"
	"crosscheck/claims/text"
)

// FuzzExtract feeds arbitrary text and publication dates to Extract: it
// must not panic, and every match must lie inside the text, on UTF-8
// boundaries, with a non-empty span, in text order (a range and its two
// ends overlap, so only the starts must not go back).
func FuzzExtract(f *testing.F) {
	seeds := []string{
		"The ministers met on December 27 in Mexico City and agreed to meet again in early February.",
		"Police said Friday that the suspect fled two days later, on March 3, 2024.",
		"Profit fell in the third quarter from $4 million a year earlier; the year-ago quarter was weak.",
		"At 3 p.m. Tuesday, Dec. 5, the vote closed. Results are due by Jan. 14.",
		"In the mid-1990s, and again in the 2000s, the 20th century's last decade…",
		"12/27/2023 10.31.1974 2023-12-27 27/12/2023 1/2 24/7 555-1234 v2.1.3",
		"Last December 28, today, tonight, last night, this morning, the weekend, Easter week.",
		"The United States and Mexico pledged on September 29 to act – “now”, they said.",
		"Año 2023: la reunión fue el 27 de diciembre. Ελλάδα 2021. 東京 2020年",
		"the the the last last next this past coming 'n' '90s ’98 mid- early late",
		"For the year ended March 31, sales rose; the deal should close by year-end, the rest of the week aside.",
		"On Tuesday, the growers' union plans to strike. The Harbour Weekly said so two weeks and three days ago, on Black Friday 2023.",
		"Updated 7:15 a.m. GMT\nThe probe had been due to lift off on Monday; the attempt was called off and it lifted off at 06:42 on Wednesday, after the station recorded 41C, a record high.",
		"",
	}
	for i, s := range seeds {
		f.Add(s, 2024, 1+i%12, i%29)
	}
	f.Fuzz(func(t *testing.T, s string, year, month, day int) {
		pub := dates.Partial{}
		if year > 0 && year < 10000 {
			pub.Year = year
			if month >= 1 && month <= 12 {
				pub.Month = month
				if day >= 1 && day <= 28 {
					pub.Day = day
				}
			}
		}
		// Character boundaries as Go decodes the text: an invalid byte
		// is a character of its own.
		boundary := make([]bool, len(s)+1)
		for i := range s {
			boundary[i] = true
		}
		boundary[len(s)] = true
		last := 0
		for _, m := range dates.Extract(text.Parse(s), pub) {
			if m.Start < last || m.Start >= m.End || m.End > len(s) {
				t.Fatalf("bad span [%d, %d) after a start at %d in %d bytes: %q", m.Start, m.End, last, len(s), s)
			}
			if !boundary[m.Start] || !boundary[m.End] {
				t.Fatalf("span [%d, %d) splits a character in %q", m.Start, m.End, s)
			}
			last = m.Start
			if m.Value.ISO == "" && m.Value.Min != "" {
				t.Fatalf("interval %s..%s without a value for %q", m.Value.Min, m.Value.Max, s[m.Start:m.End])
			}
		}
	})
}
