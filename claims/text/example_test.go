package text_test

import (
	"fmt"

	"crosscheck/claims/text"
)

func ExampleParse() {
	doc := text.Parse("Dr. Ruiz met U.S. envoys on Jan. 5.\nTalks resume at 9 a.m. Friday. “We agreed,” she said.")
	for _, s := range doc.Sentences {
		line, col := doc.Position(s.Start)
		fmt.Printf("%d:%d [%d,%d) %s\n", line, col, s.Start, s.End, s.Text)
	}
	// Output:
	// 1:1 [0,35) Dr. Ruiz met U.S. envoys on Jan. 5.
	// 2:1 [36,66) Talks resume at 9 a.m. Friday.
	// 2:32 [67,93) “We agreed,” she said.
}

// Release hands a document's token arrays to the next Parse. Strings cut
// from the text, such as a sentence's Text, stay valid after it.
func ExampleDoc_Release() {
	var firsts []string
	for _, article := range []string{"Talks ended on Friday. Both sides left.", "Rain fell all week."} {
		doc := text.Parse(article)
		firsts = append(firsts, doc.Sentences[0].Text)
		doc.Release()
	}
	fmt.Println(firsts)
	// Output:
	// [Talks ended on Friday. Rain fell all week.]
}

// KeyHash gives a word's key, lower case without a possessive, and its
// hash: a lexicon laid out by HashKey finds the word with one probe.
func ExampleToken_KeyHash() {
	lexicon := map[uint32]string{text.HashKey("friday"): "weekday"}
	for _, tok := range text.Tokenize("FRIDAY'S talks", 0, len("FRIDAY'S talks")) {
		h, n, ok := tok.KeyHash()
		fmt.Printf("%s: key %q, ascii %v, lexicon %q\n", tok.Text, tok.Text[:n], ok, lexicon[h])
	}
	// Output:
	// FRIDAY'S: key "FRIDAY", ascii true, lexicon "weekday"
	// talks: key "talks", ascii true, lexicon ""
}
