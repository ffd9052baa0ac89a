package compare

import (
	"testing"

	"crosscheck/claims"
)

// TestInDateline checks which dates are the filing date of a wire dateline.
func TestInDateline(t *testing.T) {
	tests := []struct {
		sentence, text string
		want           bool
	}{
		{"SANTA ILVERA, Feb 10 (Hale News) - An earthquake killed 14.", "Feb 10", true},
		{"Lima, Oct. 16 .- The ministry reported a rise.", "Oct. 16", true},
		{"Port Seraya, Oct. 16 (QNA) - Foreign Minister Muhammad al-Rashidi affirmed the deal.", "Oct. 16", true},
		{"On Monday, Oct. 14 - a day late - the deal was signed.", "Oct. 14", false},
		{"They met in Lima, Oct. 16 (the second day) and talked.", "Oct. 16", false},
		{"The talks ended on October 16.", "October 16", false},
	}
	for _, tt := range tests {
		t.Run(tt.sentence, func(t *testing.T) {
			if got := inDateline(&claims.Claim{Sentence: tt.sentence, Text: tt.text}); got != tt.want {
				t.Errorf("inDateline(%q, %q) = %v, want %v", tt.sentence, tt.text, got, tt.want)
			}
		})
	}
}
