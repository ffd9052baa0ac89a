package quantity

import (
	"strings"

	"crosscheck/claims/number"
	"crosscheck/claims/text"
)

// Numbers that are not quantities: dates, times, years, phone numbers,
// addresses, scores, codes and names, references, ages. Each rule reads
// the tokens around the number, never the article it comes from.

// rejectBefore applies the rules that do not depend on a unit: the
// number is glued to letters, part of a date or a time, a chain of
// digit groups. k is the number's first token. It returns where to go
// on when the number is refused.
func (s *scanner) rejectBefore(k int, n number.Number, q string) (int, bool) {
	end := n.Next
	if n.Words || n.Fraction && !s.isNum(k) {
		return s.rejectWords(k, n)
	}
	prev := k - 1
	// Glued to a word or code before it: "G7", "A320", "MH17", but
	// not a currency ("Rs500", handled before we get here).
	if s.glued(k) && prev >= 0 {
		pt := s.toks[prev]
		if pt.Kind == text.Word {
			if _, cur := currencyCodes[pt.Text]; !cur {
				return s.skipCode(end), true
			}
		}
		// "COVID-19", "F-16", "Su-35", "scp-173", "I-95".
		if !s.second && s.isDash(prev) && s.glued(prev) && prev > 0 && (s.toks[prev-1].Kind == text.Word || s.toks[prev-1].Kind == text.Number) {
			if s.toks[prev-1].Kind == text.Word && !number.IsWord(s.lw(prev-1)) && !isOpenPrefix(s.lw(prev-1)) {
				return s.skipCode(end), true
			}
			if s.toks[prev-1].Kind == text.Number {
				return s.skipCode(end), true // the tail of a chain: "555-1234"
			}
		}
		switch pt.Text {
		case "#", "№", "/", ":", "'", "’", "@":
			return s.skipCode(end), true // "#5", "9/11" tails, "'98"
		case "+":
			if s.isDash(end) || s.isNum(end) {
				return s.skipCode(end), true // "+1-222-2222"
			}
		case ".":
			return s.skipCode(end), true // "v.2", "1.2.3" tails
		}
	}
	if end < len(s.toks) {
		nt := s.toks[end]
		nl := s.lw(end)
		glued := !nt.Space
		switch {
		case glued && (nl == "st" || nl == "nd" || nl == "rd" || nl == "th"):
			return end + 1, true // an ordinal: "3rd", "27th"
		case glued && (nl == "s" || nl == "'s" || nl == "’s"):
			return end + 1, true // a decade or a year: "1990s", "the 20s"
		case timeWords[nl]:
			return end + 1, true // "2 pm", "10 a.m.", "6pm"
		case glued && (nt.Text == ":" || nl == "h") && s.isNum(end+1) && s.glued(end+1):
			return s.skipCode(end), true // "2:30", "14h30"
		case glued && nt.Text == "/" && s.isNum(end+1):
			return s.skipCode(end), true // "24/7", "12/27/2023"
		case nt.Kind == text.Punct && (nt.Text == "°" || nt.Text == "º") && s.isWord(end+1) && s.glued(end+1) && isCompass(s.lw(end+1)):
			return end + 2, true // a coordinate: "40° N"
		}
		// Three or more digit groups joined by dashes or dots: dates,
		// phone numbers, ids ("2023-12-27", "555-123-4567").
		if glued && s.isDash(end) && s.isNum(end+1) && s.glued(end+1) {
			if s.isDash(end+2) && s.glued(end+2) && s.isNum(end+3) && s.glued(end+3) {
				return s.skipCode(end), true
			}
			a, b := s.toks[k].Text, s.toks[end+1].Text
			if len(a) == 3 && len(b) == 4 && !strings.ContainsAny(a+b, ",.") {
				return end + 2, true // "555-1234"
			}
			if isYear(a) && (len(b) == 2 || isYear(b)) && q != qBetween && q != qFrom {
				return end + 2, true // "2013-14", "1990-2000"
			}
		}
		// A score or a vote: "won 3-1", "a 5-4 ruling".
		if s.isDash(end) && s.isNum(end+1) && s.scoreContext(k, end+2) {
			return end + 2, true
		}
	}
	if prev >= 0 {
		pl := s.lw(prev)
		switch {
		case months[pl] && s.toks[prev].Capitalized():
			return end, true // "December 27"
		case pl == "." && prev > 0 && months[s.lw(prev-1)]:
			return end, true // "Dec. 27"
		case pl == "." && prev > 0 && (s.lw(prev-1) == "no" || s.lw(prev-1) == "p" || s.lw(prev-1) == "pp" ||
			s.lw(prev-1) == "vol" || s.lw(prev-1) == "art" || s.lw(prev-1) == "fig" || s.lw(prev-1) == "sec" ||
			s.lw(prev-1) == "ch" || s.lw(prev-1) == "nos" || s.lw(prev-1) == "v"):
			return end, true // "No. 1", "p. 12"
		case pl == ":" && s.glued(k) && prev > 0 && s.isNum(prev-1):
			return end, true // the minutes of "2:30"
		case pl == "[" && s.isPunct(end, "]"):
			return end + 1, true // a reference: "[12]"
		case pl == "aged" || pl == "age" || pl == "ages":
			// An age, and the other end of an age range: "aged 18 to
			// 24", "ages 5-11", "aged 18 and over".
			if (s.lw(end) == "to" || s.lw(end) == "and" || s.isDash(end)) && s.isNum(end+1) {
				return end + 2, true
			}
			return end, true
		}
	}
	if end < len(s.toks) {
		nl := s.lw(end)
		if months[nl] && s.toks[end].Capitalized() {
			return end + 1, true // "27 December"
		}
		if nl == "of" && months[s.lw(end+1)] {
			return end + 2, true
		}
	}
	// Two bare numbers side by side ("245 23 yen") are a table or a
	// garbled line, not English; space-grouped thousands were joined by
	// the number reader already.
	if s.isNum(end) && s.toks[end].Space && !strings.ContainsAny(s.toks[k].Text, ".,") && !isYear(s.toks[k].Text) {
		return s.skipNumbers(end), true
	}
	if s.isNum(k-1) && s.toks[k].Space && !s.second && !strings.ContainsAny(s.toks[k-1].Text, ".,") && !isYear(s.toks[k-1].Text) {
		return s.skipNumbers(end), true
	}
	// A list marker at the start of a sentence: "1. ", "2) ".
	if k == 0 && (s.isPunct(end, ")") || s.isPunct(end, ".")) && s.glued(end) {
		return end + 1, true
	}
	return 0, false
}

// rejectWords applies the rules for numbers written in words.
func (s *scanner) rejectWords(k int, n number.Number) (int, bool) {
	// "No one was hurt", "not one was found": none, not one.
	if k > 0 && s.lw(k) == "one" && (s.lw(k-1) == "no" || s.lw(k-1) == "not") {
		return n.Next, true
	}
	// "Catch-22", "twenty-first": handled by the number reader; here only
	// dates written in words are left ("May one") and they are rare.
	if k > 0 && s.isDash(k-1) && s.glued(k) && s.isWord(k-2) && s.glued(k-1) && !number.IsWord(s.lw(k-2)) {
		return n.Next, true // "Apollo-Eleven" style names
	}
	return 0, false
}

// isOpenPrefix lists prefixes that may be glued to a number by a hyphen
// without making a code: "mid-2023" (a year anyway), "over-50s".
func isOpenPrefix(w string) bool {
	switch w {
	case "mid", "pre", "post", "over", "under", "up", "top", "sub", "near", "non", "all", "x":
		return true
	}
	return false
}

func isCompass(w string) bool {
	switch w {
	case "n", "s", "e", "w", "north", "south", "east", "west":
		return true
	}
	return false
}

func isYear(t string) bool {
	if len(t) != 4 || strings.ContainsAny(t, ",.") {
		return false
	}
	return t >= "1000" && t <= "2199"
}

// skipCode returns the index after a run of glued tokens starting at j:
// the rest of a code, phone number or date.
func (s *scanner) skipCode(j int) int {
	for j < len(s.toks) && !s.toks[j].Space {
		j++
	}
	return j
}

// scoreContext reports whether a word of sport or voting stands near the
// tokens [from, to).
func (s *scanner) scoreContext(from, to int) bool {
	for i := max(0, from-5); i < min(len(s.toks), to+3); i++ {
		if scoreWords[s.lw(i)] {
			return true
		}
	}
	return false
}

// rejectAfter applies the rules that depend on what follows the number:
// a duration that dates ("three years ago"), an age ("61-year-old"), a
// year, a name ("Voyager 2"), an address, a number in parentheses.
func (s *scanner) rejectAfter(r *reading, q string) (int, bool) {
	k := r.numFirst
	end := r.next
	if r.cur != "" {
		return 0, false
	}
	if r.hasUnit {
		if r.u.dim == Duration && r.n.Words && r.n.Value == 1 && s.lw(k) == "one" && s.lw(end-1) == "day" {
			// "Islam will one day be…", "One day, she…": an idiom for
			// some day, after a modal or "to", or opening a sentence.
			switch s.lw(k - 1) {
			case "will", "would", "could", "might", "may", "can", "should", "must", "to", "shall", "and", "but":
				return end, true
			case "":
				if s.isPunct(end, ",") {
					return end, true
				}
			}
		}
		if r.u.dim == Duration {
			nl := s.lw(end)
			if agoWords[nl] && !(nl == "on" && !s.isPunct(end+1, ",") && end+1 < len(s.toks)) && !s.spanBetween(r, nl) {
				if nl != "before" && nl != "after" || !r.attributive {
					return end + 1, true // "three years ago": a date
				}
			}
			if nl == "from" && s.lw(end+1) == "now" {
				return end + 2, true
			}
			if (nl == "of" || nl == "'" || nl == "’") && s.amountInTime(end+1) {
				return end + 1, true // "four months of basic pay": pay, not a span
			}
			// "a 61-year-old man", "61 years old", "36 years of age",
			// "a 90-year-old bank"; but "the 8-month-old truce" is how
			// long the truce lasted.
			if s.isDash(end) && s.glued(end) && (s.lw(end+1) == "old" || s.lw(end+1) == "olds") {
				if !s.lastedOld(r.u, end+2) {
					return end + 2, true
				}
			}
			if nl == "old" || nl == "olds" || nl == "of" && s.lw(end+1) == "age" {
				return end + 1, true
			}
		}
		return 0, false
	}
	if r.n.Words {
		return s.rejectAfterWords(r)
	}
	digits := s.toks[k].Text
	// A year: a four-digit whole number, unless it plainly counts
	// something ("2000 people") after a comparative.
	if isYear(digits) && r.n.Next == k+1 && !s.rangeOfNonYears(end) {
		strict := q == qMore || q == qLess || q == qAtLeast || q == qAtMost || q == qUpTo || q == qNearly
		counts := s.countsNext(end) && !yearPrepositions[s.lw(k-1)]
		if !strict && !counts {
			return end, true
		}
	}
	prev := k - 1
	if prev >= 0 && s.isWord(prev) && q == qNone {
		pl := s.lw(prev)
		// "Article 5", "page 12", "Flight 370"; "Apollo 11 crew",
		// "Stage 3 restrictions": a capitalized name word names even
		// before a plural.
		if nameWords[pl] && (!s.countsNext(end) || s.toks[prev].Capitalized() && !s.isHeadline() && !periodUnits[pl]) {
			return end, true
		}
		// "Voyager 2", "Boeing 737": a capitalized word that is not a
		// function word, in a sentence that is not a headline.
		if s.toks[prev].Capitalized() && !s.isHeadline() && !stopWords[pl] && !determiners[pl] &&
			casualtyVerbs[pl] == "" && !months[pl] && !weekdays[pl] && !qualifierFirst[pl] &&
			!s.countsNext(end) && !outcomeAfter(s.lw(end)) {
			return end, true
		}
	}
	// "10 Downing Street", "1600 Pennsylvania Avenue".
	if end < len(s.toks) && s.toks[end].Capitalized() {
		for j := end + 1; j < len(s.toks) && j <= end+3; j++ {
			if streetWords[s.lw(j)] && s.toks[j].Capitalized() {
				return j + 1, true
			}
			if !s.toks[j].Capitalized() {
				break
			}
		}
	}
	// "Whitfield, who is 47,", "she turned 90": an age.
	if end >= len(s.toks) || s.toks[end].Kind == text.Punct {
		switch s.lw(k - 1) {
		case "turned", "turns", "turning":
			return end, true
		case "is", "was":
			if s.lw(k-2) == "who" || s.lw(k-2) == "she" || s.lw(k-2) == "he" {
				return end, true
			}
		}
	}
	// "(2)", "(36)": a list marker or an age after a name.
	if s.isPunct(k-1, "(") && s.isPunct(end, ")") {
		return end + 1, true
	}
	// "Ana Ruiz, 36," and "a man, 45,": an age.
	if s.isPunct(k-1, ",") && k >= 2 && r.n.Value >= 1 && r.n.Value <= 120 && r.n.Step == 1 {
		before := s.toks[k-2]
		if before.Capitalized() || personNouns[s.lw(k-2)] {
			if end >= len(s.toks) || s.isPunct(end, ",") || s.isPunct(end, ".") || s.isPunct(end, ")") {
				return end, true
			}
			switch s.lw(end) {
			case "of", "from", "who", "and", "was", "is", "had", "has", "said", "told", "a", "an", "the":
				return end, true
			}
		}
	}
	return 0, false
}

func (s *scanner) rejectAfterWords(r *reading) (int, bool) {
	return 0, false
}

// personNouns may take an age in apposition: "a man, 45,".
var personNouns = set("man", "woman", "boy", "girl", "child", "mother", "father", "son", "daughter",
	"baby", "infant", "toddler", "kid", "teen", "youth", "youngster", "male", "female", "gunman",
	"player", "striker", "actor", "actress", "singer", "rapper", "model", "athlete", "activist",
	"lawyer", "businessman", "businesswoman", "employee", "officer", "private", "sergeant", "rookie",
	"veteran", "retiree", "pensioner", "widow", "widower", "grandson", "granddaughter", "niece",
	"nephew", "cousin", "uncle", "aunt", "girlfriend", "boyfriend", "partner", "neighbor", "neighbour",
	"shooter", "attacker", "assailant", "motorist", "cyclist", "hiker", "tourist", "immigrant",
	"survivor", "victim", "boxer", "runner", "swimmer", "golfer", "goalkeeper", "defender", "midfielder",
	"forward", "pitcher", "quarterback", "candidate", "politician", "senator", "lawmaker", "president",
	"ceo", "founder", "heir", "prince", "princess", "queen", "king", "monk", "priest", "nun", "pope",
	"wife", "husband", "victim", "driver", "suspect", "teenager", "resident", "student", "worker",
	"officer", "soldier", "grandmother", "grandfather", "brother", "sister", "friend", "pilot", "nurse",
	"teacher", "farmer", "migrant", "refugee", "journalist", "doctor", "patient", "passenger")

// countsNext reports whether the word at j is a plural noun or another
// word a number may count: "2000 people", "1990 dead".
func (s *scanner) countsNext(j int) bool {
	if j >= len(s.toks) || !s.isWord(j) {
		return false
	}
	w := s.lw(j)
	if outcomeAfter(w) {
		return true
	}
	// Skip an adjective or two: "2000 new cases".
	for k := j; k < len(s.toks) && k < j+3 && s.isWord(k); k++ {
		w = s.lw(k)
		if stopWords[w] || verbs[w] {
			return false
		}
		if isPlural(w) {
			return true
		}
	}
	return false
}

// isPlural is a cheap test for a plural noun.
func isPlural(w string) bool {
	if irregularPlurals[w] || w == "lives" {
		return true
	}
	n := len(w)
	if n > 4 && strings.HasSuffix(w, "men") {
		return true // "fishermen", "policemen"
	}
	if n < 3 || w[n-1] != 's' || stopWords[w] || notPlural[w] {
		return false
	}
	switch w[n-2] {
	case 's', 'u', 'i':
		return false // "less", "status", "analysis"
	case '\'':
		return false
	}
	return true
}

var notPlural = set("was", "has", "is", "its", "this", "his", "hers", "ours", "yours", "theirs", "as",
	"us", "yes", "thus", "plus", "minus", "always", "perhaps", "towards", "afterwards", "sometimes",
	"besides", "whereas", "nevertheless", "various", "does", "goes", "says", "news", "means",
	"series", "species", "politics", "economics", "physics", "mathematics", "headquarters",
	"whereabouts", "lens", "bus", "gas", "alias", "chaos", "christmas", "texas", "kansas",
	"arkansas", "paris", "athens", "brussels", "wales", "lagos", "carlos", "honduras", "barbados",
	"bahamas", "philippines", "netherlands", "emirates", "states", "nations", "lies", "runs",
	"stretches", "spans", "covers", "reaches", "crosses", "measures", "totals", "stands", "remains",
	"becomes", "seems", "appears", "marks", "makes", "takes", "gives", "comes", "leaves", "dies",
	"kills", "injures", "wounds", "hits", "tops", "exceeds", "rises", "falls", "drops", "jumps",
	"grows", "increases", "decreases", "declines", "costs", "weighs", "lasts", "numbers",
	"amounts", "holds", "wants", "needs", "gets", "sees", "uses", "plays", "works", "lives", "cents")

// rangeOfNonYears reports whether a range connector at j leads to a
// number that cannot be a year, so that "1000-5000" is a range and not
// a year.
func (s *scanner) rangeOfNonYears(j int) bool {
	if !(s.isDash(j) || s.isPunct(j, "~") || s.lw(j) == "to") {
		return false
	}
	k := j + 1
	if !s.isNum(k) {
		return false
	}
	t := s.toks[k].Text
	return !isYear(t) && len(t) >= 4
}

// thingAfter reports whether toks[k] is a lower-case noun that is not a
// person: "the 8-month-old truce", not "a 3-year-old girl".
func (s *scanner) thingAfter(k int) bool {
	if k >= len(s.toks) || !s.nounLike(k) || s.toks[k].Capitalized() {
		return false
	}
	w := s.lw(k)
	if h, _ := s.nounRun(k); h != "" {
		w = h // "a 7-year-old flood survivor"
	}
	if personNouns[w] || peopleWords[w] || isPlural(w) && personNouns[strings.TrimSuffix(w, "s")] {
		return false
	}
	// An adjective may come first: "a 19-year-old Army private".
	return !strings.HasSuffix(w, "an") && !strings.HasSuffix(w, "ese") && !strings.HasSuffix(w, "ish")
}

// spanBetween reports whether a duration under a day before "later" or
// "earlier" ("two hours later", "a second and a half later") is kept as
// the span between two events: the date extractor dates offsets of days
// and more, and a clock time a few hours on from an unknown hour is no
// date, but how long it took is a fact the story states.
func (s *scanner) spanBetween(r *reading, next string) bool {
	return (next == "later" || next == "earlier") && r.u.factor < 86400 && r.u.factor >= 1
}

// amountOfTime names what a span of time may measure out ("six months
// of base pay", "three months' salary", "reserves worth four months of
// imports"): an amount of it, not a span the story dates.
// Words of things that rise and fall over a span ("two years of falling
// sales") are not in it: there the span is the fact.
var amountOfTime = set("pay", "salary", "salaries", "wage", "wages", "income", "earnings",
	"rent", "rents", "severance", "compensation", "allowance", "imports")

// amountInTime reports whether toks[k] (after "of" or a possessive
// mark), or the noun after one modifier ("basic pay"), is an amountOfTime.
func (s *scanner) amountInTime(k int) bool {
	for j := k; j < k+2 && j < len(s.toks); j++ {
		if !s.isWord(j) {
			return false
		}
		if amountOfTime[s.lw(j)] {
			return true
		}
	}
	return false
}

// lastedOld reports whether "N-<unit>-old" before toks[k] says how long
// a thing has lasted ("the 8-month-old truce", "a two-week-old strike")
// rather than an age. Counted in years or longer it is an age, of a
// person or of a thing ("a 90-year-old bank", "the 70-year-old
// treaty"): how old a thing is, not a span a story dates, and not
// marked as a duration by TimeML's annotators.
func (s *scanner) lastedOld(x unit, k int) bool {
	if x.factor >= year {
		return false
	}
	return s.thingAfter(k)
}

// skipNumbers returns the index after a run of number tokens at j and
// the word right after them ("245 23 yen").
func (s *scanner) skipNumbers(j int) int {
	for j < len(s.toks) && s.isNum(j) {
		j++
	}
	if s.isWord(j) {
		j++
	}
	return j
}
