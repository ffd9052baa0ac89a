package people

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func nameLines(s string) []string {
	var out []string
	for _, m := range analyze(s).Names() {
		n := m.Value.(Name)
		out = append(out, fmt.Sprintf("%s | %s | %s", n.Entity, n.Display, s[m.Start:m.End]))
	}
	return out
}

func TestNames(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"one per spelling", "Maria Elena Duarte spoke. Later Duarte left, and Maria Elena Duarte returned.",
			[]string{"maria elena duarte | Maria Elena Duarte | Maria Elena Duarte"}},
		{"accent variant of surname", "Ana Bárcena arrived. Barcena said little.",
			[]string{"ana barcena | Ana Bárcena | Ana Bárcena", "ana barcena | Barcena | Barcena"}},
		{"fullest form is the entity", "President Manuel Ortiz Lara spoke. Jose Manuel Ortiz Lara later left.",
			[]string{"jose manuel ortiz lara | Jose Manuel Ortiz Lara | Jose Manuel Ortiz Lara"}},
		{"hyphenated", "Adviser Elena Soto-Vargas met Soto-Vargas's team.",
			[]string{"elena soto-vargas | Elena Soto-Vargas | Elena Soto-Vargas"}},
		{"particles", "Guatemalan President Ramiro Castillo de la Vega took office.",
			[]string{"ramiro castillo de la vega | Ramiro Castillo de la Vega | Ramiro Castillo de la Vega"}},
		{"possessive left out", "Tom Reyes's office declined to comment.",
			[]string{"tom reyes | Tom Reyes | Tom Reyes"}},
		{"two people", "Ana Ruiz and Tom Reyes signed.",
			[]string{"ana ruiz | Ana Ruiz | Ana Ruiz", "tom reyes | Tom Reyes | Tom Reyes"}},

		{"one word only", "President Duarte spoke.", nil},
		{"places and demonyms", "Central American migrants crossed Mexico City and the Darien Gap.", nil},
		{"months and weekdays", "On Friday, January talks resumed in Washington.", nil},
		{"organizations", "The National Migration Institute and the State Department agreed.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, nameLines(tt.in)); diff != "" {
				t.Errorf("names of %q (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestSameEntity(t *testing.T) {
	tests := []struct {
		a, b    string
		same    bool
		variant bool
	}{
		{"Manuel Lopez Obrador", "Andrés Manuel López Obrador", true, true},
		{"Barcena", "Alicia Bárcena", true, true},
		{"Alicia Barcena", "Alicia Barcena", true, false},
		{"Alicia Barcena", "Alicia  Barcena", true, false},
		{"Arévalo", "Bernardo Arévalo de León", true, true},
		{"Alicia", "Alicia Barcena", false, false},
		{"Ana Ruiz", "Tom Ruiz", false, false},
		{"Ruiz", "Ruizo", false, false},
		{"John Kennedy", "John F. Kennedy", true, true},
		{"Elizabeth Sherwood Randall", "Elizabeth Sherwood-Randall", true, true},
	}
	for _, tt := range tests {
		t.Run(tt.a+" vs "+tt.b, func(t *testing.T) {
			if got := SameEntity(tt.a, tt.b); got != tt.same {
				t.Errorf("SameEntity = %v, want %v", got, tt.same)
			}
			if got := SameEntity(tt.b, tt.a); got != tt.same {
				t.Errorf("SameEntity reversed = %v, want %v", got, tt.same)
			}
			if got := Variant(tt.a, tt.b); got != tt.variant {
				t.Errorf("Variant = %v, want %v", got, tt.variant)
			}
		})
	}
	for name, want := range map[string]string{"Andrés Manuel López Obrador": "obrador", "Elizabeth Sherwood-Randall": "randall", "": ""} {
		if got := Key(name); got != want {
			t.Errorf("Key(%q) = %q, want %q", name, got, want)
		}
	}
}
