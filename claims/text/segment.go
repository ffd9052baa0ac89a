package text

import (
	"encoding/binary"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// A Sentence is one sentence of an article. A line break always ends a
// sentence: news text puts headlines, datelines and paragraphs on lines of
// their own.
type Sentence struct {
	Index int // 0-based position in the article
	// Start and End are byte offsets into the article text, trimmed of
	// surrounding white space.
	Start, End int
	Line       int // 1-based line of Start
	Text       string
	Tokens     []Token
}

// A Doc is an article split into sentences, with a line index for mapping
// byte offsets to line and column.
type Doc struct {
	Text string
	// LowerASCII is Text with its ASCII capitals lowered and every other
	// byte as it is, so that offsets in Text are offsets in it: a
	// token's text in that case is LowerASCII[t.Start:t.End], which the
	// extractors compare and look up without lower-casing words one by
	// one.
	LowerASCII string
	Sentences  []Sentence
	lineStarts []int
	arena      *arena // where Sentences, their Tokens and lineStarts live
}

// An arena holds the arrays of one parsed document. Release hands it back
// for the next Parse: extracting a corpus then does not allocate a token
// array per document.
type arena struct {
	toks  []Token
	sents []Sentence
	lines []int
}

var arenas = sync.Pool{New: func() any { return new(arena) }}

// Parse segments text into sentences and tokens.
func Parse(text string) *Doc {
	a := arenas.Get().(*arena)
	d := &Doc{Text: text, LowerASCII: lowerASCII(text), arena: a}
	d.lineStarts = lineStarts(a.lines[:0], text)
	a.lines = d.lineStarts
	d.Sentences = segment(text, d)
	return d
}

// Release hands d's sentence and token arrays back to Parse for reuse.
// Call it only when nothing holds d's Sentences or Tokens any longer:
// d must not be used after. (Strings cut from the text, such as a
// sentence's Text, stay valid.) A Doc that is never released is simply
// collected.
func (d *Doc) Release() {
	a := d.arena
	if a == nil {
		return
	}
	*d = Doc{}
	if cap(a.toks) > maxPooledTokens {
		return // a very long text's arrays are not worth keeping
	}
	// Drop the references to this text, so that a pooled arena does
	// not keep it alive. Only what this text used holds any.
	clear(a.toks)
	clear(a.sents)
	a.toks, a.sents = a.toks[:0], a.sents[:0]
	arenas.Put(a)
}

// lowerASCII returns s with its ASCII capitals lowered, eight bytes at a
// time.
func lowerASCII(s string) string {
	i := 0
	for i < len(s) && !(s[i] >= 'A' && s[i] <= 'Z') {
		i++
	}
	if i == len(s) {
		return s // nothing to lower: no copy
	}
	var b strings.Builder
	b.Grow(len(s))
	var buf [512]byte
	for len(s) > 0 {
		n := copy(buf[:], s)
		i := 0
		for ; i+8 <= n; i += 8 {
			binary.LittleEndian.PutUint64(buf[i:], lower8(binary.LittleEndian.Uint64(buf[i:])))
		}
		for ; i < n; i++ {
			if c := buf[i]; 'A' <= c && c <= 'Z' {
				buf[i] = c + 'a' - 'A'
			}
		}
		b.Write(buf[:n])
		s = s[n:]
	}
	return b.String()
}

// lower8 lowers the ASCII capitals among the eight bytes of x: a byte
// whose low seven bits lie in 'A'..'Z' and whose top bit is clear gets
// 0x20 added, with no carry into its neighbours.
func lower8(x uint64) uint64 {
	const ones = 0x0101010101010101
	const high = 0x8080808080808080
	low7 := x &^ high
	atLeastA := low7 + (0x80-'A')*ones // top bit set where the byte ≥ 'A'
	pastZ := low7 + (0x80-'Z'-1)*ones  // top bit set where the byte > 'Z'
	upper := atLeastA &^ pastZ &^ x & high
	return x | upper>>2
}

// maxPooledTokens bounds the token array an arena keeps: about 5 MB of
// text.
const maxPooledTokens = 1 << 20

func lineStarts(starts []int, s string) []int {
	if n := strings.Count(s, "\n") + 1; cap(starts) < n {
		starts = make([]int, 0, n)
	}
	starts = append(starts[:0], 0)
	for i := 0; i < len(s); {
		j := strings.IndexByte(s[i:], '\n')
		if j < 0 {
			break
		}
		i += j + 1
		starts = append(starts, i)
	}
	return starts
}

// Position returns the 1-based line and column (in bytes) of offset.
func (d *Doc) Position(offset int) (line, col int) {
	i := sort.Search(len(d.lineStarts), func(i int) bool { return d.lineStarts[i] > offset }) - 1
	if i < 0 {
		i = 0
	}
	return i + 1, offset - d.lineStarts[i] + 1
}

// SentenceAt returns the sentence containing byte offset, or nil.
func (d *Doc) SentenceAt(offset int) *Sentence {
	i := sort.Search(len(d.Sentences), func(i int) bool { return d.Sentences[i].End > offset })
	if i < len(d.Sentences) && d.Sentences[i].Start <= offset {
		return &d.Sentences[i]
	}
	return nil
}

// News text has about one token for every five or six bytes and one
// sentence for every 150; the estimates size the arrays Parse fills so
// that they rarely grow.
const (
	bytesPerToken    = 5
	bytesPerSentence = 100
)

func segment(text string, d *Doc) []Sentence {
	a := d.arena
	out := a.sents[:0]
	if n := len(text)/bytesPerSentence + 1; cap(out) < n {
		out = make([]Sentence, 0, n)
	}
	// The tokens of every sentence live in one array, filled line by
	// line; a line that does not fit starts a new array (the sentences
	// already made keep the old one). The arena keeps the first.
	toks := a.toks[:0]
	if n := len(text)/bytesPerToken + 1; cap(toks) < n {
		toks = make([]Token, 0, n)
	}
	// a.toks follows toks while the arena's array is being filled, so
	// that its length tells Release how much of it to clear.
	a.toks = toks
	inArena := true
	for line, lineStart := range d.lineStarts {
		lineEnd := len(text)
		if line+1 < len(d.lineStarts) {
			lineEnd = d.lineStarts[line+1] - 1
		}
		if need := (lineEnd-lineStart)/4 + 1; cap(toks)-len(toks) < need {
			toks = make([]Token, 0, (len(text)-lineStart)/bytesPerToken+need)
			inArena = false
		}
		from := len(toks)
		toks = appendTokens(toks, text, lineStart, lineEnd)
		if inArena {
			if cap(toks) != cap(a.toks) {
				// append moved on to a new array: the arena's is full.
				a.toks, inArena = a.toks[:cap(a.toks)], false
			} else {
				a.toks = toks
			}
		}
		out = segmentLine(text, toks[from:], line+1, out)
	}
	a.sents = out
	return out
}

// segmentLine splits the tokens of one line into sentences at terminal
// punctuation that is followed by space and a likely sentence start,
// unless the word before the stop is an abbreviation.
func segmentLine(text string, toks []Token, line int, out []Sentence) []Sentence {
	from := 0
	for i := 0; i < len(toks); i++ {
		if !mayEndSentence(&toks[i]) || !endsSentence(toks, i) {
			continue
		}
		// Take closing quotes and brackets with the sentence.
		j := i + 1
		for j < len(toks) && !toks[j].Space && isCloser(toks[j].Text) {
			j++
		}
		out = appendSentence(text, toks[from:j], line, out)
		from = j
		i = j - 1
	}
	if from < len(toks) {
		out = appendSentence(text, toks[from:], line, out)
	}
	return out
}

func appendSentence(text string, toks []Token, line int, out []Sentence) []Sentence {
	if len(toks) == 0 {
		return out
	}
	s := Sentence{
		Index:  len(out),
		Start:  toks[0].Start,
		End:    toks[len(toks)-1].End,
		Line:   line,
		Tokens: toks[:len(toks):len(toks)],
	}
	s.Text = text[s.Start:s.End]
	return append(out, s)
}

func isCloser(s string) bool {
	switch s {
	case "\"", "'", "”", "’", "»", ")", "]":
		return true
	}
	return false
}

// mayEndSentence is endsSentence's first test, cheap enough for every
// token: only a stop, a question or exclamation mark, an ellipsis or a
// word ending in a stop ("U.S.") can end a sentence.
func mayEndSentence(t *Token) bool {
	switch t.Kind {
	case Punct:
		return t.Text == "." || t.Text == "!" || t.Text == "?" || t.Text == "…"
	case Word:
		return t.Text[len(t.Text)-1] == '.'
	}
	return false
}

// endsSentence reports whether toks[i] is a sentence-final mark.
func endsSentence(toks []Token, i int) bool {
	t := toks[i]
	var prev Token
	if i > 0 {
		prev = toks[i-1]
	}
	// The next token that is not a closing quote or bracket.
	j := i + 1
	for j < len(toks) && !toks[j].Space && isCloser(toks[j].Text) {
		j++
	}
	if j >= len(toks) {
		return false // end of line ends the sentence anyway
	}
	next := toks[j]
	if !next.Space {
		return false // "3.5", "e.g.x", "end.The" is rare enough
	}
	switch {
	case t.Kind == Punct && (t.Text == "!" || t.Text == "?" || t.Text == "…"):
		return startsSentence(next)
	case t.Kind == Punct && t.Text == ".":
		if i > 0 && !t.Space && prev.Kind == Word {
			var buf [16]byte
			w := lower(buf[:0], prev.Text)
			if titleAbbrev[string(w)] {
				return false
			}
			if utf8.RuneCountInString(prev.Text) == 1 && prev.Capitalized() {
				return false // an initial: "John F. Kennedy"
			}
			if softAbbrev[string(w)] {
				return startsSentence(next) && sentenceStarter(next)
			}
		}
		return startsSentence(next)
	case t.Kind == Word && strings.HasSuffix(t.Text, "."):
		// A dotted initialism ("U.S.", "a.m.") may end a sentence too, but
		// usually does not: only before a word that typically opens one.
		return sentenceStarter(next)
	}
	return false
}

// startsSentence reports whether a token can open a sentence.
func startsSentence(t Token) bool {
	switch t.Kind {
	case Number:
		return true
	case Word:
		r, _ := utf8.DecodeRuneInString(t.Text)
		return unicode.IsUpper(r)
	}
	switch t.Text {
	case "\"", "“", "'", "‘", "`", "«", "(", "[", "—", "-", "$", "£", "€":
		return true
	}
	return false
}

// sentenceStarter reports whether t is a word that commonly opens a
// sentence, for stops after abbreviations that may or may not end one.
func sentenceStarter(t Token) bool {
	if t.Kind != Word || !t.Capitalized() {
		return t.Kind == Punct && startsSentence(t)
	}
	var buf [16]byte
	return starters[string(lower(buf[:0], t.Text))]
}

// lower appends s in lower case to buf, without allocating when s is ASCII
// and fits: the abbreviation and starter lists are looked up with it.
func lower(buf []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return append(buf, strings.ToLower(s)...)
		}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf
}

// titleAbbrev lists abbreviations that are never sentence-final: they stand
// before a name or a number.
var titleAbbrev = set(
	"mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "capt", "cpt", "sgt", "maj",
	"adm", "cmdr", "gov", "sen", "rep", "rev", "fr", "st", "pres", "supt", "insp",
	"det", "cpl", "pvt", "hon", "messrs", "mme", "mlle", "sr", "jr",
	"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
	"no", "nos", "vol", "pp", "p", "fig", "art", "ch", "sec", "approx", "est", "ft",
	"vs", "v", "e.g", "i.e", "mt", "ave", "blvd", "rd",
)

// softAbbrev lists abbreviations that often end a sentence ("… Inc.").
var softAbbrev = set("inc", "corp", "ltd", "co", "etc", "bros", "plc", "llc", "ag", "sa")

var starters = set(
	"the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "his", "her", "its",
	"their", "our", "this", "that", "these", "those", "there", "but", "and", "or", "so",
	"in", "on", "at", "for", "after", "before", "when", "while", "if", "as", "since",
	"meanwhile", "however", "also", "still", "yet", "some", "many", "most", "one", "two",
	"officials", "police", "authorities", "according",
)

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
