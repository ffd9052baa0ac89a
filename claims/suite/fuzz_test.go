package suite

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzRead feeds suite lines to the reader: it must not panic, and every
// span it accepts must lie inside the case text on UTF-8 boundaries.
func FuzzRead(f *testing.F) {
	seeds := []string{
		`{"id":"a","suite":"dimension_length","input":"The 40-km pipeline","reference_date":null,"expected":[{"text":"40-km","start":4,"end":9,"type":"dimension/Length","value":40,"unit":"Kilometer","si_value":40000,"si_unit":"m"}]}`,
		`{"id":"b","suite":"quantulum3","input":"Rents rose to €1,200 in Zürich","reference_date":null,"expected":[{"text":"€1,200","type":"quantity/currency","value":1200,"unit":"euro"}]}`,
		`{"id":"c","suite":"datetime","input":"Polls close on Sunday","reference_date":"2016-11-07T00:00:00","expected":[{"text":"sunday","start":14,"end":20,"type":"datetimeV2.date","value":"2016-11-06","timex":"XXXX-WXX-7","alternatives":["2016-11-06","2016-11-13"]}]}`,
		`{"id":"d","suite":"duckling_time","input":"the 3rd of May","reference_date":"2013-02-12T04:30:00-02:00","expected":[{"text":"the 3rd of May","type":"time","value":"2013-05-03T00:00:00","grain":"Day"}]}`,
		`{"doc_id":"e","dct":"1998-03-02","text":"\nShares fell on Monday after a week of gains.\n","timexes":[{"start":16,"end":22,"type":"DATE","value":"1998-03-02","text":"Monday"},{"start":31,"end":37,"type":"DURATION","value":"P1W","text":"a week"}]}`,
		`{"id":"f","suite":"numberrange","input":"Fewer than 90 remain","reference_date":null,"expected":[{"text":"Fewer than 90","start":0,"end":13,"type":"numberrange","value":"(,90)"}]}`,
		`{"id":"g","suite":"x","input":"é","expected":[{"text":"é","start":0,"end":1}]}`,
	}
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		cases, err := Read(strings.NewReader(line), "fuzz.jsonl")
		if err != nil {
			return
		}
		for _, c := range cases {
			for _, e := range c.Expected {
				if e.Start < 0 || e.End < e.Start || e.End > len(c.Text) {
					t.Fatalf("case %s: span [%d,%d) outside a text of %d bytes", c.ID, e.Start, e.End, len(c.Text))
				}
				if !onBoundary(c.Text, e.Start) || !onBoundary(c.Text, e.End) {
					t.Fatalf("case %s: span [%d,%d) splits a character", c.ID, e.Start, e.End)
				}
			}
		}
	})
}

// FuzzTimex feeds TIMEX3 values to the date and duration readers: no
// panic, and a date reading never ends before it starts.
func FuzzTimex(f *testing.F) {
	for _, s := range []string{
		"1998-01-08", "1998-W02-WE", "1998-Q3", "1998-SU", "199", "19XX",
		"1998-01-08TNI", "1998-01-08T14:30", "P2Y6M", "PT1H30M", "PXY",
		"P1.5D", "2000-W7", "XXXX-WXX-1", "PRESENT_REF", "1998-H2",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, v string) {
		if r, ok := timexDate(v); ok && !r.timeOnly && r.max < r.min {
			t.Fatalf("%q reads as [%s, %s]", v, r.min, r.max)
		}
		if sec, _, ok := parseDuration(v); ok && sec < 0 {
			t.Fatalf("%q reads as %v seconds", v, sec)
		}
	})
}

// onBoundary reports whether byte offset i of s starts a character or is
// the end of s.
func onBoundary(s string, i int) bool {
	return i == len(s) || utf8.RuneStart(s[i])
}

// FuzzCompoundPieces feeds claim texts to the cuts the scorer makes in a
// measure in parts and in a range of durations: no panic, and every
// piece inside the text, in order, on UTF-8 boundaries.
func FuzzCompoundPieces(f *testing.F) {
	for _, s := range []string{
		"4 years and 7 months", "2 years, 5 months, 3 days, and 7 hours", "3 hours 40 minutes",
		"twenty-one weeks and six days", "an hour and a half", "6 feet, 2 inches", "1m 40cm",
		"between 3 and 5 days", "four to six weeks", "12–18 months", "and 4", ", 5", "é 3 ü 4 ñ",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		last := 0
		for _, p := range compoundPieces(s) {
			if p[0] < last || p[1] < p[0] || p[1] > len(s) {
				t.Fatalf("compoundPieces(%q): piece [%d,%d) out of order or outside", s, p[0], p[1])
			}
			if utf8.ValidString(s) && (!onBoundary(s, p[0]) || !onBoundary(s, p[1])) {
				t.Fatalf("compoundPieces(%q): piece [%d,%d) splits a character", s, p[0], p[1])
			}
			last = p[1]
		}
	})
}
