package compare

import "testing"

func TestPartyOf(t *testing.T) {
	tests := []struct {
		name, sentence, claim, want string
	}{
		{"subject of an estimate", "Police estimated the crowd at 45,000.", "45,000", "police"},
		{"apposition between party and verb", "The organizers, a coalition of student unions, said 90,000 people joined.", "90,000 people", "organizers"},
		{"each clause its own party", "Police said 45,000 took part, while organisers put the figure at 90,000.", "90,000", "organizers"},
		{"first clause of two", "Police said 45,000 took part, while organisers put the figure at 90,000.", "45,000", "police"},
		{"party after the figure", "About 45,000 people marched, police said.", "45,000 people", "police"},
		{"said before the party", "About 45,000 people marched, said police.", "45,000 people", "police"},
		{"according to", "According to the organisers, more than 90,000 people took part.", "more than 90,000 people", "organizers"},
		{"a party in the counted noun is no attribution", "Twelve police officers were hurt in the clashes.", "Twelve police officers", ""},
		{"no party", "About 45,000 people marched through the capital.", "45,000 people", ""},
		{"semicolon ends the clause", "The unions claimed 90,000 marchers; the count by city hall was 40,000.", "40,000", ""},
		{"claim not in the sentence", "Police said 45,000 took part.", "12", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := partyOf(tt.sentence, tt.claim); got != tt.want {
				t.Errorf("partyOf(%q, %q) = %q, want %q", tt.sentence, tt.claim, got, tt.want)
			}
		})
	}
}

func TestNationalityQualifier(t *testing.T) {
	tests := []struct{ text, subject, want string }{
		{"48 Tarvian prisoners", "prisoners", "tarvian"},
		{"12 Republican senators", "senators", "republican"},
		{"105 prisoners", "prisoners", ""},
		{"Five Big Banks", "banks", ""},
		{"three coastal provinces", "provinces", ""},
		{"40 Tarvian prisoners", "", ""},
		{"€3.1 billion", "deal", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := nationalityQualifier(tt.text, tt.subject); got != tt.want {
				t.Errorf("nationalityQualifier(%q, %q) = %q, want %q", tt.text, tt.subject, got, tt.want)
			}
		})
	}
}

// FuzzPartyOf checks that reading a figure's party never panics, whatever
// the sentence and the claim's text, and that it gives a known party.
func FuzzPartyOf(f *testing.F) {
	f.Add("Police said 45,000 took part, while the organisers, a union federation, said 90,000.", "90,000")
	f.Add("According to the organisers, more than 90,000 people took part.", "more than 90,000 people")
	f.Add("About 45,000 people marched, said police; organisers said", "45,000 people")
	f.Add("according to", "according to")
	f.Add("", "")
	f.Fuzz(func(t *testing.T, sentence, claim string) {
		p := partyOf(sentence, claim)
		if p == "" {
			return
		}
		for _, known := range partyWords {
			if p == known {
				return
			}
		}
		t.Errorf("partyOf(%q, %q) = %q, not a known party", sentence, claim, p)
	})
}
