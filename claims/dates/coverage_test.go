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
		{name: "Mon. alone", text: "Mon.", want: []got{day("Mon.", "2024-03-11")}},
		{name: "Sat. and Sun. with dots", text: "The market is closed Sat. and Sun. this month.",
			want: []got{day("Sat.", "2024-03-09"), day("Sun.", "2024-03-10"), {"this month", "2024-03", "2024-03-01", "2024-03-31"}}},
		{name: "Sat before a time", text: "Doors open Sat at 5 p.m. for the vigil.",
			want: []got{{"Sat at 5 p.m.", "2024-03-09T17:00", "2024-03-09", "2024-03-09"}}},
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
		{name: "May alone", text: "May.", want: []got{{"May", "2023-05", "2023-05-01", "2023-05-31"}}},
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
		{name: "next with a numeric date", text: "The vote is set for next 5/12.", want: []got{day("next 5/12", "2024-05-12")}},
		{name: "this with a numeric date", text: "He will sail this 4/20.", want: []got{day("this 4/20", "2024-04-20")}},
		{name: "next with an ordinal date", text: "The summit opens next 6th of April.", want: []got{day("next 6th of April", "2024-04-06")}},
		{name: "next with a passed date", text: "The fair returns next 2nd of March.", want: []got{day("next 2nd of March", "2025-03-02")}},
	})
}

func TestCountsFromADate(t *testing.T) {
	runCases(t, []extractCase{
		// The Tuesday the future points to is the 19th.
		{name: "days from a weekday", text: "The trial will start three days from Tuesday.", want: []got{day("three days from Tuesday", "2024-03-22")}},
		{name: "weeks from a date", text: "The ban lapsed two weeks from January 15.", want: []got{day("two weeks from January 15", "2024-01-29")}},
		{name: "months from tomorrow", text: "The plant will close four months from tomorrow.", want: []got{day("four months from tomorrow", "2024-07-16")}},
		{name: "from now", text: "The law takes effect 30 days from now.", want: []got{day("30 days from now", "2024-04-14")}},
	})
}

func TestRangesOfDays(t *testing.T) {
	runCases(t, []extractCase{
		{name: "far end in words", text: "Rain fell from June 9th through twelfth.",
			want: []got{{"from June 9th through twelfth", "2023-06-09/2023-06-12", "2023-06-09", "2023-06-12"},
				day("June 9th", "2023-06-09"), day("twelfth", "2023-06-12")}},
		{name: "far end in the next month", text: "She is off from April twenty-seventh to the third.",
			want: []got{{"from April twenty-seventh to the third", "2024-04-27/2024-05-03", "2024-04-27", "2024-05-03"},
				day("April twenty-seventh", "2024-04-27"), day("the third", "2024-05-03")}},
		{name: "month abbreviated in lower case at the end", text: "The fair ran 19th to 21st aug.",
			want: []got{{"19th to 21st aug.", "2023-08-19/2023-08-21", "2023-08-19", "2023-08-21"}, day("21st aug.", "2023-08-21")}},
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
		{name: "from to on a weekday", text: "They met from 9:30 to 11:00 on Thursday.",
			want: []got{day("9:30 to 11:00 on Thursday", "2024-03-14T09:30")}},
		{name: "start takes the end's pm", text: "The shift ran 2:00 - 2:30 pm on Tuesday.",
			want: []got{day("2:00 - 2:30 pm on Tuesday", "2024-03-12T14:00")}},
		{name: "weekday first", text: "Thursday from 9:30 to 11:00",
			want: []got{day("Thursday from 9:30 to 11:00", "2024-03-14T09:30")}},
		{name: "hours in a range with am", text: "this Thu 9-11am", want: []got{day("this Thu 9-11am", "2024-03-14T09:00")}},
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
		{name: "the morning of a day of the month", text: "The meeting fell on the morning of the 15th.",
			want: []got{day("morning of the 15th", "2024-03-15TMO")}},
	})
}

func TestMoreForms(t *testing.T) {
	runCases(t, []extractCase{
		// 18 July 2025 is a Friday; the nearest earlier one was in 2014.
		{name: "weekday after the date", text: "Jul 18, Fri", want: []got{day("Jul 18, Fri", "2025-07-18")}},
		{name: "in a fortnight's time", text: "The report is due in a fortnight's time.", want: []got{day("in a fortnight's time", "2024-03-29")}},
		{name: "month-day-year with dashes", text: "I'll go back Sep-23-2020.", want: []got{day("Sep-23-2020", "2020-09-23")}},
		{name: "year/month/day", text: "The archive dates the file 2020/Sep/23.", want: []got{day("2020/Sep/23", "2020-09-23")}},
		{name: "this calendar year", text: "Sales rose this calendar year.", want: []got{{"this calendar year", "2024", "2024-01-01", "2024-12-31"}}},
		{name: "next workweek", text: "The bill passes next workweek.", want: []got{{"next workweek", "2024-W12", "2024-03-18", "2024-03-24"}}},
		{name: "a year in words", text: "She came back in two thousand and fifteen.", want: []got{{"two thousand and fifteen", "2015", "2015-01-01", "2015-12-31"}}},
		{name: "a count in words is no year", text: "In two thousand cases, the court ruled.", want: nil},
		{name: "a decade without the", text: "Prices soared in nineties.", want: []got{{"nineties", "199", "1990-01-01", "1999-12-31"}}},
		{name: "that weekend, nothing before", text: "I was not there that weekend.", want: []got{{"that weekend", "2024-W10-WE", "2024-03-09", "2024-03-10"}}},
		{name: "to a weekday after the start", text: "The fair runs from next Monday to Friday.",
			want: []got{{"from next Monday to Friday", "2024-03-18/2024-03-22", "2024-03-18", "2024-03-22"},
				day("next Monday", "2024-03-18"), day("Friday", "2024-03-22")}},
	})
}

func TestMonthsAfterAPreposition(t *testing.T) {
	runCases(t, []extractCase{
		// "can" points ahead: the next February
		{name: "abbreviated, closing the phrase", text: "Maybe we can leave after Feb", want: []got{{"Feb", "2025-02", "2025-02-01", "2025-02-28"}}},
		{name: "abbreviated, past", text: "They left after Feb.", want: []got{{"Feb.", "2024-02", "2024-02-01", "2024-02-29"}}},
		{name: "lower case, closing the phrase", text: "It may be in may", want: []got{{"may", "2024-05", "2024-05-01", "2024-05-31"}}},
		{name: "a modal after in", text: "The change in may be small.", want: nil},
		{name: "a name after after", text: "He spoke after Jan finished.", want: nil},
	})
}

func TestMoreForms2(t *testing.T) {
	runCases(t, []extractCase{
		{name: "Sat at an hour", text: "The vigil is on Sat at 7.", want: []got{day("Sat", "2024-03-09")}},
		{name: "day in words before the month", text: "She was born on twelve March nineteen ninety.",
			want: []got{day("twelve March nineteen ninety", "1990-03-12")}},
		{name: "numeric date alone, spaced", text: "3 / 12", want: []got{day("3 / 12", "2024-03-12")}},
		{name: "numeric date alone, dash", text: "3-12", want: []got{day("3-12", "2024-03-12")}},
		{name: "a score is no date", text: "The score was 3-12.", want: nil},
		// Spring 2024 holds 15 March; the season before it is winter.
		{name: "last season", text: "Crops failed last season.", want: []got{{"last season", "2023-WI", "2023-12-01", "2024-02-29"}}},
		{name: "end of around next week", text: "the end of around next week", want: []got{{"the end of around next week", "2024-W12", "2024-03-22", "2024-03-24"}}},
		{name: "a day from right now", text: "The vote is a day from right now.", want: []got{day("a day from right now", "2024-03-16")}},
		{name: "in days at an hour", text: "in 7 days at 5pm", want: []got{day("in 7 days at 5pm", "2024-03-22T17:00")}},
		{name: "a count, then last month", text: "Flows of at least $1k last month were seen.", want: []got{{"last month", "2024-02", "2024-02-01", "2024-02-29"}}},
		{name: "a count, then next week", text: "We will be only 3 next week.", want: []got{{"next week", "2024-W12", "2024-03-18", "2024-03-24"}}},
		{name: "count before upcoming, singular", text: "Plan for 2 upcoming week.", want: []got{{"2 upcoming week", "2024-03-16/2024-03-29", "2024-03-16", "2024-03-29"}}},
	})
}

func TestModalsPointAhead(t *testing.T) {
	runCases(t, []extractCase{
		{name: "may take effect", text: "The plan may take effect in February.", want: []got{{"February", "2025-02", "2025-02-01", "2025-02-28"}}},
		{name: "took effect", text: "The plan took effect in February.", want: []got{{"February", "2024-02", "2024-02-01", "2024-02-29"}}},
		{name: "should have", text: "The plan should have taken effect in February.", want: []got{{"February", "2024-02", "2024-02-01", "2024-02-29"}}},
		{name: "will have, a range holding today", text: "We will have talks between 3/1-3/20.",
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
		{name: "with a year", text: "Crowds gathered on earth day 2010.", want: []got{day("earth day 2010", "2010-04-22")}},
		{name: "after a preposition", text: "I plan to leave before independence day.", want: []got{day("independence day", "2024-07-04")}},
		{name: "after a preposition, past", text: "They left before independence day.", want: []got{day("independence day", "2023-07-04")}},
		{name: "after next", text: "When is the next new year day?", want: []got{day("next new year day", "2025-01-01")}},
		{name: "a shirt is no date", text: "He wore a labor day shirt.", want: nil},
	})
}

func TestWeekdayOfTheWeekReached(t *testing.T) {
	// That weekday of the (Monday to Sunday) week a count reaches.
	runCases(t, []extractCase{
		{name: "weekday, then the count", text: "I'll go back Monday two weeks from now.", want: []got{day("Monday two weeks from now", "2024-03-25")}},
		{name: "count, then on the weekday", text: "I'll go back two months from today on Tuesday.", want: []got{day("two months from today on Tuesday", "2024-05-14")}},
		// Christmas 2024 is a Wednesday; three weeks on is 15 January.
		{name: "from a holiday", text: "I'll go back 3 weeks after Christmas on Friday.", want: []got{day("3 weeks after Christmas on Friday", "2025-01-17")}},
		{name: "a count of people", text: "On Monday 3 people died.", want: []got{day("Monday", "2024-03-11")}},
	})
}

func TestStatedSpans(t *testing.T) {
	// A count from a date states a span too, as TimeML may annotate it.
	for _, tt := range []struct{ name, text, match, duration string }{
		{"decades ago", "He launched the movement more than four decades ago.", "four decades ago", "P40Y"},
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
		{name: "did not plan to", text: "The army did not plan to move on Thursday morning.",
			want: []got{day("Thursday morning", "2024-03-21TMO")}},
		// "set" is ahead only as "set to"
		{name: "set a day", text: "The judge set Tuesday as the deadline.", want: []got{day("Tuesday", "2024-03-12")}},
		{name: "set to", text: "The court is set to rule on Tuesday.", want: []got{day("Tuesday", "2024-03-19")}},
	})
}
