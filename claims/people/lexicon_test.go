package people

import (
	"strings"
	"testing"

	"crosscheck/claims/text"
)

func TestClassOf(t *testing.T) {
	tests := []struct {
		word string
		want uint32
		has  bool
	}{
		{"Minister", cHead, true},
		{"MINISTER", cHead, true},
		{"said", cSpeech, true},
		{"Alicia", cGivenF, true},
		{"Andrés", cGivenM, true},
		{"ANDRÉS", cGivenM, true},
		{"Friday", cWeekday, true},
		{"Sherwood", cGiven, false},
		{"Blinken", cHead | cGiven | cPlace, false},
		{"averyveryveryveryverylongwordindeed", cHead, false},
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			if got := classOf(tt.word)&tt.want != 0; got != tt.has {
				t.Errorf("classOf(%q) has %b: %v, want %v", tt.word, tt.want, got, tt.has)
			}
		})
	}
	// The table and the map agree on every lexicon word.
	for w, c := range lexicon {
		if got := wordTable.get([]byte(w)); got != c {
			t.Fatalf("table lookup of %q = %b, map has %b", w, got, c)
		}
	}
}

// TestClassOfMatchesLexicon checks the hashed table against the lexicon
// map on every lexicon word as news writes it (capitalized, in capitals,
// with accents) and on words that are not in it.
func TestClassOfMatchesLexicon(t *testing.T) {
	words := []string{"Sherwood", "Randall", "Obrador", "López", "Bárcena", "Müller", "Straße", "O'Neil", "U.S.", "a.m.",
		"Ægir", "Œuvre", "Łódź", "internationalization", "Sherwood-Randall", "x", "", "Ωmega", "naïve"}
	for w := range lexicon {
		words = append(words, w, strings.ToUpper(w[:1])+w[1:], strings.ToUpper(w), w+"x", w[:len(w)-1])
	}
	for _, w := range words {
		want := uint32(0)
		if len(w) <= 32 {
			want = lexicon[text.Fold(w)]
		}
		if got := classOf(w); got != want {
			t.Errorf("classOf(%q) = %b, lexicon has %b", w, got, want)
		}
	}
}

// TestClassifyByKeyHash checks that a token's class found with the hash
// the tokenizer computed is the class classOf gives its word, on every
// lexicon word as news writes it, with and without a possessive.
func TestClassifyByKeyHash(t *testing.T) {
	var sb strings.Builder
	for w := range lexicon {
		for _, v := range []string{w, strings.ToUpper(w[:1]) + w[1:], strings.ToUpper(w)} {
			sb.WriteString(v + " " + v + "'s " + v + "’s " + v + "'S ")
		}
	}
	sb.WriteString("averyveryveryveryverylongwordindeed averyveryveryveryverylongwordindeed's Bárcena's O'Neil U.S. a.m.")
	s := sb.String()
	for _, tok := range text.Tokenize(s, 0, len(s)) {
		var in tokInfo
		classify(&in, &tok, 0)
		if tok.Kind != text.Word {
			continue
		}
		if want := classOf(tok.Text[:len(tok.Text)-int(in.poss)]); in.class != want {
			t.Errorf("classify(%q) class %b, classOf %b", tok.Text, in.class, want)
		}
		if h, n, ok := tok.KeyHash(); ok && h != fnv([]byte(strings.ToLower(tok.Text[:n]))) {
			t.Errorf("%q: KeyHash and the lexicon's fnv disagree", tok.Text)
		}
	}
}
