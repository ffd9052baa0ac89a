package quantity

import (
	"strings"

	"crosscheck/claims/number"
	"crosscheck/claims/text"
)

// What a quantity counts or measures, and where and when it holds.

// nounLike reports whether the word at k can be part of a noun phrase
// after a number: a word that is not a function word, a common verb, an
// adverb or another number.
func (s *scanner) nounLike(k int) bool {
	if !s.isWord(k) {
		return false
	}
	w := s.lw(k)
	if stopWords[w] || verbs[w] || determiners[w] || number.IsWord(w) || agoWords[w] {
		return false
	}
	if len(w) > 4 && strings.HasSuffix(w, "ly") && w != "family" && w != "italy" && w != "supply" && w != "assembly" {
		return false
	}
	return true
}

// countNoun finds the noun a number counts: "four children", "two million
// undocumented migrants", "three Central American countries", "500,000
// individuals". It returns the head (lower case), the index after it and
// the phrase as written. A count of one may take a singular noun.
func (s *scanner) countNoun(k int, one bool) (string, int, string) {
	if k >= len(s.toks) {
		return "", k, ""
	}
	// "-strong": "a 5,000-strong crowd" counts the crowd.
	for j := k; j < len(s.toks) && j < k+5; j++ {
		// "high-level delegations": a hyphenated adjective.
		if s.isWord(j) && s.isDash(j+1) && s.glued(j+1) && s.isWord(j+2) && s.glued(j+2) {
			j += 2
			continue
		}
		// "120 more police officers", "300 additional troops"
		if (s.lw(j) == "more" || s.lw(j) == "additional" || s.lw(j) == "extra" || s.lw(j) == "other") && s.nounLike(j+1) {
			continue
		}
		if !s.nounLike(j) {
			break
		}
		w := s.lw(j)
		if isPlural(w) || outcomes[w] != "" && j == k || !one && (w == "species" || w == "series") {
			// "police officers", "aid workers": the last plural of a
			// compound is its head; "2 million migrants' votes" keeps
			// "migrants".
			for j+1 < len(s.toks) && j+1 < k+6 && irregularPlurals[w] && s.nounLike(j+1) && isPlural(s.lw(j+1)) && outcomes[w] == "" &&
				!verbs[s.lw(j+1)] && !linkVerbs[s.lw(j+1)] {
				j++
				w = s.lw(j)
			}
			return w, j + 1, s.spanText(k, j+1)
		}
		if one && j == k && !s.toks[j].Capitalized() {
			// "one person", "a dozen eggs" is plural anyway.
			if !s.nounLike(j+1) || !isPlural(s.lw(j+1)) {
				return w, j + 1, s.spanText(k, j+1)
			}
		}
		// Skip an adjective: "undocumented", "Central", "new".
	}
	// "others" and "more" count people already named: "eight others".
	switch s.lw(k) {
	case "others", "more":
		return "", k + 1, s.toks[k].Text
	}
	return "", k, ""
}

// measuredAfter finds what a unit quantity measures, written after it:
// "2,418-mile border", "4,100km border", "640km of barriers", "$2
// billion in aid", "three years in prison".
func (s *scanner) measuredAfter(k int, r reading, start int) (string, int) {
	if k >= len(s.toks) {
		return "", k
	}
	w := s.lw(k)
	if r.hasUnit && r.u.dim == Length && !r.attributive {
		// "56 km northeast of Santa Ilvera", "9 miles from Pine Hollow":
		// the distance from a named place.
		if place, e := s.distanceFrom(k); place != "" {
			return "distance from " + strings.ToLower(place), e
		}
	}
	if r.hasUnit && r.u.dim == Percent && w == "contained" {
		// "15% contained": how much of a fire is held in.
		return "containment", k + 1
	}
	if w == "worth" && s.lw(k+1) == "of" && r.cur != "" {
		// "$1.1 billion worth of cargo": what the money buys.
		k, w = k+1, "of"
	}
	switch {
	case w == "of" && s.isWord(k+1):
		// "640km of barriers", "10 years of war", "$5m of aid"
		j := k + 1
		for j < len(s.toks) && (determiners[s.lw(j)] || j > k+1 && wholeAdjectives[s.lw(j)]) {
			j++ // "of the combined staff", "of its total output"
		}
		if r.hasUnit && r.u.dim == Percent && voteNouns[s.lw(j)] {
			// "41.2 percent of the vote", "28% of votes cast"
			e := j + 1
			if s.lw(e) == "cast" {
				e++
			}
			return "vote share", e
		}
		if h, e := s.nounRun(j); h != "" {
			return h, e
		}
		return "", k
	case w == "behind" && s.lw(k+1) == "bars" && r.hasUnit && r.u.dim == Duration:
		// "four years behind bars" is a prison term.
		return "prison", k + 2
	case w == "in" && (r.cur != "" || r.hasUnit && r.u.dim == Duration):
		// "$2 billion in aid", "three years in prison"
		if h, e := s.nounRun(k + 1); h != "" && !s.toks[k+1].Capitalized() {
			return h, e
		}
		return "", k
	}
	if r.cur == "" && r.hasUnit && !r.attributive && s.toks[k].Space {
		// "3,891 km border" is attributive too, but "3 km north" is
		// not: only a noun, never an adjective or adverb, qualifies.
		if lengthAdjectives[w] {
			return "", k
		}
	}
	// A noun right after a spaced or glued unit is what it measures only
	// inside a noun phrase: "a 4,100 km border", "the extensive 4,100km
	// border"; after "Winds of 120 mph" comes a verb. A headline drops
	// the article: in "Town opens $83 million bridge, ending detours" an
	// amount in millions and one lower-case noun closing the clause are
	// the noun's price.
	if !r.attributive && !s.opensNounPhrase(start-1) && !s.pricedNoun(r, k) {
		return "", k
	}
	// Skip a length adjective in "a 10-foot-high wall", "1,000 km long".
	j := k
	if lengthAdjectives[w] && w != "in" {
		if !r.attributive {
			return "", k
		}
		j++
	}
	if h, e := s.nounRun(j); h != "" {
		return h, e
	}
	return "", k
}

// partOf reads the whole a count is part of, after "of" at k: "of the
// National Assembly's 150 seats", "of its 12 engines". It returns the
// counted noun and the index after it.
func (s *scanner) partOf(k int) (string, int) {
	j := k + 1
	for step := 0; j < len(s.toks) && step < 5; step++ {
		if determiners[s.lw(j)] || s.isWord(j) && (s.toks[j].Capitalized() || isPossessive(s.toks[j].Text)) {
			j++
			continue
		}
		break
	}
	if !s.isNum(j) && !number.IsWord(s.lw(j)) {
		return "", k
	}
	for j < len(s.toks) && (s.isNum(j) || number.IsWord(s.lw(j))) {
		j++
	}
	h, e, _ := s.countNoun(j, false)
	if h == "" {
		return "", k
	}
	return h, e
}

// voteNouns are what a share of the vote is a share of.
var voteNouns = set("vote", "votes", "ballots", "ballot")

// electionWords mark a sentence that tells an election result: a bare
// percentage a party "won" in it is its share of the vote.
var electionWords = set("seats", "seat", "vote", "votes", "ballots", "election", "elections", "poll",
	"polls", "runoff", "constituency", "district", "parliament", "assembly", "legislature")

// winVerbs take the share of the vote a party won: "won 28.7 percent",
// "came second with 28.7 percent".
var winVerbs = set("won", "wins", "win", "winning", "took", "takes", "taking", "got", "gets",
	"received", "receives", "secured", "secures", "securing", "garnered", "polled", "captured", "with")

// voteShareAt reports whether the percentage at start is a party's share
// of the vote: after a verb of winning, in a sentence about an election.
func (s *scanner) voteShareAt(start int) bool {
	k := start - 1
	if !winVerbs[s.lw(k)] {
		return false
	}
	for j := range s.toks {
		if electionWords[s.lw(j)] {
			return true
		}
	}
	return false
}

// turnoutAfter reports whether voters counted as a percentage went to
// the polls: "61% of eligible voters cast ballots", "over 61% of voters
// turned out". end is after the noun.
func (s *scanner) turnoutAfter(end int) bool {
	switch s.lw(end) {
	case "cast", "casting", "voted", "turned", "went":
		return true
	}
	return false
}

// holderOf finds the party, team or body a count of seats or a share of
// the vote belongs to: the proper name that is the subject of the
// quantity's clause ("The Farmers' Alliance came second with 28.7
// percent", "Drevania's Civic Union won 41.2 percent"), or one that owns
// the number ("the National Assembly's 150 seats"), or the subject after
// a phrase fronted before it ("With 41% of the vote, the Civic Union fell
// short"). It returns "" when no name is found.
func (s *scanner) holderOf(start, end int) string {
	// "the National Assembly's 150 seats"
	if k := start - 1; k >= 0 && s.isWord(k) && isPossessive(s.toks[k].Text) {
		j := k
		for j > 0 && s.toks[k].Capitalized() && s.isWord(j-1) && s.toks[j-1].Capitalized() {
			j--
		}
		return s.properRun(j, k+1) // "the council's 45 seats"
	}
	from := 0
	for k := start - 1; k >= 0; k-- {
		if s.isPunct(k, ";") || s.isDash(k) && s.toks[k].Space && k+1 < len(s.toks) && s.toks[k+1].Space {
			from = k + 1 // a clause, or the dateline "VESSEN (Wire) -" before it
			break
		}
		switch s.lw(k) {
		case "while", "whereas", "but":
			from = k + 1
		}
		if from > 0 {
			break
		}
	}
	if name := s.firstProperRun(from, start); name != "" {
		return name
	}
	// A phrase fronted before the subject: the name after its comma.
	for k := end; k < len(s.toks) && k < end+6; k++ {
		if s.isPunct(k, ",") {
			return s.firstProperRun(k+1, min(len(s.toks), k+5))
		}
	}
	return ""
}

// firstProperRun is the first run of capitalized words in tokens [from,
// to) that is not a possessor of another noun, a date or the word opening
// the sentence.
func (s *scanner) firstProperRun(from, to int) string {
	for k := from; k < to; k++ {
		if !s.isWord(k) || !s.toks[k].Capitalized() || months[s.lw(k)] || weekdays[s.lw(k)] {
			continue
		}
		e := k
		for e < to && s.isWord(e) && s.toks[e].Capitalized() && !months[s.lw(e)] && !weekdays[s.lw(e)] {
			e++
			if isPossessive(s.toks[e-1].Text) {
				break
			}
			// "Farmers' Alliance", "Workers' Party": a plural possessive
			// inside a name.
			if e+1 < to && (s.isPunct(e, "'") || s.isPunct(e, "\u2019")) && s.glued(e) && s.isWord(e+1) && s.toks[e+1].Capitalized() {
				e++
			}
		}
		if isPossessive(s.toks[e-1].Text) {
			if !s.isWord(e) || !s.toks[e].Capitalized() {
				k = e - 1
				continue // "Sunday's election": a possessor
			}
			k = e - 1
			continue // "Ilse Varga's Civic Union": the owned name follows
		}
		if e-k == 1 && (k == 0 || stopWords[s.lw(k)] || determiners[s.lw(k)]) {
			continue // "The", "In" opening the sentence
		}
		b := k
		if determiners[s.lw(b)] || stopWords[s.lw(b)] {
			b++
		}
		return s.properRun(b, e)
	}
	return ""
}

// properRun is tokens [from, to) as written, lower case, without a
// possessive ending.
func (s *scanner) properRun(from, to int) string {
	if from >= to {
		return ""
	}
	t := strings.ToLower(s.spanText(from, to))
	t = strings.TrimSuffix(strings.TrimSuffix(t, "'s"), "\u2019s")
	return strings.TrimSuffix(t, "'")
}

func isPossessive(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "\u2019s") || strings.HasSuffix(w, "s'")
}

// flightWords tell that a height after "at" or "to" is an altitude:
// "flying at 900 meters", "lost radar contact at 3,000 feet", "climbed to
// 35,000 feet".
var flightWords = set("flying", "flew", "fly", "flies", "cruising", "cruised", "cruise",
	"climbing", "climbed", "descending", "descended", "contact", "plunged", "dropped", "hovering",
	"hovered", "levelled", "leveled", "soaring", "altitude")

// aircraftNouns fly: the height they climb to is their altitude.
var aircraftNouns = set("plane", "aircraft", "jet", "airliner", "flight", "helicopter", "drone",
	"glider", "balloon", "turboprop", "airplane", "aeroplane")

// altitudeBefore reports whether the length at start is the height an
// aircraft flew at.
func (s *scanner) altitudeBefore(start int) bool {
	k := start - 1
	if s.lw(k) != "at" && s.lw(k) != "to" {
		return false
	}
	k--
	if s.lw(k) == "radar" {
		k-- // "lost radar contact at"
	}
	return flightWords[s.lw(k)] || s.lw(k) == "contact" || flightWords[s.lw(k-1)] && strings.HasSuffix(s.lw(k), "ly")
}

// finedBefore reports whether the amount at start is a fine: "was fined
// €2.4 million", "the court fined the company 2.4 million euros".
func (s *scanner) finedBefore(start int) bool {
	for k := start - 1; k >= 0 && k >= start-5; k-- {
		if s.toks[k].Kind == text.Punct {
			return false
		}
		switch s.lw(k) {
		case "fined", "fines", "fining":
			return true
		}
	}
	return false
}

// pricedNoun reports whether the word at k, right after an amount of
// money in millions or billions, is a noun that closes its clause: "opens
// $83 million bridge,".
func (s *scanner) pricedNoun(r reading, k int) bool {
	if r.cur == "" || !s.nounLike(k) || s.toks[k].Capitalized() {
		return false
	}
	switch s.lw(k - 1) {
	case "million", "billion", "trillion", "m", "bn":
	default:
		return false
	}
	w := s.lw(k)
	if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || linkVerbs[w] {
		return false
	}
	return k+1 >= len(s.toks) || s.isPunct(k+1, ",") || s.isPunct(k+1, ".") || s.isPunct(k+1, ";") || s.isPunct(k+1, ":")
}

// expectVerbs take a figure as their object: a clause "X had expected"
// right after a number leaves the number to what came before.
var expectVerbs = map[string]bool{"expected": true, "predicted": true, "forecast": true,
	"forecasted": true, "projected": true, "estimated": true, "anticipated": true,
	"planned": true, "promised": true, "budgeted": true, "hoped": true, "feared": true}

// relativeSubject reports whether the noun phrase that ends at k is the
// subject of a clause with no object of its own, whose object is the
// number before it: "the 18,000 engineers had expected.", "the 40 the
// agency predicted,".
func (s *scanner) relativeSubject(k int) bool {
	j := k
	switch s.lw(j) {
	case "had", "have", "has":
		j++
	}
	if !expectVerbs[s.lw(j)] {
		return false
	}
	j++
	return j >= len(s.toks) || s.isPunct(j, ",") || s.isPunct(j, ".") || s.isPunct(j, ";") || s.isPunct(j, ":")
}

// compassWords name directions a distance is measured in.
var compassWords = map[string]bool{
	"north": true, "south": true, "east": true, "west": true, "northeast": true,
	"northwest": true, "southeast": true, "southwest": true, "north-east": true,
	"north-west": true, "south-east": true, "south-west": true,
}

// distanceFrom reads the place a distance is measured from, after the
// unit at toks[k]: "northeast of Santa Ilvera", "south of the town of Pine
// Hollow", "from Port Halley", "northeast of the provincial capital, Santa
// Ilvera". It returns the place and the end of the direction words, or ""
// when no capitalized name follows within a few words.
func (s *scanner) distanceFrom(k int) (string, int) {
	j := k
	if compassWords[s.lw(j)] {
		j++
		// "north-northeast", "north-east" written in two tokens
		for s.isDash(j) && s.glued(j) && compassWords[s.lw(j+1)] {
			j += 2
		}
		if s.lw(j) != "of" {
			return "", k
		}
	} else if s.lw(j) != "from" && !(s.lw(j) == "away" && s.lw(j+1) == "from") {
		return "", k
	}
	end := j
	if s.lw(j) == "away" {
		j++
	}
	j++ // "of" or "from"
	// Skip a few lower-case words and a comma before the name: "the
	// provincial capital, Santa Ilvera", "the town of Pine Hollow".
	for step := 0; step < 6 && j < len(s.toks) && !s.toks[j].Capitalized(); step++ {
		if !s.isWord(j) && !s.isPunct(j, ",") {
			return "", k
		}
		j++
	}
	first := j
	for j < len(s.toks) && s.isWord(j) && s.toks[j].Capitalized() && !months[s.lw(j)] && !weekdays[s.lw(j)] {
		j++
	}
	if j == first {
		return "", k
	}
	name := strings.TrimSuffix(strings.TrimSuffix(s.spanText(first, j), "'s"), "’s")
	return name, end
}

// burnVerbs burn an area.
var burnVerbs = map[string]bool{
	"burned": true, "burnt": true, "burns": true, "burning": true, "burn": true, "scorched": true,
	"scorching": true, "charred": true, "blackened": true, "consumed": true, "consuming": true,
	"torched": true,
}

// fireNouns are fires, whose area is the area they burned.
var fireNouns = map[string]bool{"fire": true, "wildfire": true, "blaze": true, "bushfire": true, "inferno": true, "fires": true, "wildfires": true}

// burnedBefore reports an area burned: a burn verb right before the
// quantity at start, or a subject that is a fire ("the fire grew to").
func (s *scanner) burnedBefore(start int, subject string) bool {
	if start > 0 && burnVerbs[s.lw(start-1)] {
		return true
	}
	if i := strings.LastIndexByte(subject, ' '); i >= 0 {
		subject = subject[i+1:]
	}
	return fireNouns[strings.ToLower(subject)]
}

// ownershipVerbs own, buy or sell a share of something: a percentage
// after them is a stake.
var ownershipVerbs = map[string]bool{
	"hold": true, "holds": true, "holding": true, "held": true, "own": true, "owns": true,
	"owning": true, "owned": true, "keep": true, "keeps": true, "kept": true, "retain": true,
	"retains": true, "retained": true, "control": true, "controls": true, "controlled": true,
	"acquire": true, "acquires": true, "acquired": true, "buy": true, "buys": true, "bought": true,
	"sell": true, "sells": true, "sold": true,
}

// ownedBefore reports an ownership verb right before the quantity at
// start, past an article and "remaining" or "further": "will hold 70%",
// "sold a further 5%", "keep the remaining 30%".
func (s *scanner) ownedBefore(start int) bool {
	j := start - 1
	for j >= 0 && j >= start-3 {
		switch s.lw(j) {
		case "a", "an", "the", "its", "their", "remaining", "further", "additional", "another":
			j--
			continue
		}
		break
	}
	return j >= 0 && ownershipVerbs[s.lw(j)]
}

// nounRun reads up to three noun-like words and returns the last as the
// head: "border wall" → wall, "aid package" → package.
func (s *scanner) nounRun(j int) (string, int) {
	head, end := "", j
	for k := j; k < len(s.toks) && k < j+3; k++ {
		if !s.nounLike(k) || k > j && s.toks[k].Capitalized() != s.toks[j].Capitalized() {
			break
		}
		if s.toks[k].Capitalized() && !s.isHeadline() {
			break // a name: "3 km from Ambur"
		}
		w := s.lw(k)
		if k == j && strings.HasSuffix(w, "ed") && len(w) > 4 && k+1 < j+3 && s.nounLike(k+1) && !strings.HasSuffix(s.lw(k+1), "ed") &&
			!s.toks[k+1].Capitalized() && s.toks[k].Capitalized() == s.toks[k+1].Capitalized() &&
			!(j > 0 && s.isWord(j-1) && isPlural(s.lw(j-1))) {
			// (After a plural, "three weeks seemed long", it is the verb.)
			continue // "an 18-month suspended sentence": an adjective
		}
		if strings.HasSuffix(w, "ing") && k > j || strings.HasSuffix(w, "ed") && len(w) > 4 {
			break // "individuals traversing", "barriers erected"
		}
		if k > j && (linkVerbs[w] || placeVerbs[w] || pastVerbs[w] || casualtyVerbs[w] != "" || outcomes[w] != "") {
			break // "a 6.4 earthquake struck", "the quake hit"
		}
		if k > j && isPlural(w) && !isPlural(s.lw(k-1)) && determiners[s.lw(k+1)] {
			break // "the $38 million bridge replaces a span": a verb
		}
		head, end = w, k+1
		if s.isPunct(k+1, "-") && s.glued(k+1) && s.glued(k+2) && s.isWord(k+2) {
			// "of follow-up", "a stand-off": one noun written with a
			// hyphen.
			head, end = w+"-"+s.lw(k+2), k+3
			break
		}
		if isPlural(w) {
			break
		}
	}
	return head, end
}

// predicateAfter finds what a measure opening its sentence measures when
// the clause after it names the thing only by a pronoun and says what it
// is: "At 1,150 feet, it is the longest bridge in the county" measures
// the bridge. The quantity is tokens [start, end).
func (s *scanner) predicateAfter(start, end int) string {
	if start != 1 || s.lw(0) != "at" || !s.isPunct(end, ",") {
		return ""
	}
	switch s.lw(end + 1) {
	case "it", "this", "that":
	default:
		return ""
	}
	switch s.lw(end + 2) {
	case "is", "was", "remains", "becomes", "became":
	default:
		return ""
	}
	j := end + 3
	if !determiners[s.lw(j)] {
		return ""
	}
	for j < len(s.toks) && determiners[s.lw(j)] {
		j++
	}
	h, _ := s.nounRun(j)
	return h
}

// numberOfBefore finds "the number of X" earlier in the sentence: "the
// number of migrants crossing the border … estimated at 240,000".
func (s *scanner) numberOfBefore(start int) string {
	for k := start - 1; k >= 1; k-- {
		if s.isNum(k) {
			return "" // another number took the phrase
		}
		if s.lw(k) == "of" {
			switch s.lw(k - 1) {
			case "number", "numbers", "total", "tally", "count":
				j := k + 1
				for j < start && determiners[s.lw(j)] {
					j++
				}
				if h, _, _ := s.countNoun(j, false); h != "" {
					return h
				}
				if j < start && outcomes[s.lw(j)] != "" {
					return s.lw(j)
				}
			}
		}
	}
	return ""
}

// subjectBefore finds what a quantity measures when the sentence names
// it first: "the border stretches 3,891 km", "a length of 3,891 km",
// "unemployment rose to 5%".
func (s *scanner) subjectBefore(start int) string {
	k := start - 1
	if k < 1 {
		return ""
	}
	// "a length of 3,891 km", "a budget of $5 million", "a crew of
	// three"
	if s.lw(k) == "of" {
		if k >= 3 && s.isPunct(k-2, "-") && s.glued(k-2) && s.glued(k-1) && s.isWord(k-3) && s.isWord(k-1) && !s.toks[k-3].Capitalized() {
			return s.lw(k-3) + "-" + s.lw(k-1) // "a follow-up of 8.4 years"
		}
		if h := s.lw(k - 1); s.nounLike(k-1) && (!s.toks[k-1].Capitalized() || k == 1) {
			switch h {
			case "total", "number", "sum", "amount", "figure", "maximum", "minimum", "average", "estimate", "tune", "excess", "region", "order", "upwards", "upward":
				return ""
			}
			return h
		}
		return ""
	}
	// Skip "to", "at", "by", "about" after the verb: "rose to", "stood at".
	for k >= 0 && (s.lw(k) == "to" || s.lw(k) == "at" || s.lw(k) == "by" || s.lw(k) == "around" || s.lw(k) == "for") {
		k--
	}
	if (s.lw(k) == "down" || s.lw(k) == "up") && k >= 2 && (linkVerbs[s.lw(k-1)] || s.lw(k-1) == "ticked" || s.lw(k-1) == "moved") {
		k-- // "edged down to 6.3 percent", "ticked up to"
	}
	if k < 1 || !linkVerbs[s.lw(k)] && s.lw(k) != "ticked" && s.lw(k) != "moved" {
		return ""
	}
	k--
	// "has been", "had", "now", "reportedly".
	for k >= 0 && (s.lw(k) == "has" || s.lw(k) == "have" || s.lw(k) == "had" || s.lw(k) == "been" ||
		s.lw(k) == "now" || s.lw(k) == "reportedly" || s.lw(k) == "already" || s.lw(k) == "also" ||
		s.lw(k) == "is" || s.lw(k) == "was" || s.lw(k) == "be" || s.lw(k) == "will" ||
		strings.HasSuffix(s.lw(k), "ly") && len(s.lw(k)) > 4) {
		k--
	}
	if s.lw(k) == "and" {
		// "The fire burned through a ridge and had grown to 12,400
		// acres": a second verb shares the subject of the first.
		for m := k - 1; m >= 1; m-- {
			if s.isPunct(m, ",") || s.isPunct(m, ";") {
				return ""
			}
			w := s.lw(m)
			if s.isWord(m) && !s.toks[m].Capitalized() && (linkVerbs[w] || verbs[w] || len(w) > 4 && strings.HasSuffix(w, "ed")) && s.nounLike(m-1) {
				return s.headBefore(m - 1)
			}
		}
		return ""
	}
	return s.headBefore(k)
}

// headBefore finds the head noun of the noun phrase that ends at
// toks[k], the subject of a verb: it skips an appositive ("The region,
// home to 2.3 million people, covers"), a relative clause ("Lake Arden,
// which is"), and a prepositional phrase ("Unemployment in the region
// stood at"), and reads through a measure ("the number of migrants").
func (s *scanner) headBefore(k int) string {
	if k < 0 {
		return ""
	}
	// "Lake Arden, which is 77 km long": the noun before the clause.
	if (s.lw(k) == "which" || s.lw(k) == "that") && k >= 2 && s.isPunct(k-1, ",") {
		k -= 2
	}
	// "The region, home to 2.3 million people, covers …"
	if s.isPunct(k, ",") {
		c := k - 1
		for c > 0 && c > k-15 && !s.isPunct(c, ",") {
			c--
		}
		if c <= 0 || !s.isPunct(c, ",") {
			return ""
		}
		k = c - 1
	}
	// "gross domestic product (GDP) increased": the noun before the
	// bracket.
	if s.isPunct(k, ")") {
		c := k - 1
		for c > 0 && c > k-5 && !s.isPunct(c, "(") {
			c--
		}
		if s.isPunct(c, "(") {
			k = c - 1
		}
	}
	if k < 0 || s.lw(k) == "'s" || s.lw(k) == "’s" {
		return ""
	}
	if h := s.economicHead(k); h != "" {
		return h
	}
	if s.lw(k) == "growth" && k >= 1 && s.isWord(k-1) && (!s.toks[k-1].Capitalized() || k == 1 || s.lw(k-1) == "gdp") && s.nounLike(k-1) && !determiners[s.lw(k-1)] {
		// "wage growth was 4%" is the wages' increase, as "wages grew
		// 4%" is; "economic growth" and "GDP growth" the economy's.
		if m := s.lw(k - 1); m == "economic" || m == "gdp" {
			return "gdp increase"
		} else if !strings.HasSuffix(m, "al") && !strings.HasSuffix(m, "ic") {
			return m + " increase"
		}
	}
	if k == 0 && s.nounLike(0) && (len(s.toks) < 2 || !s.toks[1].Capitalized()) {
		return s.lw(0) // "Turnout was 61.5%": a sentence's first word
	}
	if s.toks[k].Capitalized() && !s.isHeadline() && s.isWord(k) {
		// "Vaccination coverage in Kessin has risen to 64%": the place
		// scopes the noun before it.
		p := k
		for p > 0 && s.isWord(p-1) && s.toks[p-1].Capitalized() {
			p--
		}
		if p >= 2 && (s.lw(p-1) == "in" || s.lw(p-1) == "across" || s.lw(p-1) == "throughout" || s.lw(p-1) == "within") &&
			s.nounLike(p-2) && (!s.toks[p-2].Capitalized() || p == 2) {
			return s.lw(p - 2)
		}
		return s.nameHead(k)
	}
	if !s.nounLike(k) {
		return ""
	}
	head := s.lw(k)
	// The start of the phrase: "the construction firm", "the region".
	p := k
	for p > 0 && p > k-4 && (determiners[s.lw(p-1)] || s.nounLike(p-1) && !s.toks[p-1].Capitalized()) {
		p--
	}
	if p >= 2 {
		switch prep := s.lw(p - 1); prep {
		case "in", "of", "at", "across", "on", "for", "from", "among", "within", "throughout":
			h := s.lw(p - 2)
			if s.nounLike(p-2) || p-2 == 0 && s.isWord(0) {
				if prep == "of" && measureWords[h] {
					return head // "the number of migrants rose to"
				}
				if p-2 == 0 || !s.toks[p-2].Capitalized() {
					return h // "Unemployment in the region stood at"
				}
			}
		}
	}
	if measureWords[head] && k >= 2 && s.lw(k-1) != "of" {
		// "the border's length is …": the thing before the measure.
		if s.lw(k-1) == "'s" || s.lw(k-1) == "’s" {
			if s.nounLike(k - 2) {
				return s.lw(k - 2)
			}
		}
	}
	return head
}

// comparisonWords introduce the base a change is measured from: "from a
// year earlier", "compared with June 2024", "than a year before".
var comparisonWords = set("compared", "from", "than", "versus", "vs", "against", "below", "above")

// comparisonAt reports whether a comparison word stands at k or a few
// words before it in its clause ("compared with the same month last
// year", "than in June", "from a year earlier"), so that the date after
// it is a change's base, not a period.
func (s *scanner) comparisonAt(k int) bool {
	for j := k; j >= 0 && j >= k-6; j-- {
		if s.toks[j].Kind == text.Punct {
			return false
		}
		w := s.lw(j)
		if w == "than" {
			switch s.lw(j - 1) {
			case "more", "less", "fewer", "rather", "other":
				return false // "more than two million … last year": a qualifier
			}
		}
		if w == "from" && j < k || w != "from" && comparisonWords[w] {
			return true
		}
	}
	return false
}

// comparisonBasis reads what a change at tokens [start, end) is measured
// against when that is the same time a year before: "year-on-year",
// "from a year earlier", "compared with the same month last year" give
// "year on year"; "than in June 2024" or "compared with the second
// quarter of 2024" give "vs 2024", for compare to resolve against the
// publication date. It reads the quantity's clause and a comparison
// opening the sentence ("Compared with 2024, …"); "" when none.
func (s *scanner) comparisonBasis(start, end int) string {
	left, right := 0, len(s.toks)
	for k := start - 1; k >= 0; k-- {
		if s.isPunct(k, ",") || s.isPunct(k, ";") {
			left = k + 1
			break
		}
	}
	for k := end; k < len(s.toks); k++ {
		if s.isPunct(k, ",") || s.isPunct(k, ";") {
			right = k
			break
		}
	}
	if b := s.basisIn(left, right); b != "" {
		return b
	}
	// A comparison opening the sentence governs its main clause.
	if left > 0 && comparisonWords[s.lw(0)] || s.lw(0) == "year" {
		first := 0
		for first < len(s.toks) && !s.isPunct(first, ",") {
			first++
		}
		if first < start && first+1 == left {
			return s.basisIn(0, first)
		}
	}
	return ""
}

// basisIn reads a year-on-year basis in tokens [from, to).
func (s *scanner) basisIn(from, to int) string {
	for k := from; k < to; k++ {
		w := s.lw(k)
		if w == "year" {
			// "year-on-year", "year on year", "year over year"
			j := k + 1
			for s.isDash(j) {
				j++
			}
			if w2 := s.lw(j); w2 == "on" || w2 == "over" {
				j++
				for s.isDash(j) {
					j++
				}
				if s.lw(j) == "year" {
					return "year on year"
				}
			}
		}
		if w == "annual" || w == "annually" {
			return "year on year"
		}
		if !comparisonWords[w] || w == "than" && (s.lw(k-1) == "more" || s.lw(k-1) == "less" || s.lw(k-1) == "fewer") {
			continue
		}
		for j := k + 1; j < to && j < k+9; j++ {
			switch s.lw(j) {
			case "year":
				switch s.lw(j + 1) {
				case "earlier", "ago", "before":
					return "year on year"
				}
				if s.lw(j-1) == "last" || s.lw(j-1) == "previous" {
					return "year on year"
				}
			}
			if t := s.toks[j].Text; s.isNum(j) && isYear(t) {
				return "vs " + t
			}
		}
	}
	return ""
}

// economicHead names the figure a noun phrase ending at k measures when
// it is one of the economy's: "gross domestic product" and "GDP" are
// gdp, "the unemployment rate" and "the jobless rate" unemployment, "the
// inflation rate" inflation. It returns "" for any other phrase.
func (s *scanner) economicHead(k int) string {
	switch s.lw(k) {
	case "gdp":
		return "gdp"
	case "product":
		if s.lw(k-1) == "domestic" || s.lw(k-1) == "national" {
			return "gdp"
		}
	case "rate", "level":
		switch s.lw(k - 1) {
		case "unemployment", "jobless":
			return "unemployment"
		case "inflation":
			return "inflation"
		}
	}
	return ""
}

// scope finds the place and the period a quantity holds for, nearest
// after it in the sentence, else before it: "in Mexico", "last year",
// "this month", "every year".
func (s *scanner) scope(start, end int) (place, period string) {
	s.findScopes()
	// After the quantity, up to the end of its clause.
	if p, ok := s.periodAt(end, true); ok {
		period = p // "2 million a year"
	}
	for k := end; k < len(s.toks) && (place == "" || period == ""); k++ {
		if s.semicolons[k] > s.semicolons[end] {
			break
		}
		h := s.scopeAt(k)
		if h.hasPlace && place == "" {
			place = h.place
		}
		if h.hasPeriod && period == "" && !s.comparisonAt(k) {
			period = h.period
		}
	}
	// Before the quantity: within its clause, or an opening phrase of
	// the sentence ("In Mexico, …", "Last year, …").
	for k := start - 1; k >= 0 && (place == "" || period == ""); k-- {
		if s.semicolons[k] < s.semicolons[start] {
			break
		}
		// "… full output in 2028 and to employ 3,500 people": a second
		// verb phrase has a scope of its own.
		if w := s.lw(k); (w == "and" || w == "but" || w == "while" || w == "whereas") && (s.lw(k+1) == "to" || s.lw(k+1) == "will") {
			break
		}
		if s.commas[k] < s.commas[start] && k > 1 {
			continue
		}
		h := s.scopeAt(k)
		if h.hasPlace && place == "" {
			place = h.place
		}
		if h.hasPeriod && period == "" && !s.comparisonAt(k) {
			period = h.period
		}
	}
	return place, period
}

// A scopeHit holds the place and the period phrases that start at one
// token of the sentence, once scopeAt has read them.
type scopeHit struct {
	known               bool
	hasPlace, hasPeriod bool
	place, period       string
}

// findScopes counts, once per sentence, the commas and semicolons before
// each token, which bound the clause a quantity's scope is sought in.
// The phrases themselves are read on demand by scopeAt: a quantity's
// scope is nearly always found a few words away.
func (s *scanner) findScopes() {
	if s.scopesKnown {
		return
	}
	s.scopesKnown = true
	n := len(s.toks)
	s.scopes = append(s.scopes[:0], make([]scopeHit, n)...)
	s.commas = append(s.commas[:0], make([]int32, n+1)...)
	s.semicolons = append(s.semicolons[:0], make([]int32, n+1)...)
	var commas, semis int32
	for k := 0; k < n; k++ {
		// commas[k] counts the breaks before toks[k].
		s.commas[k], s.semicolons[k] = commas, semis
		if t := &s.toks[k]; t.Kind == text.Punct {
			switch t.Text {
			case ",", "—", "(":
				commas++
			case ";":
				semis++
			}
		}
	}
	s.commas[n], s.semicolons[n] = commas, semis
}

// scopeAt reads the place and the period phrases starting at toks[k].
func (s *scanner) scopeAt(k int) *scopeHit {
	h := &s.scopes[k]
	if h.known {
		return h
	}
	h.known = true
	if s.toks[k].Kind != text.Word || scopeTable.get(s.toks[k].Text) == 0 {
		return h
	}
	h.period, h.hasPeriod = s.periodAt(k, false)
	h.place, h.hasPlace = s.placeAt(k)
	return h
}

// scopeTable holds the words a place or period phrase begins with.
var scopeTable = newWordTable(wordSet(scopeStarts))

// scopeStarts are the words a place or period phrase begins with.
var scopeStarts = func() map[string]bool {
	m := set("this", "last", "next", "every", "each", "per", "past", "previous", "current", "coming",
		"a", "an", "annually", "yearly", "monthly", "weekly", "daily", "the", "in", "during", "since",
		"by", "through", "throughout", "for", "until")
	for w := range placePrepositions {
		m[w] = true
	}
	for w := range placeVerbs {
		m[w] = true
	}
	return m
}()

// periodAt reads a period scope at toks[k].
func (s *scanner) periodAt(k int, adjacent bool) (string, bool) {
	w := s.lw(k)
	next := s.lw(k + 1)
	switch w {
	case "this", "last", "next", "every", "each", "per", "past", "previous", "current", "coming":
		if periodUnits[next] {
			switch w {
			case "each", "per":
				w = "every"
			case "previous":
				w = "last"
			case "current":
				w = "this"
			}
			if w == "past" && s.lw(k-1) == "the" {
				return "", false // "the past year" is read below
			}
			return w + " " + next, true
		}
	case "a", "an":
		// "2 million a year": a rate, right after the quantity; "a
		// year earlier" dates it instead.
		if adjacent && periodUnits[next] && !agoWords[s.lw(k+2)] {
			return "every " + next, true
		}
	case "annually", "yearly":
		return "every year", true
	case "monthly":
		return "every month", true
	case "weekly":
		return "every week", true
	case "daily":
		return "every day", true
	case "the":
		// "the past three years", "the last decade"
		if next == "past" || next == "last" || next == "previous" {
			j := k + 2
			n := ""
			if nn, ok := number.Parse(s.toks, j); ok && !nn.AtLeast {
				n = " " + s.spanText(j, nn.Next)
				j = nn.Next
			}
			u := s.lw(j)
			if periodUnits[strings.TrimSuffix(u, "s")] || periodUnits[u] {
				return "past" + strings.ToLower(n) + " " + u, true
			}
		}
	case "in", "during", "since", "by", "through", "throughout", "for", "until":
		// "in 2023", "since 2020", "in December", "in December 2023"
		j := k + 1
		if s.lw(j) == "fiscal" {
			j++
		}
		if j < len(s.toks) && s.isNum(j) && isYear(s.toks[j].Text) && !s.glued(j+1) {
			p := s.toks[j].Text
			if w == "since" || w == "by" || w == "until" {
				p = w + " " + p
			}
			return p, true
		}
		if j < len(s.toks) && months[s.lw(j)] && s.toks[j].Capitalized() && len(s.lw(j)) > 3 {
			p := s.toks[j].Text
			if s.isNum(j+1) && isYear(s.toks[j+1].Text) {
				p += " " + s.toks[j+1].Text
			}
			if w == "since" || w == "by" || w == "until" {
				p = w + " " + p
			}
			return p, true
		}
	}
	return "", false
}

// placeAt reads a place scope at toks[k]: a preposition or a verb of
// movement followed by a capitalized name ("in Mexico", "entered Mexico",
// "across the Darien Gap").
func (s *scanner) placeAt(k int) (string, bool) {
	if s.isHeadline() {
		return "", false
	}
	w := s.lw(k)
	if !placePrepositions[w] && !placeVerbs[w] {
		return "", false
	}
	if w == "to" || w == "from" {
		if s.lw(k-1) == "according" || s.lw(k-1) == "due" {
			return "", false
		}
		if w == "to" || w == "from" {
			return "", false
		}
	}
	j := k + 1
	if s.lw(j) == "the" {
		j++
	}
	// Up to two lower-case adjectives before a name: "the perilous
	// Darien Gap".
	for step := 0; step < 2 && j < len(s.toks) && s.isWord(j) && !s.toks[j].Capitalized() && placeVerbs[w]; step++ {
		if stopWords[s.lw(j)] {
			break
		}
		j++
	}
	first := j
	for j < len(s.toks) && s.isWord(j) && s.toks[j].Capitalized() {
		// "in Saturday's march": a day with its possessive is a time.
		lw := strings.TrimSuffix(strings.TrimSuffix(s.lw(j), "'s"), "’s")
		if months[lw] || weekdays[lw] {
			break
		}
		j++
		// "Gulf of Mexico", "Bosnia and Herzegovina"
		if (s.lw(j) == "of" || s.lw(j) == "de" || s.lw(j) == "del") && j+1 < len(s.toks) && s.toks[j+1].Capitalized() {
			j++
		}
	}
	if j == first {
		return "", false
	}
	name := s.spanText(first, j)
	name = strings.TrimSuffix(strings.TrimSuffix(name, "'s"), "’s")
	return name, true
}

// nameHead names the thing a capitalized name ending at toks[k] stands
// for: its kind when the name says it ("Lake Arden" → lake, "the Rio
// Grande River" → river), else the name itself ("the Nile" → Nile).
func (s *scanner) nameHead(k int) string {
	first := k
	for first > 0 && s.isWord(first-1) && s.toks[first-1].Capitalized() {
		first--
	}
	for j := first; j <= k; j++ {
		if placeKinds[s.lw(j)] {
			return s.lw(j)
		}
	}
	if first == 0 {
		// The sentence's first word is capitalized anyway.
		first = 1
	}
	if first > k {
		return ""
	}
	return s.spanText(first, k+1)
}

// placeKinds are the common nouns inside geographic and built names.
var placeKinds = set("lake", "river", "mount", "mountain", "mountains", "sea", "gulf", "bay", "ocean",
	"island", "islands", "canal", "bridge", "tunnel", "wall", "border", "road", "highway", "dam",
	"strait", "channel", "desert", "forest", "park", "valley", "glacier", "reef", "peninsula",
	"falls", "reservoir", "pipeline", "railway", "railroad", "line", "tower", "building", "airport",
	"stadium", "corridor", "gap", "range", "basin", "delta", "coast", "creek", "volcano", "route",
	"trail", "fence", "barrier", "port", "harbour", "harbor")

// opensNounPhrase reports whether the word at k can stand before a
// quantity inside a noun phrase: an article, a possessive, an adjective.
func (s *scanner) opensNounPhrase(k int) bool {
	if k < 0 || !s.isWord(k) {
		return false
	}
	w := s.lw(k)
	switch w {
	case "a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "these", "those",
		"each", "every", "another", "whole", "entire", "new", "extra", "additional", "first", "last":
		return true
	}
	if stopWords[w] || verbs[w] || linkVerbs[w] || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") {
		return false
	}
	return !s.toks[k].Capitalized() || s.isHeadline()
}

// crowdWords name a crowd whose size is estimated: "police estimated the
// crowd at 28,000", "a turnout of 5,000".
var crowdWords = set("crowd", "crowds", "turnout", "attendance")

// crowdBefore reports whether the count at start is the size of a crowd
// named just before it, in its clause.
func (s *scanner) crowdBefore(start int) bool {
	for k := start - 1; k >= 0 && k >= start-6; k-- {
		if s.isNum(k) || s.isPunct(k, ",") || s.isPunct(k, ";") || s.isPunct(k, ".") {
			return false
		}
		if crowdWords[s.lw(k)] {
			return true
		}
	}
	return false
}

// figureWords refer back to a count already given: "the figure was
// closer to 110,000", "police put the number at 28,000".
var figureWords = set("figure", "number", "total", "tally", "count", "estimate")

// sameFigureAs returns what the count at start counts when it restates a
// count given before it in the sentence: after "or" ("28,000 people or
// 110,000") or after a word for the figure ("the figure was closer to
// 110,000"). It is the subject of the last count before it.
func (s *scanner) sameFigureAs(start int) string {
	restates := s.lw(start-1) == "or" || s.lw(start-1) == "versus" || s.lw(start-1) == "vs"
	for k := start - 1; !restates && k >= 0 && k >= start-5; k-- {
		if s.isNum(k) || s.isPunct(k, ",") || s.isPunct(k, ";") || s.isPunct(k, ".") {
			break
		}
		if figureWords[s.lw(k)] && s.lw(k+1) != "of" {
			restates = true
		}
	}
	if !restates {
		return ""
	}
	for m := len(s.out) - 1; m >= 0 && s.out[m].Start >= s.start; m-- {
		if s.out[m].Value.Dimension == Count {
			return s.out[m].Subject
		}
	}
	return ""
}

// employVerbs state a head count in the present ("the two firms employ
// 15,000 people"); after a word of the future they promise jobs ("will
// employ 3,500").
var (
	employVerbs = set("employ", "employs", "employing", "employed")
	futureWords = set("will", "would", "to", "could", "may", "might", "shall", "eventually", "ultimately")
)

// buyVerbs buy or sell a thing for a price.
var buyVerbs = set("buy", "buys", "bought", "buying", "acquire", "acquires", "acquired", "acquiring",
	"purchase", "purchases", "purchased", "purchasing", "sell", "sells", "sold", "selling", "takeover")

// dealBefore reports whether the amount at start is a price paid: "for"
// right before it and a buying verb earlier in its clause ("agreed to buy
// rival Brightwater Logistics for €3.1 billion").
func (s *scanner) dealBefore(start int) bool {
	if s.lw(start-1) != "for" {
		return false
	}
	for k := start - 2; k >= 0 && k >= start-8; k-- {
		if s.isPunct(k, ";") || s.isPunct(k, ".") || s.isNum(k) {
			return false
		}
		if buyVerbs[s.lw(k)] {
			return true
		}
	}
	return false
}

// sentenceBefore reports whether the duration at start is a prison
// sentence: "sentenced to 12 years", "jailed for five years".
func (s *scanner) sentenceBefore(start int) bool {
	switch s.lw(start - 1) {
	case "to":
		// "sentenced to", "sentenced him to", "sentenced the driver to"
		for k := start - 2; k >= 0 && k >= start-6; k-- {
			if s.lw(k) == "sentenced" {
				return true
			}
			if !s.isWord(k) || s.isNum(k) {
				return false
			}
		}
		return false
	case "for":
		return s.lw(start-2) == "jailed" || s.lw(start-2) == "imprisoned"
	}
	return false
}

// captivityVerbs hold a person: "held for 412 days", "detained for".
var (
	captivityVerbs = set("held", "detained", "kept", "incarcerated", "confined", "captive", "hostage", "imprisoned")
	custodyWords   = set("custody", "captivity", "detention", "confinement")
)

// captivityAround reports whether the duration [start, end) is the time a
// person was held: "had been held for 412 days", "spent 412 days in
// custody".
func (s *scanner) captivityAround(start, end int) bool {
	if s.lw(start-1) == "for" && captivityVerbs[s.lw(start-2)] {
		return true
	}
	return s.lw(end) == "in" && custodyWords[s.lw(end+1)]
}

// wholeAdjectives describe a whole after its determiner: "12 percent of
// the combined staff", "of its total output".
var wholeAdjectives = set("combined", "total", "overall", "entire", "whole", "global", "worldwide", "remaining")

// crowdVerbs say that people came together: "28,000 people marched",
// "took part", "turned out".
var crowdVerbs = set("marched", "rallied", "gathered", "demonstrated", "protested", "attended",
	"joined", "packed", "filled", "flocked", "thronged", "converged", "assembled", "massed")

// crowdVerbAfter reports whether the people counted before k are a crowd:
// a crowd verb follows, after auxiliaries ("had taken part", "turned
// out").
func (s *scanner) crowdVerbAfter(k int) bool {
	for steps := 0; k < len(s.toks) && steps < 3; steps++ {
		w := s.lw(k)
		if crowdVerbs[w] {
			return true
		}
		switch w {
		case "took", "take", "taking", "taken", "takes":
			return s.lw(k+1) == "part"
		case "turned", "turn", "came", "come", "poured":
			return s.lw(k+1) == "out" || s.lw(k+1) == "onto" || s.lw(k+1) == "into"
		case "had", "have", "has", "were", "reportedly", "also":
			k++
			continue
		}
		return false
	}
	return false
}

// releaseVerbs set prisoners free: "released 48", "48 Ardenians freed".
var releaseVerbs = set("released", "freed", "releasing", "freeing", "release", "free", "frees", "releases",
	"exchanged", "swapped", "repatriated", "handed", "returned")

// releasable are the people an exchange of prisoners counts besides
// prisoners themselves and demonyms.
var releasable = set("prisoners", "detainees", "nationals", "citizens", "compatriots", "soldiers", "captives",
	"servicemen", "pows", "inmates", "convicts", "people")

// releasedSide reports whether the people counted in [numEnd, nounEnd),
// with the head noun head, are prisoners set free by one side: a release
// verb just before the count or just after the noun phrase, and a name
// that tells the side ("48 Ardenian prisoners", "57 Kostravans", "57
// citizens of Kostrava"). Without a name the two sides' counts would
// look like one fact, so the subject is left as it was.
func (s *scanner) releasedSide(numEnd, nounEnd int, head string) bool {
	named := false
	for k := numEnd; k < nounEnd; k++ {
		if s.toks[k].Capitalized() {
			named = true
		}
	}
	if s.lw(nounEnd) == "of" && s.isWord(nounEnd+1) && s.toks[nounEnd+1].Capitalized() {
		named = true // "57 citizens of Kostrava"
	}
	if !named || !releasable[head] && !s.demonymHead(nounEnd-1) {
		return false
	}
	// A verb before: "Ardenia freed 57 Kostravan detainees", "handed
	// over 48 Ardenian nationals".
	for k := numEnd - 1; k >= 0 && k >= numEnd-4; k-- {
		w := s.lw(k)
		if releaseVerbs[w] && w != "returned" {
			return true
		}
		if w == "over" || s.isNum(k) || number.IsWord(w) || qualifierFirst[w] {
			continue
		}
		if k < numEnd-1 {
			break
		}
	}
	// A verb after: "48 Ardenians freed by Kostrava", "57 Kostravans
	// held by Ardenia" in an exchange.
	k := nounEnd
	if s.lw(k) == "of" && s.isWord(k+1) && s.toks[k+1].Capitalized() {
		k += 2
	}
	for steps := 0; k < len(s.toks) && steps < 3; steps++ {
		w := s.lw(k)
		if releaseVerbs[w] && (w != "returned" || s.sentenceHas("exchange", "swap")) {
			return true
		}
		if w == "held" && s.sentenceHas("exchange", "swap") {
			return true
		}
		if w != "were" && w != "was" && w != "have" && w != "had" && w != "been" {
			return false
		}
		k++
	}
	return false
}

// demonymHead reports whether the word at k is a capitalized plural, as
// demonyms are: "Ardenians", "Kostravans".
func (s *scanner) demonymHead(k int) bool {
	return s.isWord(k) && s.toks[k].Capitalized() && strings.HasSuffix(s.lw(k), "s") && k > 0
}

// sentenceHas reports whether the sentence has one of the words.
func (s *scanner) sentenceHas(words ...string) bool {
	for k := range s.toks {
		for _, w := range words {
			if s.lw(k) == w {
				return true
			}
		}
	}
	return false
}

// shortWords are the English words of one or two letters (and the
// abbreviations of titles) that may follow a number.
var shortWords = set("a", "i", "am", "an", "as", "at", "be", "by", "do", "go", "he", "if", "in", "is",
	"it", "me", "my", "no", "of", "oh", "ok", "on", "or", "so", "to", "up", "us", "we", "pm", "vs",
	"v", "ie", "eg", "mr", "ms", "dr", "st", "mt", "co", "jr", "sr", "lt", "ft", "x")

// unknownSymbol reports whether toks[k] looks like a unit symbol the
// lexicon does not know: a word of one or two letters, not English and
// not an acronym in capitals ("Ma", "Js", "fb", "b"; not "in", "MPs").
func (s *scanner) unknownSymbol(k int) bool {
	if !s.isWord(k) {
		return false
	}
	w := s.toks[k].Text
	if len(w) > 2 || shortWords[s.lw(k)] {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
			return false
		}
	}
	// "UN", "EU", "MP": acronyms name things a count may count.
	return !(len(w) == 2 && 'A' <= w[1] && w[1] <= 'Z')
}

// aboveSurface reports a length measured up from the ground, sea or the
// Earth, after it at k: "705 km above Earth", "above the Earth's
// surface", "above sea level". It is an altitude.
func (s *scanner) aboveSurface(k int) bool {
	if s.lw(k) != "above" {
		return false
	}
	j := k + 1
	if s.lw(j) == "the" {
		j++
	}
	switch s.lw(j) {
	case "earth", "earth's", "ground", "sea", "surface", "planet", "planet's":
		return true
	}
	return false
}

// listLabel reads the label of a bulleted fact-box line, "- Mission
// cost: €415 million", "- Orbit: sun-synchronous, 705 km": the words
// before a colon that opens the line, when the figure comes after it. It returns
// the label's last word, or the word before a generic one ("mission" of
// "mission cost"), in lower case; "" when there is no label.
func (s *scanner) listLabel(start int) string {
	i := 0
	for i < len(s.toks) && s.toks[i].Kind == text.Punct && (s.toks[i].Text == "-" || s.toks[i].Text == "*" || s.toks[i].Text == "\u2022") {
		i++
	}
	if i == 0 {
		return "" // a bulleted line only: "Lenses: 18-55mm" is prose
	}
	colon := -1
	for j := i; j < start && j < i+4; j++ {
		if s.isPunct(j, ":") {
			colon = j
			break
		}
		if !s.isWord(j) {
			return ""
		}
	}
	if colon <= i {
		return ""
	}
	last := colon - 1
	if genericLabels[s.lw(last)] && last > i {
		last--
	}
	return s.lw(last)
}

// genericLabels name a kind of figure, not what it is of.
var genericLabels = map[string]bool{"cost": true, "price": true, "value": true, "total": true}

// signedFor reports "signed … for AMOUNT", a player or an artist signed
// for a fee: "has signed until 2030 for £52m", "signed for Dunmore for
// £3 million".
func (s *scanner) signedFor(start int) bool {
	if s.lw(start-1) != "for" {
		return false
	}
	for k := start - 2; k >= 0 && k >= start-7; k-- {
		if s.isPunct(k, ";") || s.isPunct(k, ".") || s.isPunct(k, ",") {
			return false
		}
		if s.lw(k) == "signed" {
			return true
		}
	}
	return false
}
