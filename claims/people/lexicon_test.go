package people

import "testing"

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
