package quantity

import (
	"testing"

	"crosscheck/claims/text"
)

// ounce and stone, beside the package's foot, inch and pound.
const (
	ounce = 0.028349523125
	stone = 6.35029318
)

// TestCompoundUnits checks measures written in two or three units, larger
// first, read as one.
func TestCompoundUnits(t *testing.T) {
	runCases(t, []struct {
		name string
		in   string
		want []found
	}{
		{"feet, inches with a comma", "The gate stands 8 feet, 3 inches high.",
			[]found{{Text: "8 feet, 3 inches high", Dim: Length, Unit: "m", Min: 8*foot + 2.5*inch, Max: 8*foot + 3.5*inch, Subject: "gate"}}},
		{"pounds and ounces", "The newborn weighed 6 pounds, 9 ounces.",
			[]found{{Text: "6 pounds, 9 ounces", Dim: Mass, Unit: "kg", Min: 6*pound + 8.5*ounce, Max: 6*pound + 9.5*ounce, Subject: "newborn"}}},
		{"stone and pounds", "He lost 3 stone 4 pounds in a year.",
			[]found{{Text: "3 stone 4 pounds", Dim: Mass, Unit: "kg", Min: 3*stone + 3.5*pound, Max: 3*stone + 4.5*pound}}},
		{"feet and inches in marks", "The 6'9\" centre signed on Monday.",
			[]found{{Text: "6'9\" centre", Dim: Length, Unit: "m", Min: (6 + 8.5/12) * foot, Max: (6 + 9.5/12) * foot, Subject: "centre"}}},
		{"prime marks", "The suspect is 5′7″ with dark hair.",
			[]found{{Text: "5′7″", Dim: Length, Unit: "m", Min: (5 + 6.5/12) * foot, Max: (5 + 7.5/12) * foot, Subject: "suspect"}}},
		{"a quoted number is no height", "She wrote '8' on the board.", nil},
		{"metric parts side by side", "The plank was 1m 40cm long.",
			[]found{{Text: "1m 40cm long", Dim: Length, Unit: "m", Min: 1.395, Max: 1.405, Subject: "plank"}}},
		{"three metric parts", "The tunnel ran 2 km 150 m 30 cm.",
			[]found{{Text: "2 km 150 m 30 cm", Dim: Length, Unit: "m", Min: 2150.295, Max: 2150.305, Subject: "tunnel"}}},
		{"metric parts joined by and are a list", "She won the 5 km and 800 m races.",
			[]found{
				{Text: "5 km", Dim: Length, Unit: "m", Min: 4500, Max: 5500},
				{Text: "800 m", Dim: Length, Unit: "m", Min: 750, Max: 850},
			}},
		{"a part as large as the unit before it is not a part", "Boards of 6 feet, 14 inches lay there.",
			[]found{
				{Text: "6 feet", Dim: Length, Unit: "m", Min: 5.5 * foot, Max: 6.5 * foot, Subject: "boards"},
				{Text: "14 inches", Dim: Length, Unit: "m", Min: 13.5 * inch, Max: 14.5 * inch},
			}},
	})
}

// TestTemperatureConversions checks that a capital K beside a temperature
// is a kelvin, and a thousand elsewhere.
func TestTemperatureConversions(t *testing.T) {
	runCases(t, []struct {
		name string
		in   string
		want []found
	}{
		{"kelvin in brackets", "The furnace holds -20 °C (253.15K) overnight.",
			[]found{{Text: "-20 °C (253.15K)", Dim: Temperature, Unit: "K", Min: 252.65, Max: 253.65}}},
		{"kelvin after a second conversion", "Tests ran at 120 °C (248 °F, 393.15K).",
			[]found{
				{Text: "120 °C (248 °F", Dim: Temperature, Unit: "K", Min: 392.65, Max: 393.65, Subject: "tests"},
				{Text: "393.15K", Dim: Temperature, Unit: "K", Min: 393.145, Max: 393.155},
			}},
		{"a glued K elsewhere is a thousand", "The club has 12.5K members.",
			[]found{{Text: "12.5K members", Dim: Count, Min: 12450, Max: 12550, Subject: "members"}}},
	})
}

// TestNumbersInWords checks the quantities that the number words of this
// wave make: mixed numbers, multipliers and spoken decimals.
func TestNumbersInWords(t *testing.T) {
	runCases(t, []struct {
		name string
		in   string
		want []found
	}{
		{"a mixed number is one duration", "The hearing lasted four and a quarter hours.",
			[]found{{Text: "four and a quarter hours", Dim: Duration, Unit: "s", Min: 4.125 * hour, Max: 4.375 * hour, Subject: "hearing"}}},
		{"a mixed number of percent", "Wages rose two and a third percent.",
			[]found{{Text: "two and a third percent", Dim: Percent, Unit: "%", Min: 7.0/3 - 1.0/6, Max: 7.0/3 + 1.0/6, Subject: "wages increase"}}},
		{"dozens after a number multiply", "Volunteers packed 9 dozens boxes.",
			[]found{{Text: "9 dozens boxes", Dim: Count, Min: 102, Max: 114, Subject: "boxes"}}},
		{"spoken decimal", "Unemployment fell to four point two percent.",
			[]found{{Text: "four point two percent", Dim: Percent, Unit: "%", Min: 4.15, Max: 4.25, Subject: "unemployment"}}},
		{"glued capital M", "The app passed 3.5M downloads.",
			[]found{{Text: "3.5M downloads", Dim: Count, Min: 3.45e6, Max: 3.55e6, Subject: "downloads"}}},
		{"inverse seconds are hertz", "The mode decays at 3e5 s-1.",
			[]found{{Text: "3e5 s-1", Dim: Frequency, Unit: "Hz", Min: 2.5e5, Max: 3.5e5}}},
		{"over between two numbers bounds nothing", "The ratio was nine over four.",
			[]found{
				{Text: "nine", Dim: Count, Min: 8.5, Max: 9.5},
				{Text: "four", Dim: Count, Min: 3.5, Max: 4.5},
			}},
	})
}

// TestNewsFigures checks figures as news reports write them: millions
// abbreviated, rates beside dates, changes beside levels, durations in
// several units.
func TestNewsFigures(t *testing.T) {
	const million = 1e6
	runCases(t, []struct {
		name string
		in   string
		want []found
	}{
		{"a glued m before people is a million", "Some 2.5m people voted.",
			[]found{{Text: "Some 2.5m people", Dim: Count, Min: 2.25 * million, Max: 2.75 * million, Qualifier: "about", Subject: "people"}}},
		{"a glued m before a unit is a million", "The port handled 4m tonnes of coal.",
			[]found{{Text: "4m tonnes of coal", Dim: Mass, Unit: "kg", Min: 3.5e9, Max: 4.5e9, Subject: "coal"}}},
		{"a glued m before an adjective is a metre", "The barrier is 2.5m high.",
			[]found{{Text: "2.5m high", Dim: Length, Unit: "m", Min: 2.45, Max: 2.55, Subject: "barrier"}}},
		{"a duration that dates is not a rate", "The firm lost $320m a year earlier.",
			[]found{{Text: "$320m", Dim: Money, Unit: "USD", Min: 319.5 * million, Max: 320.5 * million, Subject: "firm"}}},
		{"a change in points and a level in percent", "The jobless rate rose 0.4 percentage points to 6.2%.",
			[]found{
				{Text: "0.4 percentage points", Dim: Percent, Unit: "pp", Min: 0.35, Max: 0.45, Subject: "unemployment increase"},
				{Text: "6.2%", Dim: Percent, Unit: "%", Min: 6.15, Max: 6.25},
			}},
		{"a hyphenated mixed number before a unit", "A three-and-a-half-hour debate followed.",
			[]found{{Text: "three-and-a-half-hour debate", Dim: Duration, Unit: "s", Min: 3.25 * hour, Max: 3.75 * hour, Subject: "debate"}}},
		{"an earlier value is not the figure", "The toll rose to 57, up from 41 a day earlier.",
			[]found{
				{Text: "57", Dim: Count, Min: 56.5, Max: 57.5, Subject: "killed"},
				{Text: "41", Dim: Count, Min: 40.5, Max: 41.5},
			}},
		{"glued inches", "Up to 5in of rain fell.",
			[]found{{Text: "Up to 5in of rain", Dim: Length, Unit: "m", Min: 0, Max: 5 * inch, Qualifier: "up to", Subject: "rain"}}},
		{"species counts", "Some 1,400 species are at risk.",
			[]found{{Text: "Some 1,400 species", Dim: Count, Min: 1260, Max: 1540, Qualifier: "about", Subject: "species"}}},
		{"pence glued to digits in a money sentence", "Shares closed at 84p, down 6p.",
			[]found{
				{Text: "84p", Dim: Money, Unit: "GBP", Min: 0.835, Max: 0.845, Subject: "shares"},
				{Text: "6p", Dim: Money, Unit: "GBP", Min: 0.055, Max: 0.065},
			}},
		{"a p elsewhere is no money", "The clip was filmed in 480p.", nil},
		{"a group so many strong", "Its 12,000-strong workforce walked out.",
			[]found{{Text: "12,000-strong workforce", Dim: Count, Min: 11500, Max: 12500, Subject: "employees"}}},
		{"hours and minutes side by side", "The climb took 3 hours 40 minutes.",
			[]found{{Text: "3 hours 40 minutes", Dim: Duration, Unit: "s", Min: 3*hour + 39.5*60, Max: 3*hour + 40.5*60, Subject: "climb"}}},
		{"hours and minutes joined by and", "The crossing took 4 hours and 15 minutes.",
			[]found{{Text: "4 hours and 15 minutes", Dim: Duration, Unit: "s", Min: 4*hour + 14.5*60, Max: 4*hour + 15.5*60, Subject: "crossing"}}},
		{"years and months", "She served nine years and four months behind bars.",
			[]found{{Text: "nine years and four months behind bars", Dim: Duration, Unit: "s", Min: 9*year + 3.5*month, Max: 9*year + 4.5*month, Subject: "prison"}}},
		{"four parts with commas", "The survey ran 2 years, 5 months, 3 days, and 7 hours.",
			[]found{{Text: "2 years, 5 months, 3 days, and 7 hours", Dim: Duration, Unit: "s",
				Min: 2*year + 5*month + 3*day + 6.5*hour, Max: 2*year + 5*month + 3*day + 7.5*hour, Subject: "survey"}}},
		{"weeks and days", "The voyage lasted 3 weeks and 2 days.",
			[]found{{Text: "3 weeks and 2 days", Dim: Duration, Unit: "s", Min: 23*day - day/2, Max: 23*day + day/2, Subject: "voyage"}}},
		{"a bare comma after an opening phrase parts two clauses", "After 3 days, 12 hours of talks remained.",
			[]found{
				{Text: "3 days", Dim: Duration, Unit: "s", Min: 2.5 * day, Max: 3.5 * day},
				{Text: "12 hours of talks", Dim: Duration, Unit: "s", Min: 11.5 * hour, Max: 12.5 * hour, Subject: "talks"},
			}},
		{"commas then and: one list", "The audit covered 1 year, 2 months and 9 days.",
			[]found{{Text: "1 year, 2 months and 9 days", Dim: Duration, Unit: "s", Min: year + 2*month + 8.5*day, Max: year + 2*month + 9.5*day, Subject: "audit"}}},
		{"a smaller unit first is a list", "The laps took 15 minutes and 4 hours respectively.",
			[]found{
				{Text: "15 minutes", Dim: Duration, Unit: "s", Min: 14.5 * 60, Max: 15.5 * 60, Subject: "laps"},
				{Text: "4 hours", Dim: Duration, Unit: "s", Min: 3.5 * hour, Max: 4.5 * hour},
			}},
		{"a part as large as the unit before it", "The shifts were 3 days and 30 hours.",
			[]found{
				{Text: "3 days", Dim: Duration, Unit: "s", Min: 2.5 * day, Max: 3.5 * day, Subject: "shifts"},
				{Text: "30 hours", Dim: Duration, Unit: "s", Min: 29.5 * hour, Max: 30.5 * hour},
			}},
	})
}

// TestRateDisplay checks that a rate shows its denominator as written.
func TestRateDisplay(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"It earns $90m a year.", "$90 million per year"},
		{"Crews laid 12 tonnes a day.", "12 tpd"},
		{"Fuel cost 4 dollars per gallon.", "$4 per gal"},
		{"Nurses worked 12 hours a day.", "12 h per day"},
		{"The plant runs five days a week.", "5 days per week"},
	} {
		t.Run(tt.in, func(t *testing.T) {
			ms := Extract(text.Parse(tt.in))
			if len(ms) != 1 {
				t.Fatalf("Extract(%q) found %d quantities, want 1", tt.in, len(ms))
			}
			if got := ms[0].Value.Display; got != tt.want {
				t.Errorf("Extract(%q) display = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
