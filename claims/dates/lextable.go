package dates

import (
	"sort"
	"unicode/utf8"

	"crosscheck/claims/text"
)

// The lexicon is read once per token, so it lives in a small
// open-addressing table of its own rather than a Go map: the hash is
// computed while the token is lower-cased, and most tokens miss on the
// first probe. lexWords[0] is the empty entry.
var (
	lexWords []word
	lexTab   [lexTabSize]lexSlot
)

const lexTabSize = 4096 // a power of two, several times the lexicon

type lexSlot struct {
	key string
	idx uint16
}

// buildLexTable fills lexWords and lexTab from the lexicon map; the
// lexicon's init calls it last.
func buildLexTable() {
	keys := make([]string, 0, len(lexicon))
	for w := range lexicon {
		keys = append(keys, w)
	}
	sort.Strings(keys) // a fixed order, so the table is the same every run
	lexWords = append(lexWords[:0], word{})
	for _, w := range keys {
		lexWords = append(lexWords, lexicon[w])
		h := fnv(w)
		for k := h & (lexTabSize - 1); ; k = (k + 1) & (lexTabSize - 1) {
			if lexTab[k].idx == 0 {
				lexTab[k] = lexSlot{w, uint16(len(lexWords) - 1)}
				break
			}
		}
	}
}

func fnv(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

// lookupIdx returns the lexicon index of a word token (0 when it is not
// in the lexicon), ignoring ASCII case and a possessive "'s". It does not
// allocate.
func lookupIdx(t text.Token) uint16 {
	if t.Kind != text.Word {
		return 0
	}
	s := t.Text
	n := len(s)
	if n > 2 && s[n-2] == '\'' && (s[n-1] == 's' || s[n-1] == 'S') {
		s = s[:n-2]
	}
	if len(s) == 0 {
		return 0
	}
	if len(s) > 16 {
		if n > 4 && s[n-4:] == "\u2019s" {
			return lookupSlow(t) // "approximately’s"
		}
		return 0
	}
	var buf [16]byte
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			// A typographic apostrophe ("won’t", "Friday’s") or a letter
			// beyond ASCII: the slower path.
			if _, ok := lookup(t); ok {
				return lookupSlow(t)
			}
			return 0
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
		h ^= uint32(c)
		h *= 16777619
	}
	key := buf[:len(s)]
	for k := h & (lexTabSize - 1); ; k = (k + 1) & (lexTabSize - 1) {
		slot := &lexTab[k]
		if slot.idx == 0 {
			return 0
		}
		if slot.key == string(key) {
			return slot.idx
		}
	}
}

// lookupSlow finds the index of a word the fast path cannot hash.
func lookupSlow(t text.Token) uint16 {
	e, ok := lookup(t)
	if !ok {
		return 0
	}
	for k := fnv(e.key) & (lexTabSize - 1); ; k = (k + 1) & (lexTabSize - 1) {
		if lexTab[k].idx == 0 || lexTab[k].key == e.key {
			return lexTab[k].idx
		}
	}
}
