package text

import (
	"sort"
	"strings"
	"unicode"
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
	Text       string
	Sentences  []Sentence
	lineStarts []int
}

// Parse segments text into sentences and tokens.
func Parse(text string) *Doc {
	d := &Doc{Text: text, lineStarts: lineStarts(text)}
	d.Sentences = segment(text, d)
	return d
}

func lineStarts(s string) []int {
	starts := []int{0}
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			starts = append(starts, i+1)
		}
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

func segment(text string, d *Doc) []Sentence {
	var out []Sentence
	lineStart := 0
	for lineStart <= len(text) {
		lineEnd := strings.IndexByte(text[lineStart:], '\n')
		if lineEnd < 0 {
			lineEnd = len(text)
		} else {
			lineEnd += lineStart
		}
		out = segmentLine(text, lineStart, lineEnd, d, out)
		lineStart = lineEnd + 1
	}
	return out
}

// segmentLine splits one line into sentences at terminal punctuation that
// is followed by space and a likely sentence start, unless the word before
// the stop is an abbreviation.
func segmentLine(text string, start, end int, d *Doc, out []Sentence) []Sentence {
	toks := Tokenize(text, start, end)
	from := 0
	for i := 0; i < len(toks); i++ {
		if !endsSentence(toks, i) {
			continue
		}
		// Take closing quotes and brackets with the sentence.
		j := i + 1
		for j < len(toks) && !toks[j].Space && isCloser(toks[j].Text) {
			j++
		}
		out = appendSentence(text, toks[from:j], d, out)
		from = j
		i = j - 1
	}
	if from < len(toks) {
		out = appendSentence(text, toks[from:], d, out)
	}
	return out
}

func appendSentence(text string, toks []Token, d *Doc, out []Sentence) []Sentence {
	if len(toks) == 0 {
		return out
	}
	s := Sentence{
		Index:  len(out),
		Start:  toks[0].Start,
		End:    toks[len(toks)-1].End,
		Tokens: toks[:len(toks):len(toks)],
	}
	s.Text = text[s.Start:s.End]
	s.Line, _ = d.Position(s.Start)
	return append(out, s)
}

func isCloser(s string) bool {
	switch s {
	case "\"", "'", "”", "’", "»", ")", "]":
		return true
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
			w := strings.ToLower(prev.Text)
			if titleAbbrev[w] {
				return false
			}
			if len([]rune(prev.Text)) == 1 && prev.Capitalized() {
				return false // an initial: "John F. Kennedy"
			}
			if softAbbrev[w] {
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
		r := []rune(t.Text)[0]
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
	return starters[strings.ToLower(t.Text)]
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
