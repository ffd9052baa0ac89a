package people

import (
	"sort"
	"strconv"

	"crosscheck/claims/number"
	"crosscheck/claims/text"
)

// Ages returns the ages the document gives people: "Ana Ruiz, 36,", "the
// 61-year-old mayor, Tom Reyes", "a 3-year-old boy", "aged 45", "Reyes,
// who is 61", "Ana Ruiz (36)". One claim per person and age.
func (a *Analysis) Ages() []Match {
	var out []Match
	type key struct {
		person string
		years  int
	}
	seen := map[key]bool{}
	add := func(person string, named bool, years, start, end int, conf float64) {
		if person == "" || years <= 0 || years > 125 {
			return
		}
		k := key{person, years}
		if seen[k] {
			return
		}
		seen[k] = true
		disp := a.doc.Text[start:end]
		out = append(out, Match{Start: start, End: end, Subject: person, Confidence: conf,
			Value: Age{Person: person, Years: years, Named: named, Display: disp}})
	}
	for i := 0; i < a.n; i++ {
		// Most tokens cannot start an age: skip them on what info says.
		in := &a.info[i]
		if a.mentionOf[i] == 0 && in.kind != text.Number && in.class&(cNumWord|cAgeCue) == 0 {
			continue
		}
		if a.sents[in.sent].headline {
			continue
		}
		// "Ana Ruiz, 36," and "Ana Ruiz (36)"
		if a.mentionOf[i] != 0 {
			mi := a.mentionEndingAt(i)
			if mi < 0 {
				continue
			}
			m := a.mentions[mi]
			if y, at := a.ageApposition(m.to); y > 0 {
				add(a.ents[m.entity].display, true, y, a.tok(at).Start, a.tok(at).End, 0.9)
			}
			continue
		}
		t := a.tok(i)
		// "61-year-old", "three-year-old", "61 years old"
		if i+1 < a.n && (a.info[i+1].ch == '-' || a.tok(i+1).Is("year") || a.tok(i+1).Is("years")) &&
			(t.Kind == text.Number || t.Kind == text.Word && number.IsWord(t.Lower())) {
			y, next, ok := a.yearsOld(i)
			if !ok {
				continue
			}
			start, end := t.Start, a.tok(next-1).End
			person, named, conf := a.agedPerson(i, next)
			add(person, named, y, start, end, conf)
			i = next - 1
			continue
		}
		// "aged 45", "Reyes, who is 61"
		if t.Is("aged") && i+1 < a.n && a.info[i+1].sent == a.info[i].sent {
			if y, ok := smallInt(a.tok(i + 1)); ok && !a.ageRange(i+2) {
				person, named := a.personBefore(i)
				add(person, named, y, t.Start, a.tok(i+1).End, 0.8)
			}
			continue
		}
		if t.Is("who") && i+2 < a.n && a.info[i+2].sent == a.info[i].sent && (a.tok(i+1).Is("is") || a.tok(i+1).Is("was")) {
			if y, ok := smallInt(a.tok(i + 2)); ok && a.ageEnds(i+3) {
				person, named := a.personBefore(i)
				add(person, named, y, a.tok(i+2).Start, a.tok(i+2).End, 0.8)
			}
		}
	}
	return out
}

// smallInt reads a whole number that could be an age.
func smallInt(t *text.Token) (int, bool) {
	if t.Kind != text.Number {
		return 0, false
	}
	n, err := strconv.Atoi(t.Text)
	if err != nil || n <= 0 || n > 125 {
		return 0, false
	}
	return n, true
}

// ageEnds reports whether an age number is complete at token i: followed
// by punctuation, the end of its sentence, "and", or "years old".
func (a *Analysis) ageEnds(i int) bool {
	if i >= a.n || a.info[i].sent != a.info[i-1].sent {
		return true
	}
	switch a.tok(i).Text {
	case ",", ".", ";", ")", ":", "—", "–", "and", "when":
		return true
	}
	return a.tok(i).Is("years") && i+1 < a.n && a.tok(i+1).Is("old")
}

// ageRange reports a range or unit after an age number at token i ("aged
// 18 to 25", "aged 18-25", "aged 45 percent"): not one person's age.
func (a *Analysis) ageRange(i int) bool {
	if i >= a.n || a.info[i].sent != a.info[i-1].sent {
		return false
	}
	t := a.tok(i)
	return t.IsPunct("-") || t.IsPunct("–") || t.IsPunct("%") || t.Is("to") || t.Is("and") || t.Is("or") || t.Is("percent")
}

// ageApposition reads ", 36," or " (36)" right after a name and returns the
// age and the token holding it.
func (a *Analysis) ageApposition(to int) (years, at int) {
	if to+2 >= a.n || a.info[to+1].kind != text.Number || a.info[to+1].sent != a.info[to].sent {
		return 0, 0
	}
	open, close := a.tok(to), a.tok(to+2)
	if !(open.IsPunct(",") && a.ageEnds(to+2) || open.IsPunct("(") && close.IsPunct(")")) {
		return 0, 0
	}
	if close.IsPunct(".") && to+3 < a.n && a.info[to+3].kind == text.Number {
		return 0, 0 // "Smith, 3.5" is not an age
	}
	y, ok := smallInt(a.tok(to + 1))
	if !ok {
		return 0, 0
	}
	return y, to + 1
}

// ageAfter is ageApposition as evidence that a name is a person.
func (a *Analysis) ageAfter(to int) int {
	y, _ := a.ageApposition(to)
	return y
}

// yearsOld reads "61-year-old", "61-years-old", "61 year old", "three-
// year-old" and "61 years old" at token i, returning the age and the token
// after it.
func (a *Analysis) yearsOld(i int) (int, int, bool) {
	var years int
	j := i + 1
	if a.info[i].kind == text.Number {
		y, ok := smallInt(a.tok(i))
		if !ok {
			return 0, 0, false
		}
		years = y
	} else {
		st, si := a.sentToks(i)
		n, ok := number.Parse(st, si)
		if !ok || n.Value != float64(int(n.Value)) || n.Value <= 0 || n.Value > 125 {
			return 0, 0, false
		}
		years, j = int(n.Value), i+n.Next-si
	}
	hyphen := func(k int) int {
		if k < a.n && a.info[k].ch == '-' && !a.info[k].space {
			return k + 1
		}
		return k
	}
	k := hyphen(j)
	if k >= a.n || !(a.tok(k).Is("year") || a.tok(k).Is("years")) || a.info[k].sent != a.info[i].sent {
		return 0, 0, false
	}
	k = hyphen(k + 1)
	// "The 23-year-old's contract": the age owns what follows.
	if k >= a.n || !(a.tok(k).Is("old") || a.tok(k).Is("old's") || a.tok(k).Is("old\u2019s")) || a.info[k].sent != a.info[i].sent {
		return 0, 0, false
	}
	return years, k + 1, true
}

// agedPerson finds whose age "N-year-old" at tokens [i, next) gives: the
// name after it ("61-year-old Tom Reyes", "the 61-year-old mayor, Tom
// Reyes"), the name before it ("Reyes, a 61-year-old teacher", "Reyes is
// 61 years old"), else the person noun it describes ("a 3-year-old boy").
func (a *Analysis) agedPerson(i, next int) (string, bool, float64) {
	sent := a.info[i].sent
	end := a.sents[sent].to
	// Describing words after the age: "mayor", "Estonian mother".
	k := next
	noun := ""
	for n := 0; k < end && n < 3 && a.info[k].kind == text.Word && a.mentionOf[k] == 0; n++ {
		c := a.info[k].class
		if c&(cPersonNoun|cHead) != 0 {
			noun = text.Fold(a.word(k))
		} else if c&(cDemonym|cDomain|cRank) == 0 {
			break
		}
		k++
	}
	if k < end && a.info[k].ch == ',' && noun != "" {
		k++
	}
	if mi := a.mentionStartingAt(k); mi >= 0 && (noun != "" || k == next) {
		return a.ents[a.mentions[mi].entity].display, true, 0.9
	}
	// Before: "Reyes, a 61-year-old teacher" / "Reyes is 61 years old".
	j := i - 1
	if j >= 0 && (a.tok(j).Is("a") || a.tok(j).Is("an") || a.tok(j).Is("the")) {
		j--
	}
	if j >= 0 && (a.tok(j).Is("is") || a.tok(j).Is("was")) || j >= 0 && a.info[j].ch == ',' && (noun != "" || !a.tok(next-1).Is("old") || a.info[i+1].ch == '-') {
		if mi := a.mentionEndingAt(j - 1); mi >= 0 && a.info[j-1].sent == sent {
			return a.ents[a.mentions[mi].entity].display, true, 0.8
		}
	}
	if noun != "" {
		if e := a.definiteAgedPerson(i, noun); e >= 0 {
			// Read through coreference: enough to agree, too weak to
			// make a conflict on its own.
			return a.ents[e].display, true, 0.45
		}
		return noun, false, 0.7
	}
	// "Kelmscott signed Tomás Ilunga-Reis. The 23-year-old has…": a
	// bare definite age opening a sentence is the one person the
	// sentence before names; confidently so only when that sentence
	// speaks of no one else ("sentenced the man" makes the age the man's
	// as likely), else enough to agree, never to conflict.
	if e := a.definiteAgedPerson(i, ""); e >= 0 {
		if a.otherPersonNoun(e, i) {
			return a.ents[e].display, true, 0.45
		}
		return a.ents[e].display, true, 0.6
	}
	return "", false, 0
}

// otherPersonNoun reports whether the nearest sentence before token i
// that names entity e also speaks of an unnamed person ("the man", "a
// driver"): a person noun that is not the apposition of e's name
// ("midfielder Tomás Ilunga-Reis", "Reyes, a teacher").
func (a *Analysis) otherPersonNoun(e, i int) bool {
	sent := a.info[i].sent
	for ss := sent - 1; ss >= 0 && ss >= sent-3; ss-- {
		named := false
		for k := a.sents[ss].from; k < a.sents[ss].to; k++ {
			if mi := a.mentionOf[k]; mi != 0 && a.mentions[mi-1].entity == e {
				named = true
			}
		}
		if !named {
			continue
		}
		for k := a.sents[ss].from; k < a.sents[ss].to; k++ {
			if a.info[k].kind != text.Word || a.info[k].cap || a.info[k].class&cPersonNoun == 0 || a.mentionOf[k] != 0 {
				continue
			}
			if k+1 < a.sents[ss].to && a.mentionOf[k+1] != 0 {
				continue // "counterpart Ana Ruiz"
			}
			return true
		}
		return false
	}
	return true
}

// definiteAgedPerson resolves "The 36-year-old reporter" opening a
// sentence to the person it refers back to: the one person named in the
// nearest sentence, up to three back, that names anyone, when no
// sentence since uses the noun for someone else ("the mayor"). News
// writes a named person's age this way ("Ilya Brodsky-Tamm ... The
// 36-year-old reporter"). It returns the entity, or -1.
func (a *Analysis) definiteAgedPerson(i int, noun string) int {
	sent := a.info[i].sent
	from := a.sents[sent].from
	if i-1 != from || !a.tok(i-1).Is("the") {
		return -1
	}
	hi := sort.Search(len(a.mentions), func(k int) bool { return a.mentions[k].from >= from })
	mi := hi - 1
	for back := int32(1); back <= 3 && sent-back >= 0; back++ {
		ss := sent - back
		cand, count := -1, 0
		for ; mi >= 0 && a.info[a.mentions[mi].from].sent == ss; mi-- {
			if e := a.mentions[mi].entity; e >= 0 && e != cand {
				if cand < 0 {
					cand, count = e, 1
				} else {
					count = 2
				}
			}
		}
		if count == 0 {
			continue
		}
		if count > 1 {
			return -1
		}
		// "Ana Ruiz met the mayor. The 61-year-old mayor said": the
		// noun names another person.
		for k := a.sents[ss].from; k < from; k++ {
			if a.info[k].kind == text.Word && a.mentionOf[k] == 0 && !a.info[k].cap && text.Fold(a.word(k)) == noun {
				return -1
			}
		}
		return cand
	}
	return -1
}

// personBefore finds who "aged 45" or "who is 61" describes: the name right
// before it (a comma between), else a person noun ("a man aged 45").
func (a *Analysis) personBefore(i int) (string, bool) {
	j := i - 1
	if j >= 0 && a.info[j].ch == ',' {
		j--
	}
	if j < 0 || a.info[j].sent != a.info[i].sent {
		return "", false
	}
	if mi := a.mentionEndingAt(j); mi >= 0 {
		return a.ents[a.mentions[mi].entity].display, true
	}
	if a.info[j].class&cPersonNoun != 0 && !a.info[j].cap {
		return a.tok(j).Lower(), false
	}
	return "", false
}
