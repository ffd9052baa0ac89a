package dates

import (
	"go/ast"
	goparser "go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"crosscheck/claims/text"
)

// vocabTexts are the seed articles and every word of the word lists in
// case, possessive and curly-apostrophe variants.
func vocabTexts(t *testing.T) []string {
	t.Helper()
	var texts []string
	paths, _ := filepath.Glob("../../seeds/*.txt")
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	var words strings.Builder
	for _, w := range vocab[1:] {
		for _, v := range []string{w.name, capitalize(w.name), strings.ToUpper(w.name)} {
			words.WriteString(v + " " + v + "'s " + v + "'S " + v + "\u2019s " + v + "\u2019S ")
		}
	}
	return append(texts, words.String(), "WON’T Friday’s TODAY'S O'CLOCK approximately’s Mondays’ É Ça ÉTÉ")
}

// The vocabulary must agree with the maps it is built from on every
// word: its lexicon entry, tense, event class and plain word.
func TestVocabAgreesWithMaps(t *testing.T) {
	for _, s := range vocabTexts(t) {
		for _, tok := range text.Tokenize(s, 0, len(s)) {
			e := vocab[vocIndex(&tok)]
			if want, ok := lookup(tok); !ok && e.lex != (word{}) || ok && e.lex != want {
				t.Errorf("%q: lexicon entry %q, want %q", tok.Text, e.lex.key, want.key)
			}
			if want, _ := lookupIn(tenseWords, &tenseMask, tok); e.tense != want {
				t.Errorf("%q: tense %d, want %d", tok.Text, e.tense, want)
			}
			if want, _ := lookupIn(eventWords, &eventMask, tok); e.event != want {
				t.Errorf("%q: event %q, want %q", tok.Text, e.event, want)
			}
			if want, ok := lookupIn(plainWords, &plainMask, tok); e.plain != ok || ok && e.name != want {
				t.Errorf("%q: plain %v %q, want %v %q", tok.Text, e.plain, e.name, ok, want)
			}
		}
	}
}

// referenceLower is parser.lower written with the maps and Token.Lower.
func referenceLower(toks []text.Token, i int) string {
	if i < 0 || i >= len(toks) {
		return ""
	}
	t := toks[i]
	if e, ok := lookup(t); ok && e.key != "" {
		return e.key
	}
	if !t.Capitalized() {
		return t.Lower()
	}
	if k, ok := lookupIn(plainWords, &plainMask, t); ok {
		return k
	}
	return t.Lower()
}

// The parser's is and lower, which read the tokens' folds, must agree
// with Token.Is and the plain lower-casing on every token, asked twice
// (lower caches what it lowers).
func TestParserFoldsAgree(t *testing.T) {
	probes := []string{"the", "from", "year", "friday", "may", "o'clock", "won't", "s", "a.m.", ",", "’"}
	for _, s := range vocabTexts(t) {
		toks := text.Tokenize(s, 0, len(s))
		p := parser{src: s, low: text.Parse(s).LowerASCII}
		p.reset(toks)
		for round := range 2 {
			for i := -1; i <= len(toks); i++ {
				if got, want := p.lower(i), referenceLower(toks, i); got != want {
					t.Fatalf("round %d: lower(%d) of %q = %q, want %q", round, i, s, got, want)
				}
				for _, w := range probes {
					want := i >= 0 && i < len(toks) && toks[i].Is(w)
					if got := p.is(i, w); got != want {
						t.Fatalf("round %d: is(%d, %q) of %q = %v, want %v", round, i, w, s, got, want)
					}
				}
				if i >= 0 && i < len(toks) {
					if got := p.is(i, strings.ToLower(toks[i].Text)); got != toks[i].Is(strings.ToLower(toks[i].Text)) {
						t.Fatalf("round %d: is(%d) of %q against itself = %v", round, i, toks[i].Text, got)
					}
				}
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

// parser.is compares a word's ASCII fold, so the words it is asked about
// must be in lower case (and not empty, which numbers and marks fold to):
// every call in the package is checked.
func TestIsWordsAreLowerCase(t *testing.T) {
	fset := token.NewFileSet()
	pkgs, err := goparser.ParseDir(fset, ".", func(fi fs.FileInfo) bool { return !strings.HasSuffix(fi.Name(), "_test.go") }, 0)
	if err != nil {
		t.Fatal(err)
	}
	calls := 0
	for _, pkg := range pkgs {
		for _, f := range pkg.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok || len(call.Args) != 2 {
					return true
				}
				sel, ok := call.Fun.(*ast.SelectorExpr)
				if !ok || sel.Sel.Name != "is" {
					return true
				}
				calls++
				lit, ok := call.Args[1].(*ast.BasicLit)
				if !ok {
					t.Errorf("%v: is called with %T, want a string literal", fset.Position(call.Pos()), call.Args[1])
					return true
				}
				if w, err := strconv.Unquote(lit.Value); err != nil || w == "" || w != strings.ToLower(w) {
					t.Errorf("%v: is(…, %s): want a word in lower case", fset.Position(call.Pos()), lit.Value)
				}
				return true
			})
		}
	}
	if calls < 100 {
		t.Errorf("found %d calls of is, want the package's hundreds", calls)
	}
}
