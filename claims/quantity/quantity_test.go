package quantity

import (
	"math"
	"testing"

	"crosscheck/claims/text"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// found is the part of a Match a test states: the text it covers and
// its normalized value.
type found struct {
	Text      string
	Dim, Unit string
	Min, Max  float64
	Qualifier string
	Subject   string
	Place     string
	Period    string
}

func extractFound(s string) []found {
	var out []found
	for _, m := range Extract(text.Parse(s)) {
		out = append(out, found{
			Text: s[m.Start:m.End], Dim: m.Value.Dimension, Unit: m.Value.Unit,
			Min: m.Value.Min, Max: m.Value.Max, Qualifier: m.Value.Qualifier,
			Subject: m.Subject, Place: m.Place, Period: m.Period,
		})
	}
	return out
}

var (
	inf    = math.Inf(1)
	approx = cmpopts.EquateApprox(1e-9, 1e-6)
)

const (
	mi   = 1609.344
	yr   = 365.25 * 86400
	hour = 3600.0
	day  = 86400.0
	week = 7 * day
)

func runCases(t *testing.T, tests []struct {
	name string
	in   string
	want []found
}) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := extractFound(tt.in)
			if diff := cmp.Diff(tt.want, got, approx, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("Extract(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestLengthsAndAreas(t *testing.T) {
	runCases(t, []struct {
		name string
		in   string
		want []found
	}{
		{"hyphenated unit with a conversion", "Trade crosses the 1,954-mile (3,145-kilometer) frontier daily.",
			// The metric reading is primary: 3,145 km to the unit.
			[]found{{Text: "1,954-mile (3,145-kilometer) frontier", Dim: Length, Unit: "m", Min: 3144500, Max: 3145500, Subject: "frontier"}}},
		{"glued unit rounded to the hundred", "Builders fenced the whole 4,300km boundary.",
			[]found{{Text: "4,300km boundary", Dim: Length, Unit: "m", Min: 4250000, Max: 4350000, Subject: "boundary"}}},
		{"about widens by a tenth", "Crews laid roughly 640km of pipe.",
			[]found{{Text: "roughly 640km of pipe", Dim: Length, Unit: "m", Min: 576000, Max: 704000, Qualifier: "about", Subject: "pipe"}}},
		{"distance from a place", "The epicentre lay 48 km (30 miles) southwest of Port Alder, the agency said.",
			[]found{{Text: "48 km (30 miles) southwest", Dim: Length, Unit: "m", Min: 47500, Max: 48500, Subject: "distance from port alder"}}},
		{"distance from a place set off by a description", "It struck about 20 miles northeast of the regional capital, Vell Harbor.",
			[]found{{Text: "about 20 miles northeast", Dim: Length, Unit: "m", Min: 18 * mi, Max: 22 * mi, Qualifier: "about", Subject: "distance from vell harbor"}}},
		{"distance with from", "The camp is 9 miles from Dunmore.",
			[]found{{Text: "9 miles", Dim: Length, Unit: "m", Min: 8.5 * mi, Max: 9.5 * mi, Subject: "distance from dunmore"}}},
		{"a distance away from nothing named", "The shaking was felt more than 200 kilometers away.",
			[]found{{Text: "more than 200 kilometers", Dim: Length, Unit: "m", Min: 200000, Max: inf, Qualifier: "more than"}}},
		{"area a fire burned", "The blaze has scorched 3,100 hectares of pine.",
			[]found{{Text: "3,100 hectares of pine", Dim: Area, Unit: "m2", Min: 3050e4, Max: 3150e4, Subject: "burned area"}}},
		{"area a named fire grew to", "Ridge Fire Grows to 8,000 Acres",
			[]found{{Text: "8,000 Acres", Dim: Area, Unit: "m2", Min: 7500 * 4046.8564224, Max: 8500 * 4046.8564224, Subject: "burned area"}}},
		{"area a fire grew to", "The wildfire grew to 8,000 acres overnight.",
			[]found{{Text: "8,000 acres", Dim: Area, Unit: "m2", Min: 7500 * 4046.8564224, Max: 8500 * 4046.8564224, Subject: "burned area"}}},
		{"a measure opening the sentence, the thing named after a pronoun", "At 640 meters, it is the longest pier on the coast.",
			[]found{{Text: "640 meters", Dim: Length, Unit: "m", Min: 639.5, Max: 640.5, Subject: "pier"}}},
		{"a measure opening the sentence, the thing doing something else", "At 9,000 feet, the glider lost its tow line.",
			[]found{{Text: "9,000 feet", Dim: Length, Unit: "m", Min: 8500 * 0.3048, Max: 9500 * 0.3048}}},
		{"a second verb shares the subject of the first", "The Larch Fire jumped the river overnight and had grown to 900 acres by dawn.",
			[]found{{Text: "900 acres", Dim: Area, Unit: "m2", Min: 850 * 4046.8564224, Max: 950 * 4046.8564224, Subject: "burned area"}}},
		{"the verb nearest before the conjunction has the subject", "Engineers said the dam wall settled and has dropped 3 meters.",
			[]found{{Text: "3 meters", Dim: Length, Unit: "m", Min: 2.5, Max: 3.5, Subject: "wall"}}},
		{"a height an aircraft flew at", "The airliner lost radar contact at 2,500 feet (762 meters) over the bay.",
			[]found{{Text: "2,500 feet (762 meters)", Dim: Length, Unit: "m", Min: 761.5, Max: 762.5, Subject: "altitude"}}},
		{"a height an aircraft climbed to", "The glider climbed to about 1,200 meters.",
			[]found{{Text: "about 1,200 meters", Dim: Length, Unit: "m", Min: 1080, Max: 1320, Qualifier: "about", Subject: "altitude"}}},
		{"a height something else climbed to", "The trail climbed to 1,200 meters.",
			[]found{{Text: "1,200 meters", Dim: Length, Unit: "m", Min: 1150, Max: 1250, Subject: "trail"}}},
		{"subject named before the verb", "The canal stretches 82 km across the isthmus.",
			[]found{{Text: "82 km", Dim: Length, Unit: "m", Min: 81500, Max: 82500, Subject: "canal"}}},
		{"name with a kind before a relative clause", "Lake Ferro, which is 12 miles long, froze.",
			[]found{{Text: "12 miles long", Dim: Length, Unit: "m", Min: 11.5 * mi, Max: 12.5 * mi, Subject: "lake"}}},
		{"mixed fraction", "The cable ran 10 1/2 miles.",
			[]found{{Text: "10 1/2 miles", Dim: Length, Unit: "m", Min: 10.45 * mi, Max: 10.55 * mi, Subject: "cable"}}},
		{"feet and inches", "The fence is 5 ft 2 in tall.",
			[]found{{Text: "5 ft 2 in tall", Dim: Length, Unit: "m", Min: (5 + 1.5/12) * 0.3048, Max: (5 + 2.5/12) * 0.3048, Subject: "fence"}}},
		{"range with one unit", "Waves of 20-35 km were not seen.",
			[]found{{Text: "20-35 km", Dim: Length, Unit: "m", Min: 20000, Max: 35000, Qualifier: "between", Subject: "waves"}}},
		{"a dash spaced on one side is not a range", "Lenses: 18 -55mm and 70 -200mm.",
			[]found{
				{Text: "18", Dim: Count, Min: 17.5, Max: 18.5},
				{Text: "55mm", Dim: Length, Unit: "m", Min: 0.0545, Max: 0.0555},
				{Text: "70", Dim: Count, Min: 69.5, Max: 70.5},
				{Text: "200mm", Dim: Length, Unit: "m", Min: 0.15, Max: 0.25},
			}},
		{"nautical miles", "The boat was 40 nautical miles offshore.",
			[]found{{Text: "40 nautical miles", Dim: Length, Unit: "m", Min: 39.5 * 1852, Max: 40.5 * 1852, Subject: "boat"}}},
		{"square kilometres", "Fires burned 1,250 square kilometres of forest.",
			[]found{{Text: "1,250 square kilometres of forest", Dim: Area, Unit: "m2", Min: 1249.5e6, Max: 1250.5e6, Subject: "burned area"}}},
		{"hectares", "Floods covered 3,400 hectares.",
			[]found{{Text: "3,400 hectares", Dim: Area, Unit: "m2", Min: 3350e4, Max: 3450e4, Subject: "floods"}}},
		{"acres with a superscript area", "A 20 km² reserve and 300 acres.",
			[]found{
				{Text: "20 km² reserve", Dim: Area, Unit: "m2", Min: 19.5e6, Max: 20.5e6, Subject: "reserve"},
				{Text: "300 acres", Dim: Area, Unit: "m2", Min: 250 * 4046.8564224, Max: 350 * 4046.8564224},
			}},
	})
}

func TestMassMoneyPercent(t *testing.T) {
	runCases(t, []struct {
		name string
		in   string
		want []found
	}{
		{"tonnes", "Customs seized 12 tonnes of cocaine.",
			[]found{{Text: "12 tonnes of cocaine", Dim: Mass, Unit: "kg", Min: 11500, Max: 12500, Subject: "cocaine"}}},
		{"tons span short and long tons", "The barge held 3 tons.",
			[]found{{Text: "3 tons", Dim: Mass, Unit: "kg", Min: 2.5 * 907.18474, Max: 3.5 * 1016.0469088}}},
		{"pounds of mass", "The dog weighs 40 pounds.",
			[]found{{Text: "40 pounds", Dim: Mass, Unit: "kg", Min: 39.5 * 0.45359237, Max: 40.5 * 0.45359237, Subject: "dog"}}},
		{"dollars with a scale", "Congress approved $2 billion in aid.",
			[]found{{Text: "$2 billion in aid", Dim: Money, Unit: "USD", Min: 1.5e9, Max: 2.5e9, Subject: "aid"}}},
		{"a headline drops the article before a priced noun", "Harbor town unveils $12 million seawall, ending years of flooding",
			[]found{{Text: "$12 million seawall", Dim: Money, Unit: "USD", Min: 11.5e6, Max: 12.5e6, Subject: "seawall"}}},
		{"a word after the amount that is no noun", "The county paid $12 million yesterday.",
			[]found{{Text: "$12 million", Dim: Money, Unit: "USD", Min: 11.5e6, Max: 12.5e6}}},
		{"an amount fined", "The regulator fined the bank 3.1 million euros.",
			[]found{{Text: "3.1 million euros", Dim: Money, Unit: "EUR", Min: 3.05e6, Max: 3.15e6, Subject: "fine"}}},
		{"an amount someone was fined", "The trucking firm was fined $850,000.",
			[]found{{Text: "$850,000", Dim: Money, Unit: "USD", Min: 845000, Max: 855000, Subject: "fine"}}},
		{"country dollar sign", "The firm raised US$4.5 million.",
			[]found{{Text: "US$4.5 million", Dim: Money, Unit: "USD", Min: 4.45e6, Max: 4.55e6, Subject: "firm"}}},
		{"euro with glued M", "A fine of €10M was imposed.",
			[]found{{Text: "€10M", Dim: Money, Unit: "EUR", Min: 9.5e6, Max: 10.5e6, Subject: "fine"}}},
		{"currency word", "Tickets cost 750 pesos.",
			[]found{{Text: "750 pesos", Dim: Money, Unit: "MXN", Min: 749.5, Max: 750.5, Subject: "tickets"}}},
		{"national currency word", "He paid 40,000 Canadian dollars.",
			[]found{{Text: "40,000 Canadian dollars", Dim: Money, Unit: "CAD", Min: 35000, Max: 45000}}},
		{"pounds of a material weigh", "The smelter will ship about 90 million pounds of zinc each year.",
			[]found{{Text: "about 90 million pounds of zinc", Dim: Mass, Unit: "kg", Min: 81e6 * 0.45359237, Max: 99e6 * 0.45359237, Qualifier: "about", Subject: "zinc", Period: "every year"}}},
		{"pounds of funding are money", "Ministers found 90 million pounds of funding for the line.",
			[]found{{Text: "90 million pounds of funding", Dim: Money, Unit: "GBP", Min: 89.5e6, Max: 90.5e6, Subject: "funding"}}},
		{"pounds of money", "The club spent 30 million pounds.",
			[]found{{Text: "30 million pounds", Dim: Money, Unit: "GBP", Min: 29.5e6, Max: 30.5e6, Subject: "club"}}},
		{"a verb after the measured noun", "The $61 million tunnel replaces a ferry.",
			[]found{{Text: "$61 million tunnel", Dim: Money, Unit: "USD", Min: 60.5e6, Max: 61.5e6, Subject: "tunnel"}}},
		{"worth of", "Thieves took $2.5 million worth of jewelry.",
			[]found{{Text: "$2.5 million worth of jewelry", Dim: Money, Unit: "USD", Min: 2.45e6, Max: 2.55e6, Subject: "jewelry"}}},
		{"yuan", "Beijing pledged 8 billion yuan.",
			[]found{{Text: "8 billion yuan", Dim: Money, Unit: "CNY", Min: 7.5e9, Max: 8.5e9}}},
		{"rate per hour", "Workers earn $15 an hour.",
			[]found{{Text: "$15 an hour", Dim: "money per duration", Unit: "USD/s", Min: 14.5 / hour, Max: 15.5 / hour, Subject: "workers"}}},
		{"percent sign", "Turnout was 61.5% overall.",
			[]found{{Text: "61.5%", Dim: Percent, Unit: "%", Min: 61.45, Max: 61.55, Subject: "turnout"}}},
		{"percent word", "Prices rose 7 percent.",
			[]found{{Text: "7 percent", Dim: Percent, Unit: "%", Min: 6.5, Max: 7.5, Subject: "prices increase"}}},
		{"one in five", "One in five adults smokes.",
			[]found{{Text: "One in five adults", Dim: Percent, Unit: "%", Min: 19, Max: 21, Subject: "adults"}}},
		{"out of", "Seven out of 10 voters agreed.",
			[]found{{Text: "Seven out of 10 voters", Dim: Percent, Unit: "%", Min: 66.5, Max: 73.5, Subject: "voters"}}},
		{"of every", "Three of every four voters agreed.",
			[]found{{Text: "Three of every four voters", Dim: Percent, Unit: "%", Min: 71.25, Max: 78.75, Subject: "voters"}}},
		{"level after a verb", "Inflation eased to 3.2% in October.",
			[]found{{Text: "3.2%", Dim: Percent, Unit: "%", Min: 3.15, Max: 3.25, Subject: "inflation", Period: "October"}}},
		{"object before by", "The bank raised rates by 25 basis points.",
			[]found{{Text: "25 basis points", Dim: Percent, Unit: "pp", Min: 0.245, Max: 0.255, Subject: "rates increase"}}},
		{"percent change after", "It was a 6% increase in spending.",
			[]found{{Text: "6% increase in spending", Dim: Percent, Unit: "%", Min: 5.5, Max: 6.5, Subject: "spending increase"}}},
		{"up from", "Sales were up 8 percent from May.",
			[]found{{Text: "8 percent", Dim: Percent, Unit: "%", Min: 7.5, Max: 8.5, Subject: "increase"}}},
		{"a drop of", "A drop of 12% hit exports.",
			[]found{{Text: "12%", Dim: Percent, Unit: "%", Min: 11.5, Max: 12.5, Subject: "decrease"}}},
		{"a share owned is a stake", "The state firm will keep the remaining 30% of the venture.",
			[]found{{Text: "30% of the venture", Dim: Percent, Unit: "%", Min: 29.5, Max: 30.5, Subject: "stake"}}},
		{"a share of the vote is no stake", "She won 54% of the vote.",
			[]found{{Text: "54% of the vote", Dim: Percent, Unit: "%", Min: 53.5, Max: 54.5, Subject: "vote share"}}},
		{"a place after the subject scopes it", "Literacy in Dorrin has risen to 81%, the survey found.",
			[]found{{Text: "81%", Dim: Percent, Unit: "%", Min: 80.5, Max: 81.5, Subject: "literacy", Place: "Dorrin"}}},
		{"a fire so much contained", "By noon the blaze was 40% contained.",
			[]found{{Text: "40% contained", Dim: Percent, Unit: "%", Min: 39.5, Max: 40.5, Subject: "containment"}}},
		{"a level standing at", "Containment is holding at 40 percent, crews said.",
			[]found{{Text: "40 percent", Dim: Percent, Unit: "%", Min: 39.5, Max: 40.5, Subject: "containment"}}},
		{"percentage points", "Support fell 3 percentage points.",
			[]found{{Text: "3 percentage points", Dim: Percent, Unit: "pp", Min: 2.5, Max: 3.5, Subject: "support decrease"}}},
		{"fraction of a group is a percentage", "Two-thirds of voters stayed home.",
			// A fraction in words is taken to a twentieth either side.
			[]found{{Text: "Two-thirds of voters", Dim: Percent, Unit: "%", Min: 200.0 / 3 * 0.95, Max: 200.0 / 3 * 1.05, Subject: "voters"}}},
	})
}

func TestOtherUnits(t *testing.T) {
	c := 273.15
	runCases(t, []struct {
		name string
		in   string
		want []found
	}{
		{"celsius to kelvin", "It reached 41 degrees Celsius.",
			[]found{{Text: "41 degrees Celsius", Dim: Temperature, Unit: "K", Min: 40.5 + c, Max: 41.5 + c}}},
		{"fahrenheit to kelvin", "Highs near 86°F are expected.",
			[]found{{Text: "86°F", Dim: Temperature, Unit: "K", Min: (85.5-32)*5/9 + c, Max: (86.5-32)*5/9 + c}}},
		{"minus in words", "Nights fell to minus 30 °C.",
			[]found{{Text: "minus 30 °C", Dim: Temperature, Unit: "K", Min: -30.5 + c, Max: -29.5 + c, Subject: "nights"}}},
		{"speed", "Winds of 120 mph hit the coast.",
			[]found{{Text: "120 mph", Dim: Speed, Unit: "m/s", Min: 119.5 * mi / hour, Max: 120.5 * mi / hour, Subject: "winds"}}},
		{"power", "The plant makes 600 megawatts.",
			[]found{{Text: "600 megawatts", Dim: Power, Unit: "W", Min: 550e6, Max: 650e6, Subject: "plant"}}},
		{"magnitude before the number", "A magnitude 6.4 earthquake struck.",
			[]found{{Text: "magnitude 6.4 earthquake", Dim: "magnitude", Unit: "M", Min: 6.35, Max: 6.45, Subject: "earthquake"}}},
		{"magnitude after the number", "A 7.1-magnitude quake hit.",
			[]found{{Text: "7.1-magnitude quake", Dim: "magnitude", Unit: "M", Min: 7.05, Max: 7.15, Subject: "quake"}}},
		{"data", "The leak exposed 2 TB of records.",
			[]found{{Text: "2 TB of records", Dim: Data, Unit: "B", Min: 1.5e12, Max: 2.5e12, Subject: "records"}}},
	})
}

func TestDurations(t *testing.T) {
	runCases(t, []struct {
		name string
		in   string
		want []found
	}{
		{"hyphenated", "Police ended a 12-hour standoff.",
			[]found{{Text: "12-hour standoff", Dim: Duration, Unit: "s", Min: 11.5 * hour, Max: 12.5 * hour, Subject: "standoff"}}},
		{"prison term", "She was sentenced to three years in prison.",
			[]found{{Text: "three years in prison", Dim: Duration, Unit: "s", Min: 2.5 * yr, Max: 3.5 * yr, Subject: "prison"}}},
		{"a prison term behind bars", "The smuggler will spend six years behind bars.",
			[]found{{Text: "six years behind bars", Dim: Duration, Unit: "s", Min: 5.5 * yr, Max: 6.5 * yr, Subject: "prison"}}},
		{"a participle before the noun measured", "The clerk got a 30-month suspended sentence.",
			[]found{{Text: "30-month suspended sentence", Dim: Duration, Unit: "s", Min: 29.5 * 30.4375 * day, Max: 30.5 * 30.4375 * day, Subject: "sentence"}}},
		{"a unit and a half", "The ferry was delayed by a day and a half.",
			[]found{{Text: "a day and a half", Dim: Duration, Unit: "s", Min: 1.25 * day, Max: 1.75 * day}}},
		{"the past years", "Exports grew over the past three years.",
			[]found{{Text: "three years", Dim: Duration, Unit: "s", Min: 2.5 * yr, Max: 3.5 * yr, Period: "past three years"}}},
		{"an hour", "The meeting lasted an hour.",
			[]found{{Text: "an hour", Dim: Duration, Unit: "s", Min: 0.5 * hour, Max: 1.5 * hour, Subject: "meeting"}}},
		{"plural unit alone", "Talks dragged on for weeks.",
			[]found{{Text: "weeks", Dim: Duration, Unit: "s", Min: 2 * week, Max: inf, Qualifier: "at least"}}},
		{"several", "The road was closed for several years.",
			[]found{{Text: "several years", Dim: Duration, Unit: "s", Min: 3 * yr, Max: inf, Qualifier: "at least"}}},
		{"decades-long", "It ended a decades-long feud.",
			[]found{{Text: "decades-long feud", Dim: Duration, Unit: "s", Min: 20 * yr, Max: inf, Qualifier: "at least", Subject: "feud"}}},
		{"day-long", "After a day-long meeting they left.",
			[]found{{Text: "a day-long meeting", Dim: Duration, Unit: "s", Min: 0.5 * day, Max: 1.5 * day, Subject: "meeting"}}},
		{"old thing is a duration", "They broke the 8-month-old truce.",
			[]found{{Text: "8-month-old truce", Dim: Duration, Unit: "s", Min: 7.5 * 30.4375 * day, Max: 8.5 * 30.4375 * day, Subject: "truce"}}},
		{"a couple of", "Repairs take a couple of weeks.",
			[]found{{Text: "a couple of weeks", Dim: Duration, Unit: "s", Min: 1.5 * week, Max: 2.5 * week, Subject: "repairs"}}},
		{"more before the unit", "The lease runs for 20 more years.",
			[]found{{Text: "20 more years", Dim: Duration, Unit: "s", Min: 19.5 * yr, Max: 20.5 * yr, Subject: "lease"}}},
		{"within a year", "It must be built within a year.",
			[]found{{Text: "a year", Dim: Duration, Unit: "s", Min: 0.5 * yr, Max: 1.5 * yr}}},
		{"one day is an idiom", "She hopes to one day return.", nil},
		{"one day in a job", "He had been in the job one day.",
			[]found{{Text: "one day", Dim: Duration, Unit: "s", Min: 0.5 * day, Max: 1.5 * day}}},
		{"an additional year", "The lease was extended for an additional year.",
			[]found{{Text: "an additional year", Dim: Duration, Unit: "s", Min: 0.5 * yr, Max: 1.5 * yr, Subject: "lease"}}},
		{"the weeks before an event", "He was seen in the weeks before the vote.", nil},
		{"ago is a date", "The dam broke three years ago.", nil},
		{"later is a date", "Two days later the rain stopped.", nil},
		{"earlier is a date", "A year earlier it had flooded.", nil},
		{"age is not a duration", "A 61-year-old man was hurt.", nil},
		{"years old", "The suspect is 19 years old.", nil},
		// How old a thing is, counted in years, is an age too; in months,
		// weeks or days it is how long the thing has lasted.
		{"age of a thing", "The 212-year-old mill burned down.", nil},
		{"age of an alliance", "Leaders of the 75-year-old pact met.", nil},
		{"a child named after the noun", "A 9-year-old flood survivor Maria spoke.", nil},
		{"a noun run ends at a past tense", "The 2-day-old strike grew as the union spoke.",
			[]found{{Text: "2-day-old strike", Dim: Duration, Unit: "s", Min: 1.5 * day, Max: 2.5 * day, Subject: "strike"}}},
		{"a verb after a plural span", "Critics said four days seemed too short.",
			[]found{{Text: "four days", Dim: Duration, Unit: "s", Min: 3.5 * day, Max: 4.5 * day}}},
		{"weeks old", "The 3-week-old ceasefire broke down.",
			[]found{{Text: "3-week-old ceasefire", Dim: Duration, Unit: "s", Min: 2.5 * week, Max: 3.5 * week, Subject: "ceasefire"}}},
		// Pay counted in months is an amount of pay.
		{"months of pay", "Staff get a bonus worth four months of basic pay.", nil},
		{"months' salary", "He was owed two months' salary.", nil},
		{"months of a falling figure are a span", "It follows five months of falling prices.",
			[]found{{Text: "five months of falling prices", Dim: Duration, Unit: "s", Min: 4.5 * month, Max: 5.5 * month, Subject: "prices"}}},
		// Under a day, "later" and "earlier" leave a span between two
		// events that no date states.
		{"hours later", "Three hours later the ferry sank.",
			[]found{{Text: "Three hours", Dim: Duration, Unit: "s", Min: 2.5 * hour, Max: 3.5 * hour}}},
		{"a minute and a half later", "The second blast came a minute and a half later.",
			[]found{{Text: "a minute and a half", Dim: Duration, Unit: "s", Min: 75, Max: 105, Subject: "blast"}}},
		{"just over an hour later", "The crew was rescued just over an hour later.",
			[]found{{Text: "just over an hour", Dim: Duration, Unit: "s", Min: hour, Max: inf, Qualifier: "more than"}}},
		{"wait a minute", "Wait a minute, she said.", nil},
		// A span in each larger unit is a share of it, not a span.
		{"hours a day", "Guards watched the gate 24 hours a day.",
			[]found{{Text: "24 hours a day", Dim: Duration + " per " + Duration, Unit: "s/s", Min: 23.5 / 24, Max: 24.5 / 24}}},
		{"days per week", "The clinic opens 4 days per week.",
			[]found{{Text: "4 days per week", Dim: Duration + " per " + Duration, Unit: "s/s", Min: 3.5 / 7, Max: 4.5 / 7, Subject: "clinic"}}},
		{"a unit that dates is no share", "The trip took 3 days a month ago.",
			[]found{{Text: "3 days", Dim: Duration, Unit: "s", Min: 2.5 * day, Max: 3.5 * day, Subject: "trip"}}},
		{"a year and a half: no half left over", "She waited a year and a half for the verdict.",
			[]found{{Text: "a year and a half", Dim: Duration, Unit: "s", Min: 1.25 * yr, Max: 1.75 * yr}}},
	})
}

func TestCounts(t *testing.T) {
	runCases(t, []struct {
		name string
		in   string
		want []found
	}{
		{"more than half a million", "More than half a million individuals crossed the jungle this year.",
			[]found{{Text: "More than half a million individuals", Dim: Count, Min: 500000, Max: inf, Qualifier: "more than", Subject: "people", Period: "this year"}}},
		{"the subject of a clause whose object is the number", "Ridership hit 9,000 riders a day, well above the 6,000 planners had forecast.",
			[]found{
				{Text: "9,000 riders a day", Dim: Count, Min: 8500, Max: 9500, Subject: "riders", Period: "every day"},
				{Text: "6,000", Dim: Count, Min: 5500, Max: 6500},
			}},
		{"a count whose noun has an object of its own", "The 6,000 planners expected delays.",
			[]found{{Text: "6,000 planners", Dim: Count, Min: 5500, Max: 6500, Subject: "planners"}}},
		{"a party's seats and share of the vote", "The Greens came third with 11 percent and 9 seats, while the Liberal Party won 7.4 percent and 5 seats.",
			[]found{
				{Text: "11 percent", Dim: Percent, Unit: "%", Min: 10.5, Max: 11.5, Subject: "greens vote share"},
				{Text: "9 seats", Dim: Count, Min: 8.5, Max: 9.5, Subject: "greens seats"},
				{Text: "7.4 percent", Dim: Percent, Unit: "%", Min: 7.35, Max: 7.45, Subject: "liberal party vote share"},
				{Text: "5 seats", Dim: Count, Min: 4.5, Max: 5.5, Subject: "liberal party seats"},
			}},
		{"a share of the vote fronted before the party", "With 48% of the vote, the Unity Bloc took power.",
			[]found{{Text: "48% of the vote", Dim: Percent, Unit: "%", Min: 47.5, Max: 48.5, Subject: "unity bloc vote share"}}},
		{"a part of a body's seats", "Ana Ruiz's Green Left won 12 of the council's 45 seats.",
			[]found{
				{Text: "12", Dim: Count, Min: 11.5, Max: 12.5, Subject: "green left seats"},
				{Text: "45 seats", Dim: Count, Min: 44.5, Max: 45.5, Subject: "council seats"},
			}},
		{"seats short of a majority", "The coalition fell nine seats short of a majority.",
			[]found{{Text: "nine seats", Dim: Count, Min: 8.5, Max: 9.5, Subject: "seats short"}}},
		{"a share of voters who cast a ballot", "Officials said 58% of registered voters cast a ballot.",
			[]found{{Text: "58% of registered voters", Dim: Percent, Unit: "%", Min: 57.5, Max: 58.5, Subject: "turnout"}}},
		{"a percentage won outside an election is no vote share", "The firm won 30 percent more orders.",
			[]found{{Text: "30 percent", Dim: Percent, Unit: "%", Min: 29.5, Max: 30.5}}},
		{"plain count", "She arrived with her four children.",
			[]found{{Text: "four children", Dim: Count, Min: 3.5, Max: 4.5, Subject: "children"}}},
		{"place and period", "More than two million migrants entered Chile last year.",
			[]found{{Text: "More than two million migrants", Dim: Count, Min: 2e6, Max: inf, Qualifier: "more than", Subject: "migrants", Place: "Chile", Period: "last year"}}},
		{"place at the start", "In Peru, 300 schools closed every month.",
			[]found{{Text: "300 schools", Dim: Count, Min: 250, Max: 350, Subject: "schools", Place: "Peru", Period: "every month"}}},
		{"adjectives before the noun", "Guards stopped 1.2 million undocumented travelers.",
			[]found{{Text: "1.2 million undocumented travelers", Dim: Count, Min: 1.15e6, Max: 1.25e6, Subject: "travelers"}}},
		{"number of X earlier", "The number of asylum claims hit a record, estimated at more than 90,000.",
			[]found{{Text: "more than 90,000", Dim: Count, Min: 90000, Max: inf, Qualifier: "more than", Subject: "claims"}}},
		{"vague plural: people who marched are the crowd", "Hundreds of thousands of people marched.",
			[]found{{Text: "Hundreds of thousands of people", Dim: Count, Min: 200000, Max: inf, Qualifier: "at least", Subject: "crowd"}}},
		{"dozen", "He bought a dozen eggs.",
			[]found{{Text: "a dozen eggs", Dim: Count, Min: 6, Max: 18, Subject: "eggs"}}},
		{"between and", "Between 20 and 35 families left.",
			[]found{{Text: "Between 20 and 35 families", Dim: Count, Min: 20, Max: 35, Qualifier: "between", Subject: "families"}}},
		{"from to", "From 300 to 500 soldiers deployed.",
			[]found{{Text: "From 300 to 500 soldiers", Dim: Count, Min: 300, Max: 500, Qualifier: "between", Subject: "soldiers"}}},
		{"up to", "Up to 40 boats sank.",
			[]found{{Text: "Up to 40 boats", Dim: Count, Min: 0, Max: 40, Qualifier: "up to", Subject: "boats"}}},
		{"nearly", "Nearly 3,000 troops arrived.",
			[]found{{Text: "Nearly 3,000 troops", Dim: Count, Min: 2500, Max: 3000, Qualifier: "nearly", Subject: "troops"}}},
		{"fewer than", "Fewer than 1,000 pandas remain.",
			[]found{{Text: "Fewer than 1,000 pandas", Dim: Count, Min: 0, Max: 1000, Qualifier: "less than", Subject: "pandas"}}},
		{"subject before a prepositional phrase", "Unemployment in the region stood at 11.2 percent.",
			[]found{{Text: "11.2 percent", Dim: Percent, Unit: "%", Min: 11.15, Max: 11.25, Subject: "unemployment"}}},
		{"subject before an appositive", "The region, home to many farms, covers 900 square miles.",
			[]found{{Text: "900 square miles", Dim: Area, Unit: "m2", Min: 850 * mi * mi, Max: 950 * mi * mi, Subject: "region"}}},
		{"or more", "Groups of 50 or more guests were banned.",
			[]found{{Text: "50 or more guests", Dim: Count, Min: 50, Max: inf, Qualifier: "at least", Subject: "guests"}}},
		{"compound bounds", "They want more than 10 and less than 40 seats.",
			[]found{{Text: "more than 10 and less than 40 seats", Dim: Count, Min: 10, Max: 40, Qualifier: "between", Subject: "seats"}}},
		{"a count of one is not a claim", "One country voted no.", nil},
		{"bare number has no subject", "The tally was 42.",
			[]found{{Text: "42", Dim: Count, Min: 41.5, Max: 42.5}}},
	})
}

func TestEvacuations(t *testing.T) {
	runCases(t, []struct {
		name string
		in   string
		want []found
	}{
		{"evacuation before the count", "Evacuation orders now cover about 1,800 residents of Elm Bend.",
			[]found{{Text: "about 1,800 residents", Dim: Count, Min: 1620, Max: 1980, Qualifier: "about", Subject: "evacuated"}}},
		{"ordered to leave after", "Some 600 families in the valley were ordered to leave on Sunday.",
			[]found{{Text: "Some 600 families", Dim: Count, Min: 540, Max: 660, Qualifier: "about", Subject: "evacuated"}}},
		{"people a project employs are jobs, and the year before 'and will' is not theirs", "The plant will open in 2027 and will employ 1,243 people.",
			[]found{{Text: "1,243 people", Dim: Count, Min: 1242.5, Max: 1243.5, Subject: "jobs"}}},
		{"workers hired", "The smelter is hiring 315 workers.",
			[]found{{Text: "315 workers", Dim: Count, Min: 314.5, Max: 315.5, Subject: "jobs"}}},
		{"residents with no evacuation", "About 1,800 residents signed the petition.",
			[]found{{Text: "About 1,800 residents", Dim: Count, Min: 1620, Max: 1980, Qualifier: "about", Subject: "residents"}}},
	})
}

func TestCasualties(t *testing.T) {
	runCases(t, []struct {
		name string
		in   string
		want []found
	}{
		{"claimed the lives of", "The landslide claimed the lives of seven hikers.",
			[]found{{Text: "seven hikers", Dim: Count, Min: 6.5, Max: 7.5, Subject: "killed"}}},
		{"dead and hurt", "4 dead, 12 hurt in pileup",
			[]found{
				{Text: "4 dead", Dim: Count, Min: 3.5, Max: 4.5, Subject: "killed"},
				{Text: "12 hurt", Dim: Count, Min: 11.5, Max: 12.5, Subject: "injured"},
			}},
		{"killed and wounded others", "The blast killed three people and wounded eight others.",
			[]found{
				{Text: "three people", Dim: Count, Min: 2.5, Max: 3.5, Subject: "killed"},
				{Text: "eight others", Dim: Count, Min: 7.5, Max: 8.5, Subject: "injured"},
			}},
		{"death toll", "The death toll rose to 12 on Sunday.",
			[]found{{Text: "12", Dim: Count, Min: 11.5, Max: 12.5, Subject: "killed"}}},
		{"headline verbs", "Storm Kills 4, Injures 2 In Coastal Towns",
			[]found{
				{Text: "4", Dim: Count, Min: 3.5, Max: 4.5, Subject: "killed"},
				{Text: "2", Dim: Count, Min: 1.5, Max: 2.5, Subject: "injured"},
			}},
		{"list", "Two killed, three wounded as bus overturns",
			[]found{
				{Text: "Two killed", Dim: Count, Min: 1.5, Max: 2.5, Subject: "killed"},
				{Text: "three wounded", Dim: Count, Min: 2.5, Max: 3.5, Subject: "injured"},
			}},
		{"passive with auxiliary", "At least 14 people were killed.",
			[]found{{Text: "At least 14 people were killed", Dim: Count, Min: 14, Max: inf, Qualifier: "at least", Subject: "killed"}}},
		{"died", "Six miners died underground.",
			[]found{{Text: "Six miners died", Dim: Count, Min: 5.5, Max: 6.5, Subject: "killed"}}},
		{"update with an ordinal", "A third victim died later in hospital.",
			[]found{{Text: "A third victim", Dim: Count, Min: 3, Max: inf, Qualifier: "at least", Subject: "killed"}}},
		{"toll far from its number", "The toll from Sunday's crash in Peru climbed to 24.",
			[]found{{Text: "24", Dim: Count, Min: 23.5, Max: 24.5, Subject: "killed", Place: "Peru"}}},
		{"more is an update", "Two more patients died overnight.",
			[]found{{Text: "Two more patients died", Dim: Count, Min: 2, Max: inf, Qualifier: "at least", Subject: "killed"}}},
		{"arrests", "Police arrested 30 protesters.",
			[]found{{Text: "30 protesters", Dim: Count, Min: 29.5, Max: 30.5, Subject: "arrested"}}},
		{"lives claimed", "The fire claimed 9 lives.",
			[]found{{Text: "9 lives", Dim: Count, Min: 8.5, Max: 9.5, Subject: "killed"}}},
		{"missing", "Five fishermen remain missing.",
			[]found{{Text: "Five fishermen remain missing", Dim: Count, Min: 4.5, Max: 5.5, Subject: "missing"}}},
	})
}

func TestNotQuantities(t *testing.T) {
	runCases(t, []struct {
		name string
		in   string
		want []found
	}{
		{"phone number", "Call 555-1234 for tickets.", nil},
		{"international phone", "Dial +44-20-7946-0958 today.", nil},
		{"ip address", "The server at 10.0.0.12 went down.", nil},
		{"version", "Install version 2 before Friday.", nil},
		{"dotted version", "The 1.4.2 release fixed it.", nil},
		{"score", "City won 3-1 at home.", nil},
		{"vote", "The court ruled 5-4 on Monday.", nil},
		{"page", "See page 12 of the report.", nil},
		{"year", "The law passed in 2019.", nil},
		{"date", "They met on December 27 in Lima.", nil},
		{"day first date", "They met on 27 December.", nil},
		{"clock time", "Polls close at 8pm.", nil},
		{"clock time with colon", "The train left at 10:45.", nil},
		{"ordinal", "It was the 3rd attempt.", nil},
		{"decade", "Prices peaked in the 1990s.", nil},
		{"name with a number", "Voyager 2 passed Neptune.", nil},
		{"aircraft model", "A Boeing 737 landed.", nil},
		{"treaty article", "Members invoked Article 5.", nil},
		{"disease name", "COVID-19 spread fast.", nil},
		{"code glued to letters", "The G7 summit ended.", nil},
		{"street address", "Protesters gathered at 10 Downing Street.", nil},
		{"age after a name", "Ana Ruiz, 36, was hurt.", nil},
		{"age in brackets", "The driver (45) fled.", nil},
		{"aged", "A woman aged 70 died.", nil},
		{"slashed date", "It happened on 9/11 and 12/27/2023.", nil},
		{"numbers side by side", "Row 245 23 yen", nil},
		{"ages between", "The class takes pupils aged between 4 and 11.", nil},
		{"no one", "No one was hurt when the barn collapsed.", nil},
		{"not one", "Not one passenger was injured.", nil},
		{"a split is not a range", "Voters backed it 58% to 42%.",
			[]found{
				{Text: "58%", Dim: Percent, Unit: "%", Min: 57.5, Max: 58.5},
				{Text: "42%", Dim: Percent, Unit: "%", Min: 41.5, Max: 42.5},
			}},
	})
}

func TestDisplay(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"the 1,954-mile (3,145-kilometer) border", "3,145 km"},
		{"more than half a million individuals", "more than 500,000 individuals"},
		{"$2 billion", "$2 billion"},
		{"35% of homes", "35%"},
		{"between 20 and 35 km", "20–35 km"},
		{"1.25 million people", "1.25 million people"},
		{"€300 in fees", "€300"},
		{"500 pesos", "MXN 500"},
		{"shares at $34.50", "$34.50"},
		{"a 6.4-magnitude quake", "magnitude 6.4"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			ms := Extract(text.Parse(tt.in))
			if len(ms) != 1 {
				t.Fatalf("Extract(%q) found %d quantities, want 1", tt.in, len(ms))
			}
			if got := ms[0].Value.Display; got != tt.want {
				t.Errorf("Display of %q = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestConversionKeepsBothReadings(t *testing.T) {
	ms := Extract(text.Parse("a 1,954-mile (3,145-kilometer) border"))
	if len(ms) != 1 {
		t.Fatalf("found %d quantities, want one claim for both readings", len(ms))
	}
	c := ms[0].Value.Converted
	if c == nil {
		t.Fatal("Converted is nil, want the mile reading")
	}
	want := Quantity{Dimension: Length, Unit: "m", Value: 1954 * mi, Min: 1953.5 * mi, Max: 1954.5 * mi, Display: "1,954 mi"}
	if diff := cmp.Diff(want, *c, approx); diff != "" {
		t.Errorf("Converted mismatch (-want +got):\n%s", diff)
	}
}

func TestFmtNum(t *testing.T) {
	tests := []struct {
		in   float64
		want string
	}{
		{0, "0"}, {42, "42"}, {3145, "3,145"}, {500000, "500,000"}, {2e6, "2 million"},
		{1.25e6, "1.25 million"}, {1234567, "1,234,567"}, {3.5e9, "3.5 billion"},
		{-1500, "-1,500"}, {0.125, "0.125"}, {1.0 / 3, "0.3333"},
	}
	for _, tt := range tests {
		if got := fmtNum(tt.in); got != tt.want {
			t.Errorf("fmtNum(%v) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestEconomicFigures(t *testing.T) {
	runCases(t, []struct {
		name string
		in   string
		want []found
	}{
		{"gross domestic product before a bracketed acronym", "Gross domestic product (GDP) rose 0.5%.",
			[]found{{Text: "0.5%", Dim: Percent, Unit: "%", Min: 0.45, Max: 0.55, Subject: "gdp increase"}}},
		{"a change against a year earlier opening the sentence", "Compared with a year earlier, output was 2.1% higher.",
			[]found{{Text: "2.1% higher", Dim: Percent, Unit: "%", Min: 2.05, Max: 2.15, Subject: "output increase", Period: "year on year"}}},
		{"a change set off after the figure it changes", "The jobless rate was 5.2%, 0.3 percentage points lower than in March 2023.",
			[]found{
				{Text: "5.2%", Dim: Percent, Unit: "%", Min: 5.15, Max: 5.25, Subject: "unemployment"},
				{Text: "0.3 percentage points lower", Dim: Percent, Unit: "pp", Min: 0.25, Max: 0.35, Subject: "unemployment decrease", Period: "vs 2023"},
			}},
		{"year-on-year growth", "Year-on-year growth was 3 percent.",
			[]found{{Text: "3 percent", Dim: Percent, Unit: "%", Min: 2.5, Max: 3.5, Subject: "growth", Period: "year on year"}}},
		{"growth of a named thing", "Wage growth slowed to 4.1%.",
			[]found{{Text: "4.1%", Dim: Percent, Unit: "%", Min: 4.05, Max: 4.15, Subject: "wage increase"}}},
		{"growth of the economy", "GDP growth was 1.4 percent.",
			[]found{{Text: "1.4 percent", Dim: Percent, Unit: "%", Min: 1.35, Max: 1.45, Subject: "gdp increase"}}},
		{"a forecast is not the outcome", "Analysts had expected 0.3 percent growth.",
			[]found{{Text: "0.3 percent growth", Dim: Percent, Unit: "%", Min: 0.25, Max: 0.35, Subject: "forecast increase"}}},
		{"edged down to", "Unemployment edged down to 6.1 percent.",
			[]found{{Text: "6.1 percent", Dim: Percent, Unit: "%", Min: 6.05, Max: 6.15, Subject: "unemployment"}}},
		{"a thing growing by", "The economy grew 1 percent, with consumption growing by 2%.",
			[]found{
				{Text: "1 percent", Dim: Percent, Unit: "%", Min: 0.5, Max: 1.5, Subject: "economy increase"},
				{Text: "2%", Dim: Percent, Unit: "%", Min: 1.5, Max: 2.5, Subject: "consumption increase"},
			}},
		{"more than is no comparison", "Prices rose more than 5% last year.",
			[]found{{Text: "more than 5%", Dim: Percent, Unit: "%", Min: 5, Max: inf, Qualifier: "more than", Subject: "prices increase", Period: "last year"}}},
	})
}
