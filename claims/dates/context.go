package dates

import (
	"strings"

	"crosscheck/claims/text"
)

// tense reads the tense of the clause around tokens [i, j): -1 when the
// verb that governs the date is in the past ("met Friday", "said
// Friday"), +1 when it speaks of the future ("will meet Friday", "is due
// to vote Friday", "by Dec. 15"), 0 when nothing says. The verb before
// the date governs it more often than the one after, so the left side is
// read first.
func (p *parser) tense(i, j int) int {
	switch p.lower(i - 1) {
	case "by":
		// "will be done by Friday" sets a deadline; "had grown to 12,400
		// acres by Thursday" tells what was so by then.
		if p.pastBefore(i - 1) {
			return -1
		}
		return 1
	case "effective", "payable", "due":
		return 1
	case "for":
		// "called a meeting for Thursday", "scheduled a vote for May 4":
		// an event arranged for a day is one to come.
		if i >= 2 && vocab[p.voc[i-2]].event != "" {
			for h := i - 3; h >= 0 && h >= i-5; h-- {
				if arranging[p.plain(h)] {
					return 1
				}
			}
		}
	case "through", "thru":
		// "loans through January" run into the future; "this year
		// through August" reports on the year so far.
		if k := i - 2; k >= 0 && (p.w(k).unit != gNone || p.isNum(k) || p.w(k).dayRelOK) {
			return 0
		}
		return 1
	case "until", "till":
		// "until Monday" sets a deadline, unless the clause after it is
		// in the past: "Until Thursday, they had not named him."
		if p.tenseRight(j) < 0 {
			return -1
		}
		return 1
	case "since", "ended":
		// "since March", "the year ended Dec. 31": only ever behind,
		// however far back that puts the date.
		return pastFirm
	case "ending":
		return -1 // "the year ending June 30" may still run
	case "as":
		// "as early as Tuesday", "as soon as Tuesday"
		if p.is(i-3, "as") && (p.is(i-2, "early") || p.is(i-2, "soon")) {
			return 1
		}
	}
	if p.is(i-2, "later") && p.is(i-1, "than") || p.is(i-2, "ahead") && p.is(i-1, "of") {
		return 1 // "no later than Friday", "ahead of the weekend"
	}
	if p.possessive(j-1) && p.w(j-1).weekday != 0 {
		return -1 // "Wednesday's ruling" reports on a day gone by
	}
	const before = 14
	infinitive := false
	for k := i - 1; k >= 0 && k >= i-before; k-- {
		if p.punct(k, ";") || p.punct(k, ":") {
			break
		}
		switch p.lower(k) {
		case "but", "although", "though", "whereas", "while":
			// Another clause: its verb does not govern the date.
			return p.tenseRight(j)
		case "before", "until", "till", "once", "unless":
			// "before the wind picks up again Saturday": a clause of
			// time in the present speaks of what is to come. A verb in
			// the past nearer the date was read already.
			if k+1 < i && p.presentClause(k+1, i) {
				return 1
			}
		}
		// "ordered a recount, to be held on Thursday": what is to be
		// done lies ahead, unless it "was to be" done.
		if p.is(k, "to") && p.is(k+1, "be") && k+2 < i && p.toks[k+2].Kind == text.Word && !p.is(k-1, "was") && !p.is(k-1, "were") {
			if w := p.lower(k + 2); len(w) > 3 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") || tenseWords[w] < 0) {
				return 1
			}
		}
		// "agreed to admit them in early March": the date belongs to the
		// infinitive, whose time the verb before it does not tell.
		if p.is(k, "to") && !p.is(k-1, "is") && !p.is(k-1, "are") && k+1 < i && p.toks[k+1].Kind == text.Word &&
			!p.capitalized(k+1) && !determiners[p.lower(k+1)] && !notVerbs[p.lower(k+1)] {
			infinitive = true
			continue
		}
		switch t := p.tenseOf(k); t {
		case 0:
			continue
		case planWas:
			return 0
		case planHad:
			return -1
		case -1:
			if infinitive {
				return 0
			}
			return -1
		default:
			return t
		}
	}
	if t := p.tenseRight(j); t != 0 {
		return t
	}
	if p.fronted(i, j) {
		// "On Tuesday, the state's largest nurses' union plans to
		// strike": the subject may be long; its verb governs the date.
		if t := p.frontedTense(j); t != 0 {
			return t
		}
	}
	if p.fragment(i, j) {
		return pastFirm // a date standing alone (a caption, a list item) is one gone by
	}
	return 0
}

// presentClause reports whether tokens [a, b) hold a verb in the present
// after its subject: "the wind picks up", "the deal is signed". A word
// that names an event ("the peace talks") is taken for a noun.
func (p *parser) presentClause(a, b int) bool {
	for m := a; m < b; m++ {
		t := p.toks[m]
		if t.Kind != text.Word || t.Capitalized() {
			continue
		}
		s := t.Lower()
		if s == "is" || s == "are" {
			return true
		}
		n := len(s)
		if n < 4 || s[n-1] != 's' || s[n-2] == 's' || s[n-2] == 'u' || s[n-2] == 'i' || s[n-2] == '\'' {
			continue
		}
		if m == a || p.toks[m-1].Kind != text.Word || p.possessive(m-1) || determiners[p.lower(m-1)] {
			continue // "before the talks", "until the council's hearings"
		}
		if vocab[p.voc[m]].event != "" && !scheduled[s] {
			continue
		}
		return true
	}
	return false
}

// pastBefore reports whether the verb nearest before token k in its
// clause is in the past and not the mark of a plan or an infinitive:
// "had grown to 12,400 acres by", "was over by", not "were told to leave
// by" or "was due by".
func (p *parser) pastBefore(k int) bool {
	for m := k - 1; m >= 0 && m >= k-8; m-- {
		if p.punct(m, ",") || p.punct(m, ";") || p.punct(m, ":") {
			return false
		}
		if p.is(m, "to") && m+1 < k && p.toks[m+1].Kind == text.Word && !determiners[p.lower(m+1)] && !notVerbs[p.lower(m+1)] {
			return false // an infinitive: "told to leave by Friday"
		}
		switch t := p.tenseOf(m); {
		case t == -1 || t == planHad:
			return true
		case t != 0:
			return false
		}
	}
	return false
}

// pastFirm is the tense of a date that stands alone: past, however far
// back that puts it. futureFirm is that of a date a "will", "shall" or
// "'ll" governs from close by: the next one, up to a year ahead.
const (
	pastFirm   = -2
	futureFirm = 2
)

// willNear reports whether "will", "shall" or a "'ll" contraction comes
// within a few words before token i, in the same clause: "I'll be back
// Oct. 2", "the court will rule on March 3".
func (p *parser) willNear(i int) bool {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		if p.toks[k].Kind == text.Punct && !p.punct(k, "'") && !p.punct(k, "\u2019") {
			return false
		}
		switch p.lower(k) {
		case "will", "shall", "'ll", "\u2019ll":
			return true
		}
		if t := p.toks[k].Text; p.toks[k].Kind == text.Word && (strings.HasSuffix(t, "'ll") || strings.HasSuffix(t, "\u2019ll")) {
			return true
		}
	}
	return false
}

// tenseRight reads the tense from the few words after a date: "On
// Friday, the committee is due to report."
func (p *parser) tenseRight(j int) int { return p.tenseAfter(j, 5) }

// frontedReach is how far after a date set off at the head of its
// sentence its verb is looked for.
const frontedReach = 16

// fronted reports whether the date at [i, j) opens its sentence, with a
// preposition at most before it, and a comma sets it off: "On Tuesday,
// ...".
func (p *parser) fronted(i, j int) bool {
	if !p.punct(j, ",") {
		return false
	}
	for k := 0; k < i; k++ {
		if p.toks[k].Kind == text.Punct {
			continue
		}
		switch p.lower(k) {
		case "on", "by", "in", "at", "early", "late", "later", "earlier", "and", "but", "also", "then":
			continue
		}
		return false
	}
	return true
}

// frontedTense reads the tense of the main verb after a fronted date
// whose comma is at j, passing over a clause set off by commas that a
// subordinator opens: "On Friday, when the minister cut short her
// holiday, the embassy lifted the warning".
func (p *parser) frontedTense(j int) int {
	for k := j + 1; k < len(p.toks) && k < j+frontedReach; k++ {
		if p.punct(k, ";") {
			break
		}
		switch p.lower(k) {
		case "when", "while", "as", "after", "before", "if", "because", "although", "though", "since", "once":
			if k == j+1 {
				for k++; k < len(p.toks) && !p.punct(k, ","); k++ {
				}
				continue
			}
		}
		if t := p.tenseOf(k); t != 0 {
			return plainTense(t)
		}
	}
	return 0
}

// tenseAfter reads the tense from the n words after a date.
func (p *parser) tenseAfter(j, after int) int {
	for k := j; k < len(p.toks) && k < j+after; k++ {
		if p.punct(k, ";") {
			break
		}
		if t := p.tenseOf(k); t != 0 {
			return plainTense(t)
		}
	}
	return 0
}

// notVerbs are words after "to" that make it a preposition, not the mark
// of an infinitive: "shot to death", "rose to more than".
var notVerbs = map[string]bool{"death": true, "more": true, "less": true, "power": true,
	"court": true, "office": true, "prison": true, "jail": true, "town": true, "school": true,
	"date": true, "war": true, "life": true, "market": true, "work": true, "bed": true,
	"church": true, "trial": true, "home": true, "be": false, "around": true, "about": true,
	"nearly": true, "almost": true, "over": true, "under": true, "just": true, "only": true}

// tenseOf results beyond -1 and +1: a plan made in the past ("had been
// due to"), and one whose date may lie either side ("was planned for").
const (
	planHad = -2
	planWas = 2
)

// plainTense reads a tenseOf result as a plain tense: a plan made in the
// past points back, one whose date may lie either side says nothing.
func plainTense(t int) int {
	switch t {
	case planWas:
		return 0
	case planHad:
		return -1
	}
	return t
}

// modals are the present modal verbs that point ahead.
var modals = map[string]bool{"can": true, "might": true, "must": true, "should": true, "may": true}

// passivePlan are the plan words whose tense an auxiliary before them
// decides: "was scheduled", "had been due".
var passivePlan = map[string]bool{"scheduled": true, "due": true, "expected": true,
	"set": true, "slated": true, "planned": true}

// fragment reports whether the date at [i, j) is all its sentence holds
// but punctuation.
func (p *parser) fragment(i, j int) bool {
	for k, t := range p.toks {
		if k >= i && k < j || t.Kind == text.Punct {
			continue
		}
		if k < i {
			switch p.lower(k) {
			case "in", "on", "during", "at", "by", "since", "from", "for", "of", "the", "between":
				continue // "in March", "on the first"
			}
		}
		return false
	}
	return true
}

// scheduled lists present-tense verbs news uses for a coming event: "the
// committee meets Monday", "the law takes effect Friday".
var scheduled = map[string]bool{
	"meets": true, "begins": true, "opens": true, "starts": true, "resumes": true,
	"ends": true, "closes": true, "convenes": true, "hosts": true, "visits": true,
	"travels": true, "leaves": true, "arrives": true, "returns": true, "heads": true,
	"takes": true, "faces": true, "kicks": true, "expires": true, "reconvenes": true,
	"intends": true, "hopes": true, "expects": true, "aims": true,
	"wants": true, "seeks": true, "meet": true,
}

// edNotPast are words ending in -ed that are not past-tense verbs.
var edNotPast = map[string]bool{
	"need": true, "speed": true, "hundred": true, "proceed": true, "exceed": true,
	"succeed": true, "indeed": true, "feed": true, "seed": true, "breed": true,
	"bleed": true, "embed": true, "united": true, "red": true, "bed": true,
	"shed": true, "weed": true, "greed": true, "creed": true, "steed": true,
	"expected": false, "naked": true, "wicked": true, "sacred": true, "beloved": true,
	"learned": false, "aged": true, "ragged": true, "rugged": true, "wretched": true,
	"crooked": true, "kindred": true, "hatred": true, "deed": true, "tweed": true,
	"based": true, "related": true, "armed": true, "detailed": true, "advanced": true,
	"experienced": true, "limited": true, "sophisticated": true, "talented": true,
	"concerned": true, "interested": true, "so-called": true, "unprecedented": true,
	"alleged": true, "suspected": true, "unidentified": true, "unnamed": true,
	"undisclosed": true, "unexpected": true, "increased": true, "reduced": true,
	"proposed": true, "revised": true, "combined": true, "extended": true,
}

func (p *parser) tenseOf(k int) int {
	if p.is(k, "set") && !p.is(k+1, "to") {
		return 0 // "set Friday as the deadline" is past or present; "set to" is ahead
	}
	if t := vocab[p.voc[k]].tense; t != 0 {
		if nounPlans[p.lower(k)] && p.afterArticle(k) {
			return 0 // "announced the plan Aug. 21": a noun, not a verb of intent
		}
		if modals[p.lower(k)] {
			// "can leave", "may be": a present modal speaks of what is
			// to come, unless "have" makes it past ("should have gone");
			// "May" with a capital is the month.
			if p.is(k+1, "have") || p.is(k+1, "not") && p.is(k+2, "have") || p.is(k, "may") && p.capitalized(k) && k > 0 {
				return 0
			}
		}
		if t > 0 && passivePlan[p.lower(k)] {
			// "had been due to expire" is a plan in the past; "was
			// planned for March" may lie either side of today.
			for b := k - 1; b >= k-2 && b >= 0; b-- {
				switch p.lower(b) {
				case "had":
					return planHad
				case "was", "were":
					return planWas
				}
			}
		}
		if t < 0 && p.participle(k) {
			return 0
		}
		if t < 0 && (p.is(k, "have") || p.is(k, "be")) {
			switch p.lower(k - 1) {
			case "will", "shall", "'ll", "\u2019ll":
				return 1 // "will have a vacation"
			}
		}
		return int(t)
	}
	tok := p.toks[k]
	if tok.Kind != text.Word {
		return 0
	}
	s := tok.Text
	if scheduled[s] {
		if p.metAim(k) {
			return 0 // "to meet demand": no meeting scheduled
		}
		return 1
	}
	if s == "to" {
		switch p.lower(k - 1) {
		case "is", "are", "am":
			return 1 // "is to resume trading Tuesday"
		case "was", "were":
			return -1
		}
		return 0
	}
	n := len(s)
	if n >= 5 && s[n-2] == 'e' && s[n-1] == 'd' && !tok.Capitalized() {
		if notPast, listed := edNotPast[s]; listed && notPast {
			return 0
		}
		if p.participle(k) {
			return 0 // "would be paid", "is heard": the tense is the auxiliary's
		}
		if p.afterArticle(k) {
			return 0 // "on a still unspecified date", "the revised plan": an adjective
		}
		// "the committee is expected", "has been delayed": a participle
		// after "is" reads as present; after "was" the lexicon caught it.
		return -1
	}
	if strings.HasSuffix(s, "'ll") || strings.HasSuffix(s, "\u2019ll") {
		return 1
	}
	return 0
}

// participle reports whether the verb at k follows a present or future
// auxiliary: "is heard", "would be paid".
func (p *parser) participle(k int) bool {
	switch p.lower(k - 1) {
	case "be", "being", "is", "are", "am", "get", "gets", "stay", "stays", "remain", "remains", "seem", "seems":
		return true // "will stay closed": an adjective after a linking verb
	}
	return false
}

// nounPlans are words of intent that are nouns as often as verbs.
var nounPlans = map[string]bool{"plan": true, "plans": true, "hope": true, "hopes": true,
	"aim": true, "aims": true}

// articles open a noun phrase: a word right after one, or after one and
// an adverb, is a noun or an adjective, not a verb.
var articles = map[string]bool{"the": true, "a": true, "an": true, "his": true,
	"her": true, "their": true, "its": true, "our": true, "my": true, "your": true,
	"these": true, "those": true, "no": true, "every": true, "each": true}

// afterArticle reports whether the word at k opens a noun phrase: "the
// plan", "a still unspecified date", "its newly revised forecast".
func (p *parser) afterArticle(k int) bool {
	if k >= 1 && articles[p.lower(k-1)] {
		return true
	}
	if k < 2 || !articles[p.lower(k-2)] {
		return false
	}
	a := p.lower(k - 1)
	return a == "still" || a == "long" || len(a) > 4 && strings.HasSuffix(a, "ly")
}

var determiners = map[string]bool{"the": true, "a": true, "an": true, "his": true,
	"her": true, "their": true, "its": true, "this": true, "that": true, "these": true,
	"those": true, "our": true, "my": true, "your": true, "some": true, "all": true,
	"date": true, "about": true, "him": true, "them": true, "us": true, "me": true,
	"it": true, "each": true, "every": true, "both": true, "no": true, "any": true}

// matchSpan is a match's token range within its sentence.
type matchSpan struct{ i, j int }

// annotate fills in the event, place and participants of the matches of
// one sentence, whose token ranges are spans.
func (p *parser) annotate(ms []Match, spans []matchSpan) {
	parts := p.participants(spans)
	p.places = p.places[:0]
	for k := 0; k < len(p.toks); k++ {
		on := p.is(k, "on") || p.is(k, "near") || p.is(k, "off")
		if !p.is(k, "in") && !p.is(k, "at") && !on || inMatch(k, spans) {
			continue
		}
		name, end, ok := p.properName(k + 1)
		if !ok || vocab[p.voc[k+1]].event != "" {
			continue // "died in Storm Ilse": a name that opens with an event is none of a place
		}
		// "on Lake Arden", "off the Coast of Maine": places, where "on
		// Thursday" or "on Capitol Hill's agenda" need not be.
		if on && !geoWords[strings.ToLower(p.toks[k+1].Text)] && !(p.is(k+1, "the") && geoWords[strings.ToLower(p.toks[k+2].Text)]) {
			continue
		}
		p.places = append(p.places, place{k, end, name})
	}
	for k := range ms {
		i, j := spans[k].i, spans[k].j
		d := &ms[k].Value
		if d.Precision == "ref" || d.Precision == "set" || d.Precision == "period" {
			continue // "now", "daily", "the past three years": no event of their own
		}
		if ev, w := p.eventNear(i, j, spans); ev != "" {
			d.Event, d.EventWord = ev, w
			ms[k].Subject = ev
		}
		d.Place = p.placeNear(i, j, spans)
		d.Participants = parts
	}
}

// inMatch reports whether token k lies inside one of the date spans.
func inMatch(k int, spans []matchSpan) bool {
	for _, s := range spans {
		if k >= s.i && k < s.j {
			return true
		}
	}
	return false
}

// eventNear finds the event a date dates: the event word nearest to
// tokens [i, j) in the sentence, where crossing a comma or a conjunction
// counts as several words ("capsized on Thursday, killing four" dates the
// capsizing) unless the comma opens a relative clause that the date
// lies in ("the blaze, which ignited on Monday": the blaze), and a word
// inside a prepositional phrase yields to the noun it follows when a
// verb governs the date ("an inquiry into the accident would begin
// Monday" dates the inquiry, "an inquiry into the derailment of a train
// at Elm Junction on 3 May" the derailment). A verb of change between
// the event and the date dates the change ("the toll from the quake rose
// to 31 on Tuesday" does not date the quake): no event.
func (p *parser) eventNear(i, j int, spans []matchSpan) (class, word string) {
	const reach = 16
	const clausePenalty = 8
	best, bestK, bestCost := "", -1, 1<<30
	consider := func(k, cost int) {
		if k < 0 || k >= len(p.toks) || inMatch(k, spans) || cost >= bestCost {
			return
		}
		if ev := p.eventAt(k); ev != "" {
			best, bestK, bestCost = ev, k, cost
		}
	}
	cost := 0
	for k := i - 1; k >= 0 && k >= i-reach; k-- {
		cost++
		if p.clauseBreak(k) && !p.opensRelative(k) {
			cost += clausePenalty
		}
		consider(k, cost)
	}
	// "On Saturday, March 8, Flight 417, a turboprop carrying 64
	// passengers, crashed": a date opening the sentence dates its main
	// verb, however long the subject before it.
	ahead := reach
	if p.opensSentence(i) {
		ahead = 3 * reach
	}
	cost = 0
	for k := j; k < len(p.toks) && k < j+ahead; k++ {
		cost++
		if p.clauseBreak(k) {
			cost += clausePenalty
		}
		consider(k, cost)
	}
	if bestK < 0 {
		return "", ""
	}
	// "the office said on Tuesday", "told reporters Friday": the date is
	// the statement's, not that of an event the sentence tells.
	if k := i - 1; p.is(k, "on") || p.is(k, "late") || p.is(k, "early") {
		if p.reports(k-1) || p.is(k-2, "told") {
			return "", ""
		}
	} else if p.reports(k) || p.is(k-1, "told") && p.toks[k].Kind == text.Word {
		return "", ""
	}
	// "will recount every ballot on Friday": the verb before its object
	// names the event.
	if h := p.verbBefore(bestK); h >= 0 && !inMatch(h, spans) {
		if ev := p.eventAt(h); ev != "" {
			best, bestK = ev, h
		}
	}
	if bestK < i {
		for k := bestK + 1; k < i; k++ {
			if c, ok := changeVerbs[p.plain(k)]; ok && (c || p.isNum(k+1) || p.isNum(k+2)) {
				return "", ""
			}
		}
	}
	if p.pastExpectation(bestK) {
		return "", ""
	}
	// "Tuesday's crash": a date that owns the noun dates it.
	if bestK == j && p.possessive(j-1) {
		return best, p.toks[bestK].Text
	}
	// "an inquiry into the accident": the head noun before the
	// preposition is what is dated, when the date is the clause's ("an
	// inquiry into the crash began Monday", "opened an inquiry into the
	// crash on Monday") rather than one more modifier of the inner noun
	// ("into the derailment of a freight train at the junction on 3 May").
	if bestK < i && i-bestK > 3 && !p.verbBetween(bestK+1, i) {
		return best, p.toks[bestK].Text
	}
	k := bestK - 1
	if p.is(k, "the") || p.is(k, "a") || p.is(k, "an") || p.is(k, "this") || p.is(k, "that") {
		k--
	}
	switch p.lower(k) {
	case "into", "of", "about", "over", "after", "following", "for", "on", "behind":
		for h := k - 1; h >= 0 && h >= k-3; h-- {
			if ev := vocab[p.voc[h]].event; ev != "" && !inMatch(h, spans) {
				return ev, p.toks[h].Text
			}
		}
	}
	return best, p.toks[bestK].Text
}

// eventAt is the event class token k names, read in context: "March" with
// a capital is a month, an air strike an attack and a strike alone a
// labour strike, "strike a deal" no event, "walked out" and "walked off
// the job" a strike.
func (p *parser) eventAt(k int) string {
	t := p.toks[k]
	if t.Kind != text.Word {
		return ""
	}
	if ev := vocab[p.voc[k]].event; ev != "" {
		if p.w(k).month != 0 && p.capitalized(k) {
			return "" // "March" is a month; only "march" is an event
		}
		if eventAgents[p.plain(k+1)] {
			return "" // "fire officials said", "crash investigators"
		}
		if ev == "meeting" && p.metAim(k) {
			return "" // "to meet demand", "met its target": no meeting
		}
		if ev == "record" && k+1 < len(p.toks) && p.toks[k+1].Kind == text.Word && !recordFollowers[p.lower(k+1)] {
			return "" // "a record high", "record numbers": a level, no record set
		}
		return ev
	}
	switch p.lower(k) {
	case "strike":
		if attackModifiers[p.plain(k-1)] || p.capitalized(k-1) && attackModifiers[p.lower(k-1)] {
			return "attack"
		}
		if determiners[p.plain(k+1)] {
			return "" // "strike a deal", "strike the port": a verb
		}
		return "strike"
	case "walked", "walk", "walks", "walking":
		if p.is(k+1, "out") || p.is(k+1, "off") {
			return "strike"
		}
	case "lifted", "lift", "lifts", "lifting", "blasted":
		if p.is(k+1, "off") {
			return "launch" // a rocket "lifted off", "blasted off"
		}
	case "recorded", "measured":
		// "recorded 44.6C on Monday", "recorded a scorching 44.6
		// degrees": a reading taken; "cases recorded in the district"
		// is none.
		for h := k + 1; h <= k+3 && h < len(p.toks); h++ {
			if p.toks[h].Kind == text.Number {
				return "record"
			}
		}
	case "called", "calls":
		if p.is(k+1, "off") {
			return "postponement" // "the attempt was called off on Tuesday"
		}
	case "exchange":
		// "a prisoner exchange", "returned home in an exchange": a
		// release when captives are what is exchanged; a stock exchange
		// or an exchange of fire is none.
		if p.sentenceHas(captives) {
			return "release"
		}
	case "close", "closes", "complete", "completed", "completion", "finalized", "finalised":
		// "the transaction is expected to close in the first quarter":
		// a deal's completion, an event of its own after its signing.
		if p.sentenceHas(deals) {
			return "completion"
		}
	}
	return ""
}

// recordFollowers are the words after "record" that leave it a noun: "the
// record of 43.9C", "a record set in 2003", "the record was broken".
var recordFollowers = map[string]bool{"of": true, "for": true, "in": true, "on": true,
	"at": true, "set": true, "was": true, "is": true, "had": true, "has": true, "by": true,
	"that": true, "which": true, "from": true, "since": true, "with": true, "and": true}

// arranging are the verbs that set an event for a day.
var arranging = map[string]bool{"called": true, "call": true, "calls": true,
	"scheduled": true, "schedule": true, "schedules": true, "set": true, "sets": true,
	"arranged": true, "arrange": true, "booked": true, "convened": true, "planned": true,
	"announced": true, "fixed": true}

// pastExpectation reports whether the event word at k is what was
// expected, forecast or scheduled in the past, which the story goes on
// to tell did not happen then: "the storm had been forecast to make
// landfall on Monday", "had expected the storm to come ashore a day
// earlier". The date is the forecast's, no date of the event.
func (p *parser) pastExpectation(k int) bool {
	for h := k - 1; h >= 0 && h >= k-8; h-- {
		if p.clauseBreak(h) {
			return false
		}
		if !expectations[p.plain(h)] {
			continue
		}
		switch {
		case p.is(h-1, "had"), p.is(h-1, "was"), p.is(h-1, "were"):
			return true
		case p.is(h-1, "been") && p.is(h-2, "had"):
			return true
		}
		return false
	}
	return false
}

// expectations are the participles of a forecast or a schedule.
var expectations = map[string]bool{"expected": true, "forecast": true, "forecasted": true,
	"predicted": true, "scheduled": true, "slated": true, "due": true, "projected": true}

// metAim reports whether "meet" at k takes an aim, not people, for its
// object: "meet demand", "met its targets", "meets the deadline".
func (p *parser) metAim(k int) bool {
	switch p.lower(k) {
	case "meet", "meets", "met", "meeting":
	default:
		return false
	}
	o := k + 1
	if articles[p.plain(o)] {
		o++
	}
	return aims[p.plain(o)] || aims[p.plain(o+1)] // "met its output target"
}

// aims are what one meets without a meeting.
var aims = map[string]bool{"demand": true, "needs": true, "need": true, "target": true,
	"targets": true, "expectations": true, "expectation": true, "requirements": true,
	"requirement": true, "standards": true, "standard": true, "deadline": true,
	"criteria": true, "goal": true, "goals": true, "obligations": true, "costs": true,
	"forecasts": true, "estimates": true, "payroll": true, "quota": true, "quotas": true}

// captives are the words that make an exchange a release of people.
var captives = map[string]bool{"prisoner": true, "prisoners": true, "prisons": true,
	"hostage": true, "hostages": true, "captives": true, "detainees": true, "pows": true}

// deals are the words that make a closing or a completion a deal's.
var deals = map[string]bool{"deal": true, "transaction": true, "merger": true,
	"acquisition": true, "takeover": true, "buyout": true, "purchase": true}

// sentenceHas reports whether a word of the sentence, in lower case, is
// one of words.
func (p *parser) sentenceHas(words map[string]bool) bool {
	for k := range p.toks {
		if p.toks[k].Kind == text.Word && words[p.lower(k)] {
			return true
		}
	}
	return false
}

// plain is token k's text when it is a word already in lower case, else
// "": a lookup key that costs no copy.
func (p *parser) plain(k int) string {
	if k < 0 || k >= len(p.toks) || p.toks[k].Kind != text.Word || p.toks[k].Capitalized() {
		return ""
	}
	return p.toks[k].Lower()
}

// eventAgents are nouns an event word modifies without naming an event:
// "fire officials", "the attack victims", "strike leaders".
var eventAgents = map[string]bool{"officials": true, "official": true, "chief": true,
	"chiefs": true, "department": true, "departments": true, "crews": true, "crew": true,
	"investigators": true, "investigator": true, "victims": true, "survivors": true,
	"authorities": true, "services": true, "season": true, "risk": true, "danger": true,
	"warning": true, "warnings": true, "zone": true, "zones": true, "experts": true,
	"leaders": true, "organizers": true, "organisers": true, "committee": true,
	"fighters": true, "engineers": true, "teams": true, "team": true, "station": true}

// attackModifiers make a strike an attack: "an air strike", "a drone
// strike".
var attackModifiers = map[string]bool{"air": true, "missile": true, "drone": true,
	"rocket": true, "military": true, "artillery": true, "nuclear": true, "retaliatory": true,
	"preemptive": true, "pre-emptive": true, "precision": true, "surgical": true, "israeli": true,
	"russian": true, "american": true, "u.s.": true, "naval": true, "deadly": true, "first": false}

// changeVerbs tell that a figure changed: the date they govern is the
// day of the change, not of the event the figure is about. Those marked
// false do so only before a number ("the toll reached 31", not "the
// agreement reached in Lima").
var changeVerbs = map[string]bool{"rose": true, "risen": true, "climbed": true, "grew": true,
	"grown": true, "increased": true, "jumped": true, "soared": true, "fell": true, "fallen": true,
	"dropped": true, "declined": true, "doubled": true, "tripled": true, "rises": true,
	"climbs": true, "grows": true, "reached": false, "topped": false, "surpassed": false,
	"exceeded": false, "stood": false, "reaches": false, "tops": false, "stands": false}

// opensSentence reports whether only a preposition stands before token
// i in its sentence: "On Saturday, …", "Early on Monday, …".
func (p *parser) opensSentence(i int) bool {
	for k := 0; k < i; k++ {
		switch p.plain(k) {
		case "on", "in", "at", "early", "late", "by", "during":
			continue
		}
		if p.toks[k].Kind == text.Word && (p.is(k, "on") || p.is(k, "in") || p.is(k, "early") || p.is(k, "late") || p.is(k, "during")) {
			continue // capitalized at the start
		}
		return false
	}
	return true
}

// reportingVerbs say who said something; a date right after them dates
// the saying.
var reportingVerbs = map[string]bool{"said": true, "says": true, "told": true, "tells": true,
	"added": true, "stated": true, "confirmed": true, "noted": true, "insisted": true,
	"acknowledged": true, "wrote": true, "explained": true}

// reports reports whether token k is a reporting verb in the active
// voice: "officials confirmed Sunday", not "the case was confirmed on
// 14 October".
func (p *parser) reports(k int) bool {
	if !reportingVerbs[p.plain(k)] {
		return false
	}
	switch p.plain(k - 1) {
	case "was", "were", "is", "are", "been", "be", "being":
		return false
	}
	return true
}

// verbBefore is the verb in its plain form that takes the noun phrase
// ending at k as its object, after a modal or "to" ("will recount every
// ballot", "to sign the treaty"), or -1.
func (p *parser) verbBefore(k int) int {
	h := k - 1
	for h >= 0 && h >= k-3 && (determiners[p.plain(h)] || p.plain(h) == "every") {
		h--
	}
	if h == k-1 || h < 1 || p.toks[h].Kind != text.Word {
		return -1
	}
	switch p.plain(h - 1) {
	case "will", "would", "to", "must", "shall", "should", "may", "might", "can", "could", "'ll":
		return h
	}
	return -1
}

// opensRelative reports whether the comma at k opens a relative clause:
// ", which", ", who", ", that". Read from a date inside the clause, the
// noun before the comma is what the clause speaks of.
func (p *parser) opensRelative(k int) bool {
	if !p.punct(k, ",") {
		return false
	}
	switch p.lower(k + 1) {
	case "which", "who", "that", "where", "whose":
		return true
	}
	return false
}

// verbBetween reports whether a verb stands among tokens [a, b): a
// tensed word or an auxiliary ("would begin", "was opened", "began").
func (p *parser) verbBetween(a, b int) bool {
	for k := a; k < b; k++ {
		if p.tenseOf(k) != 0 {
			return true
		}
	}
	return false
}

// clauseBreak reports whether token k separates clauses: a comma, a
// semicolon, a dash, or a conjunction.
func (p *parser) clauseBreak(k int) bool {
	t := &p.toks[k]
	if t.Kind == text.Punct {
		switch t.Text {
		case ",", ";", ":", "\u2014", "\u2013":
			return true
		}
		return false
	}
	if t.Kind != text.Word || len(t.Text) > 6 {
		return false
	}
	switch p.plain(k) {
	case "and", "but", "while", "when", "as", "after", "before":
		return true
	}
	return false
}

// placeNear finds a capitalized place after "in" or "at" nearest to the
// match: "in Lisbon", "at the White House".
func (p *parser) placeNear(i, j int, spans []matchSpan) string {
	best, bestDist := "", 1<<30
	for _, pl := range p.places {
		k, end, name := pl.k, pl.end, pl.name
		dist := distance(k, end, i, j)
		// A place goes with the date nearest to it: "met on Friday in
		// Lisbon and will meet in June" puts only Friday there.
		nearer := false
		for _, s := range spans {
			if s.i != i && distance(k, end, s.i, s.j) < dist {
				nearer = true
			}
		}
		if !nearer && dist < bestDist {
			best, bestDist = name, dist
		}
	}
	return best
}

// geoWords open the names of places that follow "on", "near" or "off".
var geoWords = map[string]bool{"lake": true, "river": true, "island": true, "islands": true,
	"mount": true, "coast": true, "street": true, "avenue": true, "road": true, "highway": true,
	"route": true, "interstate": true, "strait": true, "sea": true, "gulf": true,
	"peninsula": true, "bay": true, "border": true, "square": true, "boulevard": true}

// A place is a proper name after "in" or "at" at tokens [k, end).
type place struct {
	k, end int
	name   string
}

// distance counts the tokens between the ranges [a, b) and [i, j).
func distance(a, b, i, j int) int {
	switch {
	case b <= i:
		return i - b
	case j <= a:
		return a - j
	}
	return 0
}

// notPlaces are capitalized words that follow "in" or "at" without naming
// a place.
var notPlaces = map[string]bool{
	"addition": true, "fact": true, "particular": true, "general": true, "total": true,
	"english": true, "spanish": true, "french": true, "order": true, "response": true,
	"part": true, "turn": true, "short": true, "sum": true, "brief": true, "i": true,
	"least": true, "first": true, "last": true, "one": true, "this": true, "that": true,
	"his": true, "her": true, "their": true, "our": true, "my": true, "its": true,
	"an": true, "a": true, "some": true, "all": true, "most": true, "recent": true,
	"congress": false,
}

// properName reads a capitalized name at k: "Valdria City", "the White
// House", "Gulf of Bothnia". It returns the name without "the".
func (p *parser) properName(k int) (string, int, bool) {
	if p.is(k, "the") {
		k++
	}
	start := k
	end := k
	for end < len(p.toks) && end-start < 5 {
		t := p.toks[end]
		if t.Kind == text.Word && t.Capitalized() {
			lw := p.w(end)
			if lw.month != 0 || lw.weekday != 0 || notPlaces[strings.ToLower(t.Text)] && end == start {
				break
			}
			end++
			continue
		}
		// "Gulf of Mexico", "Bosnia and Herzegovina" stay one name only
		// when a capital follows.
		if (t.Is("of") || t.Is("de") || t.Is("del")) && end > start && p.capitalized(end+1) && p.w(end+1).month == 0 {
			end++
			continue
		}
		if t.IsPunct("-") && !t.Space && end > start && p.capitalized(end+1) && p.glued(end+1) {
			end++
			continue
		}
		break
	}
	if end == start {
		return "", 0, false
	}
	last := p.toks[end-1].Text
	// "in West African countries": a capitalized adjective.
	if end < len(p.toks) && p.toks[end].Kind == text.Word && !p.toks[end].Capitalized() && demonym(last) {
		return "", 0, false
	}
	if end-start == 1 && sentenceStartAt(p, start) {
		return "", 0, false
	}
	return p.text(start, end), end, true
}

// demonym reports whether a capitalized word looks like an adjective of
// nationality: "American", "Mexican", "Chinese", "British".
func demonym(s string) bool {
	for _, suf := range []string{"an", "ese", "ish", "ic", "i"} {
		if strings.HasSuffix(s, suf) {
			return true
		}
	}
	return false
}

// text returns the document text of tokens [i, j) as written.
func (p *parser) text(i, j int) string {
	return p.src[p.toks[i].Start:p.toks[j-1].End]
}

// participants finds who takes part in the sentence's event when it is
// obvious: "between the United States and Mexico", or a sentence that
// opens with "The United States and Mexico …".
func (p *parser) participants(spans []matchSpan) []string {
	for k := 0; k+1 < len(p.toks); k++ {
		if !p.is(k, "between") {
			continue
		}
		if a, end, ok := p.properName(k + 1); ok && p.is(end, "and") {
			if b, _, ok := p.properName(end + 1); ok {
				return []string{a, b}
			}
		}
	}
	k := 0
	if p.is(k, "the") {
		k++
	}
	if !p.capitalized(k) {
		return nil
	}
	a, end, ok := p.properNameAt(k)
	if !ok || !p.is(end, "and") {
		return nil
	}
	b, end2, ok := p.properNameAt(end + 1)
	if !ok || end2 >= len(p.toks) || p.toks[end2].Kind != text.Word || p.toks[end2].Capitalized() {
		return nil
	}
	return []string{a, b}
}

// properNameAt is properName for a name that may open the sentence.
func (p *parser) properNameAt(k int) (string, int, bool) {
	if p.is(k, "the") {
		k++
	}
	start, end := k, k
	for end < len(p.toks) && end-start < 5 && p.capitalized(end) && p.w(end).month == 0 && p.w(end).weekday == 0 {
		end++
	}
	if end == start || end-start == 1 && (p.is(start, "the") || p.is(start, "a") || p.is(start, "an")) {
		return "", 0, false
	}
	return p.text(start, end), end, true
}
