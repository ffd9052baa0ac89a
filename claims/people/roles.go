package people

import (
	"strings"

	"crosscheck/claims/text"
)

type roleFound struct {
	role       Role
	start, end int
	conf       float64
}

// Roles returns the roles of the document, one per person and office, at
// the first place the document gives it.
func (a *Analysis) Roles() []Match {
	out := make([]Match, 0, len(a.roles))
	for _, r := range a.roles {
		out = append(out, Match{Start: r.start, End: r.end, Value: r.role, Subject: r.role.Person, Confidence: r.conf})
	}
	return out
}

// A roleKey is one person in one office.
type roleKey struct {
	entity    int
	canonical string
	former    bool
}

func (a *Analysis) findRoles() {
	seen := a.bufs.seenRoles
	add := func(mi int, r roleFound) {
		e := a.mentions[mi].entity
		r.role.Person = a.ents[e].display
		k := roleKey{e, r.role.Canonical, r.role.Former}
		if seen[k] {
			return
		}
		seen[k] = true
		a.roles = append(a.roles, r)
		if !r.role.Former {
			// holders[office] is the one person holding it, -1 if several.
			if h, ok := a.holders[r.role.Canonical]; !ok {
				a.holders[r.role.Canonical] = e
			} else if h != e {
				a.holders[r.role.Canonical] = -1
			}
		}
	}
	for mi := range a.mentions {
		m := a.mentions[mi]
		if m.entity < 0 || a.sents[a.info[m.from].sent].headline {
			continue
		}
		from := a.sents[a.info[m.from].sent].from
		// "White House Press Secretary Marta Kovac-Lindqvist",
		// "Minister of Health Dr. Ayo Fenwick" (an honorific between).
		end := a.honorificBefore(m.from, from)
		if start := a.titleStart(end, from); start < end {
			var buf [4][2]int
			for _, p := range a.titleParts(start, end, buf[:0]) {
				if r, ok := a.makeRole(p[0], p[1]); ok {
					add(mi, roleFound{role: r, start: a.tok(p[0]).Start, end: m.end, conf: 0.9})
				}
			}
		}
		// "Lena Ostrova, Poland's foreign minister,"
		if ps, pe, ok := a.postTitle(m.to); ok {
			if r, ok := a.makeRole(ps, pe); ok {
				add(mi, roleFound{role: r, start: m.start, end: a.tok(pe - 1).End, conf: 0.85})
			}
		}
		// "The interior minister, Tomas Brenik, said"
		if ps, pe, ok := a.commaTitleBefore(mi); ok {
			if r, ok := a.makeRole(ps, pe); ok {
				add(mi, roleFound{role: r, start: a.tok(ps).Start, end: m.end, conf: 0.75})
			}
		}
	}
}

// titleStart scans back from token k (where a name starts) over the words
// a title is made of, and returns where the title begins (k if none).
// The span may hold several titles joined by "and"; titleParts splits it.
func (a *Analysis) titleStart(k, from int) int {
	start := k
	unknown := 0
	j := k - 1
	for j >= from {
		t := a.tok(j)
		in := a.info[j]
		if t.Kind == text.Punct {
			// "ex-President", "Vice-President", "Secretary-General"
			if t.Text == "-" && !t.Space && j > from && a.info[j-1].kind == text.Word && start == j+1 && !a.info[start].space {
				j--
				continue
			}
			// "Gov. Greg Abbott", "Lt. Gen. Ana Ruiz"
			if t.Text == "." && !t.Space && j > from && a.info[j-1].class&cAbbrev != 0 && a.info[j-1].class&cHead != 0 && a.info[j-1].cap {
				start = j
				j--
				continue
			}
			break
		}
		if t.Kind != text.Word || a.mentionOf[j] != 0 {
			break
		}
		c := in.class
		switch {
		case c&(cHead|cDomain|cRank) != 0 && c&cPronoun == 0 && (in.cap || c&cHead == 0 || a.lowerHeadOK(j)) && in.poss == 0:
			start, unknown = j, 0
		case c&cQualifier != 0 && (!t.Is("then") && !t.Is("ex") || j+1 < k && a.info[j+1].ch == '-'):
			start = j
		case in.cap && (in.acro || c&(cDemonym|cPlace) != 0 && c&cStop == 0):
			start = j // "Mexican", "US", "Mexico's"
		case in.cap && j > from && a.phraseAt(j-1, k) == j+1:
			start = j - 1 // "White House"
			j -= 2
			continue
		case (t.Is("of") || t.Is("for")) && start < k && j > from:
		case t.Is("the") && start < k && j > from && (a.tok(j-1).Is("of") || a.tok(j-1).Is("for")):
		case t.Is("and") && start < k && j > from && a.info[j-1].class&cHead != 0 && a.info[j-1].cap:
		case t.Is("and") && start < k && j > from && a.info[j-1].class&cDomain != 0 && a.info[j-1].cap &&
			a.info[start].class&cDomain != 0 && a.info[start].cap:
			// One portfolio of two domains: "Energy and Mines Minister".
		case in.cap && c == 0 && unknown < 2 && start < k && j > from && a.info[start].class&(cDomain|cHead) != 0 && a.info[start].cap:
			// A domain the lexicon does not know: "Western Hemisphere Affairs".
			start = j
			unknown++
		default:
			return a.trimTitle(start, k)
		}
		j--
	}
	return a.trimTitle(start, k)
}

// honorificBefore returns where an honorific that is not itself a title
// ("Dr.", "Mr", "Prof.") starts right before the name at token k, so that
// a title may stand before it; k when there is none.
func (a *Analysis) honorificBefore(k, from int) int {
	j := k - 1
	if j > from && a.tok(j).Text == "." && !a.tok(j).Space {
		j--
	}
	if j >= from && a.info[j].kind == text.Word && a.info[j].cap && a.info[j].class&cHonorific != 0 && a.info[j].class&cHead == 0 {
		return j
	}
	return k
}

// trimTitle drops connectors a backward scan may leave at the front.
func (a *Analysis) trimTitle(start, k int) int {
	for start < k && (a.tok(start).Is("of") || a.tok(start).Is("for") || a.tok(start).Is("the") || a.tok(start).Is("and") || a.info[start].ch == '-') {
		start++
	}
	return start
}

// titleParts splits a title span at "and" between two titles: "Defence
// Secretary and Deputy Prime Minister".
func (a *Analysis) titleParts(start, end int, parts [][2]int) [][2]int {
	from := start
	for j := start; j < end; j++ {
		if a.tok(j).Is("and") && j > from && a.info[j-1].class&cHead != 0 {
			parts = append(parts, [2]int{from, j})
			from = j + 1
		}
	}
	if from < end {
		parts = append(parts, [2]int{from, end})
	}
	return parts
}

// titleWord is one word of a title, hyphenated compounds split.
type titleWord struct {
	w     string
	class uint32
	tok   int
	cap   bool
	poss  bool
}

func (a *Analysis) titleWords(from, to int, out []titleWord) []titleWord {
	for j := from; j < to; j++ {
		if a.info[j].kind != text.Word {
			continue
		}
		out = append(out, titleWord{w: a.fold(a.word(j)), class: a.info[j].class, tok: j, cap: a.info[j].cap, poss: a.info[j].poss > 0})
	}
	return out
}

// makeRole reads the title in tokens [from, to): qualifiers ("former"),
// affiliation ("Mexican", "US", "White House"), then the office.
func (a *Analysis) makeRole(from, to int) (Role, bool) {
	var buf [12]titleWord
	ws := a.titleWords(from, to, buf[:0])
	var r Role
	i := 0
	// The word lists of a title are short: stack buffers hold them.
	var qualBuf, affilBuf, rankBuf, domainBuf, headBuf, tailBuf [8]string
	quals := qualBuf[:0]
	for i < len(ws) && ws[i].class&cQualifier != 0 && ws[i].class&cHead == 0 {
		switch ws[i].w {
		case "former", "ex", "then", "late":
			r.Former = true
		}
		quals = append(quals, ws[i].w)
		i++
	}
	affil := affilBuf[:0]
	for i < len(ws) {
		w := ws[i]
		if w.poss || w.class&(cDemonym|cPlace) != 0 && w.class&(cHead|cDomain) == 0 || a.info[w.tok].acro && w.class&cHead == 0 {
			affil = append(affil, w.w)
			i++
			continue
		}
		if n := a.phraseAt(w.tok, to); n > 0 {
			for i < len(ws) && ws[i].tok < n {
				affil = append(affil, ws[i].w)
				i++
			}
			continue
		}
		break
	}
	office := ws[i:]
	// "President-elect": a qualifier after the office.
	for len(office) > 1 && office[len(office)-1].class&cQualifier != 0 && office[len(office)-1].class&cHead == 0 {
		quals = append(quals, office[len(office)-1].w)
		office = office[:len(office)-1]
	}
	if len(office) == 0 {
		return r, false
	}
	// The office must be a title: it ends on a head word ("Foreign
	// Minister") or is "head of/for domain" ("Secretary of State").
	conn := -1
	for k, w := range office {
		if w.w == "of" || w.w == "for" {
			conn = k
			break
		}
	}
	pre, post := office, []titleWord(nil)
	if conn >= 0 {
		pre, post = office[:conn], office[conn+1:]
		for len(post) > 0 && post[0].w == "the" {
			post = post[1:]
		}
		if len(post) == 0 {
			return r, false
		}
	}
	// "Prime Minister Prince Norodom": a noble title right before the
	// name is part of the name's style, not of the office.
	if len(pre) > 1 && nobleTitles[pre[len(pre)-1].w] && conn < 0 {
		pre = pre[:len(pre)-1]
		to = pre[len(pre)-1].tok + 1
	}
	h := len(pre)
	for h > 0 && pre[h-1].class&cHead != 0 {
		h--
	}
	if h == len(pre) {
		return r, false
	}
	rank, domain := rankBuf[:0], domainBuf[:0]
	for _, w := range pre[:h] {
		if w.class&cRank != 0 && len(domain) == 0 {
			rank = append(rank, w.w)
		} else {
			domain = append(domain, w.w)
		}
	}
	heads := headBuf[:0]
	for _, w := range pre[h:] {
		for p := range strings.SplitSeq(w.w, "-") {
			if syn, ok := headSynonyms[p]; ok && len(pre)-h > 1 {
				p = syn // "Lt. Gen." is a lieutenant general
			}
			heads = append(heads, p)
		}
	}
	// "Chief Justice", "Prime Minister": a rank word that is also a head
	// belongs to the office itself.
	head := a.join(heads)
	tail := tailBuf[:0]
	for _, w := range post {
		tail = append(tail, w.w)
	}
	// "the foreign minister of Poland": a place after "of" is the
	// affiliation, not the portfolio.
	if len(post) > 0 && allPlaces(post) {
		affil = append(affil, tail...)
		tail = nil
	}
	r.Title = strings.TrimSpace(a.doc.Text[a.tok(from).Start:a.tok(to-1).End])
	if ws[len(ws)-1].poss {
		r.Title = strings.TrimSpace(r.Title[:len(r.Title)-int(a.info[ws[len(ws)-1].tok].poss)])
	}
	r.Display = r.Title
	r.Qualifier = a.join(quals)
	r.Affiliation = a.join(affil)
	r.Head, r.Domain, r.Canonical = a.canonicalOffice(rank, domain, head, tail)
	return r, true
}

var nobleTitles = map[string]bool{
	"prince": true, "princess": true, "king": true, "queen": true, "sheikh": true, "sheik": true,
	"sultan": true, "emir": true, "lord": true, "lady": true, "sir": true, "dame": true,
}

func allPlaces(ws []titleWord) bool {
	for _, w := range ws {
		if w.class&(cPlace|cDemonym) == 0 {
			return false
		}
	}
	return true
}

// fixedOf are offices spelled "X of Y" that do not turn into "Y X":
// a Secretary of State is not a "state secretary".
var fixedOf = map[string]bool{
	"secretary of state": true, "minister of state": true, "chief of staff": true,
	"head of state": true, "head of government": true, "chief of defense": true,
	"chief of defence": true, "chief of police": true, "chief of mission": true,
	"leader of the opposition": true, "speaker of the house": true, "president of the senate": true,
}

// domainSynonyms name one portfolio the same way: a foreign minister runs
// foreign affairs wherever the title puts the words.
var domainSynonyms = map[string]string{
	"foreign affairs": "foreign", "external affairs": "foreign", "foreign relations": "foreign",
	"exterior relations": "foreign", "external relations": "foreign", "exterior": "foreign", "external": "foreign",
	"home affairs": "interior", "home": "interior", "internal affairs": "interior", "interior": "interior",
	"defence": "defense", "national defense": "defense", "national defence": "defense",
	"treasury": "finance", "exchequer": "finance", "finance": "finance", "finances": "finance",
	"economic affairs": "economy", "economic": "economy", "economy": "economy",
	"labour": "labor", "transport": "transportation",
}

// departments are the portfolios whose head is a minister whether the
// title says "Minister" or "Secretary": Foreign Secretary = Foreign
// Minister, Homeland Security Secretary = Homeland Security Minister.
var departments = map[string]bool{
	"foreign": true, "interior": true, "defense": true, "finance": true, "economy": true, "commerce": true,
	"trade": true, "justice": true, "health": true, "education": true, "energy": true, "labor": true,
	"agriculture": true, "transportation": true, "environment": true, "homeland security": true,
	"housing": true, "culture": true, "tourism": true, "communications": true, "information": true,
	"industry": true, "infrastructure": true, "veterans affairs": true, "immigration": true,
	"development": true, "social development": true, "welfare": true, "science": true, "technology": true,
	"women": true, "youth": true, "sports": true, "public security": true, "security": true,
	"digital": true, "climate": true, "fisheries": true, "mining": true, "water": true, "employment": true,
	"war": true, "navy": true, "army": true, "public safety": true, "health and human services": true,
	"housing and urban development": true, "citizenship": true, "migration": true, "planning": true,
}

var headSynonyms = map[string]string{
	"gov": "governor", "sen": "senator", "rep": "representative", "gen": "general", "lt": "lieutenant",
	"col": "colonel", "capt": "captain", "adm": "admiral", "sgt": "sergeant", "cpl": "corporal",
	"pvt": "private", "maj": "major", "cmdr": "commander", "supt": "superintendent", "insp": "inspector",
	"det":     "detective",
	"adviser": "advisor", "spokesman": "spokesperson", "spokeswoman": "spokesperson",
	"chairman": "chair", "chairwoman": "chair", "chairperson": "chair",
	"congressman": "representative", "congresswoman": "representative",
	"councilman": "councillor", "councilwoman": "councillor", "councilor": "councillor",
	"under-secretary": "undersecretary", "attache": "attache", "tsar": "czar", "co-founder": "cofounder",
}

// canonicalOffice names an office so that equal offices compare equal:
// rank, then portfolio, then head ("deputy foreign minister").
func (a *Analysis) canonicalOffice(rank, domain []string, head string, tail []string) (h, d, canonical string) {
	if s, ok := headSynonyms[head]; ok {
		head = s
	}
	if len(tail) > 0 {
		var buf [8]string
		if fixed := a.join(append(append(buf[:0], head, "of"), tail...)); fixedOf[fixed] {
			return fixed, "", a.join(append(rank, fixed))
		}
		domain = append(domain, tail...)
	}
	dom := a.join(domain)
	if s, ok := domainSynonyms[dom]; ok {
		dom = s
	}
	if head == "secretary" && departments[dom] {
		head = "minister"
	}
	var buf [8]string
	parts := buf[:0]
	office := head
	for _, r := range rank {
		// A prime minister is not a minister of rank "prime": the
		// country goes before the office, "veldra prime minister".
		if r == "prime" && head == "minister" && dom != "" {
			office = "prime minister"
			continue
		}
		parts = append(parts, r)
	}
	if dom != "" {
		parts = append(parts, dom)
	}
	parts = append(parts, office)
	return head, dom, a.join(parts)
}

// postTitle reads an apposition after a name: ", Mexico's foreign
// minister,", ", the homeland security secretary.", ", 61, the mayor of
// Springfield,". It returns the title's tokens.
func (a *Analysis) postTitle(to int) (ps, pe int, ok bool) {
	if to >= a.n || a.info[to].ch != ',' {
		return 0, 0, false
	}
	sent := a.info[to].sent
	end := a.sents[sent].to
	q := to + 1
	if q+1 < end && a.info[q].kind == text.Number && a.info[q+1].ch == ',' {
		q += 2 // an age: "Ana Ruiz, 36, the mayor"
	}
	if q < end && a.info[q].kind == text.Word && a.info[q].class&cDet != 0 && !a.info[q].cap || q < end && a.tok(q).Is("the") {
		q++
	}
	ps = q
	// "the country's", "Mexico's": kept in the title as its affiliation.
	if q < end && a.info[q].poss > 0 && (a.info[q].cap || a.info[q].class&cPersonNoun == 0) {
		q++
	}
	lastHead := -1
	for q < end && a.info[q].kind == text.Word && a.mentionOf[q] == 0 {
		c := a.info[q].class
		if c == 0 && a.info[q].cap && lastHead < 0 && q+1 < end && a.info[q+1].kind == text.Word && a.info[q+1].class&(cHead|cDomain|cRank) != 0 && !a.info[q+1].cap {
			// "the former Norvik prime minister": a place the lexicon
			// does not know, as the title's affiliation.
			q++
			continue
		}
		if c&(cHead|cDomain|cRank|cQualifier|cDemonym|cPlace) == 0 && !a.info[q].acro || c&cPronoun != 0 && !a.info[q].acro {
			break
		}
		if c&cHead != 0 {
			lastHead = q
		}
		q++
		if q+1 < end && a.info[q].ch == '-' && !a.info[q].space && a.info[q+1].kind == text.Word {
			q++
		}
	}
	if lastHead < 0 || lastHead != q-1 {
		return 0, 0, false
	}
	pe = q
	// "of Springfield", "for the State Department", "of foreign affairs"
	if q+1 < end && (a.tok(q).Is("of") || a.tok(q).Is("for")) {
		r := q + 1
		if a.tok(r).Is("the") {
			r++
		}
		n := 0
		for r < end && a.info[r].kind == text.Word && n < 5 && (a.info[r].cap || a.info[r].class&(cDomain|cOrgHead) != 0) && a.info[r].class&cStop&^cDomain == 0 {
			r++
			n++
		}
		if n > 0 {
			pe, q = r, r
		}
	}
	// "chief meteorologist at the Sarnova Weather Service": the employer
	// after "at" may close the apposition, though it is left out of the
	// title; a capitalized run only, so "at the scene" ends nothing and
	// gives no title.
	if q+1 < end && a.tok(q).Is("at") {
		r := q + 1
		if a.tok(r).Is("the") {
			r++
		}
		n := 0
		for r < end && a.info[r].kind == text.Word && n < 6 && a.info[r].cap && a.info[r].class&cStop == 0 {
			r++
			n++
			// "at the University of Marrowgate": a connector inside the
			// employer's name.
			if n > 0 && r+1 < end && (a.tok(r).Is("of") || a.tok(r).Is("for")) && a.info[r+1].cap && a.info[r+1].class&cStop == 0 {
				r++
			}
		}
		if n > 0 {
			q = r
		}
	}
	// "chief executive since 2019": how long the post has been held.
	if q+1 < end && a.tok(q).Is("since") && a.info[q+1].kind == text.Number {
		q += 2
	}
	if q < end {
		switch a.tok(q).Text {
		case ",", ";", ")", ".", "—", "–", "who", "whose":
			// "…, the former prime minister who has shuttled between":
			// a relative clause ends the title too.
		default:
			return 0, 0, false
		}
	}
	return ps, pe, ps < pe
}

// appositionAfter reports a title apposition after a name, as evidence
// that the name is a person.
func (a *Analysis) appositionAfter(to int) bool {
	_, _, ok := a.postTitle(to)
	return ok
}

// commaTitleBefore reads "the interior minister, Tomas
// Brenik," where the title comes first and a comma sets the name off. The
// title must open its clause and the name must close the apposition, so
// "with the foreign minister, Brenik said" gives nothing.
func (a *Analysis) commaTitleBefore(mi int) (ps, pe int, ok bool) {
	m := a.mentions[mi]
	c := m.from - 1
	if c < 1 || a.info[c].ch != ',' || a.info[c].sent != a.info[m.from].sent {
		return 0, 0, false
	}
	if m.to < a.n && a.info[m.to].sent == a.info[m.from].sent {
		switch a.tok(m.to).Text {
		case ",", ";", ".", ")":
		default:
			return 0, 0, false
		}
	}
	from := a.sents[a.info[m.from].sent].from
	// "the former prime minister of Norvik, Anselm Kreutz": the title
	// ends in "of" and a place the lexicon need not know.
	te := c
	for j := c - 1; j > from && c-j <= 4; j-- {
		if a.tok(j).Is("of") {
			if j+1 < c && a.info[j+1].cap {
				te = j
			}
			break
		}
		if a.info[j].kind != text.Word || !a.info[j].cap && !a.tok(j).Is("the") {
			break
		}
	}
	start := a.titleStart(te, from)
	if start >= te {
		return 0, 0, false
	}
	j := start - 1
	determined := false
	if j >= from && (a.tok(j).Is("the") || a.info[j].poss > 0 || possessiveDet(a.tok(j))) {
		// "the", "Qasmir's", and "Its" in "Its chief meteorologist, X,"
		// (the organization the sentence before named).
		determined = true
		if a.info[j].poss > 0 {
			// "The Health Ministry's director of public health, X,": the
			// owner may be a name of several capitalized words.
			for n := 0; n < 4 && j-1 >= from && a.info[j-1].kind == text.Word && a.info[j-1].cap && a.info[j-1].class&cStop == 0; n++ {
				j--
			}
		}
		j--
		if j >= from && a.tok(j).Is("the") {
			j--
		}
	} else if start > from {
		return 0, 0, false
	}
	// '"…," the agency's director general, X, said': a quote closes
	// before the title.
	if j >= from && closingQuote(a.tok(j).Text) && j-1 >= from && a.info[j-1].ch == ',' {
		j = j - 1
	}
	if j >= from && a.info[j].ch != ',' && !a.tok(j).Is("and") {
		// "brokered by Qasmir's foreign minister, Yusuf al-Qadiri.": after
		// "by", a determined title set off before a name that closes the
		// sentence is the name's apposition too.
		if !determined || !a.tok(j).Is("by") || m.to >= a.n || a.info[m.to].sent != a.info[m.from].sent || a.info[m.to].ch != '.' {
			return 0, 0, false
		}
	}
	return start, c, true
}

// possessiveDet reports a possessive determiner: "its", "his", "her",
// "their", "our".
func possessiveDet(t *text.Token) bool {
	return t.Is("its") || t.Is("his") || t.Is("her") || t.Is("their") || t.Is("our")
}

// closingQuote reports a closing quotation mark token.
func closingQuote(s string) bool {
	switch s {
	case "\"", "\u201d", "'", "\u2019", "\u00bb":
		return true
	}
	return false
}
