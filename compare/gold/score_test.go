package gold

import (
	"math"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"crosscheck/claims"
	"crosscheck/claims/dates"
	"crosscheck/claims/people"
	"crosscheck/claims/quantity"
	"crosscheck/compare"
)

// testReport is a report built by hand, so that the scoring rules are
// tested apart from extraction and reconciliation.
func testReport() *compare.Report {
	docs := []*claims.Document{
		{ID: "a.txt", Path: "articles/a.txt", Source: "Wire A"},
		{ID: "b.txt", Path: "articles/b.txt", Source: "Wire B"},
		{ID: "c.txt", Path: "articles/c.txt", Source: "Wire C"},
	}
	cl := func(id string, kind claims.Kind, text, subject string, v claims.Value) claims.Claim {
		doc, _, _ := strings.Cut(id, "#")
		return claims.Claim{ID: id, Doc: doc, Kind: kind, Text: text, Subject: subject, Value: v}
	}
	cls := []claims.Claim{
		cl("a.txt#1", claims.Quantity, "3,145-kilometer border", "border", quantity.Quantity{
			Dimension: "length", Unit: "m", Value: 3145000, Min: 3144500, Max: 3145500, Display: "3,145 km"}),
		cl("a.txt#2", claims.Role, "Foreign Minister Alicia Bárcena", "Alicia Bárcena", people.Role{
			Person: "Alicia Bárcena", Title: "Foreign Minister", Canonical: "foreign minister"}),
		cl("a.txt#3", claims.Name, "Carlos Perez Soto", "", people.Name{Entity: "carlos perez soto", Display: "Carlos Perez Soto"}),
		cl("a.txt#4", claims.Quantity, "two million migrants", "migrants", quantity.Quantity{
			Dimension: "count", Value: 2e6, Min: 1.5e6, Max: 2.5e6, Display: "2 million"}),
		cl("b.txt#1", claims.Quantity, "3,200km border", "border", quantity.Quantity{
			Dimension: "length", Unit: "m", Value: 3200000, Min: 3150000, Max: 3250000, Display: "3,200 km"}),
		cl("b.txt#2", claims.Role, "Mexican Foreign Secretary Alicia Barcena", "Alicia Barcena", people.Role{
			Person: "Alicia Barcena", Title: "Mexican Foreign Secretary", Canonical: "foreign minister"}),
		cl("b.txt#3", claims.Name, "Juan Carlos Perez Soto", "", people.Name{Entity: "juan carlos perez soto", Display: "Juan Carlos Perez Soto"}),
		cl("b.txt#4", claims.Date, "December 28", "summit", dates.Date{ISO: "2023-12-28", Min: "2023-12-28", Max: "2023-12-28", Precision: "day", Event: "summit"}),
		cl("c.txt#1", claims.Quantity, "3,145 km", "border", quantity.Quantity{
			Dimension: "length", Unit: "m", Value: 3145000, Min: 3144500, Max: 3145500, Display: "3,145 km"}),
		cl("c.txt#2", claims.Quantity, "more than 3 million migrants", "migrants", quantity.Quantity{
			Dimension: "count", Value: 3e6, Min: 3e6, Max: math.Inf(1), Display: "more than 3 million"}),
	}
	val := func(display string, sources string, ids ...string) compare.FindingValue {
		return compare.FindingValue{Display: display, Claims: ids, Sources: []string{sources}}
	}
	findings := []compare.Finding{
		{ID: "F1", Verdict: compare.Conflict, Kind: claims.Quantity, Topic: "length of the border", Subject: "border",
			Claims: []string{"a.txt#1", "b.txt#1", "c.txt#1"},
			Values: []compare.FindingValue{val("3,145 km", "Wire A", "a.txt#1", "c.txt#1"), val("3,200 km", "Wire B", "b.txt#1")}, Difference: "1.7%"},
		{ID: "F2", Verdict: compare.Conflict, Kind: claims.Quantity, Topic: "number of migrants", Subject: "migrants",
			Claims: []string{"a.txt#4", "c.txt#2"},
			Values: []compare.FindingValue{val("2 million", "Wire A", "a.txt#4"), val("more than 3 million", "Wire C", "c.txt#2")}, Difference: "33%"},
		{ID: "F3", Verdict: compare.Variant, Kind: claims.Name, Topic: "spelling of Juan Carlos Perez Soto", Subject: "Juan Carlos Perez Soto",
			Claims: []string{"a.txt#3", "b.txt#3"},
			Values: []compare.FindingValue{val("Carlos Perez Soto", "Wire A", "a.txt#3"), val("Juan Carlos Perez Soto", "Wire B", "b.txt#3")}},
		{ID: "F4", Verdict: compare.Agree, Kind: claims.Role, Topic: "title of Alicia Bárcena", Subject: "Alicia Bárcena",
			Claims: []string{"a.txt#2", "b.txt#2"},
			Values: []compare.FindingValue{val("Foreign Minister", "Wire A", "a.txt#2", "b.txt#2")}},
		{ID: "F5", Verdict: compare.Single, Kind: claims.Date, Topic: "date of the summit", Subject: "summit",
			Claims: []string{"b.txt#4"}, Values: []compare.FindingValue{val("December 28", "Wire B", "b.txt#4")}},
	}
	return &compare.Report{Version: compare.Version, Documents: docs, Claims: cls, Findings: findings}
}

func TestScore(t *testing.T) {
	type outcome struct {
		Verdicts       []VerdictScore
		Found          map[string][]string // gold id -> finding ids
		Missed         []Missed
		Reported, True int
		False          []string
		Failed         bool
	}
	tests := []struct {
		file string
		want outcome
	}{
		{
			file: "testdata/gold/pass.yaml",
			want: outcome{
				Verdicts: []VerdictScore{{compare.Conflict, 1, 1}, {compare.Variant, 1, 1}, {compare.Agree, 1, 1}},
				Found: map[string][]string{
					"border-length": {"F1"}, "minister-title": {"F4"}, "president-name": {"F3"},
				},
				Reported: 2, True: 2,
			},
		},
		{
			file: "testdata/gold/fail.yaml",
			want: outcome{
				Verdicts: []VerdictScore{{compare.Conflict, 3, 1}},
				Found:    map[string][]string{"border-length": {"F1"}},
				Missed: []Missed{
					{Nearest: "F5", Reason: "it has no claim of a.txt giving 2023-12-27", Claims: []string{
						"a.txt 2023-12-27: no claim extracted",
						"b.txt 2023-12-28: b.txt#4 (in F5 single)",
					}},
					{Nearest: "F4", Reason: "its verdict is agree, not conflict", Claims: []string{
						"a.txt Foreign Minister: a.txt#2 (in F4 agree)",
						"b.txt Foreign Secretary: b.txt#2 (in F4 agree)",
					}},
				},
				Reported: 2, True: 1, False: []string{"F2"}, Failed: true,
			},
		},
		{
			file: "testdata/gold/incomplete.yaml",
			want: outcome{
				Verdicts: []VerdictScore{{compare.Conflict, 1, 1}},
				Found:    map[string][]string{"border-length": {"F1"}},
				Reported: 2, True: 1,
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			g, err := Load(tt.file)
			if err != nil {
				t.Fatal(err)
			}
			res := Score(testReport(), g)
			got := outcome{Verdicts: res.Verdicts, Found: map[string][]string{},
				Reported: res.ReportedConflicts, True: res.TrueConflicts, Failed: res.Failed()}
			for _, f := range res.Found {
				got.Found[f.Gold.ID] = f.Findings
			}
			for _, m := range res.Missed {
				m.Gold = Finding{}
				got.Missed = append(got.Missed, m)
			}
			for _, f := range res.FalseConflicts {
				got.False = append(got.False, f.ID)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Score (-want +got):\n%s", diff)
			}
		})
	}
}

func TestPrecision(t *testing.T) {
	g, err := Load("testdata/gold/fail.yaml")
	if err != nil {
		t.Fatal(err)
	}
	res := Score(testReport(), g)
	if p, ok := res.Precision(); !ok || p != 0.5 {
		t.Errorf("Precision() = %v, %v; want 0.5, true", p, ok)
	}
	g.Complete = false
	res = Score(testReport(), g)
	if _, ok := res.Precision(); ok {
		t.Errorf("Precision() defined for an incomplete corpus")
	}
	if len(res.FalseConflicts) != 0 {
		t.Errorf("false conflicts listed for an incomplete corpus: %v", res.FalseConflicts)
	}
}

func TestPrint(t *testing.T) {
	g, err := Load("testdata/gold/fail.yaml")
	if err != nil {
		t.Fatal(err)
	}
	res := Score(testReport(), g)
	var sb strings.Builder
	if err := res.Print(&sb); err != nil {
		t.Fatal(err)
	}
	want := `FAIL testdata/gold/fail.yaml: 1/3 required findings, 1 false conflict
  conflict  recall 1/3 = 0.33
  conflict  precision 1/2 = 0.50
missed summit-date (conflict date, line 10)
    nearest F5: it has no claim of a.txt giving 2023-12-27
    a.txt 2023-12-27: no claim extracted
    b.txt 2023-12-28: b.txt#4 (in F5 single)
missed minister-title (conflict role, line 16)
    nearest F4: its verdict is agree, not conflict
    a.txt Foreign Minister: a.txt#2 (in F4 agree)
    b.txt Foreign Secretary: b.txt#2 (in F4 agree)
false conflict F2 quantity "number of migrants": 2 million [Wire A] vs more than 3 million [Wire C] (33%)
`
	if diff := cmp.Diff(want, sb.String()); diff != "" {
		t.Errorf("Print (-want +got):\n%s", diff)
	}
}

func TestValueMatches(t *testing.T) {
	day := func(iso string) dates.Date {
		return dates.Date{ISO: iso, Min: iso, Max: iso, Precision: "day"}
	}
	km := func(v, step float64) quantity.Quantity {
		return quantity.Quantity{Dimension: "length", Unit: "m", Value: v * 1000, Min: (v - step/2) * 1000, Max: (v + step/2) * 1000}
	}
	// A reading far from the gold value, converted to one that matches.
	converted := km(100, 1)
	conv := km(3145, 1)
	converted.Converted = &conv
	tests := []struct {
		name  string
		kind  claims.Kind
		text  string
		value claims.Value
		gold  string
		want  bool
	}{
		{"quantity inside the interval", claims.Quantity, "", km(3200, 100), "3,240 km", true},
		{"quantity outside the interval", claims.Quantity, "", km(3145, 1), "3200 km", false},
		{"quantity within 0.5% of the midpoint", claims.Quantity, "", km(3145, 1), "3160 km", true},
		{"quantity in another unit", claims.Quantity, "", km(3145, 1), "1954 mi", true},
		{"quantity of another dimension", claims.Quantity, "", km(3145, 1), "3145", false},
		{"quantity by its converted reading", claims.Quantity, "", converted, "3145 km", true},
		{"count", claims.Quantity, "", quantity.Quantity{Dimension: "count", Value: 12, Min: 11.5, Max: 12.5}, "12", true},
		{"money needs its currency", claims.Quantity, "", quantity.Quantity{Dimension: "money", Unit: "EUR", Value: 5e6, Min: 4.5e6, Max: 5.5e6}, "$5 million", false},
		{"money", claims.Quantity, "", quantity.Quantity{Dimension: "money", Unit: "USD", Value: 5e6, Min: 4.5e6, Max: 5.5e6}, "$5 million", true},
		{"months", claims.Quantity, "", quantity.Quantity{Dimension: "duration", Unit: "s", Value: 18 * 30.4375 * 86400, Min: 17.5 * 30.4375 * 86400, Max: 18.5 * 30.4375 * 86400}, "18 months", true},
		{"months as years", claims.Quantity, "", quantity.Quantity{Dimension: "duration", Unit: "s", Value: 1.5 * 365.25 * 86400, Min: 1.45 * 365.25 * 86400, Max: 1.55 * 365.25 * 86400}, "18 months", true},
		{"magnitude", claims.Quantity, "", quantity.Quantity{Dimension: "magnitude", Unit: "M", Value: 6.2, Min: 6.15, Max: 6.25}, "6.2 magnitude", true},
		{"magnitude is not a count", claims.Quantity, "", quantity.Quantity{Dimension: "magnitude", Unit: "M", Value: 6.2, Min: 6.15, Max: 6.25}, "6.2", false},
		{"open interval", claims.Quantity, "", quantity.Quantity{Dimension: "count", Value: 3e5, Min: 3e5, Max: math.Inf(1)}, "400000", true},
		{"date on the day", claims.Date, "", day("2023-12-27"), "2023-12-27", true},
		{"date a day off", claims.Date, "", day("2023-12-27"), "2023-12-28", false},
		{"date inside a week", claims.Date, "", dates.Date{ISO: "2023-W40", Min: "2023-10-02", Max: "2023-10-08", Precision: "week"}, "2023-10-04", true},
		{"gold month holds the day", claims.Date, "", day("2023-12-27"), "2023-12", true},
		{"date without a year", claims.Date, "", dates.Date{ISO: "--12-27", Precision: "day"}, "2023-12-27", true},
		{"date without a year, another day", claims.Date, "", dates.Date{ISO: "--12-27", Precision: "day"}, "2023-12-28", false},
		{"title equal folded", claims.Role, "", people.Role{Title: "FOREIGN MINISTER"}, "Foreign Minister", true},
		{"title contains the words", claims.Role, "", people.Role{Title: "White House National Security Advisor"}, "National Security Advisor", true},
		{"title lacks a word", claims.Role, "", people.Role{Title: "White House Homeland Security Advisor"}, "National Security Advisor", false},
		{"title by its canonical form", claims.Role, "", people.Role{Title: "DHS chief", Canonical: "homeland security secretary"}, "Homeland Security Secretary", true},
		{"age", claims.Age, "", people.Age{Years: 36}, "36", true},
		{"age off by one", claims.Age, "", people.Age{Years: 37}, "36", false},
		{"name contains folded", claims.Name, "President Ana Ruíz", people.Name{Display: "Ana Ruíz"}, "ana ruiz", true},
		{"name missing a word", claims.Name, "Ruiz", people.Name{Display: "Ruiz"}, "Ana Ruiz", false},
		{"quote contains", claims.Quote, "“We agreed to look again,” she said", people.Quote{Display: "We agreed to look again"}, "agreed to look", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			gc := Claim{Value: tt.gold}
			if err := gc.parseValue(string(tt.kind)); err != nil {
				t.Fatal(err)
			}
			c := &claims.Claim{Kind: tt.kind, Text: tt.text, Value: tt.value}
			if got := valueMatches(c, string(tt.kind), &gc); got != tt.want {
				t.Errorf("valueMatches(%v, %q) = %v, want %v", tt.value, tt.gold, got, tt.want)
			}
		})
	}
}

func TestSamePerson(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Alicia Bárcena", "Alicia Barcena", true},
		{"Bárcena", "Alicia Barcena", true},
		{"Alicia Barcena", "Barcena", true},
		{"Alicia", "Alicia Barcena", false},
		{"Ana Ruiz", "Luis Ruiz", false},
		{"", "Ruiz", false},
	}
	for _, tt := range tests {
		t.Run(tt.a+"/"+tt.b, func(t *testing.T) {
			if got := samePerson(tt.a, tt.b); got != tt.want {
				t.Errorf("samePerson(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
			}
		})
	}
}
