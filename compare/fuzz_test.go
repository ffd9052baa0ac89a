package compare

import (
	"math"
	"testing"

	"crosscheck/claims/dates"
	"crosscheck/claims/people"
	"crosscheck/claims/quantity"
)

// FuzzReconcile feeds Reconcile claims whose strings come from the fuzzer
// (names, titles, subjects, dates as extractors might garble them) and
// checks that it never panics and always returns a well-formed report.
func FuzzReconcile(f *testing.F) {
	f.Add("Alicia Bárcena", "Mexican Foreign Minister", "Foreign Secretary", "border", "2023-12-27", "--12-28", "meeting", "Mexico City", "We agreed to look at the causes", 3145.0, 3200.0)
	f.Add("Bárcena", "former Secretary of State and Trade Officer", "vice-president", "people wounded", "2023-W40", "2023-12", "talks", "", "", 12.0, 15.0)
	f.Add("", "", "", "", "", "", "", "", "", 0.0, math.Inf(1))
	f.Add("Mr.", "of of and and", "deputy", "the", "--13-40", "2023-02-30", "vote", "the U.S.", "she", math.NaN(), -1.0)
	f.Add("Irma Castell", "Energy and Mines Minister", "Deputy Energy and Mines Minister", "killed", "2025-02-10", "2025-02-11",
		"earthquake", "Tomas Ferri", "LOMNA, Feb 10 (Wire) - This contract is a slap in the face of every nurse", 14.0, 31.0)
	f.Fuzz(func(t *testing.T, person, title1, title2, subject, iso1, iso2, event, place, words string, v1, v2 float64) {
		c := &corpus{}
		c.doc("a", "Wire A", "2024-01-27").doc("b", "", "2024-01")
		d := func(iso string) dates.Date {
			return dates.Date{ISO: iso, Min: iso, Max: iso, Precision: "day", Event: event, Place: place, Participants: []string{place}, Display: iso}
		}
		q := func(v float64) quantity.Quantity {
			return quantity.Quantity{Dimension: "count", Value: v, Min: v - 1, Max: v + 1, Period: event, Place: place, Display: "n"}
		}
		conv := q(v2)
		withConv := q(v1)
		withConv.Converted = &conv
		c.add("a", Q, "n", subject, words, withConv)
		c.add("b", Q, "n", subject, words, q(v2))
		c.add("a", D, iso1, event, words, d(iso1))
		c.add("b", D, iso2, event, words, d(iso2))
		c.add("a", R, title1, person, words, people.Role{Person: person, Title: title1, Head: title2, Domain: subject})
		c.add("b", R, title2, person, words, people.Role{Person: person + " " + place, Title: title2, Former: true})
		c.add("a", A, person, person, words, people.Age{Person: person, Named: true, Years: int(v1) % 200})
		c.add("b", A, person, person, words, people.Age{Person: person, Named: true, Years: int(v2) % 200})
		c.add("a", N, person, "", words, people.Name{Entity: place, Type: "person", Display: person})
		c.add("b", N, person, "", words, people.Name{Entity: person, Display: title1})
		c.add("a", T, words, person, words, people.Quote{Speaker: person, Display: words})
		c.add("b", T, words, title1, words, people.Quote{Speaker: title1, Display: title2})
		// Direct quotes of the same words by two speakers: the
		// misattribution check.
		c.add("a", T, words, person, words, people.Quote{Speaker: person, Direct: true, Display: words})
		c.add("b", T, words, place, words, people.Quote{Speaker: place, Direct: true, Display: words})
		r := c.report()
		ids := map[string]bool{}
		for _, cl := range r.Claims {
			ids[cl.ID] = true
		}
		for i, fd := range r.Findings {
			if fd.ID != "F"+itoa(i+1) {
				t.Fatalf("finding %d has id %q", i, fd.ID)
			}
			for _, id := range fd.Claims {
				if !ids[id] {
					t.Fatalf("%s names unknown claim %q", fd.ID, id)
				}
			}
			if len(fd.Values) == 0 {
				t.Fatalf("%s has no values", fd.ID)
			}
		}
	})
}

func FuzzParseOffices(f *testing.F) {
	for _, s := range []string{
		"White House National Security Advisor", "Secretary of Homeland Security",
		"Homeland Security Secretary and US Immigration Policy Officer",
		"Mexico's minister of foreign affairs", "then-Deputy Prime Minister", "Chief of Staff",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, title string) {
		for _, o := range parseOffices(title) {
			if o.head == "" || o.key == "" {
				t.Fatalf("parseOffices(%q) gave an office without head or key: %+v", title, o)
			}
		}
	})
}

func FuzzResolvePeriod(f *testing.F) {
	for _, s := range []string{"last year", "this month", "in December", "in Sept. 2021", "the past three years", "every week"} {
		f.Add(s, 2024, 1, 10)
	}
	f.Fuzz(func(t *testing.T, period string, year, month, day int) {
		p := dates.Partial{Year: year % 3000, Month: month % 13, Day: day % 32}
		key, absolute := resolvePeriod(period, p)
		if absolute && key == "" {
			t.Fatalf("resolvePeriod(%q, %v) is absolute but empty", period, p)
		}
	})
}
