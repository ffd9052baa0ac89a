package dates

import (
	"os"
	"path/filepath"
	"testing"

	"crosscheck/claims/text"
)

// The hashed table must agree with the lexicon map on every word: the
// seed articles, case and possessive variants, curly apostrophes.
func TestLexTableAgreesWithMap(t *testing.T) {
	var texts []string
	paths, _ := filepath.Glob("../../seeds/*.txt")
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	var words string
	for w := range lexicon {
		words += w + " " + capitalize(w) + " " + w + "'s " + w + "\u2019s "
	}
	texts = append(texts, words, "WON’T Friday’s TODAY'S O'CLOCK")
	for _, s := range texts {
		for _, tok := range text.Tokenize(s, 0, len(s)) {
			want, ok := lookup(tok)
			got := lexWords[lookupIdx(tok)]
			if !ok {
				want = word{}
			}
			if got != want {
				t.Errorf("lookupIdx(%q) = %q, want %q", tok.Text, got.key, want.key)
			}
		}
	}
}

func capitalize(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}
