package dates

import (
	"sort"

	"crosscheck/claims/text"
)

// The reader looks every token up once, in a vocabulary that holds every
// word of the lexicon, tenseWords, eventWords and plainWords: a small
// open-addressing table laid out by text.HashKey, so that a token finds
// its entry with the hash the tokenizer computed and one probe, and the
// rules read what they need of a word (its lexicon entry, tense, event
// class) from the entry instead of looking it up again in maps.
var (
	vocab      []vocabEntry // vocab[0] is the empty entry
	vocabIndex = map[string]uint16{}
	vocabMask  wordMask
	vocTab     [vocTabSize]vocSlot
)

const vocTabSize = 8192 // a power of two, several times the vocabulary

// A vocabEntry is what the reader knows of one word.
type vocabEntry struct {
	name  string // the word: lower case, no possessive
	lex   word   // its lexicon entry, the zero word (key "") when it has none
	plain bool   // in plainWords
	tense int8   // tenseWords[name]
	event string // eventWords[name]
}

type vocSlot struct {
	key  string
	hash uint32
	idx  uint16
}

// buildVocab fills vocab and its table from the word lists; the
// lexicon's init calls it last.
func buildVocab() {
	names := map[string]bool{}
	for w := range lexicon {
		names[w] = true
	}
	for w := range plainWords {
		names[w] = true
	}
	for w := range tenseWords {
		names[w] = true
	}
	for w := range eventWords {
		names[w] = true
	}
	keys := make([]string, 0, len(names))
	for w := range names {
		keys = append(keys, w)
	}
	sort.Strings(keys) // a fixed order, so the table is the same every run
	vocab = append(vocab[:0], vocabEntry{})
	for _, w := range keys {
		_, plain := plainWords[w]
		vocab = append(vocab, vocabEntry{name: w, lex: lexicon[w], plain: plain, tense: tenseWords[w], event: eventWords[w]})
		idx := uint16(len(vocab) - 1)
		vocabIndex[w] = idx
		vocabMask.add(w)
		h := text.HashKey(w)
		for k := h & (vocTabSize - 1); ; k = (k + 1) & (vocTabSize - 1) {
			if vocTab[k].idx == 0 {
				vocTab[k] = vocSlot{w, h, idx}
				break
			}
		}
	}
	if len(vocab) > vocTabSize/2 {
		panic("dates: the vocabulary outgrew its table")
	}
}

// vocIndex returns the vocabulary index of a token (0 when it is not
// there), ignoring ASCII case and a possessive "'s" as lookupIn does. It
// does not allocate.
func vocIndex(t *text.Token) uint16 {
	h, n, ok := t.KeyHash()
	if !ok || len(t.Text)-n == 4 && t.Text[len(t.Text)-1] == 'S' {
		return vocIndexSlow(t)
	}
	if n > 16 {
		return 0
	}
	return vocProbe(h, t.Text[:n])
}

// vocProbe returns the index of the word whose key, in ASCII, is key and
// hashes to h.
func vocProbe(h uint32, key string) uint16 {
	for k := h & (vocTabSize - 1); ; k = (k + 1) & (vocTabSize - 1) {
		slot := &vocTab[k]
		if slot.idx == 0 || slot.hash == h && text.EqualLower(key, slot.key) {
			return slot.idx
		}
	}
}

// vocIndexSlow is vocIndex for a word beyond ASCII, or one whose key
// lookupIn reads otherwise than KeyHash ("FRIDAY’S" keeps its "’S"): the
// map.
func vocIndexSlow(t *text.Token) uint16 {
	if t.Kind != text.Word {
		return 0
	}
	idx, _ := lookupIn(vocabIndex, &vocabMask, *t)
	return idx
}
