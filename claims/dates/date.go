package dates

import (
	"slices"
	"sync"

	"crosscheck/claims/text"
)

// Date is the normalized value of a date claim.
type Date struct {
	// ISO is the date at its precision as a TIMEX3 value: "2021-03-12",
	// "2021-03", "2021-W10", "2021-W10-WE", "2021-Q1", "2021-H1",
	// "2021-SU", "2021", "199" (the 1990s), "19" (the 20th century),
	// "2021-03-12T15:00", "2021-03-12TNI" (night); "PRESENT_REF",
	// "PAST_REF", "FUTURE_REF"; "--03-12" or "--03" when the year is
	// unknown; an ISO interval "2021-02-26/2021-03-26" when a publication
	// date known only to the month leaves a range; "" when a relative
	// date has nothing to be resolved against.
	ISO string `json:"date"`
	// Min and Max bound the date as ISO days ("2021-03-01".."2021-03-31"
	// for a month, "2021-04-01".."2021-04-10" for early April). Empty
	// when unknown.
	Min string `json:"min,omitempty"`
	Max string `json:"max,omitempty"`
	// Precision of ISO: time, day, weekend, week, month, season, quarter,
	// half, year, decade, century; "interval" for an ISO interval; "ref"
	// for the PRESENT_REF family; "period" for an anchored period, whose
	// ISO is the interval it covers.
	Precision string `json:"precision"`
	// Duration is the span of time the text states, as a TIMEX3
	// duration, for an anchored period ("the past three years": "P3Y",
	// "the next 48 hours": "PT48H", Min and Max being the period itself)
	// or a vague reference ("the coming days": "PXD").
	Duration string `json:"duration,omitempty"`
	// Mod is the part of the span the text names: early, mid, late,
	// earlier (earlier this month), later (later this year).
	Mod string `json:"mod,omitempty"`
	// Time is a time of day when the text gives one: "14:30".
	Time string `json:"time,omitempty"`
	// Event is the class of event the date dates (meeting, visit, vote,
	// attack…): talks, a meeting and a summit are all "meeting". EventWord
	// is the word the text uses. Place is where, Participants who, when
	// the sentence says.
	Event        string   `json:"event,omitempty"`
	EventWord    string   `json:"event_word,omitempty"`
	Place        string   `json:"place,omitempty"`
	Participants []string `json:"participants,omitempty"`
	// Relative is true when the date was resolved against the
	// publication date or an earlier date of the document ("Friday",
	// "last month", "two days later").
	Relative bool   `json:"relative,omitempty"`
	Display  string `json:"display"`
}

func (d Date) String() string { return d.Display }

// A Match is one date found in a document.
type Match struct {
	Start, End int // byte offsets in the document text
	Value      Date
	Subject    string // the event dated (Value.Event), or "" when unknown
	Confidence float64
}

// Extract finds the dates in doc, resolving relative ones against
// published (which may be zero, or known only to the month or year) and
// against the dates the document mentioned before them.
func Extract(doc *text.Doc, published Partial) []Match {
	x := extractors.Get().(*extractor)
	defer x.release()
	// A fresh extractor but for the buffers of the last document.
	*x = extractor{
		p: parser{src: doc.Text, low: doc.LowerASCII,
			voc: x.p.voc[:0], fold: x.p.fold[:0], places: x.p.places[:0]},
		res:   newResolver(published),
		spans: x.spans[:0],
		buf:   x.buf[:0],
		out:   x.out[:0],
	}
	for si := range doc.Sentences {
		x.out = x.sentence(doc, &doc.Sentences[si], x.out)
		x.longest = max(x.longest, len(doc.Sentences[si].Tokens))
	}
	if len(x.out) == 0 {
		return nil
	}
	// The matches are gathered in the pooled buffer and handed out in a
	// slice of their own, allocated once at its size.
	return slices.Clone(x.out)
}

// extractors keeps extractors between documents, so that their buffers
// are allocated once rather than per document.
var extractors = sync.Pool{New: func() any { return new(extractor) }}

// release drops what the extractor holds of the document and pools it.
func (x *extractor) release() {
	if cap(x.p.fold) > 1<<16 || cap(x.out) > 1<<12 {
		return // the buffers of a huge document are not worth keeping
	}
	// Only the longest sentence's tokens and the matches hold strings of
	// the document.
	clear(x.p.fold[:x.longest])
	clear(x.out)
	clear(x.p.places[:cap(x.p.places)])
	x.p = parser{voc: x.p.voc, fold: x.p.fold, places: x.p.places[:0]}
	x.out = x.out[:0]
	x.longest = 0
	extractors.Put(x)
}

type extractor struct {
	p     parser
	res   resolver
	spans []matchSpan
	buf   []byte // scratch for the strings of one value
	// rangeEnd is the far end of the range rangeAt last read, rangeB its
	// expression and rangeBStart its first token.
	rangeEnd    span
	rangeB      expr
	rangeBStart int
	// out gathers the document's matches; longest is the most tokens a
	// sentence of the document has had.
	out     []Match
	longest int
}

// sentence appends the dates of one sentence to out.
func (x *extractor) sentence(doc *text.Doc, s *text.Sentence, out []Match) []Match {
	toks := s.Tokens
	x.p.reset(toks)
	first := len(out)
	x.spans = x.spans[:0]
	var prevDay expr // the last "April 24", for "April 24 and 25"
	prevEnd := -1
	for i := 0; i < len(toks); {
		if i == prevEnd {
			if e, k, n, ok := x.p.dayListItem(&prevDay, i); ok {
				out = append(out, x.match(doc, &e, k, n))
				x.spans = append(x.spans, matchSpan{k, n})
				i, prevEnd = n, n
				continue
			}
		}
		if !x.p.mayStart(i) {
			i++
			continue
		}
		if x.p.isNum(i) || x.p.is(i, "from") || x.p.is(i, "between") || x.p.is(i, "the") {
			if r, bStart, end, ok := x.dayRange(i); ok {
				out = append(out, x.rangeMatch(doc, r, x.rangeEnd, i, end))
				x.spans = append(x.spans, matchSpan{i, end})
				b := x.rangeB
				b.fixed, b.hasFixed = x.rangeEnd, true
				out = append(out, x.match(doc, &b, bStart, end))
				x.spans = append(x.spans, matchSpan{bStart, end})
				i = end
				continue
			}
		}
		e, j, ok := x.p.parseAt(i)
		if !ok || j <= i {
			i++
			continue
		}
		x.periodEnded(&e, j)
		if r, start, end, ok := x.rangeAt(&e, i, j); ok && (len(x.spans) == 0 || start >= x.spans[len(x.spans)-1].j) {
			// The range is one claim; its two ends are dates of their own
			// too ("between 1985 and 1987" names both years), placed with
			// each other.
			out = append(out, x.rangeMatch(doc, r, x.rangeEnd, start, end))
			x.spans = append(x.spans, matchSpan{start, end})
			a := e
			a.fixed, a.hasFixed = r.s, true
			out = append(out, x.match(doc, &a, i, j))
			x.spans = append(x.spans, matchSpan{i, j})
			b := x.rangeB
			b.fixed, b.hasFixed = x.rangeEnd, true
			out = append(out, x.match(doc, &b, x.rangeBStart, end))
			x.spans = append(x.spans, matchSpan{x.rangeBStart, end})
			i = end
			continue
		}
		out = append(out, x.match(doc, &e, i, j))
		x.spans = append(x.spans, matchSpan{i, j})
		if e.kind == kPart && e.innerAt > i {
			// "the first nine months of 1997" names 1997 too
			out = append(out, x.match(doc, e.inner, e.innerAt, j))
			x.spans = append(x.spans, matchSpan{e.innerAt, j})
		}
		if e.kind == kCal && e.g == gDay && e.hol == 0 {
			prevDay, prevEnd = e, j
		}
		i = j
	}
	if len(out) > first {
		x.p.annotate(out[first:], x.spans)
	}
	return out
}

// dayListItem reads the next day of a list that shares its month with
// the date before it: the "25" of "April 24 and 25". It returns the
// expression and its token range [k, n).
func (p *parser) dayListItem(prev *expr, i int) (e expr, k, n int, ok bool) {
	switch p.lower(i) {
	case "and", "or", ",", "&", "-", "\u2013", "to", "through", "till", "until":
	default:
		return expr{}, 0, 0, false
	}
	k = i + 1
	d, n, ok := p.dayOfMonth(k)
	if !ok || !p.isNum(k) {
		return expr{}, 0, 0, false
	}
	// "On Dec. 7, 10 people died": a count, not a day; "10/1 to 11/7": a
	// date of its own.
	if n < len(p.toks) && p.toks[n].Kind == text.Word && !listFollower[p.lower(n)] || p.w(n).month != 0 ||
		p.glued(n) && (p.punct(n, "/") || p.punct(n, "-") || p.punct(n, ":")) {
		return expr{}, 0, 0, false
	}
	e = *prev
	e.day = d
	if e.day > monthLen(2000, e.month) {
		return expr{}, 0, 0, false
	}
	return e, k, n, true
}

// listFollower are words that may follow the last day of a list: "April
// 24 and 25 in Geneva".
var listFollower = map[string]bool{"and": true, "or": true, "in": true, "at": true,
	"on": true, "of": true, "for": true, "to": true, "with": true, "when": true,
	"after": true, "before": true, "while": true, "as": true, "but": true}

// periodEnded fixes a reporting period by the day it ended: "the quarter
// ended Sept. 30", "its fourth quarter ending July 31", "the year ended
// June 30". A fiscal quarter is read as the calendar quarter it mostly
// covers; a fiscal year, as the twelve months up to the day it ended.
func (x *extractor) periodEnded(e *expr, j int) {
	p := &x.p
	var g gran
	switch {
	case e.kind == kPeriod && e.year == 0 && e.n == 0:
		g = gQuarter
		if e.g == gYear {
			g = gYear
		}
	case e.kind == kCal && (e.g == gQuarter || e.g == gHalf) && e.rule != yrExplicit:
		g = e.g
	case e.kind == kUnitRel && e.g == gYear && e.n == 0:
		g = gYear
	default:
		return
	}
	k := j
	if p.is(k, "that") || p.is(k, "which") {
		k++
	}
	switch p.lower(k) {
	case "ended", "ending", "ends", "through":
	default:
		return
	}
	d, _, ok := p.parseCore(k+1, false)
	if !ok || d.kind != kCal && d.kind != kDayRel || d.g != gDay {
		return // ("the year ending tomorrow" ends on a day too)
	}
	dir := -1
	if p.is(k, "ended") {
		dir = pastFirm
	}
	res, exact, ok := x.res.resolve(&d, dir)
	if !ok || !exact {
		return
	}
	if e.kind == kCal && e.part != 0 {
		// "its fourth quarter ended Sept. 30": a fiscal quarter keeps the
		// number the company gives it, in the year it ended.
		e.year, e.rule = res.s.year(), yrExplicit
		return
	}
	if _, m, day := civil(res.s.first); g == gYear && !p.is(k, "through") && (m != 12 || day != 31) {
		// "the year ended March 31" is the twelve months up to that day,
		// not a calendar year: a period of one year that ends on it.
		in := newExpr(kCal, gDay)
		in.fixed, in.hasFixed = res.s, true
		*e = newExpr(kPart, gDay)
		e.n, e.durUnit, e.inner = -1, 'Y', &in
		return
	}
	back := map[gran]int{gQuarter: 45, gHalf: 90, gYear: 182}[g]
	s := unitOf(g, res.s.first-back)
	y, m, _ := civil(s.first)
	*e = newExpr(kCal, g)
	e.year, e.rule = y, yrExplicit
	e.part = (m-1)/g.months() + 1
}

// mayStart reports cheaply whether a date can begin at token i.
func (p *parser) mayStart(i int) bool {
	t := p.toks[i]
	switch t.Kind {
	case text.Number:
		return true
	case text.Punct:
		return t.Text == "'" || t.Text == "\u2019"
	}
	return vocab[p.voc[i]].lex.start
}

// parseAt reads a date at i and a time of day that may follow it:
// "Friday night", "Tuesday at 3 p.m.", "tomorrow afternoon".
func (p *parser) parseAt(i int) (expr, int, bool) {
	e, j, ok := p.parseCore(i, true)
	if !ok {
		return e, j, ok
	}
	if (e.kind == kAgo && e.unit != gNone || e.kind == kShiftFrom) && e.wdIn == 0 && p.is(j, "on") {
		// "two months from today on Tuesday": that weekday of the week
		if w := p.w(j + 1); w.weekday != 0 && !w.plural {
			e.wdIn = int(w.weekday)
			j += 2
		}
	}
	if e.dayLevel() && !e.hasTime() {
		if pod := p.w(j).pod; pod != podNone && !p.w(j).plural && !p.possessive(j-1) {
			e.pod = pod
			j++
		} else if pod := p.w(j + 2).pod; p.is(j, "in") && p.is(j+1, "the") && pod != podNone && !p.w(j+2).plural {
			e.pod = pod // "February 15 in the morning"
			j += 3
		} else {
			k := j
			if p.punct(k, ",") {
				k++
			}
			if p.is(k, "at") || p.is(k, "around") || p.is(k, "about") || p.is(k, "by") || p.is(k, "before") || p.is(k, "after") ||
				p.is(k, "from") || p.is(k, "between") {
				k++
			}
			if t, n, ok := p.parseTime(k); ok && t.kind == kTime && t.hour >= 0 {
				e.hour, e.min = t.hour, t.min
				j = n
			}
		}
	}
	return e, j, true
}
