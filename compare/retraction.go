package compare

import "strings"

// Correction notes.
//
// "Correction: An earlier version of this article gave the storm's winds
// as 213 km/h. The correct figure is 193 km/h." The first sentence states
// what the article no longer claims: its values were withdrawn by the
// outlet itself, and setting them against other articles would send a
// fact-checker after an error already corrected. Claims in such a
// sentence take part in no finding; the sentence that gives the right
// value is an ordinary claim.

// retracted reports whether a sentence tells what an earlier version of
// its article wrongly said: "An earlier version of this story said…",
// "This article originally stated…", "Correction: … incorrectly gave…".
func retracted(sentence string) bool {
	if len(sentence) < 20 {
		return false
	}
	// Most sentences hold no word of a correction: skip them unread.
	cue := false
	for _, c := range retractionCues {
		if strings.Contains(sentence, c) {
			cue = true
			break
		}
	}
	if !cue {
		return false
	}
	s := strings.ToLower(sentence)
	if strings.Contains(s, "version of this") {
		return true
	}
	self := strings.HasPrefix(strings.TrimSpace(s), "correction") ||
		strings.Contains(s, "this article") || strings.Contains(s, "this story") ||
		strings.Contains(s, "this report")
	if !self {
		return false
	}
	for _, w := range retractionWords {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// retractionCues are parts of the words retracted looks for that read the
// same in any case a sentence writes them.
var retractionCues = []string{"ersion", "orrect", "rroneous", "istaken", "isstat",
	"isspell", "isident", "riginally", "rongly"}

var retractionWords = []string{"incorrectly", "erroneously", "mistakenly", "misstated",
	"misspelled", "misidentified", "originally said", "originally stated",
	"originally reported", "wrongly"}
