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
	// Number is a run of digits with inner separators: "2,418", "3.5".
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
	// flags caches what Capitalized, Lower and KeyHash would compute;
	// zero (a Token not made by the tokenizer) means not known. It and
	// hash fit in the padding after Space.
	flags uint8
	// hash is the hash of the word's key (see KeyHash) when flagKeyed
	// is set.
	hash uint32
	// Start and End are byte offsets into the article text; Text is
	// text[Start:End].
	Start, End int
	Text       string
}

const (
	flagKnown     = 1 << iota // the flags below are set
	flagCap                   // a word whose first letter is upper case
	flagLower                 // Text is ASCII with no capital: Lower is Text
	flagKeyed                 // a word whose key is ASCII: hash is its HashKey
	flagPoss                  // the key leaves out a final "'s" (1<<4: see possessiveLen)
	flagPossCurly             // the key leaves out a final "’s" (1<<5)
)

// tokenFlags computes the flags and key hash of a token of the given
// kind and text, the slow way: for tokens not made by the tokenizer.
func tokenFlags(kind TokenKind, s string) (uint8, uint32) {
	f := uint8(flagKnown)
	if kind == Word && s != "" {
		if c := s[0]; c-'A' < 26 || c >= utf8.RuneSelf && startsUpper(s) {
			f |= flagCap
		}
	}
	var h uint32
	if kind == Word {
		key, poss := s, uint8(0)
		if n := len(s); n > 2 && s[n-2] == '\'' && (s[n-1] == 's' || s[n-1] == 'S') {
			key, poss = s[:n-2], flagPoss
		} else if n > 4 && s[n-4:n-1] == "’" && (s[n-1] == 's' || s[n-1] == 'S') {
			key, poss = s[:n-4], flagPossCurly
		}
		if isASCII(key) {
			f |= flagKeyed | poss
			h = hashFold(key)
		}
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || c-'A' < 26 {
			return f, h
		}
	}
	return f | flagLower, h
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// FNV-1a, 32 bits: the hash of word keys.
const (
	hashOffset = 2166136261
	hashPrime  = 16777619
)

// HashKey returns the hash KeyHash gives a word whose key is key (ASCII
// lower case), so that lexicons can be laid out by it.
func HashKey(key string) uint32 {
	h := uint32(hashOffset)
	for i := 0; i < len(key); i++ {
		h ^= uint32(key[i])
		h *= hashPrime
	}
	return h
}

// hashFold hashes the ASCII string s as HashKey hashes it in lower case.
func hashFold(s string) uint32 {
	h := uint32(hashOffset)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h ^= uint32(c)
		h *= hashPrime
	}
	return h
}

// KeyHash returns the hash of a word's key, its text in lower case
// without a possessive ending ("Friday's", "Friday’s": "friday"), and the
// key's length n: the key is Text[:n] lower-cased. The tokenizer computes
// the hash as it reads the word, so every lexicon that lays its words out
// by HashKey finds a token with one probe and no hashing or lower-casing
// of its own. ok is false for a token that is not a word, whose key has a
// byte beyond ASCII, or that the tokenizer did not make; lexicons look
// those up the slow way. (It has no slow path of its own, so that it
// stays small enough to inline.)
func (t Token) KeyHash() (h uint32, n int, ok bool) {
	if t.flags&flagKeyed == 0 {
		return 0, 0, false
	}
	return t.hash, len(t.Text) - possessiveLen(t.flags), true
}

// possessiveLen is the length of the possessive ending flags f mark: the
// two flags sit so that shifting them gives 2 and 4.
func possessiveLen(f uint8) int {
	return int(f>>3) & 6
}

// Possessive returns the length of the possessive ending KeyHash leaves
// out of a word's key: 2 for "'s", 4 for "’s", else 0.
func (t Token) Possessive() int {
	f := t.flags
	if f == 0 {
		f = slowFlags(t.Kind, t.Text)
	}
	return int(f>>3) & 6 // see possessiveLen
}

// slowFlags is tokenFlags without the hash, for the methods of tokens
// not made by the tokenizer. It is kept out of line so that the methods,
// which call it only for such tokens, stay small enough to inline.
//
//go:noinline
func slowFlags(kind TokenKind, s string) uint8 {
	f, _ := tokenFlags(kind, s)
	return f
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
	return slowFlags(t.Kind, t.Text)&flagCap != 0
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// Plain reports whether the token text is ASCII with no capital letter:
// its own lower case, which Lower returns without copying.
func (t Token) Plain() bool {
	if t.flags != 0 {
		return t.flags&flagLower != 0
	}
	return slowFlags(t.Kind, t.Text)&flagLower != 0
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

// appendTokens appends the tokens of text[start:end] to toks. A space
// and a word of ASCII letters, nearly all of a news text, are read by the
// loop itself, which calls nothing on their way (a call would make the
// compiler keep its variables in memory at every step); anything else
// goes to otherToken or scanWordSlow.
func appendTokens(toks []Token, text string, start, end int) []Token {
	text = text[:end] // so that i < len(text) bounds every read below
	space := true
	i := start
	for i < len(text) {
		c := text[i]
		if c == ' ' {
			space = true
			i++
			continue
		}
		var t Token
		if c|0x20-'a' < 26 {
			// An ASCII word: hashed in lower case as it is read.
			flags := uint8(flagKnown | flagKeyed | flagLower)
			if c < 'a' {
				flags = flagKnown | flagKeyed | flagCap
			}
			h := (hashOffset ^ uint32(c|0x20)) * hashPrime
			j := i + 1
			for j < len(text) {
				d := text[j]
				if d-'a' < 26 {
					h = (h ^ uint32(d)) * hashPrime
					j++
					continue
				}
				if d-'A' < 26 {
					flags &^= flagLower
					h = (h ^ uint32(d+'a'-'A')) * hashPrime
					j++
					continue
				}
				if d == '\'' || d >= utf8.RuneSelf || d == '.' && j == i+1 {
					j, flags, h = scanWordSlow(text, i)
				}
				break
			}
			t = Token{Kind: Word, flags: flags, hash: h, Start: i, End: j, Text: text[i:j]}
		} else {
			var blank bool
			if t, blank = otherToken(text, i); blank {
				space = true
				i = t.End
				continue
			}
		}
		t.Space = space
		toks = append(toks, t)
		i = t.End
		space = false
	}
	return toks
}

// otherToken reads the token at text[i] when it is not a space or an
// ASCII word: a number, a mark, a word that starts beyond ASCII. blank
// reports white space, which ends at t.End.
func otherToken(text string, i int) (t Token, blank bool) {
	kind, j, flags, hash := Punct, i+1, uint8(flagKnown|flagLower), uint32(0)
	if c := text[i]; c < utf8.RuneSelf {
		switch asciiClass[c] {
		case asciiSpace:
			return Token{End: i + 1}, true
		case asciiLetter:
			// Not reached from appendTokens, which reads ASCII words itself.
			kind = Word
			j, flags, hash = scanWordSlow(text, i)
		case asciiDigit:
			kind, j = Number, scanNumber(text, i, len(text))
		}
	} else {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case isSpace(r):
			return Token{End: i + size}, true
		case isLetter(r):
			kind = Word
			j, flags, hash = scanWordSlow(text, i)
		default:
			j, flags = i+size, flagKnown
		}
	}
	return Token{Kind: kind, flags: flags, hash: hash, Start: i, End: j, Text: text[i:j]}, false
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

// scanWordSlow reads the word starting at s[i], which is a letter:
// letters and combining marks, inner apostrophes followed by a letter,
// and dotted initialisms such as "U.S." or "a.m." (single letters each
// followed by a dot). It returns the word's end and its flags and key
// hash (see KeyHash), computed in the same pass. appendTokens reads
// plain ASCII words itself and hands this the others: words with
// apostrophes, letters beyond ASCII or initialisms.
func scanWordSlow(s string, i int) (next int, flags uint8, hash uint32) {
	start := i
	plain := true // ASCII with no capital letter
	h := uint32(hashOffset)
	// While the word is ASCII, h hashes it in lower case; hApos is h
	// before its last apostrophe, so that a possessive "'s" can be left
	// out of the key. ascii is the length of its ASCII start, and hFirst
	// is h there, for a word whose only other bytes are a final "’s".
	hApos, apos := uint32(0), -1
	ascii, hFirst := -1, uint32(0)
	for i < len(s) {
		c := s[i]
		if c-'a' < 26 {
			h = (h ^ uint32(c)) * hashPrime
			i++
			continue
		}
		if c-'A' < 26 {
			plain = false
			h = (h ^ uint32(c+'a'-'A')) * hashPrime
			i++
			continue
		}
		if c < utf8.RuneSelf {
			// An apostrophe followed by a letter stays inside the word.
			if c == '\'' && i+1 < len(s) {
				if r2, _ := decode(s, i+1); isLetter(r2) {
					hApos, apos = h, i
					h = (h ^ uint32(c)) * hashPrime
					i++
					continue
				}
			}
			break
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if isLetter(r) || isApostrophe(r) && i+size < len(s) && isLetterAt(s, i+size) {
			if ascii < 0 {
				ascii, hFirst = i, h
			}
			plain = false
			i += size
			continue
		}
		break
	}
	// A single letter followed by ".X." is an initialism: U.S., a.m.
	if i+1 < len(s) && s[i] == '.' && oneLetter(s, start, i) {
		j := i
		n := 1
		for j+1 < len(s) && s[j] == '.' {
			r, size := decode(s, j+1)
			if !isLetter(r) {
				break
			}
			k := j + 1 + size
			if k < len(s) && isLetterAt(s, k) {
				break // "U.Sa" is not an initialism
			}
			j = k
			n++
		}
		if n >= 2 {
			if j < len(s) && s[j] == '.' {
				j++
			}
			f, h := tokenFlags(Word, s[start:j])
			return j, f, h
		}
	}
	flags = flagKnown
	if c := s[start]; c-'A' < 26 || c >= utf8.RuneSelf && startsUpper(s[start:]) {
		flags |= flagCap
	}
	if plain {
		flags |= flagLower
	}
	n := i - start
	switch {
	case ascii < 0:
		flags |= flagKeyed
		if apos == i-2 && n > 2 && (s[i-1] == 's' || s[i-1] == 'S') {
			flags |= flagPoss
			h = hApos
		}
	case ascii == i-4 && n > 4 && s[i-4:i-1] == "\u2019" && (s[i-1] == 's' || s[i-1] == 'S'):
		flags |= flagKeyed | flagPossCurly
		h = hFirst
	default:
		h = 0
	}
	return i, flags, h
}

// oneLetter reports whether s[start:i] is one letter.
func oneLetter(s string, start, i int) bool {
	if s[start] < utf8.RuneSelf {
		return i == start+1
	}
	_, size := utf8.DecodeRuneInString(s[start:])
	return i == start+size
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
// followed by a digit: "2,418", "3.5", "1.2".
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
