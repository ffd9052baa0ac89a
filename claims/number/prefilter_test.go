package number

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"crosscheck/claims/text"
)

// vocabulary is every word of the seed articles and test corpora, every
// key of the number tables, and some written in capitals or with accents.
func vocabulary(t *testing.T) []string {
	t.Helper()
	seen := map[string]bool{}
	var words []string
	add := func(w string) {
		for _, v := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:]} {
			if !seen[v] {
				seen[v] = true
				words = append(words, v)
			}
		}
	}
	for _, m := range []map[string]float64{units, tens, scales, plurals, fractions} {
		for k := range m {
			add(k)
		}
	}
	for k := range ordinals {
		add(k)
	}
	for _, w := range []string{"a", "an", "half", "quarter", "several", "few", "couple", "dozen", "and", "Ünd", "éight", "İn"} {
		add(w)
	}
	files, _ := filepath.Glob("../../seeds/*.txt")
	more, _ := filepath.Glob("../../testdata/*/*/*.txt")
	for _, f := range append(files, more...) {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, tok := range text.Tokenize(string(data), 0, len(data)) {
			if tok.Kind == text.Word {
				add(tok.Text)
			}
		}
	}
	return words
}

// TestStartFilters checks that a word the filters turn away never starts
// a number in words or an ordinal, whatever follows it.
func TestStartFilters(t *testing.T) {
	words := vocabulary(t)
	if len(words) < 1000 {
		t.Fatalf("only %d words to try", len(words))
	}
	for _, w := range words {
		for _, rest := range []string{"", " million", " hundred", " thousand people", " of a million", " a million",
			"-third", "-thirds", " thirds", " few hundred", " couple of weeks", "-six", " and a half", " of thousands", "-first", " dozen"} {
			s := w + rest
			toks := text.Tokenize(s, 0, len(s))
			if len(toks) == 0 || toks[0].Kind != text.Word {
				continue
			}
			if _, ok := parseWordsFrom(toks, 0); ok && !wordStarts.has(&toks[0]) {
				t.Errorf("%q is a number in words, but wordStarts turns %q away", s, toks[0].Text)
			}
			if _, _, ok := ordinalAt(toks, 0); ok && !ordinalStarts.has(&toks[0]) {
				t.Errorf("%q is an ordinal, but ordinalStarts turns %q away", s, toks[0].Text)
			}
		}
	}
}
