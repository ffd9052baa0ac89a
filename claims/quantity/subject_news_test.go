package quantity

import (
	"testing"

	"crosscheck/claims/text"
)

// TestNewsSubjects checks what counts and amounts are of in the phrasings
// news stories give their core figures: death tolls, crowd estimates,
// takeover prices, head counts, share prices and time held.
func TestNewsSubjects(t *testing.T) {
	runCases(t, []struct {
		name string
		in   string
		want []found
	}{
		{"lost their lives", "Eleven miners have lost their lives.",
			[]found{{Text: "Eleven miners have lost their lives", Dim: Count, Min: 10.5, Max: 11.5, Subject: "killed"}}},
		{"bodies recovered are at least the dead", "Divers recovered 14 bodies from the hull.",
			[]found{{Text: "14 bodies", Dim: Count, Min: 14, Max: inf, Qualifier: "at least", Subject: "killed"}}},
		{"held for questioning", "Some 45 people were held for questioning.",
			[]found{{Text: "Some 45 people were held for questioning", Dim: Count, Min: 40.5, Max: 49.5, Qualifier: "about", Subject: "arrested"}}},
		{"taken into custody", "Nine men were taken into custody.",
			[]found{{Text: "Nine men were taken into custody", Dim: Count, Min: 8.5, Max: 9.5, Subject: "arrested"}}},
		{"treated for injuries", "Some 85 people were treated for injuries.",
			[]found{{Text: "Some 85 people were treated for injuries", Dim: Count, Min: 76.5, Max: 93.5, Qualifier: "about", Subject: "injured"}}},
		{"a crowd estimated at", "Stewards estimated the crowd at 42,000.",
			[]found{{Text: "42,000", Dim: Count, Min: 41500, Max: 42500, Subject: "crowd"}}},
		{"people taking part are the crowd", "About 6,000 people took part in Friday's rally.",
			[]found{{Text: "About 6,000 people", Dim: Count, Min: 5400, Max: 6600, Qualifier: "about", Subject: "crowd"}}},
		{"residents who marched are the crowd", "Some 900 residents marched on the town hall.",
			[]found{{Text: "Some 900 residents", Dim: Count, Min: 810, Max: 990, Qualifier: "about", Subject: "crowd"}}},
		{"a second figure after or", "It was 9,000 fans or 14,000, depending on the source.",
			[]found{
				{Text: "9,000 fans", Dim: Count, Min: 8500, Max: 9500, Subject: "fans"},
				{Text: "14,000", Dim: Count, Min: 13500, Max: 14500, Subject: "fans"},
			}},
		{"the figure restates the count before", "Police counted 9,000 fans, but the club said the figure was nearer 14,000.",
			[]found{
				{Text: "9,000 fans", Dim: Count, Min: 8500, Max: 9500, Subject: "fans"},
				{Text: "14,000", Dim: Count, Min: 13500, Max: 14500, Subject: "fans"},
			}},
		{"a price paid in a takeover", "Orvell agreed to acquire Dunmark Foods for $870 million in cash.",
			[]found{{Text: "$870 million in cash", Dim: Money, Unit: "USD", Min: 869.5e6, Max: 870.5e6, Subject: "deal"}}},
		{"a head count in the present", "The group employs about 7,400 people.",
			[]found{{Text: "about 7,400 people", Dim: Count, Min: 6660, Max: 8140, Qualifier: "about", Subject: "employees"}}},
		{"jobs promised", "The factory will employ 600 people.",
			[]found{{Text: "600 people", Dim: Count, Min: 550, Max: 650, Subject: "jobs"}}},
		{"a share of the combined staff", "The plan affects 7 percent of the combined staff.",
			[]found{{Text: "7 percent of the combined staff", Dim: Percent, Unit: "%", Min: 6.5, Max: 7.5, Subject: "employees"}}},
		{"a price a share", "The bid values the insurer at $31.75 a share.",
			[]found{{Text: "$31.75 a share", Dim: "money per share", Unit: "USD/share", Min: 31.745, Max: 31.755, Subject: "share price"}}},
		{"time held", "The aid worker was held for 290 days by the militia.",
			[]found{{Text: "290 days", Dim: Duration, Unit: "s", Min: 289.5 * day, Max: 290.5 * day, Subject: "captivity"}}},
		{"time in custody", "She spent 290 days in detention.",
			[]found{{Text: "290 days in detention", Dim: Duration, Unit: "s", Min: 289.5 * day, Max: 290.5 * day, Subject: "captivity"}}},
		{"a sentence is a prison term", "The judge sentenced him to six years.",
			[]found{{Text: "six years", Dim: Duration, Unit: "s", Min: 5.5 * yr, Max: 6.5 * yr, Subject: "prison"}}},
		{"a price per dose", "The shot costs $24.75 a dose.",
			[]found{{Text: "$24.75 a dose", Dim: "money per dose", Unit: "USD/dose", Min: 24.745, Max: 24.755, Subject: "shot"}}},
		{"a price per barrel", "Brent traded at $91.20 a barrel.",
			[]found{{Text: "$91.20 a barrel", Dim: "money per volume", Unit: "USD/m3", Min: 91.195 / 0.158987294928, Max: 91.205 / 0.158987294928}}},
		{"a fraction of one whole", "A fifth of the harvest rotted.",
			[]found{{Text: "A fifth of the harvest", Dim: Percent, Unit: "%", Min: 19, Max: 21, Subject: "harvest"}}},
		{"handed over is no bound", "The guards handed over 23 detainees.",
			[]found{{Text: "23 detainees", Dim: Count, Min: 22.5, Max: 23.5, Subject: "arrested"}}},
	})
}

// TestNamesWithNumbers checks numbers that name rather than count.
func TestNamesWithNumbers(t *testing.T) {
	runCases(t, []struct {
		name string
		in   string
		want []found
	}{
		{"a capitalized name word before a plural", "The Flight 214 passengers were rebooked.", nil},
		{"a capitalized day before a count is a date", "On Christmas Day 40 people were rescued.",
			[]found{{Text: "40 people were rescued", Dim: Count, Min: 39.5, Max: 40.5, Subject: "rescued"}}},
		{"a name word opening the sentence", "Phase 2 trials begin in May.", nil},
		{"a currency code glued to digits is a name", "Delegates met at COP30 in the city.", nil},
		{"a currency code spaced from digits is money", "The grant was USD 40,000.",
			[]found{{Text: "USD 40,000", Dim: Money, Unit: "USD", Min: 35000, Max: 45000, Subject: "grant"}}},
		{"an age range", "Adults aged 25 to 34 were polled.", nil},
		{"a bare number before an unknown symbol", "The layer formed some 240 Ma ago.", nil},
		{"a bare number before an unknown lower-case symbol", "The beam delivered 7 fb of data.", nil},
		{"a count of an acronym in capitals", "Some 40 MPs rebelled.",
			[]found{{Text: "Some 40 MPs", Dim: Count, Min: 36, Max: 44, Qualifier: "about", Subject: "mps"}}},
	})
}

// TestPrisonerExchange checks the counts of an exchange of prisoners:
// each side's released people are prisoners, told apart by the name in
// the phrase; without a name the subject stays as it was.
func TestPrisonerExchange(t *testing.T) {
	runCases(t, []struct {
		name string
		in   string
		want []found
	}{
		{"detainees freed by a side", "Norvia freed 31 Teslan detainees on Friday.",
			[]found{{Text: "31 Teslan detainees", Dim: Count, Min: 30.5, Max: 31.5, Subject: "prisoners"}}},
		{"a demonym freed", "The 31 Teslans freed by Norvia crossed at dawn.",
			[]found{{Text: "31 Teslans", Dim: Count, Min: 30.5, Max: 31.5, Subject: "prisoners"}}},
		{"citizens of a side held in an exchange", "Twenty citizens of Norvia held in jail came home in the swap.",
			[]found{{Text: "Twenty citizens of Norvia", Dim: Count, Min: 19.5, Max: 20.5, Subject: "prisoners"}}},
		{"no name, no change", "Police freed 31 detainees.",
			[]found{{Text: "31 detainees", Dim: Count, Min: 30.5, Max: 31.5, Subject: "arrested"}}},
	})
}

// TestOneDay checks "one day": someday as an idiom, a day as a span.
func TestOneDay(t *testing.T) {
	runCases(t, []struct {
		name string
		in   string
		want []found
	}{
		{"one day is someday before a verb", "She hopes one day to coach the team.", nil},
		{"one day opening the sentence", "One day, the river rose.", nil},
		{"one day after a verb of lasting", "The strike lasted one day.",
			[]found{{Text: "one day", Dim: Duration, Unit: "s", Min: 0.5 * day, Max: 1.5 * day, Subject: "strike"}}},
	})
}

// TestSecurityTerms checks that the term naming a security or a loan
// ("10-year bond") is kept at the confidence the comparison ignores.
func TestSecurityTerms(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want float64
	}{
		{"The 10-year bond yield rose to 4.1%.", 0.2},
		{"Rates on 30-year mortgages fell.", 0.2},
		{"The 10-year plan was approved.", 0.9},
	} {
		t.Run(tt.in, func(t *testing.T) {
			ms := Extract(text.Parse(tt.in))
			if len(ms) == 0 {
				t.Fatalf("Extract(%q) found nothing, want a duration", tt.in)
			}
			if got := ms[0].Confidence; got != tt.want {
				t.Errorf("Extract(%q) confidence = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}
