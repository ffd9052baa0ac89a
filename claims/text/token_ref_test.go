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
		flags, hash := referenceFlags(kind, text[i:j])
		toks = append(toks, Token{Kind: kind, Space: space, flags: flags, hash: hash, Start: i, End: j, Text: text[i:j]})
		i = j
		space = false
	}
	return toks
}

// referenceFlags computes a token's cached flags and key hash the slow
// way: by decoding its first rune, lower-casing it whole and cutting the
// possessive off with strings.CutSuffix.
func referenceFlags(kind TokenKind, s string) (uint8, uint32) {
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
	if kind != Word {
		return f, 0
	}
	key, poss := s, uint8(0)
	for _, p := range []struct {
		suffix string
		flag   uint8
	}{{"'s", flagPoss}, {"\u2019s", flagPossCurly}} {
		if k, ok := strings.CutSuffix(strings.ToLower(s), p.suffix); ok && len(k) >= 1 {
			key, poss = s[:len(s)-len(p.suffix)], p.flag
			break
		}
	}
	for _, r := range []byte(key) {
		if r >= utf8.RuneSelf {
			return f, 0
		}
	}
	key = strings.ToLower(key)
	h := uint32(2166136261) // FNV-1a
	for _, c := range []byte(key) {
		h = (h ^ uint32(c)) * 16777619
	}
	return f | flagKeyed | poss, h
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
				flags, hash := tokenFlags(kind, w)
				for _, tok := range []Token{{Kind: kind, Text: w}, {Kind: kind, Text: w, flags: flags, hash: hash}} {
					if got := tok.Capitalized(); got != wantCap {
						t.Errorf("%v %q (flags %b): Capitalized want %v, got %v", kind, w, tok.flags, wantCap, got)
					}
					if got := tok.Lower(); got != wantLower {
						t.Errorf("%v %q (flags %b): Lower want %q, got %q", kind, w, tok.flags, wantLower, got)
					}
					if got, want := tok.Plain(), wantLower == w && isASCII(w); got != want {
						t.Errorf("%v %q (flags %b): Plain want %v, got %v", kind, w, tok.flags, want, got)
					}
				}
			}
		})
	}
}

// TestKeyHash checks the word keys the tokenizer hashes, on tokens it
// made and on tokens made by hand.
func TestKeyHash(t *testing.T) {
	tests := []struct {
		word string
		key  string // "" when the key is not ASCII
	}{
		{"Friday", "friday"},
		{"friday", "friday"},
		{"Friday's", "friday"},
		{"FRIDAY'S", "friday"},
		{"Friday’s", "friday"},
		{"FRIDAY’S", "friday"},
		{"didn't", "didn't"},
		{"won’t", ""},
		{"ministers’", "ministers"}, // the tokenizer leaves the trailing mark out
		{"U.S.", "u.s."},
		{"a.m.", "a.m."},
		{"it's", "it"},
		{"Bárcena", ""},
		{"Bárcena's", ""},
		{"O'Neill", "o'neill"},
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			toks := Tokenize(tt.word, 0, len(tt.word))
			if len(toks) == 0 || toks[0].Kind != Word {
				t.Fatalf("Tokenize(%q) = %v, want a word first", tt.word, toks)
			}
			if _, _, ok := (Token{Kind: Word, Text: toks[0].Text}).KeyHash(); ok {
				t.Errorf("%q made by hand: KeyHash ok, want the slow way", toks[0].Text)
			}
			byHand := Token{Kind: Word, Text: toks[0].Text}
			byHand.flags, byHand.hash = tokenFlags(Word, byHand.Text)
			for _, tok := range []Token{toks[0], byHand} {
				h, n, ok := tok.KeyHash()
				if ok != (tt.key != "") {
					t.Fatalf("%q (flags %b): KeyHash ok want %v, got %v", tok.Text, tok.flags, tt.key != "", ok)
				}
				if !ok {
					continue
				}
				if got := strings.ToLower(tok.Text[:n]); got != tt.key {
					t.Errorf("%q (flags %b): key want %q, got %q", tok.Text, tok.flags, tt.key, got)
				}
				if want := HashKey(tt.key); h != want {
					t.Errorf("%q (flags %b): hash want %#x, got %#x", tok.Text, tok.flags, want, h)
				}
				if got, want := tok.Possessive(), len(tok.Text)-n; got != want {
					t.Errorf("%q: Possessive want %d, got %d", tok.Text, want, got)
				}
			}
		})
	}
}
