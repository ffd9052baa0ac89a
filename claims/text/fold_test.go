package text

import "testing"

func TestEqualLower(t *testing.T) {
	tests := []struct {
		name, s, lower string
		want           bool
	}{
		{"same", "ferry", "ferry", true},
		{"capitalized", "Ferry", "ferry", true},
		{"capitals", "FERRY", "ferry", true},
		{"other word", "Ferries", "ferry", false},
		{"other length", "Fer", "ferry", false},
		// Only s is folded: a key with capitals never matches.
		{"capital in the key", "ferry", "Ferry", false},
		{"beyond ASCII is compared as is", "Ostróva", "ostróva", true},
		{"empty", "", "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := EqualLower(tt.s, tt.lower); got != tt.want {
				t.Errorf("EqualLower(%q, %q) = %v, want %v", tt.s, tt.lower, got, tt.want)
			}
		})
	}
}
