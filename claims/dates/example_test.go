package dates_test

import (
	"fmt"

	"crosscheck/claims/dates"
	"crosscheck/claims/text"
)

func ExampleExtract() {
	article := "The emergency meeting of both governments took place on December 27 in Mexico City. " +
		"The delegations met again on Friday in Washington and will meet in early February."
	published := dates.Partial{Year: 2024, Month: 1, Day: 27}
	for _, m := range dates.Extract(text.Parse(article), published) {
		d := m.Value
		fmt.Printf("%-16q %-10s %s..%s event=%s place=%s\n",
			article[m.Start:m.End], d.ISO, d.Min, d.Max, d.Event, d.Place)
	}
	// Output:
	// "December 27"    2023-12-27 2023-12-27..2023-12-27 event=meeting place=Mexico City
	// "Friday"         2024-01-26 2024-01-26..2024-01-26 event=meeting place=Washington
	// "early February" 2024-02    2024-02-01..2024-02-10 event=meeting place=
}

func ExampleExtract_monthPrecision() {
	// Published in January 2024, day unknown: "today" is the whole month,
	// "last month" is still December.
	article := "The talks resume today, after a summit last month."
	for _, m := range dates.Extract(text.Parse(article), dates.Partial{Year: 2024, Month: 1}) {
		fmt.Println(article[m.Start:m.End], m.Value.ISO, m.Value.Min, m.Value.Max)
	}
	// Output:
	// today 2024-01 2024-01-01 2024-01-31
	// last month 2023-12 2023-12-01 2023-12-31
}

func ExampleExtract_anchoredPeriod() {
	// A period counted from the publication date is a range of days and
	// a span of time at once.
	article := "Exports doubled over the past three years and may fall within two weeks."
	for _, m := range dates.Extract(text.Parse(article), dates.Partial{Year: 2024, Month: 3, Day: 15}) {
		d := m.Value
		fmt.Println(article[m.Start:m.End], d.Duration, d.Min, d.Max)
	}
	// Output:
	// the past three years P3Y 2021-03-15 2024-03-14
	// within two weeks P2W 2024-03-15 2024-03-28
}
