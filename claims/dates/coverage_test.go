package dates_test

import (
	"testing"

	"crosscheck/claims/dates"
	"crosscheck/claims/text"
)

// Forms added for the second wave of coverage. The publication date is
// Friday 15 March 2024 unless a case says otherwise.

func TestAbbreviatedWeekdays(t *testing.T) {
	runCases(t, []extractCase{
		{name: "Tues. alone", text: "Tues.", want: []got{day("Tues.", "2024-03-12")}},
		{name: "Sat. and Sun. with dots", text: "The market is closed Sat. and Sun. this month.",
			want: []got{day("Sat.", "2024-03-09"), day("Sun.", "2024-03-10"), {"this month", "2024-03", "2024-03-01", "2024-03-31"}}},
		{name: "Sat before a time", text: "Doors open Sat at 8 p.m. for the vigil.",
			want: []got{{"Sat at 8 p.m.", "2024-03-09T20:00", "2024-03-09", "2024-03-09"}}},
		{name: "this Thu", text: "The talks resume this Thu.", want: []got{day("this Thu", "2024-03-14")}},
		{name: "sat is a verb", text: "She sat on the bench.", want: nil},
		{name: "the Sun is a paper", text: "He read The Sun. It was dull.", want: nil},
		{name: "wed is a verb", text: "They will wed in the spring.", want: []got{{"the spring", "2024-SP", "2024-03-01", "2024-05-31"}}},
	})
}

func TestFragments(t *testing.T) {
	// A date standing alone (a heading, a caption, a list item) is one
	// gone by.
	runCases(t, []extractCase{
		{name: "a month", text: "June", want: []got{{"June", "2023-06", "2023-06-01", "2023-06-30"}}},
		{name: "April alone", text: "April.", want: []got{{"April", "2023-04", "2023-04-01", "2023-04-30"}}},
		{name: "a day of the month", text: "the 3rd", want: []got{day("the 3rd", "2024-03-03")}},
		{name: "may in a sentence is a verb", text: "Prices may fall.", want: nil},
	})
}

func TestStrongFuture(t *testing.T) {
	// "will" close before a date trusts the future up to a year ahead.
	runCases(t, []extractCase{
		{name: "will, eleven months on", text: "Officials said she will return on Feb. 2.", want: []got{day("Feb. 2", "2025-02-02")}},
		{name: "past verb", text: "She returned on Feb. 2, officials said.", want: []got{day("Feb. 2", "2024-02-02")}},
	})
}

func TestDeicticDates(t *testing.T) {
	runCases(t, []extractCase{
		{name: "next with a numeric date", text: "The vote is set for next 6/18.", want: []got{day("next 6/18", "2024-06-18")}},
		{name: "this with a numeric date", text: "He will sail this 4/20.", want: []got{day("this 4/20", "2024-04-20")}},
		{name: "next with an ordinal date", text: "The summit opens next 9th of May.", want: []got{day("next 9th of May", "2024-05-09")}},
		{name: "next with a passed date", text: "The fair returns next 2nd of March.", want: []got{day("next 2nd of March", "2025-03-02")}},
	})
}

func TestCountsFromADate(t *testing.T) {
	runCases(t, []extractCase{
		// The Monday the future points to is the 18th.
		{name: "days from a weekday", text: "The trial will start five days from Monday.", want: []got{day("five days from Monday", "2024-03-23")}},
		{name: "weeks from a date", text: "The ban lapsed two weeks from January 15.", want: []got{day("two weeks from January 15", "2024-01-29")}},
		{name: "months from tomorrow", text: "The plant will close six months from tomorrow.", want: []got{day("six months from tomorrow", "2024-09-16")}},
		{name: "from now", text: "The law takes effect 30 days from now.", want: []got{day("30 days from now", "2024-04-14")}},
	})
}

func TestRangesOfDays(t *testing.T) {
	runCases(t, []extractCase{
		{name: "far end in words", text: "Rain fell from June 9th through twelfth.",
			want: []got{{"from June 9th through twelfth", "2023-06-09/2023-06-12", "2023-06-09", "2023-06-12"},
				day("June 9th", "2023-06-09"), day("twelfth", "2023-06-12")}},
		{name: "far end in the next month", text: "The museum is shut from May twenty-eighth to the second.",
			want: []got{{"from May twenty-eighth to the second", "2024-05-28/2024-06-02", "2024-05-28", "2024-06-02"},
				day("May twenty-eighth", "2024-05-28"), day("the second", "2024-06-02")}},
		{name: "month abbreviated in lower case at the end", text: "The fair ran 11th to 14th sept.",
			want: []got{{"11th to 14th sept.", "2023-09-11/2023-09-14", "2023-09-11", "2023-09-14"}, day("14th sept.", "2023-09-14")}},
	})
}

func TestRangeHoldingTheReference(t *testing.T) {
	runCases(t, []extractCase{
		// Read in March, a range from February to April is this year's,
		// whatever verb comes with it; told in the past, it has ended.
		{name: "future, under way", text: "The road will be closed from February to April.",
			want: []got{{"from February to April", "2024-02/2024-04", "2024-02-01", "2024-04-30"},
				{"February", "2024-02", "2024-02-01", "2024-02-29"}, {"April", "2024-04", "2024-04-01", "2024-04-30"}}},
		{name: "past, ended", text: "The road was closed from February to April.",
			want: []got{{"from February to April", "2023-02/2023-04", "2023-02-01", "2023-04-30"},
				{"February", "2023-02", "2023-02-01", "2023-02-28"}, {"April", "2023-04", "2023-04-01", "2023-04-30"}}},
	})
}

func TestWeekends(t *testing.T) {
	runCases(t, []extractCase{
		{name: "this past weekend", text: "The rally was held this past weekend.",
			want: []got{{"this past weekend", "2024-W10-WE", "2024-03-09", "2024-03-10"}}},
		{name: "week-end with a hyphen", text: "Polls close this week-end.",
			want: []got{{"this week-end", "2024-W11-WE", "2024-03-16", "2024-03-17"}}},
		// 26 October 2024 is the last Saturday of the month.
		{name: "last weekend of a month", text: "Voters head to the polls on the last weekend of October.",
			want: []got{{"the last weekend of October", "2024-W43-WE", "2024-10-26", "2024-10-27"}}},
		// 28 October 2023 was the last Saturday of that October.
		{name: "last weekend of a month, past", text: "The race was run on the last weekend of October.",
			want: []got{{"the last weekend of October", "2023-W43-WE", "2023-10-28", "2023-10-29"}}},
		{name: "first weekend", text: "The festival opens on the first weekend in June.",
			want: []got{{"the first weekend in June", "2024-W22-WE", "2024-06-01", "2024-06-02"}}},
	})
}

func TestTimeRangesWithADay(t *testing.T) {
	// A range of hours is dated by the day after it, at its start.
	runCases(t, []extractCase{
		{name: "from to on a weekday", text: "They met from 10:15 to 11:45 on Thursday.",
			want: []got{day("10:15 to 11:45 on Thursday", "2024-03-14T10:15")}},
		{name: "start takes the end's pm", text: "The shift ran 3:15 - 4:30 pm on Tuesday.",
			want: []got{day("3:15 - 4:30 pm on Tuesday", "2024-03-12T15:15")}},
		{name: "weekday first", text: "Tuesday from 8:15 to 10:45",
			want: []got{day("Tuesday from 8:15 to 10:45", "2024-03-12T08:15")}},
		{name: "hours in a range with pm", text: "this Wed 2-4pm", want: []got{day("this Wed 2-4pm", "2024-03-13T14:00")}},
		{name: "hours with h", text: "The ferry left at 16h30 on Monday.", want: []got{day("16h30 on Monday", "2024-03-11T16:30")}},
		{name: "a score is no time", text: "The team won 3-2 on Sunday.", want: []got{day("Sunday", "2024-03-10")}},
	})
}

func TestPartsOfTheDay(t *testing.T) {
	runCases(t, []extractCase{
		{name: "the night of a date", text: "The attack came on the night of March 3.",
			want: []got{day("night of March 3", "2024-03-03TNI")}},
		{name: "in the morning after a date", text: "Talks opened on February 12 in the morning.",
			want: []got{day("February 12 in the morning", "2024-02-12TMO")}},
		{name: "the evening of a day of the month", text: "The meeting fell on the evening of the 9th.",
			want: []got{day("evening of the 9th", "2024-03-09TEV")}},
	})
}

func TestMoreForms(t *testing.T) {
	runCases(t, []extractCase{
		// 19 September 2025 is a Friday; the nearest earlier one was in 2014.
		{name: "weekday after the date", text: "Sep 19, Fri", want: []got{day("Sep 19, Fri", "2025-09-19")}},
		{name: "in a fortnight's time", text: "The report is due in a fortnight's time.", want: []got{day("in a fortnight's time", "2024-03-29")}},
		{name: "month-day-year with dashes", text: "The ferry returns Oct-14-2021.", want: []got{day("Oct-14-2021", "2021-10-14")}},
		{name: "year/month/day", text: "The archive dates the file 2020/Sep/23.", want: []got{day("2020/Sep/23", "2020-09-23")}},
		{name: "this calendar year", text: "Sales rose this calendar year.", want: []got{{"this calendar year", "2024", "2024-01-01", "2024-12-31"}}},
		{name: "next workweek", text: "The bill passes next workweek.", want: []got{{"next workweek", "2024-W12", "2024-03-18", "2024-03-24"}}},
		{name: "a year in words", text: "The plant closed in two thousand and nine.", want: []got{{"two thousand and nine", "2009", "2009-01-01", "2009-12-31"}}},
		{name: "a count in words is no year", text: "In two thousand cases, the court ruled.", want: nil},
		{name: "a decade without the", text: "Prices soared in nineties.", want: []got{{"nineties", "199", "1990-01-01", "1999-12-31"}}},
		{name: "that weekend, nothing before", text: "She stayed home that weekend.", want: []got{{"that weekend", "2024-W10-WE", "2024-03-09", "2024-03-10"}}},
		{name: "to a weekday after the start", text: "The fair runs from next Tuesday to Thursday.",
			want: []got{{"from next Tuesday to Thursday", "2024-03-19/2024-03-21", "2024-03-19", "2024-03-21"},
				day("next Tuesday", "2024-03-19"), day("Thursday", "2024-03-21")}},
	})
}

func TestMonthsAfterAPreposition(t *testing.T) {
	runCases(t, []extractCase{
		// "can" points ahead: the next February
		{name: "abbreviated, closing the phrase", text: "Perhaps the crew can sail after Feb", want: []got{{"Feb", "2025-02", "2025-02-01", "2025-02-28"}}},
		{name: "abbreviated, past", text: "They left after Feb.", want: []got{{"Feb.", "2024-02", "2024-02-01", "2024-02-29"}}},
		{name: "lower case, closing the phrase", text: "The harvest may start in may", want: []got{{"may", "2024-05", "2024-05-01", "2024-05-31"}}},
		{name: "a modal after in", text: "The change in may be small.", want: nil},
		{name: "a name after after", text: "He spoke after Jan finished.", want: nil},
	})
}

func TestMoreForms2(t *testing.T) {
	runCases(t, []extractCase{
		{name: "day in words before the month", text: "The bridge opened on twelve March nineteen ninety.",
			want: []got{day("twelve March nineteen ninety", "1990-03-12")}},
		{name: "numeric date alone, spaced", text: "3 / 12", want: []got{day("3 / 12", "2024-03-12")}},
		{name: "numeric date alone, dash", text: "3-12", want: []got{day("3-12", "2024-03-12")}},
		{name: "a score is no date", text: "The score was 3-12.", want: nil},
		// Spring 2024 holds 15 March; the season before it is winter.
		{name: "last season", text: "Crops failed last season.", want: []got{{"last season", "2023-WI", "2023-12-01", "2024-02-29"}}},
		{name: "start of about next month", text: "the start of about next month", want: []got{{"the start of about next month", "2024-04", "2024-04-01", "2024-04-10"}}},
		{name: "days from right now", text: "The vote is two days from right now.", want: []got{day("two days from right now", "2024-03-17")}},
		{name: "in days at an hour", text: "in 9 days at 6pm", want: []got{day("in 9 days at 6pm", "2024-03-24T18:00")}},
		{name: "a count, then last month", text: "A fee of $2k last month was waived.", want: []got{{"last month", "2024-02", "2024-02-01", "2024-02-29"}}},
		{name: "a count, then next week", text: "The team will have just 4 next week.", want: []got{{"next week", "2024-W12", "2024-03-18", "2024-03-24"}}},
		{name: "count before upcoming, singular", text: "Budgets cover 3 upcoming week.", want: []got{{"3 upcoming week", "2024-03-16/2024-04-05", "2024-03-16", "2024-04-05"}}},
	})
}

func TestModalsPointAhead(t *testing.T) {
	runCases(t, []extractCase{
		{name: "may take effect", text: "The plan may take effect in February.", want: []got{{"February", "2025-02", "2025-02-01", "2025-02-28"}}},
		{name: "took effect", text: "The plan took effect in February.", want: []got{{"February", "2024-02", "2024-02-01", "2024-02-29"}}},
		{name: "should have", text: "The plan should have taken effect in February.", want: []got{{"February", "2024-02", "2024-02-01", "2024-02-29"}}},
		{name: "will hold, a range holding today", text: "The agency will hold hearings between 3/1-3/20.",
			want: []got{{"between 3/1-3/20", "2024-03-01/2024-03-20", "2024-03-01", "2024-03-20"}, day("3/1", "2024-03-01"), day("3/20", "2024-03-20")}},
	})
}

func TestMoreForms3(t *testing.T) {
	runCases(t, []extractCase{
		{name: "no later than a year", text: "The review is due no later than 2026.", want: []got{{"2026", "2026", "2026-01-01", "2026-12-31"}}},
		{name: "more than a count", text: "Sales topped more than 2018 units.", want: nil},
		{name: "day first when it cannot be a month", text: "The ship docks 28/11 at noon.", want: []got{day("28/11 at noon", "2023-11-28T12:00")}},
		{name: "a date to today", text: "Prices rose 2021/Jan/04 to today.",
			want: []got{{"2021/Jan/04 to today", "2021-01-04/2024-03-15", "2021-01-04", "2024-03-15"}, day("2021/Jan/04", "2021-01-04"), day("today", "2024-03-15")}},
		{name: "a weekday and its date", text: "The fair opens this Friday 3/22.", want: []got{day("this Friday 3/22", "2024-03-22")}},
		{name: "a numeric range with its year at the end", text: "Audits ran 3/4-4/8/2019.",
			want: []got{{"3/4-4/8/2019", "2019-03-04/2019-04-08", "2019-03-04", "2019-04-08"}, day("3/4", "2019-03-04"), day("4/8/2019", "2019-04-08")}},
		{name: "a decade typed apart", text: "Prices doubled in 1990 s.", want: []got{{"1990 s", "199", "1990-01-01", "1999-12-31"}}},
	})
}

func TestHolidaysInLowerCase(t *testing.T) {
	runCases(t, []extractCase{
		{name: "with a year", text: "Crowds gathered on earth day 2016.", want: []got{day("earth day 2016", "2016-04-22")}},
		{name: "after a preposition", text: "We intend to finish before memorial day.", want: []got{day("memorial day", "2024-05-27")}},
		{name: "after a preposition, past", text: "They finished before memorial day.", want: []got{day("memorial day", "2023-05-29")}},
		{name: "after next", text: "Rents rise again next valentines day.", want: []got{day("next valentines day", "2025-02-14")}},
		{name: "a shirt is no date", text: "He wore a labor day shirt.", want: nil},
	})
}

func TestWeekdayOfTheWeekReached(t *testing.T) {
	// That weekday of the (Monday to Sunday) week a count reaches.
	runCases(t, []extractCase{
		{name: "weekday, then the count", text: "The crew will sail Wednesday two weeks from now.", want: []got{day("Wednesday two weeks from now", "2024-03-27")}},
		{name: "count, then on the weekday", text: "The museum reopens three months from today on Friday.", want: []got{day("three months from today on Friday", "2024-06-14")}},
		// Christmas 2024 is a Wednesday; two weeks on is 8 January.
		{name: "from a holiday", text: "Classes will resume 2 weeks after Christmas on Monday.", want: []got{day("2 weeks after Christmas on Monday", "2025-01-06")}},
		{name: "a count of people", text: "On Monday 3 people died.", want: []got{day("Monday", "2024-03-11")}},
	})
}

func TestStatedSpans(t *testing.T) {
	// A count from a date states a span too, as TimeML may annotate it.
	for _, tt := range []struct{ name, text, match, duration string }{
		{"decades ago", "The dam was built more than three decades ago.", "three decades ago", "P30Y"},
		{"weeks ago, counted in days", "Prices fell two weeks ago.", "two weeks ago", "P2W"},
		{"days later", "Seven days later, he left.", "Seven days later", "P7D"},
		{"the past decade", "Attacks rose over the past decade.", "the past decade", "P10Y"},
		{"last year states none", "Sales rose last year.", "last year", ""},
		{"a day states none", "Sales rose on March 3.", "March 3", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ms := dates.Extract(text.Parse(tt.text), dates.Partial{Year: 2024, Month: 3, Day: 15})
			if len(ms) != 1 {
				t.Fatalf("want one match, got %d", len(ms))
			}
			m := ms[0]
			if got := tt.text[m.Start:m.End]; got != tt.match {
				t.Errorf("match: want %q, got %q", tt.match, got)
			}
			if m.Value.Duration != tt.duration {
				t.Errorf("Duration: want %q, got %q", tt.duration, m.Value.Duration)
			}
		})
	}
}

func TestQuarterDashYear(t *testing.T) {
	runCases(t, []extractCase{
		{name: "Q1-2019", text: "Sales in Q1-2019 rose.", want: []got{{"Q1-2019", "2019-Q1", "2019-01-01", "2019-03-31"}}},
	})
}

func TestPlansAndDeadlines(t *testing.T) {
	runCases(t, []extractCase{
		// a plan made, in the past or not, is for a day to come
		{name: "did not plan to", text: "Officials did not plan to reopen the port on Monday evening.",
			want: []got{day("Monday evening", "2024-03-18TEV")}},
		// "set" is ahead only as "set to"
		{name: "set a day", text: "The union set Tuesday for a walkout.", want: []got{day("Tuesday", "2024-03-12")}},
		{name: "set to", text: "The court is set to rule on Tuesday.", want: []got{day("Tuesday", "2024-03-19")}},
	})
}
