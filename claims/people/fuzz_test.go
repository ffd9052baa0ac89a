package people

import (
	"testing"

	"crosscheck/claims/text"
)

// fuzzSeeds are news-like sentences written for these tests, with the
// shapes the finders look for and some that break them.
var fuzzSeeds = []string{
	"Canadian Trade Minister Ana Ruiz met farmers on Tuesday.",
	"Ana Ruiz, Peru's foreign minister, arrived late. “We will rebuild,” she said.",
	"The 61-year-old mayor, Tom Reyes, resigned. A 3-year-old boy was hurt.",
	"Homeland Security Secretary and Deputy Prime Minister Olga Petrova-Sanz (45) spoke.",
	`"The talks went well," said Foreign Minister Ana Ruiz. «Yes,» he said. ‘Quiet’ 'here'`,
	"Tom Reyes said that the dam had held. She said both sides agreed to look again.",
	"“Unclosed quote at the end of a paragraph\nGuatemalan President Ramiro Castillo de la Vega, who is 61,",
	"Mr. O’Neill-Díaz’s aide, aged 45, told reporters that “the river … rose”",
	"Marlowe Meets Union Leaders\nGina Marlowe met the union on Monday.",
	"En este momento estás viendo U.S. and Mexico resume talks",
	"Dunmore signed winger Ana Ruiz. The 22-year-old's deal runs to 2029. \"We waited; we won,\" the club's director general, Tom Reyes, said.",
	"\"It works. It lasts,\" said the study's lead author, Dr. Ana Ruiz, an associate professor of nutrition at the University of Elm Vale.",
	"Secretary of State of the Interior of for and the Ana, , , “”«»\"\"",
	"Ex-", "the 3-", "Ana (", "said that", "“", "\xff\xfe Ana Ruiz, 36,",
}

// checkSpans fails when a match's span is outside the text or cuts a
// UTF-8 sequence.
func checkSpans(t *testing.T, s, finder string, ms []Match) {
	t.Helper()
	// Boundaries are where decoding the text rune by rune stops, so a
	// stray byte of invalid UTF-8 counts as one rune.
	boundary := make([]bool, len(s)+1)
	for i := range s {
		boundary[i] = true
	}
	boundary[len(s)] = true
	for _, m := range ms {
		if m.Start < 0 || m.End > len(s) || m.Start >= m.End {
			t.Fatalf("%s: span [%d,%d) outside text of %d bytes: %q", finder, m.Start, m.End, len(s), s)
		}
		if !boundary[m.Start] || !boundary[m.End] {
			t.Fatalf("%s: span [%d,%d) cuts a UTF-8 sequence in %q", finder, m.Start, m.End, s)
		}
		if m.Value == nil {
			t.Fatalf("%s: nil value at [%d,%d) in %q", finder, m.Start, m.End, s)
		}
	}
}

func fuzzFinder(f *testing.F, name string, find func(*Analysis) []Match) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkSpans(t, s, name, find(Analyze(text.Parse(s))))
	})
}

func FuzzRoles(f *testing.F)  { fuzzFinder(f, "Roles", (*Analysis).Roles) }
func FuzzAges(f *testing.F)   { fuzzFinder(f, "Ages", (*Analysis).Ages) }
func FuzzNames(f *testing.F)  { fuzzFinder(f, "Names", (*Analysis).Names) }
func FuzzQuotes(f *testing.F) { fuzzFinder(f, "Quotes", (*Analysis).Quotes) }
