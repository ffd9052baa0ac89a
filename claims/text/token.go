package text

import (
	"unicode"
	"unicode/utf8"
)

// TokenKind says what a token is.
type TokenKind uint8

const (
	// Word is a run of letters, with inner apostrophes ("don't") and
	// dotted initialisms ("U.S.", "a.m.") kept whole.
	Word TokenKind = iota
	// Number is a run of digits with inner separators: "1,954", "3.5".
	Number
	// Punct is any other single character that is not a space.
	Punct
)

func (k TokenKind) String() string {
	switch k {
	case Word:
		return "word"
	case Number:
		return "number"
	}
	return "punct"
}

// A Token is one lexeme of an article.
type Token struct {
	Kind TokenKind
	// Space is true when white space comes right before the token. (It
	// sits beside Kind so that a Token takes 40 bytes, not 48: a document
	// holds one Token for every five bytes of text.)
	Space bool
	// flags caches what Capitalized and Lower would compute; zero (a
	// Token not made by the tokenizer) means not known. It fits in the
	// padding after Space.
	flags uint8
	// Start and End are byte offsets into the article text; Text is
	// text[Start:End].
	Start, End int
	Text       string
}

const (
	flagKnown = 1 << iota // the flags below are set
	flagCap               // a word whose first letter is upper case
	flagLower             // Text is ASCII with no capital: Lower is Text
)

// tokenFlags computes the flags of a token of the given kind and text.
func tokenFlags(kind TokenKind, s string) uint8 {
	f := uint8(flagKnown)
	if kind == Word && s != "" {
		if c := s[0]; c-'A' < 26 || c >= utf8.RuneSelf && startsUpper(s) {
			f |= flagCap
		}
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || c-'A' < 26 {
			return f
		}
	}
	return f | flagLower
}

// Is reports whether the token is a word equal to w, ignoring ASCII case.
func (t Token) Is(w string) bool {
	return t.Kind == Word && equalFoldASCII(t.Text, w)
}

// IsPunct reports whether the token is the punctuation character p.
func (t Token) IsPunct(p string) bool {
	return t.Kind == Punct && t.Text == p
}

// Capitalized reports whether the token is a word that starts with an
// upper-case letter.
func (t Token) Capitalized() bool {
	if t.flags != 0 {
		return t.flags&flagCap != 0
	}
	return tokenFlags(t.Kind, t.Text)&flagCap != 0
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// Lower is the token text in lower case.
func (t Token) Lower() string {
	if t.flags&flagLower != 0 {
		return t.Text
	}
	return lowerASCIIFast(t.Text)
}

// Tokenize splits text[start:end] into tokens whose offsets count from the
// start of text.
func Tokenize(text string, start, end int) []Token {
	return appendTokens(make([]Token, 0, (end-start)/5+1), text, start, end)
}

// Byte classes of ASCII characters, for the tokenizer's fast path.
const (
	asciiPunct uint8 = iota
	asciiSpace
	asciiLetter
	asciiDigit
)

var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := range t {
		switch {
		case isSpace(rune(c)):
			t[c] = asciiSpace
		case isLetter(rune(c)):
			t[c] = asciiLetter
		case '0' <= c && c <= '9':
			t[c] = asciiDigit
		}
	}
	return t
}()

// appendTokens appends the tokens of text[start:end] to toks. ASCII
// characters are classified by table; others go through unicode.
func appendTokens(toks []Token, text string, start, end int) []Token {
	space := true
	i := start
	for i < end {
		kind, j, flags := Punct, i+1, uint8(flagKnown|flagLower)
		if c := text[i]; c < utf8.RuneSelf {
			switch asciiClass[c] {
			case asciiSpace:
				space = true
				i++
				continue
			case asciiLetter:
				next, plain := scanWord(text, i, end)
				kind, j, flags = Word, next, flagKnown
				if c-'A' < 26 {
					flags |= flagCap
				}
				if plain {
					flags |= flagLower
				}
			case asciiDigit:
				kind, j = Number, scanNumber(text, i, end)
			}
		} else {
			r, size := utf8.DecodeRuneInString(text[i:])
			switch {
			case isSpace(r):
				space = true
				i += size
				continue
			case isLetter(r):
				kind, flags = Word, flagKnown
				j, _ = scanWord(text, i, end)
				if unicode.IsUpper(r) {
					flags |= flagCap
				}
			default:
				j, flags = i+size, flagKnown
			}
		}
		toks = append(toks, Token{Kind: kind, Space: space, flags: flags, Start: i, End: j, Text: text[i:j]})
		i = j
		space = false
	}
	return toks
}

func decode(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' || r == '\v'
	}
	return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff'
}

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

// scanWord reads a word starting at i: letters and combining marks, inner
// apostrophes followed by a letter, and dotted initialisms such as "U.S."
// or "a.m." (single letters each followed by a dot).
//
// plain reports whether the word is ASCII with no capital letter, so that
// it is its own lower case.
func scanWord(s string, i, end int) (next int, plain bool) {
	letters := 0
	plain = true
	for i < end {
		c := s[i]
		if c < utf8.RuneSelf {
			if asciiClass[c] == asciiLetter {
				plain = plain && c >= 'a'
				i++
				letters++
				continue
			}
			// An apostrophe followed by a letter stays inside the word.
			if c == '\'' && i+1 < end {
				if r2, _ := decode(s, i+1); isLetter(r2) {
					i++
					continue
				}
			}
			break
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if isLetter(r) {
			i += size
			letters++
			plain = false
			continue
		}
		if isApostrophe(r) && i+size < end {
			if r2, _ := decode(s, i+size); isLetter(r2) {
				i += size
				plain = false
				continue
			}
		}
		break
	}
	// A single letter followed by ".X." is an initialism: U.S., a.m., U.N.
	if letters == 1 && i+1 < end && s[i] == '.' {
		j := i
		n := 1
		for j+1 < end && s[j] == '.' {
			r, size := decode(s, j+1)
			if !isLetter(r) {
				break
			}
			k := j + 1 + size
			if k < end && isLetterAt(s, k) {
				break // "U.Sa" is not an initialism
			}
			j = k
			n++
		}
		if n >= 2 {
			if j < end && s[j] == '.' {
				j++
			}
			return j, plain && isPlain(s[i:j])
		}
	}
	return i, plain
}

// isPlain reports whether s is ASCII with no capital letter.
func isPlain(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || c-'A' < 26 {
			return false
		}
	}
	return true
}

func isLetterAt(s string, i int) bool {
	r, _ := decode(s, i)
	return isLetter(r)
}

// scanNumber reads digits with inner ',' or '.' separators that are
// followed by a digit: "1,954", "3.5", "1.2".
func scanNumber(s string, i, end int) int {
	for i < end {
		c := s[i]
		if c >= '0' && c <= '9' {
			i++
			continue
		}
		if (c == ',' || c == '.') && i+1 < end && s[i+1] >= '0' && s[i+1] <= '9' {
			i++
			continue
		}
		break
	}
	return i
}

func equalFoldASCII(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		ca, cb := a[i], b[i]
		if ca == cb {
			continue
		}
		if 'A' <= ca && ca <= 'Z' {
			ca += 'a' - 'A'
		}
		if 'A' <= cb && cb <= 'Z' {
			cb += 'a' - 'A'
		}
		if ca != cb {
			return false
		}
	}
	return true
}

func lowerASCIIFast(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return lowerSlow(s)
		}
		if 'A' <= c && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if b[j] >= utf8.RuneSelf {
					return lowerSlow(s)
				}
				if 'A' <= b[j] && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

func lowerSlow(s string) string {
	b := make([]rune, 0, len(s))
	for _, r := range s {
		b = append(b, unicode.ToLower(r))
	}
	return string(b)
}
