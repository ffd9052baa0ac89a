package compare

import (
	"strconv"
	"strings"
	"time"

	"crosscheck/claims"
	"crosscheck/claims/dates"
	"crosscheck/claims/quantity"
)

// Time scopes from dated clauses.
//
// Articles recall earlier events in the words of the current one: "The
// region was last struck in 1998, when a magnitude 6.8 tremor killed 54
// people." The 54 killed is a count of 1998, not a rival of this week's
// toll. When the extractor gives a quantity no period, the date its
// sentence gives it stands in: the date claim of the same sentence
// nearest to the quantity, if it lies before the quantity or after it in
// the same clause (no comma, semicolon, dash, bracket or relative pronoun
// between them), and if it ends more than scopeMargin before the
// article's publication. A quarter or half of a year keys at its own
// grain (2025-Q1), any other date within a year at the year.
// Recent dates scope nothing: "killed 14 on Monday" is the story itself;
// nor do future ones: "a budget for fiscal 2025" or "output of 180,000
// tonnes from 2028" is what the story is about.

// scopeMargin is how far from publication a date must lie to make the
// quantities of its clause another period's.
const scopeMargin = 60 * 24 * time.Hour

type datedSpan struct {
	text   string
	start  int
	lo, hi time.Time
	iso    string
}

// sentenceDates indexes date claims by document and sentence.
type sentenceDates map[sentenceKey][]datedSpan

type sentenceKey struct{ doc, sentence string }

func sentenceOf(c *claims.Claim) sentenceKey { return sentenceKey{c.Doc, c.Sentence} }

func (r *reconciler) datesBySentence() sentenceDates {
	out := sentenceDates{}
	for _, it := range r.byKind[claims.Date] {
		d, ok := claims.ValueAs[dates.Date](it.c.Value)
		if !ok || d.Precision == "set" || d.Precision == "ref" || it.c.Sentence == "" {
			continue
		}
		lo, err1 := time.Parse("2006-01-02", d.Min)
		hi, err2 := time.Parse("2006-01-02", d.Max)
		if err1 != nil || err2 != nil || hi.Before(lo) {
			continue
		}
		k := sentenceOf(it.c)
		out[k] = append(out[k], datedSpan{text: it.c.Text, start: it.c.Start, lo: lo, hi: hi, iso: d.ISO})
	}
	return out
}

// periodOf is the period key a quantity's dated clause gives it (see
// above), absolute when it is a calendar year; "" when none.
func (s sentenceDates) periodOf(it *item) (key string, absolute bool) {
	spans := s[sentenceOf(it.c)]
	if len(spans) == 0 {
		return "", false
	}
	var best *datedSpan
	bestDist := 0
	for i := range spans {
		d := &spans[i]
		if insideAnother(spans, d) {
			continue // "April" of "the April-June quarter": the range dates it
		}
		if d.start > it.c.Start && attributiveDate(it.c.Sentence, d.text) {
			continue // "the $38 million bridge replaces a 1950s span"
		}
		if anaphoricDay(d.text) {
			continue // "Eleven workers were hurt that night": the story's own day
		}
		if recordSubject(it.c.Subject) && physicalClaim(it) {
			continue // "the record of 43.9C, set in August 2003": when it was set
		}
		if d.start > it.c.Start && !sameClause(it.c.Sentence, it.c.Text, d.text) {
			continue // "…, when output rose 0.2 percent, the office said on Thursday"
		}
		dist := d.start - it.c.End
		if d.start < it.c.Start {
			dist = it.c.Start - d.start
		}
		if dist < 0 {
			dist = -dist
		}
		if best == nil || dist < bestDist {
			best, bestDist = d, dist
		}
	}
	if best == nil {
		return "", false
	}
	pubLo, _, ok := pubRange(it)
	if !ok {
		return "", false
	}
	if !best.hi.Before(pubLo.Add(-scopeMargin)) {
		return "", false
	}
	if quarterISO(best.iso) {
		return best.iso, true // "in the first quarter": 2025-Q1, not all 2025
	}
	if best.lo.Year() == best.hi.Year() {
		return strconv.Itoa(best.lo.Year()), true
	}
	return best.iso, false
}

// insideAnother reports whether span d lies within a longer date span of
// the same sentence: one end of a range.
func insideAnother(spans []datedSpan, d *datedSpan) bool {
	for i := range spans {
		o := &spans[i]
		if o != d && o.start <= d.start && d.start+len(d.text) <= o.start+len(o.text) && len(o.text) > len(d.text) {
			return true
		}
	}
	return false
}

// quarterISO reports whether a TIMEX3 value names a quarter or a half of
// a year: "2025-Q1", "2024-H2".
func quarterISO(iso string) bool {
	return len(iso) == 7 && iso[4] == '-' && (iso[5] == 'Q' || iso[5] == 'H') && iso[6] >= '1' && iso[6] <= '4' && isDigits(iso[:4])
}

// sameClause reports whether nothing that ends a clause stands between
// the first text and the second, later one, in sentence: a punctuation
// mark, or a relative pronoun opening another clause ("the bridge
// replaces a span that inspectors condemned in 2019").
func sameClause(sentence, first, second string) bool {
	i := strings.Index(sentence, first)
	if i < 0 {
		return false
	}
	j := strings.Index(sentence[i+len(first):], second)
	if j < 0 {
		return false
	}
	between := sentence[i+len(first) : i+len(first)+j]
	if strings.ContainsAny(between, ",;:()—–") {
		return false
	}
	for _, w := range strings.Fields(between) {
		switch w {
		case "that", "which", "who", "whom", "whose", "where", "when":
			return false
		}
	}
	return true
}

// anaphoricDay reports whether a date points back to the day the story
// has just told of ("that night", "the same day"): it carries on the
// story's own narrative rather than recalling another time. Years and
// months pointed back to ("that year") still scope.
func anaphoricDay(date string) bool {
	w := strings.Fields(strings.ToLower(date))
	if len(w) == 3 && w[0] == "the" && w[1] == "same" {
		w = w[1:]
	}
	if len(w) != 2 || w[0] != "that" && w[0] != "same" {
		return false
	}
	switch w[1] {
	case "day", "night", "morning", "afternoon", "evening", "weekend":
		return true
	}
	return false
}

// attributiveDate reports whether a date stands before a noun after "a"
// or "an", where it describes that noun rather than dating a clause: "a
// 1950s span", "an 1890s warehouse".
func attributiveDate(sentence, date string) bool {
	i := strings.Index(sentence, date)
	if i < 0 {
		return false
	}
	before := strings.TrimRight(sentence[:i], " ")
	if !strings.HasSuffix(before, " a") && !strings.HasSuffix(before, " an") && before != "a" && before != "an" &&
		!strings.HasSuffix(before, " A") && !strings.HasSuffix(before, " An") && before != "A" && before != "An" {
		return false
	}
	after := sentence[i+len(date):]
	return len(after) > 1 && after[0] == ' ' && after[1] >= 'a' && after[1] <= 'z'
}

// recordSubject reports a figure that is a record: a date in its clause
// tells when the record was set ("the national record of 43.9C, set in
// 2003"), not a period the figure is of, so articles dating it to the
// month or only to the year still speak of one record.
func recordSubject(subject string) bool {
	for _, w := range strings.Fields(strings.ToLower(subject)) {
		if w == "record" || w == "records" {
			return true
		}
	}
	return false
}

// physicalClaim reports a quantity claim of a physical dimension.
func physicalClaim(it *item) bool {
	q, ok := claims.ValueAs[quantity.Quantity](it.c.Value)
	return ok && physical[q.Dimension]
}
