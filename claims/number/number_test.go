package number

import (
	"math"
	"testing"
	"unicode/utf8"

	"crosscheck/claims/text"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// parsed is what a test expects Parse to read: the text it covers and the
// number's fields.
type parsed struct {
	Text     string
	Value    float64
	Step     float64
	Words    bool
	AtLeast  bool
	Fraction bool
}

func parseAt(s string, i int) (parsed, bool) {
	toks := text.Tokenize(s, 0, len(s))
	n, ok := Parse(toks, i)
	if !ok {
		return parsed{}, false
	}
	return parsed{
		Text:     s[n.Start(toks):n.End(toks)],
		Value:    n.Value,
		Step:     n.Step,
		Words:    n.Words,
		AtLeast:  n.AtLeast,
		Fraction: n.Fraction,
	}, true
}

var approx = cmpopts.EquateApprox(1e-9, 1e-9)

func TestParse(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want parsed
	}{
		// Digits and their stated precision.
		{"integer", "1,954 miles", parsed{Text: "1,954", Value: 1954, Step: 1}},
		{"round hundreds", "3,200 km", parsed{Text: "3,200", Value: 3200, Step: 100}},
		{"round hundred thousands", "300,000 people", parsed{Text: "300,000", Value: 300000, Step: 100000}},
		{"small round number is exact", "20 people", parsed{Text: "20", Value: 20, Step: 1}},
		{"decimal", "3.5 percent", parsed{Text: "3.5", Value: 3.5, Step: 0.1}},
		{"two decimals", "7.62mm", parsed{Text: "7.62", Value: 7.62, Step: 0.01}},
		{"decimal trailing zero keeps its place", "2.80 GHz", parsed{Text: "2.80", Value: 2.8, Step: 0.01}},
		{"million after decimal", "1.2 million voters", parsed{Text: "1.2 million", Value: 1.2e6, Step: 1e5, Words: true}},
		{"billion after integer", "3 billion dollars", parsed{Text: "3 billion", Value: 3e9, Step: 1e9, Words: true}},
		{"glued bn", "5bn euros", parsed{Text: "5bn", Value: 5e9, Step: 1e9}},
		{"spaced bn", "5 bn euros", parsed{Text: "5 bn", Value: 5e9, Step: 1e9}},
		{"glued k", "5k runners", parsed{Text: "5k", Value: 5000, Step: 1000}},
		{"spaced k is not a scale", "5 k", parsed{Text: "5", Value: 5, Step: 1}},
		{"m is left to the caller", "1.8m tall", parsed{Text: "1.8", Value: 1.8, Step: 0.1}},
		{"hundred thousand", "2 hundred thousand", parsed{Text: "2 hundred thousand", Value: 2e5, Step: 1e5, Words: true}},
		{"lakh", "5 lakh people", parsed{Text: "5 lakh", Value: 5e5, Step: 1e5, Words: true}},
		{"space grouped thousands", "10 000 dollars", parsed{Text: "10 000", Value: 10000, Step: 10000}},
		{"space grouped millions", "1 500 000 tonnes", parsed{Text: "1 500 000", Value: 1.5e6, Step: 1e5}},
		{"mixed fraction", "10 1/2 miles", parsed{Text: "10 1/2", Value: 10.5, Step: 0.1}},
		{"fraction alone", "1/4 mile", parsed{Text: "1/4", Value: 0.25, Step: 0.025, Fraction: true}},
		{"vulgar fraction glued", "2½ hours", parsed{Text: "2½", Value: 2.5, Step: 0.1}},
		{"vulgar fraction alone", "½ cup", parsed{Text: "½", Value: 0.5, Step: 0.05, Fraction: true}},
		{"scientific", "4e14 hertz", parsed{Text: "4e14", Value: 4e14, Step: 1e14}},
		{"scientific negative", "1e-3 seconds", parsed{Text: "1e-3", Value: 1e-3, Step: 1e-3}},
		{"times ten", "2.5×10^3 tonnes", parsed{Text: "2.5×10^3", Value: 2500, Step: 100}},

		// Words.
		{"unit word", "four children", parsed{Text: "four", Value: 4, Step: 1, Words: true}},
		{"capitalized word", "Kills Four", parsed{}},
		{"hyphenated tens", "twenty-six people", parsed{Text: "twenty-six", Value: 26, Step: 1, Words: true}},
		{"two million", "two million migrants", parsed{Text: "two million", Value: 2e6, Step: 1e6, Words: true}},
		{"half a million", "half a million individuals", parsed{Text: "half a million", Value: 5e5, Step: 1e5, Words: true}},
		{"a dozen", "a dozen eggs", parsed{Text: "a dozen", Value: 12, Step: 12, Words: true}},
		{"two dozen", "two dozen eggs", parsed{Text: "two dozen", Value: 24, Step: 12, Words: true}},
		{"a hundred and two", "a hundred and two of those", parsed{Text: "a hundred and two", Value: 102, Step: 1, Words: true}},
		{"a thousand", "a thousand pandas", parsed{Text: "a thousand", Value: 1000, Step: 1000, Words: true}},
		{"compound", "three thousand nine hundred and sixty five", parsed{Text: "three thousand nine hundred and sixty five", Value: 3965, Step: 1, Words: true}},
		{"hundred twelve", "one hundred twelve", parsed{Text: "one hundred twelve", Value: 112, Step: 1, Words: true}},
		{"two and a half", "two and a half miles", parsed{Text: "two and a half", Value: 2.5, Step: 0.5, Words: true}},
		{"one and a half million", "one and a half million people", parsed{Text: "one and a half million", Value: 1.5e6, Step: 5e5, Words: true}},
		{"two words are two numbers", "two three", parsed{Text: "two", Value: 2, Step: 1, Words: true}},
		{"trailing and is not read", "seven and counting", parsed{Text: "seven", Value: 7, Step: 1, Words: true}},
		{"zero", "zero tolerance", parsed{Text: "zero", Value: 0, Step: 1, Words: true}},

		// Fractions as proportions.
		{"two-thirds", "two-thirds of voters", parsed{Text: "two-thirds", Value: 2.0 / 3, Step: 2.0 / 30, Words: true, Fraction: true}},
		{"two thirds", "two thirds of the vote", parsed{Text: "two thirds", Value: 2.0 / 3, Step: 2.0 / 30, Words: true, Fraction: true}},
		{"three quarters", "three quarters of them", parsed{Text: "three quarters", Value: 0.75, Step: 0.075, Words: true, Fraction: true}},
		{"one sixth at the end", "exactly one sixth.", parsed{}},
		{"one-half", "one-half mile", parsed{Text: "one-half", Value: 0.5, Step: 0.05, Words: true, Fraction: true}},
		{"a third of", "a third of the budget", parsed{Text: "a third", Value: 1.0 / 3, Step: 1.0 / 30, Words: true, Fraction: true}},
		{"half", "half of the votes", parsed{Text: "half", Value: 0.5, Step: 0.05, Words: true, Fraction: true}},

		// Vague amounts give a lower bound.
		{"dozens", "dozens of homes", parsed{Text: "dozens", Value: 24, Words: true, AtLeast: true}},
		{"hundreds of thousands", "hundreds of thousands of people", parsed{Text: "hundreds of thousands", Value: 2e5, Words: true, AtLeast: true}},
		{"tens of thousands", "tens of thousands of protesters", parsed{Text: "tens of thousands", Value: 2e4, Words: true, AtLeast: true}},
		{"thousands without of", "thousands fled", parsed{Text: "thousands", Value: 2000, Words: true, AtLeast: true}},
		{"several hundred", "several hundred families", parsed{Text: "several hundred", Value: 200, Words: true, AtLeast: true}},
		{"a few thousand", "a few thousand fans", parsed{Text: "a few thousand", Value: 2000, Words: true, AtLeast: true}},
		{"several hundred thousand", "several hundred thousand tonnes", parsed{Text: "several hundred thousand", Value: 2e5, Words: true, AtLeast: true}},
		{"a couple hundred", "a couple hundred yards", parsed{Text: "a couple hundred", Value: 200, Step: 100, Words: true}},
		{"a couple of", "a couple of weeks", parsed{Text: "a couple of", Value: 2, Step: 1, Words: true}},
		{"half million", "a half-million voters", parsed{Text: "a half-million", Value: 5e5, Step: 1e5, Words: true}},
		{"quarter of a million", "a quarter of a million homes", parsed{Text: "a quarter of a million", Value: 2.5e5, Step: 1e5, Words: true}},
		{"lakh crore", "3 lakh crore rupees", parsed{Text: "3 lakh crore", Value: 3e12, Step: 1e12, Words: true}},
		{"indian grouping", "12,34,567 voters", parsed{Text: "12,34,567", Value: 1234567, Step: 1}},

		// Mixed numbers: a whole number and a fraction in words.
		{"and a quarter", "five and a quarter hours", parsed{Text: "five and a quarter", Value: 5.25, Step: 0.25, Words: true}},
		{"and a third before a unit", "three and a third percent", parsed{Text: "three and a third", Value: 10.0 / 3, Step: 1.0 / 3, Words: true}},
		{"and a third before a noun is an ordinal", "two and a third term", parsed{Text: "two", Value: 2, Step: 1, Words: true}},
		{"and three quarters", "four and three quarters miles", parsed{Text: "four and three quarters", Value: 4.75, Step: 0.25, Words: true}},
		{"and two-thirds", "six and two-thirds cups", parsed{Text: "six and two-thirds", Value: 20.0 / 3, Step: 1.0 / 3, Words: true}},
		{"digits and a half", "7 and a half weeks", parsed{Text: "7 and a half", Value: 7.5, Step: 0.5, Words: true}},
		{"a scale and a half", "a million and a half voters", parsed{Text: "a million and a half", Value: 1.5e6, Step: 5e5, Words: true}},
		{"and a fraction too large", "two and five thirds", parsed{Text: "two", Value: 2, Step: 1, Words: true}},

		// Scales: plurals and multipliers after a number, larger scales.
		{"digits dozen", "4 dozen roses", parsed{Text: "4 dozen", Value: 48, Step: 12, Words: true}},
		{"digits dozens", "4 dozens roses", parsed{Text: "4 dozens", Value: 48, Step: 12, Words: true}},
		{"words dozens", "four dozens roses", parsed{Text: "four dozens", Value: 48, Step: 12, Words: true}},
		{"plural billion after a number", "seven billions", parsed{Text: "seven billions", Value: 7e9, Step: 1e9, Words: true}},
		{"thousand million", "four thousand million euros", parsed{Text: "four thousand million", Value: 4e9, Step: 1e9, Words: true}},
		{"thousand five hundred million", "one thousand five hundred million", parsed{Text: "one thousand five hundred million", Value: 1.5e9, Step: 1e8, Words: true}},
		{"half million without article", "half million tons", parsed{Text: "half million", Value: 5e5, Step: 1e5, Words: true}},
		{"quarter million without article", "quarter million fans", parsed{Text: "quarter million", Value: 2.5e5, Step: 1e5, Words: true}},
		{"half hundred is not a number", "half hundred", parsed{Text: "half", Value: 0.5, Step: 0.05, Words: true, Fraction: true}},
		{"comma after a scale", "four million, six hundred and ten", parsed{Text: "four million, six hundred and ten", Value: 4000610, Step: 1, Words: true}},
		{"ampersand after hundred", "six hundred & ten", parsed{Text: "six hundred & ten", Value: 610, Step: 1, Words: true}},
		{"comma before a small part is a list", "four million, six of them", parsed{Text: "four million", Value: 4e6, Step: 1e6, Words: true}},

		{"a fraction of a smaller scale after", "one billion and a half million", parsed{Text: "one billion and a half million", Value: 1.0005e9, Step: 5e5, Words: true}},
		{"and one half after a scale", "two million and one half", parsed{Text: "two million and one half", Value: 2.5e6, Step: 5e5, Words: true}},
		{"and three quarters after hundred", "two hundred and three quarters", parsed{Text: "two hundred and three quarters", Value: 200.75, Step: 0.25, Words: true}},
		{"digits scale and a half", "4 million and a half", parsed{Text: "4 million and a half", Value: 4.5e6, Step: 5e5, Words: true}},
		{"fraction of a million", "two thirds of a million homes", parsed{Text: "two thirds of a million", Value: 2e6 / 3, Step: 2e5 / 3, Words: true}},
		{"a third of a billion", "a third of a billion dollars", parsed{Text: "a third of a billion", Value: 1e9 / 3, Step: 1e8 / 3, Words: true}},
		{"a third of the budget stays a fraction", "a third of the budget", parsed{Text: "a third", Value: 1.0 / 3, Step: 1.0 / 30, Words: true, Fraction: true}},
		{"tln", "10 tln", parsed{Text: "10 tln", Value: 1e13, Step: 1e12}},

		// Decimals spoken digit by digit.
		{"nought point", "nought point nought six", parsed{Text: "nought point nought six", Value: 0.06, Step: 0.01, Words: true}},
		{"nought alone is the idiom", "nought", parsed{}},
		{"point five", "three point five percent", parsed{Text: "three point five", Value: 3.5, Step: 0.1, Words: true}},
		{"point nought four", "six point nought four", parsed{Text: "six point nought four", Value: 6.04, Step: 0.01, Words: true}},
		{"point then million", "four point two million", parsed{Text: "four point two million", Value: 4.2e6, Step: 1e5, Words: true}},

		// Capital M and B glued to digits.
		{"glued M", "2.4M subscribers", parsed{Text: "2.4M", Value: 2.4e6, Step: 1e5}},
		{"glued B", "45B", parsed{Text: "45B", Value: 45e9, Step: 1e9}},
		{"one digit and M may be a name", "7M", parsed{Text: "7", Value: 7, Step: 1}},
		{"spaced M is not a scale", "2.4 M", parsed{Text: "2.4", Value: 2.4, Step: 0.1}},
		{"space groups with decimals", "1 234 567.89 euros", parsed{Text: "1 234 567.89", Value: 1234567.89, Step: 0.01}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := parseAt(tt.in, 0)
			if tt.name == "capitalized word" || tt.name == "one sixth at the end" {
				// These start on a non-number word; read the number
				// that follows instead.
				got, ok = parseAt(tt.in, 1)
				tt.want = map[string]parsed{
					"capitalized word":     {Text: "Four", Value: 4, Step: 1, Words: true},
					"one sixth at the end": {Text: "one sixth", Value: 1.0 / 6, Step: 1.0 / 60, Words: true, Fraction: true},
				}[tt.name]
			}
			if !ok && tt.want == (parsed{}) {
				return // no number, as wanted
			}
			if !ok {
				t.Fatalf("Parse(%q) found no number, want %+v", tt.in, tt.want)
			}
			if diff := cmp.Diff(tt.want, got, approx); diff != "" {
				t.Errorf("Parse(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestParseRefuses(t *testing.T) {
	tests := []struct {
		name string
		in   string
	}{
		{"decimal comma", "3,5"},
		{"dotted initialism", "U.S."},
		{"bad grouping", "12,34"},
		{"long first group", "1234,567"},
		{"ip address", "192.168.1.1"},
		{"version", "1.2.3"},
		{"slashed date", "12/27/2023"},
		{"odd denominator", "7/13"},
		{"division by zero", "1/0"},
		{"ordinal word after a", "a third victim"},
		{"plain word", "people"},
		{"article alone", "a man"},
		{"scores without of", "scores 3"},
		{"punctuation", "-"},
		{"exponent out of range", "0E700"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// A leading number may still be read ("7" of "7/13"), but
			// never the whole text as one number.
			if got, ok := parseAt(tt.in, 0); ok && (got.Text == tt.in || got.Fraction) {
				t.Errorf("Parse(%q) = %+v, want no number over the whole text", tt.in, got)
			}
		})
	}
}

func TestInterval(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		lo, hi float64
	}{
		{"unit precision", "3,145", 3144.5, 3145.5},
		{"hundreds precision", "3,200", 3150, 3250},
		{"lower bound", "hundreds of", 200, math.Inf(1)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := text.Tokenize(tt.in, 0, len(tt.in))
			n, ok := Parse(toks, 0)
			if !ok {
				t.Fatalf("Parse(%q) found no number", tt.in)
			}
			lo, hi := n.Interval()
			if diff := cmp.Diff([2]float64{tt.lo, tt.hi}, [2]float64{lo, hi}); diff != "" {
				t.Errorf("Interval of %q (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestOrdinal(t *testing.T) {
	tests := []struct {
		in   string
		want int
		ok   bool
	}{
		{"third", 3, true},
		{"3rd", 3, true},
		{"21st", 21, true},
		{"twenty-first", 21, true},
		{"Hundredth", 100, true},
		{"3 rd", 0, false},
		{"three", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			toks := text.Tokenize(tt.in, 0, len(tt.in))
			got, next, ok := Ordinal(toks, 0)
			if ok != tt.ok || got != tt.want {
				t.Fatalf("Ordinal(%q) = %d, %v; want %d, %v", tt.in, got, ok, tt.want, tt.ok)
			}
			if ok && next != len(toks) {
				t.Errorf("Ordinal(%q) stopped at token %d of %d", tt.in, next, len(toks))
			}
		})
	}
}

func TestScale(t *testing.T) {
	tests := []struct {
		in   string
		want float64
		ok   bool
	}{
		{"million", 1e6, true}, {"M", 1e6, true}, {"bn", 1e9, true}, {"B", 1e9, true},
		{"T", 1e12, true}, {"k", 1e3, true}, {"miles", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, ok := Scale(tt.in)
			if got != tt.want || ok != tt.ok {
				t.Errorf("Scale(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
			}
		})
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"more than two million migrants entered the country last year",
		"a 1,954-mile (3,145-kilometer) border",
		"half a million individuals crossed the jungle",
		"10 1/2 miles of cable", "2½ hours", "4e14", "2.48×10−5", "one and a half million",
		"hundreds of thousands of people", "a third victim died", "10 000 dollars", "12/27/2023",
		"tens of", "a couple of hundred", "twenty-", "½", "1/", "x10^",
		"five and a quarter hours", "four million, six hundred & ten", "two point five percent",
		"2.4M subscribers", "a two-and-a-half-hour wait", "one billion and a half million",
		"two thirds of a million homes", "4 dozens", "nought point", "and a", "million,", "point",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		toks := text.Tokenize(s, 0, len(s))
		for i := range toks {
			n, ok := Parse(toks, i)
			if !ok {
				continue
			}
			if n.First != i || n.Next <= n.First || n.Next > len(toks) {
				t.Fatalf("Parse(%q, %d) read tokens [%d, %d)", s, i, n.First, n.Next)
			}
			start, end := n.Start(toks), n.End(toks)
			if start < 0 || end > len(s) || start >= end || !utf8.ValidString(s[start:end]) && utf8.ValidString(s) {
				t.Fatalf("Parse(%q, %d) span [%d, %d) is not a valid piece of the text", s, i, start, end)
			}
			if math.IsNaN(n.Value) || n.Step < 0 {
				t.Fatalf("Parse(%q, %d) = %+v", s, i, n)
			}
		}
	})
}

// TestParseAfterAt checks that "at one point" stays an idiom: the number
// after it is not a decimal.
func TestParseAfterAt(t *testing.T) {
	got, ok := parseAt("At one point two men ran", 1)
	want := parsed{Text: "one", Value: 1, Step: 1, Words: true}
	if !ok {
		t.Fatalf("Parse found no number, want %+v", want)
	}
	if diff := cmp.Diff(want, got, approx); diff != "" {
		t.Errorf("Parse mismatch (-want +got):\n%s", diff)
	}
}

// TestParseHyphenatedMixed reads a mixed number written as one
// hyphenated modifier, as in "a two-and-a-half-hour wait".
func TestParseHyphenatedMixed(t *testing.T) {
	got, ok := parseAt("a two-and-a-half-hour wait", 1)
	want := parsed{Text: "two-and-a-half", Value: 2.5, Step: 0.5, Words: true}
	if !ok {
		t.Fatalf("Parse found no number, want %+v", want)
	}
	if diff := cmp.Diff(want, got, approx); diff != "" {
		t.Errorf("Parse mismatch (-want +got):\n%s", diff)
	}
}
