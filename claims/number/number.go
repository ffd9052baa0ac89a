package number

import (
	"math"
	"strconv"
	"strings"

	"crosscheck/claims/text"
)

// A Number is a number read from tokens.
type Number struct {
	Value float64
	// Step is the rounding unit the writer's wording implies: 1 for
	// "3,145", 100 for "3,200", 0.1 for "1.2", 100,000 for "half a
	// million". The number stands for [Value-Step/2, Value+Step/2].
	Step float64
	// Words is true when any part was written in words.
	Words bool
	// AtLeast is true for vague plurals that give only a lower bound:
	// "dozens", "hundreds", "thousands of".
	AtLeast bool
	// First and Next index the tokens read: toks[First:Next].
	First, Next int
}

// Start and End give the byte span of the number in the article.
func (n Number) Start(toks []text.Token) int { return toks[n.First].Start }

// End is the byte offset just past the number.
func (n Number) End(toks []text.Token) int { return toks[n.Next-1].End }

var units = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19,
}

var tens = map[string]float64{
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90,
}

var scales = map[string]float64{
	"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
	"bn": 1e9, "mn": 1e6, "m": 1e6, "k": 1e3,
}

// plurals give a lower bound only: "hundreds of people" is at least 200.
var plurals = map[string]float64{
	"dozens": 24, "hundreds": 200, "thousands": 2000, "millions": 2e6,
	"billions": 2e9, "scores": 40, "tens": 20,
}

var fractions = map[string]float64{
	"half": 0.5, "halves": 0.5, "third": 1.0 / 3, "thirds": 1.0 / 3,
	"quarter": 0.25, "quarters": 0.25, "fourth": 0.25, "fourths": 0.25,
	"fifth": 0.2, "fifths": 0.2, "tenth": 0.1, "tenths": 0.1,
}

// IsWord reports whether w (lower case) is a number word.
func IsWord(w string) bool {
	_, u := units[w]
	_, t := tens[w]
	_, s := scales[w]
	return u || t || (s && len(w) > 2) || w == "dozen"
}

// Parse reads the number that starts at toks[i], if any.
func Parse(toks []text.Token, i int) (Number, bool) {
	if i >= len(toks) {
		return Number{}, false
	}
	t := toks[i]
	switch t.Kind {
	case text.Number:
		return parseDigits(toks, i)
	case text.Word:
		return parseWords(toks, i)
	}
	return Number{}, false
}

// ParseDigits reads a digit string such as "1,954" or "3.5" and its step.
func ParseDigits(s string) (value, step float64, ok bool) {
	clean := s
	if strings.IndexByte(s, ',') >= 0 {
		// "1,954" groups thousands; "3,5" (decimal comma) is rare in
		// English news and read as 35 would be wrong, so refuse it.
		parts := strings.Split(s, ",")
		for k, p := range parts[1:] {
			digits := p
			if k == len(parts)-2 {
				if dot := strings.IndexByte(p, '.'); dot >= 0 {
					digits = p[:dot]
				}
			}
			if len(digits) != 3 {
				return 0, 0, false
			}
		}
		clean = strings.ReplaceAll(s, ",", "")
	}
	if strings.Count(clean, ".") > 1 {
		return 0, 0, false
	}
	v, err := strconv.ParseFloat(clean, 64)
	if err != nil {
		return 0, 0, false
	}
	return v, stepOf(clean), true
}

// stepOf is the rounding unit of a plain digit string: the last decimal
// place, or for whole numbers of 100 or more the run of trailing zeros
// ("3200" → 100). Small round numbers ("20") are taken as exact.
func stepOf(clean string) float64 {
	if dot := strings.IndexByte(clean, '.'); dot >= 0 {
		return math.Pow(10, -float64(len(clean)-dot-1))
	}
	zeros := 0
	for k := len(clean) - 1; k > 0 && clean[k] == '0'; k-- {
		zeros++
	}
	if len(clean) < 3 || zeros < 2 {
		return 1
	}
	return math.Pow(10, float64(zeros))
}

func parseDigits(toks []text.Token, i int) (Number, bool) {
	v, step, ok := ParseDigits(toks[i].Text)
	if !ok {
		return Number{}, false
	}
	n := Number{Value: v, Step: step, First: i, Next: i + 1}
	// "10 1/2": a whole number and a fraction.
	if f, next, ok := fraction(toks, i+1); ok && toks[i+1].Space && !strings.ContainsAny(toks[i].Text, ".,") {
		n.Value += f
		n.Step = 0.5
		n.Next = next
		return n, true
	}
	// "1.2 million", "3 billion", "5bn".
	if i+1 < len(toks) && toks[i+1].Kind == text.Word {
		w := toks[i+1].Lower()
		if s, ok := scales[w]; ok && (toks[i+1].Space || len(w) <= 2) && !(w == "m" && toks[i+1].Space) {
			n.Value *= s
			n.Step *= s
			n.Words = len(w) > 2
			n.Next = i + 2
			// "2 hundred thousand"
			if s == 100 && i+2 < len(toks) {
				if s2, ok := scales[toks[i+2].Lower()]; ok && s2 > 100 && len(toks[i+2].Text) > 2 {
					n.Value *= s2
					n.Step *= s2
					n.Next = i + 3
				}
			}
		}
	}
	return n, true
}

// fraction reads "1/2" at toks[i].
func fraction(toks []text.Token, i int) (float64, int, bool) {
	if i+2 >= len(toks) || toks[i].Kind != text.Number || !toks[i+1].IsPunct("/") || toks[i+2].Kind != text.Number || toks[i+1].Space || toks[i+2].Space {
		return 0, 0, false
	}
	a, err1 := strconv.Atoi(toks[i].Text)
	b, err2 := strconv.Atoi(toks[i+2].Text)
	if err1 != nil || err2 != nil || b == 0 || a >= b || b > 16 {
		return 0, 0, false
	}
	return float64(a) / float64(b), i + 3, true
}

// parseWords reads numbers in words: "two", "twenty-six", "a hundred
// thirty million", "half a million", "a dozen", "two-thirds", "dozens".
func parseWords(toks []text.Token, i int) (Number, bool) {
	w := toks[i].Lower()
	if v, ok := plurals[w]; ok {
		// "dozens of", "hundreds of": a lower bound.
		if i+1 < len(toks) && toks[i+1].Is("of") {
			return Number{Value: v, Step: 0, Words: true, AtLeast: true, First: i, Next: i + 1}, true
		}
		return Number{}, false
	}
	// "half a million", "half a dozen"
	if w == "half" && i+2 < len(toks) && toks[i+1].Is("a") {
		if s, ok := scaleWord(toks[i+2]); ok {
			return Number{Value: s / 2, Step: s / 10, Words: true, First: i, Next: i + 3}, true
		}
	}
	total, current := 0.0, 0.0
	step := 1.0
	j := i
	seen := false
	for j < len(toks) {
		t := toks[j]
		if t.Kind != text.Word {
			// "twenty-six": a hyphen between number words.
			if t.IsPunct("-") && !t.Space && seen && j+1 < len(toks) && !toks[j+1].Space {
				if _, ok := units[toks[j+1].Lower()]; ok {
					j++
					continue
				}
				if _, ok := fractions[toks[j+1].Lower()]; ok {
					j++
					continue
				}
			}
			break
		}
		lw := t.Lower()
		if v, ok := units[lw]; ok {
			if seen && current != 0 && int(current)%10 != 0 && current < 100 {
				break // "two three" is two numbers
			}
			current += v
			step = 1
			seen = true
			j++
			continue
		}
		if v, ok := tens[lw]; ok {
			if seen && current != 0 && int(current)%100 != 0 {
				break
			}
			current += v
			step = 1
			seen = true
			j++
			continue
		}
		if (lw == "a" || lw == "an") && !seen && j+1 < len(toks) {
			if s, ok := scaleWord(toks[j+1]); ok {
				current = 1
				seen = true
				_ = s
				j++
				continue
			}
			break
		}
		if lw == "dozen" && seen {
			current *= 12
			step = 12
			j++
			continue
		}
		if f, ok := fractions[lw]; ok && seen && current > 0 && current < 20 && j > i && toks[j-1].IsPunct("-") {
			// "two-thirds"
			current *= f
			step = f
			j++
			continue
		}
		if s, ok := scales[lw]; ok && len(lw) > 2 && seen {
			if current == 0 {
				current = 1
			}
			if s == 100 {
				current *= 100
				step = 100
			} else {
				total += current * s
				current = 0
				step = s
			}
			j++
			// "and" inside: "one hundred and twenty"
			if j+1 < len(toks) && toks[j].Is("and") && (isUnitOrTen(toks[j+1])) {
				j++
			}
			continue
		}
		break
	}
	if !seen || j == i {
		return Number{}, false
	}
	// Drop a trailing hyphen or "a" that was not followed by a number word.
	if toks[j-1].IsPunct("-") || toks[j-1].Is("a") || toks[j-1].Is("an") {
		j--
	}
	if j == i {
		return Number{}, false
	}
	v := total + current
	if v == 0 && toks[i].Lower() != "zero" {
		return Number{}, false
	}
	// Precision of a worded number is its smallest stated part: "two
	// million" is rounded to the million, "twenty-six" to the unit.
	if step > 1 && v != step*math.Round(v/step) {
		step = 1
	}
	return Number{Value: v, Step: step, Words: true, First: i, Next: j}, true
}

func isUnitOrTen(t text.Token) bool {
	lw := t.Lower()
	_, u := units[lw]
	_, te := tens[lw]
	return u || te
}

func scaleWord(t text.Token) (float64, bool) {
	lw := t.Lower()
	if lw == "dozen" {
		return 12, true
	}
	if s, ok := scales[lw]; ok && len(lw) > 2 {
		return s, true
	}
	return 0, false
}

var ordinals = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
	"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
	"twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
	"sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
	"twentieth": 20, "thirtieth": 30,
}

// Ordinal reads an ordinal at toks[i]: "third", "3rd", "21st",
// "twenty-first". It returns the value and the index after it.
func Ordinal(toks []text.Token, i int) (int, int, bool) {
	if i >= len(toks) {
		return 0, 0, false
	}
	t := toks[i]
	if t.Kind == text.Number && i+1 < len(toks) && !toks[i+1].Space {
		switch toks[i+1].Lower() {
		case "st", "nd", "rd", "th":
			v, err := strconv.Atoi(t.Text)
			if err == nil {
				return v, i + 2, true
			}
		}
		return 0, 0, false
	}
	if t.Kind != text.Word {
		return 0, 0, false
	}
	lw := t.Lower()
	if v, ok := ordinals[lw]; ok {
		return v, i + 1, true
	}
	if v, ok := tens[lw]; ok && i+2 < len(toks) && toks[i+1].IsPunct("-") {
		if o, ok := ordinals[toks[i+2].Lower()]; ok && o < 10 {
			return int(v) + o, i + 3, true
		}
	}
	return 0, 0, false
}
