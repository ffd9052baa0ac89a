package quantity

import (
	"maps"
	"math"
	"slices"
	"strings"
	"sync"

	"crosscheck/claims/number"
	"crosscheck/claims/text"
)

// Extract finds the quantities in doc, in text order.
func Extract(doc *text.Doc) []Match {
	s := scanners.Get().(*scanner)
	defer s.release()
	s.strs = strings.Builder{} // the strings of this document's matches
	s.lowDoc = doc.LowerASCII
	s.out = s.out[:0]
	for k := range doc.Sentences {
		s.reset(&doc.Sentences[k])
		s.scan()
	}
	// The matches are gathered in the pooled buffer and handed out in a
	// slice of their own, allocated once at its size.
	out := make([]Match, len(s.out))
	copy(out, s.out)
	for k := range out {
		out[k].Value.Place, out[k].Value.Period = out[k].Place, out[k].Period
	}
	return out
}

// scanners keeps scanners between documents, so that their buffers are
// allocated once rather than per document.
var scanners = sync.Pool{New: func() any { return new(scanner) }}

// release drops what the scanner holds of the document and pools it.
func (s *scanner) release() {
	s.toks = nil
	s.strs = strings.Builder{}
	s.lowDoc = ""
	if cap(s.scopes) > 1<<16 || cap(s.out) > 1<<12 {
		return // buffers for a sentence of 65,536 tokens are not worth keeping
	}
	clear(s.out)
	s.out = s.out[:0]
	clear(s.lowered)
	s.lowered = s.lowered[:0]
	// Only the longest sentence's length holds strings of the document.
	clear(s.scopes[:min(s.longest, cap(s.scopes))])
	s.longest = 0
	scanners.Put(s)
}

// scanner matches quantities in one sentence at a time. It walks the
// tokens once; at a token that can open a quantity (a number, a number
// word, a qualifier, a currency sign) it tries the patterns in turn.
type scanner struct {
	toks []text.Token
	// lowDoc is the document's text.Doc.LowerASCII, which lw cuts
	// words in lower case from; lowered holds the sentence's words
	// beyond ASCII that lw has lowered.
	lowDoc        string
	lowered       []loweredWord
	headline      bool // most words capitalized: a headline in title case
	headlineKnown bool // headline has been computed for this sentence
	// scopes holds the place and period phrases read at each token of
	// the sentence (see scopeAt); commas and semicolons count the breaks
	// before each token.
	scopes             []scopeHit
	commas, semicolons []int32
	scopesKnown        bool
	key, sym           []byte  // scratch buffers for lexicon keys
	out                []Match // the matches found so far, in text order
	// text is the sentence's text, start its offset in the document;
	// longest is the most tokens a sentence of the document has had.
	text    string
	start   int
	longest int
	// strs holds the strings made for the document's matches (lower-case
	// words, displays), cut from a few blocks rather than allocated one
	// by one; buf is scratch for building one.
	strs strings.Builder
	buf  []byte
	// second is set while reading the second number of a range, which
	// may be glued to the first by a dash.
	second bool
	// qualified is set while reading the number after a qualifier.
	qualified bool
	// inTemperature is set while reading the conversion in brackets
	// after a temperature, where a capital K is a kelvin.
	inTemperature bool
}

func (s *scanner) reset(sent *text.Sentence) {
	s.toks = sent.Tokens
	s.text, s.start = sent.Text, sent.Start
	n := len(s.toks)
	s.longest = max(s.longest, n)
	clear(s.lowered)
	s.lowered = s.lowered[:0]
	s.headlineKnown = false
	s.scopesKnown = false
}

// hasUpper reports whether s has a byte that lower-casing may change.
func hasUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' || c >= 0x80 {
			return true
		}
	}
	return false
}

// isHeadline reports whether a sentence is written in title case, as
// headlines are: then capitalized words say nothing about names.
func isHeadline(toks []text.Token) bool {
	words, caps := 0, 0
	for _, t := range toks {
		if t.Kind != text.Word || len(t.Text) < 4 {
			continue
		}
		words++
		if t.Capitalized() {
			caps++
		}
	}
	return words >= 3 && caps*10 >= words*7
}

// lw is the lower-case text of toks[i], or "" outside the sentence: the
// text itself when it has no capital, else cut from the document's
// LowerASCII, or for a word beyond ASCII lowered as Token.Lower does.
func (s *scanner) lw(i int) string {
	if uint(i) >= uint(len(s.toks)) {
		return ""
	}
	t := &s.toks[i]
	if t.Kind != text.Word || t.Plain() {
		return t.Text
	}
	if _, k, ok := t.KeyHash(); !ok || len(t.Text)-k == 4 {
		return s.lwSlow(i)
	}
	return s.lowDoc[t.Start:t.End]
}

// lwSlow lowers a word beyond ASCII, as Token.Lower does, once a
// sentence.
func (s *scanner) lwSlow(i int) string {
	for _, l := range s.lowered {
		if l.tok == i {
			return l.low
		}
	}
	l := s.toks[i].Lower()
	s.lowered = append(s.lowered, loweredWord{i, l})
	return l
}

// A loweredWord is a word beyond ASCII of the sentence in lower case.
type loweredWord struct {
	tok int
	low string
}

// str returns b as a string cut from the scanner's blocks of strings.
func (s *scanner) str(b []byte) string {
	if s.strs.Cap()-s.strs.Len() < len(b) {
		// A new block: the strings cut from the old one stay valid, as
		// a Builder never changes what it has written.
		s.strs = strings.Builder{}
		s.strs.Grow(max(len(b), 2048))
	}
	start := s.strs.Len()
	s.strs.Write(b)
	return s.strs.String()[start:]
}

// glued reports whether toks[i] exists and follows toks[i-1] with no space.
func (s *scanner) glued(i int) bool {
	return i > 0 && i < len(s.toks) && !s.toks[i].Space
}

func (s *scanner) isWord(i int) bool {
	return i >= 0 && i < len(s.toks) && s.toks[i].Kind == text.Word
}

func (s *scanner) isNum(i int) bool {
	return i >= 0 && i < len(s.toks) && s.toks[i].Kind == text.Number
}

func (s *scanner) isPunct(i int, p string) bool {
	return i >= 0 && i < len(s.toks) && s.toks[i].Kind == text.Punct && s.toks[i].Text == p
}

func (s *scanner) isDash(i int) bool {
	if i < 0 || i >= len(s.toks) || s.toks[i].Kind != text.Punct {
		return false
	}
	switch s.toks[i].Text {
	case "-", "–", "—", "‑", "−":
		return true
	}
	return false
}

// mayStart is a fast filter: can a quantity begin at toks[i]?
func (s *scanner) mayStart(i int) bool {
	t := &s.toks[i]
	switch t.Kind {
	case text.Number:
		return true
	case text.Punct:
		return punctStart(t.Text)
	}
	switch startKind(t.Text) {
	case startAlways, startUnit:
		return true
	case startBeforeNumber:
		// A qualifier, a sign or a currency prefix needs a number soon
		// after it: "more than 300", "US$5", "minus 30"; a phrase, its
		// second word ("in excess of", "as many as").
		if q := qualifierStart(s.lw(i)); q != nil && !q.alone && !slices.Contains(q.next, s.lw(i+1)) {
			return false
		}
		return s.numberWithin(i+1, maxQualifierWords+1)
	case startArticle:
		// "a dozen", "a third of", "an hour", "a few hundred", "a
		// total of": only before one of a few words.
		return i+1 < len(s.toks) && s.isWord(i+1) && (articleTable().get(s.toks[i+1].Text) != 0 ||
			unitModifiers[s.lw(i+1)] && unitWord(s.lw(i+2)))
	}
	if len(t.Text) <= 4 && t.Capitalized() && mayBeCurrencyCode(t.Text) {
		_, code := currencyCodes[t.Text]
		return code
	}
	return false
}

// punctStart reports whether the punctuation mark p may open a quantity:
// punctStarts, the one-byte marks looked up in an array.
func punctStart(p string) bool {
	if len(p) == 1 {
		return punctStartByte[p[0]]
	}
	return punctStarts[p]
}

// punctStartByte holds the one-byte keys of punctStarts; initStartWords
// fills it when punctStarts is complete.
var punctStartByte [256]bool

// currencyPairBits has a bit for the first two bytes of every currency
// code (the second is 0 for a code of one letter), so that most
// capitalized words are ruled out without a map lookup.
var currencyPairBits = func() (bits [256 * 256 / 64]uint64) {
	for c := range currencyCodes {
		i := currencyPair(c)
		bits[i/64] |= 1 << (i % 64)
	}
	return bits
}()

func currencyPair(w string) int {
	i := int(w[0]) << 8
	if len(w) > 1 {
		i |= int(w[1])
	}
	return i
}

// mayBeCurrencyCode reports whether w starts like a currency code.
func mayBeCurrencyCode(w string) bool {
	if w == "" {
		return false
	}
	i := currencyPair(w)
	return currencyPairBits[i/64]&(1<<(i%64)) != 0
}

// A qualStart is what may follow the first word of a qualifier phrase:
// alone, the word is a qualifier by itself ("over"); next lists the
// second words of its longer phrases ("more" → "than").
type qualStart struct {
	alone bool
	next  []string
}

// qualStarts indexes qualStartList by the first words of the qualifier
// phrases (qualifierFirst); both are filled by initStartWords.
var (
	qualStarts    *wordTable
	qualStartList []qualStart
)

// qualifierStart returns what may follow w (in lower case, as lw gives
// it) when it opens a qualifier phrase, or nil.
func qualifierStart(w string) *qualStart {
	if k := qualStarts.get(w); k != 0 {
		return &qualStartList[k-1]
	}
	return nil
}

// numberWithin reports whether a number or number word stands in
// toks[from:from+n].
func (s *scanner) numberWithin(from, n int) bool {
	for j := from; j < len(s.toks) && j < from+n; j++ {
		t := &s.toks[j]
		if t.Kind == text.Number || t.Kind == text.Punct && punctStart(t.Text) && t.Text != "-" && t.Text != "−" {
			return true
		}
		if t.Kind == text.Word {
			switch startKind(t.Text) {
			case startAlways, startArticle:
				return true
			}
		}
	}
	return false
}

// unitWord reports whether w alone names a unit: "an hour", "a mile".
func unitWord(w string) bool {
	_, ok := unitsByName[w]
	return ok
}

// How a word may open a quantity; see mayStart.
const (
	startNever = iota
	startAlways
	startBeforeNumber
	startArticle
	startUnit // a unit of time alone: "for weeks", "decades-long"
)

var (
	startWords  = map[string]uint8{}
	punctStarts = set("-", "−", "½", "⅓", "⅔", "¼", "¾", "⅕", "⅖", "⅗", "⅘", "⅙", "⅚", "⅛", "⅜", "⅝", "⅞",
		"⅐", "⅑", "⅒")
	// articleNext are the words after "a" or "an" that may make a number.
	articleNext = set("half", "quarter", "third", "fifth", "tenth", "dozen", "hundred", "thousand",
		"million", "billion", "trillion", "few", "couple", "total", "maximum", "minimum", "full",
		"penny", "dime", "nickel", "estimated", "approximate", "average", "lakh", "crore")
)

// startTable answers startWords for mayStart (see wordTable).
var startTable *wordTable

// articleTable says which words after "a" or "an" may make a number or a
// unit; it is built on first use, after every init has filled the unit
// lexicon.
var articleTable = sync.OnceValue(func() *wordTable {
	units := map[string]bool{}
	for w := range unitsByName {
		if !strings.Contains(w, " ") {
			units[w] = true
		}
	}
	return newWordTable(wordSet(articleNext, units))
})

// startKind says how the word w may open a quantity (see mayStart).
func startKind(w string) uint8 { return startTable.get(w) }

// initStartWords fills startWords; lexicon.go's init calls it once the
// qualifier lists are ready.
func initStartWords() {
	defer func() {
		startTable = newWordTable(startWords)
		for p := range punctStarts {
			if len(p) == 1 {
				punctStartByte[p[0]] = true
			}
		}
		firsts := slices.Sorted(maps.Keys(qualifierFirst))
		index := map[string]uint8{}
		for _, w := range firsts {
			q := qualStart{alone: qualifierAlone[w], next: slices.Sorted(maps.Keys(qualifierNext[w]))}
			qualStartList = append(qualStartList, q)
			index[w] = uint8(len(qualStartList))
		}
		qualStarts = newWordTable(index)
	}()
	for w := range qualifierFirst {
		startWords[w] = startBeforeNumber
	}
	for _, w := range []string{"us", "u.s.", "c", "ca", "can", "hk", "nz", "s", "sg", "nt", "r", "mx",
		"negative", "minus", "aud", "cad", "usd", "magnitude"} {
		startWords[w] = startBeforeNumber
	}
	for _, w := range []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
		"nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
		"eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
		"ninety", "hundred", "thousand", "million", "billion", "trillion", "dozen", "half", "quarter",
		"dozens", "hundreds", "thousands", "millions", "billions", "scores", "tens", "several", "few",
		"absolute", "lakh", "crore"} {
		startWords[w] = startAlways
	}
	for w := range ordinalWords {
		startWords[w] = startAlways
	}
	for _, w := range []string{"minutes", "hours", "days", "weeks", "months", "years", "decades", "centuries",
		"day", "week", "month", "year", "decade", "hour", "minute", "many", "multi"} {
		startWords[w] = startUnit
	}
	startWords["a"] = startArticle
	startWords["an"] = startArticle
	for c := range currencySymbols {
		punctStarts[c] = true
	}
	for c := range comparators {
		punctStarts[c] = true
	}
}

func (s *scanner) scan() {
	for i := 0; i < len(s.toks); {
		if !s.mayStart(i) {
			i++
			continue
		}
		next := s.match(i)
		if next <= i {
			next = i + 1
		}
		i = next
	}
}

// reading is one quantity as written: a number or a range, with its
// currency or unit.
type reading struct {
	first, next int // tokens [first, next)
	n           number.Number
	value       float64 // the stated value in the written unit (mid-point of a range)
	lo, hi      float64 // the interval the wording gives, in the written unit
	isRange     bool
	cur         string // ISO code for money
	u           unit
	hasUnit     bool
	// per is a rate's denominator: "per hour", "a day", "per capita".
	perDim, perUnit string
	perSym          string // the denominator as displayed: "year", "km"
	perFactor       float64
	attributive     bool // "2,418-mile border": the noun after is measured
	// ratio is set for "one in five": value is then a percentage.
	ratio bool
	// signDropped is set when a dash before a length or a mass was
	// taken for punctuation; a rate ("-1e-3 W/min") takes it back.
	signDropped bool
	numFirst    int // first token of the number itself
}

func (r *reading) dimension() string {
	switch {
	case r.cur != "":
		return Money
	case r.hasUnit:
		return r.u.dim
	}
	return Count
}

// match tries every pattern at toks[i]. It returns what it found and the
// index to go on from.
func (s *scanner) match(i int) int {
	if next, ok := s.casualtyAt(i); ok {
		return next
	}
	if next, ok := s.vagueDuration(i); ok {
		return next
	}
	if r, ok := s.magnitudeAt(i); ok {
		s.build(r, qNone, nil)
		return r.next
	}
	if s.lw(i) == "absolute" && s.lw(i+1) == "zero" {
		q := Quantity{Dimension: Temperature, Unit: "K", Display: "0 K"}
		s.out = append(s.out, Match{Start: s.toks[i].Start, End: s.toks[i+1].End, Value: q, Confidence: 0.7})
		return i + 2
	}
	q, j := s.qualifierAt(i)
	if q == qNone && s.isWord(i) && qualifierFirst[s.lw(i)] && !number.IsWord(s.lw(i)) && s.lw(i) != "a" && s.lw(i) != "an" {
		return i + 1
	}
	s.qualified = q != qNone
	r, ok, skip := s.readOne(j, q)
	s.qualified = false
	if !ok {
		if q != qNone {
			return j
		}
		return skip
	}
	if q == qNone && j != i {
		r.first = i
	}
	if q != qNone {
		r.first = i
	}
	// "over three days" is a span of time, not more than three days.
	if q == qMore && s.lw(i) == "over" && r.hasUnit && r.u.dim == Duration {
		q = qNone
		r.first = j
	}
	s.perUnit(&r)
	s.ratioAt(&r)
	s.readRange(&r, q)
	if q != qNone && (s.lw(i-1) == "aged" || s.lw(i-1) == "ages" || s.lw(i-1) == "age") {
		return r.next // "aged between 4 and 11": ages
	}
	if r.isRange && (q == qAbout || q == qExactly) {
		q = qNone // "about 20-30" is the range itself
	}
	switch q {
	case qBetween, qFrom:
		if !r.isRange {
			// "from 300" without an end is just the number; "from" and
			// "between" are not part of it.
			q = qNone
			r.first = j
		}
	}
	q = s.postQualifier(&r, q)
	// "more than 10 and less than 40": one interval.
	if q != qNone && !r.isRange {
		if lo, hi, next, ok := s.compound(&r, q); ok {
			r.lo, r.hi, r.next = lo, hi, next
			r.isRange = true
			r.value = (lo + hi) / 2
			if math.IsInf(lo, 0) || math.IsInf(hi, 0) {
				r.value = r.n.Value
			}
			q = qCompound
		}
	}
	s.perUnit(&r)
	if r.signDropped && r.perUnit != "" {
		r.n.Value, r.value = -r.n.Value, -r.value
		r.lo, r.hi = -r.hi, -r.lo
		r.first--
	}
	s.timesPer(&r)
	var conv *reading
	if c, ok := s.parenthetical(&r); ok {
		conv = &c
	}
	s.build(r, q, conv)
	return r.next
}

// qCompound marks an interval already bounded on both sides by
// compound().
const qCompound = "compound"

// qualifierAt reads a qualifier phrase or comparator at toks[i].
func (s *scanner) qualifierAt(i int) (string, int) {
	if i >= len(s.toks) {
		return qNone, i
	}
	t := s.toks[i]
	if t.Kind == text.Punct {
		if q, ok := comparators[t.Text]; ok {
			j := i + 1
			// "<=", "< =", ">="
			if j < len(s.toks) && s.isPunct(j, "=") {
				if q2, ok := comparators[t.Text+"="]; ok {
					q = q2
					j++
				}
			}
			if t.Text == "=" && s.isPunct(j, ">") || t.Text == "<" && s.isPunct(j, ">") {
				return qNone, i // "=>30", "<>30" are not English
			}
			if i > 0 && s.glued(i) && (s.isPunct(i-1, "=") || s.isPunct(i-1, "<") || s.isPunct(i-1, ">")) {
				return qNone, i
			}
			return q, j
		}
		return qNone, i
	}
	if !qualifierFirst[s.lw(i)] {
		return qNone, i
	}
	if s.lw(i) == "over" && (s.isNum(i-1) || number.IsWord(s.lw(i-1)) || handOverVerbs[s.lw(i-1)]) {
		// "one over three", "won 3 over 2": "over" between two numbers
		// joins them; it does not bound the second. "handed over 48
		// prisoners": a particle of the verb.
		return qNone, i
	}
	best, bestNext := qNone, i
	s.key = s.key[:0]
	for j := i; j < len(s.toks) && j < i+maxQualifierWords; j++ {
		if j > i && s.toks[j].Space {
			s.key = append(s.key, ' ')
		}
		s.key = append(s.key, s.lw(j)...)
		if q, ok := qualifiers[string(s.key)]; ok {
			best, bestNext = q, j+1
		}
	}
	if best == qNone {
		return qNone, i
	}
	// A qualifier counts only before a number: "some people", "over
	// the border" are not qualifiers.
	if _, ok := number.Parse(s.toks, s.skipCurrency(bestNext)); !ok {
		if !s.isDash(bestNext) && !s.isPunct(bestNext, "−") && s.lw(bestNext) != "negative" && s.lw(bestNext) != "minus" && !s.startsArticleUnit(bestNext) {
			return qNone, i
		}
	}
	// "just" and "only" tighten nothing worth keeping; treat as plain.
	switch s.lw(i) {
	case "just", "only", "fully":
		if bestNext == i+1 {
			return qNone, bestNext
		}
	case "some", "estimated", "an", "a":
		// "some 300 people" is about 300; "estimated" likewise.
	}
	return best, bestNext
}

// skipCurrency returns the index after a currency prefix at j, or j.
func (s *scanner) skipCurrency(j int) int {
	if _, next, ok := s.currencyBefore(j); ok {
		return next
	}
	return j
}

// currencyBefore reads a currency written before an amount: "$", "US$",
// "€", "USD", "Rs.".
func (s *scanner) currencyBefore(j int) (string, int, bool) {
	if j >= len(s.toks) {
		return "", j, false
	}
	t := s.toks[j]
	if t.Kind == text.Punct {
		if c, ok := currencySymbols[t.Text]; ok {
			// "¥" is also the yuan sign: "¥5 billion yuan".
			return c, j + 1, true
		}
		return "", j, false
	}
	if t.Kind != text.Word {
		return "", j, false
	}
	// "US$", "C$", "HK$"
	if s.isPunct(j+1, "$") && s.glued(j+1) {
		if c, ok := dollarPrefixes[s.lw(j)]; ok {
			return c, j + 2, true
		}
	}
	if c, ok := currencyCodes[t.Text]; ok {
		k := j + 1
		if s.isPunct(k, ".") && s.glued(k) {
			k++
		}
		// "USD 5 million", "Rs.500"; a code glued to digits is a name
		// ("COP28", "ALL4").
		if k < len(s.toks) && (s.isNum(k) || s.isPunct(k, "-")) && (s.toks[k].Space || k > j+1) {
			return c, k, true
		}
		// "USD 5 million", "EUR 20": codes in capitals only.
	}
	return "", j, false
}

// readOne reads [currency] [sign] number [scale] [unit] at toks[j]. When
// it fails it says where to go on, past any construct it recognized as
// not a quantity (a phone number, a date).
func (s *scanner) readOne(j int, q string) (r reading, ok bool, skip int) {
	r.first = j
	cur, k, hasCur := s.currencyBefore(j)
	neg := false
	if s.isDash(k) || s.isPunct(k, "−") {
		// A minus sign glued to the number and not to a word before it:
		// "-15", "$-99.99", "< -30".
		if s.isNum(k+1) && s.glued(k+1) && (k == 0 || !s.glued(k) || hasCur || s.isPunct(k-1, "(") || s.isPunct(k-1, "<") || s.isPunct(k-1, ">") || s.isPunct(k-1, "=")) {
			neg = true
			k++
		} else {
			return r, false, k + 1
		}
	}
	if !neg && (s.lw(k) == "negative" || s.lw(k) == "minus") && !hasCur {
		// "negative ten", "minus 30": a sign in words.
		if _, ok := number.Parse(s.toks, k+1); ok {
			neg = true
			k++
		}
	}
	n, ok := number.Parse(s.toks, k)
	if !ok {
		if n, ok = s.articleUnit(k, hasCur); !ok {
			return r, false, j + 1
		}
	}
	if !n.Words && n.Next > k+1 && s.toks[n.Next-1].Text == "K" && s.glued(n.Next-1) && s.kelvinContext() {
		// "-40 °C (233.15K)": beside a temperature, a capital K glued
		// to the digits is a kelvin, not a thousand.
		n.Value /= 1e3
		n.Step /= 1e3
		n.Next--
	}
	r.n = n
	r.numFirst = k
	r.cur = cur
	next := n.Next
	// "$1.2m", "€10B", "£5bn": money scales.
	if hasCur && s.glued(next) && s.isWord(next) {
		if sc, ok := number.Scale(s.toks[next].Text); ok && len(s.toks[next].Text) <= 2 && !n.Words {
			r.n.Value *= sc
			r.n.Step *= sc
			next++
		}
	}
	if !hasCur && !n.Words && s.isWord(next) && s.toks[next].Text == "m" && s.glued(next) && s.millionAfter(next+1) {
		// "1.5m people", "2m tonnes": a lower-case m before a count noun
		// or a unit is a million, as British outlets write it; before
		// anything else it is a metre ("a 1.5m wall").
		r.n.Value *= 1e6
		r.n.Step *= 1e6
		next++
	}
	if skip, bad := s.rejectBefore(k, n, q); bad {
		return r, false, skip
	}
	// "9.83 ± 0.01 km", "2,000.45+/-0.01 pounds": a stated uncertainty.
	unc := 0.0
	if u, after, ok := s.uncertainty(next); ok {
		unc, next = u, after
	}
	r.next = next
	if hasCur {
		s.currencyAfterCode(&r) // "$5 million US dollars" is rare; "¥5 yuan" not
	} else if c, ok := currencySymbols[s.lw(next)]; ok && next < len(s.toks) && (s.glued(next) || c != "USD") {
		r.cur = c // "15€", "100 €"
		r.next = next + 1
	} else if s.penceAt(next, n) {
		// "traded at 95p", "a 5p charge": pence glued to the digits.
		r.cur = "GBP"
		r.n.Value *= 0.01
		r.n.Step *= 0.01
		r.next = next + 1
	} else if code, end, ok := s.currencyAfter(next); ok {
		r.cur = code
		r.next = end
		if f, ok := subunits[s.lw(end-1)]; ok {
			r.n.Value *= f
			r.n.Step *= f
		}
	} else if ft, end, ok := s.feetInches(next, n); ok {
		// "a 6'4\" forward", "5′11″": feet and inches in marks.
		r.u, r.hasUnit = unitsByName["feet"], true
		r.n.Value, r.n.Step = ft, 1.0/12
		r.next = end
		r.attributive = true
	} else if x, end, attr, ok := s.unitAt(next, n); ok {
		r.u = x
		r.hasUnit = true
		r.next = end
		r.attributive = attr
		// "5 ft 2 in", "5 feet and 2 inches"
		s.compoundUnits(&r)
	}
	if skip, bad := s.rejectAfter(&r, q); bad {
		return r, false, skip
	}
	if neg {
		r.n.Value = -r.n.Value
	}
	r.value = r.n.Value
	r.lo, r.hi = r.n.Interval()
	if unc > 0 {
		r.lo, r.hi = r.n.Value-unc, r.n.Value+unc
	}
	if neg && r.n.AtLeast {
		// "minus hundreds" is at most minus two hundred.
		r.lo, r.hi = math.Inf(-1), r.n.Value
	}
	if neg && r.hasUnit && !signed(r.u.dim) {
		// A length or a mass cannot be negative: the dash before it
		// was punctuation ("ef 75 -300mm").
		r.n.Value, r.value = -r.n.Value, -r.value
		r.lo, r.hi = r.n.Interval()
		r.first++
		r.signDropped = true
	}
	return r, true, r.next
}

// penceWords make a money sentence, where a "p" glued to digits is
// pence; elsewhere it may be a video format ("720p").
var penceWords = set("£", "pence", "price", "prices", "priced", "share", "shares", "stock", "traded",
	"trading", "fare", "fares", "cost", "costs", "charge", "charged", "pay", "paid", "dividend", "sterling",
	"pound", "pounds", "litre", "tax", "duty", "stamp", "penny", "cheaper", "dearer", "ftse")

// penceAt reports whether toks[k] is a "p" for pence glued to the number
// n, in a sentence about money.
func (s *scanner) penceAt(k int, n number.Number) bool {
	if k >= len(s.toks) || s.toks[k].Text != "p" || !s.glued(k) || n.Words || n.Value >= 1000 || n.Step < 0.01 {
		return false
	}
	for i := range s.toks {
		if penceWords[s.lw(i)] {
			return true
		}
	}
	return false
}

// feetInches reads a height in marks after the whole number of feet n,
// at the foot mark toks[j]: "6'4\"", "5′11″", "6' 2\"". It returns the
// height in feet and the index after the inch mark.
func (s *scanner) feetInches(j int, n number.Number) (float64, int, bool) {
	if n.Words || n.Value != math.Trunc(n.Value) || n.Value < 1 || n.Value > 99 || !s.glued(j) ||
		!s.isPunct(j, "'") && !s.isPunct(j, "′") && !s.isPunct(j, "’") || !s.isNum(j+1) {
		return 0, j, false
	}
	in, ok := number.Parse(s.toks, j+1)
	if !ok || in.Next != j+2 || in.Value < 0 || in.Value >= 12 {
		return 0, j, false
	}
	k := j + 2
	switch {
	case s.glued(k) && (s.isPunct(k, "\"") || s.isPunct(k, "″") || s.isPunct(k, "”")):
		k++
	case s.glued(k) && (s.isPunct(k, "'") || s.isPunct(k, "’")) && s.glued(k+1) && (s.isPunct(k+1, "'") || s.isPunct(k+1, "’")):
		k += 2 // two apostrophes for the inch mark
	default:
		return 0, j, false
	}
	return n.Value + in.Value/12, k, true
}

// priceNouns are the things a price is quoted for after "a": "€24.50 a
// share", "$19.50 a dose", "$200 a night".
var priceNouns = set("share", "head", "dose", "night", "ticket", "person", "passenger", "household",
	"pill", "piece", "vote", "seat", "bottle", "pack", "unit", "room", "meal", "visit", "vial", "game")

// handOverVerbs take "over" as a particle: "handed over 48 prisoners".
var handOverVerbs = set("handed", "hand", "hands", "handing", "turned", "turn", "turns", "turning")

// millionNouns are the plural nouns a count in millions is usually of.
var millionNouns = set("people", "persons", "individuals", "residents", "inhabitants", "households",
	"homes", "families", "voters", "votes", "viewers", "users", "customers", "subscribers", "members",
	"children", "adults", "workers", "jobs", "employees", "passengers", "visitors", "tourists",
	"migrants", "refugees", "doses", "vaccinations", "cases", "copies", "downloads", "views",
	"followers", "patients", "students", "pupils", "signatures", "shares", "tickets", "vehicles",
	"cars", "barrels", "animals", "trees", "readers", "listeners", "fans", "pensioners", "taxpayers")

// millionAfter reports whether the word at k makes a glued "m" before it
// a million: a count noun ("1.5m people") or a unit or currency, which a
// metre cannot be followed by ("2m tonnes", "3m dollars").
func (s *scanner) millionAfter(k int) bool {
	if !s.isWord(k) || !s.toks[k].Space {
		return false
	}
	w := s.lw(k)
	if millionNouns[w] {
		return true
	}
	if _, ok := currencyWords[w]; ok {
		return true
	}
	x, _, ok := s.lookupUnit(k)
	return ok && !x.loose && x.dim != Length
}

// kelvinContext reports whether the number being read converts a
// temperature: it is in brackets after one, or the sentence's last
// quantity, just before it, is one ("300 °C (572 °F, 573.15K)").
func (s *scanner) kelvinContext() bool {
	if s.inTemperature {
		return true
	}
	if len(s.out) == 0 {
		return false
	}
	last := &s.out[len(s.out)-1]
	return last.Start >= s.start && last.Value.Dimension == Temperature
}

func (s *scanner) currencyAfterCode(r *reading) {
	// "¥5 billion yuan": the word names the currency the sign left open.
	if code, end, ok := s.currencyAfter(r.next); ok && end == r.next+1 {
		if r.cur == "JPY" && code == "CNY" || r.cur == "USD" && code != "USD" && strings.HasSuffix(code, "D") {
			r.cur = code
		}
		if code == r.cur {
			r.next = end
		}
	}
}

// currencyAfter reads a currency named after an amount: "dollars", "US
// dollars", "Canadian dollars", "pounds sterling", "USD".
func (s *scanner) currencyAfter(j int) (string, int, bool) {
	if j >= len(s.toks) || !s.isWord(j) {
		return "", j, false
	}
	if c, ok := currencyCodes[s.toks[j].Text]; ok && len(s.toks[j].Text) == 3 && s.toks[j].Text == strings.ToUpper(s.toks[j].Text) {
		return c, j + 1, true
	}
	k := j
	nat := ""
	// "US dollars", "Canadian dollars", "Hong Kong dollars", "South
	// Korean won".
	for step := 0; step < 2 && k < len(s.toks); step++ {
		w := s.lw(k)
		if _, ok := currencyWords[w]; ok {
			break
		}
		if !s.toks[k].Capitalized() && w != "u.s." {
			return "", j, false
		}
		nat = w
		k++
	}
	if k >= len(s.toks) {
		return "", j, false
	}
	w := s.lw(k)
	code, ok := currencyWords[w]
	if !ok {
		return "", j, false
	}
	switch w {
	case "pound", "pounds":
		// A pound is money or a mass; see looseMoney.
		if !s.poundIsMoney(j, k) {
			return "", j, false
		}
	case "won":
		if nat == "" {
			return "", j, false // "the team won", not the Korean won
		}
	case "real", "sol", "colon", "dong", "rand", "buck", "bucks":
		if nat == "" && w != "rand" {
			return "", j, false
		}
	}
	if nat != "" {
		if c, ok := nationalCurrency[currencyBase(w)][nat]; ok {
			code = c
		} else if nat != "" && k > j {
			// An unknown capitalized word before the currency word is
			// not part of it ("5 Mexican migrants' dollars" is rare).
			if k-j > 1 {
				return "", j, false
			}
		}
	}
	end := k + 1
	if (w == "pound" || w == "pounds") && s.lw(end) == "sterling" {
		end++
	}
	return code, end, true
}

// poundIsMoney decides whether "pounds" after the number at j names
// sterling: with "sterling", a scale word or a money context.
func (s *scanner) poundIsMoney(numEnd, k int) bool {
	if s.lw(k+1) == "sterling" || k > numEnd {
		return true
	}
	// "400 million pounds of copper" weighs; "of funding" is money.
	if s.lw(k+1) == "of" && s.isWord(k+2) {
		return moneyNouns[s.lw(k+2)]
	}
	if k > 0 {
		switch s.lw(k - 1) {
		case "million", "billion", "trillion", "bn", "m":
			return true
		}
	}
	for i := range s.toks {
		switch s.lw(i) {
		case "£", "cost", "costs", "spent", "spend", "paid", "pay", "worth", "fine", "fined", "price",
			"budget", "funding", "salary", "loan", "debt", "invest", "invested", "raised", "profit",
			"revenue", "sterling", "compensation", "damages", "bill", "deal", "fee", "fees", "prize":
			return true
		}
	}
	return false
}

// unitAt reads a unit at toks[j] after a number: glued ("4,100km"),
// after a hyphen ("2,418-mile"), or after a space ("3,891 km",
// "square kilometres", "%"). attributive is true for the hyphenated form.
func (s *scanner) unitAt(j int, n number.Number) (unit, int, bool, bool) {
	if j >= len(s.toks) {
		return unit{}, j, false, false
	}
	attr := false
	k := j
	if s.isDash(k) && s.glued(k) && s.glued(k+1) && s.isWord(k+1) {
		k++
		attr = true
	}
	if unitModifiers[s.lw(k)] && s.isWord(k+1) && !attr {
		// "20 more years", "three consecutive days"
		if x, _, ok := s.lookupUnit(k + 1); ok && x.dim == Duration {
			k++
		}
	}
	x, end, ok := s.lookupUnit(k)
	if !ok && (s.lw(k) == "°" || s.lw(k) == "º" || s.lw(k) == "degrees" || s.lw(k) == "degree") {
		// A bare degree is a temperature only where the sentence
		// names the scale; otherwise it may be an angle.
		if x, ok = s.degreeScale(k + 1); ok {
			end = k + 1
		}
	}
	if !ok {
		return unit{}, j, false, false
	}
	if x.loose && !s.looseOK(x, k, end, n) {
		return unit{}, j, false, false
	}
	// "the 8-month-old truce": how long a thing has lasted (a person's
	// age is left to the age extractor).
	if x.dim == Duration && s.isDash(end) && s.glued(end) && s.lw(end+1) == "old" && s.glued(end+1) && s.lastedOld(x, end+2) {
		end += 2
		attr = true
	}
	// "2,418-mile-long": the adjective goes with the unit.
	if s.isDash(end) && s.glued(end) && s.isWord(end+1) && s.glued(end+1) && lengthAdjectives[s.lw(end+1)] {
		end += 2
		attr = true
	}
	if !attr && s.glued(k) && end < len(s.toks) && s.isWord(end) && !s.toks[end].Space {
		return unit{}, j, false, false
	}
	// A glued unit followed by glued letters or digits is a code:
	// "24703m212", "173mL-2".
	if s.isNum(end) && s.glued(end) && !isExponent(x, s.toks[end].Text) {
		return unit{}, j, false, false
	}
	return x, end, attr, true
}

func isExponent(x unit, t string) bool {
	return (t == "2" || t == "3") && (x.dim == Length)
}

// lookupUnit finds the longest unit phrase or symbol at toks[k].
func (s *scanner) lookupUnit(k int) (unit, int, bool) {
	var best unit
	bestEnd := -1
	s.key = s.key[:0]
	sym := s.sym[:0]
	syms, names := unitKeys()
	for j := k; j < len(s.toks) && j < k+maxUnitWords; j++ {
		t := s.toks[j]
		if j > k && t.Space {
			if t.Kind != text.Word {
				break
			}
			s.key = append(s.key, ' ')
			sym = append(sym, ' ')
		}
		s.key = append(s.key, s.lw(j)...)
		sym = append(sym, t.Text...)
		bySym, byName := syms[string(sym)], names[string(s.key)]
		if bySym.unit != nil {
			best, bestEnd = *bySym.unit, j+1
		} else if byName.unit != nil {
			best, bestEnd = *byName.unit, j+1
		}
		if !bySym.prefix && !byName.prefix {
			break // no longer symbol or name starts so
		}
	}
	s.sym = sym // keep the grown buffer
	if bestEnd < 0 {
		return unit{}, k, false
	}
	return best, bestEnd, true
}

// A unitKey is what lookupUnit needs of a string: the unit it names, if
// any, and whether a longer unit symbol or name starts with it.
type unitKey struct {
	unit   *unit
	prefix bool
}

// unitKeys indexes unitsBySymbol and unitsByName, and every proper prefix
// of their keys, on first use (after every init has filled them).
var unitKeys = sync.OnceValues(func() (syms, names map[string]unitKey) {
	index := func(units map[string]unit) map[string]unitKey {
		m := make(map[string]unitKey, 4*len(units))
		for key, x := range units {
			e := m[key]
			e.unit = &x
			m[key] = e
			for n := 1; n < len(key); n++ {
				e := m[key[:n]]
				e.prefix = true
				m[key[:n]] = e
			}
		}
		return m
	}
	return index(unitsBySymbol), index(unitsByName)
})

// looseOK decides whether a unit that is also an ordinary word or mark is
// a unit here: "2 in" is two inches only at the end of a phrase or
// before "long" or "thick"; "pounds" is a mass unless money.
func (s *scanner) looseOK(x unit, k, end int, n number.Number) bool {
	switch {
	case x.dim == Length:
		if n.Words && s.lw(k) == "in" {
			return false
		}
		if s.lw(k) == "in" && s.glued(k) && s.isNum(k-1) {
			return true // "3in of rain", "a 6in blade": glued, never the preposition
		}
		if s.lw(k) == "\"" || s.lw(k) == "″" {
			// An inch mark, unless it closes a quotation opened
			// earlier in the sentence.
			if s.lw(k) == "″" {
				return true
			}
			open := 0
			for j := 0; j < k; j++ {
				if s.toks[j].Text == "\"" {
					open++
				}
			}
			return open%2 == 0 && s.glued(k) || lengthAdjectives[s.lw(end)]
		}
		if end >= len(s.toks) {
			return s.lw(k) == "in" || s.lw(k) == "″"
		}
		if lengthAdjectives[s.lw(end)] && s.lw(end) != "in" {
			return true
		}
		if s.lw(k) == "in" && s.toks[end].Kind == text.Punct && s.toks[end].Text != "-" && s.toks[end].Text != "$" {
			return true
		}
		return false
	case x.dim == Mass:
		return !s.poundIsMoney(k, k)
	case x.dim == Temperature:
		// "30 C", "-10C": a bare C or F after at most three digits,
		// at the end of a phrase or before a lower-case word.
		if n.Words || n.Value > 999 || strings.ContainsAny(s.toks[n.First].Text, ",") {
			return false
		}
		if end >= len(s.toks) {
			return true
		}
		nt := s.toks[end]
		return nt.Kind == text.Punct && nt.Text != "-" && nt.Text != "." || nt.Kind == text.Word && !nt.Capitalized() && nt.Space
	}
	return false
}

// A compoundPart is a smaller unit a measure may go on in after a larger
// one: "6 feet 2 inches", "7 lb 4 oz". ratio is how many of the smaller
// make one of the larger; sep says whether a comma or "and" may stand
// between the two ("7 pounds, 4 ounces"). Metric parts must touch ("1m
// 80cm"): "the 5km and 800m races" is a list.
type compoundPart struct {
	ratio float64
	sep   bool
}

var compoundParts = map[[2]string]compoundPart{
	{"ft", "in"}: {12, true}, {"yd", "ft"}: {3, true}, {"lb", "oz"}: {16, true}, {"st", "lb"}: {14, true},
	{"km", "m"}: {1000, false}, {"m", "cm"}: {100, false}, {"cm", "mm"}: {10, false},
	// Durations in parts: "14 years and six months", "3 years, 2
	// months, 14 days", "2 hours 30 minutes" are one span, so that
	// "14 and a half years" elsewhere agrees with it.
	{"years", "months"}: {12, true}, {"years", "weeks"}: {52, true}, {"years", "days"}: {365, true},
	{"months", "weeks"}: {4, true}, {"months", "days"}: {31, true}, {"weeks", "days"}: {7, true},
	{"days", "h"}: {24, true}, {"h", "min"}: {60, true}, {"min", "s"}: {60, true},
}

// compoundUnits reads a measure given in two or three units, larger
// first, as one: "5 ft 2 in", "5 feet and 2 inches", "7 pounds, 4
// ounces", "11 stone 3 pounds", "2 km 300 m". Each part must be less
// than one of the unit before it; the value is in the first unit and the
// precision is the last part's.
func (s *scanner) compoundUnits(r *reading) {
	last := r.u.sym
	// A duration's parts joined by commas alone may be two clauses
	// ("After 3 days, 12 hours of talks remained"): the list must close
	// with "and" ("3 years, 2 months and 14 days"), else it is cut back
	// to before its first bare comma.
	var beforeComma *reading
	defer func() {
		if beforeComma != nil {
			*r = *beforeComma
		}
	}()
	for r.next < len(s.toks) {
		k := r.next
		sep, comma, and := false, false, false
		if s.isPunct(k, ",") {
			k++
			sep, comma = true, true
		}
		if s.lw(k) == "and" {
			k++
			sep, and = true, true
		}
		if !s.isNum(k) && !(s.isWord(k) && number.IsWord(s.lw(k))) {
			return
		}
		n, ok := number.Parse(s.toks, k)
		if !ok || n.Fraction || n.AtLeast {
			return
		}
		x, end, ok := s.lookupUnit(n.Next)
		if !ok || x.dim != r.u.dim {
			return
		}
		part, ok := compoundParts[[2]string{last, x.sym}]
		if !ok || sep && !part.sep || n.Value < 0 || n.Value >= part.ratio {
			return
		}
		switch {
		case and:
			beforeComma = nil
		case comma && x.dim == Duration && beforeComma == nil:
			saved := *r
			beforeComma = &saved
		}
		f := x.factor / r.u.factor
		r.n.Value += n.Value * f
		r.n.Step = n.Step * f
		r.next = end
		last = x.sym
	}
}

// perUnit reads a rate's denominator: "per hour", "/h", "a day", "per
// capita".
func (s *scanner) perUnit(r *reading) {
	k := r.next
	if k >= len(s.toks) || r.dimension() == Count && r.cur == "" {
		return
	}
	if r.cur != "" && (s.lw(k) == "a" || s.lw(k) == "an") && priceNouns[s.lw(k+1)] && s.lw(k+2) != "of" {
		// "€24.50 a share", "$30 a head", "$19.50 a dose": a price per
		// one of a thing.
		w := s.lw(k + 1)
		r.perDim, r.perUnit, r.perFactor, r.perSym = w, w, 1, w
		r.next = k + 2
		return
	}
	if r.dimension() == Duration && (s.lw(k) == "a" || s.lw(k) == "an" || s.lw(k) == "per" || s.lw(k) == "each") {
		// "12 hours a day", "three days a week": a share of each
		// larger unit, not a span ("24 hours a day" is always).
		x, end, ok := s.lookupUnit(k + 1)
		if ok && x.dim == Duration && x.factor > r.u.factor && !agoWords[s.lw(end)] {
			r.perDim, r.perUnit, r.perFactor = Duration, "s", x.factor
			r.perSym = strings.TrimSuffix(x.sym, "s")
			r.next = end
			return
		}
	}
	switch {
	case s.lw(k) == "per" || s.isPunct(k, "/") && s.glued(k):
	case (s.lw(k) == "a" || s.lw(k) == "an") && r.dimension() != Duration:
		// "$20 an hour", "3 tonnes a day": only before a time unit, and
		// not one that dates ("$450m a year earlier"); a price may be of
		// a measure too ("$87 a barrel").
		x, end, ok := s.lookupUnit(k + 1)
		if !ok || agoWords[s.lw(end)] || x.dim != Duration && (r.cur == "" || x.loose || s.lw(end) == "of") {
			return
		}
	default:
		return
	}
	x, end, ok := s.lookupUnit(k + 1)
	if ok && (x.dim == Duration || x.dim == Length || x.dim == Mass || x.dim == Area || x.dim == Volume) && x.si != r.u.si {
		r.perDim, r.perUnit, r.perFactor = x.dim, x.si, x.factor
		// "days", "years": the plural symbols of durations are shown
		// in the singular after "per".
		r.perSym = strings.TrimSuffix(x.sym, "s")
		if x.sym == "s" || x.sym == "ms" {
			r.perSym = x.sym
		}
		r.next = end
		return
	}
	if s.lw(k) == "per" && s.isWord(k+1) {
		// "per capita", "per person", "per barrel"
		w := s.lw(k + 1)
		if !stopWords[w] {
			r.perDim, r.perUnit, r.perFactor, r.perSym = w, w, 1, w
			r.next = k + 2
		}
	}
}

// uncertainty reads "± 0.01" or "+/- 0.01" at toks[j].
func (s *scanner) uncertainty(j int) (float64, int, bool) {
	k := j
	switch {
	case s.isPunct(k, "±"):
		k++
	case s.isPunct(k, "+") && s.isPunct(k+1, "/") && (s.isDash(k + 2)) && s.glued(k+1) && s.glued(k+2):
		k += 3
	case s.isPunct(k, "+") && s.isDash(k+1) && s.glued(k+1):
		k += 2
	default:
		return 0, j, false
	}
	n, ok := number.Parse(s.toks, k)
	if !ok || n.Words || n.AtLeast {
		return 0, j, false
	}
	return n.Value, n.Next, true
}

// articleUnit reads "a" or "an" before a unit as the number one: "a
// gallon of beer", "an hour-long standoff", "a mile away". It refuses
// rates ("once a year", "three days a week"), which are not amounts.
func (s *scanner) articleUnit(k int, hasCur bool) (number.Number, bool) {
	if hasCur || k >= len(s.toks) || s.lw(k) != "a" && s.lw(k) != "an" {
		return number.Number{}, false
	}
	u := k + 1
	if unitModifiers[s.lw(u)] {
		u++ // "an additional year"
	}
	x, _, ok := s.lookupUnit(u)
	if _, sub := subunits[s.lw(k+1)]; sub {
		ok = true // "a penny", "a dime"
	} else if _, money := currencyWords[s.lw(k+1)]; money {
		return number.Number{}, false
	}
	if !ok || x.loose || x.dim == Percent || x.dim == "magnitude" || !s.toks[k+1].Space || u < len(s.toks) && !s.toks[u].Space {
		return number.Number{}, false
	}
	if strings.HasSuffix(s.lw(u), "s") && x.dim != Mass {
		return number.Number{}, false // "a decades-long feud" has no one in it
	}
	switch s.lw(u) {
	case "second", "minute":
		if s.lw(u+1) == "and" && s.lw(u+2) == "a" && s.lw(u+3) == "half" {
			break // "a minute and a half": an amount
		}
		return number.Number{}, false // "a second time", "wait a minute"
	case "moment":
		return number.Number{}, false
	}
	if k > 0 {
		p := s.lw(k - 1)
		if p == "once" || p == "twice" || p == "thrice" || p == "times" || p == "per" || s.isNum(k-1) || number.IsWord(p) ||
			x.dim == Duration && isPlural(p) {
			return number.Number{}, false
		}
		if _, _, ok := s.lookupUnit(k - 1); ok {
			return number.Number{}, false
		}
		if x.dim == Duration && (p == "in" || p == "wait" || p == "just" || p == "than" && !s.qualified) {
			// "in a year", "wait a minute": left to the dates, or idioms.
			return number.Number{}, false
		}
	}
	return number.Number{Value: 1, Step: 1, Words: true, First: k, Next: k + 1}, true
}

// timesPer reads a frequency: "four times per week", "twice a day" is
// left out (no number), "3 times a year".
func (s *scanner) timesPer(r *reading) {
	if r.hasUnit || r.cur != "" || s.lw(r.next) != "times" {
		return
	}
	k := r.next + 1
	switch s.lw(k) {
	case "per", "a", "an", "each", "every":
	default:
		return
	}
	x, end, ok := s.lookupUnit(k + 1)
	if !ok || x.dim != Duration {
		return
	}
	r.u = unit{dim: Frequency, si: "Hz", factor: 1 / x.factor, sym: "times per " + s.lw(k+1), metric: true}
	r.hasUnit = true
	r.next = end
}

// degreeScale names the temperature scale of a bare degree sign or
// "degrees" from a scale word later in the sentence: "−273.15° on the
// Celsius scale".
func (s *scanner) degreeScale(k int) (unit, bool) {
	for j := k; j < len(s.toks) && j < k+8; j++ {
		switch s.lw(j) {
		case "celsius", "centigrade":
			return unitsByName["degrees celsius"], true
		case "fahrenheit":
			return unitsByName["degrees fahrenheit"], true
		}
	}
	return unit{}, false
}

// unitModifiers may stand between a number and a unit of time: "20 more
// years", "two full days", "an additional year".
var unitModifiers = set("more", "additional", "extra", "further", "full", "consecutive", "straight",
	"long", "whole", "entire", "trading", "working", "business", "calendar", "successive", "other")

// vagueUnits are the units of time a vague duration may count.
var vagueUnits = map[string]float64{
	"minute": 60, "hour": 3600, "day": 86400, "week": 7 * 86400, "month": month, "year": year,
	"decade": 10 * year, "century": 100 * year,
	"minutes": 60, "hours": 3600, "days": 86400, "weeks": 7 * 86400, "months": month, "years": year,
	"decades": 10 * year, "centuries": 100 * year,
}

// durationPrepositions before a plural unit of time make it a span:
// "for weeks", "within months", "over the years", "in years".
var durationPrepositions = set("for", "within", "over", "in", "during", "after", "following", "follows",
	"followed", "throughout", "took", "takes", "lasted", "last", "lasts", "spent", "spend", "spending")

// vagueDuration reads a duration with no number: "for weeks", "several
// years", "a few days", "decades-long", "a day-long meeting". A plural
// is at least two of the unit.
func (s *scanner) vagueDuration(i int) (int, bool) {
	w := s.lw(i)
	start, k := i, i
	count, atLeast := 0.0, false
	switch w {
	case "a":
		if s.lw(i+1) != "few" {
			return i, false
		}
		k, count, atLeast = i+2, 2, true
	case "few", "several", "many", "multi":
		if w == "few" && s.lw(i-1) == "a" {
			return i, false // read from "a"
		}
		k, count, atLeast = i+1, 2, true
		if w == "several" || w == "many" {
			count = 3
		}
	default:
		if _, ok := vagueUnits[w]; !ok {
			return i, false
		}
	}
	if k > i {
		if s.lw(k) == "more" {
			k++
		}
		if s.isDash(k) && s.glued(k) && s.glued(k+1) {
			k++ // "several-year", "multi-year"
		}
	}
	unitWord := s.lw(k)
	secs, ok := vagueUnits[unitWord]
	if !ok || !s.isWord(k) {
		return i, false
	}
	plural := strings.HasSuffix(unitWord, "s")
	end := k + 1
	long := s.isDash(end) && s.glued(end) && s.glued(end+1) && (s.lw(end+1) == "long" || s.lw(end+1) == "old")
	switch {
	case k > i:
		// "several years", "a few days", "several-year tenure"
		if !plural && !s.isDash(k-1) {
			return i, false
		}
	case long:
		// "decades-long", "a day-long meeting", "a years-old slump";
		// "a year-old girl" is an age.
		if s.lw(end+1) == "old" && !s.thingAfter(end+2) {
			return i, false
		}
		count, atLeast = 1, false
		if plural {
			count, atLeast = 2, true
		}
		if !plural && s.isNum(i-1) {
			return i, false // "12-hour-long" is read with its number
		}
		end += 2
	case plural:
		// "for weeks", "over the years", "in years"
		p := i - 1
		if s.lw(p) == "the" {
			p--
			start = i - 1
		}
		if !durationPrepositions[s.lw(p)] || p < 0 {
			return i, false
		}
		if start < i {
			// "in the weeks before the shooting" dates an event.
			switch s.lw(end) {
			case "before", "after", "following", "preceding", "leading", "since", "ahead", "to", "that":
				return i, false
			}
		}
		count, atLeast = 2, true
	default:
		return i, false
	}
	if agoWords[s.lw(end)] || s.lw(end) == "old" || s.lw(end) == "of" && s.lw(end+1) == "age" {
		return end, false // "years ago", "years later": dates
	}
	if s.isNum(i-1) || number.IsWord(s.lw(i-1)) {
		return i, false // a number before: read by readOne
	}
	v := count * secs
	q := Quantity{Dimension: Duration, Unit: "s", Value: v, Min: v - secs/2, Max: v + secs/2}
	disp := fmtNum(count) + " " + unitWord
	if atLeast {
		q.Min, q.Max, q.Qualifier = v, math.Inf(1), qAtLeast
		disp = "at least " + fmtNum(count) + " " + strings.TrimSuffix(unitWord, "s") + "s"
	}
	q.Display = disp
	subject := ""
	if long || k > i && s.isDash(k-1) {
		if h, e := s.nounRun(end); h != "" {
			subject, end = h, e
		}
	}
	place, period := s.scope(start, end)
	s.out = append(s.out, Match{
		Start: s.toks[start].Start, End: s.toks[end-1].End, Value: q,
		Subject: normalizeSubject(subject), Place: place, Period: period, Confidence: 0.3,
	})
	return end, true
}

// signed reports whether a dimension may take negative values.
func signed(dim string) bool {
	switch dim {
	case Temperature, Money, Percent, Count, "acceleration":
		return true
	}
	return false
}

// magnitudeAt reads an earthquake's magnitude written before the number:
// "a magnitude 6.4 earthquake", "magnitude-7.1", "a magnitude of 5.8".
func (s *scanner) magnitudeAt(i int) (reading, bool) {
	if s.lw(i) != "magnitude" {
		return reading{}, false
	}
	k := i + 1
	if s.isDash(k) && s.glued(k) || s.lw(k) == "of" {
		k++
	}
	if !s.isNum(k) {
		return reading{}, false
	}
	n, ok := number.Parse(s.toks, k)
	if !ok || n.Value > 12 {
		return reading{}, false
	}
	r := reading{first: i, next: n.Next, n: n, numFirst: k, value: n.Value, u: unitsByName["magnitude"], hasUnit: true}
	r.lo, r.hi = n.Interval()
	return r, true
}

// ratioAt reads a proportion written as "one in five" or "3 out of 10":
// a percentage.
func (s *scanner) ratioAt(r *reading) {
	if r.hasUnit || r.cur != "" || r.n.AtLeast || r.n.Fraction {
		return
	}
	k := r.next
	switch {
	case s.lw(k) == "in" || s.lw(k) == "of" && s.lw(k+1) == "every":
		k++
	case s.lw(k) == "out" && s.lw(k+1) == "of":
		k += 2
	default:
		return
	}
	if s.lw(k) == "every" {
		k++ // "3 in every 4", "3 of every 4"
	}
	n, ok := number.Parse(s.toks, k)
	if !ok || n.AtLeast || n.Fraction || n.Value <= r.n.Value || n.Value > 1e4 || s.isNum(k) && isYear(s.toks[k].Text) {
		return
	}
	if n.Next < len(s.toks) {
		if _, _, _, unit := s.unitAt(n.Next, n); unit {
			return // "2 in 5 km" is not a ratio
		}
	}
	v := r.n.Value / n.Value * 100
	r.value, r.lo, r.hi = v, v*0.95, v*1.05
	r.ratio = true
	r.next = n.Next
}

// isHeadline reports whether the sentence is written in title case,
// computed once per sentence when first needed.
func (s *scanner) isHeadline() bool {
	if !s.headlineKnown {
		s.headline = isHeadline(s.toks)
		s.headlineKnown = true
	}
	return s.headline
}

// startsArticleUnit reports whether "a" or "an" at k reads as one unit:
// "less than a decade".
func (s *scanner) startsArticleUnit(k int) bool {
	if w := s.lw(k); w != "a" && w != "an" {
		return false
	}
	_, _, ok := s.lookupUnit(k + 1)
	return ok
}
