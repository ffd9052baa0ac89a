package people

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func ageLines(s string) []string {
	var out []string
	for _, m := range analyze(s).Ages() {
		a := m.Value.(Age)
		out = append(out, fmt.Sprintf("%s | %d | %v | %s", a.Person, a.Years, a.Named, s[m.Start:m.End]))
	}
	return out
}

func TestAges(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"name comma age", "Ana Ruiz, 36, was arrested near the port.",
			[]string{"Ana Ruiz | 36 | true | 36"}},
		{"name in parentheses", "Ana Ruiz (36) was arrested near the port.",
			[]string{"Ana Ruiz | 36 | true | 36"}},
		{"year-old title then name", "The 61-year-old mayor, Tom Reyes, resigned on Friday.",
			[]string{"Tom Reyes | 61 | true | 61-year-old"}},
		{"year-old name", "Voters chose 61-year-old Tom Reyes.",
			[]string{"Tom Reyes | 61 | true | 61-year-old"}},
		{"description only", "A 3-year-old boy was hurt in the crash.",
			[]string{"boy | 3 | false | 3-year-old"}},
		{"number in words", "The three-year-old girl survived.",
			[]string{"girl | 3 | false | three-year-old"}},
		{"aged after noun", "A man aged 45 was detained.",
			[]string{"man | 45 | false | aged 45"}},
		{"aged after name", "Tom Reyes, aged 45, was detained.",
			[]string{"Tom Reyes | 45 | true | aged 45"}},
		{"who is", "Tom Reyes, who is 61, spoke first.",
			[]string{"Tom Reyes | 61 | true | 61"}},
		{"years old after is", "Tom Reyes is 61 years old.",
			[]string{"Tom Reyes | 61 | true | 61 years old"}},
		{"list of people", "Ana Ruiz, 36, and Tom Reyes, 61, were named.",
			[]string{"Ana Ruiz | 36 | true | 36", "Tom Reyes | 61 | true | 61"}},
		{"surname resolves", "Tom Reyes won. Reyes, 61, thanked voters.",
			[]string{"Tom Reyes | 61 | true | 61"}},
		{"a bare definite age opening a sentence is the one person named before", "Dunmore signed winger Ana Ruiz on Monday. The 22-year-old joins on a free transfer.",
			[]string{"Ana Ruiz | 22 | true | 22-year-old"}},
		{"a bare definite age that owns a noun", "Dunmore signed winger Ana Ruiz on Monday. The 22-year-old's contract runs until 2029.",
			[]string{"Ana Ruiz | 22 | true | 22-year-old's"}},
		{"a bare definite age after a sentence that speaks of someone unnamed is still read, weakly", "Judge Ana Ruiz sentenced the man on Monday. The 45-year-old had pleaded guilty.",
			[]string{"Ana Ruiz | 45 | true | 45-year-old"}},
		{"a definite description opening a sentence refers back to the one person named", "Lidia Varga was freed on Friday. She hugged her sister. The 29-year-old nurse said she was tired.",
			[]string{"Lidia Varga | 29 | true | 29-year-old"}},
		{"two people named before: the description stays a description", "Lidia Varga and Ana Ruiz were freed. The 29-year-old nurse said she was tired.",
			[]string{"nurse | 29 | false | 29-year-old"}},
		{"the noun used for someone else before: a description", "Lidia Varga met the nurse. The 29-year-old nurse said she was tired.",
			[]string{"nurse | 29 | false | 29-year-old"}},
		{"not opening its sentence: a description", "Lidia Varga spoke. Later the 29-year-old nurse left.",
			[]string{"nurse | 29 | false | 29-year-old"}},

		{"thing not person", "The 20-year-old war ended in a treaty.", nil},
		{"year then count", "In 2020, 36 people died.", nil},
		{"percent", "Tom Reyes, 61 percent of voters said, was the favorite.", nil},
		{"decimal", "Ana Ruiz, 3.5 million people live there.", nil},
		{"place then number", "Lima, 12 people were hurt.", nil},
		{"months are not years", "A 6-month-old baby was found.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, ageLines(tt.in)); diff != "" {
				t.Errorf("ages of %q (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// A bare definite age is confident enough to conflict only when the
// sentence it refers back to speaks of no one unnamed.
func TestBareAgeConfidence(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want float64
	}{
		{"one person named", "Dunmore signed winger Ana Ruiz on Monday. The 22-year-old joins on a free transfer.", 0.6},
		{"an unnamed man beside her", "Judge Ana Ruiz sentenced the man on Monday. The 45-year-old had pleaded guilty.", 0.45},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := analyze(tt.in).Ages()
			if len(ms) != 1 {
				t.Fatalf("Ages(%q) = %d matches, want 1", tt.in, len(ms))
			}
			if got := ms[0].Confidence; got != tt.want {
				t.Errorf("Ages(%q) confidence = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}
