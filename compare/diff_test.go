package compare

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

func TestWordDiff(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want string
	}{
		{"identical", "The talks ended.", "The talks ended.", "The talks ended."},
		{"one word replaced", "National Security Advisor", "Homeland Security Advisor",
			"[-National-]{+Homeland+} Security Advisor"},
		{"word inserted", "Manuel Lopez Obrador", "Andres Manuel Lopez Obrador",
			"{+Andres +}Manuel Lopez Obrador"},
		{"accent is a whole-word change", "Alicia Barcena", "Alicia Bárcena",
			"Alicia [-Barcena-]{+Bárcena+}"},
		{"numbers with separators stay whole", "the 3,145-kilometer border", "the 3,200km border",
			"the [-3,145-kilometer-]{+3,200km+} border"},
		{"empty to text", "", "new words", "{+new words+}"},
		{"text to empty", "old words", "", "[-old words-]"},
		{"punctuation is its own unit", "They met, then left.", "They met; then left.",
			"They met[-,-]{+;+} then left."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := RenderDiff(WordDiff(tt.a, tt.b))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("WordDiff(%q, %q) (-want +got):\n%s", tt.a, tt.b, diff)
			}
		})
	}
}

func TestWordDiffOps(t *testing.T) {
	got := WordDiff("Foreign Minister Ana Ruiz", "Foreign Secretary Ana Ruiz")
	want := []DiffOp{
		{Op: "equal", Text: "Foreign "},
		{Op: "delete", Text: "Minister"},
		{Op: "insert", Text: "Secretary"},
		{Op: "equal", Text: " Ana Ruiz"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ops (-want +got):\n%s", diff)
	}
}

// A long sentence with many distinct words must still map every unit to a
// rune that survives the string round trip inside diffmatchpatch, which
// breaks at the surrogate range (0xD800) without the skip in runes.
func TestWordDiffManyUnits(t *testing.T) {
	var a, b strings.Builder
	for i := range 60000 {
		w := strings.Repeat("x", 1+i%7) + string(rune('a'+i%26)) + itoa(i)
		a.WriteString(w + " ")
		if i%1000 != 0 {
			b.WriteString(w + " ")
		}
	}
	checkRoundTrip(t, a.String(), b.String())
}

func itoa(i int) string {
	const digits = "0123456789"
	if i == 0 {
		return "0"
	}
	var s []byte
	for ; i > 0; i /= 10 {
		s = append([]byte{digits[i%10]}, s...)
	}
	return string(s)
}

// checkRoundTrip asserts that the ops rebuild both texts exactly.
func checkRoundTrip(t *testing.T, a, b string) {
	t.Helper()
	ops := WordDiff(a, b)
	var ga, gb strings.Builder
	for _, op := range ops {
		switch op.Op {
		case "equal":
			ga.WriteString(op.Text)
			gb.WriteString(op.Text)
		case "delete":
			ga.WriteString(op.Text)
		case "insert":
			gb.WriteString(op.Text)
		default:
			t.Fatalf("unknown op %q", op.Op)
		}
		if op.Text == "" {
			t.Fatalf("empty op in %+v", ops)
		}
	}
	if ga.String() != a {
		t.Errorf("old side rebuilt as %q, want %q", ga.String(), a)
	}
	if gb.String() != b {
		t.Errorf("new side rebuilt as %q, want %q", gb.String(), b)
	}
}

func FuzzWordDiff(f *testing.F) {
	f.Add("Mexican Foreign Minister Alicia Barcena spoke on Friday.", "Foreign Secretary Alicia Bárcena spoke Friday in Mexico City.")
	f.Add("The 1,954-mile (3,145-kilometer) border", "the extensive 3,200km border")
	f.Add("“We agreed,” she said.", "She said both sides agreed — again.")
	f.Add("", "x")
	f.Add("a\xffb", "a b")
	f.Fuzz(func(t *testing.T, a, b string) {
		if len(a) > 2000 || len(b) > 2000 {
			return
		}
		checkRoundTrip(t, a, b)
		if utf8.ValidString(a) && utf8.ValidString(b) {
			_ = RenderDiff(WordDiff(a, b))
		}
	})
}
