package dates_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"crosscheck/claims/dates"
	"crosscheck/claims/text"
)

// got is the part of a match the tables check.
type got struct {
	Text, ISO, Min, Max string
}

func extract(t *testing.T, pub, s string) []got {
	t.Helper()
	var p dates.Partial
	if pub != "" {
		var err error
		if p, err = dates.ParsePartial(pub); err != nil {
			t.Fatal(err)
		}
	}
	doc := text.Parse(s)
	var out []got
	for _, m := range dates.Extract(doc, p) {
		out = append(out, got{s[m.Start:m.End], m.Value.ISO, m.Value.Min, m.Value.Max})
	}
	return out
}

type extractCase struct {
	name string
	pub  string // publication date: "2024-03-15" (a Friday) unless given
	text string
	want []got
}

func runCases(t *testing.T, tests []extractCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pub := tt.pub
			if pub == "" {
				pub = "2024-03-15"
			}
			if pub == "none" {
				pub = ""
			}
			if diff := cmp.Diff(tt.want, extract(t, pub, tt.text)); diff != "" {
				t.Errorf("Extract(%q) mismatch (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// day is a match whose interval is the one day of iso (a date, or a date
// with a time).
func day(text, iso string) got { return got{text, iso, iso[:10], iso[:10]} }

func TestAbsoluteDates(t *testing.T) {
	runCases(t, []extractCase{
		{name: "month day year", text: "The treaty was signed on December 27, 2023, in Lima.",
			want: []got{day("December 27, 2023", "2023-12-27")}},
		{name: "abbreviated month", text: "The lawsuit was filed Dec. 27, 2023, in federal court.",
			want: []got{day("Dec. 27, 2023", "2023-12-27")}},
		{name: "day before month", text: "Voting closed on 27 December 2023 after a long count.",
			want: []got{day("27 December 2023", "2023-12-27")}},
		{name: "ordinal of month", text: "The bridge reopened on the 4th of March 2022.",
			want: []got{day("the 4th of March 2022", "2022-03-04")}},
		{name: "US slashes", text: "The order is dated 12/27/2023 and signed by the mayor.",
			want: []got{day("12/27/2023", "2023-12-27")}},
		{name: "day first when the first number cannot be a month", text: "The form shows 27/12/2023 as the deadline.",
			want: []got{day("27/12/2023", "2023-12-27")}},
		{name: "ISO date", text: "Records from 2023-12-27 show the transfer.",
			want: []got{day("2023-12-27", "2023-12-27")}},
		{name: "dotted", text: "The ticket was stamped 10.31.1974 at the gate.",
			want: []got{day("10.31.1974", "1974-10-31")}},
		{name: "month and year", text: "Prices peaked in September 2023 before falling.",
			want: []got{{"September 2023", "2023-09", "2023-09-01", "2023-09-30"}}},
		{name: "bare year", text: "The plant opened in 2021 with 300 workers.",
			want: []got{{"2021", "2021", "2021-01-01", "2021-12-31"}}},
		{name: "weekday before a full date names that date", text: "The hearing is set for Tuesday, April 2, 2024.",
			want: []got{day("Tuesday, April 2, 2024", "2024-04-02")}},
		{name: "weekday right before a date: one mention", text: "The hearing opened Friday Oct. 13, 2023.",
			want: []got{day("Friday Oct. 13, 2023", "2023-10-13")}},
		{name: "a list of days in one month", text: "Talks will be held on May 6 and 7 in Geneva.",
			want: []got{day("May 6", "2024-05-06"), day("7", "2024-05-07")}},
		{name: "decade", text: "The town grew quickly in the 1990s.",
			want: []got{{"the 1990s", "199", "1990-01-01", "1999-12-31"}}},
		{name: "mid decade", text: "Sales of the model stopped in the mid-1990s.",
			want: []got{{"the mid-1990s", "199", "1993-01-01", "1996-12-31"}}},
		{name: "century", text: "The church was built in the 12th century.",
			want: []got{{"the 12th century", "11", "1100-01-01", "1199-12-31"}}},
		{name: "quarter of a year", text: "Profit fell in the first quarter of 2023.",
			want: []got{{"the first quarter of 2023", "2023-Q1", "2023-01-01", "2023-03-31"}}},
		{name: "Q form", text: "Revenue for Q4 2022 beat forecasts.",
			want: []got{{"Q4 2022", "2022-Q4", "2022-10-01", "2022-12-31"}}},
		{name: "half of a year", text: "Exports rose in the second half of 2022.",
			want: []got{{"the second half of 2022", "2022-H2", "2022-07-01", "2022-12-31"}}},
		{name: "season of a year", text: "The dam was finished in the summer of 2019.",
			want: []got{{"the summer of 2019", "2019-SU", "2019-06-01", "2019-08-31"}}},
		{name: "fiscal year", text: "The agency overspent in fiscal 2022.",
			want: []got{{"fiscal 2022", "2022", "2022-01-01", "2022-12-31"}}},
		{name: "year in words", text: "The flood of nineteen ninety-six is still remembered.",
			want: []got{{"nineteen ninety-six", "1996", "1996-01-01", "1996-12-31"}}},
		{name: "holiday with a year", text: "The mall was closed on Christmas 2021.",
			want: []got{day("Christmas 2021", "2021-12-25")}},
	})
}

func TestDatesWithoutYear(t *testing.T) {
	runCases(t, []extractCase{
		{name: "a recent day of this year", text: "The ministers met on March 3 in Oslo.",
			want: []got{day("March 3", "2024-03-03")}},
		{name: "past tense across New Year", pub: "2024-01-10", text: "The ministers met on December 27 in Oslo.",
			want: []got{day("December 27", "2023-12-27")}},
		{name: "a deadline ahead", pub: "2024-01-10", text: "The company must reply by February 2.",
			want: []got{day("February 2", "2024-02-02")}},
		{name: "nearest day when nothing says", pub: "2024-01-05", text: "The grant is payable Jan. 14 to eligible families.",
			want: []got{day("Jan. 14", "2024-01-14")}},
		{name: "last with a month and day", pub: "2024-01-20", text: "The talks held last December 28 ended without a deal.",
			want: []got{day("last December 28", "2023-12-28")}},
		{name: "month alone in the past", pub: "2024-02-10", text: "The factory closed in November after the strike.",
			want: []got{{"November", "2023-11", "2023-11-01", "2023-11-30"}}},
		{name: "month alone in the future", pub: "2024-02-10", text: "The factory will reopen in November.",
			want: []got{{"November", "2024-11", "2024-11-01", "2024-11-30"}}},
		{name: "early month", pub: "2024-01-27", text: "Both committees will meet again in early February.",
			want: []got{{"early February", "2024-02", "2024-02-01", "2024-02-10"}}},
		{name: "late month", pub: "2024-01-27", text: "The report is due in late March.",
			want: []got{{"late March", "2024-03", "2024-03-21", "2024-03-31"}}},
		{name: "month and last year", text: "The mine flooded in June last year.",
			want: []got{{"June last year", "2023-06", "2023-06-01", "2023-06-30"}}},
		{name: "quarter without a year is the latest begun", pub: "2024-11-05", text: "Earnings rose in the third quarter.",
			want: []got{{"the third quarter", "2024-Q3", "2024-07-01", "2024-09-30"}}},
		{name: "a period named by its end", pub: "2024-11-05", text: "Sales rose in the quarter ended July 31.",
			want: []got{{"the quarter", "2024-Q2", "2024-04-01", "2024-06-30"}, day("July 31", "2024-07-31")}},
	})
}

func TestRelativeDates(t *testing.T) {
	// 2024-03-15 is a Friday in ISO week 11.
	runCases(t, []extractCase{
		{name: "yesterday", text: "The fire started yesterday.", want: []got{day("yesterday", "2024-03-14")}},
		{name: "today", text: "The court rules today.", want: []got{day("today", "2024-03-15")}},
		{name: "tomorrow", text: "The court rules tomorrow.", want: []got{day("tomorrow", "2024-03-16")}},
		{name: "the day before yesterday", text: "He left the day before yesterday.",
			want: []got{day("the day before yesterday", "2024-03-13")}},
		{name: "last week", text: "Police made two arrests last week.",
			want: []got{{"last week", "2024-W10", "2024-03-04", "2024-03-10"}}},
		{name: "this week", text: "Police made two arrests this week.",
			want: []got{{"this week", "2024-W11", "2024-03-11", "2024-03-17"}}},
		{name: "next week", text: "The minister travels to Rome next week.",
			want: []got{{"next week", "2024-W12", "2024-03-18", "2024-03-24"}}},
		{name: "last month", text: "Inflation eased last month.",
			want: []got{{"last month", "2024-02", "2024-02-01", "2024-02-29"}}},
		{name: "this month", text: "Inflation eased this month.",
			want: []got{{"this month", "2024-03", "2024-03-01", "2024-03-31"}}},
		{name: "next year", text: "Elections are due next year.",
			want: []got{{"next year", "2025", "2025-01-01", "2025-12-31"}}},
		{name: "last year", text: "Crossings doubled last year.",
			want: []got{{"last year", "2023", "2023-01-01", "2023-12-31"}}},
		{name: "late last year", text: "The port was expanded late last year.",
			want: []got{{"late last year", "2023", "2023-09-01", "2023-12-31"}}},
		{name: "earlier this month", text: "Fighting resumed earlier this month.",
			want: []got{{"earlier this month", "2024-03", "2024-03-01", "2024-03-14"}}},
		{name: "later this year", text: "The line will open later this year.",
			want: []got{{"later this year", "2024", "2024-03-16", "2024-12-31"}}},
		{name: "this summer", text: "The festival returns this summer.",
			want: []got{{"this summer", "2024-SU", "2024-06-01", "2024-08-31"}}},
		{name: "last winter", text: "Heating costs soared last winter.",
			want: []got{{"last winter", "2023-WI", "2023-12-01", "2024-02-29"}}},
		{name: "years ago", text: "The bridge collapsed three years ago.",
			want: []got{{"three years ago", "2021", "2021-01-01", "2021-12-31"}}},
		// a count is precise to the unit it counts: the week two weeks back
		// (as for months and years), which holds 1 March
		{name: "weeks ago", text: "The ship sank two weeks ago.",
			want: []got{{"two weeks ago", "2024-W09", "2024-02-26", "2024-03-03"}}},
		{name: "days ago in digits", text: "The suspect fled 10 days ago.",
			want: []got{day("10 days ago", "2024-03-05")}},
		{name: "a decade ago", text: "A decade ago the valley was farmland.",
			want: []got{{"A decade ago", "2014", "2014-01-01", "2014-12-31"}}},
		{name: "the weekend just past", text: "Storms hit the coast over the weekend.",
			want: []got{{"the weekend", "2024-W10-WE", "2024-03-09", "2024-03-10"}}},
		{name: "holiday in the past", pub: "2024-01-05", text: "Crowds celebrated Christmas in the square.",
			want: []got{day("Christmas", "2023-12-25")}},
		{name: "the past year", text: "Rents rose sharply over the past year.",
			want: []got{{"the past year", "2023", "2023-01-01", "2023-12-31"}}},
	})
}

func TestWeekdays(t *testing.T) {
	// 2024-03-13 is a Wednesday, 2024-03-15 a Friday.
	runCases(t, []extractCase{
		{name: "past by default", text: "The council voted Tuesday to close the clinic.",
			want: []got{day("Tuesday", "2024-03-12")}},
		{name: "the publication day itself", text: "Officials said Friday the road was safe.",
			want: []got{day("Friday", "2024-03-15")}},
		{name: "future with will", text: "The council will vote Tuesday on the budget.",
			want: []got{day("Tuesday", "2024-03-19")}},
		{name: "future with is due to", pub: "2024-03-13", text: "On Friday the committee is due to report.",
			want: []got{day("Friday", "2024-03-15")}},
		{name: "future with a scheduled verb", pub: "2024-03-13", text: "The summit opens Saturday in Nairobi.",
			want: []got{day("Saturday", "2024-03-16")}},
		{name: "a plan in the past stays past", pub: "2024-03-13", text: "The offer had been due to expire Monday.",
			want: []got{day("Monday", "2024-03-11")}},
		{name: "last Friday is the Friday of last week", text: "The strike began last Friday.",
			want: []got{day("last Friday", "2024-03-08")}},
		{name: "next Friday is the Friday of next week", text: "The strike begins next Friday.",
			want: []got{day("next Friday", "2024-03-22")}},
		{name: "this Saturday", text: "The ministry issued a statement this Saturday.",
			want: []got{day("this Saturday", "2024-03-16")}},
		{name: "until sets a deadline", pub: "2024-03-13", text: "The relatives have until Monday to decide.",
			want: []got{day("Monday", "2024-03-18")}},
		{name: "possessive is past", pub: "2024-03-13", text: "Lawyers will challenge Monday's ruling.",
			want: []got{day("Monday's", "2024-03-11")}},
		{name: "the previous Friday counts from the story's day", pub: "2024-03-13",
			text: "Shares closed lower on March 8. They had risen the previous Friday.",
			want: []got{day("March 8", "2024-03-08"), day("the previous Friday", "2024-03-01")}},
	})
}

func TestTimesOfDay(t *testing.T) {
	runCases(t, []extractCase{
		{name: "time and weekday", text: "The polls closed at 3 p.m. Tuesday.",
			want: []got{day("3 p.m. Tuesday", "2024-03-12T15:00")}},
		{name: "a present-tense schedule is ahead", text: "The vote closes at 3 p.m. Tuesday.",
			want: []got{day("3 p.m. Tuesday", "2024-03-19T15:00")}},
		{name: "weekday and time", text: "The quake struck Tuesday at 10:35 a.m. local time.",
			want: []got{day("Tuesday at 10:35 a.m. local time", "2024-03-12T10:35")}},
		{name: "part of a weekday", text: "Gunfire was heard Tuesday night.",
			want: []got{day("Tuesday night", "2024-03-12TNI")}},
		{name: "this morning", text: "The minister resigned this morning.",
			want: []got{day("this morning", "2024-03-15TMO")}},
		{name: "last night", text: "The storm reached the coast last night.",
			want: []got{day("last night", "2024-03-14TNI")}},
		{name: "noon and a weekday", text: "The deadline passed at noon Thursday.",
			want: []got{day("noon Thursday", "2024-03-14T12:00")}},
		{name: "a time alone is on the day last named", text: "The blast came on March 2. Firefighters arrived at 11 p.m.",
			want: []got{day("March 2", "2024-03-02"), day("11 p.m.", "2024-03-02T23:00")}},
	})
}

func TestAnchoredDates(t *testing.T) {
	runCases(t, []extractCase{
		{name: "days later", text: "The storm hit on March 1. Two days later the river flooded.",
			want: []got{day("March 1", "2024-03-01"), day("Two days later", "2024-03-03")}},
		{name: "that year", text: "He moved to Chile in 2019. Later that year he married.",
			want: []got{{"2019", "2019", "2019-01-01", "2019-12-31"}, {"Later that year", "2019", "2019-01-01", "2019-12-31"}}},
		{name: "the following day", text: "The body was found on Feb. 20. Police made an arrest the following day.",
			want: []got{day("Feb. 20", "2024-02-20"), day("the following day", "2024-02-21")}},
		{name: "a year earlier than a quarter", pub: "2024-10-30",
			text: "Profit rose in the third quarter from $4 million a year earlier.",
			want: []got{{"the third quarter", "2024-Q3", "2024-07-01", "2024-09-30"}, {"a year earlier", "2023-Q3", "2023-07-01", "2023-09-30"}}},
		{name: "the year-ago quarter", pub: "2024-10-30",
			text: "Profit rose in the third quarter. In the year-ago quarter it fell.",
			want: []got{{"the third quarter", "2024-Q3", "2024-07-01", "2024-09-30"}, {"the year-ago quarter", "2023-Q3", "2023-07-01", "2023-09-30"}}},
		{name: "an earlier anchor is not moved by a derived date", pub: "2024-10-30",
			text: "Profit rose in the third quarter from a year earlier. The quarter was strong, and sales beat a year earlier.",
			want: []got{
				{"the third quarter", "2024-Q3", "2024-07-01", "2024-09-30"}, {"a year earlier", "2023-Q3", "2023-07-01", "2023-09-30"},
				{"The quarter", "2024-Q3", "2024-07-01", "2024-09-30"}, {"a year earlier", "2023-Q3", "2023-07-01", "2023-09-30"}}},
	})
}

func TestReferences(t *testing.T) {
	runCases(t, []extractCase{
		{name: "now", text: "The camp now holds 9,000 people.", want: []got{{"now", "PRESENT_REF", "2024-03-15", "2024-03-15"}}},
		{name: "recently", text: "The law was recently amended.", want: []got{{"recently", "PAST_REF", "", "2024-03-15"}}},
		{name: "the future", text: "Nobody can predict the future.", want: []got{{"the future", "FUTURE_REF", "2024-03-15", ""}}},
		{name: "in the coming days", text: "Aid will arrive in the coming days.", want: []got{{"the coming days", "FUTURE_REF", "2024-03-15", ""}}},
		{name: "in recent weeks", text: "In recent weeks the price has doubled.", want: []got{{"recent weeks", "PAST_REF", "", "2024-03-15"}}},
	})
}

// A publication date known only to the month resolves what it can and
// widens the rest.
func TestMonthPrecisionPublication(t *testing.T) {
	runCases(t, []extractCase{
		{name: "today is the whole month", pub: "2024-01", text: "The talks resume today.",
			want: []got{{"today", "2024-01", "2024-01-01", "2024-01-31"}}},
		{name: "last month is still exact", pub: "2024-01", text: "Last month, both sides signed.",
			want: []got{{"Last month", "2023-12", "2023-12-01", "2023-12-31"}}},
		{name: "last year is still exact", pub: "2024-01", text: "Arrivals hit a record last year.",
			want: []got{{"last year", "2023", "2023-01-01", "2023-12-31"}}},
		{name: "a day named with last", pub: "2024-01", text: "The talks held last December 28 ended.",
			want: []got{day("last December 28", "2023-12-28")}},
		{name: "a weekday widens to a range", pub: "2024-01", text: "The minister resigned Friday.",
			want: []got{{"Friday", "2023-12-29/2024-01-26", "2023-12-29", "2024-01-26"}}},
		{name: "a year-only publication", pub: "2024", text: "The law passed last month.",
			want: []got{{"last month", "2023-12-01/2024-11-30", "2023-12-01", "2024-11-30"}}},
	})
}

func TestNoPublicationDate(t *testing.T) {
	runCases(t, []extractCase{
		{name: "a partial date", pub: "none", text: "The meeting took place on December 27.",
			want: []got{{"December 27", "--12-27", "", ""}}},
		{name: "a month alone", pub: "none", text: "The meeting took place in December.",
			want: []got{{"December", "--12", "", ""}}},
		{name: "a weekday cannot be placed", pub: "none", text: "The meeting took place on Friday.",
			want: []got{{"Friday", "", "", ""}}},
		{name: "a full date needs no anchor", pub: "none", text: "The meeting took place on December 27, 2023.",
			want: []got{day("December 27, 2023", "2023-12-27")}},
		{name: "the story's own date places later ones", pub: "none", text: "The dam broke on May 3, 2021. On May 5 the water receded.",
			want: []got{day("May 3, 2021", "2021-05-03"), day("May 5", "2021-05-05")}},
	})
}

// Numbers and words that look like dates but are not.
// Days and weeks counted within a period, and other composed forms.
func TestComposedDates(t *testing.T) {
	runCases(t, []extractCase{
		{name: "last week of a month", text: "Prices spiked in the last week of July 2022.",
			want: []got{{"the last week of July 2022", "2022-W30", "2022-07-25", "2022-07-31"}}},
		// ISO week 1 of 2020 runs from Monday 30 December 2019.
		{name: "first week of a year is ISO week 1", text: "Sales slumped in the first week of 2020.",
			want: []got{{"the first week of 2020", "2020-W01", "2019-12-30", "2020-01-05"}}},
		{name: "week number", text: "The survey ran in week 10 of 2024.",
			want: []got{{"week 10 of 2024", "2024-W10", "2024-03-04", "2024-03-10"}}},
		{name: "nth weekday of a month", text: "Elections are held on the third Tuesday of October 2024.",
			want: []got{day("the third Tuesday of October 2024", "2024-10-15")}},
		{name: "last weekday of a month", text: "The parade is on the last Monday of May 2024.",
			want: []got{day("the last Monday of May 2024", "2024-05-27")}},
		{name: "day of next month", text: "Rent is due on the 20th of next month.",
			want: []got{day("the 20th of next month", "2024-04-20")}},
		{name: "weekday and day: the latest such day", text: "The board met on Tuesday the 19th.",
			want: []got{day("Tuesday the 19th", "2023-12-19")}},
		{name: "weekday and day ahead", text: "The board will meet on Tuesday the 19th.",
			want: []got{day("Tuesday the 19th", "2024-03-19")}},
		{name: "an ordinal before a noun is no day", text: "Shares fell Friday, the fourth decline in a row.",
			want: []got{day("Friday", "2024-03-15")}},
		{name: "in two weeks ahead", text: "The ship will dock in two weeks.",
			want: []got{day("in two weeks", "2024-03-29")}},
		{name: "in three years in the past is a duration", text: "It was the worst harvest in three years.", want: nil},
		{name: "a day of next week", text: "The vote is set for next week Wednesday.",
			want: []got{day("next week Wednesday", "2024-03-20")}},
		{name: "the weekday after next", text: "The court will rule Friday after next.",
			want: []got{day("Friday after next", "2024-03-29")}},
		{name: "the month after next", text: "The fair opens in March after next.",
			want: []got{{"March after next", "2026-03", "2026-03-01", "2026-03-31"}}},
		{name: "half of a year", text: "The 2019 H2 results were weak.",
			want: []got{{"The 2019 H2", "2019-H2", "2019-07-01", "2019-12-31"}}},
		{name: "quarter glued to a year", text: "Guidance for 2018Q4 was cut.",
			want: []got{{"2018Q4", "2018-Q4", "2018-10-01", "2018-12-31"}}},
		{name: "a day in words", text: "The ferry sank on May twenty nine.",
			want: []got{day("May twenty nine", "2023-05-29")}},
		{name: "a year in words", text: "The mill opened on February twenty six nineteen eighty four.",
			want: []got{day("February twenty six nineteen eighty four", "1984-02-26")}},
		{name: "a year in hundreds", text: "The ship sailed on 9 May seventeen hundred forty one.",
			want: []got{day("9 May seventeen hundred forty one", "1741-05-09")}},
		{name: "a compact date", text: "See the file report-20170302.html for details.",
			want: []got{day("20170302", "2017-03-02")}},
		{name: "an ISO date inside a path", text: "The report-2017-05-14-page-02 link broke.",
			want: []got{day("2017-05-14", "2017-05-14")}},
		{name: "an amount before a date", text: "He sold it for $15 November 30.",
			want: []got{day("November 30", "2023-11-30")}},
		{name: "the last quarter is the one before this", pub: "2024-08-20", text: "Sales fell in the last quarter.",
			want: []got{{"the last quarter", "2024-Q2", "2024-04-01", "2024-06-30"}}},
		{name: "nth month of a year", text: "They will leave in the fifth month of 2019.",
			want: []got{{"the fifth month of 2019", "2019-05", "2019-05-01", "2019-05-31"}}},
		{name: "days counted from a holiday", pub: "2024-01-10", text: "The shop reopened three days after Christmas.",
			want: []got{day("three days after Christmas", "2023-12-28")}},
		{name: "a day of the month the story named", text: "Talks began in February. On the 15th they stalled.",
			want: []got{{"February", "2024-02", "2024-02-01", "2024-02-29"}, day("On the 15th", "2024-02-15")}},
		{name: "a day range with the month at its end", text: "The festival ran from 4 to 6 June.",
			want: []got{{"from 4 to 6 June", "2023-06-04/2023-06-06", "2023-06-04", "2023-06-06"}, day("6 June", "2023-06-06")}},
		{name: "end of year without the", text: "A party is planned for end of year.",
			want: []got{{"end of year", "2024", "2024-09-01", "2024-12-31"}}},
		// 16 August is a Saturday in 2025, and was in 2014.
		{name: "a weekday picks the year of a month-day", text: "The release is dated Sat, Aug 16.",
			want: []got{day("Sat, Aug 16", "2025-08-16")}},
		{name: "two Thursdays back", text: "The ship left two Thursdays ago.",
			want: []got{day("two Thursdays ago", "2024-03-07")}},
	})
}

// A range is one claim, and its ends are dates of their own.
func TestRanges(t *testing.T) {
	runCases(t, []extractCase{
		{name: "years", text: "Output fell from 2014 to 2018.",
			want: []got{{"from 2014 to 2018", "2014/2018", "2014-01-01", "2018-12-31"},
				{"2014", "2014", "2014-01-01", "2014-12-31"}, {"2018", "2018", "2018-01-01", "2018-12-31"}}},
		{name: "a year for both ends", text: "The survey ran Oct. 9-Nov. 20, 2016.",
			want: []got{{"Oct. 9-Nov. 20, 2016", "2016-10-09/2016-11-20", "2016-10-09", "2016-11-20"},
				day("Oct. 9", "2016-10-09"), day("Nov. 20, 2016", "2016-11-20")}},
		{name: "the first month in the year before", text: "The drought lasted Nov-Feb 2017.",
			want: []got{{"Nov-Feb 2017", "2016-11/2017-02", "2016-11-01", "2017-02-28"},
				{"Nov", "2016-11", "2016-11-01", "2016-11-30"}, {"Feb 2017", "2017-02", "2017-02-01", "2017-02-28"}}},
		{name: "days of one month", text: "The fair runs June 3 to 5 in Bergen.",
			want: []got{{"June 3 to 5", "2024-06-03/2024-06-05", "2024-06-03", "2024-06-05"}, day("June 3", "2024-06-03"), day("5", "2024-06-05")}},
		{name: "between months", text: "Rainfall was low between March and May.",
			want: []got{{"between March and May", "2023-03/2023-05", "2023-03-01", "2023-05-31"},
				{"March", "2023-03", "2023-03-01", "2023-03-31"}, {"May", "2023-05", "2023-05-01", "2023-05-31"}}},
		{name: "to the end of a year", text: "The program ran from 2011 to the end of 2013.",
			want: []got{{"from 2011 to the end of 2013", "2011/2013", "2011-01-01", "2013-12-31"},
				{"2011", "2011", "2011-01-01", "2011-12-31"}, {"the end of 2013", "2013", "2013-09-01", "2013-12-31"}}},
		{name: "now to a date", text: "Flights are suspended between now and April 15.",
			want: []got{{"between now and April 15", "2024-03-15/2024-04-15", "2024-03-15", "2024-04-15"},
				{"now", "PRESENT_REF", "2024-03-15", "2024-03-15"}, day("April 15", "2024-04-15")}},
		{name: "numeric ends", text: "The exhibit will be open from 9/3 to 10/8.",
			want: []got{{"from 9/3 to 10/8", "2024-09-03/2024-10-08", "2024-09-03", "2024-10-08"},
				day("9/3", "2024-09-03"), day("10/8", "2024-10-08")}},
		{name: "two weekdays are two dates", text: "The vote was moved Friday to Monday.",
			want: []got{day("Friday", "2024-03-15"), day("Monday", "2024-03-11")}},
	})
}

func TestNotDates(t *testing.T) {
	runCases(t, []extractCase{
		{name: "money and counts", text: "He paid $2000 for 1500 shares and hired 2000 workers.", want: nil},
		{name: "a score", text: "The home side won 3-2 after extra time.", want: nil},
		{name: "a fraction", text: "Add 1/2 cup of flour.", want: nil},
		{name: "round the clock", text: "The clinic offers 24/7 service.", want: nil},
		{name: "modal may", text: "May I ask a question? The board may decide.", want: nil},
		{name: "a march", text: "Thousands joined the march to the capital.", want: nil},
		{name: "a street number", text: "The embassy is at 1600 Pennsylvania Avenue.", want: nil},
		{name: "a version", text: "Install version 2.1.3 before the update.", want: nil},
		{name: "a name with a weekday", text: "Shops opened early for Black Friday sales.", want: nil},
		{name: "a number in a name", text: "The firm Orion 1980 makes engines.", want: nil},
		{name: "a television show", text: `He spoke on ABC's "This Week" program.`, want: nil},
		{name: "a duration belongs to the quantity reader", text: "He spent three years in prison.", want: nil},
		{name: "a future adjective", text: "The plan protects future generations.", want: nil},
	})
}

func TestEventPlaceParticipants(t *testing.T) {
	tests := []struct {
		name, pub, text, date string
		event, word, place    string
		participants          []string
	}{
		{"meeting in a city", "2024-01-27",
			"These measures were agreed during the emergency meeting of both governments on December 27 in Mexico City.",
			"December 27", "meeting", "meeting", "Mexico City", nil},
		{"talks are a meeting", "2024-01",
			"This meeting will resume the talks held last December 28, when there was a bilateral summit in Lima.",
			"last December 28", "meeting", "talks", "Lima", nil},
		{"participants open the sentence", "2023-09-30",
			"The United States and Canada pledged on September 29 to share data.",
			"September 29", "pledge", "pledged", "", []string{"United States", "Canada"}},
		{"participants after between", "2023-09-30",
			"The meeting between Brazil and Chile on September 12 focused on trade.",
			"September 12", "meeting", "meeting", "", []string{"Brazil", "Chile"}},
		{"an attack", "2024-03-15",
			"A car bomb attack on Tuesday at the central market killed nine.",
			"Tuesday", "attack", "attack", "", nil},
		{"the clause's own verb, not a participle after a comma", "2024-03-15",
			"A ferry capsized on Lake Lomond on Thursday, killing six passengers.",
			"Thursday", "crash", "capsized", "Lake Lomond", nil},
		{"the head noun before a prepositional phrase", "2024-03-15",
			"An inquiry into the crash will begin on Monday.",
			"Monday", "inquiry", "inquiry", "", nil},
		{"a demonym is not a place", "2024-03-15",
			"The vote on Sunday in Central American countries was delayed.",
			"Sunday", "vote", "vote", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := dates.ParsePartial(tt.pub)
			if err != nil {
				t.Fatal(err)
			}
			var found *dates.Match
			for _, m := range dates.Extract(text.Parse(tt.text), p) {
				if tt.text[m.Start:m.End] == tt.date {
					found = &m
				}
			}
			if found == nil {
				t.Fatalf("no date %q in %q", tt.date, tt.text)
			}
			type ctx struct {
				Subject, Event, Word, Place string
				Participants                []string
			}
			want := ctx{tt.event, tt.event, tt.word, tt.place, tt.participants}
			v := found.Value
			if diff := cmp.Diff(want, ctx{found.Subject, v.Event, v.EventWord, v.Place, v.Participants}); diff != "" {
				t.Errorf("context of %q mismatch (-want +got):\n%s", tt.date, diff)
			}
		})
	}
}

// period is what TestAnchoredPeriods checks of a match.
type period struct {
	Text, ISO, Duration, Min, Max string
}

func TestAnchoredPeriods(t *testing.T) {
	// Friday 15 March 2024 unless given.
	tests := []struct {
		name, pub, text string
		want            []period
	}{
		{"past years", "", "Exports doubled over the past three years.",
			[]period{{"the past three years", "2021-03-15/2024-03-14", "P3Y", "2021-03-15", "2024-03-14"}}},
		{"next hours", "", "Forecasters expect snow in the next 48 hours.",
			[]period{{"the next 48 hours", "2024-03-15/2024-03-17", "PT48H", "2024-03-15", "2024-03-17"}}},
		{"within weeks starts today", "", "The ministry must answer within two weeks.",
			[]period{{"within two weeks", "2024-03-15/2024-03-28", "P2W", "2024-03-15", "2024-03-28"}}},
		{"quarters in months", "", "Rents rose 4% in the last two quarters.",
			[]period{{"the last two quarters", "2023-09-15/2024-03-14", "P6M", "2023-09-15", "2024-03-14"}}},
		{"fortnight", "", "Fighting has eased in the past fortnight.",
			[]period{{"the past fortnight", "2024-03-01/2024-03-14", "P2W", "2024-03-01", "2024-03-14"}}},
		{"the next fortnight", "", "Results are due in the next fortnight.",
			[]period{{"the next fortnight", "2024-03-16/2024-03-29", "P2W", "2024-03-16", "2024-03-29"}}},
		{"count first", "", "Analysts see 3 upcoming months of volatility.",
			[]period{{"3 upcoming months", "2024-03-16/2024-06-15", "P3M", "2024-03-16", "2024-06-15"}}},
		{"decades in years", "", "The lake has shrunk over the past two decades.",
			[]period{{"the past two decades", "2004-03-15/2024-03-14", "P20Y", "2004-03-15", "2024-03-14"}}},
		{"a couple of years", "", "Output should recover in the next couple of years.",
			[]period{{"the next couple of years", "2024-03-16/2026-03-15", "P2Y", "2024-03-16", "2026-03-15"}}},
		{"vague future", "", "Leaders will meet in the coming days.",
			[]period{{"the coming days", "FUTURE_REF", "PXD", "2024-03-15", ""}}},
		{"vague past", "", "Prices have fallen in recent weeks.",
			[]period{{"recent weeks", "PAST_REF", "PXW", "", "2024-03-15"}}},
		{"publication month: every reading", "2024-03", "Exports doubled over the past three years.",
			[]period{{"the past three years", "2021-03-01/2024-03-30", "P3Y", "2021-03-01", "2024-03-30"}}},
		{"no publication date: the span alone", "none", "Exports doubled over the past three years.",
			[]period{{"the past three years", "", "P3Y", "", ""}}},
		{"counted from another event", "", "Within 24 hours of the blast, crews arrived.", nil},
		// the last three ISO weeks of 2023 run from Monday 11 to Sunday 31 December
		{"part of another period", "", "The last three weeks of 2023 were quiet.",
			[]period{{"The last three weeks of 2023", "2023-12-11/2023-12-31", "P3W", "2023-12-11", "2023-12-31"},
				{"2023", "2023", "", "2023-01-01", "2023-12-31"}}},
		{"first months of a year", "", "Exports fell in the first four months of the year.",
			[]period{{"the first four months of the year", "2024-01-01/2024-04-30", "P4M", "2024-01-01", "2024-04-30"},
				{"the year", "2024", "", "2024-01-01", "2024-12-31"}}},
		{"first days of last year", "", "Snow fell in the first twelve days of last year.",
			[]period{{"the first twelve days of last year", "2023-01-01/2023-01-12", "P12D", "2023-01-01", "2023-01-12"},
				{"last year", "2023", "", "2023-01-01", "2023-12-31"}}},
		{"a compound adjective", "", "The next three-year plan was unveiled.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var pub dates.Partial
			switch tt.pub {
			case "none":
			case "":
				pub = dates.Partial{Year: 2024, Month: 3, Day: 15}
			default:
				var err error
				if pub, err = dates.ParsePartial(tt.pub); err != nil {
					t.Fatal(err)
				}
			}
			var got []period
			for _, m := range dates.Extract(text.Parse(tt.text), pub) {
				v := m.Value
				got = append(got, period{tt.text[m.Start:m.End], v.ISO, v.Duration, v.Min, v.Max})
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Extract(%q) mismatch (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
