package compare

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sergi/go-diff/diffmatchpatch"
)

// WordDiff compares a and b word by word. Words, runs of white space and
// single punctuation marks are the units, so a changed word shows whole
// ("[-Deputy-]{+Acting+}") rather than as scattered letters. Each
// distinct unit is mapped to one rune, the rune strings are diffed with
// diffmatchpatch (no time limit, so the result never depends on machine
// speed) and cleaned up semantically, then mapped back to text.
//
// Concatenating the equal and delete ops gives a; the equal and insert ops
// give b.
func WordDiff(a, b string) []DiffOp {
	m := wordMapper{index: map[string]rune{}}
	ra, rb := m.runes(a), m.runes(b)
	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = 0
	diffs := dmp.DiffMainRunes(ra, rb, false)
	diffs = dmp.DiffCleanupSemantic(diffs)
	ops := make([]DiffOp, 0, len(diffs))
	for _, d := range diffs {
		var sb strings.Builder
		for _, r := range d.Text {
			sb.WriteString(m.units[r-firstUnitRune])
		}
		op := opName(d.Type)
		if sb.Len() == 0 {
			continue
		}
		if n := len(ops); n > 0 && ops[n-1].Op == op {
			ops[n-1].Text += sb.String()
			continue
		}
		ops = append(ops, DiffOp{Op: op, Text: sb.String()})
	}
	return ops
}

// RenderDiff writes ops as text, deletions as [-…-] and insertions as
// {+…+}.
func RenderDiff(ops []DiffOp) string {
	var sb strings.Builder
	for _, op := range ops {
		switch op.Op {
		case "delete":
			sb.WriteString("[-")
			sb.WriteString(op.Text)
			sb.WriteString("-]")
		case "insert":
			sb.WriteString("{+")
			sb.WriteString(op.Text)
			sb.WriteString("+}")
		default:
			sb.WriteString(op.Text)
		}
	}
	return sb.String()
}

func opName(t diffmatchpatch.Operation) string {
	switch t {
	case diffmatchpatch.DiffDelete:
		return "delete"
	case diffmatchpatch.DiffInsert:
		return "insert"
	}
	return "equal"
}

// firstUnitRune is the rune given to the first distinct unit. Runes are
// handed out in order, skipping the surrogate range, which a Go string
// cannot hold: diffmatchpatch turns rune slices into strings and back.
const firstUnitRune = 0x100

type wordMapper struct {
	index map[string]rune
	units []string // units[r-firstUnitRune] is the unit for rune r
}

func (m *wordMapper) runes(s string) []rune {
	var out []rune
	for len(s) > 0 {
		n := unitLen(s)
		u := s[:n]
		r, ok := m.index[u]
		if !ok {
			r = firstUnitRune + rune(len(m.units))
			for r >= 0xD800 && r <= 0xDFFF {
				m.units = append(m.units, "") // placeholder: never used
				r = firstUnitRune + rune(len(m.units))
			}
			m.index[u] = r
			m.units = append(m.units, u)
		}
		out = append(out, r)
		s = s[n:]
	}
	return out
}

// unitLen is the byte length of the unit s starts with: a word (letters,
// digits and marks, with inner hyphens, apostrophes, commas and dots
// between alphanumerics, so "Kovac-Lindqvist", "don't" and "4,038" stay
// whole), a run of white space, or one other rune.
func unitLen(s string) int {
	r, size := utf8.DecodeRuneInString(s)
	switch {
	case unicode.IsSpace(r):
		i := size
		for i < len(s) {
			r, n := utf8.DecodeRuneInString(s[i:])
			if !unicode.IsSpace(r) {
				break
			}
			i += n
		}
		return i
	case isWordRune(r):
		i := size
		for i < len(s) {
			r, n := utf8.DecodeRuneInString(s[i:])
			if isWordRune(r) {
				i += n
				continue
			}
			if isJoiner(r) && i+n < len(s) {
				if r2, _ := utf8.DecodeRuneInString(s[i+n:]); isWordRune(r2) {
					i += n
					continue
				}
			}
			break
		}
		return i
	}
	return size
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

func isJoiner(r rune) bool {
	switch r {
	case '-', '\'', '’', ',', '.':
		return true
	}
	return false
}
