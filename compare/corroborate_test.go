package compare

import "testing"

// A conflict leaves the sides several sources take standing as
// agreements of their own.
func TestCorroboratedSides(t *testing.T) {
	runRules(t, []ruleTest{
		{
			name: "three sources against one: a conflict and an agreement of three",
			build: func(c *corpus) {
				c.doc("a", "Paper A", "2025-08-14").doc("b", "Wire B", "2025-08-14").doc("c", "TV C", "2025-08-15").doc("d", "Site D", "2025-08-15")
				c.add("a", D, "Tuesday", "fire", "The Larch Fire broke out on Tuesday.", day("2025-08-12", "fire", ""))
				c.add("b", D, "Aug. 12", "fire", "The fire started Aug. 12 near the dam.", day("2025-08-12", "fire", ""))
				c.add("c", D, "Tuesday", "fire", "The blaze began Tuesday afternoon.", day("2025-08-12", "fire", ""))
				c.add("d", D, "Monday, August 11", "blaze", "The blaze, which ignited on Monday, August 11, spread fast.", day("2025-08-11", "blaze", ""))
			},
			want: []summary{
				{Conflict, D, "date of the fire", "2025-08-12 [a#1 b#1 c#1] | 2025-08-11 [d#1]", "1 day"},
				{Agree, D, "date of the fire", "2025-08-12 [a#1 b#1 c#1]", ""},
			},
		},
		{
			name: "one source against one: nothing is corroborated",
			build: func(c *corpus) {
				c.doc("a", "Paper A", "2025-08-14").doc("b", "Wire B", "2025-08-14")
				c.add("a", Q, "40 arrested", "arrested", "Police arrested 40 people.", count(40, 1))
				c.add("b", Q, "46 arrested", "arrested", "Officers arrested 46 protesters.", count(46, 1))
			},
			want: []summary{{Conflict, Q, "number of arrested", "40 [a#1] | 46 [b#1]", "6 (13%)"}},
		},
		{
			name: "a vaguer value fits both sides and corroborates neither",
			build: func(c *corpus) {
				c.doc("a", "Paper A", "2025-08-14").doc("b", "Wire B", "2025-08-14").doc("c", "TV C", "2025-08-15")
				c.add("a", Q, "40 arrested", "arrested", "Police arrested 40 people.", count(40, 1))
				c.add("b", Q, "46 arrested", "arrested", "Officers arrested 46 protesters.", count(46, 1))
				c.add("c", Q, "dozens arrested", "arrested", "Dozens were arrested.", moreThan(24))
			},
			want: []summary{{Conflict, Q, "number of arrested", "40 [a#1] | 46 [b#1] | more than 24 [c#1]", "6 (13%)"}},
		},
		{
			name: "two sources against two: two agreements",
			build: func(c *corpus) {
				c.doc("a", "Paper A", "2025-08-14").doc("b", "Wire B", "2025-08-14").doc("c", "TV C", "2025-08-15").doc("d", "Site D", "2025-08-15")
				c.add("a", Q, "40 arrested", "arrested", "Police arrested 40 people.", count(40, 1))
				c.add("b", Q, "40 arrested", "arrested", "Forty were arrested, police said.", count(40, 1))
				c.add("c", Q, "46 arrested", "arrested", "Officers arrested 46 protesters.", count(46, 1))
				c.add("d", Q, "46 arrested", "arrested", "In all 46 were held.", count(46, 1))
				c.add("d", Q, "more than 24 arrested", "arrested", "More than 24 were held at first.", moreThan(24))
			},
			want: []summary{
				{Conflict, Q, "number of arrested", "40 [a#1 b#1] | 46 [c#1 d#1] | more than 24 [d#2]", "6 (13%)"},
				{Agree, Q, "number of arrested", "40 [a#1 b#1] | more than 24 [d#2]", ""},
				{Agree, Q, "number of arrested", "46 [c#1 d#1] | more than 24 [d#2]", ""},
			},
		},
	})
}
