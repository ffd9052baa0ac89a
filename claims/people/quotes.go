package people

import (
	"cmp"
	"slices"
	"strings"

	"crosscheck/claims/text"
)

// A quoteSeg is one quoted stretch of a paragraph: the marks at tokens
// open and close (close = -1 when the paragraph ends first) and the
// content tokens [from, to).
type quoteSeg struct {
	open, close int
	from, to    int
	after       int // the token after the closing mark
}

// Quotes returns the direct quotes of the document with their speakers,
// and reported speech ("She said both sides agreed to …") with Direct
// false.
func (a *Analysis) Quotes() []Match {
	var out []Match
	var segs []quoteSeg // reused from paragraph to paragraph
	for p := 0; p < len(a.sents); {
		q := p
		for q < len(a.sents) && a.sents[q].para == a.sents[p].para {
			q++
		}
		segs = a.quoteSegs(segs[:0], a.sents[p].from, a.sents[q-1].to)
		out = a.directQuotes(out, segs)
		out = a.reportedSpeech(out, p, q, segs)
		p = q
	}
	slices.SortStableFunc(out, func(x, y Match) int { return cmp.Compare(x.Start, y.Start) })
	return out
}

// quoteSegs pairs the quotation marks of a paragraph: “…”, «…», "…", ‘…’
// and '…'. Marks inside an open quote belong to it. A straight or single
// mark opens only before a word and closes only after one, so the
// apostrophe of "countries’ trade" opens nothing.
func (a *Analysis) quoteSegs(segs []quoteSeg, from, to int) []quoteSeg {
	open := -1
	var closer byte
	for j := from; j < to; j++ {
		in := a.info[j]
		if in.kind != text.Punct || in.ch == 0 {
			continue
		}
		attachedNext := j+1 < to && !a.info[j+1].space
		if open < 0 {
			switch in.ch {
			case chLeftDouble:
				open, closer = j, chRightDouble
			case chLeftAngle:
				open, closer = j, chRightAngle
			case '"':
				if attachedNext {
					open, closer = j, '"'
				}
			case chLeftSingle:
				open, closer = j, chRightSingle
			case '\'':
				if (j == from || in.space) && attachedNext && a.info[j+1].kind == text.Word {
					open, closer = j, '\''
				}
			case '`':
				// ``…'': the typewriter convention of older wire copy.
				if attachedNext && a.info[j+1].ch == '`' {
					open, closer = j, '`'
					j++
				}
			}
			continue
		}
		if closer == '`' {
			if in.ch == '\'' && attachedNext && a.info[j+1].ch == '\'' {
				segs = append(segs, quoteSeg{open: open, close: j, from: open + 2, to: j, after: j + 2})
				open = -1
				j++
			}
			continue
		}
		if in.ch == closer {
			if (closer == chRightSingle || closer == '\'') && (in.space || attachedNext && a.info[j+1].kind == text.Word) {
				continue
			}
			segs = append(segs, quoteSeg{open: open, close: j, from: open + 1, to: j, after: j + 1})
			open = -1
			continue
		}
		if in.ch == chLeftDouble && closer == chRightDouble {
			// A new opening before any close: the first quote ran on.
			segs = append(segs, quoteSeg{open: open, close: -1, from: open + 1, to: j})
			open = j
		}
	}
	if open >= 0 && (closer == chRightDouble || closer == chRightAngle || closer == '`') {
		from := open + 1
		if closer == '`' {
			from++
		}
		segs = append(segs, quoteSeg{open: open, close: -1, from: from, to: to})
	}
	return segs
}

// words counts the words and numbers in tokens [from, to).
func (a *Analysis) words(from, to int) int {
	n := 0
	for j := from; j < to; j++ {
		if a.info[j].kind != text.Punct {
			n++
		}
	}
	return n
}

// minQuoteWords is the length below which quoted words count as a quote
// only when a speaker is named right next to them: “landmark” and
// "deeply troubling" are the writer's words marked, not speech.
const minQuoteWords = 4

// minLoneQuoteWords is the length from which a quote with no speaker at all
// is still kept (the speaker may be named in another paragraph).
const minLoneQuoteWords = 6

func (a *Analysis) directQuotes(out []Match, segs []quoteSeg) []Match {
	prevSpeaker, prevSent := "", int32(-2)
	for _, s := range segs {
		from, to := s.from, s.to
		for to > from && a.info[to-1].kind == text.Punct && strings.Contains(",.:;—–-", a.tok(to-1).Text) {
			to--
		}
		for from < to && a.info[from].kind == text.Punct && strings.Contains(",.:;—–-…", a.tok(from).Text) {
			from++
		}
		if from >= to {
			continue
		}
		n := a.words(from, to)
		speaker, found, adjacent := a.attribBefore(s)
		if !found {
			speaker, found, adjacent = a.attribAfter(s)
		}
		switch {
		case n < minQuoteWords && !(found && adjacent):
			continue
		case !found && prevSpeaker != "" && a.info[s.open].sent <= prevSent+1:
			// "“A,” she said. “B.”": B goes on with the same speaker.
			speaker, found = prevSpeaker, true
		case !found && (n < minLoneQuoteWords || a.titleCase(from, to)):
			continue // a title of a work: "“The Return of the King”"
		}
		prevSpeaker, prevSent = speaker, a.info[max(s.to-1, s.open)].sent
		conf := 0.9
		if speaker == "" {
			conf = 0.5
		}
		// A quote of several sentences is one claim per sentence: another
		// article may quote only one of them, and each is compared on
		// its own.
		for from < to {
			stop := to
			for j := from + 1; j < to-1; j++ {
				if a.quoteSentenceEnd(j) && a.words(j+1, to) >= minQuoteWords && a.words(from, j) >= minQuoteWords {
					stop = j
					break
				}
			}
			pe := stop
			for pe > from && a.info[pe-1].kind == text.Punct && strings.Contains(",.:;—–-", a.tok(pe-1).Text) {
				pe--
			}
			start, end := a.tok(from).Start, a.tok(pe-1).End
			out = append(out, Match{Start: start, End: end, Subject: speaker, Confidence: conf,
				Value: Quote{Speaker: speaker, Direct: true, Display: oneLine(a.doc.Text[start:end])}})
			from = stop
			for from < to && a.info[from].kind == text.Punct {
				from++
			}
		}
	}
	return out
}

func oneLine(s string) string {
	if strings.ContainsAny(s, "\n\r\t") {
		return strings.Join(strings.Fields(s), " ")
	}
	return s
}

// titleCase reports tokens [from, to) written like a title: most longer
// words capitalized.
func (a *Analysis) titleCase(from, to int) bool {
	long, caps := 0, 0
	for j := from; j < to; j++ {
		if a.info[j].long {
			long++
			if a.info[j].cap {
				caps++
			}
		}
	}
	return long > 0 && caps*10 >= long*6
}

// isQuoteMark reports a token that may open or close a quote.
func (a *Analysis) isQuoteMark(j int) bool {
	if a.info[j].kind != text.Punct {
		return false
	}
	switch a.info[j].ch {
	case chLeftDouble, chRightDouble, chLeftAngle, chRightAngle, chLeftSingle, chRightSingle, '"', '\'', '`':
		return true
	}
	return false
}

// attribBefore finds a speaker named before the quote in its sentence:
// "Brenik emphasized that “…”", "She said: “…”", "Ruiz boasted that her
// engineers “…”". adjacent is true when only "that", a colon or a comma
// stand between the verb and the quote.
func (a *Analysis) attribBefore(s quoteSeg) (speaker string, found, adjacent bool) {
	sent := a.info[s.open].sent
	sf := a.sents[sent].from
	words := 0
	for j := s.open - 1; j >= sf && words <= 10; j-- {
		t := a.tok(j)
		if a.isQuoteMark(j) && !(j > sf && a.info[j-1].kind == text.Word && !t.Space && (t.Text == "’" || t.Text == "'")) {
			// Another quote: only "“A,” she said, “B”" reaches past one,
			// and then the verb is already found.
			return "", false, false
		}
		if t.Kind != text.Word {
			if a.sentenceStop(j) {
				return "", false, false // the segmenter kept two sentences together
			}
			continue
		}
		if a.info[j].class&cSpeech != 0 && (!a.info[j].cap || j == sf) {
			adjacent = words == 0 || words == 1 && a.tok(j+1).Is("that")
			if j == sf {
				// "Replied State Department spokesman X, “…”"
				sp, ok := a.subjectAfter(j+1, s.open)
				return sp, ok, ok && adjacent
			}
			sp, ok := a.subjectBefore(j, sf)
			if !ok {
				return "", false, false
			}
			return sp, true, adjacent
		}
		words++
	}
	return "", false, false
}

// sentenceStop reports a full stop, question or exclamation mark at token
// j that is followed by space: the end of a sentence inside what the
// segmenter gave as one (it does not know every opening quote mark).
func (a *Analysis) sentenceStop(j int) bool {
	switch a.info[j].ch {
	case '.', '?', '!':
	default:
		return false
	}
	if j > 0 && a.info[j-1].class&(cHonorific|cMonth) != 0 && !a.info[j].space {
		return false // "Gen.", "Jan."
	}
	return j+1 < a.n && a.info[j+1].space
}

// attribAfter finds a speaker named right after the quote: "…,” she said",
// "…,” Brenik told reporters", "…,” said Foreign Minister Ana Ruiz".
func (a *Analysis) attribAfter(s quoteSeg) (speaker string, found, adjacent bool) {
	if s.close < 0 {
		return "", false, false
	}
	k := s.after
	for k < a.n && a.info[k].ch == ',' {
		k++
	}
	if k >= a.n || a.info[k].sent != a.info[s.close].sent {
		return "", false, false
	}
	end := a.sents[a.info[k].sent].to
	if a.info[k].class&cSpeech != 0 && !a.info[k].cap {
		// "said Brenik", "said the ministry": only after a quote that
		// opens its sentence, or "…, quoting “secret reports,” said Syria
		// had…" would make Syria the speaker.
		if !a.opensSentence(s.open) {
			return "", false, false
		}
		sp, ok := a.subjectAfter(k+1, end)
		return sp, ok, ok
	}
	for v := k; v < end && v-k <= 8; v++ {
		t := a.tok(v)
		if t.Kind != text.Word || a.isQuoteMark(v) {
			// An age set off by commas: "Dana Ruiz, 52, said".
			if t.Text == "," && v > k && v+2 < end && a.info[v+1].kind == text.Number && a.info[v+2].ch == ',' {
				v += 2
				continue
			}
			// A name set off after a title: '…," the agency's director
			// general, Ana Ruiz, said'.
			if t.Text == "," && v > k {
				if mi := a.mentionStartingAt(v + 1); mi >= 0 {
					e := a.mentions[mi].to
					if e+1 < end && a.info[e].ch == ',' && a.info[e+1].class&cSpeech != 0 && !a.info[e+1].cap {
						return a.ents[a.mentions[mi].entity].display, true, true
					}
				}
			}
			if t.Kind == text.Punct && t.Text != "-" && t.Text != "." {
				break
			}
			continue
		}
		if a.info[v].class&cSpeech != 0 && !a.info[v].cap && v > k {
			// Names inside the quote are not who "she" is.
			sp, ok := a.subjectSkip(k, a.skipAdverbsBack(v, k), s.open, s.after)
			return sp, ok, ok
		}
	}
	return "", false, false
}

// skipAdverbsBack returns the end of a subject before verb v: "Brenik
// also said", "officials have said".
func (a *Analysis) skipAdverbsBack(v, floor int) int {
	for v > floor && a.info[v-1].kind == text.Word {
		c := a.info[v-1].class
		switch {
		case c&cAdverb != 0 && !a.info[v-1].cap:
			v--
		case c&(cWeekday|cMonth) != 0 || a.tok(v-1).Is("today") || a.tok(v-1).Is("yesterday") || a.tok(v-1).Is("tonight"):
			// "Bush on Tuesday said"
			v--
			if v > floor && (a.tok(v-1).Is("on") || a.tok(v-1).Is("last") || a.tok(v-1).Is("this")) {
				v--
			}
		default:
			return v
		}
	}
	return v
}

// subjectBefore reads the subject of the verb at token v, looking back no
// further than token sf.
func (a *Analysis) subjectBefore(v, sf int) (string, bool) {
	e := a.skipAdverbsBack(v, sf)
	if e <= sf {
		return "", false
	}
	// "Ostrova, Poland's foreign minister, said"
	if a.info[e-1].ch == ',' {
		for k := e - 2; k > sf && k >= e-10; k-- {
			if a.info[k].ch == ',' {
				if mi := a.mentionEndingAt(k - 1); mi >= 0 {
					return a.ents[a.mentions[mi].entity].display, true
				}
				break
			}
		}
		return "", false
	}
	if mi := a.mentionEndingAt(e - 1); mi >= 0 {
		return a.ents[a.mentions[mi].entity].display, true
	}
	k := e - 1
	for k >= sf && e-k <= 8 && a.info[k].kind == text.Word {
		if a.nounPhraseWord(k) {
			k--
			continue
		}
		// "the Bureau of Labor Statistics", "Organization of African Unity"
		if a.tok(k).Is("of") && k > sf && a.info[k-1].cap && a.info[k+1].cap {
			k--
			continue
		}
		break
	}
	if k+1 == e {
		return "", false
	}
	// A subject starts a clause: "The top commander of a Cambodian
	// resistance force said" leaves "force", which is no speaker.
	if k >= sf && !a.clauseBoundary(k) {
		return "", true
	}
	return a.subject(k+1, e)
}

// clauseBoundary reports whether a subject may start right after token k.
func (a *Analysis) clauseBoundary(k int) bool {
	if a.info[k].kind == text.Punct {
		return true
	}
	switch a.tok(k).Lower() {
	case "and", "but", "or", "so", "while", "as", "because", "since", "although", "though", "when",
		"after", "before", "that", "which", "who", "where", "then", "meanwhile", "also", "if", "however":
		return true
	}
	return false
}

// nounPhraseWord reports a word that can be part of a speaker's noun
// phrase: "the State Department statement", "Mexican officials".
func (a *Analysis) nounPhraseWord(k int) bool {
	in := a.info[k]
	if in.cap || in.poss > 0 {
		return true
	}
	return in.class&(cDet|cPersonNoun|cSourceNoun|cOrgHead|cDemonym|cDomain|cHead|cRank|cPronoun) != 0 ||
		a.tok(k).Is("officials") || a.tok(k).Is("authorities") || a.tok(k).Is("sources") || a.tok(k).Is("spokespeople")
}

// subjectAfter reads an inverted subject after the verb: "said Brenik",
// "said Foreign Minister Ana Ruiz", "said the ministry".
func (a *Analysis) subjectAfter(k, end int) (string, bool) {
	// A person named within the next few words: "said four-star Gen.
	// John Dailey,".
	for j := k; j < end && j-k < 10; j++ {
		if mi := a.mentionStartingAt(j); mi >= 0 {
			return a.ents[a.mentions[mi].entity].display, true
		}
		if a.info[j].kind == text.Punct && a.info[j].ch != '-' && !(a.info[j].ch == '.' && !a.sentenceStop(j)) {
			// "said the study's lead author, Dr. Ana Ruiz,": a name set
			// off after the description of its holder.
			if a.info[j].ch == ',' && j > k && a.speakerAppositive(j+1, end) {
				continue
			}
			break
		}
	}
	e := k
	for e < end && e-k < 8 && a.info[e].kind == text.Word && a.nounPhraseWord(e) {
		e++
	}
	if e == k {
		return "", false
	}
	// The subject ends the clause: "said the ministry." but not "said
	// Syria had indicated".
	if e < end && a.info[e].kind == text.Word && !a.tok(e).Is("in") && !a.tok(e).Is("on") && !a.tok(e).Is("at") {
		return "", false
	}
	return a.subject(k, e)
}

// opensSentence reports whether the quote mark at token open starts its
// sentence, or follows only a colon or dash there.
func (a *Analysis) opensSentence(open int) bool {
	sf := a.sents[a.info[open].sent].from
	for j := open - 1; j >= sf; j-- {
		if a.info[j].kind == text.Word || a.info[j].kind == text.Number {
			return a.sentenceStop(j+1) || j+1 < open && (a.info[j+1].ch == ':' || a.info[j+1].ch == '-')
		}
		if a.sentenceStop(j) || a.info[j].ch == ':' {
			return true
		}
	}
	return true
}

// subject names the speaker in tokens [from, to): a person mention, a
// pronoun resolved to a person, a title held by one person in the document
// ("the foreign minister"), or an organization or description as written
// ("State Department", "Mexican officials"). A pronoun that cannot be
// resolved gives "" with found true: the quote is attributed, to someone
// unknown.
func (a *Analysis) subject(from, to int) (string, bool) {
	return a.subjectSkip(from, to, -1, -1)
}

// subjectSkip is subject with the mentions in tokens [skipFrom, skipTo)
// left out of pronoun resolution.
func (a *Analysis) subjectSkip(from, to, skipFrom, skipTo int) (string, bool) {
	if from >= to {
		return "", false
	}
	for j := to - 1; j >= from; j-- {
		if mi := a.mentionEndingAt(j); mi >= 0 {
			return a.ents[a.mentions[mi].entity].display, true
		}
	}
	if to-from == 1 && a.info[from].class&cPronoun != 0 && !a.info[from].acro {
		switch a.tok(from).Lower() {
		case "he":
			return a.pronoun(from, 'm', skipFrom, skipTo), true
		case "she":
			return a.pronoun(from, 'f', skipFrom, skipTo), true
		}
		return "", true
	}
	for from < to && !a.info[from].acro && (a.info[from].class&cDet != 0 || a.clauseBoundary(from) && a.info[from].kind == text.Word) {
		from++ // "And law enforcement sources say"
	}
	// "the foreign minister": the one person the document gives that title.
	if r, ok := a.makeRole(from, to); ok && from < to {
		if e := a.holder(r.Canonical); e >= 0 {
			return a.ents[e].display, true
		}
	}
	for to > from && a.info[to-1].class&cSourceNoun != 0 && !a.info[to-1].cap {
		to--
	}
	if from >= to {
		return "", true // "a statement said"
	}
	last := to - 1
	if !a.info[last].cap && a.info[last].class&(cPersonNoun|cOrgHead|cHead) == 0 &&
		!a.tok(last).Is("officials") && !a.tok(last).Is("authorities") && !a.tok(last).Is("sources") {
		return "", false
	}
	return a.doc.Text[a.tok(from).Start : a.tok(last).End-int(a.info[last].poss)], true
}

func (a *Analysis) pronoun(at int, g byte, skipFrom, skipTo int) string {
	if e := a.resolvePronoun(at, g, skipFrom, skipTo); e >= 0 {
		return a.ents[e].display
	}
	return ""
}

// holder returns the one entity the document gives an office, or -1.
func (a *Analysis) holder(canonical string) int {
	if e, ok := a.holders[canonical]; ok {
		return e
	}
	return -1
}

// reportedSpeech finds "X said (that) CLAUSE" in sentences [p, q) of one
// paragraph that hold no direct quote. Verbs other than say and tell need
// "that": "Ostrova emphasized the desire to…" reports no speech.
func (a *Analysis) reportedSpeech(out []Match, p, q int, segs []quoteSeg) []Match {
	g := 0 // segs before g end before sentence si
	for si := p; si < q; si++ {
		s := a.sents[si]
		for g < len(segs) && segEnd(segs[g]) < s.from {
			g++
		}
		if s.headline || g < len(segs) && segs[g].open < s.to {
			continue // a direct quote overlaps the sentence
		}
		found := false
		for v := s.from + 1; v < s.to && !found; v++ {
			if a.info[v].kind != text.Word || a.info[v].class&cSpeech == 0 || a.info[v].cap {
				continue
			}
			k, ok := a.clauseStart(v, s.to)
			if !ok {
				continue
			}
			end := s.to
			for end > k && a.info[end-1].kind == text.Punct {
				end--
			}
			if a.words(k, end) < minQuoteWords {
				continue
			}
			speaker, ok := a.subjectBefore(v, s.from)
			if !ok {
				continue
			}
			out = a.addReported(out, k, end, speaker)
			found = true
		}
		if !found {
			out = a.reportedBefore(out, s)
		}
	}
	return out
}

func (a *Analysis) addReported(out []Match, from, to int, speaker string) []Match {
	start, stop := a.tok(from).Start, a.tok(to-1).End
	conf := 0.75
	if speaker == "" {
		conf = 0.4
	}
	return append(out, Match{Start: start, End: stop, Subject: speaker, Confidence: conf,
		Value: Quote{Speaker: speaker, Direct: false, Display: oneLine(a.doc.Text[start:stop])}})
}

// reportedBefore finds reported speech that comes before its attribution:
// "Talks will resume next week, the ministry said.", "…, said Ana Ruiz,
// the mayor.", and "According to the ministry, talks will resume." The
// verb must close the sentence (only time words or "in a statement" may
// follow it), so "…, he said, adding that…" is left alone.
func (a *Analysis) reportedBefore(out []Match, s sentSpan) []Match {
	if s.to-s.from < 6 {
		return out
	}
	// "According to X, CLAUSE"
	if a.tok(s.from).Is("according") && a.tok(s.from+1).Is("to") {
		c := s.from + 2
		for c < s.to && a.info[c].ch != ',' && c-s.from < 10 {
			c++
		}
		if c >= s.to || c == s.from+2 {
			return out
		}
		speaker, ok := a.subjectAfter(s.from+2, c)
		end := a.trimEnd(c+1, s.to)
		if ok && speaker != "" && a.words(c+1, end) >= minQuoteWords {
			out = a.addReported(out, c+1, end, speaker)
		}
		return out
	}
	end := a.trimEnd(s.from, s.to)
	// Find the verb: the last verb of saying, with only time words after it
	// or with its inverted subject ("said the ministry").
	for v := end - 1; v > s.from && end-v <= 10; v-- {
		if a.info[v].kind != text.Word || a.info[v].class&cSpeech == 0 || a.info[v].cap {
			continue
		}
		var speaker string
		var comma int
		if a.info[v-1].ch == ',' {
			// "…, said the ministry."
			comma = v - 1
			sp, ok := a.subjectAfter(v+1, end)
			if !ok {
				return out
			}
			speaker = sp
		} else {
			for t := v + 1; t < end; t++ {
				if !timeWords[a.tok(t).Lower()] && a.info[t].class&(cWeekday|cMonth) == 0 {
					return out
				}
			}
			comma = v - 1
			for comma > s.from && a.info[comma].ch != ',' && v-comma <= 8 {
				comma--
			}
			if a.info[comma].ch != ',' {
				return out
			}
			sp, ok := a.subject(comma+1, a.skipAdverbsBack(v, comma+1))
			if !ok {
				return out
			}
			speaker = sp
		}
		if a.words(s.from, comma) >= minQuoteWords && speaker != "" {
			out = a.addReported(out, s.from, comma, speaker)
		}
		return out
	}
	return out
}

// trimEnd returns to less the punctuation that ends the span [from, to).
func (a *Analysis) trimEnd(from, to int) int {
	for to > from && a.info[to-1].kind == text.Punct {
		to--
	}
	return to
}

// segEnd is the last token of a quote: its closing mark, or the end of
// its content when the paragraph ended first.
func segEnd(g quoteSeg) int {
	if g.close >= 0 {
		return g.close
	}
	return g.to
}

// timeWords may stand between a verb of saying and its clause: "said on
// Friday that", "told reporters in a statement that".
var timeWords = map[string]bool{
	"on": true, "in": true, "at": true, "a": true, "an": true, "the": true, "this": true, "last": true,
	"statement": true, "interview": true, "conference": true, "news": true, "press": true,
	"briefing": true, "today": true, "yesterday": true, "earlier": true, "later": true, "also": true,
	"again": true, "repeatedly": true, "previously": true, "week": true, "month": true, "year": true,
	"written": true, "joint": true, "televised": true, "speech": true, "post": true,
}

// clauseStart returns where the reported clause after the verb at v
// begins, or false when the verb does not report speech here.
func (a *Analysis) clauseStart(v, end int) (int, bool) {
	say := a.info[v].class&cSay != 0
	k := v + 1
	if a.tok(v).Is("told") || a.tok(v).Is("tells") {
		// "told reporters", "told a joint news conference": an object first.
		n := 0
		for k < end && n < 5 && a.info[k].kind == text.Word && !a.tok(k).Is("that") {
			k++
			n++
		}
		say = false
	}
	// "said (on Friday) (in a statement) that …"
	j := k
	for n := 0; j < end && n < 6 && a.info[j].kind == text.Word && !a.tok(j).Is("that"); n++ {
		if !timeWords[a.tok(j).Lower()] && a.info[j].class&(cWeekday|cMonth) == 0 {
			break
		}
		j++
	}
	if j < end && a.tok(j).Is("that") {
		return j + 1, true
	}
	if !say || k != v+1 || k >= end {
		return 0, false
	}
	// "said Friday the …", "said on Tuesday it would …"
	if a.tok(k).Is("on") && k+1 < end && a.info[k+1].class&cWeekday != 0 {
		k++
	}
	if a.info[k].class&cWeekday != 0 || a.tok(k).Is("today") || a.tok(k).Is("yesterday") {
		k++
	}
	if k >= end {
		return 0, false
	}
	// "She said both sides agreed": a clause with no "that" must open
	// with something that can be a subject.
	t := a.tok(k)
	if t.Kind == text.Punct {
		return 0, false
	}
	if t.Kind == text.Word && !a.info[k].cap && a.info[k].class&(cDet|cPronoun) == 0 {
		switch t.Text {
		case "both", "all", "some", "many", "most", "no", "there", "only", "more", "several":
		default:
			return 0, false
		}
	}
	return k, true
}

// speakerAppositive reports whether a person's name starts at token j,
// after an honorific perhaps ("Dr. Ana Ruiz"), and closes with a comma or
// the sentence's end.
func (a *Analysis) speakerAppositive(j, end int) bool {
	for n := 0; n < 2 && j < end && a.mentionStartingAt(j) < 0; n++ {
		if a.info[j].class&cHonorific == 0 && a.info[j].ch != '.' {
			return false
		}
		j++
	}
	mi := a.mentionStartingAt(j)
	if mi < 0 {
		return false
	}
	e := a.mentions[mi].to
	return e >= end || a.info[e].ch == ',' || a.sentenceStop(e)
}

// quoteSentenceEnd reports a semicolon, or a stop that ends a sentence,
// at token j inside a quote: a capital follows, and no abbreviation ends
// there ("the U.S. President", "at 3 p.m. Tuesday").
func (a *Analysis) quoteSentenceEnd(j int) bool {
	if a.info[j].ch == ';' {
		return true // "we did not come to sign papers; we came to end the war"
	}
	if !a.sentenceStop(j) || j+1 >= a.n || !a.info[j+1].cap {
		return false
	}
	prev := a.tok(j - 1)
	return prev.Kind == text.Word && len(prev.Text) > 2 && !a.info[j-1].acro
}
