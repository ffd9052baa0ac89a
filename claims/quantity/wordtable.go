package quantity

import (
	"sort"
	"strings"

	"crosscheck/claims/text"
)

// A wordTable maps lower-case words to small values and looks them up by
// a cheap signature of the word (its length and a few letters, ASCII case
// folded): one array read and at most one string comparison, no hashing
// and no lower-casing of the word looked up. The scanner asks it about
// almost every token, so it must be faster than a map.
type wordTable struct {
	slots   [1 << wordBits]int16 // 0: none; n > 0: entries[n-1]; -1: several words
	entries []wordEntry
	all     map[string]uint8 // for slots shared by several words
}

const wordBits = 14

type wordEntry struct {
	word  string
	value uint8
}

func newWordTable(words map[string]uint8) *wordTable {
	t := &wordTable{all: words}
	keys := make([]string, 0, len(words))
	for w := range words {
		keys = append(keys, w)
	}
	sort.Strings(keys) // the table does not depend on map order
	for _, w := range keys {
		h := signature(w)
		if t.slots[h] == 0 {
			t.entries = append(t.entries, wordEntry{w, words[w]})
			t.slots[h] = int16(len(t.entries))
		} else {
			t.slots[h] = -1
		}
	}
	return t
}

// get returns the value of w, matched without regard to ASCII case.
func (t *wordTable) get(w string) uint8 {
	switch e := t.slots[signature(w)]; {
	case e == 0:
		return 0
	case e > 0:
		if ent := &t.entries[e-1]; text.EqualLower(w, ent.word) {
			return ent.value
		}
		return 0
	}
	if hasUpper(w) {
		w = strings.ToLower(w)
	}
	return t.all[w]
}

func signature(w string) uint32 {
	n := len(w)
	if n == 0 {
		return 0
	}
	h := uint32(n)
	h = h*131 + uint32(w[0]|0x20)
	h = h*131 + uint32(w[n-1]|0x20)
	if n > 2 {
		h = h*131 + uint32(w[1]|0x20)
	}
	h ^= h >> 7
	return h & (1<<wordBits - 1)
}

// wordSet turns a set into the map a wordTable is built from.
func wordSet(sets ...map[string]bool) map[string]uint8 {
	m := map[string]uint8{}
	for _, s := range sets {
		for w := range s {
			m[w] = 1
		}
	}
	return m
}
