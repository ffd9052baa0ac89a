package people

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"crosscheck/claims/text"
)

// An Analysis is one document read for people: its tokens with their word
// classes, the person mentions found in it, and the entities (people) those
// mentions resolve to. The finders Roles, Ages, Names and Quotes all read
// it; Analyze once and call the methods when more than one is needed. An
// Analysis does not change after Analyze returns, so its methods may be
// called from several goroutines.
type Analysis struct {
	doc *text.Doc
	// Tokens are numbered through the whole document; tok(i) finds one
	// in its sentence, info[i] holds what the analysis knows of it.
	n     int
	info  []tokInfo
	sents []sentSpan
	// mentions are the person mentions in text order; mentionOf maps a
	// token to 1 + the index of the mention covering it (0: none).
	mentions  []mention
	mentionOf []int32
	ents      []entity
	// entIndex maps a word to the entities whose names hold it, in
	// entity order; entParts holds every word and hyphenated part.
	entIndex map[string]int32 // into bufs.lists; 0 (an empty list) when absent
	entParts map[string]bool
	frozen   bool // set when Analyze returns

	roles   []roleFound
	holders map[string]int // office → the one entity holding it, -1 if several

	// folded holds the folded name words made while analyzing, cut from
	// a few long strings rather than allocated one by one.
	folded strings.Builder
	// wordLists holds the word lists of mentions, in one array.
	wordLists []string
	// bufs are the pooled buffers the slices and maps above live in.
	bufs *buffers
}

// buffers are the arrays and maps an Analysis works in. Release hands them
// to the next Analyze, so that a corpus does not allocate them again for
// every document.
type buffers struct {
	info      []tokInfo
	sents     []sentSpan
	mentions  []mention
	mentionOf []int32
	cands     []candidate
	units     []unit
	order     []int
	words     []string
	ents      []entity
	roles     []roleFound
	entIndex  map[string]int32
	entParts  map[string]bool
	holders   map[string]int
	seenRoles map[roleKey]bool
	// lists holds the entity lists entIndex points to; lists[0] stays
	// empty. Emptied lists keep their arrays for the next document.
	lists [][]int
}

var bufferPool = sync.Pool{New: func() any {
	return &buffers{
		entIndex:  map[string]int32{},
		entParts:  map[string]bool{},
		holders:   map[string]int{},
		seenRoles: map[roleKey]bool{},
	}
}}

// Release hands a's buffers back for the next Analyze. Call it when done
// with a: it must not be used after. (The Matches its finders returned
// hold only strings and stay valid.) An Analysis never released is simply
// collected.
func (a *Analysis) Release() {
	b := a.bufs
	if b == nil {
		return
	}
	clear(a.mentions) // drop the word lists and the strings in them
	clear(a.wordLists)
	clear(a.ents[:cap(a.ents)]) // a rebuild may have cut entities off
	clear(a.roles)
	b.info, b.sents, b.mentions, b.mentionOf, b.words = a.info[:0], a.sents[:0], a.mentions[:0], a.mentionOf[:0], a.wordLists[:0]
	b.ents, b.roles = a.ents[:0], a.roles[:0]
	b.dropIndex()
	if len(b.entParts) > maxPooledMap || len(b.holders) > maxPooledMap || len(b.seenRoles) > maxPooledMap {
		// Clearing a map costs its capacity: do not keep a long
		// document's maps for the short ones after it.
		b.entParts, b.holders, b.seenRoles = map[string]bool{}, map[string]int{}, map[roleKey]bool{}
	} else {
		clear(b.entParts)
		clear(b.holders)
		clear(b.seenRoles)
	}
	*a = Analysis{}
	bufferPool.Put(b)
}

// maxPooledMap bounds the maps a pooled buffers keeps.
const maxPooledMap = 1024

// dropIndex empties entIndex, keeping the arrays of its lists for reuse.
func (b *buffers) dropIndex() {
	if len(b.entIndex) > maxPooledMap {
		b.entIndex = map[string]int32{}
	} else {
		clear(b.entIndex)
	}
	for i := range b.lists {
		b.lists[i] = b.lists[i][:0]
	}
	b.lists = b.lists[:min(len(b.lists), 1)]
}

// newList returns the number of a new empty list in lists.
func (b *buffers) newList() int32 {
	if len(b.lists) == 0 {
		b.lists = append(b.lists, nil) // lists[0]: the empty list
	}
	if len(b.lists) < cap(b.lists) {
		b.lists = b.lists[:len(b.lists)+1] // a list an earlier document emptied
	} else {
		b.lists = append(b.lists, nil)
	}
	return int32(len(b.lists) - 1)
}

// entities returns the entities whose names hold word w, in entity order.
func (a *Analysis) entities(w string) []int {
	n := a.entIndex[w]
	if n == 0 {
		return nil
	}
	return a.bufs.lists[n]
}

// resize returns s with length n, reusing its array when it is large
// enough. The elements are not cleared.
func resize[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

type tokInfo struct {
	class uint32
	kind  text.TokenKind
	space bool  // white space before the token
	ch    byte  // the character of a one-byte punctuation token
	long  bool  // a word of four bytes or more
	one   bool  // a word of one letter: an initial
	cap   bool  // starts with an upper-case letter
	acro  bool  // all capitals, two letters or more, no dots: "US", "NATO"
	poss  uint8 // length of a possessive ending ("'s", "’s"), 0 if none
	sent  int32 // sentence index
}

type sentSpan struct {
	from, to int // token range
	para     int // paragraph (line) number, 0-based
	headline bool
}

// A mention is one place a person is named: tokens [from, to), bytes
// [start, end) with any possessive ending left out.
type mention struct {
	from, to   int
	start, end int
	words      []string // folded words of the name: "ferran", "quintero"
	entity     int
	gender     byte // from an honorific or gendered noun before it
	titled     bool // a title or honorific stands before it
	// regnal is a one-word name after a royal or religious title ("King
	// Hussein", "Pope Francis"): a given name, never a surname of a
	// fuller name in the document.
	regnal bool
}

// An entity is one person: the fullest name the document gives them.
type entity struct {
	words   []string
	display string // the fullest name as first written
	key     string // folded words joined by spaces
	gender  byte   // 'm', 'f' or 0 when unknown or mixed
	first   int    // index of the first mention naming the fullest form
}

// Analyze reads doc for people. It never fails: text it cannot read simply
// yields nothing.
func Analyze(doc *text.Doc) *Analysis {
	n := 0
	for i := range doc.Sentences {
		n += len(doc.Sentences[i].Tokens)
	}
	b := bufferPool.Get().(*buffers)
	a := &Analysis{
		doc:       doc,
		n:         n,
		bufs:      b,
		info:      resize(b.info, n), // classify sets every field
		sents:     b.sents[:0],
		mentions:  b.mentions[:0],
		wordLists: b.words[:0],
		ents:      b.ents[:0],
		roles:     b.roles[:0],
		entIndex:  b.entIndex,
		entParts:  b.entParts,
		holders:   b.holders,
	}
	para, line, next := -1, -1, 0
	for si := range doc.Sentences {
		s := &doc.Sentences[si]
		if s.Line != line {
			para++
			line = s.Line
		}
		from := next
		for i := range s.Tokens {
			classify(&a.info[next], &s.Tokens[i], int32(si))
			next++
		}
		a.sents = append(a.sents, sentSpan{from: from, to: next, para: para})
	}
	a.markHeadlines()
	a.mentionOf = resize(b.mentionOf, a.n)
	clear(a.mentionOf)
	a.findPersons()
	a.findRoles()
	a.frozen = true
	return a
}

// Typographic quote marks get a one-byte code in tokInfo.ch, so the quote
// finder never needs the token text.
const (
	chLeftDouble  = 1 // “
	chRightDouble = 2 // ”
	chLeftAngle   = 3 // «
	chRightAngle  = 4 // »
	chLeftSingle  = 5 // ‘
	chRightSingle = 6 // ’
)

var quoteCodes = map[string]byte{"“": chLeftDouble, "”": chRightDouble, "«": chLeftAngle, "»": chRightAngle, "‘": chLeftSingle, "’": chRightSingle}

// tok returns token i of the document.
func (a *Analysis) tok(i int) *text.Token {
	sent := a.info[i].sent
	return &a.doc.Sentences[sent].Tokens[i-a.sents[sent].from]
}

// sentToks returns the tokens of the sentence holding token i and i's
// index among them.
func (a *Analysis) sentToks(i int) ([]text.Token, int) {
	sent := a.info[i].sent
	return a.doc.Sentences[sent].Tokens, i - a.sents[sent].from
}

func classify(in *tokInfo, t *text.Token, sent int32) {
	*in = tokInfo{sent: sent, kind: t.Kind, space: t.Space}
	s := t.Text
	if t.Kind != text.Word {
		if len(s) == 1 {
			in.ch = s[0]
		} else if t.Kind == text.Punct {
			in.ch = quoteCodes[s]
		}
		return
	}
	n := len(s)
	in.long = n >= 4
	in.one = n == 1 || n <= 4 && s[0] >= utf8.RuneSelf && utf8.RuneCountInString(s) == 1
	if n > 2 && (s[n-1] == 's' || s[n-1] == 'S') {
		if s[n-2] == '\'' {
			in.poss = 2
		} else if n > 4 && s[n-4:n-1] == "’" {
			in.poss = 4
		}
	}
	s = s[:n-int(in.poss)]
	if c := s[0]; c < utf8.RuneSelf {
		in.cap = 'A' <= c && c <= 'Z'
	} else {
		r, _ := utf8.DecodeRuneInString(s)
		in.cap = unicode.IsUpper(r)
	}
	if in.cap && len(s) >= 2 {
		in.acro = true
		ascii := true
		for i := 0; i < len(s); i++ {
			c := s[i]
			if c == '.' || 'a' <= c && c <= 'z' {
				in.acro = false
				break
			}
			ascii = ascii && c < utf8.RuneSelf
		}
		if in.acro && !ascii {
			for _, r := range s {
				if unicode.IsLower(r) {
					in.acro = false
					break
				}
			}
		}
	}
	if h, n, ok := t.KeyHash(); ok && n == len(s) {
		// The tokenizer hashed the word as the lexicon is laid out.
		in.class = wordTable.getASCII(s, h)
	} else {
		in.class = classOf(s)
	}
}

// word returns token i's text without a possessive ending.
func (a *Analysis) word(i int) string {
	t := a.tok(i).Text
	return t[:len(t)-int(a.info[i].poss)]
}

// markHeadlines flags the sentences of title-case lines without a final
// stop ("Joint Action Between the United States and Mexico"): there every
// word is capitalized, so only names already known from the body count.
func (a *Analysis) markHeadlines() {
	for i := 0; i < len(a.sents); {
		j := i
		for j < len(a.sents) && a.sents[j].para == a.sents[i].para {
			j++
		}
		last := a.sents[j-1].to - 1
		if last >= 0 && a.info[last].kind == text.Punct && strings.Contains(".!?\"”»'’:", a.tok(last).Text) {
			i = j // a stop ends it: body text
			continue
		}
		long, caps := 0, 0
		for k := a.sents[i].from; k < a.sents[j-1].to; k++ {
			if a.info[k].long {
				long++
				if a.info[k].cap {
					caps++
				}
			}
		}
		if long >= 3 && caps*10 >= long*6 {
			for k := i; k < j; k++ {
				a.sents[k].headline = true
			}
		}
		i = j
	}
}

// A unit is one word of a capitalized run: a word, a hyphenated compound
// ("Kovac-Lindqvist") or an initial with its dot ("F.").
type unit struct {
	from, to int // tokens
	class    uint32
	cap      bool
	acro     bool
}

// candidate is a capitalized run that may name a person.
type candidate struct {
	from, to int // tokens of the name core
	sent     int
	pending  bool // no evidence yet: accepted only if it names a known entity
	gender   byte
	titled   bool
}

func (a *Analysis) findPersons() {
	cands, units := a.bufs.cands[:0], a.bufs.units[:0]
	defer func() { a.bufs.cands, a.bufs.units = cands[:0], units[:0] }()
	for si, s := range a.sents {
		i := s.from
		for i < s.to {
			if a.info[i].kind != text.Word || !a.info[i].cap {
				i++
				continue
			}
			units = a.runUnits(units[:0], i, s.to)
			cands = a.splitRun(cands, units, si)
			i = units[len(units)-1].to
		}
	}
	// Pass 1: runs with evidence of their own make the entities; pass 2:
	// the rest ("Brenik", "Ferrán Quintero") count only as names of those.
	for _, c := range cands {
		if !c.pending {
			a.addMention(c)
		}
	}
	a.buildEntities()
	found := false
	for _, c := range cands {
		if c.pending {
			found = a.matchPending(c) || found
		}
	}
	if found {
		// A pending run may be the fuller form of a name known only by
		// its surname ("Senator Fenwick" … "Odalys Fenwick"): rebuild.
		slices.SortFunc(a.mentions, func(x, y mention) int { return x.from - y.from })
		a.ents = a.ents[:0]
		a.buildEntities()
	}
	a.assignEntities()
}

// runUnits reads the capitalized run that starts at token i: capitalized
// words, hyphenated compounds, initials, and lower-case particles between
// capitalized words ("Valdés de Mora"). A possessive ends the run.
func (a *Analysis) runUnits(units []unit, i, to int) []unit {
	for i < to {
		in := a.info[i]
		if in.kind != text.Word {
			break
		}
		if !in.cap {
			// A particle counts only between capitalized words: "de la Cruz".
			if in.class&cParticle == 0 || len(units) == 0 {
				break
			}
			j := i + 1
			if j < to && a.info[j].ch == '-' && !a.info[j].space && j+1 < to && a.info[j+1].cap && !a.info[j+1].space {
				// "al-Assad"
				units = append(units, unit{from: i, to: j + 2, class: a.info[j+1].class &^ cParticle, cap: true})
				i = j + 2
				continue
			}
			for j < to && a.info[j].kind == text.Word && !a.info[j].cap && a.info[j].class&cParticle != 0 && j-i < 2 {
				j++
			}
			if j >= to || a.info[j].kind != text.Word || !a.info[j].cap || !a.info[j].space {
				break
			}
			for k := i; k < j; k++ {
				units = append(units, unit{from: k, to: k + 1, class: cParticle})
			}
			i = j
			continue
		}
		if len(units) > 0 && !in.space {
			break
		}
		u := unit{from: i, to: i + 1, class: in.class, cap: true, acro: in.acro}
		j := i + 1
		// Hyphenated compound: "Kovac-Lindqvist", "Ex-President".
		for in.poss == 0 && j+1 < to && a.info[j].ch == '-' && !a.info[j].space && a.info[j+1].kind == text.Word && !a.info[j+1].space {
			c := a.info[j+1].class
			if u.class == 0 || c == 0 {
				u.class = 0 // a compound with an unknown part is a name
			} else {
				u.class |= c
			}
			in = a.info[j+1]
			j += 2
		}
		// An initial: "F." in "John F. Kennedy".
		if j < to && j == i+1 && in.one && a.info[j].ch == '.' && !a.info[j].space &&
			j+1 < to && a.info[j+1].space && a.info[j+1].cap {
			j++
			u.class = 0
		}
		u.to = j
		units = append(units, u)
		i = j
		if in.poss > 0 {
			break
		}
	}
	if len(units) == 0 {
		units = append(units, unit{from: i, to: i + 1})
	}
	// Particles never end a run.
	for len(units) > 1 && units[len(units)-1].class == cParticle && !units[len(units)-1].cap {
		units = units[:len(units)-1]
	}
	return units
}

const (
	// stripClasses are the words a run may open with that are not part of
	// a name: sentence openers, titles, places, dates.
	stripClasses = cStop | cHead | cDomain | cRank | cQualifier | cDemonym | cPlace | cMonth | cWeekday |
		cHonorific | cOrgHead | cPlaceHead | cPronoun | cDet | cSpeech | cSourceNoun | cPersonNoun | cAdverb
	// breakClasses end a name inside a run: "President Tomas Brenik Monday".
	breakClasses = cMonth | cWeekday | cHonorific
)

// splitRun strips the words that open a run without being part of a name,
// cuts the rest where a name cannot go on, and records the candidates.
func (a *Analysis) splitRun(cands []candidate, u []unit, si int) []candidate {
	for len(u) > 0 {
		k := 0
		for k < len(u) {
			c := u[k].class
			if u[k].acro || !u[k].cap {
				k++
				continue
			}
			if c&(cGiven|cNameStart) != 0 && k+1 < len(u) && a.nameWord(u[k+1]) {
				break
			}
			if n := a.phraseAt(u[k].from, u[len(u)-1].to); n > 0 {
				for k < len(u) && u[k].from < n {
					k++
				}
				continue
			}
			if c&stripClasses != 0 {
				k++
				continue
			}
			break
		}
		if k == len(u) {
			return cands
		}
		// A word opening a clause before a given name and a surname
		// ("Chanting Helmut Kohl's name") is not part of the name.
		if k == 0 && len(u) >= 2 && u[0].class == 0 && (u[0].from == a.sents[si].from || a.info[u[0].from-1].kind == text.Punct) {
			if len(u) >= 3 && u[1].class&cGiven != 0 && a.nameWord(u[2]) || adverbLike(a.tok(u[0].from).Text) {
				k = 1
			}
		}
		// Title words the lexicon does not know ("Western Hemisphere
		// Affairs Laura Kim"): a given name after a title word starts
		// the name.
		for g := k + 1; g+1 < len(u); g++ {
			if u[g].class&cGiven != 0 && u[g-1].class&(cDomain|cHead) != 0 && a.nameWord(u[g+1]) {
				k = g
				break
			}
		}
		m := k + 1
		for m < len(u) {
			c := u[m].class
			if u[m].acro || c&breakClasses != 0 && c&cGiven == 0 && (c&cAbbrev == 0 || a.abbrevStop(u[m])) {
				break
			}
			// A title word followed by more name: "… Ostrova Secretary Brenik".
			if c&cHead != 0 && c&cGiven == 0 && m+1 < len(u) && u[m].cap {
				break
			}
			m++
		}
		if c, ok := a.judge(u[k:m], si); ok {
			cands = append(cands, c)
		}
		u = u[m:]
	}
	return cands
}

// adverbLike reports a capitalized word that reads as an adverb or a
// participle opening a sentence ("Certainly", "Speaking"): given names
// with these endings (Emily, Kelly) are in the lexicon.
func adverbLike(w string) bool {
	return len(w) > 4 && (strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "ing"))
}

// abbrevStop reports an abbreviated honorific written with its stop.
func (a *Analysis) abbrevStop(u unit) bool {
	return u.to < a.n && a.info[u.to].ch == '.' && !a.info[u.to].space
}

// nameWord reports whether a unit can be part of a name after a given name.
func (a *Analysis) nameWord(u unit) bool {
	return u.cap && !u.acro && u.class&(breakClasses|cOrgHead|cPlaceHead|cStop) == 0 || u.class == cParticle
}

// phraseAt returns the token index after a place, demonym or affiliation
// phrase ("Valdria City", "White House") starting at token i, or 0.
func (a *Analysis) phraseAt(i, to int) int {
	if a.info[i].class&cPhraseStart == 0 || a.info[i].poss > 0 {
		return 0
	}
	var buf [96]byte
	b, ok := foldAppend(buf[:0], a.tok(i).Text)
	if !ok {
		return 0
	}
	max := phraseLen[string(b)]
	best := 0
	for k, n := i+1, 2; n <= max && k < to; k, n = k+1, n+1 {
		if a.info[k].kind != text.Word || !a.info[k].space {
			break
		}
		b = append(b, ' ')
		if b, ok = foldAppend(b, a.word(k)); !ok {
			break
		}
		if phrases[string(b)] != 0 {
			best = k + 1
		}
		if a.info[k].poss > 0 {
			break
		}
	}
	return best
}

// judge decides whether the core u (a cut of a run) is a person's name, and
// on what evidence.
func (a *Analysis) judge(u []unit, si int) (candidate, bool) {
	for len(u) > 0 && u[0].class == cParticle && !u[0].cap {
		u = u[1:]
	}
	if len(u) == 0 {
		return candidate{}, false
	}
	last := u[len(u)-1]
	if last.class&(cOrgHead|cPlaceHead|cDemonym) != 0 && last.class&cGiven == 0 {
		return candidate{}, false // "Korvel Gap", "State Department", "Roman Catholic"
	}
	capped, unknown := 0, 0
	for _, x := range u {
		if x.cap {
			capped++
		}
		if x.class == 0 {
			unknown++
		}
	}
	if capped > 5 {
		return candidate{}, false
	}
	from, to := u[0].from, last.to
	if capped == 1 && u[0].class&(cPlace|cDemonym) != 0 {
		return candidate{}, false
	}
	c := candidate{from: from, to: to, sent: si}
	c.gender, c.titled = a.before(from)
	if a.sents[si].headline {
		c.pending = true
		return c, true
	}
	switch {
	case capped >= 2 && u[0].class&(cGiven|cNameStart) != 0:
	case c.titled:
	case a.personNounBefore(from):
	case a.ageAfter(to) > 0:
	case from == a.sents[si].from && len(u) == 1:
		// One word opening a sentence ("Similarly, the foreign
		// minister…") needs more than a title after it.
		c.pending = true
	case a.appositionAfter(to) && unknown > 0:
	case a.titleCommaBefore(from) && unknown > 0:
	default:
		c.pending = true
	}
	return c, true
}

// titleCommaBefore reports a title set off by a comma right before a
// name: "the foreign minister, Ana Ruiz", "the former prime minister of
// Veldra, Tomas Mark".
func (a *Analysis) titleCommaBefore(from int) bool {
	j := from - 1
	if j < 1 || a.info[j].ch != ',' || a.info[j].sent != a.info[from].sent {
		return false
	}
	j--
	// "of Veldra", "of the Interior": a tail after the head.
	for k := j; k > 0 && j-k < 3 && a.info[k].kind == text.Word && (a.info[k].cap || a.tok(k).Is("the")); k-- {
		if a.tok(k - 1).Is("of") {
			j = k - 2
			break
		}
	}
	return j >= 0 && a.info[j].kind == text.Word && a.info[j].class&cHead != 0 && a.info[j].sent == a.info[from].sent
}

// before looks at the words right before a name: an honorific ("Mr.",
// "Dr.") or a title ("Foreign Minister", "Secretary of State") marks a
// person, and some say which gender.
func (a *Analysis) before(from int) (gender byte, titled bool) {
	j := from - 1
	if j >= 0 && a.info[j].ch == '.' && !a.info[j].space {
		j--
	}
	if j < 0 || a.info[j].kind != text.Word || a.info[j].sent != a.info[from].sent {
		return 0, false
	}
	c := a.info[j].class
	gender = genderOf(c)
	if c&cHonorific != 0 && a.info[j].cap && (c&cAbbrev == 0 || j < from-1) {
		return gender, true
	}
	if j == from-1 && c&cHead != 0 && (a.info[j].cap || c&cPersonNoun != 0 || a.lowerHeadOK(j)) {
		return gender, true
	}
	// "Secretary of State Brenik", "Minister of Foreign Affairs X".
	if a.info[j].cap && c&cDomain != 0 {
		for k := j - 1; k >= 0 && k >= j-4 && a.info[k].sent == a.info[from].sent; k-- {
			if a.tok(k).Is("of") || a.tok(k).Is("for") {
				return gender, k > 0 && a.info[k-1].class&cHead != 0 && a.info[k-1].cap
			}
			if a.info[k].kind != text.Word || a.info[k].class&cDomain == 0 && !a.tok(k).Is("the") {
				break
			}
		}
		// "Homeland Security Secretary" ends in a head; "National Security
		// Lena" does not make a title.
	}
	return gender, false
}

func genderOf(c uint32) byte {
	switch {
	case c&cMale != 0 && c&cFemale == 0:
		return 'm'
	case c&cFemale != 0 && c&cMale == 0:
		return 'f'
	}
	return 0
}

// lowerHeadOK reports whether a lower-case title word may stand right
// before a name ("spokesman John Kirby", "foreign minister Lena"): the
// words that are also everyday adjectives or nouns may not.
func (a *Analysis) lowerHeadOK(j int) bool {
	switch a.tok(j).Text {
	case "chair", "head", "chief":
		// After the body they lead: "Rail Safety Board chair Ana Ruiz",
		// "the commission's chair, Ana Ruiz". "chief" is a rank too when a
		// title head follows it: "its chief meteorologist, Ana Ruiz".
		if a.tok(j).Text == "chief" && j+1 < a.n && a.info[j+1].kind == text.Word && a.info[j+1].class&cHead != 0 && a.info[j+1].sent == a.info[j].sent {
			return true
		}
		return j > 0 && a.info[j-1].kind == text.Word && (a.info[j-1].cap || a.info[j-1].poss > 0) && a.info[j-1].sent == a.info[j].sent &&
			a.info[j-1].class&(cStop|cPronoun|cDet) == 0
	case "executive":
		// "chief executive Henrik Solbakk"; "executive" alone is an
		// everyday noun.
		return j > 0 && a.tok(j-1).Is("chief")
	case "general":
		// "director general Ana Ruiz", "the agency's director general":
		// after another head, "general" is part of the office.
		return j > 0 && a.info[j-1].kind == text.Word && a.info[j-1].class&cHead != 0 && a.info[j-1].sent == a.info[j].sent
	case "manager", "coach":
		// After the team or body they run: "Kelmscott manager Dario
		// Fenwick"; "manager" alone is an everyday noun.
		return j > 0 && a.info[j-1].kind == text.Word && (a.info[j-1].cap || a.info[j-1].poss > 0) && a.info[j-1].sent == a.info[j].sent &&
			a.info[j-1].class&(cStop|cPronoun|cDet) == 0
	case "speaker", "justice", "counsel", "delegate", "leader", "founder", "officer", "representative":
		return false
	}
	return true
}

// personNounBefore reports a noun that describes a person right before the
// name: "Estonian mother Nadia Sorel", "his counterpart Ana Ruiz".
func (a *Analysis) personNounBefore(from int) bool {
	j := from - 1
	return j >= 0 && a.info[j].kind == text.Word && !a.info[j].cap && a.info[j].class&cPersonNoun != 0 && a.info[j].sent == a.info[from].sent
}

// addMention records a candidate as a person mention.
func (a *Analysis) addMention(c candidate) {
	var buf [8]string
	var bounds [9]int
	words, _ := a.nameWords(c.from, c.to, buf[:0], bounds[:0])
	a.addWords(c, a.keepWords(words))
}

// keepWords copies a name's words into the analysis's word array.
func (a *Analysis) keepWords(words []string) []string {
	start := len(a.wordLists)
	a.wordLists = append(a.wordLists, words...)
	return a.wordLists[start:len(a.wordLists):len(a.wordLists)]
}

// fold folds a name word as fold does; while analyzing, a word that
// folding changes is written to the analysis's names rather than
// allocated on its own.
func (a *Analysis) fold(s string) string {
	var buf [64]byte
	if a.frozen || len(s) > len(buf) {
		return fold(s) // Analyze has returned: no more writes
	}
	b, ok := foldAppend(buf[:0], s)
	if !ok {
		return text.Fold(s)
	}
	if string(b) == s {
		return s
	}
	start := a.reserve(len(b))
	a.folded.Write(b)
	return a.folded.String()[start:]
}

// reserve makes room for n more bytes in the analysis's block of strings
// and returns where they will start.
func (a *Analysis) reserve(n int) int {
	if a.folded.Cap()-a.folded.Len() < n {
		// A new block: the strings cut from the old one stay valid, as
		// a Builder never changes what it has written.
		a.folded = strings.Builder{}
		a.folded.Grow(max(n, 1024))
	}
	return a.folded.Len()
}

// join is strings.Join(words, " "); while analyzing, the result is cut
// from the analysis's block of strings.
func (a *Analysis) join(words []string) string {
	if len(words) < 2 || a.frozen {
		return strings.Join(words, " ")
	}
	n := len(words) - 1
	for _, w := range words {
		n += len(w)
	}
	start := a.reserve(n)
	for i, w := range words {
		if i > 0 {
			a.folded.WriteByte(' ')
		}
		a.folded.WriteString(w)
	}
	return a.folded.String()[start:]
}

func (a *Analysis) addWords(c candidate, words []string) {
	if len(words) == 0 {
		return
	}
	m := mention{from: c.from, to: c.to, entity: -1, gender: c.gender, titled: c.titled, words: words}
	m.regnal = len(words) == 1 && c.from > 0 && a.info[c.from-1].cap && regnalTitles[a.tok(c.from-1).Lower()]
	m.start = a.tok(c.from).Start
	m.end = a.tok(c.to-1).End - int(a.info[c.to-1].poss)
	a.mentions = append(a.mentions, m)
}

// nameWords folds the words of the name in tokens [from, to), a
// hyphenated compound or an initial with its dot counting as one word,
// and appends to bounds the token where each word starts (and, last, to).
func (a *Analysis) nameWords(from, to int, words []string, bounds []int) ([]string, []int) {
	for i := from; i < to; {
		if a.info[i].kind != text.Word {
			i++
			continue
		}
		j := i + 1
		for j+1 < to && a.info[j].ch == '-' && !a.info[j].space && !a.info[j+1].space {
			j += 2
		}
		if j < to && a.info[j].ch == '.' && !a.info[j].space {
			j++
		}
		end := a.tok(j - 1).End
		if j == to {
			end -= int(a.info[j-1].poss)
		}
		words = append(words, a.fold(a.doc.Text[a.tok(i).Start:end]))
		bounds = append(bounds, i)
		i = j
	}
	return words, append(bounds, to)
}

// buildEntities makes one entity per distinct maximal name: a name that is
// not part of a longer name in the document.
func (a *Analysis) buildEntities() {
	order := resize(a.bufs.order, len(a.mentions))
	a.bufs.order = order
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(i, j int) int {
		return len(a.mentions[j].words) - len(a.mentions[i].words)
	})
	a.bufs.dropIndex()
	clear(a.entParts)
	for _, mi := range order {
		m := &a.mentions[mi]
		if a.entityOf(m) >= 0 {
			continue
		}
		ei := len(a.ents)
		for k, w := range m.words {
			if !slices.Contains(m.words[:k], w) {
				n, ok := a.entIndex[w]
				if !ok {
					n = a.bufs.newList()
					a.entIndex[w] = n
				}
				a.bufs.lists[n] = append(a.bufs.lists[n], ei)
			}
			// Every hyphenated part: "kovac", "lindqvist".
			for rest, more := strings.TrimSuffix(w, "."), true; more; {
				var p string
				p, rest, more = strings.Cut(rest, "-")
				a.entParts[p] = true
			}
		}
		a.ents = append(a.ents, entity{
			words:   m.words,
			display: a.doc.Text[m.start:m.end],
			key:     a.join(m.words),
			first:   mi,
		})
	}
}

// candidates returns the entities that hold both the first and the last
// word of a name, as the shorter of the two index lists: "Ana" may name a
// thousand people in a long document, "Kaloka" only one.
func (a *Analysis) candidates(words []string) []int {
	c := a.entities(words[0])
	if d := a.entities(words[len(words)-1]); len(d) < len(c) {
		return d
	}
	return c
}

// entityOf returns the first entity (in index order) that the name words
// can stand for, or -1.
func (a *Analysis) entityOf(m *mention) int {
	for _, ei := range a.candidates(m.words) {
		if a.names(m, ei) {
			return ei
		}
	}
	return -1
}

// names reports whether mention m can name entity ei.
func (a *Analysis) names(m *mention, ei int) bool {
	if m.regnal {
		return equalWords(m.words, a.ents[ei].words) && len(a.ents[ei].words) == 1
	}
	return partOf(m.words, a.ents[ei].words)
}

var regnalTitles = map[string]bool{
	"king": true, "queen": true, "prince": true, "princess": true, "emperor": true, "empress": true,
	"sultan": true, "emir": true, "sheikh": true, "sheik": true, "pope": true,
}

// partOf reports whether the name m can stand for the fuller name e: equal,
// a tail of it ("Ferran Quintero" of "Jorge Luis Ferran Quintero"), or a run
// followed by a particle ("Valdés" of "Cristina Valdés de Mora"). A
// given name alone does not count.
func partOf(m, e []string) bool {
	if partOfWords(m, e) {
		return true
	}
	// "John Kennedy" stands for "John F. Kennedy".
	for _, w := range e {
		if len(w) == 2 && w[1] == '.' {
			var buf [8]string
			short := buf[:0]
			for _, w := range e {
				if !(len(w) == 2 && w[1] == '.') {
					short = append(short, w)
				}
			}
			return partOfWords(m, short)
		}
	}
	return false
}

func partOfWords(m, e []string) bool {
	if len(m) > len(e) || len(m) == 0 {
		return false
	}
	for i := 0; i+len(m) <= len(e); i++ {
		if !equalWords(e[i:i+len(m)], m) {
			continue
		}
		end := i + len(m)
		if end == len(e) && (i > 0 || len(m) == len(e)) {
			return true
		}
		if end < len(e) && lexicon[e[end]]&cParticle != 0 && (i > 0 || len(m) > 1) {
			return true
		}
	}
	return false
}

func equalWords(a, b []string) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// matchPending accepts a candidate without evidence of its own when it, or
// a stretch of it, names a known entity. The longest stretch is tried
// first, so "Brenik Meets Ostrova" yields two names.
func (a *Analysis) matchPending(c candidate) bool {
	if len(a.ents) == 0 {
		return false
	}
	// Most pending runs share no word with any entity: find out without
	// allocating.
	known := false
	var buf [64]byte
	for j := c.from; j < c.to && !known; j++ {
		if a.info[j].kind == text.Word {
			b, ok := foldAppend(buf[:0], a.word(j))
			known = !ok || a.entParts[string(b)]
		}
	}
	if !known {
		return false
	}
	var wbuf [8]string
	var bbuf [9]int
	words, bounds := a.nameWords(c.from, c.to, wbuf[:0], bbuf[:0])
	ok := false
	for i := 0; i < len(words); {
		matched := false
		for j := len(words); j > i && !matched; j-- {
			sub := words[i:j]
			whole := i == 0 && j == len(words)
			cands := a.candidates(sub)
			if whole && len(sub) > 1 {
				cands = append(cands[:len(cands):len(cands)], a.entities(sub[len(sub)-1])...)
			}
			for _, ei := range cands {
				if partOf(sub, a.ents[ei].words) || whole && a.fullerForm(sub, a.ents[ei].words, c.from) {
					from, to := bounds[i], bounds[j]
					if j < len(words) {
						to = bounds[j]
						for to > from && a.info[to-1].kind != text.Word {
							to--
						}
					}
					a.addWords(candidate{from: from, to: to, gender: c.gender, titled: c.titled}, a.keepWords(sub))
					matched, ok = true, true
					i = j
					break
				}
			}
		}
		if !matched {
			i++
		}
	}
	return ok
}

// fullerForm reports whether the words m of a run starting at token from
// name a person by a known surname with given names of their own: "Odalys
// Fenwick" when only "Senator Fenwick" has been seen, or "Elian Gonzalez"
// beside "Juan Miguel Gonzalez" (another person of the same family, not a
// mention of him).
func (a *Analysis) fullerForm(m, e []string, from int) bool {
	if len(m) < 2 || len(m) > 4 || m[len(m)-1] != e[len(e)-1] || partOf(m, e) {
		return false
	}
	// "Certainly Saddam Hussein": a known full name after a stray word.
	if len(e) > 1 && len(m) > len(e) && equalWords(m[len(m)-len(e):], e) {
		return false
	}
	for j := from; j < a.n && a.info[j].kind == text.Word && a.info[j].cap; j++ {
		if a.info[j].class&^cGiven != 0 || a.info[j].acro || strings.IndexByte(a.tok(j).Text, '.') >= 0 {
			return false // "N.Y. Slepian" is no given name
		}
		if fold(a.word(j)) == e[len(e)-1] {
			return true
		}
	}
	return false
}

// assignEntities resolves each mention to its entity in text order. A name
// that fits several entities ("Brenik" with "Tomas Brenik" and "Marta Brenik")
// goes to the one mentioned last before it.
func (a *Analysis) assignEntities() {
	last := make([]int, len(a.ents))
	for i := range last {
		last[i] = -1
	}
	for mi := range a.mentions {
		m := &a.mentions[mi]
		best := a.entityOf(m)
		if best < 0 {
			continue
		}
		for _, ei := range a.candidates(m.words) {
			if a.names(m, ei) && last[ei] > last[best] {
				best = ei
			}
		}
		m.entity = best
		last[best] = mi
		for k := m.from; k < m.to; k++ {
			a.mentionOf[k] = int32(mi + 1)
		}
	}
	// Gender: from the given name, else from honorifics and gendered nouns
	// before any mention; disagreement leaves it unknown.
	var seen []byte
	if len(a.ents) > 0 {
		seen = make([]byte, len(a.ents))
	}
	for ei := range a.ents {
		e := &a.ents[ei]
		c := lexicon[e.words[0]]
		switch {
		case c&cGivenM != 0 && c&cGivenF == 0:
			e.gender = 'm'
		case c&cGivenF != 0 && c&cGivenM == 0:
			e.gender = 'f'
		}
	}
	for _, m := range a.mentions {
		if m.entity < 0 || m.gender == 0 || lexicon[a.ents[m.entity].words[0]]&cGiven != 0 {
			continue
		}
		switch seen[m.entity] {
		case 0:
			seen[m.entity] = m.gender
			a.ents[m.entity].gender = m.gender
		case m.gender:
		default:
			a.ents[m.entity].gender = 0
		}
	}
}

// mentionEndingAt returns the mention whose last token is i, or -1.
func (a *Analysis) mentionEndingAt(i int) int {
	if i < 0 || i >= a.n {
		return -1
	}
	mi := int(a.mentionOf[i]) - 1
	if mi >= 0 && a.mentions[mi].to == i+1 && a.mentions[mi].entity >= 0 {
		return mi
	}
	return -1
}

// mentionStartingAt returns the mention whose first token is i, or -1.
func (a *Analysis) mentionStartingAt(i int) int {
	if i < 0 || i >= a.n {
		return -1
	}
	mi := int(a.mentionOf[i]) - 1
	if mi >= 0 && a.mentions[mi].from == i && a.mentions[mi].entity >= 0 {
		return mi
	}
	return -1
}

// resolvePronoun finds the person a "he" or "she" at token at refers to:
// the nearest sentence (this one before the pronoun, then up to three
// before it) that names anyone of that gender or of unknown gender decides,
// and only when it names exactly one such person. Mentions inside
// [skipFrom, skipTo) (the quote being attributed) do not count.
func (a *Analysis) resolvePronoun(at int, g byte, skipFrom, skipTo int) int {
	s := int(a.info[at].sent)
	hi := sort.Search(len(a.mentions), func(i int) bool { return a.mentions[i].from >= at })
	mi := hi - 1
	for back := 0; back <= 3 && s-back >= 0; back++ {
		ss := int32(s - back)
		cand, count := -1, 0
		for ; mi >= 0 && a.info[a.mentions[mi].from].sent == ss; mi-- {
			m := a.mentions[mi]
			if m.entity < 0 || m.from >= skipFrom && m.from < skipTo {
				continue
			}
			if eg := a.ents[m.entity].gender; eg != 0 && eg != g {
				continue
			}
			if m.entity != cand {
				if cand < 0 {
					cand, count = m.entity, 1
				} else {
					count = 2
				}
			}
		}
		for ; mi >= 0 && a.info[a.mentions[mi].from].sent > ss; mi-- {
		}
		if count == 1 {
			return cand
		}
		if count > 1 {
			return -1
		}
	}
	return -1
}

// Person returns the full name the document gives the person named at
// byte offset off, or "" when no person mention covers it. It is for
// tests and callers that hold a span from another extractor.
func (a *Analysis) Person(off int) string {
	for _, m := range a.mentions {
		if m.start <= off && off < m.end && m.entity >= 0 {
			return a.ents[m.entity].display
		}
	}
	return ""
}

// People returns the full names of the people the document mentions, in
// order of first mention.
func (a *Analysis) People() []string {
	seen := make([]bool, len(a.ents))
	var out []string
	for _, m := range a.mentions {
		if m.entity >= 0 && !seen[m.entity] {
			seen[m.entity] = true
			out = append(out, a.ents[m.entity].display)
		}
	}
	return out
}
