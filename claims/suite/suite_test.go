package suite

import (
	"bytes"
	"flag"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"crosscheck/claims"
	"crosscheck/claims/dates"
	"crosscheck/claims/quantity"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// fake is a claim a test extractor returns: at the nth occurrence of text
// in the case, with this value.
type fake struct {
	text  string
	nth   int
	value claims.Value
}

func day1(iso string) dates.Date { return dates.Date{ISO: iso, Min: iso, Max: iso} }

func length(m float64) quantity.Quantity {
	return quantity.Quantity{Dimension: "length", Unit: "m", Value: m, Min: m, Max: m}
}

func count(v, lo, hi float64, qual string) quantity.Quantity {
	return quantity.Quantity{Dimension: "count", Value: v, Min: lo, Max: hi, Qualifier: qual}
}

func measure(dim, unit string, v float64) quantity.Quantity {
	return quantity.Quantity{Dimension: dim, Unit: unit, Value: v, Min: v, Max: v}
}

var inf = math.Inf(1)

// fakeClaims are what a perfect-or-not extractor returns for the toy
// suites in testdata/suites; the figures the tests expect are counted by
// hand from this table (see each case's comment).
var fakeClaims = map[string][]fake{
	// dimension_length: 4 expected, 4 counted claims, 3 overlap, 2 right
	"len-1": {{"12 m", 0, length(12)}, {"long", 0, day1("2016-01-01")}}, // the date is not counted
	"len-2": {{"3-mile", 0, length(4830)}},                              // 0.04% off: right
	"len-3": {{"here", 0, length(1)}},                                   // a claim on a negative case
	"len-4": {{"2 ft", 0, length(0.7)}},                                 // 15% off; "30 cm" missed
	// numberrange: 5 expected, 5 range claims, 5 overlap, 4 right
	"rng-1": {{"Between 40 and 60", 0, count(40, 40, 60, "between")}, {"about 5", 0, count(5, 5, 5, "about")}},
	"rng-2": {{"more than 300", 0, count(300, 300, inf, "more than")}},
	"rng-3": {{"at least 300", 0, count(300, 300, inf, "more than")}}, // strict, but "[300,)" is closed
	"rng-4": {{"Fewer than 50", 0, count(50, 0, 50, "fewer than")}},
	"rng-5": {{"Up to 70", 0, count(70, 0, 70.3, "up to")}}, // 0.43% off: right
	// datetime: 7 expected, 6 claims, 6 overlap, 5 right; news 4 of 4
	"dt-1": {{"Friday", 0, day1("2016-11-04")}},
	"dt-2": {{"Friday", 0, day1("2016-11-11")}}, // an alternative; a request, not news
	"dt-3": {{"from 3 to 12 September", 0, dates.Date{ISO: "2016-09-03/2016-09-12", Min: "2016-09-03", Max: "2016-09-12"}}},
	"dt-4": {{"3 hours", 0, measure("duration", "s", 10800)}},
	"dt-5": {{"October 14 at 8:00am", 0, dates.Date{ISO: "2016-10-14T09:00", Min: "2016-10-14", Max: "2016-10-14", Time: "09:00"}}},
	"dt-6": {{"last week", 0, dates.Date{ISO: "2016-W44", Min: "2016-10-31", Max: "2016-11-06"}}},
	// dt-7 (a set): nothing
	// duckling_time: 5 expected, 5 claims, 5 overlap, 3 right; news 3 of 4
	"dk-1": {{"thursday", 0, day1("2013-02-07")}}, // the past Thursday: news only
	"dk-2": {{"next thursday", 0, day1("2013-02-21")}},
	"dk-3": {{"Aug 8", 0, day1("2012-08-08")}}, // news only
	"dk-4": {{"at 3pm", 0, dates.Date{ISO: "2013-02-12T15:00", Min: "2013-02-12", Max: "2013-02-12", Time: "15:00"}}},
	"dk-5": {{"the 24th", 0, day1("2013-02-24")}}, // Duckling's reading, not the news one
	// quantulum3: 6 expected, 6 claims, 6 overlap, 4 right
	"q-1": {{"2 kg", 0, measure("mass", "kg", 2)}, {"2 KG", 0, measure("mass", "kg", 2)}},
	"q-2": {{"£40", 0, measure("money", "GBP", 40)}, {"45 euros", 0, measure("money", "USD", 45)}},
	"q-3": {{"20 °C", 0, measure("temperature", "K", 293.15)}, {"20 °C", 1, measure("temperature", "K", 294)}},
	// timeml: 8 expected, 8 counted claims, 7 overlap, 6 right
	"toy-1": {
		{"5%", 0, measure("percent", "%", 5)}, // not counted
		{"Wednesday", 0, day1("1998-01-07")},
		{"this week", 0, dates.Date{ISO: "1998-W02", Min: "1998-01-05", Max: "1998-01-11"}},
		{"the first quarter", 0, dates.Date{ISO: "1998-Q1", Min: "1998-01-01", Max: "1998-03-31"}},
		{"the 1990s", 0, dates.Date{ISO: "199", Min: "1990-01-01", Max: "1999-12-31"}},
		{"three years", 0, measure("duration", "s", 3*365*86400)}, // 0.07% short of 3 × 365.25 days
		{"now", 0, dates.Date{ISO: "PRESENT_REF"}},
		{"this summer", 0, dates.Date{ISO: "SUMMER", Min: "1998-06-21", Max: "1998-09-22"}}, // not the TIMEX season
		{"Trading", 0, day1("1998-01-08")},                                                  // a spurious date
	},
}

// fakeExtract returns the claims of fakeClaims for a document, placed at
// the nth occurrence of their text.
func fakeExtract(t *testing.T) func(*claims.Document) []claims.Claim {
	return func(doc *claims.Document) []claims.Claim {
		var out []claims.Claim
		for _, f := range fakeClaims[doc.ID] {
			at := -1
			for k := 0; k <= f.nth; k++ {
				i := strings.Index(doc.Text[at+1:], f.text)
				if i < 0 {
					t.Fatalf("%s: fake claim %q (#%d) not in the text", doc.ID, f.text, f.nth)
				}
				at += 1 + i
			}
			out = append(out, claims.Claim{Doc: doc.ID, Kind: kindOf(f.value), Text: f.text, Start: at, End: at + len(f.text), Value: f.value})
		}
		return out
	}
}

func kindOf(v claims.Value) claims.Kind {
	if _, ok := v.(dates.Date); ok {
		return claims.Date
	}
	return claims.Quantity
}

func loadToys(t *testing.T) []Case {
	t.Helper()
	var cases []Case
	for _, f := range []string{"sentences", "dates", "quantities", "timeml"} {
		cs, err := LoadFile(filepath.Join("testdata", "suites", f+".jsonl"))
		if err != nil {
			t.Fatal(err)
		}
		cases = append(cases, cs...)
	}
	return cases
}

// tally is a Score without its failure lists.
type tally struct {
	Cases, Negatives, NegativesClean     int
	Expected, Extracted, SpanTP, ValueTP int
	News, NewsTP                         int
}

func tallyOf(s *Score) tally {
	return tally{s.Cases, s.Negatives, s.NegativesClean, s.Expected, s.Extracted, s.SpanTP, s.ValueTP, s.News, s.NewsTP}
}

func TestRunToySuites(t *testing.T) {
	r := RunWith(loadToys(t), fakeExtract(t))
	want := map[string]tally{
		"dimension_length": {Cases: 4, Negatives: 1, NegativesClean: 0, Expected: 4, Extracted: 4, SpanTP: 3, ValueTP: 2},
		"numberrange":      {Cases: 5, Expected: 5, Extracted: 5, SpanTP: 5, ValueTP: 4},
		"datetime":         {Cases: 7, Expected: 7, Extracted: 6, SpanTP: 6, ValueTP: 5, News: 4, NewsTP: 4},
		"duckling_time":    {Cases: 5, Expected: 5, Extracted: 5, SpanTP: 5, ValueTP: 3, News: 4, NewsTP: 3},
		"quantulum3":       {Cases: 3, Expected: 6, Extracted: 6, SpanTP: 6, ValueTP: 4},
		"timeml":           {Cases: 2, Negatives: 1, NegativesClean: 1, Expected: 8, Extracted: 8, SpanTP: 7, ValueTP: 6},
		// files with several suites add up
		"sentences": {Cases: 9, Negatives: 1, Expected: 9, Extracted: 9, SpanTP: 8, ValueTP: 6},
		"dates":     {Cases: 12, Expected: 12, Extracted: 11, SpanTP: 11, ValueTP: 8, News: 8, NewsTP: 7},
	}
	got := map[string]tally{}
	for _, s := range r.Suites {
		got[s.Name] = tallyOf(s)
	}
	for _, f := range r.Files {
		if f.Name == "sentences" || f.Name == "dates" {
			got[f.Name] = tallyOf(f)
		}
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("tallies (-want +got):\n%s", d)
	}
}

// TestF1Arithmetic checks the ratios on the toy figures, computed by hand.
func TestF1Arithmetic(t *testing.T) {
	tests := []struct {
		name                 string
		s                    Score
		spanP, spanR, spanF1 float64
		valP, valR, valF1    float64
	}{
		// 4 expected, 4 extracted, 3 overlap, 2 right
		{"dimension_length", Score{Expected: 4, Extracted: 4, SpanTP: 3, ValueTP: 2}, 0.75, 0.75, 0.75, 0.5, 0.5, 0.5},
		// 7 expected, 6 extracted, 6 overlap, 5 right: F1 = 12/13 and 10/13
		{"datetime", Score{Expected: 7, Extracted: 6, SpanTP: 6, ValueTP: 5}, 1, 6.0 / 7, 12.0 / 13, 5.0 / 6, 5.0 / 7, 10.0 / 13},
		// nothing found: 0, not undefined
		{"nothing found", Score{Expected: 3}, math.NaN(), 0, 0, math.NaN(), 0, 0},
		// nothing to find and nothing found: undefined
		{"empty", Score{}, math.NaN(), math.NaN(), math.NaN(), math.NaN(), math.NaN(), math.NaN()},
	}
	eq := func(a, b float64) bool { return math.IsNaN(a) && math.IsNaN(b) || math.Abs(a-b) < 1e-12 }
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := []float64{tt.s.SpanPrecision(), tt.s.SpanRecall(), tt.s.SpanF1(), tt.s.ValuePrecision(), tt.s.ValueRecall(), tt.s.ValueF1()}
			want := []float64{tt.spanP, tt.spanR, tt.spanF1, tt.valP, tt.valR, tt.valF1}
			for i := range got {
				if !eq(got[i], want[i]) {
					t.Errorf("P/R/F1 span then value: want %v, got %v", want, got)
					break
				}
			}
		})
	}
}

func TestFailures(t *testing.T) {
	r := RunWith(loadToys(t), fakeExtract(t))
	type brief struct{ Kind, Case, Span string }
	want := map[string][]brief{
		"dimension_length": {{"extra", "len-3", "here"}, {"wrong", "len-4", "2 ft"}, {"miss", "len-4", "30 cm"}},
		"numberrange":      {{"wrong", "rng-3", "at least 300"}},
		"datetime":         {{"wrong", "dt-5", "October 14 at 8:00am"}, {"miss", "dt-7", "every Monday"}},
		"duckling_time":    {{"wrong", "dk-1", "thursday"}, {"wrong", "dk-3", "Aug 8"}},
		"quantulum3":       {{"wrong", "q-2", "45 euros"}, {"wrong", "q-3", "20 °C"}},
		"timeml":           {{"miss", "toy-1", "daily"}, {"wrong", "toy-1", "this summer"}, {"extra", "toy-1", "Trading"}},
	}
	got := map[string][]brief{}
	for _, s := range r.Suites {
		for _, f := range s.Failures {
			got[s.Name] = append(got[s.Name], brief{f.Kind, f.CaseID, f.Text[f.Start:f.End]})
		}
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("failures (-want +got):\n%s", d)
	}
	var news []brief
	for _, s := range r.Suites {
		for _, f := range s.NewsFailures {
			news = append(news, brief{f.Kind, f.CaseID, f.Text[f.Start:f.End]})
		}
	}
	if d := cmp.Diff([]brief{{"wrong", "dk-5", "the 24th"}}, news); d != "" {
		t.Errorf("news failures (-want +got):\n%s", d)
	}
}

// TestReportGolden checks the printed table and failure list; run with
// -update to rewrite testdata/report.golden after reading the diff.
func TestReportGolden(t *testing.T) {
	r := RunWith(loadToys(t), fakeExtract(t))
	var buf bytes.Buffer
	if err := r.WriteTable(&buf); err != nil {
		t.Fatal(err)
	}
	if err := r.WriteFailures(&buf, 2); err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "report.golden")
	if *update {
		if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(string(want), buf.String()); d != "" {
		t.Errorf("report (-want +got):\n%s", d)
	}
	// The same input gives the same bytes.
	var again bytes.Buffer
	r2 := RunWith(loadToys(t), fakeExtract(t))
	_ = r2.WriteTable(&again)
	_ = r2.WriteFailures(&again, 2)
	if again.String() != buf.String() {
		t.Error("two runs printed different reports")
	}
}
