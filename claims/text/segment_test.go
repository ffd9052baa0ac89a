package text

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

func sentenceTexts(d *Doc) []string {
	var out []string
	for _, s := range d.Sentences {
		out = append(out, s.Text)
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"two plain sentences", "Talks ended. Both sides left.", []string{"Talks ended.", "Both sides left."}},
		{"U.S. inside a sentence", "The U.S. and Canada agreed. Talks resume Monday.", []string{"The U.S. and Canada agreed.", "Talks resume Monday."}},
		{"U.S. opening a sentence", "U.S. officials declined to comment.", []string{"U.S. officials declined to comment."}},
		{"U.S. ending a sentence", "The summit was held in the U.S. Officials called it a success.", []string{"The summit was held in the U.S.", "Officials called it a success."}},
		{"title before a name", "Dr. Lena Ortiz led the team. She is 52.", []string{"Dr. Lena Ortiz led the team.", "She is 52."}},
		{"several titles", "Gen. Ruiz met Sen. Park and Mr. Ode.", []string{"Gen. Ruiz met Sen. Park and Mr. Ode."}},
		{"month abbreviation", "The vote is set for Jan. 15 in Quito. Polls open early.", []string{"The vote is set for Jan. 15 in Quito.", "Polls open early."}},
		{"a.m. mid-sentence", "The blast came at 9 a.m. on Friday near the port.", []string{"The blast came at 9 a.m. on Friday near the port."}},
		{"a.m. ending a sentence", "The blast came at 9 a.m. The police arrived soon after.", []string{"The blast came at 9 a.m.", "The police arrived soon after."}},
		{"middle initial", "John Q. Public voted. He was first in line.", []string{"John Q. Public voted.", "He was first in line."}},
		{"decimal number", "Output grew 3.5 percent. Exports fell.", []string{"Output grew 3.5 percent.", "Exports fell."}},
		{"quote closing a sentence", `He said: "It is over." Then he left.`, []string{`He said: "It is over."`, "Then he left."}},
		{"curly quotes", "“We agreed,” she said. “Now we act.”", []string{"“We agreed,” she said.", "“Now we act.”"}},
		{"typewriter quotes open a sentence", "Officials said so. ``Very few came,'' one added.", []string{"Officials said so.", "``Very few came,'' one added."}},
		{"question and exclamation", "Why now? Nobody knows! The end.", []string{"Why now?", "Nobody knows!", "The end."}},
		{"company then lower case", "Acme Inc. said profits rose. Shares fell.", []string{"Acme Inc. said profits rose.", "Shares fell."}},
		{"company ending a sentence", "She works for Acme Inc. The firm is small.", []string{"She works for Acme Inc.", "The firm is small."}},
		{"line breaks end sentences", "Quake hits coast\nAt least 4 dead\n\nRescuers dig on.", []string{"Quake hits coast", "At least 4 dead", "Rescuers dig on."}},
		{"no.", "He wore No. 7 for the club.", []string{"He wore No. 7 for the club."}},
		{"bracket after stop", "The law passed (by one vote.) Critics objected.", []string{"The law passed (by one vote.)", "Critics objected."}},
		{"empty", "", nil},
		{"only spaces and lines", " \n\n  \n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := sentenceTexts(Parse(tt.in))
			if d := cmp.Diff(tt.want, got); d != "" {
				t.Errorf("sentences (-want +got):\n%s", d)
			}
		})
	}
}

func TestSentenceOffsetsAndLines(t *testing.T) {
	text := "PARÍS — Officials met Friday.\n\nThe talks, held in São Paulo, ended. “Good,” one said.\nDone."
	d := Parse(text)
	type sent struct {
		Text       string
		Index      int
		Start, End int
		Line       int
	}
	var got []sent
	for _, s := range d.Sentences {
		got = append(got, sent{s.Text, s.Index, s.Start, s.End, s.Line})
	}
	// Byte offsets: "PARÍS — " is 11 bytes (Í and — are multi-byte).
	first := strings.Index(text, "The talks")
	second := strings.Index(text, "“Good")
	last := strings.Index(text, "Done.")
	want := []sent{
		{"PARÍS — Officials met Friday.", 0, 0, len("PARÍS — Officials met Friday."), 1},
		{"The talks, held in São Paulo, ended.", 1, first, first + len("The talks, held in São Paulo, ended."), 3},
		{"“Good,” one said.", 2, second, second + len("“Good,” one said."), 3},
		{"Done.", 3, last, last + len("Done."), 4},
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("sentences (-want +got):\n%s", d)
	}
	for _, s := range d.Sentences {
		for _, tok := range s.Tokens {
			if text[tok.Start:tok.End] != tok.Text {
				t.Errorf("token %q at [%d,%d) reads %q in the text", tok.Text, tok.Start, tok.End, text[tok.Start:tok.End])
			}
			if tok.Start < s.Start || tok.End > s.End {
				t.Errorf("token %q [%d,%d) outside its sentence [%d,%d)", tok.Text, tok.Start, tok.End, s.Start, s.End)
			}
		}
	}
}

func TestPosition(t *testing.T) {
	text := "Line one.\nSecond line, é here.\n\nFourth."
	d := Parse(text)
	tests := []struct {
		name      string
		offset    int
		line, col int
	}{
		{"start", 0, 1, 1},
		{"end of line one", strings.Index(text, "\n"), 1, 10},
		{"start of line two", strings.Index(text, "Second"), 2, 1},
		// columns count bytes: "Second line, é " is 16 bytes, so "here"
		// starts at column 17.
		{"after a two-byte letter", strings.Index(text, "here"), 2, 17},
		{"empty line", strings.Index(text, "\n\n") + 1, 3, 1},
		{"last line", strings.Index(text, "Fourth"), 4, 1},
		{"end of text", len(text), 4, 8},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			line, col := d.Position(tt.offset)
			if line != tt.line || col != tt.col {
				t.Errorf("offset %d: want %d:%d, got %d:%d", tt.offset, tt.line, tt.col, line, col)
			}
		})
	}
}

func TestSentenceAt(t *testing.T) {
	text := "First one. Second one."
	d := Parse(text)
	tests := []struct {
		offset int
		want   string
	}{
		{0, "First one."},
		{strings.Index(text, "one."), "First one."},
		{strings.Index(text, "Second"), "Second one."},
		{strings.Index(text, " Second"), ""}, // the space between sentences
		{len(text), ""},
	}
	for _, tt := range tests {
		s := d.SentenceAt(tt.offset)
		got := ""
		if s != nil {
			got = s.Text
		}
		if got != tt.want {
			t.Errorf("offset %d: want %q, got %q", tt.offset, tt.want, got)
		}
	}
}

func TestTokenize(t *testing.T) {
	text := "The U.S. sent 1,954 troops — 3.5% more — at 9 a.m., didn't it? $40bn"
	type tok struct {
		Kind  TokenKind
		Text  string
		Space bool
	}
	var got []tok
	for _, t := range Tokenize(text, 0, len(text)) {
		got = append(got, tok{t.Kind, t.Text, t.Space})
	}
	want := []tok{
		{Word, "The", true}, {Word, "U.S.", true}, {Word, "sent", true},
		{Number, "1,954", true}, {Word, "troops", true}, {Punct, "—", true},
		{Number, "3.5", true}, {Punct, "%", false}, {Word, "more", true},
		{Punct, "—", true}, {Word, "at", true}, {Number, "9", true},
		{Word, "a.m.", true}, {Punct, ",", false}, {Word, "didn't", true},
		{Word, "it", true}, {Punct, "?", false}, {Punct, "$", true},
		{Number, "40", false}, {Word, "bn", false},
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("tokens (-want +got):\n%s", d)
	}
}

func TestTokenizeRange(t *testing.T) {
	text := "skip this. Keep 12 km here."
	start := strings.Index(text, "Keep")
	toks := Tokenize(text, start, len(text))
	if len(toks) == 0 || toks[0].Text != "Keep" || toks[0].Start != start || !toks[0].Space {
		t.Fatalf("want the first token Keep at %d (after a space), got %+v", start, toks)
	}
	if last := toks[len(toks)-1]; last.End != len(text) {
		t.Errorf("want the last token to end at %d, got %d", len(text), last.End)
	}
}

func TestTokenHelpers(t *testing.T) {
	toks := Tokenize("Mexico’s PRESIDENT said", 0, len("Mexico’s PRESIDENT said"))
	if len(toks) != 3 {
		t.Fatalf("want 3 tokens (curly apostrophe inside the word), got %d: %+v", len(toks), toks)
	}
	if !toks[1].Is("president") || toks[1].Is("presiden") {
		t.Error("Is should compare whole words, ignoring ASCII case")
	}
	if !toks[0].Capitalized() || toks[2].Capitalized() {
		t.Error("Capitalized: want Mexico’s yes, said no")
	}
	if got := toks[1].Lower(); got != "president" {
		t.Errorf("Lower: want president, got %q", got)
	}
	if got := (Token{Kind: Word, Text: "ÉCOLE"}).Lower(); got != "école" {
		t.Errorf("Lower of non-ASCII: want école, got %q", got)
	}
}

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Bárcena", "barcena"},
		{"BARCENA", "barcena"},
		{"López Obrador", "lopez obrador"},
		{"“Now” – ‘then’", `"now" - 'then'`},
		{"Straße", "strase"},
		{"plain", "plain"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := Fold(tt.in); got != tt.want {
				t.Errorf("want %q, got %q", tt.want, got)
			}
		})
	}
	// Inner hyphens and apostrophes stay; the curly one becomes plain.
	if d := cmp.Diff([]string{"sherwood-randall's", "title"}, FoldWords("Sherwood-Randall’s title!")); d != "" {
		t.Errorf("FoldWords (-want +got):\n%s", d)
	}
}

// FuzzParse checks, for any text, that sentences and tokens lie inside
// the text on UTF-8 boundaries, in order, and that positions stay on
// existing lines.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"The U.S. and Mexico met on Dec. 27 in Mexico City. Dr. Ruiz, 61, said: “We agreed.”",
		"WASHINGTON (AP) — A 1,954-mile (3,145-kilometer) border.\n\nMore than half a million people crossed.",
		"At 9 a.m. on Jan. 5, 2024, John F. Kennedy Jr. was there… Really?! Yes.",
		"Kills 4, Injures 2\nTwo killed, three wounded\n",
		"“Nobody,” she said, “saw it.” (It was 3.5 km away.)",
		"é\u200b\ufeff\r\n\t‑–—",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		d := Parse(text)
		lines := strings.Count(text, "\n") + 1
		prevEnd := 0
		for i, s := range d.Sentences {
			if s.Index != i {
				t.Fatalf("sentence %d has index %d", i, s.Index)
			}
			if s.Start < prevEnd || s.End <= s.Start || s.End > len(text) {
				t.Fatalf("sentence %d [%d,%d) out of order or outside the text (%d bytes)", i, s.Start, s.End, len(text))
			}
			if !utf8.RuneStart(text[s.Start]) || s.End < len(text) && !utf8.RuneStart(text[s.End]) {
				t.Fatalf("sentence %d [%d,%d) splits a character", i, s.Start, s.End)
			}
			if s.Text != text[s.Start:s.End] {
				t.Fatalf("sentence %d text differs from its span", i)
			}
			if line, _ := d.Position(s.Start); line != s.Line || line < 1 || line > lines {
				t.Fatalf("sentence %d: line %d, Position says %d, text has %d lines", i, s.Line, line, lines)
			}
			prevEnd = s.End
			tokEnd := s.Start
			for _, tok := range s.Tokens {
				if tok.Start < tokEnd || tok.End <= tok.Start || tok.End > s.End {
					t.Fatalf("token %q [%d,%d) out of order or outside its sentence", tok.Text, tok.Start, tok.End)
				}
				if !utf8.RuneStart(text[tok.Start]) || tok.End < len(text) && !utf8.RuneStart(text[tok.End]) {
					t.Fatalf("token [%d,%d) splits a character", tok.Start, tok.End)
				}
				tokEnd = tok.End
			}
		}
	})
}

// LowerASCII lowers ASCII capitals eight bytes at a time; it must agree
// with the byte-by-byte definition on any text.
func FuzzLowerASCII(f *testing.F) {
	for _, s := range []string{"", "A", "talks resumed", "The U.S. Envoy MET in São Paulo @[`{ AZaz", "ÀÉ\x80\xff\x7f@[Z", strings.Repeat("Mexico CITY ", 100)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := []byte(s)
		for i, c := range want {
			if 'A' <= c && c <= 'Z' {
				want[i] = c + 'a' - 'A'
			}
		}
		if got := Parse(s).LowerASCII; got != string(want) {
			t.Fatalf("LowerASCII of %q = %q, want %q", s, got, want)
		}
	})
}
