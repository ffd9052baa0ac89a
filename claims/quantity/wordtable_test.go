package quantity

import "testing"

func TestWordTable(t *testing.T) {
	words := map[string]uint8{"more": 1, "about": 2, "u.s.": 3}
	// Force a shared slot: find a word whose signature collides with
	// "more", so the fallback map is exercised too.
	var twin string
	for n := 0; n < 26*26*26*26 && twin == ""; n++ {
		w := string([]byte{byte('a' + n%26), byte('a' + n/26%26), byte('a' + n/676%26), byte('a' + n/17576)})
		if w != "more" && signature(w) == signature("more") {
			twin = w
		}
	}
	if twin == "" {
		t.Fatal("no four-letter word shares a slot with \"more\"; pick another probe")
	}
	words[twin] = 4
	table := newWordTable(words)
	tests := []struct {
		in   string
		want uint8
	}{
		{"more", 1}, {"More", 1}, {"MORE", 1}, {"about", 2}, {"About", 2}, {"U.S.", 3},
		{"mores", 0}, {"abut", 0}, {"", 0}, {"Ábout", 0},
	}
	tests = append(tests, struct {
		in   string
		want uint8
	}{twin, 4})
	for _, tt := range tests {
		if got := table.get(tt.in); got != tt.want {
			t.Errorf("get(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}
