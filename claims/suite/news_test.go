package suite

import (
	"strings"
	"testing"

	"crosscheck/claims"
	"crosscheck/claims/dates"
)

func TestIsRequest(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Book a table for four on Sunday", true},
		{"schedule the review for next Tuesday", true},
		{"Could you move my dentist appointment to 3 June?", true},
		{"Please send the slides before noon", true},
		{"Let's have lunch on Thursday", true},
		{"I want to fly to Lima on May 2", true},
		{"The ferry sank on Friday.", false},
		{"Officials said the bridge will reopen next week.", false},
		{"I'll be away until 4 January.", false},
		{"Prices rose 4% in the third quarter", false},
		{"Booked flights fell sharply in March", false}, // "booked" is not "book"
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := isRequest(tt.in); got != tt.want {
				t.Errorf("want %v, got %v", tt.want, got)
			}
		})
	}
}

func TestIsBare(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Thursday", true},
		{"on the 3rd", true},
		{"Sept. 9", true},
		{"in March", true},
		{"9/14", true},
		{"next Thursday", false},
		{"this coming Monday", false},
		{"upcoming Friday", false},
		{"tomorrow", false},
		{"in 3 days", false},
		{"in a week", false},
		{"two weeks from now", false},
		{"Friday after next", false},
		{"last Tuesday", false},
		{"March 3, 2015", false},
		{"9/14/15", false},
		{"the spring of '74", false},
		// prepositions leave the pattern bare; "since" looks back
		{"from June 2-4", true},
		{"until May 9", true},
		{"by Wednesday", true},
		{"since April", false},
		// "last" inside a named month orders, it does not point back
		{"the last week of June", true},
		{"last Sunday in May", true},
		{"last May", false},
		{"last week", false},
		// "the month" is the current one; "the week of" a day is not
		{"the 30th day of the month", false},
		{"the week of June 9th", true},
		// two dates of two parts carry no year; words may spell one
		{"from 3/1 to 4/9", true},
		{"June two thousand and twelve", false},
		{"May nineteen eighty", false},
		// "later than" bounds a time; "later" after an amount is an offset
		{"later than 9:30 on Monday", true},
		{"3 weeks later", false},
		{"the weekend", true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := isBare(tt.in); got != tt.want {
				t.Errorf("want %v, got %v", tt.want, got)
			}
		})
	}
}

func TestIsNewsDate(t *testing.T) {
	tests := []struct {
		name, entity, input string
		want                bool
	}{
		{"RT date", `{"text":"friday","type":"datetimeV2.date"}`, "The mayor resigned on Friday", true},
		{"RT daterange", `{"text":"last week","type":"datetimeV2.daterange"}`, "Sales fell last week", true},
		{"RT datetime naming a day", `{"text":"tuesday 9 am","type":"datetimeV2.datetime"}`, "Polls opened Tuesday 9 am", true},
		{"RT datetime without a day", `{"text":"now","type":"datetimeV2.datetime"}`, "Rescuers are searching now", false},
		{"RT time", `{"text":"7pm","type":"datetimeV2.time"}`, "The vote closed at 7pm", false},
		{"RT duration", `{"text":"3 hours","type":"datetimeV2.duration"}`, "The siege lasted 3 hours", false},
		{"RT set", `{"text":"every day","type":"datetimeV2.set"}`, "Trains run every day", false},
		{"RT request", `{"text":"friday","type":"datetimeV2.date"}`, "Book a table on Friday", false},
		{"Duckling day", `{"text":"the 3rd of May","type":"time","grain":"Day"}`, "the 3rd of May", true},
		{"Duckling month", `{"text":"in March","type":"time","grain":"Month"}`, "in March", true},
		{"Duckling hour, a day named", `{"text":"Friday at 9","type":"time","grain":"Hour"}`, "Friday at 9", true},
		{"Duckling hour", `{"text":"at 9","type":"time","grain":"Hour"}`, "at 9", false},
		{"Duckling hours, no day", `{"text":"10:15 - 12:00","type":"time/interval","grain":"Minute"}`, "10:15 - 12:00", false},
		{"Duckling hours with h", `{"text":"14h15-16h","type":"time/interval","grain":"Minute"}`, "14h15-16h", false},
		{"Duckling hours across noon", `{"text":"10:30-2:30","type":"time/interval","grain":"Minute"}`, "10:30-2:30", false},
		{"Duckling hours with a weekday", `{"text":"from 10:15 to 12:00 on Monday","type":"time/interval","grain":"Minute"}`, "from 10:15 to 12:00 on Monday", true},
		{"Duckling holiday", `{"text":"Christmas","type":"time","grain":"Day","holiday":"Christmas"}`, "Christmas", false},
		{"a measure", `{"text":"3 km","type":"dimension/Length"}`, "a 3 km road", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := isNewsDate(raw(t, tt.entity), "", tt.input); got != tt.want {
				t.Errorf("want %v, got %v", tt.want, got)
			}
		})
	}
}

func TestNewsReading(t *testing.T) {
	// Duckling's reference: Tuesday 12 February 2013; the sentence is
	// the expression itself.
	duck := dates.Partial{Year: 2013, Month: 2, Day: 12}
	// A Monday, 7 November 2016, as in Recognizers-Text's cases.
	rt := dates.Partial{Year: 2016, Month: 11, Day: 7}
	friday := `{"text":"friday","type":"datetimeV2.date","value":"2016-11-04","timex":"XXXX-WXX-5","alternatives":["2016-11-04","2016-11-11"]}`
	tests := []struct {
		name   string
		ref    dates.Partial
		input  string // the sentence; the entity's text when empty
		entity string
		claim  string // the claim's day, or its interval min..max
		want   bool
	}{
		{"bare weekday: the past one", duck, "", `{"text":"thursday","type":"time","value":"2013-02-14T00:00:00","grain":"Day"}`, "2013-02-07", true},
		{"bare weekday: not the future one", duck, "", `{"text":"thursday","type":"time","value":"2013-02-14T00:00:00","grain":"Day"}`, "2013-02-14", false},
		{"the reference day's weekday is today", duck, "", `{"text":"tuesday","type":"time","value":"2013-02-12T00:00:00","grain":"Day"}`, "2013-02-12", true},
		{"marked: next", duck, "", `{"text":"next thursday","type":"time","value":"2013-02-21T00:00:00","grain":"Day"}`, "2013-02-21", true},
		{"month and day: a year earlier", duck, "", `{"text":"Aug 8","type":"time","value":"2013-08-08T00:00:00","grain":"Day"}`, "2012-08-08", true},
		{"numeric month/day", duck, "", `{"text":"3/15","type":"time","value":"2013-03-15T00:00:00","grain":"Day"}`, "2012-03-15", true},
		{"explicit year stays", duck, "", `{"text":"Aug 8 2013","type":"time","value":"2013-08-08T00:00:00","grain":"Day"}`, "2013-08-08", true},
		{"day of month: a month earlier", duck, "", `{"text":"the 24th","type":"time","value":"2013-02-24T00:00:00","grain":"Day"}`, "2013-01-24", true},
		{"bare month", duck, "", `{"text":"in May","type":"time","value":"2013-05-01T00:00:00","grain":"Month"}`, "2012-05-01..2012-05-31", true},
		{"month interval", duck, "", `{"text":"June 4-6","type":"time/interval","value":"2013-06-04T00:00:00","end":"2013-06-07T00:00:00","grain":"Day"}`, "2012-06-04..2012-06-06", true},
		// 15 March 2013 was a Friday.
		{"weekday, month and day: the calendar decides", duck, "", `{"text":"Friday, Mar 15","type":"time","value":"2013-03-15T00:00:00","grain":"Day"}`, "2013-03-15", true},
		// The first Thursday of November 2012 was the 1st.
		{"nth weekday of a month", duck, "", `{"text":"first thursday of november","type":"time","value":"2013-11-07T00:00:00","grain":"Day"}`, "2012-11-01", true},
		// 15 November 2012 was the last Thursday the 15th before the reference.
		{"weekday and day of month", duck, "", `{"text":"Thu 15th","type":"time","value":"2013-08-15T00:00:00","grain":"Day"}`, "2012-11-15", true},
		{"numeric date with spaces", duck, "", `{"text":"2 / 15","type":"time","value":"2013-02-15T00:00:00","grain":"Day"}`, "2012-02-15", true},
		{"hour grain judged by its day", duck, "", `{"text":"Saturday at 9","type":"time","value":"2013-02-16T09:00:00","grain":"Hour"}`, "2013-02-09", true},
		{"a past value stays", duck, "", `{"text":"yesterday","type":"time","value":"2013-02-11T00:00:00","grain":"Day"}`, "2013-02-11", true},
		// A clock time is no day of the month.
		{"weekday with a clock time", duck, "", `{"text":"Friday 7:00 GMT","type":"time","value":"2013-02-15T05:00:00","grain":"Minute"}`, "2013-02-08", true},
		{"weekday after an hour range", duck, "", `{"text":"between 10:15 and 12:00 on friday","type":"time/interval","value":"2013-02-15T10:15:00","end":"2013-02-15T12:01:00","grain":"Minute"}`, "2013-02-08", true},
		// "from" does not mark; "for 6 days" counts, it names no day
		{"from a range of days", duck, "", `{"text":"from June 2-4","type":"time/interval","value":"2013-06-02T00:00:00","end":"2013-06-05T00:00:00","grain":"Day"}`, "2012-06-02..2012-06-04", true},
		{"a day and a count of days", duck, "", `{"text":"3rd May for 6 days","type":"time/interval","value":"2013-05-03T00:00:00","end":"2013-05-10T00:00:00","grain":"Day"}`, "2012-05-03..2012-05-09", true},
		// anchored periods: rolling, or whole units
		{"next days: the days after today", duck, "", `{"text":"next 4 days","type":"time/interval","value":"2013-02-13T00:00:00","end":"2013-02-17T00:00:00","grain":"Day"}`, "2013-02-13..2013-02-16", true},
		{"past weeks, rolling", duck, "", `{"text":"past 3 weeks","type":"time/interval","value":"2013-01-21T00:00:00","end":"2013-02-11T00:00:00","grain":"Week"}`, "2013-01-22..2013-02-11", true},
		{"past weeks, whole", duck, "", `{"text":"past 3 weeks","type":"time/interval","value":"2013-01-21T00:00:00","end":"2013-02-11T00:00:00","grain":"Week"}`, "2013-01-21..2013-02-10", true},
		{"past weeks, today is not in them", duck, "", `{"text":"past 3 weeks","type":"time/interval","value":"2013-01-21T00:00:00","end":"2013-02-11T00:00:00","grain":"Week"}`, "2013-01-22..2013-02-12", false},
		{"count before the direction", duck, "", `{"text":"3 upcoming months","type":"time","value":"2013-05-01T00:00:00","grain":"Month"}`, "2013-02-13..2013-05-12", true},
		// weeks and weekends of a month: both conventions, placed by tense
		{"first week, touching the month", duck, "", `{"text":"first week of june 2015","type":"time","value":"2015-06-01T00:00:00","grain":"Week"}`, "2015-06-01..2015-06-07", true},
		// 1 March 2014 was a Saturday.
		{"first week, touching", duck, "", `{"text":"first week of march 2014","type":"time","value":"2014-03-03T00:00:00","grain":"Week"}`, "2014-02-24..2014-03-02", true},
		{"first week, wholly inside", duck, "", `{"text":"first week of march 2014","type":"time","value":"2014-03-03T00:00:00","grain":"Week"}`, "2014-03-03..2014-03-09", true},
		{"first week, a week late", duck, "", `{"text":"first week of march 2014","type":"time","value":"2014-03-03T00:00:00","grain":"Week"}`, "2014-03-10..2014-03-16", false},
		// 9 June 2012 was a Saturday.
		{"the week of a day, the past one", duck, "", `{"text":"the week of june 9th","type":"time","value":"2013-06-03T00:00:00","grain":"Week"}`, "2012-06-04..2012-06-10", true},
		{"last weekend of a month, the past one", duck, "", `{"text":"last weekend of June","type":"time/interval","value":"2013-06-28T18:00:00","end":"2013-07-01T00:00:00","grain":"Hour"}`, "2012-06-30..2012-07-01", true},
		// Duckling's weekend begins on Friday evening; by the date, Saturday.
		{"weekend from Friday evening", duck, "", `{"text":"this weekend","type":"time/interval","value":"2013-02-15T18:00:00","end":"2013-02-18T00:00:00","grain":"Hour"}`, "2013-02-16..2013-02-17", true},
		// "N units ago": the day, or any span of one unit holding it
		{"months ago as the month", duck, "", `{"text":"four months ago","type":"time","value":"2012-10-12T00:00:00","grain":"Day"}`, "2012-10-01..2012-10-31", true},
		{"months ago as the day", duck, "", `{"text":"four months ago","type":"time","value":"2012-10-12T00:00:00","grain":"Day"}`, "2012-10-12", true},
		{"months ago, not the year", duck, "", `{"text":"four months ago","type":"time","value":"2012-10-12T00:00:00","grain":"Day"}`, "2012-01-01..2012-12-31", false},
		{"years hence as the day", duck, "", `{"text":"three years hence","type":"time","value":"2016-02-01T00:00:00","grain":"Month"}`, "2016-02-12", true},
		// a day of the month before a weekday names the day; the calendar decides
		{"day and weekday after the month", duck, "", `{"text":"Aug 22, Fri","type":"time","value":"2014-08-22T00:00:00","grain":"Day"}`, "2014-08-22", true},
		{"weekday and a glued date", duck, "", `{"text":"Sat, Mar16","type":"time","value":"2013-03-16T00:00:00","grain":"Day"}`, "2013-03-16", true},
		// a weekend moves a week at a time
		{"the weekend, the past one", rt, "We met at the lake the weekend.", `{"text":"the weekend","type":"datetimeV2.daterange","value":"2016-11-12/2016-11-14","timex":"2016-W45-WE"}`, "2016-11-05..2016-11-06", true},
		// the present simple of a scheduled event speaks of the future
		{"scheduled present", rt, "The fair opens on Friday", friday, "2016-11-11", true},
		{"the past fortnight", rt, "", `{"text":"past fortnight","type":"datetimeV2.daterange","value":"2016-10-17/2016-10-31","timex":"(2016-10-17,2016-10-31,P2W)"}`, "2016-10-24..2016-11-06", true},
		// a part of a month or year is right by its name and part
		{"start of a year, early", duck, "", `{"text":"start of 2015","type":"time/interval","value":"2015-01-01T00:00:00","end":"2015-04-01T00:00:00","grain":"Month"}`, "early 2015", true},
		{"start of a year, not late", duck, "", `{"text":"start of 2015","type":"time/interval","value":"2015-01-01T00:00:00","end":"2015-04-01T00:00:00","grain":"Month"}`, "late 2015", false},
		{"by the end of next year", duck, "", `{"text":"by the end of next year","type":"time/interval","value":"2013-02-12T04:30:00","end":"2015-01-01T00:00:00","grain":"Second"}`, "late 2014", true},
		{"mid-June, the past one", duck, "", `{"text":"mid-June","type":"time/interval","value":"2013-06-10T00:00:00","end":"2013-06-21T00:00:00","grain":"Day"}`, "mid 2012-06", true},
		// Recognizers-Text alternatives are resolved by the tense.
		{"past tense: the past alternative", rt, "The ferry sank on Friday", friday, "2016-11-04", true},
		{"past tense: not the future alternative", rt, "The ferry sank on Friday", friday, "2016-11-11", false},
		{"future tense: the coming one", rt, "The ferry will sail on Friday", friday, "2016-11-11", true},
		{"future tense: not the past one", rt, "The ferry will sail on Friday", friday, "2016-11-04", false},
		{"future tense moves a past value", rt, "We'll sail on 23/05", `{"text":"23/05","type":"datetimeV2.date","value":"2016-05-23","timex":"XXXX-05-23"}`, "2017-05-23", true},
		{"other alternatives still count", rt, "It rained on 12/12/30", `{"text":"12/12/30","type":"datetimeV2.date","value":"1930-12-12","timex":"XX30-12-12","alternatives":["1930-12-12","2030-12-12"]}`, "2030-12-12", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := raw(t, tt.entity)
			input := tt.input
			if input == "" {
				input = e.Text
			}
			w := expectedValue(e, tt.ref, true)
			w.newsReading(e, input, tt.ref)
			var c claims.Claim
			if mod, iso, ok := strings.Cut(tt.claim, " "); ok {
				// "early 2016": a claim naming a part of a period
				c = claims.Claim{Kind: claims.Date, Value: dates.Date{ISO: iso, Mod: mod}}
			} else {
				lo, hi := tt.claim, tt.claim
				if i := len("2013-02-07"); len(tt.claim) > i {
					lo, hi = tt.claim[:i], tt.claim[i+2:]
				}
				c = d("", lo, hi, "")
			}
			if got := w.Match(&c); got != tt.want {
				t.Errorf("want %v, got %v (news reading %s)", tt.want, got, w.Display)
			}
		})
	}
}

func TestFutureTense(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"The minister will visit Kyiv on Monday", true},
		{"They’ll meet again in May", true},
		{"Talks are due to resume Friday", true},
		{"The court is set to rule on Tuesday", true},
		{"The minister visited Kyiv on Monday", false},
		{"Willis Tower closed on Monday", false},
		{"The festival opens on Sunday", true},
		{"Prices may rise in June", true},
		{"The deal can close on Friday", true},
		{"He should have left on Friday", false},
		{"Officials met in May to discuss it", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := futureTense(tt.in); got != tt.want {
				t.Errorf("want %v, got %v", tt.want, got)
			}
		})
	}
}

func TestNewsSubsetLeavesOutUnscorable(t *testing.T) {
	// An impossible date has no value to compare: it is not measured.
	const line = `{"id":"x-1","suite":"datetime","input":"It fell on feb 31","reference_date":"2016-11-07T00:00:00",` +
		`"expected":[{"text":"feb 31","start":11,"end":17,"type":"datetimeV2.date","value":"not resolved","timex":"XXXX-02-31"}]}`
	cases, err := Read(strings.NewReader(line), "x.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if got := cases[0].Expected[0].News; got {
		t.Errorf("News: want false, got %v", got)
	}
}

func TestSentenceOf(t *testing.T) {
	const in = "We met in the week of May 3rd. We will call you soon."
	want := "We met in the week of May 3rd."
	if got := sentenceOf(in, "the week of May 3rd"); got != want {
		t.Errorf("want %q, got %q", want, got)
	}
}
