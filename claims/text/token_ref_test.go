package text

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// referenceTokenize is the tokenizer written the plain way, one decoded
// rune at a time with no ASCII tables: Tokenize must agree with it.
func referenceTokenize(text string, start, end int) []Token {
	var toks []Token
	space := true
	i := start
	for i < end {
		r, size := utf8.DecodeRuneInString(text[i:])
		kind, j := Punct, i+size
		switch {
		case isSpace(r):
			space = true
			i += size
			continue
		case isLetter(r):
			kind, j = Word, referenceScanWord(text, i, end)
		case r >= '0' && r <= '9':
			kind, j = Number, scanNumber(text, i, end)
		}
		toks = append(toks, Token{Kind: kind, Space: space, flags: referenceFlags(kind, text[i:j]), Start: i, End: j, Text: text[i:j]})
		i = j
		space = false
	}
	return toks
}

// referenceFlags computes a token's cached flags the slow way: by
// decoding its first rune and lower-casing it whole.
func referenceFlags(kind TokenKind, s string) uint8 {
	f := uint8(flagKnown)
	if r, _ := utf8.DecodeRuneInString(s); kind == Word && unicode.IsUpper(r) {
		f |= flagCap
	}
	ascii := true
	for _, r := range []byte(s) {
		ascii = ascii && r < utf8.RuneSelf
	}
	if ascii && strings.ToLower(s) == s {
		f |= flagLower
	}
	return f
}

func referenceScanWord(s string, i, end int) int {
	letters := 0
	for i < end {
		r, size := utf8.DecodeRuneInString(s[i:])
		if isLetter(r) {
			i += size
			letters++
			continue
		}
		if isApostrophe(r) && i+size < end {
			if r2, _ := utf8.DecodeRuneInString(s[i+size:]); isLetter(r2) {
				i += size
				continue
			}
		}
		break
	}
	if letters == 1 && i+1 < end && s[i] == '.' {
		j, n := i, 1
		for j+1 < end && s[j] == '.' {
			r, size := utf8.DecodeRuneInString(s[j+1:])
			if !isLetter(r) {
				break
			}
			k := j + 1 + size
			if k < end {
				if r2, _ := utf8.DecodeRuneInString(s[k:]); isLetter(r2) {
					break
				}
			}
			j = k
			n++
		}
		if n >= 2 {
			if j < end && s[j] == '.' {
				j++
			}
			return j
		}
	}
	return i
}

// checkAgainstReference compares Tokenize and the tokens Parse gives each
// line with the reference tokenizer.
func checkAgainstReference(t *testing.T, text string) {
	t.Helper()
	if d := cmp.Diff(referenceTokenize(text, 0, len(text)), Tokenize(text, 0, len(text)), cmpopts.EquateEmpty(), cmp.AllowUnexported(Token{})); d != "" {
		t.Fatalf("Tokenize(%q) (-reference +got):\n%s", text, d)
	}
	var want, got []Token
	for start := 0; start <= len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		want = append(want, referenceTokenize(text, start, end)...)
		start = end + 1
	}
	for _, s := range Parse(text).Sentences {
		got = append(got, s.Tokens...)
	}
	if d := cmp.Diff(want, got, cmpopts.EquateEmpty(), cmp.AllowUnexported(Token{})); d != "" {
		t.Fatalf("Parse(%q) tokens (-reference +got):\n%s", text, d)
	}
}

func TestTokenizeMatchesReference(t *testing.T) {
	tests := []struct{ name, in string }{
		{"plain sentence", "Rescuers reached the village on Tuesday."},
		{"initialisms", "U.S. and U.N. envoys met at 9 a.m., not 10 p.m.; the U.Sa case is no initialism."},
		{"apostrophes", "The mayor's aide didn't say; the ministers’ plan isn’t final' nor 'quoted'."},
		{"numbers", "It cost $1,954.50, or 3.5% of 12,000,000, on 12/27/2023."},
		{"accents and marks", "Bárcena met Nohemí Díaz in São Paulo; e\u0301 has a combining mark."},
		{"unicode spaces", "one\u00a0two\u2003three\u200bfour\ufefffive\tsix\r\n"},
		{"dashes and quotes", "“Yes” — she said – «non» ‘maybe’ ``typewriter''."},
		{"invalid UTF-8", "bad \xff byte and \xe2\x80 cut rune"},
		{"several lines", "Headline Here\n\nFirst line. Second one.\n\n\nLast line"},
		{"letters of other scripts", "Ελλάδα and Москва and 東京 and العربية"},
		{"digits then letters", "40bn 3km 1,2,3 4.5.6 7, 8. 9"},
		{"empty", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkAgainstReference(t, tt.in) })
	}
}

// FuzzTokenize checks that the tokenizer's ASCII fast path agrees with the
// plain rune-by-rune reference on any input, valid UTF-8 or not.
func FuzzTokenize(f *testing.F) {
	for _, s := range []string{
		"The U.S. envoy didn't arrive until 9 a.m. on Dec. 27, 2023.",
		"More than 3,000 residents fled; 2.5 meters of water.",
		"“We agreed,” said Bárcena’s deputy — «oui».",
		"x.y.z a.b U.Sa e.g. i.e.",
		"\xff\xfe a\u0301b",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) { checkAgainstReference(t, text) })
}

// TestTokenMethods checks Capitalized and Lower against their plain
// definitions, on tokens with the flags the tokenizer caches and on
// tokens made by hand without them.
func TestTokenMethods(t *testing.T) {
	for _, w := range []string{"Mexico", "mexico", "MEXICO", "Élan", "élan", "ÉCOLE", "U.S.", "a.m.", "didn't", "Ωmega", "ωmega", "3,145", "—", "$", "½", ""} {
		t.Run(w, func(t *testing.T) {
			for _, kind := range []TokenKind{Word, Number, Punct} {
				first, _ := utf8.DecodeRuneInString(w)
				wantCap := kind == Word && unicode.IsUpper(first)
				var lower []rune
				for _, r := range w {
					lower = append(lower, unicode.ToLower(r))
				}
				wantLower := string(lower)
				for _, tok := range []Token{{Kind: kind, Text: w}, {Kind: kind, Text: w, flags: tokenFlags(kind, w)}} {
					if got := tok.Capitalized(); got != wantCap {
						t.Errorf("%v %q (flags %b): Capitalized want %v, got %v", kind, w, tok.flags, wantCap, got)
					}
					if got := tok.Lower(); got != wantLower {
						t.Errorf("%v %q (flags %b): Lower want %q, got %q", kind, w, tok.flags, wantLower, got)
					}
				}
			}
		})
	}
}
