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
	// "3,891", 100 for "4,100", 0.1 for "1.2", 100,000 for "half a
	// million". The number stands for [Value-Step/2, Value+Step/2].
	Step float64
	// Words is true when any part was written in words.
	Words bool
	// AtLeast is true for vague plurals that give only a lower bound:
	// "dozens", "hundreds", "thousands of", "several hundred".
	AtLeast bool
	// Fraction is true for a proportion written as a fraction on its own:
	// "two-thirds", "half", "a quarter", "1/2". It is false when the
	// fraction only refines a whole number ("2 1/2", "two and a half").
	Fraction bool
	// First and Next index the tokens read: toks[First:Next].
	First, Next int
}

// Start and End give the byte span of the number in the article.
func (n Number) Start(toks []text.Token) int { return toks[n.First].Start }

// End is the byte offset just past the number.
func (n Number) End(toks []text.Token) int { return toks[n.Next-1].End }

// Interval is the range of values the number stands for: the rounding
// interval [Value-Step/2, Value+Step/2], or [Value, +Inf) for a vague
// plural such as "hundreds".
func (n Number) Interval() (lo, hi float64) {
	if n.AtLeast {
		return n.Value, math.Inf(1)
	}
	return n.Value - n.Step/2, n.Value + n.Step/2
}

var units = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19,
	// Zero in British speech; alone it is the idiom "came to nought", so
	// like any zero other than "zero" it counts only with decimals after
	// it ("nought point five").
	"nought": 0, "naught": 0,
}

var tens = map[string]float64{
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90,
}

// scales are the multiplier words. The short forms ("bn", "k") count only
// when glued to digits or written after them, never as words of their own;
// "m" and "b" are left to callers, which know whether a currency came
// first ("$1.2m" is money, "1.8m tall" is a length).
var scales = map[string]float64{
	"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
	"lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
	"bn": 1e9, "mn": 1e6, "mln": 1e6, "bln": 1e9, "tn": 1e12, "trn": 1e12, "tln": 1e12, "k": 1e3, "mil": 1e6,
}

// longScale reports whether w is a scale word that may stand on its own
// ("a million"), as opposed to an abbreviation ("bn").
func longScale(w string) (float64, bool) {
	switch w {
	case "hundred", "thousand", "million", "billion", "trillion", "lakh", "crore":
		return scales[w], true
	}
	return 0, false
}

// Scale returns the multiplier a scale word or abbreviation stands for:
// "million", "bn", "k", and also "m", "b", "t" which callers accept only
// where the context makes them scales ("$1.2m", "€10B").
func Scale(w string) (float64, bool) {
	w = strings.ToLower(w)
	switch w {
	case "m":
		return 1e6, true
	case "b":
		return 1e9, true
	case "t":
		return 1e12, true
	}
	s, ok := scales[w]
	return s, ok
}

// plurals give a lower bound only: "hundreds of people" is at least 200.
var plurals = map[string]float64{
	"dozens": 24, "hundreds": 200, "thousands": 2000, "millions": 2e6,
	"billions": 2e9, "scores": 40, "tens": 20,
}

// multipliers are the scale words that multiply a number before them,
// beyond scales: "three dozen", "3 dozens", "two hundred dozens", "three
// billions". After a number, a plural scale is a multiple, not the vague
// lower bound it is on its own ("dozens of homes").
var multipliers = map[string]float64{
	"dozen": 12, "dozens": 12, "hundreds": 100, "thousands": 1e3, "millions": 1e6,
	"billions": 1e9, "trillions": 1e12,
}

// andFraction reads the fraction that ends a mixed number in words, at the
// "and" at toks[i]: "and a half", "and a quarter", "and one third", "and
// three quarters", "and two-thirds". It returns the fraction, the step it
// implies (a quarter for "and three quarters") and the index after it.
// A singular ordinal-like fraction ("and a third") needs a context that
// makes it a fraction: "five and a third hours", not "two and a third
// term".
func andFraction(toks []text.Token, i int) (f, step float64, next int, ok bool) {
	if i+2 >= len(toks) || !toks[i].Is("and") {
		return 0, 0, 0, false
	}
	k := i + 1
	if toks[k].IsPunct("-") && glued(toks, k) && glued(toks, k+1) {
		k++ // "two-and-a-half-hour"
	}
	if k+1 >= len(toks) {
		return 0, 0, 0, false
	}
	count := 1.0
	switch lw := toks[k].Lower(); {
	case lw == "a" || lw == "an" || lw == "one":
	default:
		c, isUnit := units[lw]
		if !isUnit || c < 2 || c > 19 {
			return 0, 0, 0, false
		}
		count = c
	}
	k++
	if toks[k].IsPunct("-") && glued(toks, k) && glued(toks, k+1) {
		k++
	}
	if k >= len(toks) {
		return 0, 0, 0, false
	}
	fw := toks[k].Lower()
	unitFrac, isFrac := fractions[fw]
	if !isFrac || fw == "hundredth" || fw == "hundredths" || fw == "thousandth" || fw == "thousandths" {
		return 0, 0, 0, false
	}
	plural := strings.HasSuffix(fw, "s") && fw != "halves"
	if count > 1 && !plural || count == 1 && plural {
		return 0, 0, 0, false // "and two third", "and a quarters"
	}
	if fw != "half" && fw != "quarter" && !plural && !fractionContext(toks, k+1) {
		return 0, 0, 0, false
	}
	f = count * unitFrac
	if f >= 1 {
		return 0, 0, 0, false
	}
	return f, unitFrac, k + 1, true
}

// fractions are the fraction words; the singular forms are also
// ordinals, so they are read as fractions only where the context allows.
var fractions = map[string]float64{
	"half": 0.5, "halves": 0.5, "third": 1.0 / 3, "thirds": 1.0 / 3,
	"quarter": 0.25, "quarters": 0.25, "fourth": 0.25, "fourths": 0.25,
	"fifth": 0.2, "fifths": 0.2, "sixth": 1.0 / 6, "sixths": 1.0 / 6,
	"seventh": 1.0 / 7, "sevenths": 1.0 / 7, "eighth": 0.125, "eighths": 0.125,
	"ninth": 1.0 / 9, "ninths": 1.0 / 9, "tenth": 0.1, "tenths": 0.1,
	"hundredth": 0.01, "hundredths": 0.01, "thousandth": 0.001, "thousandths": 0.001,
}

// vulgar are the Unicode fraction characters.
var vulgar = map[string]float64{
	"½": 0.5, "⅓": 1.0 / 3, "⅔": 2.0 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2,
	"⅖": 0.4, "⅗": 0.6, "⅘": 0.8, "⅙": 1.0 / 6, "⅚": 5.0 / 6, "⅛": 0.125,
	"⅜": 0.375, "⅝": 0.625, "⅞": 0.875, "⅐": 1.0 / 7, "⅑": 1.0 / 9, "⅒": 0.1,
}

// IsWord reports whether w (lower case) is a number word.
func IsWord(w string) bool {
	_, u := units[w]
	_, t := tens[w]
	_, s := longScale(w)
	return u || t || s || w == "dozen"
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
	case text.Punct:
		if v, ok := vulgar[t.Text]; ok {
			return Number{Value: v, Step: v / 10, Fraction: true, First: i, Next: i + 1}, true
		}
	}
	return Number{}, false
}

// ParseDigits reads a digit string such as "2,418" or "3.5" and its step.
func ParseDigits(s string) (value, step float64, ok bool) {
	clean := s
	if strings.IndexByte(s, ',') >= 0 {
		// "2,418" groups thousands; "3,5" (decimal comma) is rare in
		// English news and read as 35 would be wrong, so refuse it.
		parts := strings.Split(s, ",")
		if len(parts[0]) > 3 {
			return 0, 0, false
		}
		if !groupedBy(parts, 3) && !groupedIndian(parts) {
			return 0, 0, false
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

// lastGroup is the digits of the last comma group, without decimals.
func lastGroup(p string) string {
	if dot := strings.IndexByte(p, '.'); dot >= 0 {
		return p[:dot]
	}
	return p
}

// groupedBy reports whether every group after the first has n digits:
// "2,418", "1,500,000".
func groupedBy(parts []string, n int) bool {
	for k, p := range parts[1:] {
		if k == len(parts)-2 {
			p = lastGroup(p)
		}
		if len(p) != n {
			return false
		}
	}
	return true
}

// groupedIndian reports whether the groups follow the Indian system, in
// lakhs and crores: "12,34,567", "1,00,000".
func groupedIndian(parts []string) bool {
	if len(parts) < 3 || len(parts[0]) > 2 || len(lastGroup(parts[len(parts)-1])) != 3 {
		return false
	}
	for _, p := range parts[1 : len(parts)-1] {
		if len(p) != 2 {
			return false
		}
	}
	return true
}

// stepOf is the rounding unit of a plain digit string: the last decimal
// place, or for whole numbers of 100 or more the run of trailing zeros
// ("4100" → 100). Small round numbers ("20") are taken as exact.
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

// glued reports whether toks[i] exists and follows the previous token
// with no space.
func glued(toks []text.Token, i int) bool {
	return i < len(toks) && !toks[i].Space
}

func parseDigits(toks []text.Token, i int) (Number, bool) {
	// "1/4", "3/4 mile": a fraction on its own.
	if f, next, ok := fraction(toks, i); ok {
		return Number{Value: f, Step: f / 10, Fraction: true, First: i, Next: next}, true
	}
	raw := toks[i].Text
	v, step, ok := ParseDigits(raw)
	if !ok {
		return Number{}, false
	}
	n := Number{Value: v, Step: step, First: i, Next: i + 1}
	plain := !strings.ContainsAny(raw, ".,")
	// "10 000": thousands grouped with a space, as some outlets write. A
	// further spaced number after the groups means a list or a phone
	// number, not one number.
	if plain && len(raw) <= 3 && raw[0] != '0' {
		j := i + 1
		value := v
		decimals := ""
		for j < len(toks) && toks[j].Kind == text.Number && len(lastGroup(toks[j].Text)) == 3 &&
			!strings.ContainsRune(toks[j].Text, ',') && toks[j].Start-toks[j-1].End <= 3 && decimals == "" {
			g := toks[j].Text
			if len(g) > 3 {
				if g[3] != '.' {
					break
				}
				decimals = g[3:] // "1 234 567.89"
			}
			value = value*1000 + mustAtoi(g[:3])
			j++
		}
		if j > i+1 && !(j < len(toks) && toks[j].Kind == text.Number) {
			var b strings.Builder
			for k := i; k < j; k++ {
				b.WriteString(lastGroup(toks[k].Text))
			}
			b.WriteString(decimals)
			if decimals != "" {
				f, _ := strconv.ParseFloat(decimals, 64)
				value += f
			}
			n.Value, n.Step, n.Next = value, stepOf(b.String()), j
		}
	}
	// "10 1/2": a whole number and a fraction.
	if plain && n.Next == i+1 && i+1 < len(toks) && toks[i+1].Space {
		if f, next, ok := fraction(toks, i+1); ok && f < 1 {
			n.Value += f
			n.Step = f / 5
			n.Next = next
			return n, true
		}
	}
	// "2½"
	if plain && glued(toks, n.Next) {
		if f, ok := vulgar[toks[n.Next].Text]; ok {
			n.Value += f
			n.Step = f / 5
			n.Next++
			return n, true
		}
	}
	// "4e14", "1e-3": scientific notation.
	if n.Next == i+1 && glued(toks, i+1) && (toks[i+1].Text == "e" || toks[i+1].Text == "E") {
		j := i + 2
		sign := 1.0
		if glued(toks, j) && (toks[j].IsPunct("-") || toks[j].IsPunct("−") || toks[j].IsPunct("+")) {
			if toks[j].Text != "+" {
				sign = -1
			}
			j++
		}
		if glued(toks, j) && toks[j].Kind == text.Number && !strings.ContainsAny(toks[j].Text, ".,") && len(toks[j].Text) <= 2 {
			e := sign * mustAtoi(toks[j].Text)
			n.Value *= math.Pow(10, e)
			n.Step *= math.Pow(10, e)
			n.Next = j + 1
			return n, true
		}
	}
	// "2.48×10−5", "5.5x10^3".
	if glued(toks, n.Next) || (n.Next < len(toks) && toks[n.Next].Text == "×") {
		if e, next, ok := timesTen(toks, n.Next); ok {
			n.Value *= math.Pow(10, e)
			n.Step *= math.Pow(10, e)
			n.Next = next
			return n, true
		}
	}
	// "5 and a half", "2 and three quarters": a whole number and a
	// fraction in words.
	if plain && n.Next == i+1 {
		if f, step, next, ok := andFraction(toks, i+1); ok {
			n.Value += f
			n.Step = step
			n.Next = next
			n.Words = true
			return n, true
		}
	}
	// "1.2 million", "3 billion", "5bn", "5k".
	if n.Next < len(toks) && toks[n.Next].Kind == text.Word {
		w := toks[n.Next].Lower()
		s, ok := scales[w]
		if !ok {
			s, ok = multipliers[w] // "3 dozen", "200 dozens", "3 billions"
		}
		if !ok && glued(toks, n.Next) && (toks[n.Next].Text == "M" || toks[n.Next].Text == "B") && (!plain || v >= 10) {
			// "1.2M users", "25M", "1.5B": a capital M or B glued to the
			// digits is a million or a billion (metres and bytes are "m"
			// and "GB"). A single digit before it is as often a name
			// ("3M") and is left alone.
			s, ok = 1e6, true
			if toks[n.Next].Text == "B" {
				s = 1e9
			}
		}
		if ok && (w != "k" || glued(toks, n.Next)) {
			n.Value *= s
			n.Step *= s
			n.Words = len(w) > 3
			n.Next++
			// "2 hundred thousand", "3 lakh crore", "1.5 thousand million"
			if n.Next < len(toks) {
				if s2, ok := scales[toks[n.Next].Lower()]; ok && len(toks[n.Next].Text) > 3 && (s == 100 || s == 1e3 && s2 >= 1e6 || s == 1e5 && s2 == 1e7) {
					n.Value *= s2
					n.Step *= s2
					s *= s2
					n.Next++
				}
			}
			// "3 million and a half": a fraction of the scale.
			if s >= 1e3 && plain && len(w) > 3 {
				if f, fstep, next, ok := andFraction(toks, n.Next); ok {
					n.Value += f * s
					n.Step = fstep * s
					n.Next = next
				}
			}
		}
	}
	return n, true
}

func mustAtoi(s string) float64 {
	v, _ := strconv.Atoi(s)
	return float64(v)
}

// timesTen reads "×10−5", "x10^3", "x 10^-3" at toks[i] and returns the
// exponent.
func timesTen(toks []text.Token, i int) (float64, int, bool) {
	if i+1 >= len(toks) {
		return 0, 0, false
	}
	t := toks[i]
	j := i + 1
	var ten text.Token
	switch {
	case t.Text == "×" || t.Text == "*":
		ten = toks[j]
		j++
	case t.Kind == text.Word && (t.Text == "x" || t.Text == "X"):
		ten = toks[j]
		j++
		if !glued(toks, i+1) {
			return 0, 0, false
		}
	default:
		return 0, 0, false
	}
	if ten.Text != "10" {
		return 0, 0, false
	}
	if j < len(toks) && toks[j].IsPunct("^") && glued(toks, j) {
		j++
	}
	sign := 1.0
	if j < len(toks) && glued(toks, j) && (toks[j].IsPunct("-") || toks[j].IsPunct("−")) {
		sign = -1
		j++
	}
	if j < len(toks) && glued(toks, j) && toks[j].Kind == text.Number && len(toks[j].Text) <= 2 && !strings.ContainsAny(toks[j].Text, ".,") {
		return sign * mustAtoi(toks[j].Text), j + 1, true
	}
	return 0, 0, false
}

// fraction reads "1/2" at toks[i]. Slashed dates ("12/27/2023") and
// ratios with odd denominators are refused.
func fraction(toks []text.Token, i int) (float64, int, bool) {
	if i+2 >= len(toks) || toks[i].Kind != text.Number || !toks[i+1].IsPunct("/") || toks[i+2].Kind != text.Number || toks[i+1].Space || toks[i+2].Space {
		return 0, 0, false
	}
	if i+3 < len(toks) && toks[i+3].IsPunct("/") && !toks[i+3].Space {
		return 0, 0, false // a date: 12/27/2023
	}
	if i > 0 && toks[i-1].IsPunct("/") && !toks[i].Space {
		return 0, 0, false
	}
	a, err1 := strconv.Atoi(toks[i].Text)
	b, err2 := strconv.Atoi(toks[i+2].Text)
	if err1 != nil || err2 != nil || b == 0 || a <= 0 || a >= b {
		return 0, 0, false
	}
	switch {
	case b <= 10, b == 16, b == 32, b == 64, b == 100:
	case a == 1 && b <= 1000 && b > 31:
	default:
		return 0, 0, false
	}
	return float64(a) / float64(b), i + 3, true
}

// parseWords reads numbers in words: "two", "twenty-six", "a hundred
// thirty million", "half a million", "a dozen", "two-thirds", "dozens",
// "two and a half", "several hundred".
func parseWords(toks []text.Token, i int) (Number, bool) {
	if !wordStarts.has(&toks[i]) {
		return Number{}, false // most words: one probe, no lower-casing
	}
	return parseWordsFrom(toks, i)
}

func parseWordsFrom(toks []text.Token, i int) (Number, bool) {
	n, ok := parseWordsOnly(toks, i)
	if ok && n.Fraction && n.Next+2 < len(toks) && toks[n.Next].Is("of") && (toks[n.Next+1].Is("a") || toks[n.Next+1].Is("an")) {
		// "two thirds of a million", "a third of a billion": the fraction
		// of a scale is a number, not a proportion.
		if s, isScale := longScale(toks[n.Next+2].Lower()); isScale && s >= 1e3 {
			n.Value *= s
			n.Step *= s
			n.Fraction = false
			n.Next += 3
		}
	}
	return n, ok
}

func parseWordsOnly(toks []text.Token, i int) (Number, bool) {
	w := toks[i].Lower()
	if v, ok := plurals[w]; ok {
		return parsePlural(toks, i, v)
	}
	// "several hundred", "a few thousand", "a couple hundred": at least
	// two of the scale.
	if n, ok := vagueScale(toks, i); ok {
		return n, true
	}
	// "half a million", "a half-million", "quarter million", "a quarter
	// of a million".
	if n, ok := fractionOfScale(toks, i); ok {
		return n, true
	}
	if w == "half" {
		return Number{Value: 0.5, Step: 0.05, Words: true, Fraction: true, First: i, Next: i + 1}, true
	}
	// "a third of", "a quarter of", "one-half": a fraction after "a" or
	// "one" only where it cannot be an ordinal ("a third victim").
	if (w == "a" || w == "one") && i+1 < len(toks) {
		hyph := i+2 < len(toks) && toks[i+1].IsPunct("-") && glued(toks, i+1) && glued(toks, i+2)
		k := i + 1
		if hyph {
			k = i + 2
		}
		if f, ok := fractions[toks[k].Lower()]; ok && (hyph || fractionContext(toks, k+1)) {
			return Number{Value: f, Step: f / 10, Words: true, Fraction: true, First: i, Next: k + 1}, true
		}
	}
	total, current := 0.0, 0.0
	step := 1.0
	lastScale := 0.0 // the largest scale of a thousand or more read so far
	j := i
	seen := false
	for j < len(toks) {
		t := toks[j]
		if t.Kind != text.Word {
			// "three million, two hundred and forty": a comma after a
			// scale, before a smaller part of a hundred or more.
			if t.IsPunct(",") && seen && current == 0 && lastScale >= 1e3 && j+1 < len(toks) && toks[j+1].Kind == text.Word {
				if rest, ok := parseWordsFrom(toks, j+1); ok && !rest.Fraction && !rest.AtLeast &&
					rest.Value >= 100 && rest.Value < lastScale && !toks[j+1].Is("a") && !toks[j+1].Is("an") {
					total += rest.Value
					step = rest.Step
					j = rest.Next
					break
				}
			}
			// "twenty-six": a hyphen between number words.
			if t.IsPunct("-") && glued(toks, j) && seen && glued(toks, j+1) {
				lw := toks[j+1].Lower()
				if _, ok := units[lw]; ok {
					j++
					continue
				}
				if _, ok := fractions[lw]; ok {
					j++
					continue
				}
				if lw == "and" {
					j++ // "two-and-a-half"
					continue
				}
			}
			break
		}
		lw := t.Lower()
		if v, ok := units[lw]; ok {
			if seen && current != 0 && (int(current)%10 != 0 || int(current)%100 == 10) {
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
			if _, ok := scaleWord(toks[j+1]); ok {
				current = 1
				seen = true
				j++
				continue
			}
			break
		}
		if lw == "dozen" && seen {
			if current == 0 {
				current = 1
			}
			current *= 12
			step = 12
			j++
			continue
		}
		if m, ok := multipliers[lw]; ok && seen && m != 12 && current+total > 0 {
			// "three billions", "two thousand millions": a plural scale
			// after a number multiplies it.
			if m > lastScale {
				total = (total + current) * m
				current = 0
				step *= m
				lastScale = m
			} else {
				current *= m
				step = m
			}
			j++
			continue
		}
		if lw == "dozens" && seen && current > 0 {
			current *= 12
			step = 12
			j++
			continue
		}
		if lw == "point" && seen && total == 0 && !(i > 0 && toks[i-1].Is("at")) {
			// "two point five", "nine point nought four": decimals
			// spoken digit by digit ("at one point two men" is not one).
			if v, places, next, ok := spokenDecimals(toks, j+1); ok {
				current += v
				step = math.Pow(10, -float64(places))
				j = next
				if j < len(toks) {
					if s, ok := longScale(toks[j].Lower()); ok && s >= 1e3 {
						current *= s
						step *= s
						j++
					}
				}
				break
			}
		}
		if f, ok := fractions[lw]; ok && seen && current > 0 && current < 20 && total == 0 {
			// "two-thirds", "two thirds", "three quarters", "one sixth":
			// a plural fraction word, or a singular one after "one" or a
			// hyphen.
			plural := strings.HasSuffix(lw, "s")
			if plural || toks[j-1].IsPunct("-") || current == 1 {
				if plural || toks[j-1].IsPunct("-") || fractionContext(toks, j+1) {
					v := current * f
					return Number{Value: v, Step: v / 10, Words: true, Fraction: true, First: i, Next: j + 1}, true
				}
			}
			break
		}
		if s, ok := longScale(lw); ok && seen {
			if current == 0 && (total == 0 || s <= lastScale) {
				current = 1
			}
			switch {
			case s == 100:
				current *= 100
				step = 100
			case total > 0 && s > lastScale:
				// "three thousand million": the larger scale multiplies
				// all that came before it.
				total = (total + current) * s
				current = 0
				step *= s
			default:
				total += current * s
				current = 0
				step = s
			}
			if s > 100 {
				lastScale = max(lastScale, s)
			}
			j++
			// "and" inside: "one hundred and twenty", "two hundred &
			// forty"; not before a fraction ("two million and one
			// half").
			if j+1 < len(toks) && (toks[j].Is("and") || toks[j].IsPunct("&")) && isUnitOrTen(toks[j+1]) {
				if _, _, _, frac := andFraction(toks, j); !frac {
					j++
				}
			}
			continue
		}
		if lw == "and" && seen {
			f, fstep, next, ok := andFraction(toks, j)
			if !ok {
				break
			}
			j = next
			if current == 0 && lastScale > 0 {
				// "a million and a half": a fraction of the scale; "one
				// billion and a half million": of the smaller scale after.
				of := lastScale
				if j < len(toks) {
					if s, ok := longScale(toks[j].Lower()); ok && s > 100 && s < lastScale {
						of = s
						j++
					}
				}
				total += f * of
				step = fstep * of
				break
			}
			// "two and a half", "five and a quarter", "one and a half
			// million"
			current += f
			step = fstep
			if j < len(toks) {
				if s, ok := longScale(toks[j].Lower()); ok && s > 100 {
					total += current * s
					current = 0
					step = s * fstep
					j++
				}
			}
			break
		}
		break
	}
	if !seen || j == i {
		return Number{}, false
	}
	// Drop a trailing hyphen, "and" or "a" that was not followed by a
	// number word.
	for j > i && (toks[j-1].IsPunct("-") || toks[j-1].Is("a") || toks[j-1].Is("an") || toks[j-1].Is("and")) {
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

// spokenDecimals reads the digits after "point" spoken one by one: "five"
// in "two point five", "nought four" in "nine point nought four".
func spokenDecimals(toks []text.Token, i int) (v float64, places, next int, ok bool) {
	scale := 0.1
	for next = i; next < len(toks) && places < 12; next++ {
		d, isDigit := units[toks[next].Lower()]
		if !isDigit {
			switch toks[next].Lower() {
			case "nought", "naught", "oh":
				d, isDigit = 0, true
			}
		}
		if !isDigit || d > 9 {
			break
		}
		v += d * scale
		scale /= 10
		places++
	}
	return v, places, next, places > 0
}

// fractionOfScale reads a fraction of a scale word: "half a million",
// "a half-million", "quarter million", "a quarter of a million", "half a
// dozen".
func fractionOfScale(toks []text.Token, i int) (Number, bool) {
	j := i
	if toks[j].Is("a") {
		j++
	}
	if j >= len(toks) {
		return Number{}, false
	}
	var f float64
	switch toks[j].Lower() {
	case "half":
		f = 0.5
	case "quarter":
		f = 0.25
	default:
		return Number{}, false
	}
	j++
	if j < len(toks) && toks[j].IsPunct("-") && !toks[j].Space {
		j++ // "a half-million"
	} else if j+1 < len(toks) && toks[j].Is("of") && toks[j+1].Is("a") {
		j += 2 // "a quarter of a million"
	} else if j < len(toks) && toks[j].Is("a") {
		j++ // "half a million"
	}
	if j >= len(toks) {
		return Number{}, false
	}
	s, ok := scaleWord(toks[j])
	if !ok || j == i+1 && s == 100 {
		// "half million" and "quarter million" need no article; "half
		// hundred" is not English for fifty.
		return Number{}, false
	}
	return Number{Value: s * f, Step: s / 10, Words: true, First: i, Next: j + 1}, true
}

// parsePlural reads "dozens", "hundreds of thousands", "tens of millions":
// a lower bound.
func parsePlural(toks []text.Token, i int, v float64) (Number, bool) {
	n := Number{Value: v, Words: true, AtLeast: true, First: i, Next: i + 1}
	// "hundreds of thousands", "tens of millions"
	if i+2 < len(toks) && toks[i+1].Is("of") {
		if s, ok := plurals[toks[i+2].Lower()]; ok && s > v {
			n.Value = v * s / 2
			n.Next = i + 3
		}
	}
	// "scores" and "tens" are numbers only before "of": "scores of
	// people", "tens of thousands".
	w := toks[i].Lower()
	if (w == "scores" || w == "tens") && (n.Next == i+1) && !(i+1 < len(toks) && toks[i+1].Is("of")) {
		return Number{}, false
	}
	if w == "tens" && n.Next == i+1 {
		return Number{}, false // "tens of people" is not English for a count
	}
	return n, true
}

// vagueScale reads "several hundred", "a few thousand", "a couple of
// hundred", "some million": at least two of the scale.
func vagueScale(toks []text.Token, i int) (Number, bool) {
	j := i
	switch toks[i].Lower() {
	case "several", "few":
		j = i + 1
	case "a":
		if i+1 < len(toks) && (toks[i+1].Is("few") || toks[i+1].Is("couple")) {
			j = i + 2
			if j < len(toks) && toks[j].Is("of") {
				j++
			}
		} else {
			return Number{}, false
		}
	default:
		return Number{}, false
	}
	if j >= len(toks) {
		return Number{}, false
	}
	s, ok := scaleWord(toks[j])
	if !ok {
		if toks[i].Is("a") && toks[i+1].Is("couple") && j == i+3 {
			// "a couple of weeks": about two.
			return Number{Value: 2, Step: 1, Words: true, First: i, Next: i + 3}, true
		}
		return Number{}, false
	}
	n := Number{Value: 2 * s, Words: true, AtLeast: true, First: i, Next: j + 1}
	// "several hundred thousand"
	if j+1 < len(toks) {
		if s2, ok := longScale(toks[j+1].Lower()); ok && s2 > s {
			n.Value *= s2
			n.Next++
		}
	}
	if toks[i].Is("a") && toks[i+1].Is("couple") {
		// "a couple hundred" is about two hundred, not a lower bound.
		n.AtLeast = false
		n.Step = s
	}
	return n, true
}

// fractionContext reports whether the token at i lets a singular fraction
// word be a fraction: "of", the end of the sentence or punctuation.
func fractionContext(toks []text.Token, i int) bool {
	if i >= len(toks) {
		return true
	}
	t := toks[i]
	if t.Kind == text.Punct {
		return t.Text != "-"
	}
	if t.Kind != text.Word {
		return false
	}
	switch t.Lower() {
	case "of", "the", "a", "an", "and", "or", "as", "than", "mile", "miles", "inch", "inches", "cup", "cups",
		"hour", "hours", "percent", "per", "pound", "pounds", "kilometer", "kilometers", "kilometre",
		"kilometres", "century", "teaspoon", "tablespoon":
		return true
	}
	return false
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
	return longScale(lw)
}

var ordinals = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
	"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
	"twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
	"sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
	"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
	"sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
	"hundredth": 100,
}

// Ordinal reads an ordinal at toks[i]: "third", "3rd", "21st",
// "twenty-first". It returns the value and the index after it.
func Ordinal(toks []text.Token, i int) (int, int, bool) {
	if i >= len(toks) {
		return 0, 0, false
	}
	if toks[i].Kind == text.Word && !ordinalStarts.has(&toks[i]) {
		return 0, 0, false // most words: one probe, no lower-casing
	}
	return ordinalAt(toks, i)
}

func ordinalAt(toks []text.Token, i int) (int, int, bool) {
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

// wordStarts holds every word a number in words can begin with, as
// parseWordsFrom reads them: a plural ("dozens"), a unit or a ten, "a",
// "an", "half", "quarter", "several" and "few". ordinalStarts holds the
// words an ordinal can begin with: an ordinal or a ten ("twenty-first").
var (
	wordStarts    = newFoldSet(keys(plurals), keys(units), keys(tens), []string{"a", "an", "half", "quarter", "several", "few"})
	ordinalStarts = newFoldSet(keys(ordinals), keys(tens))
)

func keys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

// A foldSet holds lower-case words and tells whether a token is one of
// them, as its Lower would be looked up in a map, but without lowering
// or hashing it: ASCII words are compared, ignoring case, with the few
// words of the same length and first and last letters.
type foldSet struct {
	buckets [256][]string
	all     map[string]bool // for words with non-ASCII bytes
}

func newFoldSet(lists ...[]string) *foldSet {
	s := &foldSet{all: map[string]bool{}}
	for _, l := range lists {
		for _, w := range l {
			if !s.all[w] {
				s.all[w] = true
				b := &s.buckets[foldSig(w)]
				*b = append(*b, w)
			}
		}
	}
	return s
}

func foldSig(w string) uint8 {
	if w == "" {
		return 0
	}
	return uint8(len(w)*31 + int(w[0]|0x20)*7 + int(w[len(w)-1]|0x20))
}

func (s *foldSet) has(t *text.Token) bool {
	w := t.Text
	for _, k := range s.buckets[foldSig(w)] {
		if text.EqualLower(w, k) {
			return true
		}
	}
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			return s.all[t.Lower()] // Unicode lower-casing, as the maps see it
		}
	}
	return false
}
