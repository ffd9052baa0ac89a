package text

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// TestReleaseReuse parses texts of different sizes one after another,
// releasing each Doc, and checks that every parse equals a parse into
// fresh arrays: a reused arena must not leak tokens or sentences of the
// previous text.
func TestReleaseReuse(t *testing.T) {
	texts := []string{
		"A long first article. It has several sentences, 3,145 km of border and U.S. envoys.\n\nA second paragraph follows here. And one more.",
		"Short one.",
		"",
		"Two lines\nof text. With “quotes” and Bárcena.",
		"A long first article. It has several sentences, 3,145 km of border and U.S. envoys.\n\nA second paragraph follows here. And one more.",
	}
	type sent struct {
		Index, Start, End, Line int
		Text                    string
		Tokens                  []Token
	}
	snapshot := func(d *Doc) []sent {
		var out []sent
		for _, s := range d.Sentences {
			out = append(out, sent{s.Index, s.Start, s.End, s.Line, s.Text, append([]Token(nil), s.Tokens...)})
		}
		return out
	}
	for _, text := range texts {
		want := snapshot(&Doc{Text: text, Sentences: fresh(text)})
		d := Parse(text)
		got := snapshot(d)
		if diff := cmp.Diff(want, got, cmpopts.EquateEmpty(), cmp.AllowUnexported(Token{})); diff != "" {
			t.Fatalf("Parse(%q) after a release (-fresh +got):\n%s", text, diff)
		}
		line, col := d.Position(len(text))
		if wl, wc := (&Doc{lineStarts: lineStarts(nil, text)}).Position(len(text)); line != wl || col != wc {
			t.Errorf("Position(end) of %q: want %d:%d, got %d:%d", text, wl, wc, line, col)
		}
		d.Release()
		d.Release() // a second release does nothing
	}
}

// fresh parses text into arrays no one else has used.
func fresh(text string) []Sentence {
	d := &Doc{Text: text, arena: new(arena)}
	d.lineStarts = lineStarts(nil, text)
	return segment(text, d)
}

// TestReleaseDropsReferences checks that a released arena keeps nothing
// of the text it held (no token or sentence still points into it), also
// when the text had more tokens than the arena's estimate.
func TestReleaseDropsReferences(t *testing.T) {
	dense := strings.Repeat("a,b;c.d!e?f-g ", 200) // a token for every byte
	for _, text := range []string{
		"Talks ended. Both sides left.\n\nA second paragraph.",
		dense,
		dense + "\n" + strings.Repeat("word ", 500) + "\n" + dense,
	} {
		d := Parse(text)
		a := d.arena
		d.Release()
		for i, tok := range a.toks[:cap(a.toks)] {
			if tok != (Token{}) {
				t.Fatalf("%.20q…: token %d of the released arena still holds %+v", text, i, tok)
			}
		}
		for i, s := range a.sents[:cap(a.sents)] {
			if s.Text != "" || s.Tokens != nil {
				t.Fatalf("%.20q…: sentence %d of the released arena still holds %q", text, i, s.Text)
			}
		}
	}
}
