package dates_test

import (
	"testing"

	"crosscheck/claims/dates"
	"crosscheck/claims/text"
)

// Reporting periods as business news names them, and other forms of the
// third wave. The publication date is given by each case.

// durationCase checks one match's text, ISO value, interval and stated
// Duration.
type durationCase struct {
	name, pub, text string
	want            []dated
}

// dated is a match as these tables check it.
type dated struct {
	Text, ISO, Min, Max, Duration string
}

func runDurationCases(t *testing.T, tests []durationCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := dates.ParsePartial(tt.pub)
			if err != nil {
				t.Fatal(err)
			}
			var got []dated
			for _, m := range dates.Extract(text.Parse(tt.text), p) {
				got = append(got, dated{tt.text[m.Start:m.End], m.Value.ISO, m.Value.Min, m.Value.Max, m.Value.Duration})
			}
			if len(got) != len(tt.want) {
				t.Fatalf("Extract(%q):\nwant %+v\n got %+v", tt.text, tt.want, got)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("Extract(%q) match %d:\nwant %+v\n got %+v", tt.text, i, tt.want[i], got[i])
				}
			}
		})
	}
}

func TestYearNamedByItsEnd(t *testing.T) {
	runDurationCases(t, []durationCase{
		{name: "a fiscal year ending in March is the twelve months before", pub: "2024-11-05",
			text: "The brewer earned $40 million in the year ended March 31.",
			want: []dated{
				{"the year", "2023-04-01/2024-03-31", "2023-04-01", "2024-03-31", "P1Y"},
				{"March 31", "2024-03-31", "2024-03-31", "2024-03-31", ""},
			}},
		{name: "the fiscal year, with its year", pub: "2024-11-05",
			text: "In the fiscal year ended June 30, 2023, revenue fell.",
			want: []dated{
				{"the fiscal year", "2022-07-01/2023-06-30", "2022-07-01", "2023-06-30", "P1Y"},
				{"June 30, 2023", "2023-06-30", "2023-06-30", "2023-06-30", ""},
			}},
		{name: "ending on a day named from today", pub: "2024-09-29",
			text: "The carrier expects a loss for the year ending tomorrow.",
			want: []dated{
				{"the year", "2023-10-01/2024-09-30", "2023-10-01", "2024-09-30", "P1Y"},
				{"tomorrow", "2024-09-30", "2024-09-30", "2024-09-30", ""},
			}},
		{name: "a year ending on December 31 is the calendar year", pub: "2024-11-05",
			text: "Profit for the year ended Dec. 31 doubled.",
			want: []dated{
				{"the year", "2023", "2023-01-01", "2023-12-31", ""},
				{"Dec. 31", "2023-12-31", "2023-12-31", "2023-12-31", ""},
			}},
	})
}

func TestNounsAndAdjectivesTellNoTense(t *testing.T) {
	runCases(t, []extractCase{
		// Friday 15 March 2024 unless given.
		{name: "the plan is a noun", pub: "2024-10-25",
			text: "The utility unveiled the plan Aug. 19.",
			want: []got{day("Aug. 19", "2024-08-19")}},
		{name: "plan as a verb still points ahead", pub: "2024-10-25",
			text: "The two utilities plan to merge on Dec. 2.",
			want: []got{day("Dec. 2", "2024-12-02")}},
		{name: "a participle after an article is an adjective", pub: "2024-10-25",
			text: "The bonus shares would be issued on a still undecided date in January.",
			want: []got{{"January", "2025-01", "2025-01-01", "2025-01-31"}}},
		{name: "a past verb before it still counts", pub: "2024-10-25",
			text: "The company issued the revised shares in January.",
			want: []got{{"January", "2024-01", "2024-01-01", "2024-01-31"}}},
	})
}

func TestReportingPeriodHasEnded(t *testing.T) {
	runCases(t, []extractCase{
		{name: "the latest quarter is the last one ended, not the one just named", pub: "2024-11-04",
			text: "The storm will mean a fourth-quarter charge. Premiums fell 8% in the latest quarter.",
			want: []got{
				{"fourth-quarter", "2024-Q4", "2024-10-01", "2024-12-31"},
				{"the latest quarter", "2024-Q3", "2024-07-01", "2024-09-30"},
			}},
		{name: "a forecast quarter is no period to compare with", pub: "2024-10-24",
			text: "Analysts see losses through the second quarter of 2025. In the year-ago period, the mill earned $9 million.",
			want: []got{
				{"the second quarter of 2025", "2025-Q2", "2025-04-01", "2025-06-30"},
				{"the year-ago period", "2023-Q3", "2023-07-01", "2023-09-30"},
			}},
		{name: "a quarter reported on is the one compared", pub: "2024-10-24",
			text: "Profit rose in the second quarter. In the year-ago period, the mill earned $9 million.",
			want: []got{
				{"the second quarter", "2024-Q2", "2024-04-01", "2024-06-30"},
				{"the year-ago period", "2023-Q2", "2023-04-01", "2023-06-30"},
			}},
		{name: "this year through a day is the calendar year", pub: "2024-10-24",
			text: "The fund has fallen 3% this year through Oct. 18.",
			want: []got{
				{"this year", "2024", "2024-01-01", "2024-12-31"},
				day("Oct. 18", "2024-10-18"),
			}},
	})
}

func TestQuarterToldInThePast(t *testing.T) {
	runCases(t, []extractCase{
		{name: "a quarter not begun, told in the past, is last year's", pub: "2025-01-27",
			text: "The chain posted a 12 percent drop in profit for the fourth quarter.",
			want: []got{{"the fourth quarter", "2024-Q4", "2024-10-01", "2024-12-31"}}},
		{name: "in the future it is this year's", pub: "2025-01-27",
			text: "The chain will open two stores in the fourth quarter.",
			want: []got{{"the fourth quarter", "2025-Q4", "2025-10-01", "2025-12-31"}}},
		{name: "a quarter begun is this year's", pub: "2025-11-27",
			text: "The chain posted a drop in sales in the fourth quarter.",
			want: []got{{"the fourth quarter", "2025-Q4", "2025-10-01", "2025-12-31"}}},
	})
}

func TestQuarterStandingAlone(t *testing.T) {
	runCases(t, []extractCase{
		{name: "a heading names this year's quarter", pub: "2025-01-27",
			text: "Fourth quarter", want: []got{{"Fourth quarter", "2025-Q4", "2025-10-01", "2025-12-31"}}},
	})
}

func TestYearEnd(t *testing.T) {
	runCases(t, []extractCase{
		{name: "by year-end is this year's closing day", pub: "2024-10-30",
			text: "The two banks expect to close the merger by year-end.",
			want: []got{day("year-end", "2024-12-31")}},
		{name: "since year-end looks back", pub: "2024-10-30",
			text: "The index has risen 14% since year-end.",
			want: []got{day("year-end", "2023-12-31")}},
		{name: "year's end is the late part of the year", pub: "2024-10-30",
			text: "Rules should be in place by year's end.",
			want: []got{{"year's end", "2024", "2024-09-01", "2024-12-31"}}},
	})
}

func TestFrontedDateTakesTheMainVerb(t *testing.T) {
	runCases(t, []extractCase{
		// Friday 15 March 2024 unless given.
		{name: "a long subject before a verb of intent",
			text: "On Tuesday, the regional association of independent grocers plans to announce a boycott.",
			want: []got{day("Tuesday", "2024-03-19")}},
		{name: "a long subject before a past verb",
			text: "On Tuesday, the regional association of independent grocers announced a boycott.",
			want: []got{day("Tuesday", "2024-03-12")}},
		{name: "a clause of time between is passed over",
			text: "On Wednesday, when the mayor dropped his travel plans for the summit, the council lifted the curfew.",
			want: []got{day("Wednesday", "2024-03-13")}},
		{name: "a date not fronted keeps the near reading",
			text: "The association, which on Tuesday held a long and noisy meeting of its members, plans a boycott.",
			want: []got{day("Tuesday", "2024-03-12")}},
	})
}

func TestShoppingDays(t *testing.T) {
	runCases(t, []extractCase{
		{name: "on Black Friday is the day after Thanksgiving", pub: "2024-12-03",
			text: "Crowds lined up on Black Friday.", want: []got{day("Black Friday", "2024-11-29")}},
		{name: "with a year", pub: "2024-12-03",
			text: "Sales on Cyber Monday 2023 set a record.", want: []got{day("Cyber Monday 2023", "2023-11-27")}},
		{name: "a label for the sales is no date", pub: "2024-12-03",
			text: "Retailers started their Black Friday deals early.", want: nil},
		{name: "Mardi Gras is Shrove Tuesday", pub: "2024-03-01",
			text: "The parade drew thousands on Mardi Gras.", want: []got{day("Mardi Gras", "2024-02-13")}},
	})
}

func TestSpokenForms(t *testing.T) {
	runCases(t, []extractCase{
		{name: "a holiday in lower case with a year named from today", pub: "2024-07-20",
			text: "Fireworks were banned for the independence day of this year.",
			want: []got{day("independence day of this year", "2024-07-04")}},
		{name: "a weekday and a day in words before a time", pub: "2024-06-13",
			text: "I'll fly back on monday the twenty fourth six pm.",
			want: []got{day("monday the twenty fourth", "2024-06-24")}},
		{name: "an ordinal in words before a noun still counts things", pub: "2024-06-13",
			text: "Shares fell on Friday the fourth day in a row.",
			want: []got{day("Friday", "2024-06-07")}},
	})
}

func TestNamedStormIsNoPlace(t *testing.T) {
	for _, tt := range []struct{ name, text, place string }{
		{"a storm's name", "Four people died in Hurricane Odile, which struck Tarvo on Monday.", ""},
		{"a town", "Four people died in Tarvo, where the storm struck on Monday.", "Tarvo"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ms := dates.Extract(text.Parse(tt.text), dates.Partial{Year: 2024, Month: 3, Day: 15})
			if len(ms) != 1 {
				t.Fatalf("want one match, got %d", len(ms))
			}
			if got := ms[0].Value.Place; got != tt.place {
				t.Errorf("Place: want %q, got %q", tt.place, got)
			}
		})
	}
}

func TestEventArrangedForADay(t *testing.T) {
	runCases(t, []extractCase{
		// Friday 15 March 2024.
		{name: "a meeting called for a day is to come",
			text: "The unions have called a meeting for Thursday to discuss the cuts.",
			want: []got{day("Thursday", "2024-03-21")}},
		{name: "a vote scheduled for a day is to come",
			text: "The council scheduled a vote for Tuesday.",
			want: []got{day("Tuesday", "2024-03-19")}},
		{name: "a day set for a walkout keeps its reading",
			text: "The union set Tuesday for a walkout.",
			want: []got{day("Tuesday", "2024-03-12")}},
		{name: "results for a day are no arrangement",
			text: "The agency released the figures for Tuesday.",
			want: []got{day("Tuesday", "2024-03-12")}},
	})
}

func TestNewspaperNamesAreNoRecurrence(t *testing.T) {
	runCases(t, []extractCase{
		{name: "a paper's name", text: "The Harbour Weekly reported the swap.", want: nil},
		{name: "a masthead in capitals", text: "NORDVIK BUSINESS DAILY", want: nil},
		{name: "an adverb", text: "The ferry sails daily from the north quay.",
			want: []got{{"daily", "P1D", "", ""}}},
		{name: "an adjective", text: "Weekly sales rose.",
			want: []got{{"Weekly", "P1W", "", ""}}},
	})
}

func TestRestOfAUnit(t *testing.T) {
	runCases(t, []extractCase{
		// Friday 15 March 2024.
		{name: "the rest of the week runs from today",
			text: "Schools stay shut for the rest of the week.",
			want: []got{{"the rest of the week", "2024-W11", "2024-03-15", "2024-03-17"}}},
		{name: "the remainder of the year",
			text: "Prices should hold for the remainder of the year.",
			want: []got{{"the remainder of the year", "2024", "2024-03-15", "2024-12-31"}}},
		{name: "the rest of a year gone by is no part of today",
			text: "He spent the rest of 1999 in Lima.",
			want: []got{{"1999", "1999", "1999-01-01", "1999-12-31"}}},
		{name: "a rest is no date",
			text: "The players took a rest on the bench.", want: nil},
	})
}

func TestCountInWeeksAndDays(t *testing.T) {
	runCases(t, []extractCase{
		// Friday 15 March 2024.
		{name: "weeks and days ago", text: "The ferry sank two weeks and three days ago.",
			want: []got{day("two weeks and three days ago", "2024-02-27")}},
		{name: "a duration in weeks and days is no date", text: "The strike lasted two weeks and three days.",
			want: nil},
	})
}

func TestLaterThanIsAGap(t *testing.T) {
	runCases(t, []extractCase{
		// Friday 15 March 2024.
		{name: "later than compares", text: "The storm came ashore on Tuesday, a day later than forecasters had expected.",
			want: []got{day("Tuesday", "2024-03-12")}},
		{name: "later alone counts from the date before", text: "The storm came ashore on Tuesday and a day later it weakened.",
			want: []got{day("Tuesday", "2024-03-12"), day("a day later", "2024-03-13")}},
	})
}

func TestPartOfDayBeforeTheDay(t *testing.T) {
	runCases(t, []extractCase{
		// Friday 15 March 2024.
		{name: "mid-afternoon yesterday", text: "At mid-afternoon yesterday, the index was flat.",
			want: []got{day("mid-afternoon yesterday", "2024-03-14TAF")}},
		{name: "late afternoon and a weekday", text: "The ferry docked late afternoon Tuesday.",
			want: []got{day("late afternoon Tuesday", "2024-03-12TAF")}},
		{name: "a part of the day alone is no date", text: "The ferry docked in the afternoon.",
			want: nil},
	})
}

func TestMeetingAnAim(t *testing.T) {
	runCases(t, []extractCase{
		// Friday 15 March 2024.
		{name: "meeting demand is no meeting ahead", pub: "2024-10-26",
			text: "Shortages made it hard for the firm to meet demand well into the summer.",
			want: []got{{"the summer", "2024-SU", "2024-06-01", "2024-08-31"}}},
		{name: "ministers meeting is one", text: "The ministers agreed to meet on Tuesday.",
			want: []got{day("Tuesday", "2024-03-19")}},
	})
}
