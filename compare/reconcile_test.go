package compare

import (
	"fmt"
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"

	"crosscheck/claims"
	"crosscheck/claims/dates"
	"crosscheck/claims/quantity"
)

type ruleTest struct {
	name  string
	build func(c *corpus)
	want  []summary
}

func runRules(t *testing.T, tests []ruleTest) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &corpus{}
			tt.build(c)
			got := summarize(c.report())
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("findings (-want +got):\n%s", diff)
			}
		})
	}
}

const (
	Q = claims.Quantity
	D = claims.Date
	R = claims.Role
	A = claims.Age
	N = claims.Name
	T = claims.Quote
)

func TestQuantityRules(t *testing.T) {
	runRules(t, []ruleTest{
		{
			name: "a key split by an article's two values keeps close values of others together, a vague one apart",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2025-04-05").doc("b", "Paper B", "2025-04-06").doc("c", "Site C", "2025-04-06")
				c.add("a", Q, "45,000 people", "people", "Police counted 45,000 people.", count(45000, 1000))
				c.add("a", Q, "90,000 people", "people", "Organisers said 90,000 people came.", count(90000, 1000))
				c.add("b", Q, "about 45,000 people", "people", "About 45,000 people marched.", count(45000, 5000))
				c.add("c", Q, "tens of thousands of people", "people", "Tens of thousands of people marched.",
					quantity.Quantity{Dimension: "count", Value: 20000, Min: 20000, Max: 99999, Display: "at least 20,000"})
			},
			want: []summary{
				{Agree, Q, "number of people", "45000 [a#1] | 45000 [b#1]", ""},
				{Single, Q, "number of people", "at least 20,000 [c#1]", ""},
				{Single, Q, "number of people", "90000 [a#2]", ""},
			},
		},
		{
			name: "one side's prisoners are not all prisoners",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2025-04-05").doc("b", "Paper B", "2025-04-06")
				c.add("a", Q, "90 prisoners", "prisoners", "The two sides swapped 90 prisoners.", count(90, 1))
				c.add("a", Q, "40 Tarvian prisoners", "prisoners", "Lusk freed 40 Tarvian prisoners.", count(40, 1))
				c.add("b", Q, "41 Tarvian prisoners", "prisoners", "Lusk freed 41 Tarvian prisoners.", count(41, 1))
			},
			want: []summary{
				{Conflict, Q, "number of prisoners", "40 [a#2] | 41 [b#1]", "1 (2.4%)"},
				{Single, Q, "number of prisoners", "90 [a#1]", ""},
			},
		},
		{
			name: "a plain count joins the one qualified form of its noun when no article gives both",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2025-04-05").doc("b", "Paper B", "2025-04-06")
				c.add("a", Q, "1,800 Orrin jobs", "jobs", "The merger will cut 1,800 Orrin jobs.", count(1800, 1))
				c.add("b", Q, "1,500 jobs", "jobs", "The merger will cut 1,500 jobs.", count(1500, 1))
			},
			want: []summary{{Conflict, Q, "number of jobs", "1800 [a#1] | 1500 [b#1]", "300 (17%)"}},
		},
		{
			name: "where an article gives a total and one side's count, another's equal plain count joins the side",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2025-04-05").doc("b", "Paper B", "2025-04-06").doc("c", "Site C", "2025-04-06")
				c.add("a", Q, "90 prisoners", "prisoners", "The two sides swapped 90 prisoners.", count(90, 1))
				c.add("a", Q, "40 Tarvian prisoners", "prisoners", "Lusk freed 40 Tarvian prisoners.", count(40, 1))
				c.add("b", Q, "41 Tarvian prisoners", "prisoners", "Lusk freed 41 Tarvian prisoners.", count(41, 1))
				c.add("c", Q, "40 prisoners", "prisoners", "Lusk freed 40 prisoners and Tarvia 50.", count(40, 1))
				c.add("c", Q, "50 prisoners", "prisoners", "Lusk freed 40 prisoners and Tarvia 50.", count(50, 1))
			},
			want: []summary{
				{Conflict, Q, "number of prisoners", "40 [a#2 c#1] | 41 [b#1]", "1 (2.4%)"},
				{Agree, Q, "number of prisoners", "40 [a#2 c#1]", ""},
				{Single, Q, "number of prisoners", "50 [c#2]", ""},
				{Single, Q, "number of prisoners", "90 [a#1]", ""},
			},
		},
		{
			name: "crowd counts credited to two parties do not conflict",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2025-04-05").doc("b", "Paper B", "2025-04-06")
				c.add("a", Q, "80,000 marchers", "marchers", "Police estimated 80,000 marchers filled the avenue.", count(80000, 1000))
				c.add("b", Q, "100,000 marchers", "marchers", "Organizers said 100,000 marchers took part.", count(100000, 1000))
			},
			want: []summary{
				{Single, Q, "number of marchers", "80000 [a#1]", ""},
				{Single, Q, "number of marchers", "100000 [b#1]", ""},
			},
		},
		{
			name: "tolls credited to two authorities still conflict",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2025-04-05").doc("b", "Paper B", "2025-04-05")
				c.add("a", Q, "12 people", "killed", "Police said 12 people were killed in the fire.", count(12, 1))
				c.add("b", Q, "15 people", "killed", "Hospital officials said 15 people were killed in the fire.", count(15, 1))
			},
			want: []summary{{Conflict, Q, "number of killed", "12 [a#1] | 15 [b#1]", "3 (20%)"}},
		},
		{
			name: "crowd counts credited to one party conflict",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2025-04-05").doc("b", "Paper B", "2025-04-06")
				c.add("a", Q, "80,000 marchers", "marchers", "Police estimated 80,000 marchers filled the avenue.", count(80000, 1000))
				c.add("b", Q, "100,000 marchers", "marchers", "About 100,000 marchers took part, police said.", count(100000, 1000))
			},
			want: []summary{{Conflict, Q, "number of marchers", "80000 [a#1] | 100000 [b#1]", "20000 (20%)"}},
		},
		{
			name: "precision makes 3,145 km and 3,200 km conflict",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2024-01-15").doc("b", "Wire B", "2024-01-16")
				c.add("a", Q, "3,145-kilometer border", "border", "Trade crosses the 3,145-kilometer border every day.", km(3145, 1))
				c.add("b", Q, "3,200km border", "border", "Trade crosses the 3,200km border every day.", km(3200, 100))
			},
			want: []summary{{Conflict, Q, "length of the border", "3145 km [a#1] | 3200 km [b#1]", "1.7%"}},
		},
		{
			name: "3,200 km stated to the hundred agrees with 3,170 km",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2024-01-15").doc("b", "Wire B", "2024-01-16")
				c.add("a", Q, "3,170 km", "border", "The border runs 3,170 km.", km(3170, 10))
				c.add("b", Q, "3,200km", "border", "The border runs 3,200km.", km(3200, 100))
			},
			want: []summary{{Agree, Q, "length of the border", "3170 km [a#1] | 3200 km [b#1]", ""}},
		},
		{
			name: "more than X agrees with a value above X",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2024-01-15").doc("b", "Wire B", "2024-01-16")
				c.add("a", Q, "more than 300,000 migrants", "migrants", "More than 300,000 migrants crossed.", moreThan(300000))
				c.add("b", Q, "two million migrants", "migrants", "Two million migrants crossed.", count(2e6, 1e6))
			},
			want: []summary{{Agree, Q, "number of migrants", "more than 300000 [a#1] | 2000000 [b#1]", ""}},
		},
		{
			name: "a crossing and a bridge measured are one thing",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2024-04-20").doc("b", "Radio B", "2024-04-21")
				c.add("a", Q, "a 400-meter crossing", "crossing", "The new 400-meter crossing links both banks.", km(0.4, 0.001))
				c.add("b", Q, "400-meter bridge", "bridge", "The 400-meter bridge opened Saturday.", km(0.4, 0.001))
			},
			want: []summary{{Agree, Q, "length of the crossing", "0.4 km [a#1 b#1]", ""}},
		},
		{
			name: "injured, wounded and hurt count the same people",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2024-01-15").doc("b", "Wire B", "2024-01-15").doc("c", "Wire C", "2024-01-15")
				c.add("a", Q, "12 people injured", "people injured", "The blast left 12 people injured.", count(12, 1))
				c.add("b", Q, "12 wounded", "wounded", "Police said 12 were wounded.", count(12, 1))
				c.add("c", Q, "15 hurt", "hurt", "At the scene, 15 were hurt.", count(15, 1))
			},
			want: []summary{
				{Conflict, Q, "number of people injured", "12 [a#1 b#1] | 15 [c#1]", "3 (20%)"},
				{Agree, Q, "number of people injured", "12 [a#1 b#1]", ""},
			},
		},
		{
			name: "rounding intervals that only touch do not overlap",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2024-01-15").doc("b", "Wire B", "2024-01-16")
				c.add("a", Q, "two killed", "killed", "Two were killed.", count(2, 1))
				c.add("b", Q, "three killed", "killed", "Three were killed.", count(3, 1))
			},
			want: []summary{{Conflict, Q, "number of killed", "2 [a#1] | 3 [b#1]", "1 (33%)"}},
		},
		{
			name: "counts for one calendar period conflict",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2024-01-10").doc("b", "Wire B", "2023-12-20")
				q := count(2e6, 1e5)
				q.Period = "last year"
				c.add("a", Q, "2.0 million migrants", "migrants", "Some 2.0 million migrants crossed last year.", q)
				q = count(2.5e6, 1e5)
				q.Period = "this year"
				c.add("b", Q, "2.5 million migrants", "migrants", "Some 2.5 million migrants crossed this year.", q)
			},
			want: []summary{{Conflict, Q, "number of migrants (2023)", "2000000 [a#1] | 2500000 [b#1]", "500000 (20%)"}},
		},
		{
			name: "the same period words a year apart are different periods",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2024-01-10").doc("b", "Wire B", "2023-12-20")
				q := count(2e6, 1e5)
				q.Period = "last year"
				c.add("a", Q, "2.0 million migrants", "migrants", "Some 2.0 million migrants crossed last year.", q)
				q = count(2.5e6, 1e5)
				q.Period = "last year"
				c.add("b", Q, "2.5 million migrants", "migrants", "Some 2.5 million migrants crossed last year.", q)
			},
			want: []summary{
				{Single, Q, "number of migrants (2022)", "2500000 [b#1]", ""},
				{Single, Q, "number of migrants (2023)", "2000000 [a#1]", ""},
			},
		},
		{
			name: "rates never conflict",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2024-01-10").doc("b", "Wire B", "2024-01-10")
				q := count(2000, 1000)
				q.Period = "every year"
				c.add("a", Q, "2,000 migrants a year", "migrants", "About 2,000 migrants cross each year.", q)
				q = count(9000, 1000)
				q.Period = "every year"
				c.add("b", Q, "9,000 migrants a year", "migrants", "About 9,000 migrants cross each year.", q)
			},
			want: []summary{
				{Single, Q, "number of migrants (every year)", "2000 [a#1]", ""},
				{Single, Q, "number of migrants (every year)", "9000 [b#1]", ""},
			},
		},
		{
			name: "close counts of a specific thing conflict without a period",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2024-06-12").doc("b", "Wire B", "2024-06-12")
				c.add("a", Q, "120 new police officers", "police officers", "The plan pays for 120 new police officers.", count(120, 1))
				c.add("b", Q, "150 new police officers", "police officers", "The plan pays for 150 new police officers.", count(150, 1))
			},
			want: []summary{{Conflict, Q, "number of police officers", "120 [a#1] | 150 [b#1]", "30 (20%)"}},
		},
		{
			name: "far-apart counts of one noun without a period are different facts",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2024-06-12").doc("b", "Wire B", "2024-06-12")
				c.add("a", Q, "120 new police officers", "police officers", "The plan pays for 120 new police officers.", count(120, 1))
				c.add("b", Q, "3,000 police officers", "police officers", "The city has 3,000 police officers.", count(3000, 1))
			},
			want: []summary{
				{Single, Q, "number of police officers", "120 [a#1]", ""},
				{Single, Q, "number of police officers", "3000 [b#1]", ""},
			},
		},
		{
			name: "percentages without a period conflict when close",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2024-06-12").doc("b", "Wire B", "2024-06-12")
				pct := func(v float64) quantity.Quantity {
					return quantity.Quantity{Dimension: "percent", Unit: "%", Value: v, Min: v - 0.5, Max: v + 0.5, Display: strconv.FormatFloat(v, 'f', -1, 64) + "%"}
				}
				c.add("a", Q, "a 6% increase", "increase", "The budget is a 6% increase.", pct(6))
				c.add("b", Q, "up 8 percent", "increase", "The budget is up 8 percent.", pct(8))
			},
			want: []summary{{Conflict, Q, "percentage of the increase", "6% [a#1] | 8% [b#1]", "2 percentage points"}},
		},
		{
			name: "counts of things without a time scope never conflict",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2024-01-15").doc("b", "Wire B", "2024-01-16")
				c.add("a", Q, "three countries", "countries", "Flights went to three countries.", count(3, 1))
				c.add("b", Q, "five countries", "countries", "Ministers from five countries met.", count(5, 1))
			},
			want: []summary{
				{Single, Q, "number of countries", "3 [a#1]", ""},
				{Single, Q, "number of countries", "5 [b#1]", ""},
			},
		},
		{
			name: "a document that disagrees with itself makes no conflict",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2024-01-15").doc("b", "Wire B", "2024-01-16")
				c.add("a", Q, "killed 12", "killed", "The first attack killed 12.", count(12, 1))
				c.add("a", Q, "killed 20", "killed", "The second attack killed 20.", count(20, 1))
				c.add("b", Q, "12 dead", "dead", "Officials reported 12 dead.", count(12, 1))
			},
			want: []summary{
				{Agree, Q, "number of killed", "12 [a#1 b#1]", ""},
				{Single, Q, "number of killed", "20 [a#2]", ""},
			},
		},
		{
			name: "a toll said to have risen in a later article is an update",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2025-02-10").doc("b", "Wire B", "2025-02-10").doc("c", "Wire A", "2025-02-11")
				c.add("a", Q, "at least 12 people", "killed", "The storm killed at least 12 people on Monday.", moreThan(12))
				c.add("b", Q, "14 dead", "dead", "Rescuers counted 14 dead by nightfall.", count(14, 1))
				c.add("c", Q, "31", "killed", "The toll from Monday's storm rose to 31 on Tuesday.", count(31, 1))
				c.add("c", Q, "at least 90 people", "injured", "At least 90 people were hurt.", moreThan(90))
				c.add("b", Q, "40 injured", "injured", "Another 40 were injured.", count(40, 1))
			},
			want: []summary{
				{Agree, Q, "number of killed", "more than 12 [a#1] | 14 [b#1]", ""},
				{Single, Q, "number of injured", "40 [b#2]", ""},
				{Single, Q, "number of injured (as of 2025-02-11)", "more than 90 [c#2]", ""},
				{Single, Q, "number of killed (as of 2025-02-11)", "31 [c#1]", ""},
			},
		},
		{
			name: "a higher count a day later, with no word of a rise, conflicts",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2024-03-15").doc("b", "Paper B", "2024-03-16")
				c.add("a", Q, "injuring 12 others", "injured", "The bus overturned, injuring 12 others.", count(12, 1))
				c.add("b", Q, "15 hurt", "hurt", "Two dead, 15 hurt as bus overturns.", count(15, 1))
			},
			want: []summary{{Conflict, Q, "number of injured", "12 [a#1] | 15 [b#1]", "3 (20%)"}},
		},
		{
			name: "a lower toll in a later update still conflicts",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2025-02-10").doc("b", "Wire B", "2025-02-11")
				c.add("a", Q, "killed 14", "killed", "The storm killed 14 people.", count(14, 1))
				c.add("b", Q, "10", "killed", "The toll rose to 10 after a body was found.", count(10, 1))
			},
			want: []summary{{Conflict, Q, "number of killed", "14 [a#1] | 10 [b#1]", "4 (29%)"}},
		},
		{
			name: "a count in a clause dated years back is that year's",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2025-11-04").doc("b", "Ministry B", "2025-11-04")
				c.add("a", Q, "nine people", "killed", "The outbreak has killed nine people.", count(9, 1))
				c.add("a", D, "2019", "outbreak", "The last outbreak, in 2019, killed 27 people.", dates.Date{ISO: "2019", Min: "2019-01-01", Max: "2019-12-31", Precision: "year", Event: "outbreak"})
				c.add("a", Q, "27 people", "killed", "The last outbreak, in 2019, killed 27 people.", count(27, 1))
				c.add("b", Q, "nine deaths", "deaths", "Nine deaths have been recorded.", count(9, 1))
			},
			want: []summary{
				{Agree, Q, "number of killed", "9 [a#1 b#1]", ""},
				{Single, Q, "number of killed (2019)", "27 [a#3]", ""},
				{Single, D, "date of the outbreak", "2019 [a#2]", ""},
			},
		},
		{
			name: "a date after the count in another clause scopes nothing",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2025-11-04").doc("b", "Wire B", "2025-11-04")
				s := "The flood killed 40 people, the most since a 1998 storm."
				c.add("a", Q, "40 people", "killed", s, count(40, 1))
				c.add("a", D, "1998", "", s, dates.Date{ISO: "1998", Min: "1998-01-01", Max: "1998-12-31", Precision: "year"})
				c.add("b", Q, "40 dead", "dead", "Officials said 40 were dead.", count(40, 1))
			},
			want: []summary{{Agree, Q, "number of killed", "40 [a#1 b#1]", ""}},
		},
		{
			name: "a date describing another noun after the count scopes nothing",
			build: func(c *corpus) {
				c.doc("a", "Paper A", "2024-06-12").doc("b", "Radio B", "2024-06-13")
				s := "The $60 million ferry replaces a 1970s vessel on the Tarn crossing."
				usd := quantity.Quantity{Dimension: "money", Unit: "USD", Value: 60e6, Min: 59.5e6, Max: 60.5e6, Display: "$60 million"}
				c.add("a", Q, "$60 million ferry", "ferry", s, usd)
				c.add("a", D, "1970s", "", s, dates.Date{ISO: "197", Min: "1970-01-01", Max: "1979-12-31", Precision: "decade"})
				c.add("b", Q, "$60 million", "ferry", "The ferry cost $60 million.", usd)
			},
			want: []summary{{Agree, Q, "amount of the ferry", "$60 million [a#1 b#1]", ""}},
		},
		{
			name: "a date in a relative clause after the count scopes nothing",
			build: func(c *corpus) {
				c.doc("a", "Paper A", "2024-06-12").doc("b", "Radio B", "2024-06-13")
				s := "The $60 million ferry replaces a boat that failed inspection in 2019."
				usd := quantity.Quantity{Dimension: "money", Unit: "USD", Value: 60e6, Min: 59.5e6, Max: 60.5e6, Display: "$60 million"}
				c.add("a", Q, "$60 million ferry", "ferry", s, usd)
				c.add("a", D, "2019", "", s, dates.Date{ISO: "2019", Min: "2019-01-01", Max: "2019-12-31", Precision: "year"})
				c.add("b", Q, "$60 million", "ferry", "The ferry cost $60 million.", usd)
			},
			want: []summary{{Agree, Q, "amount of the ferry", "$60 million [a#1 b#1]", ""}},
		},
		{
			name: "amounts far apart without a period are two figures",
			build: func(c *corpus) {
				c.doc("a", "Paper A", "2024-06-12").doc("b", "Radio B", "2024-06-13")
				c.add("a", Q, "$12 million ferry", "ferry", "The $12 million ferry sails in May.", usd(12e6, 1e6))
				c.add("b", Q, "$27 million ferry", "ferry", "The $27 million ferry sails in May.", usd(27e6, 1e6))
			},
			want: []summary{
				{Single, Q, "amount of the ferry", "$12 million [a#1]", ""},
				{Single, Q, "amount of the ferry", "$27 million [b#1]", ""},
			},
		},
		{
			name: "amounts with two digits swapped are one figure miscopied",
			build: func(c *corpus) {
				c.doc("a", "Paper A", "2024-06-12").doc("b", "Radio B", "2024-06-13")
				c.add("a", Q, "$12 million ferry", "ferry", "The $12 million ferry sails in May.", usd(12e6, 1e6))
				c.add("b", Q, "$21 million ferry", "ferry", "The $21 million ferry sails in May.", usd(21e6, 1e6))
			},
			want: []summary{{Conflict, Q, "amount of the ferry", "$12 million [a#1] | $21 million [b#1]", "43%"}},
		},
		{
			name: "a percentage difference in tenths reads as tenths",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2024-06-12").doc("b", "Wire B", "2024-06-12")
				pct := func(v float64) quantity.Quantity {
					return quantity.Quantity{Dimension: "percent", Unit: "%", Value: v, Min: v - 0.05, Max: v + 0.05, Display: strconv.FormatFloat(v, 'f', -1, 64) + "%"}
				}
				c.add("a", Q, "0.6%", "output increase", "Output grew 0.6% in the quarter.", pct(0.6))
				c.add("b", Q, "0.4 percent", "output increase", "Output grew 0.4 percent in the quarter.", pct(0.4))
			},
			want: []summary{{Conflict, Q, "percentage of the output increase", "0.6% [a#1] | 0.4% [b#1]", "0.2 percentage points"}},
		},
		{
			name: "a day the story points back to scopes nothing",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2025-05-21").doc("b", "Paper B", "2025-05-22")
				c.add("a", Q, "11 workers were injured", "injured", "Besides the dead, 11 workers were injured.", count(11, 1))
				s := "Eleven other workers were hurt that night."
				c.add("b", Q, "Eleven other workers were hurt", "injured", s, count(11, 1))
				c.add("b", D, "that night", "", s, dates.Date{ISO: "2024-09-14TNI", Min: "2024-09-14", Max: "2024-09-14", Precision: "time"})
			},
			want: []summary{{Agree, Q, "number of injured", "11 [a#1 b#1]", ""}},
		},
		{
			name: "a year the story points back to still scopes",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2025-05-21").doc("b", "Paper B", "2025-05-22")
				c.add("a", Q, "11 workers were injured", "injured", "Besides the dead, 11 workers were injured.", count(11, 1))
				s := "Eleven workers were hurt that year."
				c.add("b", Q, "Eleven workers were hurt", "injured", s, count(11, 1))
				c.add("b", D, "that year", "", s, dates.Date{ISO: "2023", Min: "2023-01-01", Max: "2023-12-31", Precision: "year"})
			},
			want: []summary{
				{Single, Q, "number of injured", "11 [a#1]", ""},
				{Single, Q, "number of injured (2023)", "11 [b#1]", ""},
			},
		},
		{
			name: "the economy's growth is gdp growth, a year on year change apart from the quarter's",
			build: func(c *corpus) {
				c.doc("a", "Office A", "2025-08-14").doc("b", "Paper B", "2025-08-14").doc("c", "Wire C", "2025-08-15")
				c.add("a", Q, "0.5%", "gdp increase", "GDP grew 0.5% in the quarter.", pct(0.5, 0.05))
				yoy := pct(2.1, 0.05)
				yoy.Period = "vs 2024"
				c.add("a", Q, "2.1% higher", "gdp increase", "GDP was 2.1% higher than in the second quarter of 2024.", yoy)
				c.add("b", Q, "0.5 percent", "economy increase", "The economy grew 0.5 percent.", pct(0.5, 0.05))
				c.add("c", Q, "0.5 percent", "economy increase", "The economy expanded 0.5 percent.", pct(0.5, 0.05))
				low := pct(1.6, 0.05)
				low.Period = "year on year"
				c.add("c", Q, "1.6 percent", "growth", "Year-on-year growth was 1.6 percent.", low)
			},
			want: []summary{
				{Conflict, Q, "percentage of the gdp increase (year on year)", "2.1% [a#2] | 1.6% [c#2]", "0.5 percentage points"},
				{Agree, Q, "percentage of the gdp increase", "0.5% [a#1 b#1 c#1]", ""},
			},
		},
		{
			name: "a figure stated with no period is the latest month's",
			build: func(c *corpus) {
				c.doc("a", "Office A", "2025-08-14").doc("b", "Wire B", "2025-08-15")
				june := pct(6.3, 0.05)
				june.Period = "June 2025"
				c.add("a", Q, "6.3%", "unemployment", "The unemployment rate was 6.3% in June 2025.", june)
				c.add("b", Q, "6.3%", "unemployment", "Unemployment dropped to 6.3%.", pct(6.3, 0.05))
			},
			want: []summary{{Agree, Q, "percentage of the unemployment (2025-06)", "6.3% [a#1 b#1]", ""}},
		},
		{
			name: "a figure stated with no period is not a year's",
			build: func(c *corpus) {
				c.doc("a", "Office A", "2025-12-14").doc("b", "Wire B", "2025-12-15")
				year := pct(6.3, 0.05)
				year.Period = "2025"
				c.add("a", Q, "6.3%", "unemployment", "Unemployment averaged 6.3% in 2025.", year)
				c.add("b", Q, "6.3%", "unemployment", "Unemployment dropped to 6.3%.", pct(6.3, 0.05))
			},
			want: []summary{
				{Single, Q, "percentage of the unemployment", "6.3% [b#1]", ""},
				{Single, Q, "percentage of the unemployment (2025)", "6.3% [a#1]", ""},
			},
		},
		{
			name: "percentage points a decimal place apart are one figure miscopied",
			build: func(c *corpus) {
				c.doc("a", "Office A", "2025-08-14").doc("b", "Site B", "2025-08-15")
				fall := pct(0.4, 0.05)
				fall.Unit, fall.Period = "pp", "year on year"
				c.add("a", Q, "0.4 percentage points lower", "unemployment decrease", "Unemployment was 0.4 percentage points lower than a year earlier.", fall)
				slip := pct(4, 0.5)
				slip.Unit, slip.Period = "pp", "year on year"
				c.add("b", Q, "4 percentage points", "unemployment decrease", "Unemployment fell 4 percentage points from a year earlier.", slip)
			},
			want: []summary{{Conflict, Q, "percentage of the unemployment decrease (year on year)", "0.4% [a#1] | 4% [b#1]", "3.6 percentage points"}},
		},
		{
			name: "the first quarter's figure is not the second's",
			build: func(c *corpus) {
				c.doc("a", "Office A", "2025-08-14").doc("b", "Paper B", "2025-08-14")
				s := "In the first quarter, GDP grew 0.2%."
				c.add("a", D, "the first quarter", "", s, dates.Date{ISO: "2025-Q1", Min: "2025-01-01", Max: "2025-03-31", Precision: "quarter"})
				c.add("a", Q, "0.2%", "gdp increase", s, pct(0.2, 0.05))
				s2 := "Output rose 0.2 percent in the first quarter and 0.6 percent in the April-June quarter."
				c.add("b", Q, "0.2 percent", "output increase", s2, pct(0.2, 0.05))
				c.add("b", D, "the first quarter", "", s2, dates.Date{ISO: "2025-Q1", Min: "2025-01-01", Max: "2025-03-31", Precision: "quarter"})
				c.add("b", Q, "0.6 percent", "output increase", s2, pct(0.6, 0.05))
				c.add("b", D, "April-June", "", s2, dates.Date{ISO: "2025-04/2025-06", Min: "2025-04-01", Max: "2025-06-30", Precision: "month"})
				c.add("b", D, "April", "", s2, dates.Date{ISO: "2025-04", Min: "2025-04-01", Max: "2025-04-30", Precision: "month"})
				// "April" is the first word of "April-June".
				c.last().Start, c.last().End = c.claims[len(c.claims)-2].Start, c.claims[len(c.claims)-2].Start+len("April")
			},
			want: []summary{
				{Agree, Q, "percentage of the gdp increase (2025-Q1)", "0.2% [a#2 b#1]", ""},
				{Single, Q, "percentage of the output increase", "0.6% [b#3]", ""},
			},
		},
		{
			name: "a future year scopes nothing",
			build: func(c *corpus) {
				c.doc("a", "Paper A", "2024-06-12").doc("b", "Radio B", "2024-06-13")
				s := "The council approved a $4.2 billion budget for the 2025 fiscal year."
				usd := quantity.Quantity{Dimension: "money", Unit: "USD", Value: 4.2e9, Min: 4.15e9, Max: 4.25e9, Display: "$4.2 billion"}
				c.add("a", Q, "$4.2 billion budget", "budget", s, usd)
				c.add("a", D, "2025", "", s, dates.Date{ISO: "2025", Min: "2025-01-01", Max: "2025-12-31", Precision: "year"})
				c.add("b", Q, "about $4.2 billion", "budget", "The new budget totals about $4.2 billion.", usd)
			},
			want: []summary{{Agree, Q, "amount of the budget", "$4.2 billion [a#1 b#1]", ""}},
		},
		{
			name: "a count without a place belongs to the one place named",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2024-10-15").doc("b", "Weekly B", "2024-10-19").doc("c", "Agency C", "2024-10-16")
				at := func(q quantity.Quantity, place string) quantity.Quantity { q.Place = place; return q }
				c.add("a", Q, "240 prisoners", "prisoners", "Both sides will free 240 prisoners.", count(240, 1))
				c.add("b", Q, "240 prisoners", "prisoners", "240 prisoners will go home through the Kessel crossing.", at(count(240, 1), "Kessel"))
				c.add("c", Q, "260 prisoners", "prisoners", "The deal frees 260 prisoners.", count(260, 1))
			},
			want: []summary{
				{Conflict, Q, "number of prisoners in Kessel", "240 [a#1 b#1] | 260 [c#1]", "20 (7.7%)"},
				{Agree, Q, "number of prisoners in Kessel", "240 [a#1 b#1]", ""},
			},
		},
		{
			name: "counts of two places are two facts",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2024-03-05").doc("b", "Wire B", "2024-03-05").doc("c", "Wire C", "2024-03-05")
				at := func(q quantity.Quantity, place string) quantity.Quantity { q.Place = place; return q }
				c.add("a", Q, "five people", "killed", "Shelling killed five people in Lomna.", at(count(5, 1), "Lomna"))
				c.add("b", Q, "12 people", "killed", "Shelling killed 12 people in Versk.", at(count(12, 1), "Versk"))
				c.add("c", Q, "seven", "killed", "Seven were killed.", count(7, 1))
			},
			want: []summary{
				{Single, Q, "number of killed", "7 [c#1]", ""},
				{Single, Q, "number of killed in Lomna", "5 [a#1]", ""},
				{Single, Q, "number of killed in Versk", "12 [b#1]", ""},
			},
		},
		{
			name: "figures without a period from articles a year apart do not conflict",
			build: func(c *corpus) {
				c.doc("a", "Paper A", "2024-04-20").doc("b", "Paper A", "2025-04-19")
				daily := func(v float64) quantity.Quantity { q := count(v, 500); q.Qualifier = "about"; return q }
				c.add("a", Q, "about 18,000 vehicles", "vehicles", "About 18,000 vehicles are expected to cross.", daily(18000))
				c.add("b", Q, "about 23,500 vehicles", "vehicles", "The bridge carries about 23,500 vehicles.", daily(23500))
			},
			want: []summary{
				{Single, Q, "number of vehicles", "18000 [a#1]", ""},
				{Single, Q, "number of vehicles", "23500 [b#1]", ""},
			},
		},
		{
			name: "a low-confidence claim makes no conflict",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2024-01-15").doc("b", "Wire B", "2024-01-16")
				c.add("a", Q, "40 km", "road", "The road is 40 km long.", km(40, 1))
				c.add("b", Q, "55 km", "road", "The road, some say, is 55 km.", km(55, 1))
				c.last().Confidence = 0.3
			},
			want: []summary{
				{Single, Q, "length of the road", "40 km [a#1]", ""},
				{Single, Q, "length of the road", "55 km [b#1]", ""},
			},
		},
		{
			name: "a quantity without a subject takes part in no finding",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2024-01-15").doc("b", "Wire B", "2024-01-16")
				c.add("a", Q, "40 km", "", "It was 40 km.", km(40, 1))
				c.add("b", Q, "55 km", "", "It was 55 km.", km(55, 1))
			},
			want: []summary{},
		},
		{
			name: "a conversion whose readings disagree is a finding of its own",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2024-01-15")
				q := miles(10, 1)
				conv := km(6, 1)
				q.Converted = &conv
				c.add("a", Q, "10-mile (6-km) road", "road", "They paved a 10-mile (6-km) road.", q)
			},
			want: []summary{
				{Conflict, Q, "conversion of the length of the road", "10 mi [a#1] | 6 km [a#1]", "63%"},
				{Single, Q, "length of the road", "10 mi [a#1]", ""},
			},
		},
		{
			name: "an amount in two currencies is compared in the one the others use",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2025-07-02").doc("b", "Paper B", "2025-07-02").doc("c", "Blog C", "2025-07-03").doc("d", "Site D", "2025-07-03")
				gbp := func(v float64) quantity.Quantity {
					return quantity.Quantity{Dimension: "money", Unit: "GBP", Value: v, Min: v - 5e5, Max: v + 5e5, Display: "£" + strconv.FormatFloat(v/1e6, 'f', -1, 64) + " million"}
				}
				eur := func(v float64) quantity.Quantity {
					return quantity.Quantity{Dimension: "money", Unit: "EUR", Value: v, Min: v - 5e5, Max: v + 5e5, Display: "€" + strconv.FormatFloat(v/1e6, 'f', -1, 64) + " million"}
				}
				qa, ca := gbp(44e6), eur(52e6)
				qa.Converted = &ca
				qb, cb := eur(52e6), gbp(44e6)
				qb.Converted = &cb
				c.add("a", Q, "£44 million (€52 million)", "fee", "They paid a fee of £44 million (€52 million).", qa)
				c.add("b", Q, "€52 million (£44 million)", "fee", "The fee is €52 million (£44 million).", qb)
				c.add("c", Q, "£44 million", "fee", "A fee of £44 million was agreed.", gbp(44e6))
				c.add("d", Q, "£54 million", "fee", "The fee, £54 million, is a record.", gbp(54e6))
			},
			want: []summary{
				{Conflict, Q, "amount of the fee", "£44 million [a#1 b#1 c#1] | £54 million [d#1]", "19%"},
				{Agree, Q, "amount of the fee", "£44 million [a#1 b#1 c#1]", ""},
			},
		},
		{
			name: "a temperature converted wrongly is a finding; one rounded is not",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2025-07-14")
				kelvin := func(v, half float64, disp string) quantity.Quantity {
					return quantity.Quantity{Dimension: "temperature", Unit: "K", Value: v, Min: v - half, Max: v + half, Display: disp}
				}
				// 41.3°C is 106.3°F: "106F" is a rounding, "110F" an error.
				q1, c1 := kelvin(314.45, 0.05, "41.3°C"), kelvin(314.26, 0.28, "106°F")
				q1.Converted = &c1
				q2, c2 := kelvin(314.45, 0.05, "41.3°C"), kelvin(316.48, 0.28, "110°F")
				q2.Converted = &c2
				c.add("a", Q, "41.3C (106F)", "", "The town reached 41.3C (106F).", q1)
				c.add("a", Q, "41.3C (110F)", "", "Another station reached 41.3C (110F).", q2)
			},
			want: []summary{{Conflict, Q, "conversion of the temperature of the 41.3C (110F)", "41.3°C [a#2] | 110°F [a#2]", "2 °C"}},
		},
		{
			name: "a transfer's amount is its fee",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2025-07-02").doc("b", "Site B", "2025-07-03")
				gbp := func(v float64) quantity.Quantity {
					return quantity.Quantity{Dimension: "money", Unit: "GBP", Value: v, Min: v - 5e5, Max: v + 5e5, Display: "£" + strconv.FormatFloat(v/1e6, 'f', -1, 64) + " million"}
				}
				c.add("a", Q, "£44 million", "fee", "The club paid a fee of £44 million.", gbp(44e6))
				c.add("b", Q, "£54 million", "transfer", "The transfer, valued at £54 million, is a record.", gbp(54e6))
			},
			want: []summary{{Conflict, Q, "amount of the fee", "£44 million [a#1] | £54 million [b#1]", "19%"}},
		},
		{
			name: "a measure with no subject joins the one fact another article gives its value, never to conflict",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2026-03-12").doc("b", "Site B", "2026-03-13").doc("c", "Blog C", "2026-03-13")
				c.add("a", Q, "540 km", "altitude", "It orbits at an altitude of 540 km.", km(540, 1))
				c.add("b", Q, "540 km", "", "Placed 540 km up, it will map the ice.", km(540, 1))
				c.add("c", Q, "560 km", "", "The orbit, 560 km, is lower than planned.", km(560, 1))
			},
			want: []summary{{Agree, Q, "length of the altitude", "540 km [a#1 b#1]", ""}},
		},
		{
			name: "a record's date is when it was set, not a period of the figure",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2025-07-14").doc("b", "Site B", "2025-07-16")
				kelvin := func(v float64) quantity.Quantity {
					return quantity.Quantity{Dimension: "temperature", Unit: "K", Value: v, Min: v - 0.05, Max: v + 0.05, Display: "41.8°C"}
				}
				c.add("a", Q, "41.8C", "record", "The old record of 41.8C was set in August 1998.", kelvin(314.95))
				c.add("b", Q, "41.8C", "record", "It broke the 1998 record of 41.8C.", kelvin(314.95))
				c.last().Value = func() quantity.Quantity { q := kelvin(314.95); q.Period = "1998"; return q }()
				c.add("a", D, "August 1998", "", "The old record of 41.8C was set in August 1998.", dates.Date{ISO: "1998-08", Min: "1998-08-01", Max: "1998-08-31", Precision: "month"})
			},
			want: []summary{{Agree, Q, "temperature of the record", "41.8°C [a#1 b#1]", ""}},
		},
		{
			name: "a conversion whose readings agree is no finding",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2024-01-15")
				q := miles(1954, 1)
				conv := km(3145, 1)
				q.Converted = &conv
				c.add("a", Q, "1,954-mile (3,145-kilometer) border", "border", "Along the 1,954-mile (3,145-kilometer) border.", q)
			},
			want: []summary{{Single, Q, "length of the border", "1954 mi [a#1]", ""}},
		},
	})
}

func TestResolvePeriod(t *testing.T) {
	pub := dates.Partial{Year: 2024, Month: 1, Day: 10}
	tests := []struct {
		period   string
		pub      dates.Partial
		want     string
		absolute bool
	}{
		{"last year", pub, "2023", true},
		{"this year", pub, "2024", true},
		{"this month", pub, "2024-01", true},
		{"last month", pub, "2023-12", true},
		{"next month", dates.Partial{Year: 2023, Month: 12}, "2024-01", true},
		{"last week", pub, "2024-W01", true},
		{"this week", dates.Partial{Year: 2024, Month: 1}, "this week", false},
		{"in 2022", pub, "2022", true},
		{"in December", pub, "2023-12", true},
		{"in January", pub, "2024-01", true},
		{"in Sept. 2021", pub, "2021-09", true},
		{"every year", pub, "every year", false},
		{"the past three years", pub, "the past three years to 2024", false},
		{"by March", pub, "by march", false},
		{"last year", dates.Partial{}, "last year", false},
		{"", pub, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.period, func(t *testing.T) {
			got, abs := resolvePeriod(tt.period, tt.pub)
			if got != tt.want || abs != tt.absolute {
				t.Errorf("resolvePeriod(%q, %v) = %q, %v; want %q, %v", tt.period, tt.pub, got, abs, tt.want, tt.absolute)
			}
		})
	}
}

func TestDateRules(t *testing.T) {
	runRules(t, []ruleTest{
		{
			name: "the same meeting a day apart conflicts",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2024-01-27").doc("b", "Wire B", "2024-01")
				c.add("a", D, "on December 27", "meeting", "The delegations met on December 27 in Mexico City.", day("2023-12-27", "meeting", "Mexico City"))
				c.add("b", D, "last December 28", "talks", "The talks held last December 28 in Mexico City.", day("2023-12-28", "talks", "Mexico City"))
			},
			want: []summary{{Conflict, D, "date of the meeting in Mexico City", "2023-12-27 [a#1] | 2023-12-28 [b#1]", "1 day"}},
		},
		{
			name: "recurrences and vague references date no event",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2024-01-27").doc("b", "Wire B", "2024-01-28")
				c.add("a", D, "every year", "crossing", "Thousands make the crossing every year.", dates.Date{ISO: "P1Y", Precision: "set", Event: "crossing", Display: "every year"})
				c.add("b", D, "every year", "crossing", "The crossing is made by thousands every year.", dates.Date{ISO: "P1Y", Precision: "set", Event: "crossing", Display: "every year"})
				c.add("a", D, "now", "talks", "Talks are now under way.", dates.Date{ISO: "PRESENT_REF", Min: "2024-01-27", Max: "2024-01-27", Precision: "ref", Event: "talks", Display: "now"})
				c.add("b", D, "recently", "talks", "Talks recently resumed.", dates.Date{ISO: "PAST_REF", Precision: "ref", Event: "talks", Display: "recently"})
			},
			want: []summary{},
		},
		{
			name: "a document giving two days still conflicts with a third",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2024-01-27").doc("b", "Wire B", "2024-01")
				c.add("a", D, "on March 3", "summit", "Leaders held a summit on March 3 in Lisbon.", day("2023-03-03", "summit", "Lisbon"))
				c.add("b", D, "March 4", "summit", "The summit in Lisbon took place on March 4.", day("2023-03-04", "summit", "Lisbon"))
				c.add("b", D, "March 5", "summit", "The Lisbon summit of March 5 ended without a deal.", day("2023-03-05", "summit", "Lisbon"))
			},
			want: []summary{{Conflict, D, "date of the summit in Lisbon", "2023-03-03 [a#1] | 2023-03-04 [b#1] | 2023-03-05 [b#2]", "1 day"}},
		},
		{
			name: "a document giving two days agrees with one that shares a day",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2024-01-27").doc("b", "Wire B", "2024-01-28")
				c.add("a", D, "on March 3", "talks", "A first round of talks opened on March 3 in Lisbon.", day("2023-03-03", "talks", "Lisbon"))
				c.add("a", D, "March 5", "talks", "A second round of talks in Lisbon followed on March 5.", day("2023-03-05", "talks", "Lisbon"))
				c.add("b", D, "on March 3", "talks", "Talks opened on March 3 in Lisbon.", day("2023-03-03", "talks", "Lisbon"))
			},
			want: []summary{
				{Agree, D, "date of the talks in Lisbon", "2023-03-03 [a#1 b#1]", ""},
				{Single, D, "date of the talks in Lisbon", "2023-03-05 [a#2]", ""},
			},
		},
		{
			name: "the same event words months apart are different events",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2024-01-27").doc("b", "Wire B", "2024-01-27")
				c.add("a", D, "September 29", "meeting", "They first met on September 29 in Washington.", day("2023-09-29", "meeting", "Washington"))
				c.add("b", D, "December 27", "meeting", "They met again on December 27 in Washington.", day("2023-12-27", "meeting", "Washington"))
			},
			want: []summary{
				{Single, D, "date of the meeting in Washington", "2023-09-29 [a#1]", ""},
				{Single, D, "date of the meeting in Washington", "2023-12-27 [b#1]", ""},
			},
		},
		{
			name: "a month agrees with a day inside it",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2024-01-27").doc("b", "Wire B", "2024-01-27")
				c.add("a", D, "in December", "summit", "The summit in Mexico City took place in December.", month("2023-12", "2023-12-01", "2023-12-31", "summit", "Mexico City"))
				c.add("b", D, "December 27", "meeting", "The meeting in Mexico City on December 27.", day("2023-12-27", "meeting", "Mexico City"))
			},
			want: []summary{{Agree, D, "date of the summit in Mexico City", "2023-12 [a#1] | 2023-12-27 [b#1]", ""}},
		},
		{
			name: "a vote and an approval on one day agree",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2024-06-12").doc("b", "Wire B", "2024-06-12")
				c.add("a", D, "on Tuesday", "decision", "The council on Tuesday approved the budget.", day("2024-06-11", "decision", ""))
				c.add("b", D, "on Tuesday", "vote", "Council members voted on Tuesday to approve it.", day("2024-06-11", "vote", ""))
			},
			want: []summary{{Agree, D, "date of the decision", "2024-06-11 [a#1 b#1]", ""}},
		},
		{
			name: "a vote and an approval on different days are two steps",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2024-06-14").doc("b", "Wire B", "2024-06-14")
				c.add("a", D, "on Monday", "vote", "The committee voted on Monday.", day("2024-06-10", "vote", ""))
				c.add("b", D, "on Wednesday", "decision", "The council approved it on Wednesday.", day("2024-06-12", "decision", ""))
			},
			want: []summary{
				{Single, D, "date of the decision", "2024-06-12 [b#1]", ""},
				{Single, D, "date of the vote", "2024-06-10 [a#1]", ""},
			},
		},
		{
			name: "two votes on different days conflict",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2024-06-14").doc("b", "Wire B", "2024-06-14")
				c.add("a", D, "on Monday", "vote", "The council voted on Monday.", day("2024-06-10", "vote", ""))
				c.add("b", D, "on Tuesday", "decision", "The council approved it on Tuesday.", day("2024-06-11", "decision", ""))
				c.add("b", D, "on Tuesday", "vote", "Members voted on Tuesday.", day("2024-06-11", "vote", ""))
			},
			want: []summary{{Conflict, D, "date of the vote", "2024-06-10 [a#1] | 2024-06-11 [b#1 b#2]", "1 day"}},
		},
		{
			name: "a time of day is a day",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2024-03-15").doc("b", "Wire B", "2024-03-15")
				evening := dates.Date{ISO: "2024-03-13TEV", Min: "2024-03-13", Max: "2024-03-13", Precision: "time", Event: "crash", Place: "Lake Arden", Display: "March 13, 2024 (evening)"}
				c.add("a", D, "Wednesday evening", "crash", "The ferry sank on Lake Arden on Wednesday evening.", evening)
				c.add("b", D, "Thursday", "crash", "The ferry sank on Lake Arden on Thursday.", day("2024-03-14", "crash", "Lake Arden"))
			},
			want: []summary{{Conflict, D, "date of the crash in Lake Arden", "March 13, 2024 (evening) [a#1] | 2024-03-14 [b#1]", "1 day"}},
		},
		{
			name: "a year is too coarse to join a day",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2024-01-27").doc("b", "Wire B", "2024-01-27")
				c.add("a", D, "last year", "summit", "The summit in Mexico City took place last year.", dates.Date{ISO: "2023", Min: "2023-01-01", Max: "2023-12-31", Precision: "year", Event: "summit", Place: "Mexico City", Display: "2023"})
				c.add("b", D, "December 27", "meeting", "The meeting in Mexico City on December 27.", day("2023-12-27", "meeting", "Mexico City"))
			},
			want: []summary{
				{Single, D, "date of the meeting in Mexico City", "2023-12-27 [b#1]", ""},
				{Single, D, "date of the summit in Mexico City", "2023 [a#1]", ""},
			},
		},
		{
			name: "a date without a year compares on month and day",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "").doc("b", "Wire B", "2024-01-27").doc("c", "Wire C", "2024-01-27")
				c.add("a", D, "December 27", "meeting", "They met on December 27 in Mexico City.", dates.Date{ISO: "--12-27", Precision: "day", Event: "meeting", Place: "Mexico City", Display: "December 27"})
				c.add("b", D, "December 27", "meeting", "They met on December 27 in Mexico City.", day("2023-12-27", "meeting", "Mexico City"))
				c.add("c", D, "December 28", "meeting", "They met on December 28 in Mexico City.", day("2023-12-28", "meeting", "Mexico City"))
			},
			want: []summary{
				{Conflict, D, "date of the meeting in Mexico City", "December 27 [a#1] | 2023-12-28 [c#1] | 2023-12-27 [b#1]", "1 day"},
				{Agree, D, "date of the meeting in Mexico City", "December 27 [a#1] | 2023-12-27 [b#1]", ""},
			},
		},
		{
			name: "different places are different events",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2024-01-27").doc("b", "Wire B", "2024-01-27")
				c.add("a", D, "December 27", "meeting", "They met on December 27 in Mexico City.", day("2023-12-27", "meeting", "Mexico City"))
				c.add("b", D, "December 28", "meeting", "They met on December 28 in Washington.", day("2023-12-28", "meeting", "Washington"))
			},
			want: []summary{
				{Single, D, "date of the meeting in Mexico City", "2023-12-27 [a#1]", ""},
				{Single, D, "date of the meeting in Washington", "2023-12-28 [b#1]", ""},
			},
		},
		{
			name: "disjoint participants make no conflict",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2024-01-27").doc("b", "Wire B", "2024-01-27")
				c.add("a", D, "December 27", "meeting", "Mexico and the US met on December 27 in Mexico City.", day("2023-12-27", "meeting", "Mexico City", "Mexico", "United States"))
				c.add("b", D, "December 28", "meeting", "Guatemala and Honduras met on December 28 in Mexico City.", day("2023-12-28", "meeting", "Mexico City", "Guatemala", "Honduras"))
			},
			want: []summary{
				{Single, D, "date of the meeting in Mexico City", "2023-12-27 [a#1]", ""},
				{Single, D, "date of the meeting in Mexico City", "2023-12-28 [b#1]", ""},
			},
		},
		{
			name: "a document giving two days for the event makes no conflict",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2024-01-27").doc("b", "Wire B", "2024-01-27")
				c.add("a", D, "December 27", "meeting", "Talks opened on December 27 in Mexico City.", day("2023-12-27", "meeting", "Mexico City"))
				c.add("a", D, "December 28", "meeting", "A second meeting followed on December 28 in Mexico City.", day("2023-12-28", "meeting", "Mexico City"))
				c.add("b", D, "December 28", "meeting", "They met on December 28 in Mexico City.", day("2023-12-28", "meeting", "Mexico City"))
			},
			want: []summary{
				{Agree, D, "date of the meeting in Mexico City", "2023-12-28 [a#2 b#1]", ""},
				{Single, D, "date of the meeting in Mexico City", "2023-12-27 [a#1]", ""},
			},
		},
		{
			name: "a date that dates no event takes part in no finding",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2024-01-27").doc("b", "Wire B", "2024-01-27")
				c.add("a", D, "December 27", "", "It was December 27.", day("2023-12-27", "", ""))
				c.add("b", D, "December 28", "", "It was December 28.", day("2023-12-28", "", ""))
			},
			want: []summary{},
		},
		{
			name: "a time of day is the day it falls on",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2025-02-10").doc("b", "Wire B", "2025-02-11")
				morning := day("2025-02-10", "earthquake", "")
				morning.ISO, morning.Precision = "2025-02-10TMO", "time"
				c.add("a", D, "early Monday morning", "earthquake", "The earthquake hit the valley early Monday morning.", morning)
				// b dates the quake and, wrongly read, the day the toll rose.
				c.add("b", D, "Monday's", "earthquake", "The toll from Monday's earthquake rose on Tuesday.", day("2025-02-10", "earthquake", ""))
				c.add("b", D, "Tuesday", "earthquake", "The toll from Monday's earthquake rose on Tuesday.", day("2025-02-11", "earthquake", ""))
			},
			want: []summary{
				{Agree, D, "date of the earthquake", "2025-02-10 [a#1 b#1]", ""},
				{Single, D, "date of the earthquake", "2025-02-11 [b#2]", ""},
			},
		},
		{
			name: "a date without a place belongs to the one place named",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2024-10-15").doc("b", "Agency B", "2024-10-16")
				c.add("a", D, "Tuesday", "agreement", "The two governments reached an agreement on Tuesday.", day("2024-10-15", "agreement", ""))
				c.add("b", D, "Monday, October 14", "agreement", "The agreement reached in Dorset Bay on Monday, October 14, holds.", day("2024-10-14", "agreement", "Dorset Bay"))
			},
			want: []summary{{Conflict, D, "date of the agreement in Dorset Bay", "2024-10-15 [a#1] | 2024-10-14 [b#1]", "1 day"}},
		},
		{
			name: "an agreement and its announcement on one day agree, on two days they are two steps",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2025-03-03").doc("b", "Paper B", "2025-03-04").doc("c", "Site C", "2025-03-04")
				c.add("a", D, "Monday", "agreement", "Orrin Foods agreed on Monday to buy a rival bakery chain.", day("2025-03-03", "agreement", ""))
				c.add("b", D, "Monday", "announcement", "The takeover, announced on Monday, is Orrin's largest.", day("2025-03-03", "announcement", ""))
				c.add("c", D, "Tuesday", "announcement", "Orrin Foods announced the takeover on Tuesday.", day("2025-03-04", "announcement", ""))
			},
			want: []summary{
				{Conflict, D, "date of the agreement", "2025-03-03 [a#1 b#1] | 2025-03-04 [c#1]", "1 day"},
				{Agree, D, "date of the agreement", "2025-03-03 [a#1 b#1]", ""},
			},
		},
		{
			name: "a place named at two grains is one place",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2025-06-10").doc("b", "Paper B", "2025-06-11").doc("c", "TV C", "2025-06-10")
				c.add("a", D, "Tuesday", "derailment", "A train derailed near Ashby on Tuesday.", day("2025-06-10", "derailment", ""))
				c.add("b", D, "Tuesday morning", "derailment", "The derailment at Ashby's north curve on Tuesday morning closed the line.", day("2025-06-10", "derailment", "Ashby's north curve"))
				c.add("c", D, "Monday", "derailment", "A train derailed in Ashby on Monday.", day("2025-06-09", "derailment", "Ashby"))
			},
			want: []summary{
				{Conflict, D, "date of the derailment in Ashby's north curve", "2025-06-10 [a#1 b#1] | 2025-06-09 [c#1]", "1 day"},
				{Agree, D, "date of the derailment in Ashby's north curve", "2025-06-10 [a#1 b#1]", ""},
			},
		},
		{
			name: "a date without a place between two places conflicts with neither",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2024-03-05").doc("b", "Wire B", "2024-03-05").doc("c", "Wire C", "2024-03-05")
				c.add("a", D, "Monday", "attack", "A drone attack hit Lomna on Monday.", day("2024-03-04", "attack", "Lomna"))
				c.add("b", D, "Tuesday", "attack", "A drone attack hit Versk on Tuesday.", day("2024-03-05", "attack", "Versk"))
				c.add("c", D, "Sunday", "attack", "The attack came on Sunday.", day("2024-03-03", "attack", ""))
			},
			want: []summary{
				{Single, D, "date of the attack", "2024-03-03 [c#1]", ""},
				{Single, D, "date of the attack in Lomna", "2024-03-04 [a#1]", ""},
				{Single, D, "date of the attack in Versk", "2024-03-05 [b#1]", ""},
			},
		},
		{
			name: "a dateline dates the filing, not the event",
			build: func(c *corpus) {
				c.doc("a", "Agency A", "2024-10-16").doc("b", "Wire B", "2024-10-15")
				s := "DORSET BAY, Oct. 16 (DNA) - The minister said the agreement would hold."
				c.add("a", D, "Oct. 16", "agreement", s, day("2024-10-16", "agreement", ""))
				c.add("b", D, "Tuesday", "agreement", "The two sides signed an agreement on Tuesday.", day("2024-10-15", "agreement", ""))
			},
			want: []summary{{Single, D, "date of the agreement", "2024-10-15 [b#1]", ""}},
		},
		{
			name: "a month joins the one year that holds it, and a year of another event stays apart",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2025-07-02").doc("b", "Wire B", "2025-07-02").doc("c", "Blog C", "2025-07-03").doc("d", "Site D", "2025-07-03")
				c.add("a", D, "June 2031", "contract", "The winger signed a contract until June 2031.", dates.Date{ISO: "2031-06", Min: "2031-06-01", Max: "2031-06-30", Precision: "month", Event: "agreement"})
				c.add("b", D, "2031", "contract", "Her contract runs until 2031.", dates.Date{ISO: "2031", Min: "2031-01-01", Max: "2031-12-31", Precision: "year", Event: "agreement"})
				c.add("c", D, "2018", "contract", "Her last contract was signed in 2018.", dates.Date{ISO: "2018", Min: "2018-01-01", Max: "2018-12-31", Precision: "year", Event: "agreement"})
				c.add("d", D, "2031", "contract", "She is tied to the club until 2031.", dates.Date{ISO: "2031", Min: "2031-01-01", Max: "2031-12-31", Precision: "year", Event: "agreement"})
			},
			want: []summary{
				{Agree, D, "date of the agreement", "2031-06 [a#1] | 2031 [b#1 d#1]", ""},
				{Single, D, "date of the agreement", "2018 [c#1]", ""},
			},
		},
		{
			name: "one article's year takes no month in",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2026-03-12").doc("b", "Site B", "2026-03-13")
				c.add("a", D, "June", "launch", "The next launch is planned for June.", dates.Date{ISO: "2026-06", Min: "2026-06-01", Max: "2026-06-30", Precision: "month", Event: "launch"})
				c.add("b", D, "2026", "launches", "It plans eight launches in 2026.", dates.Date{ISO: "2026", Min: "2026-01-01", Max: "2026-12-31", Precision: "year", Event: "launch"})
			},
			want: []summary{
				{Single, D, "date of the launch", "2026 [b#1]", ""},
				{Single, D, "date of the launch", "2026-06 [a#1]", ""},
			},
		},
		{
			name: "a time with no day takes part in no finding",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2026-03-12").doc("b", "Site B", "2026-03-13")
				c.add("a", D, "Thursday", "launch", "The rocket lifted off on Thursday.", day("2026-03-12", "launch", ""))
				guess := day("2026-03-10", "launch", "")
				guess.ISO, guess.Precision, guess.Time = "2026-03-10T05:42", "time", "05:42"
				c.add("b", D, "05:42 GMT", "launch", "- Launch time: 06:42 local (05:42 GMT)", guess)
				c.last().Confidence = 0.45
			},
			want: []summary{{Single, D, "date of the launch", "2026-03-12 [a#1]", ""}},
		},
		{
			name: "readings recorded on two days never conflict",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2025-07-14").doc("b", "Paper B", "2025-07-15")
				c.add("a", D, "Monday", "recorded", "The station recorded 41.2C on Monday.", day("2025-07-14", "record", ""))
				c.add("b", D, "Tuesday", "recorded", "The station recorded 40.1C on Tuesday.", day("2025-07-15", "record", ""))
			},
			want: []summary{
				{Single, D, "date of the record", "2025-07-14 [a#1]", ""},
				{Single, D, "date of the record", "2025-07-15 [b#1]", ""},
			},
		},
		{
			name: "cancellations on two days never conflict",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2025-01-14").doc("b", "Paper B", "2025-01-15")
				c.add("a", D, "Monday", "cancelled", "The airline cancelled 40 flights on Monday.", day("2025-01-13", "postponement", ""))
				c.add("b", D, "Tuesday", "cancelled", "The airline cancelled 25 more flights on Tuesday.", day("2025-01-14", "postponement", ""))
			},
			want: []summary{
				{Single, D, "date of the postponement", "2025-01-13 [a#1]", ""},
				{Single, D, "date of the postponement", "2025-01-14 [b#1]", ""},
			},
		},
		{
			name: "a weekday and the date it resolves to agree",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2023-09-30").doc("b", "Wire B", "2023-09-29")
				c.add("a", D, "on September 29", "meeting", "The meeting of officials on September 29 focused on trade.", day("2023-09-29", "meeting", ""))
				d := day("2023-09-29", "meetings", "")
				d.Relative = true
				c.add("b", D, "Friday", "meetings", "The two countries opened meetings Friday.", d)
			},
			want: []summary{{Agree, D, "date of the meeting", "2023-09-29 [a#1 b#1]", ""}},
		},
	})
}

func TestRoleRules(t *testing.T) {
	runRules(t, []ruleTest{
		{
			name: "National and Homeland Security Advisor conflict",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2024-01-27").doc("b", "Wire B", "2024-01-27")
				c.add("a", R, "White House National Security Advisor Jane Roe", "Jane Roe", "With them was White House National Security Advisor Jane Roe.", role("Jane Roe", "White House National Security Advisor"))
				c.add("b", R, "White House Homeland Security Advisor Jane Roe", "Jane Roe", "With them was White House Homeland Security Advisor Jane Roe.", role("Jane Roe", "White House Homeland Security Advisor"))
			},
			want: []summary{{Conflict, R, "title of Jane Roe", "White House National Security Advisor [a#1] | White House Homeland Security Advisor [b#1]", "different office"}},
		},
		{
			name: "a portfolio's minister and its director of staff conflict",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2024-01-27").doc("b", "Wire B", "2024-01-28")
				c.add("a", R, "Ana Ruiz, director of public health", "Ana Ruiz", "Ana Ruiz, director of public health, spoke.", role("Ana Ruiz", "director of public health"))
				c.add("b", R, "Health Minister Ana Ruiz", "Ana Ruiz", "Health Minister Ana Ruiz spoke.", role("Ana Ruiz", "Health Minister"))
			},
			want: []summary{{Conflict, R, "title of Ana Ruiz", "Health Minister [b#1] | director of public health [a#1]", "different office"}},
		},
		{
			name: "a minister and a director of another portfolio are two posts",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2024-01-27").doc("b", "Wire B", "2024-01-28")
				c.add("a", R, "Ana Ruiz, director of the party's campaign", "Ana Ruiz", "Ana Ruiz, the campaign director, spoke.", role("Ana Ruiz", "campaign director"))
				c.add("b", R, "Health Minister Ana Ruiz", "Ana Ruiz", "Health Minister Ana Ruiz spoke.", role("Ana Ruiz", "Health Minister"))
			},
			want: []summary{
				{Single, R, "title of Ana Ruiz", "campaign director [a#1]", ""},
				{Single, R, "title of Ana Ruiz", "Health Minister [b#1]", ""},
			},
		},
		{
			name: "an article giving both titles tells of two posts",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2024-01-27").doc("b", "Wire B", "2024-01-28")
				c.add("a", R, "Health Minister Ana Ruiz", "Ana Ruiz", "Health Minister Ana Ruiz spoke.", role("Ana Ruiz", "Health Minister"))
				c.add("a", R, "health spokesperson", "Ana Ruiz", "Ruiz, once the party's health spokesperson, spoke.", role("Ana Ruiz", "health spokesperson"))
				c.add("b", R, "Health Minister Ana Ruiz", "Ana Ruiz", "Health Minister Ana Ruiz spoke.", role("Ana Ruiz", "Health Minister"))
			},
			want: []summary{
				{Agree, R, "title of Ana Ruiz", "Health Minister [a#1 b#1]", ""},
				{Single, R, "title of Ana Ruiz", "health spokesperson [a#2]", ""},
			},
		},
		{
			name: "Foreign Minister and Foreign Secretary agree",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2024-01-27").doc("b", "Wire B", "2024-01-27").doc("c", "Wire C", "2024-01-27")
				c.add("a", R, "Mexican Foreign Minister Ana Ruiz", "Ana Ruiz", "Mexican Foreign Minister Ana Ruiz spoke.", role("Ana Ruiz", "Mexican Foreign Minister"))
				c.add("b", R, "Foreign Secretary Ana Ruiz", "Ana Ruiz", "Foreign Secretary Ana Ruiz spoke.", role("Ana Ruiz", "Foreign Secretary"))
				c.add("c", R, "Ana Ruíz, Mexico's minister of foreign affairs", "Ana Ruíz", "Ana Ruíz, Mexico's minister of foreign affairs, spoke.", role("Ana Ruíz", "Mexico's minister of foreign affairs"))
			},
			want: []summary{{Agree, R, "title of Ana Ruiz", "Mexican Foreign Minister [a#1 b#1 c#1]", ""}},
		},
		{
			name: "Secretary of Homeland Security is Homeland Security Secretary",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2024-01-27").doc("b", "Wire B", "2024-01-27")
				c.add("a", R, "Secretary of Homeland Security Tom Reyes", "Tom Reyes", "Secretary of Homeland Security Tom Reyes came too.", role("Tom Reyes", "Secretary of Homeland Security"))
				c.add("b", R, "Homeland Security Secretary Tom Reyes", "Tom Reyes", "Homeland Security Secretary Tom Reyes came too.", role("Tom Reyes", "Homeland Security Secretary"))
			},
			want: []summary{{Agree, R, "title of Tom Reyes", "Secretary of Homeland Security [a#1 b#1]", ""}},
		},
		{
			name: "two posts of one person do not conflict",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2024-01-27").doc("b", "Wire B", "2024-01-27")
				c.add("a", R, "Homeland Security Secretary and US Immigration Policy Officer Tom Reyes", "Tom Reyes", "He came with Homeland Security Secretary and US Immigration Policy Officer Tom Reyes.", role("Tom Reyes", "Homeland Security Secretary and US Immigration Policy Officer"))
				c.add("b", R, "Secretary of Homeland Security Tom Reyes", "Tom Reyes", "He came with Secretary of Homeland Security Tom Reyes.", role("Tom Reyes", "Secretary of Homeland Security"))
			},
			want: []summary{
				{Agree, R, "title of Tom Reyes", "Homeland Security Secretary and US Immigration Policy Officer [a#1 b#1]", ""},
				{Single, R, "title of Tom Reyes", "Homeland Security Secretary and US Immigration Policy Officer [a#1]", ""},
			},
		},
		{
			name: "different heads are different posts",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2024-01-27").doc("b", "Wire B", "2024-01-27")
				c.add("a", R, "Ambassador Tom Reyes", "Tom Reyes", "Ambassador Tom Reyes arrived.", role("Tom Reyes", "Ambassador"))
				c.add("b", R, "Trade Minister Tom Reyes", "Tom Reyes", "Trade Minister Tom Reyes arrived.", role("Tom Reyes", "Trade Minister"))
			},
			want: []summary{
				{Single, R, "title of Tom Reyes", "Ambassador [a#1]", ""},
				{Single, R, "title of Tom Reyes", "Trade Minister [b#1]", ""},
			},
		},
		{
			name: "a former title beside the current one is a variant",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2024-01-27").doc("b", "Wire B", "2024-01-27")
				c.add("a", R, "former Foreign Minister Ana Ruiz", "Ana Ruiz", "Former Foreign Minister Ana Ruiz spoke.", role("Ana Ruiz", "former Foreign Minister"))
				c.add("b", R, "Foreign Minister Ana Ruiz", "Ana Ruiz", "Foreign Minister Ana Ruiz spoke.", role("Ana Ruiz", "Foreign Minister"))
			},
			want: []summary{{Variant, R, "title of Ana Ruiz", "former Foreign Minister [a#1] | Foreign Minister [b#1]", ""}},
		},
		{
			name: "a former office never conflicts with another office",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2024-01-27").doc("b", "Wire B", "2024-01-27")
				c.add("a", R, "former Defense Minister Ana Ruiz", "Ana Ruiz", "Former Defense Minister Ana Ruiz spoke.", role("Ana Ruiz", "former Defense Minister"))
				c.add("b", R, "Foreign Minister Ana Ruiz", "Ana Ruiz", "Foreign Minister Ana Ruiz spoke.", role("Ana Ruiz", "Foreign Minister"))
			},
			want: []summary{{Variant, R, "title of Ana Ruiz", "former Defense Minister [a#1] | Foreign Minister [b#1]", ""}},
		},
		{
			name: "the extractor's former flag counts",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2024-01-27").doc("b", "Wire B", "2024-01-27")
				r := role("Ana Ruiz", "Foreign Minister")
				r.Former = true
				c.add("a", R, "then-Foreign Minister Ana Ruiz", "Ana Ruiz", "Ana Ruiz, then foreign minister, spoke.", r)
				c.add("b", R, "Trade Minister Ana Ruiz", "Ana Ruiz", "Trade Minister Ana Ruiz spoke.", role("Ana Ruiz", "Trade Minister"))
			},
			want: []summary{{Variant, R, "title of Ana Ruiz", "Foreign Minister [a#1] | Trade Minister [b#1]", ""}},
		},
		{
			name: "an office compare does not know is read from the extractor's head",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2024-01-27").doc("b", "Wire B", "2024-01-27")
				r := role("Tom Reyes", "State Comptroller")
				r.Head, r.Domain = "comptroller", "state"
				c.add("a", R, "State Comptroller Tom Reyes", "Tom Reyes", "State Comptroller Tom Reyes spoke.", r)
				r = role("Tom Reyes", "City Comptroller")
				r.Head, r.Domain = "comptroller", "city"
				c.add("b", R, "City Comptroller Tom Reyes", "Tom Reyes", "City Comptroller Tom Reyes spoke.", r)
			},
			want: []summary{{Conflict, R, "title of Tom Reyes", "State Comptroller [a#1] | City Comptroller [b#1]", "different office"}},
		},
		{
			name: "titles from articles months apart do not conflict",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2023-01-10").doc("b", "Wire B", "2023-09-10")
				c.add("a", R, "Defense Minister Ana Ruiz", "Ana Ruiz", "Defense Minister Ana Ruiz spoke.", role("Ana Ruiz", "Defense Minister"))
				c.add("b", R, "Foreign Minister Ana Ruiz", "Ana Ruiz", "Foreign Minister Ana Ruiz spoke.", role("Ana Ruiz", "Foreign Minister"))
			},
			want: []summary{
				{Single, R, "title of Ana Ruiz", "Defense Minister [a#1]", ""},
				{Single, R, "title of Ana Ruiz", "Foreign Minister [b#1]", ""},
			},
		},
		{
			name: "a deputy is not the minister",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2024-01-27").doc("b", "Wire B", "2024-01-27")
				c.add("a", R, "Deputy Foreign Minister Ana Ruiz", "Ana Ruiz", "Deputy Foreign Minister Ana Ruiz spoke.", role("Ana Ruiz", "Deputy Foreign Minister"))
				c.add("b", R, "Foreign Minister Ana Ruiz", "Ana Ruiz", "Foreign Minister Ana Ruiz spoke.", role("Ana Ruiz", "Foreign Minister"))
			},
			want: []summary{{Conflict, R, "title of Ana Ruiz", "Deputy Foreign Minister [a#1] | Foreign Minister [b#1]", "different office"}},
		},
		{
			name: "a deputy of a two-domain portfolio is not the minister",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2025-03-05").doc("b", "Trade site B", "2025-03-06")
				c.add("a", R, "Energy and Mines Minister Rosa Vidal", "Rosa Vidal", "Energy and Mines Minister Rosa Vidal signed.", role("Rosa Vidal", "Energy and Mines Minister"))
				c.add("b", R, "Deputy Energy and Mines Minister Rosa Vidal", "Rosa Vidal", "Deputy Energy and Mines Minister Rosa Vidal signed.", role("Rosa Vidal", "Deputy Energy and Mines Minister"))
			},
			want: []summary{{Conflict, R, "title of Rosa Vidal", "Energy and Mines Minister [a#1] | Deputy Energy and Mines Minister [b#1]", "different office"}},
		},
		{
			name: "a less specific title agrees",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2024-01-27").doc("b", "Wire B", "2024-01-27")
				c.add("a", R, "Security Advisor Jane Roe", "Jane Roe", "Security Advisor Jane Roe spoke.", role("Jane Roe", "Security Advisor"))
				c.add("b", R, "National Security Advisor Jane Roe", "Jane Roe", "National Security Advisor Jane Roe spoke.", role("Jane Roe", "National Security Advisor"))
			},
			want: []summary{{Agree, R, "title of Jane Roe", "Security Advisor [a#1] | National Security Advisor [b#1]", ""}},
		},
		{
			name: "a surname alone joins the full name across documents",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2024-01-27").doc("b", "Wire B", "2024-01-27")
				c.add("a", R, "Foreign Minister Ruíz", "Ruíz", "Foreign Minister Ruíz spoke.", role("Ruíz", "Foreign Minister"))
				c.add("b", R, "Foreign Secretary Ana Ruiz", "Ana Ruiz", "Foreign Secretary Ana Ruiz spoke.", role("Ana Ruiz", "Foreign Secretary"))
			},
			want: []summary{{Agree, R, "title of Ana Ruiz", "Foreign Minister [a#1 b#1]", ""}},
		},
		{
			name: "a surname shared by two people joins neither",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2024-01-27").doc("b", "Wire B", "2024-01-27")
				c.add("a", R, "Governor Ana Ruiz", "Ana Ruiz", "Governor Ana Ruiz spoke.", role("Ana Ruiz", "Governor"))
				c.add("a", R, "Mayor Luis Ruiz", "Luis Ruiz", "Mayor Luis Ruiz spoke.", role("Luis Ruiz", "Mayor"))
				c.add("b", R, "Senator Ruiz", "Ruiz", "Senator Ruiz spoke.", role("Ruiz", "Senator"))
			},
			want: []summary{
				{Single, R, "title of Ana Ruiz", "Governor [a#1]", ""},
				{Single, R, "title of Luis Ruiz", "Mayor [a#2]", ""},
				{Single, R, "title of Ruiz", "Senator [b#1]", ""},
			},
		},
	})
}

func TestAgeRules(t *testing.T) {
	runRules(t, []ruleTest{
		{
			name: "the same age agrees",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2023-06-01").doc("b", "Wire B", "2023-06-02")
				c.add("a", A, "Ana Ruiz, 36", "Ana Ruiz", "Ana Ruiz, 36, was there.", age("Ana Ruiz", 36))
				c.add("b", A, "Ana Ruiz, 36", "Ana Ruiz", "Ana Ruiz, 36, saw it.", age("Ana Ruiz", 36))
			},
			want: []summary{{Agree, A, "age of Ana Ruiz", "36 [a#1 b#1]", ""}},
		},
		{
			name: "a birthday between the articles explains one year",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2023-01-10").doc("b", "Wire B", "2023-06-10")
				c.add("a", A, "Ana Ruiz, 36", "Ana Ruiz", "Ana Ruiz, 36, was there.", age("Ana Ruiz", 36))
				c.add("b", A, "Ana Ruiz, 37", "Ana Ruiz", "Ana Ruiz, 37, saw it.", age("Ana Ruiz", 37))
			},
			want: []summary{{Agree, A, "age of Ana Ruiz", "36 [a#1] | 37 [b#1]", ""}},
		},
		{
			name: "an older age in the earlier article is a conflict",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2023-01-10").doc("b", "Wire B", "2023-06-10")
				c.add("a", A, "Ana Ruiz, 37", "Ana Ruiz", "Ana Ruiz, 37, was there.", age("Ana Ruiz", 37))
				c.add("b", A, "Ana Ruiz, 36", "Ana Ruiz", "Ana Ruiz, 36, saw it.", age("Ana Ruiz", 36))
			},
			want: []summary{{Conflict, A, "age of Ana Ruiz", "37 [a#1] | 36 [b#1]", "1 year"}},
		},
		{
			name: "a month-precision date widens the allowance",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2023-06").doc("b", "Wire B", "2023-01-10")
				c.add("a", A, "Ana Ruiz, 37", "Ana Ruiz", "Ana Ruiz, 37, was there.", age("Ana Ruiz", 37))
				c.add("b", A, "Ana Ruiz, 36", "Ana Ruiz", "Ana Ruiz, 36, saw it.", age("Ana Ruiz", 36))
			},
			want: []summary{{Agree, A, "age of Ana Ruiz", "37 [a#1] | 36 [b#1]", ""}},
		},
		{
			name: "two years within days conflict",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2023-06-01").doc("b", "Wire B", "2023-06-20")
				c.add("a", A, "Ana Ruiz, 36", "Ana Ruiz", "Ana Ruiz, 36, was there.", age("Ana Ruiz", 36))
				c.add("b", A, "Ana Ruiz, 38", "Ana Ruiz", "Ana Ruiz, 38, saw it.", age("Ana Ruiz", 38))
			},
			want: []summary{{Conflict, A, "age of Ana Ruiz", "36 [a#1] | 38 [b#1]", "2 years"}},
		},
		{
			name: "without publication dates one year is allowed",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "").doc("b", "Wire B", "")
				c.add("a", A, "Ana Ruiz, 36", "Ana Ruiz", "Ana Ruiz, 36, was there.", age("Ana Ruiz", 36))
				c.add("b", A, "Ana Ruiz, 37", "Ana Ruiz", "Ana Ruiz, 37, saw it.", age("Ana Ruiz", 37))
			},
			want: []summary{{Agree, A, "age of Ana Ruiz", "36 [a#1] | 37 [b#1]", ""}},
		},
		{
			name: "an age of someone the text does not name takes part in no finding",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2023-06-01").doc("b", "Wire B", "2023-06-01")
				boy := age("boy", 3)
				boy.Named = false
				c.add("a", A, "a 3-year-old boy", "boy", "A 3-year-old boy was found.", boy)
				boy.Years = 5
				c.add("b", A, "a 5-year-old boy", "boy", "A 5-year-old boy was found.", boy)
			},
			want: []summary{},
		},
		{
			name: "an age without a person takes part in no finding",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2023-06-01").doc("b", "Wire B", "2023-06-01")
				c.add("a", A, "a 3-year-old boy", "", "A 3-year-old boy was found.", age("", 3))
				c.add("b", A, "a 5-year-old boy", "", "A 5-year-old boy was found.", age("", 5))
			},
			want: []summary{},
		},
	})
}

func TestNameRules(t *testing.T) {
	runRules(t, []ruleTest{
		{
			name: "a fuller name is a variant",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2024-01-27").doc("b", "Wire B", "2024-01-27").doc("c", "Wire C", "2024-01-27")
				c.add("a", N, "Juan Carlos Perez Soto", "", "President Juan Carlos Perez Soto said so.", name("Juan Carlos Perez Soto", "person"))
				c.add("b", N, "Carlos Perez Soto", "", "President Carlos Perez Soto said so.", name("Carlos Perez Soto", "person"))
				c.add("b", N, "Perez Soto", "", "Perez Soto added more.", name("Perez Soto", "person"))
				c.add("c", N, "Perez Soto", "", "President Perez Soto said so.", name("Perez Soto", "person"))
			},
			want: []summary{{Variant, N, "spelling of Juan Carlos Perez Soto", "Juan Carlos Perez Soto [a#1] | Carlos Perez Soto [b#1] | Perez Soto [c#1]", ""}},
		},
		{
			name: "a transliterated given name is a variant",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2024-10-15").doc("b", "Agency B", "2024-10-16")
				c.add("a", N, "Youssef Karam", "", "Foreign Minister Youssef Karam arrived.", name("Youssef Karam", "person"))
				c.add("b", N, "Yusuf Karam", "", "Minister Yusuf Karam affirmed the deal.", name("Yusuf Karam", "person"))
				c.add("a", R, "Foreign Minister Youssef Karam", "Youssef Karam", "Foreign Minister Youssef Karam arrived.", role("Youssef Karam", "Foreign Minister"))
				c.add("b", R, "Foreign Minister Yusuf Karam", "Yusuf Karam", "Foreign Minister Yusuf Karam affirmed the deal.", role("Yusuf Karam", "Foreign Minister"))
			},
			want: []summary{
				{Variant, N, "spelling of Youssef Karam", "Youssef Karam [a#1] | Yusuf Karam [b#1]", ""},
				{Agree, R, "title of Youssef Karam", "Foreign Minister [a#2 b#2]", ""},
			},
		},
		{
			name: "an accent is a variant",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2024-01-27").doc("b", "Wire B", "2024-01-27")
				c.add("a", N, "Ana Ruiz", "", "Ana Ruiz spoke.", name("Ana Ruiz", "person"))
				c.add("b", N, "Ana Ruíz", "", "Ana Ruíz spoke.", name("Ana Ruíz", "person"))
			},
			want: []summary{{Variant, N, "spelling of Ana Ruiz", "Ana Ruiz [a#1] | Ana Ruíz [b#1]", ""}},
		},
		{
			name: "identical spellings agree",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2024-01-27").doc("b", "Wire B", "2024-01-27")
				c.add("a", N, "Ana Ruiz", "", "Ana Ruiz spoke.", name("Ana Ruiz", "person"))
				c.add("b", N, "Ana Ruiz", "", "Ana Ruiz spoke.", name("Ana Ruiz", "person"))
				c.add("b", N, "Ruiz", "", "Ruiz left.", name("Ruiz", "person"))
			},
			want: []summary{{Agree, N, "spelling of Ana Ruiz", "Ana Ruiz [a#1 b#1]", ""}},
		},
		{
			name: "a surname alone is no variant",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2024-01-27").doc("b", "Wire B", "2024-01-27")
				c.add("a", N, "Ruiz", "", "Ruiz spoke.", name("Ruiz", "person"))
				c.add("b", N, "Ana Ruiz", "", "Ana Ruiz spoke.", name("Ana Ruiz", "person"))
			},
			want: []summary{{Single, N, "spelling of Ana Ruiz", "Ana Ruiz [b#1]", ""}},
		},
		{
			name: "places join only on the same name",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2024-01-27").doc("b", "Wire B", "2024-01-27")
				c.add("a", N, "Mexico", "", "Mexico agreed.", name("Mexico", "place"))
				c.add("b", N, "New Mexico", "", "New Mexico agreed.", name("New Mexico", "place"))
				c.add("b", N, "Darién", "", "They crossed the Darién.", name("Darién", "place"))
				c.add("a", N, "Darien", "", "They crossed the Darien.", name("Darien", "place"))
			},
			want: []summary{
				{Variant, N, "spelling of Darien", "Darien [a#2] | Darién [b#2]", ""},
				{Single, N, "spelling of Mexico", "Mexico [a#1]", ""},
				{Single, N, "spelling of New Mexico", "New Mexico [b#1]", ""},
			},
		},
	})
}

func TestQuoteRules(t *testing.T) {
	runRules(t, []ruleTest{
		{
			name: "a paraphrase by the same speaker is a variant",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2024-01-27").doc("b", "Wire B", "2024-01-27")
				c.add("a", T, "We agreed to study the deeper causes of irregular migration", "Ana Ruiz", "", quote("Ana Ruiz", "We agreed to study the deeper causes of irregular migration"))
				c.add("b", T, "both governments agreed to study the causes of migration in the region", "Ruiz", "", quote("Ruiz", "both governments agreed to study the causes of migration in the region"))
			},
			want: []summary{{Variant, T, "words of Ana Ruiz", "We agreed to study the deeper causes of irregular migration [a#1] | both governments agreed to study the causes of migration in the region [b#1]", ""}},
		},
		{
			name: "a quote of two statements in one breath joins both",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2024-01-27").doc("b", "Wire B", "2024-01-27")
				c.add("a", T, "We will reopen the northern mine this spring", "Ana Ruiz", "", quote("Ana Ruiz", "We will reopen the northern mine this spring"))
				c.add("a", T, "Every miner laid off will get a job back", "Ana Ruiz", "", quote("Ana Ruiz", "Every miner laid off will get a job back"))
				c.add("b", T, "we will reopen the northern mine in spring; every miner laid off gets a job back", "Ana Ruiz", "", quote("Ana Ruiz", "we will reopen the northern mine in spring; every miner laid off gets a job back"))
			},
			want: []summary{{Variant, T, "words of Ana Ruiz", "We will reopen the northern mine this spring [a#1] | we will reopen the northern mine in spring; every miner laid off gets a job back [b#1] | Every miner laid off will get a job back [a#2]", ""}},
		},
		{
			name: "different remarks of one speaker are different facts",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2024-01-27").doc("b", "Wire B", "2024-01-27")
				c.add("a", T, "The border must stay open for trade", "Ana Ruiz", "", quote("Ana Ruiz", "The border must stay open for trade"))
				c.add("b", T, "We will send more aid to the region next year", "Ana Ruiz", "", quote("Ana Ruiz", "We will send more aid to the region next year"))
			},
			want: []summary{
				{Single, T, "words of Ana Ruiz", "We will send more aid to the region next year [b#1]", ""},
				{Single, T, "words of Ana Ruiz", "The border must stay open for trade [a#1]", ""},
			},
		},
		{
			name: "the same words agree",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2024-01-27").doc("b", "Wire B", "2024-01-27")
				c.add("a", T, "The border must stay open", "Ana Ruiz", "", quote("Ana Ruiz", "The border must stay open"))
				c.add("b", T, "the border must stay open", "Ana Ruiz", "", quote("Ana Ruiz", "the border must stay open"))
			},
			want: []summary{{Agree, T, "words of Ana Ruiz", "The border must stay open [a#1 b#1]", ""}},
		},
		{
			name: "the same words given to two speakers conflict",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2025-09-16").doc("b", "TV B", "2025-09-16")
				words := "This contract is a slap in the face of every nurse in this hospital"
				c.add("a", T, words, "Irma Castell", "“"+words+",” union leader Irma Castell said.", quote("Irma Castell", words))
				c.add("b", T, words, "Tomas Ferri", "“"+words+",” organizer Tomas Ferri said.", quote("Tomas Ferri", words))
			},
			want: []summary{
				{Conflict, T, "speaker of “This contract is a slap in the face…”", "Irma Castell [a#1] | Tomas Ferri [b#1]", "different speaker"},
				{Single, T, "words of Irma Castell", "This contract is a slap in the face of every nurse in this hospital [a#1]", ""},
				{Single, T, "words of Tomas Ferri", "This contract is a slap in the face of every nurse in this hospital [b#1]", ""},
			},
		},
		{
			name: "a stock phrase given to two speakers is no conflict",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2025-09-16").doc("b", "TV B", "2025-09-16")
				c.add("a", T, "a very productive meeting", "Irma Castell", "“It was a very productive meeting,” Irma Castell said.", quote("Irma Castell", "It was a very productive meeting"))
				c.add("b", T, "a very productive meeting", "Tomas Ferri", "“It was a very productive meeting,” Tomas Ferri said.", quote("Tomas Ferri", "It was a very productive meeting"))
			},
			want: []summary{
				{Single, T, "words of Irma Castell", "It was a very productive meeting [a#1]", ""},
				{Single, T, "words of Tomas Ferri", "It was a very productive meeting [b#1]", ""},
			},
		},
		{
			name: "speakers who share a surname may be one person",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2025-09-16").doc("b", "TV B", "2025-09-16")
				words := "We will hold the line at the gate until the company comes back to the table"
				c.add("a", T, words, "Irma Castell", "“"+words+",” Irma Castell said.", quote("Irma Castell", words))
				c.add("b", T, words, "Ines Castell", "“"+words+",” Ines Castell said.", quote("Ines Castell", words))
			},
			want: []summary{
				{Single, T, "words of Ines Castell", "We will hold the line at the gate until the company comes back to the table [b#1]", ""},
				{Single, T, "words of Irma Castell", "We will hold the line at the gate until the company comes back to the table [a#1]", ""},
			},
		},
		{
			name: "an article giving the words to both speakers makes no conflict",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2025-09-16").doc("b", "TV B", "2025-09-16")
				words := "Nobody goes home until every family has a roof over its head tonight"
				c.add("a", T, words, "Irma Castell", "“"+words+",” Irma Castell said.", quote("Irma Castell", words))
				c.add("a", T, words, "Tomas Ferri", "Tomas Ferri repeated it: “"+words+".”", quote("Tomas Ferri", words))
				c.add("b", T, words, "Tomas Ferri", "“"+words+",” Tomas Ferri said.", quote("Tomas Ferri", words))
			},
			want: []summary{
				{Agree, T, "words of Tomas Ferri", "Nobody goes home until every family has a roof over its head tonight [a#2 b#1]", ""},
				{Single, T, "words of Irma Castell", "Nobody goes home until every family has a roof over its head tonight [a#1]", ""},
			},
		},
		{
			name: "a pronoun speaker identifies no one",
			build: func(c *corpus) {
				c.doc("a", "Wire A", "2024-01-27").doc("b", "Wire B", "2024-01-27")
				c.add("a", T, "The border must stay open", "she", "", quote("she", "The border must stay open"))
				c.add("b", T, "The border must stay open", "he", "", quote("he", "The border must stay open"))
			},
			want: []summary{},
		},
	})
}

func TestTransposed(t *testing.T) {
	tests := []struct {
		a, b float64
		want bool
	}{
		{38e6, 83e6, true},
		{1245, 1425, true},
		{1245, 1254, true},
		{12, 21, true},
		{12, 120, false},   // another magnitude
		{5e6, 50e6, false}, // one significant digit
		{38e6, 38e6, false},
		{1234, 4321, false}, // more than one pair swapped
		{1245, 1246, false},
		{3.8, 8.3, false}, // not whole numbers
		{-38, -83, false},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%g_%g", tt.a, tt.b), func(t *testing.T) {
			if got := transposed(tt.a, tt.b); got != tt.want {
				t.Errorf("transposed(%g, %g) = %v, want %v", tt.a, tt.b, got, tt.want)
			}
		})
	}
}

func TestDecimalShift(t *testing.T) {
	tests := []struct {
		a, b float64
		want bool
	}{
		{0.4, 4, true},
		{1.9, 19, true},
		{0.25, 25, true},
		{4, 0.4, true},
		{0.4, 0.4, false},
		{0.4, 5, false},
		{0.4, 4000, false}, // three places
		{0, 0, false},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%g_%g", tt.a, tt.b), func(t *testing.T) {
			if got := decimalShift(tt.a, tt.b); got != tt.want {
				t.Errorf("decimalShift(%g, %g) = %v, want %v", tt.a, tt.b, got, tt.want)
			}
		})
	}
}

func TestPeriodEnd(t *testing.T) {
	tests := []struct {
		key, want string // want "" when the key is no month or quarter
	}{
		{"2025-06", "2025-06-30"},
		{"2024-02", "2024-02-29"},
		{"2025-Q1", "2025-03-31"},
		{"2025-Q4", "2025-12-31"},
		{"2025", ""},
		{"2025-H1", ""},
		{"year on year", ""},
	}
	for _, tt := range tests {
		t.Run(tt.key, func(t *testing.T) {
			end, ok := periodEnd(tt.key)
			got := ""
			if ok {
				got = end.Format("2006-01-02")
			}
			if got != tt.want {
				t.Errorf("periodEnd(%q) = %q, want %q", tt.key, got, tt.want)
			}
		})
	}
}
