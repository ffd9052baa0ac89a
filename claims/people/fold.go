package people

import (
	"unicode/utf8"

	"crosscheck/claims/text"
)

// latinFold maps the Latin-1 and Latin Extended-A letters (U+00C0–U+017F)
// to their folded ASCII letter, 0 where there is none. It is built from
// text.Fold once, so both fold alike; the finders use it to fold names
// without allocating.
var latinFold [0x180]byte

func init() {
	for r := rune(0xC0); r < 0x180; r++ {
		f := text.Fold(string(r))
		if len(f) == 1 && f[0] < utf8.RuneSelf {
			latinFold[r] = f[0]
		}
	}
}

// foldAppend appends s folded (lower case, accents removed, typographic
// apostrophes made plain) to dst. It reports false for text it cannot fold
// this way; text.Fold handles that.
func foldAppend(dst []byte, s string) ([]byte, bool) {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '’' || r == '‘':
			dst = append(dst, '\'')
		case r < 0x180 && latinFold[r] != 0:
			dst = append(dst, latinFold[r])
		default:
			return dst, false
		}
		i += size
	}
	return dst, true
}

// fold is text.Fold with a fast path for Latin text.
func fold(s string) string {
	var buf [64]byte
	if len(s) <= len(buf) {
		if b, ok := foldAppend(buf[:0], s); ok {
			if string(b) == s {
				return s
			}
			return string(b)
		}
	}
	return text.Fold(s)
}
