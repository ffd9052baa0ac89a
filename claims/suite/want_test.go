package suite

import (
	"encoding/json"
	"math"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"crosscheck/claims"
	"crosscheck/claims/dates"
	"crosscheck/claims/quantity"
)

func TestCodePointOffsets(t *testing.T) {
	tests := []struct {
		name, text, span string
		start, end       int // code points, end exclusive
	}{
		{"ascii", "a 12 m wall", "12 m", 2, 6},
		{"two-byte letters before", "Bogotá's 3 km road", "3 km", 9, 13},
		{"three-byte quote before", "“Yes” – 40 ft", "40 ft", 8, 13},
		{"four-byte emoji before", "🌊 5 m waves", "5 m", 2, 5},
		{"span with accents", "at Zürich 2 km", "Zürich", 3, 9},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			offs := codePointOffsets(tt.text)
			got := tt.text[offs[tt.start]:offs[tt.end]]
			if got != tt.span {
				t.Errorf("code points [%d,%d): want %q, got %q", tt.start, tt.end, tt.span, got)
			}
		})
	}
}

func TestFindFold(t *testing.T) {
	tests := []struct {
		name, text, sub string
		nth             int
		want            string // the text found, or "" for none
		start           int
	}{
		{"first", "2 kg and 2 KG", "2 kg", 0, "2 kg", 0},
		{"second, other case", "2 kg and 2 KG", "2 kg", 1, "2 KG", 9},
		{"third: none", "2 kg and 2 KG", "2 kg", 2, "", 0},
		{"accented upper case", "MÜNCHEN is 5 km", "münchen", 0, "MÜNCHEN", 0},
		{"after multibyte", "£40 and £40", "£40", 1, "£40", 9},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, e, ok := findFold(tt.text, tt.sub, tt.nth)
			if tt.want == "" {
				if ok {
					t.Errorf("want no match, got %q at %d", tt.text[s:e], s)
				}
				return
			}
			if !ok || tt.text[s:e] != tt.want || s != tt.start {
				t.Errorf("want %q at %d, got %q at %d (ok %v)", tt.want, tt.start, tt.text[s:e], s, ok)
			}
		})
	}
}

func TestParseDuration(t *testing.T) {
	tests := []struct {
		in          string
		sec         float64
		unspecified bool
		ok          bool
	}{
		{"P3Y", 3 * 365.25 * 86400, false, true},
		{"P3.5Y", 3.5 * 365.25 * 86400, false, true},
		{"P2M", 2 * 30.4375 * 86400, false, true},
		{"P1W", 7 * 86400, false, true},
		{"P1D", 86400, false, true},
		{"P2Q", 2 * 3 * 30.4375 * 86400, false, true},
		{"P1E", 10 * 365.25 * 86400, false, true},
		{"P2C", 200 * 365.25 * 86400, false, true},
		{"P2L", 2000 * 365.25 * 86400, false, true},
		{"PT3H", 3 * 3600, false, true},
		{"PT1H30M", 5400, false, true},
		{"PT1M30S", 90, false, true},
		{"P1Y6M", 1.5 * 365.25 * 86400, false, true},
		{"P1DT12H", 1.5 * 86400, false, true},
		{"PXY", 365.25 * 86400, true, true},
		{"PTXH", 3600, true, true},
		{"PXX", 0, true, true},
		{"P", 0, false, false},
		{"P3", 0, false, false},
		{"P3Z", 0, false, false},
		{"1998", 0, false, false},
		{"P3XY", 0, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			sec, unspec, ok := parseDuration(tt.in)
			if ok != tt.ok || unspec != tt.unspecified || math.Abs(sec-tt.sec) > 1e-6 {
				t.Errorf("want (%v, %v, %v), got (%v, %v, %v)", tt.sec, tt.unspecified, tt.ok, sec, unspec, ok)
			}
		})
	}
}

func TestTimexDate(t *testing.T) {
	tests := []struct {
		in       string
		min, max string
		within   bool
		time     string
		ok       bool
	}{
		{"1998-01-08", "1998-01-08", "1998-01-08", false, "", true},
		{"1998-02", "1998-02-01", "1998-02-28", false, "", true},
		{"2000-02", "2000-02-01", "2000-02-29", false, "", true},
		// ISO week 2 of 1998: Jan 4, 1998 was a Sunday, so week 1 began
		// Monday, Dec 29, 1997.
		{"1998-W02", "1998-01-05", "1998-01-11", false, "", true},
		{"2000-W7", "2000-02-14", "2000-02-20", false, "", true},
		{"1998-W02-WE", "1998-01-10", "1998-01-11", false, "", true},
		{"1998-W02-3", "1998-01-07", "1998-01-07", false, "", true},
		{"1998-Q1", "1998-01-01", "1998-03-31", false, "", true},
		{"1998-Q4", "1998-10-01", "1998-12-31", false, "", true},
		{"1998-H2", "1998-07-01", "1998-12-31", false, "", true},
		{"1998-SU", "1998-06-01", "1998-08-31", false, "", true},
		{"1998-WI", "1998-12-01", "1999-02-28", false, "", true},
		{"1998", "1998-01-01", "1998-12-31", false, "", true},
		{"199", "1990-01-01", "1999-12-31", false, "", true},
		{"19", "1900-01-01", "1999-12-31", false, "", true},
		{"1998-01-08T14:00", "1998-01-08", "1998-01-08", false, "14:00", true},
		{"1998-01-08T14", "1998-01-08", "1998-01-08", false, "14:00", true},
		{"1998-01-08TNI", "1998-01-08", "1998-01-08", false, "NI", true},
		{"1998-XX", "1998-01-01", "1998-12-31", true, "", true},
		{"1998-WXX", "1998-01-01", "1998-12-31", true, "", true},
		{"1998-01-XX", "1998-01-01", "1998-01-31", true, "", true},
		{"199X", "1990-01-01", "1999-12-31", true, "", true},
		{"19XX", "1900-01-01", "1999-12-31", true, "", true},
		{"XXXX-10-14", "", "", false, "", false},
		{"1998-13", "", "", false, "", false},
		{"1998-02-30", "", "", false, "", false},
		{"PRESENT_REF", "", "", false, "", false},
		{"1998-01-08T25:00", "", "", false, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			r, ok := timexDate(tt.in)
			if ok != tt.ok {
				t.Fatalf("ok: want %v, got %v (%+v)", tt.ok, ok, r)
			}
			if !ok {
				return
			}
			got := []any{r.min.String(), r.max.String(), r.within, r.time}
			want := []any{tt.min, tt.max, tt.within, tt.time}
			if d := cmp.Diff(want, got); d != "" {
				t.Errorf("min, max, within, time (-want +got):\n%s", d)
			}
		})
	}
}

// raw builds an expected entity from JSON, as a suite line holds it.
func raw(t *testing.T, js string) *rawEntity {
	t.Helper()
	var e rawEntity
	if err := json.Unmarshal([]byte(js), &e); err != nil {
		t.Fatal(err)
	}
	return &e
}

func q(dim, unit string, v, lo, hi float64, qual string) claims.Claim {
	return claims.Claim{Kind: claims.Quantity, Value: quantity.Quantity{Dimension: dim, Unit: unit, Value: v, Min: lo, Max: hi, Qualifier: qual}}
}

func d(iso, lo, hi, tod string) claims.Claim {
	return claims.Claim{Kind: claims.Date, Value: dates.Date{ISO: iso, Min: lo, Max: hi, Time: tod}}
}

// period is a date claim for an anchored period that states duration.
func period(duration string) claims.Claim {
	return claims.Claim{Kind: claims.Date, Value: dates.Date{Duration: duration, Precision: "period"}}
}

func TestValueRules(t *testing.T) {
	ninf, pinf := math.Inf(-1), math.Inf(1)
	ref := dates.Partial{Year: 2016, Month: 11, Day: 7}
	tests := []struct {
		name   string
		entity string // a sentence suite's expected entity
		claim  claims.Claim
		want   bool
	}{
		// measures in SI within 0.5%
		{"miles in metres", `{"type":"dimension/Length","value":10,"unit":"Mile","si_value":16093.44,"si_unit":"m"}`, q("length", "m", 16093, 16093, 16093, ""), true},
		{"0.4% off", `{"type":"dimension/Length","value":10,"unit":"Mile","si_value":16093.44,"si_unit":"m"}`, q("length", "m", 16157, 0, 0, ""), true},
		{"0.6% off", `{"type":"dimension/Length","value":10,"unit":"Mile","si_value":16093.44,"si_unit":"m"}`, q("length", "m", 16190, 0, 0, ""), false},
		{"in km", `{"type":"dimension/Length","value":3,"unit":"Kilometer","si_value":3000,"si_unit":"m"}`, q("length", "km", 3, 3, 3, ""), true},
		{"length is not mass", `{"type":"dimension/Length","value":3,"unit":"Meter","si_value":3,"si_unit":"m"}`, q("mass", "kg", 3, 3, 3, ""), false},
		{"no si_value: own table", `{"type":"quantity/length","value":2,"unit":"inch"}`, q("length", "m", 0.0508, 0, 0, ""), true},
		{"money keeps its currency", `{"type":"quantity/currency","value":40,"unit":"pound sterling"}`, q("money", "GBP", 40, 40, 40, ""), true},
		{"other currency", `{"type":"quantity/currency","value":40,"unit":"pound sterling"}`, q("money", "USD", 40, 40, 40, ""), false},
		{"celsius from kelvin", `{"type":"quantity/temperature","value":32,"unit":"degree Celsius"}`, q("temperature", "K", 305.15, 0, 0, ""), true},
		{"1 degree off is not 0.5% of kelvin", `{"type":"quantity/temperature","value":32,"unit":"degree Celsius"}`, q("temperature", "K", 306.15, 0, 0, ""), false},
		{"fahrenheit from celsius", `{"type":"quantity/temperature","value":212,"unit":"degree Fahrenheit"}`, q("temperature", "degC", 100, 0, 0, ""), true},
		{"a dozen is 12", `{"type":"quantity/dimensionless","value":1,"unit":"dozen"}`, q("count", "", 12, 12, 12, ""), true},
		{"stated value, not the precision interval", `{"type":"quantity/length","value":3200,"unit":"kilometre"}`, q("length", "m", 3.2e6, 3.15e6, 3.25e6, ""), true},
		// a percent is a hundredth of a ratio
		{"three fifths as percent", `{"type":"quantity/dimensionless","value":0.6,"unit":"dimensionless"}`, q("percent", "%", 60, 55, 65, ""), true},
		{"percent of another ratio", `{"type":"quantity/dimensionless","value":0.6,"unit":"dimensionless"}`, q("percent", "%", 66.7, 63, 70, ""), false},
		{"a count is not its percent", `{"type":"quantity/dimensionless","value":60,"unit":"dimensionless"}`, q("percent", "%", 60, 55, 65, ""), false},
		{"ratio bound as percent", `{"type":"numberrange","value":"[0.25,)"}`, q("percent", "%", 25, 25, pinf, "at least"), true},
		{"ratio bound, strict given", `{"type":"numberrange","value":"[0.25,)"}`, q("percent", "%", 25, 25, pinf, "more than"), false},
		{"percentage points are no ratio", `{"type":"quantity/dimensionless","value":0.6,"unit":"dimensionless"}`, q("percent", "pp", 60, 55, 65, ""), false},
		// volume per length is an area, volume per area a length
		{"litres per km as area", `{"type":"quantity/unknown","value":8,"unit":"litre per kilometre"}`, q("volume per length", "m3/m", 8e-6, 0, 0, ""), true},
		{"litres per km, other value", `{"type":"quantity/unknown","value":8,"unit":"litre per kilometre"}`, q("volume per length", "m3/m", 8e-3, 0, 0, ""), false},
		{"rain in litres per square metre is a depth", `{"type":"quantity/length","value":40,"unit":"millimetre"}`, q("volume per area", "m3/m2", 0.04, 0, 0, ""), true},
		{"unit unknown to the table", `{"type":"quantity/unknown","value":1,"unit":"candela second"}`, q("count", "", 1, 1, 1, ""), false},
		// one-sided Duckling distances
		{"above", `{"type":"distance/above","value":5,"unit":"Inch","si_value":0.127,"si_unit":"m"}`, q("length", "m", 0.127, 0.127, pinf, "more than"), true},
		{"above, but bounded", `{"type":"distance/above","value":5,"unit":"Inch","si_value":0.127,"si_unit":"m"}`, q("length", "m", 0.127, 0.127, 0.127, ""), false},
		{"under", `{"type":"distance/under","value":3.5,"unit":"Mile","si_value":5632.704,"si_unit":"m"}`, q("length", "m", 5632.704, 0, 5632.704, "less than"), true},
		{"between km", `{"type":"distance/between","value":"[3,5]","unit":"Kilometre"}`, q("length", "m", 3000, 3000, 5000, "between"), true},
		// value ± uncertainty
		{"range as bounds", `{"type":"quantity/mass","value":47,"unit":"milligram","uncertainty":3}`, q("mass", "kg", 44e-6, 44e-6, 50e-6, "between"), true},
		{"range as centre", `{"type":"quantity/mass","value":47,"unit":"milligram","uncertainty":3}`, q("mass", "kg", 47e-6, 46.5e-6, 47.5e-6, ""), true},
		// number ranges: closures, qualifiers for one-sided ends
		{"half-open as closure", `{"type":"numberrange","value":"[20,30)"}`, q("count", "", 20, 20, 30, "between"), true},
		{"wrong upper end", `{"type":"numberrange","value":"[20,30)"}`, q("count", "", 20, 20, 35, "between"), false},
		{"strict lower", `{"type":"numberrange","value":"(30,)"}`, q("count", "", 30, 30, pinf, "more than"), true},
		{"strict wanted, closed given", `{"type":"numberrange","value":"(30,)"}`, q("count", "", 30, 30, pinf, "at least"), false},
		{"closed wanted, strict given", `{"type":"numberrange","value":"[30,)"}`, q("count", "", 30, 30, pinf, "more than"), false},
		{"unknown qualifier: bounds only", `{"type":"numberrange","value":"[30,)"}`, q("count", "", 30, 30, pinf, "30 or more"), true},
		{"upper bound from zero", `{"type":"numberrange","value":"(,100]"}`, q("count", "", 100, 0, 100, "up to"), true},
		{"upper bound from -Inf", `{"type":"numberrange","value":"(,-30)"}`, q("count", "", -30, ninf, -30, "less than"), true},
		{"zero is not below -30", `{"type":"numberrange","value":"(,-30)"}`, q("count", "", -30, 0, -30, "less than"), false},
		{"exact", `{"type":"numberrange","value":"[170,170]"}`, q("count", "", 170, 170, 170, "exactly"), true},
		{"unbounded needs Inf", `{"type":"numberrange","value":"(30,)"}`, q("count", "", 30, 30, 1e9, "more than"), false},
		// plain numbers
		{"number", `{"type":"number/fraction","value":0.666666666666667}`, q("count", "", 2.0/3, 0, 0, ""), true},
		{"number off by 0.1%", `{"type":"number/integer","value":1000}`, q("count", "", 1001, 0, 0, ""), false},
		{"number with a unit", `{"type":"number/integer","value":3}`, q("length", "m", 3, 3, 3, ""), false},
		// Recognizers-Text dates
		{"day", `{"type":"datetimeV2.date","value":"2016-11-04","timex":"XXXX-WXX-5"}`, d("2016-11-04", "2016-11-04", "2016-11-04", ""), true},
		{"day, with a time added", `{"type":"datetimeV2.date","value":"2016-11-04","timex":"XXXX-WXX-5"}`, d("2016-11-04T09:00", "2016-11-04", "2016-11-04", "09:00"), true},
		{"day wanted, week given", `{"type":"datetimeV2.date","value":"2016-11-04","timex":"XXXX-WXX-5"}`, d("2016-W44", "2016-10-31", "2016-11-06", ""), false},
		{"an alternative", `{"type":"datetimeV2.date","value":"2016-11-04","alternatives":["2016-11-04","2016-11-11"],"timex":"XXXX-WXX-5"}`, d("2016-11-11", "2016-11-11", "2016-11-11", ""), true},
		{"month, exclusive end", `{"type":"datetimeV2.daterange","value":"2016-09-01/2016-10-01","timex":"2016-09"}`, d("2016-09", "2016-09-01", "2016-09-30", ""), true},
		{"month, by timex", `{"type":"datetimeV2.daterange","value":"2016-09-01/2016-10-01","timex":"2016-09"}`, d("2016-09", "", "", ""), true},
		{"named end day: inclusive", `{"text":"from 4 to 23 December","type":"datetimeV2.daterange","value":"2016-12-04/2016-12-23","timex":"(XXXX-12-04,XXXX-12-23,P19D)"}`, d("", "2016-12-04", "2016-12-23", ""), true},
		{"named end day: exclusive too", `{"text":"from 4 to 23 December","type":"datetimeV2.daterange","value":"2016-12-04/2016-12-23","timex":"(XXXX-12-04,XXXX-12-23,P19D)"}`, d("", "2016-12-04", "2016-12-22", ""), true},
		{"named end year: inclusive", `{"text":"2014 to 2018","type":"datetimeV2.daterange","value":"2014-01-01/2018-01-01","timex":"(2014-01-01,2018-01-01,P4Y)"}`, d("", "2014-01-01", "2018-12-31", ""), true},
		{"named end month: inclusive", `{"text":"from May to September","type":"datetimeV2.daterange","value":"2018-05-01/2018-09-01","timex":"(XXXX-05-01,XXXX-09-01,P4M)"}`, d("", "2018-05-01", "2018-09-30", ""), true},
		{"open range with a span as its anchor", `{"text":"by next year's third quarter","type":"datetimeV2.daterange","value":"2017-07-01/","timex":"(2017-07-01,2017-10-01,P3M)","mod":"before"}`, d("2017-Q3", "2017-07-01", "2017-09-30", ""), true},
		{"a quarter named at the end, not its year", `{"text":"from 2015 q2 to 2016 q1","type":"datetimeV2.daterange","value":"2015-04-01/2016-01-01","timex":"(2015-04-01,2016-01-01,P9M)"}`, d("", "2015-04-01", "2016-03-31", ""), true},
		{"ending on a named weekday: included", `{"text":"from next tuesday to thursday","type":"datetimeV2.daterange","value":"2016-11-15/2016-11-17","timex":"(2016-11-15,2016-11-17,P2D)"}`, d("", "2016-11-15", "2016-11-17", ""), true},
		{"ending now: today included", `{"text":"between May 2 and now","type":"datetimeV2.daterange","value":"2016-05-02/2016-11-07","timex":"(XXXX-05-02,2016-11-07,P189D)"}`, d("", "2016-05-02", "2016-11-07", ""), true},
		{"ending at a quarter: the quarter included", `{"text":"from 2015 Q2 to 2016 Q3","type":"datetimeV2.daterange","value":"2015-04-01/2016-07-01","timex":"(2015-04-01,2016-07-01,P15M)"}`, d("", "2015-04-01", "2016-09-30", ""), true},
		{"a quarter not named is not included", `{"text":"from April 2015 to 2016","type":"datetimeV2.daterange","value":"2015-04-01/2016-07-01","timex":"(2015-04-01,2016-07-01,P15M)"}`, d("", "2015-04-01", "2016-09-30", ""), false},
		{"a year range is not open to the next January", `{"text":"2014 to 2018","type":"datetimeV2.daterange","value":"2014-01-01/2018-01-01","timex":"(2014-01-01,2018-01-01,P4Y)"}`, d("", "2014-01-01", "2018-01-01", ""), false},
		{"unnamed end day: exclusive only", `{"text":"the next 3 days","type":"datetimeV2.daterange","value":"2016-11-08/2016-11-11","timex":"(2016-11-08,2016-11-11,P3D)"}`, d("", "2016-11-08", "2016-11-11", ""), false},
		{"open range: anchor", `{"type":"datetimeV2.daterange","value":"2016-08-01/","timex":"XXXX-08","mod":"since"}`, d("2016-08", "2016-08-01", "2016-08-31", ""), true},
		{"datetime needs its time", `{"type":"datetimeV2.datetime","value":"2016-11-08 08:00:00","timex":"2016-11-08T08:00"}`, d("2016-11-08", "2016-11-08", "2016-11-08", ""), false},
		{"datetime with its time", `{"type":"datetimeV2.datetime","value":"2016-11-08 08:00:00","timex":"2016-11-08T08:00"}`, d("2016-11-08T08:00", "2016-11-08", "2016-11-08", "08:00"), true},
		{"now", `{"type":"datetimeV2.datetime","value":"2016-11-07 00:00:00","timex":"PRESENT_REF"}`, d("PRESENT_REF", "", "", ""), true},
		{"time only", `{"type":"datetimeV2.time","value":"19:56:30","timex":"T19:56:30"}`, d("", "", "", "19:56"), true},
		{"duration", `{"type":"datetimeV2.duration","value":"10800","timex":"PT3H"}`, q("duration", "s", 10800, 10800, 10800, ""), true},
		{"months of 30.4375 days", `{"type":"datetimeV2.duration","value":"7776000","timex":"P3M"}`, q("duration", "s", 90*86400, 0, 0, ""), false},
		{"set as ref", `{"type":"datetimeV2.set","value":"not resolved","timex":"P1W"}`, d("P1W", "", "", ""), true},
		// Duckling times
		{"duckling week", `{"type":"time","value":"2013-02-11T00:00:00","grain":"Week"}`, d("2013-W07", "2013-02-11", "2013-02-17", ""), true},
		{"duckling month", `{"type":"time","value":"2013-03-01T00:00:00","grain":"Month"}`, d("2013-03", "2013-03-01", "2013-03-31", ""), true},
		{"duckling interval", `{"type":"time/interval","value":"2013-07-13T00:00:00","end":"2013-07-16T00:00:00","grain":"Day"}`, d("", "2013-07-13", "2013-07-15", ""), true},
		{"duckling season by its name", `{"text":"this autumn","type":"time/interval","value":"2013-09-23T00:00:00","end":"2013-12-21T00:00:00","grain":"Day"}`, d("2013-FA", "2013-09-01", "2013-11-30", ""), true},
		{"duckling season, another one", `{"text":"this autumn","type":"time/interval","value":"2013-09-23T00:00:00","end":"2013-12-21T00:00:00","grain":"Day"}`, d("2013-SU", "2013-06-01", "2013-08-31", ""), false},
		{"duckling winter takes December's year", `{"text":"during the winter","type":"time/interval","value":"2013-12-21T00:00:00","end":"2014-03-20T00:00:00","grain":"Day"}`, d("2013-WI", "2013-12-01", "2014-02-28", ""), true},
		{"duckling hour needs the time", `{"type":"time","value":"2013-02-12T15:00:00","grain":"Hour"}`, d("2013-02-12", "2013-02-12", "2013-02-12", ""), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := raw(t, tt.entity)
			w := expectedValue(e, ref, false)
			if got := w.Match(&tt.claim); got != tt.want {
				t.Errorf("want %v, got %v (expected %s, claim %s)", tt.want, got, w.Display, describe(&tt.claim))
			}
		})
	}
}

func TestTimexWant(t *testing.T) {
	tests := []struct {
		typ, value string
		claim      claims.Claim
		want       bool
	}{
		{"DATE", "1998-01-07", d("1998-01-07", "1998-01-07", "1998-01-07", ""), true},
		{"DATE", "1998-01", d("1998-01", "1998-01-01", "1998-01-31", ""), true},
		{"DATE", "1998-01", d("1998-01-08", "1998-01-08", "1998-01-08", ""), false},
		{"DATE", "1998-SU", d("1998-SU", "1998-06-21", "1998-09-22", ""), true},
		{"DATE", "1998-XX", d("1998-03", "1998-03-01", "1998-03-31", ""), true},
		{"DATE", "1998-XX", d("1997-12", "1997-12-01", "1997-12-31", ""), false},
		{"TIME", "1998-01-08T14:00", d("1998-01-08", "1998-01-08", "1998-01-08", ""), false},
		{"TIME", "1998-01-08T14:00", d("1998-01-08T14:00", "1998-01-08", "1998-01-08", "14:00"), true},
		{"TIME", "1998-01-08TNI", d("1998-01-08TNI", "1998-01-08", "1998-01-08", ""), true},
		{"DATE", "PRESENT_REF", d("PRESENT_REF", "", "", ""), true},
		{"DATE", "PAST_REF", d("PRESENT_REF", "", "", ""), false},
		{"DURATION", "P3Y", q("duration", "s", 3*365.25*86400, 0, 0, ""), true},
		{"DURATION", "PXY", q("duration", "s", 5*365.25*86400, 0, 0, ""), true},
		{"DURATION", "PXY", q("duration", "s", 200*86400, 0, 0, ""), false},
		{"DURATION", "1998-Q4", d("1998-Q4", "1998-10-01", "1998-12-31", ""), true},
		// an anchored period states its span
		{"DURATION", "P3Y", period("P3Y"), true},
		{"DURATION", "P9M", period("P3Q"), true},
		{"DURATION", "P1D", period("PT24H"), true},
		{"DURATION", "P2W", period("P2M"), false},
		{"DURATION", "PXW", period("PXW"), true},
		{"DURATION", "PXW", period("PXD"), false},
		{"DURATION", "P3D", period("PXD"), false},
		{"DURATION", "P3Y", d("1995/1997", "1995-01-01", "1997-12-31", ""), false},
		{"SET", "P1D", d("P1D", "", "", ""), true},
		// the annotators' types and spellings vary; the value decides
		{"DATE", "P1D", d("P1D", "", "", ""), true},
		{"DATE", "2000-W7", d("2000-W07", "2000-02-14", "2000-02-15", ""), true},
		{"TIME", "2000-01-07TEV", d("2000-01-07TNI", "2000-01-07", "2000-01-07", ""), true},
		{"TIME", "2000-01-07TMO", d("2000-01-07TNI", "2000-01-07", "2000-01-07", ""), false},
		{"SET", "P1D", q("duration", "s", 86400, 0, 0, ""), false},
		// a recurrence written with unspecified digits or as its period
		{"SET", "XXXX-XX-XX", d("P1D", "", "", ""), true},
		{"SET", "XXXX", d("P1Y", "", "", ""), true},
		{"SET", "XXXX", d("P1D", "", "", ""), false},
		{"SET", "XXXX-WXX-4", d("P1W", "", "", ""), false},
	}
	for _, tt := range tests {
		t.Run(tt.typ+" "+tt.value+" "+describe(&tt.claim), func(t *testing.T) {
			w := timexWant(tt.typ, tt.value)
			if got := w.Match(&tt.claim); got != tt.want {
				t.Errorf("want %v, got %v", tt.want, got)
			}
		})
	}
}

func TestMatchIsMaximum(t *testing.T) {
	// Entity 0 overlaps claims 0 and 1, entity 1 only claim 0: a greedy
	// pairing of 0 with 0 would leave entity 1 alone.
	edges := map[[2]int]bool{{0, 0}: true, {0, 1}: true, {1, 0}: true}
	got := match(2, 2, func(i, j int) bool { return edges[[2]int{i, j}] })
	if d := cmp.Diff([]int{1, 0}, got); d != "" {
		t.Errorf("pairs (-want +got):\n%s", d)
	}
	// One claim cannot serve two entities.
	got = match(2, 1, func(i, j int) bool { return true })
	if d := cmp.Diff([]int{0, -1}, got); d != "" {
		t.Errorf("pairs (-want +got):\n%s", d)
	}
}

func TestConversionCountsAsTwoReadings(t *testing.T) {
	text := "The trail runs 12 miles (19.3 km) along the ridge."
	miles := quantity.Quantity{Dimension: "length", Unit: "m", Value: 19312.1, Min: 19312.1, Max: 19312.1}
	km := quantity.Quantity{Dimension: "length", Unit: "m", Value: 19300, Min: 19250, Max: 19350, Converted: &miles}
	start := strings.Index(text, "12 miles")
	end := strings.Index(text, ")") + 1
	claim := claims.Claim{Kind: claims.Quantity, Start: start, End: end, Text: text[start:end], Value: km}

	got := splitConversions([]claims.Claim{claim})
	var spans []string
	for _, c := range got {
		spans = append(spans, text[c.Start:c.End])
	}
	if diff := cmp.Diff([]string{"12 miles", "19.3 km"}, spans); diff != "" {
		t.Fatalf("split spans (-want +got):\n%s", diff)
	}

	ref := dates.Partial{Year: 2016, Month: 11, Day: 7}
	wantMiles := expectedValue(raw(t, `{"type":"quantity/length","value":12,"unit":"mile"}`), ref, false)
	wantKm := expectedValue(raw(t, `{"type":"quantity/length","value":19.3,"unit":"kilometre"}`), ref, false)
	wantOther := expectedValue(raw(t, `{"type":"quantity/length","value":40,"unit":"mile"}`), ref, false)
	for _, tt := range []struct {
		name string
		w    Want
		part int
		ok   bool
	}{
		{"first part, converted reading", wantMiles, 0, true},
		{"second part, primary reading", wantKm, 1, true},
		{"neither reading", wantOther, 0, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if ok := tt.w.Match(&got[tt.part]); ok != tt.ok {
				t.Errorf("Match = %v, want %v", ok, tt.ok)
			}
		})
	}

	plain := claim
	plain.Value = miles
	if n := len(splitConversions([]claims.Claim{plain})); n != 1 {
		t.Errorf("a claim without a conversion split into %d", n)
	}
}

func TestRangeGrain(t *testing.T) {
	// "from 1991 to 1997": the range claim and its two ends.
	text := "It grew from 1991 to 1997."
	span := func(s string, d dates.Date) claims.Claim {
		i := strings.Index(text, s)
		return claims.Claim{Kind: claims.Date, Start: i, End: i + len(s), Text: s, Value: d}
	}
	rng := span("from 1991 to 1997", dates.Date{ISO: "1991/1997", Precision: "interval"})
	a := span("1991", dates.Date{ISO: "1991", Precision: "year"})
	b := span("1997", dates.Date{ISO: "1997", Precision: "year"})
	texts := func(cls []claims.Claim) []string {
		var out []string
		for _, c := range cls {
			out = append(out, c.Text)
		}
		return out
	}
	if diff := cmp.Diff([]string{"1991", "1997"}, texts(rangeGrain([]claims.Claim{rng, a, b}, true))); diff != "" {
		t.Errorf("TimeML keeps the ends (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"from 1991 to 1997"}, texts(rangeGrain([]claims.Claim{rng, a, b}, false))); diff != "" {
		t.Errorf("sentence suites keep the range (-want +got):\n%s", diff)
	}
	// An interval with no ends inside (a publication month's hull) stays.
	if diff := cmp.Diff([]string{"from 1991 to 1997"}, texts(rangeGrain([]claims.Claim{rng}, true))); diff != "" {
		t.Errorf("a lone interval (-want +got):\n%s", diff)
	}
}

func TestSplitSameDate(t *testing.T) {
	// "Thursday, Jan. 6" is one claim; TimeML annotates both parts.
	text := "It ran on Thursday, Jan. 6, in Miami."
	i := strings.Index(text, "Thursday")
	j := strings.Index(text, ",") + len(" Jan. 6")
	claim := claims.Claim{Kind: claims.Date, Start: i, End: j + 1, Value: dates.Date{ISO: "2000-01-06", Min: "2000-01-06", Max: "2000-01-06"}}
	ent := func(s, value string) Entity {
		k := strings.Index(text, s)
		return Entity{Start: k, End: k + len(s), Want: timexWant("DATE", value)}
	}
	same := []Entity{ent("Thursday", "2000-01-06"), ent("Jan. 6", "2000-01-06")}
	if n := len(splitSameDate([]claims.Claim{claim}, same)); n != 2 {
		t.Errorf("same value: want 2 claims, got %d", n)
	}
	other := []Entity{ent("Thursday", "2000-01-06"), ent("Jan. 6", "2000-01-07")}
	if n := len(splitSameDate([]claims.Claim{claim}, other)); n != 1 {
		t.Errorf("different values: want 1 claim, got %d", n)
	}
}

func TestNormalTimex(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"2000-W7", "2000-W07"},
		{"2000-W07", "2000-W07"},
		{"2000-W7-WE", "2000-W07-WE"},
		{"1998-01-08TEV", "1998-01-08TNI"},
		{"1998-01-08TMO", "1998-01-08TMO"},
		{"P1D", "P1D"},
	} {
		if got := normalTimex(tt.in); got != tt.want {
			t.Errorf("normalTimex(%q): want %q, got %q", tt.in, tt.want, got)
		}
	}
}

func TestAgoGrainInTimeML(t *testing.T) {
	ref := dates.Partial{Year: 1998, Month: 3, Day: 22}
	tests := []struct {
		name, text, value string
		claim             claims.Claim
		want              bool
	}{
		{"the week holding the day reached", "two weeks ago", "1998-03-08",
			d("1998-W10", "1998-03-02", "1998-03-08", ""), true},
		{"the day reached", "two weeks ago", "1998-03-08",
			d("1998-03-08", "1998-03-08", "1998-03-08", ""), true},
		{"a span wider than the unit", "two weeks ago", "1998-03-08",
			d("1998-03", "1998-03-01", "1998-03-31", ""), false},
		{"the year holding a month reached", "a year ago", "1997-03",
			d("1997", "1997-01-01", "1997-12-31", ""), true},
		{"an expected value placed elsewhere stays strict", "six weeks ago", "1998-W05",
			d("1998-W06", "1998-02-02", "1998-02-08", ""), false},
		{"no count, no widening", "last week", "1998-03-15",
			d("1998-W11", "1998-03-09", "1998-03-15", ""), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := timexWant("DATE", tt.value)
			w.agoGrain(tt.text, ref)
			if got := w.Match(&tt.claim); got != tt.want {
				t.Errorf("%q as %s against %s: want %v, got %v", tt.text, tt.value, describe(&tt.claim), tt.want, got)
			}
		})
	}
}

func TestSplitCompounds(t *testing.T) {
	const year, month = 365.25 * 86400, 30.4375 * 86400
	ref := dates.Partial{Year: 2016, Month: 11, Day: 7}
	text := "The probe flew for 4 years and 7 months before it went quiet."
	whole := func(v float64) claims.Claim {
		s := "4 years and 7 months"
		i := strings.Index(text, s)
		return claims.Claim{Kind: claims.Quantity, Start: i, End: i + len(s), Text: s,
			Value: quantity.Quantity{Dimension: "duration", Unit: "s", Value: v, Min: v, Max: v}}
	}
	part := func(s, js string) Entity {
		i := strings.Index(text, s)
		return Entity{Text: s, Start: i, End: i + len(s), Want: expectedValue(raw(t, js), ref, false)}
	}
	years := part("4 years", `{"type":"quantity/","value":4,"unit":"year"}`)
	months := part("7 months", `{"type":"quantity/","value":7,"unit":"month"}`)
	texts := func(cls []claims.Claim) []string {
		var out []string
		for _, c := range cls {
			out = append(out, c.Text)
		}
		return out
	}

	right := whole(4*year + 7*month)
	got := splitCompounds([]claims.Claim{right}, []Entity{years, months})
	if diff := cmp.Diff([]string{"4 years", "7 months"}, texts(got)); diff != "" {
		t.Fatalf("parts annotated: split (-want +got):\n%s", diff)
	}
	if !years.Want.Match(&got[0]) || !months.Want.Match(&got[1]) {
		t.Errorf("each part should carry its own value: got %s, %s", describe(&got[0]), describe(&got[1]))
	}
	if years.Want.Match(&got[1]) || months.Want.Match(&got[0]) {
		t.Errorf("a part should not carry the other's value")
	}

	// The whole annotated once: the claim stays whole.
	all := Entity{Start: right.Start, End: right.End}
	if diff := cmp.Diff([]string{"4 years and 7 months"}, texts(splitCompounds([]claims.Claim{right}, []Entity{all}))); diff != "" {
		t.Errorf("whole annotated: kept (-want +got):\n%s", diff)
	}
	// A whole that is not the sum of its parts (read as 4.7 years) is
	// not cut: cutting would hand it two right values it never stated.
	wrong := whole(4.7 * year)
	if diff := cmp.Diff([]string{"4 years and 7 months"}, texts(splitCompounds([]claims.Claim{wrong}, []Entity{years, months}))); diff != "" {
		t.Errorf("wrong whole: kept (-want +got):\n%s", diff)
	}
}

func TestCompoundPieces(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want []string
	}{
		{"4 years and 7 months", []string{"4 years", "7 months"}},
		{"2 years, 5 months, 3 days, and 7 hours", []string{"2 years", "5 months", "3 days", "7 hours"}},
		{"3 hours 40 minutes", []string{"3 hours", "40 minutes"}},
		{"twenty-one weeks and six days", []string{"twenty-one weeks", "six days"}},
		{"an hour and a half", []string{"an hour and a half"}},
		{"two and a half hours", []string{"two and a half hours"}},
		{"6 feet, 2 inches", []string{"6 feet", "2 inches"}},
		{"1m 40cm", []string{"1m", "40cm"}},
		{"between 2 and 5 km", []string{"between 2 and 5 km"}},
	} {
		t.Run(tt.in, func(t *testing.T) {
			var got []string
			for _, p := range compoundPieces(tt.in) {
				got = append(got, tt.in[p[0]:p[1]])
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("pieces (-want +got):\n%s", diff)
			}
		})
	}
}

func TestSplitDurationRanges(t *testing.T) {
	const day = 86400.0
	text := "Repairs should take between 3 and 5 days, officials said."
	s := "between 3 and 5 days"
	i := strings.Index(text, s)
	rng := claims.Claim{Kind: claims.Quantity, Start: i, End: i + len(s), Text: s,
		Value: quantity.Quantity{Dimension: "duration", Unit: "s", Value: 4 * day, Min: 3 * day, Max: 5 * day, Qualifier: "between"}}
	got := splitDurationRanges([]claims.Claim{rng})
	var spans []string
	for _, c := range got {
		spans = append(spans, text[c.Start:c.End])
	}
	if diff := cmp.Diff([]string{"3", "5 days"}, spans); diff != "" {
		t.Fatalf("ends (-want +got):\n%s", diff)
	}
	p3d, p5d, p4d := timexWant("DURATION", "P3D"), timexWant("DURATION", "P5D"), timexWant("DURATION", "P4D")
	if !p3d.Match(&got[0]) || !p5d.Match(&got[1]) {
		t.Errorf("each end should carry its bound: got %s, %s", describe(&got[0]), describe(&got[1]))
	}
	if p4d.Match(&got[0]) || p4d.Match(&got[1]) || p3d.Match(&got[1]) {
		t.Errorf("an end should carry only its own bound")
	}

	// A bound on one side is no range of two ends.
	more := rng
	more.Value = quantity.Quantity{Dimension: "duration", Unit: "s", Value: 3 * day, Min: 3 * day, Max: math.Inf(1), Qualifier: "more than"}
	if n := len(splitDurationRanges([]claims.Claim{more})); n != 1 {
		t.Errorf("a one-sided bound split into %d", n)
	}
	// Nor is a range of lengths: TimeML scores times only.
	km := rng
	km.Value = quantity.Quantity{Dimension: "length", Unit: "m", Value: 4000, Min: 3000, Max: 5000, Qualifier: "between"}
	if n := len(splitDurationRanges([]claims.Claim{km})); n != 1 {
		t.Errorf("a range of lengths split into %d", n)
	}
}
