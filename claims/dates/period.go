package dates

import (
	"strconv"

	"crosscheck/claims/number"
	"crosscheck/claims/text"
)

// Anchored periods: "the past three years", "the next 48 hours", "2
// upcoming weeks", "within two weeks". Each is a span of time and the
// period it covers at once: TimeML marks the span (DURATION P3Y),
// Recognizers-Text and Duckling the period (a range of days). One match
// carries both: Min and Max bound the period, Duration states the span.
//
// The period runs from the reference day: "the next 3 days" are the
// three days after it, "the past 3 months" end the day before it,
// "within two weeks" starts on it. A count of hours ("the past 24
// hours") covers the days it touches.

// periodUnit reads the unit an anchored period counts at token k: its
// TIMEX3 designator and how many of them one unit makes (a quarter is
// three months, a decade ten years, a fortnight two weeks).
func (p *parser) periodUnit(k int) (letter byte, per int, ok bool) {
	switch p.lower(k) {
	case "hour", "hours", "hrs", "hr":
		return 'H', 1, true
	case "fortnight", "fortnights":
		return 'W', 2, true
	}
	return granSpan(p.w(k).unit)
}

// granSpan is the span one unit of grain g makes, as a TIMEX3 designator
// and a count of it: a quarter is three months, a decade ten years.
func granSpan(g gran) (letter byte, per int, ok bool) {
	switch g {
	case gDay:
		return 'D', 1, true
	case gWeek:
		return 'W', 1, true
	case gMonth:
		return 'M', 1, true
	case gQuarter:
		return 'M', 3, true
	case gYear:
		return 'Y', 1, true
	case gDecade:
		return 'Y', 10, true
	case gCentury:
		return 'Y', 100, true
	}
	return 0, 0, false
}

// periodCount reads the count of an anchored period at k: "three",
// "24", "twenty-four", "a couple of". It returns the count and the index
// after it.
func (p *parser) periodCount(k int) (int, int, bool) {
	switch {
	case p.is(k, "couple") && p.is(k+1, "of"):
		return 2, k + 2, true
	case p.is(k, "a") && p.is(k+1, "couple") && p.is(k+2, "of"):
		return 2, k + 3, true
	case p.w(k).card > 0 && !p.w(k+1).number && !p.isNum(k+1):
		return int(p.w(k).card), k + 1, true
	}
	num, ok := number.Parse(p.toks, k)
	if !ok || num.Value < 1 || num.Value > 1000 || num.Value != float64(int(num.Value)) || num.AtLeast {
		return 0, 0, false
	}
	return int(num.Value), num.Next, true
}

// rolling reads the count and unit of an anchored period at j, after the
// word that anchors it: dir is -1 for "past", "last", +1 for "next",
// "coming"; within is set for "within two weeks".
func (p *parser) rolling(j, dir int, within bool) (expr, int, bool) {
	n, k, ok := p.periodCount(j)
	if !ok {
		return expr{}, 0, false
	}
	letter, per, ok := p.periodUnit(k)
	if !ok || p.glued(k+1) && p.punct(k+1, "-") {
		return expr{}, 0, false // "the next three-year plan"
	}
	k++
	if p.is(k, "or") && p.is(k+1, "so") {
		k += 2
	}
	switch p.lower(k) {
	case "ago", "later", "earlier", "before", "after", "hence", "from", "since":
		// "the past three days before the vote" counts back from the
		// vote, not from the day of writing.
		return expr{}, 0, false
	case "of", "in":
		// "the last three weeks of this year", "the first two weeks in
		// March": a part of another period.
		if d, _, ok := p.parseCore(k+1, false); ok && d.kind != kRef && d.kind != kSet {
			return expr{}, 0, false
		}
		if within && p.is(k, "of") {
			return expr{}, 0, false // "within 24 hours of the attack"
		}
	}
	e := newExpr(kRolling, gDay)
	e.n = dir * n * per
	e.durUnit = letter
	e.within = within
	e.tenseFixed = true
	return e, k, true
}

// parseWithin reads "within two weeks", "within the next 48 hours".
func (p *parser) parseWithin(i int) (expr, int, bool) {
	j := i + 1
	if p.is(j, "the") && (p.is(j+1, "next") || p.is(j+1, "coming")) {
		j += 2
	} else if p.is(j, "next") {
		j++
	}
	return p.rolling(j, 1, true)
}

// vagueUnit is the TIMEX3 designator of a unit a vague reference counts
// ("the coming days" PXD, "recent quarters" PXM, "decades" PXE).
func vagueUnit(g gran) byte {
	switch g {
	case gDay:
		return 'D'
	case gWeek, gWeekend:
		return 'W'
	case gMonth, gQuarter:
		return 'M'
	case gYear:
		return 'Y'
	case gDecade:
		return 'E'
	case gCentury:
		return 'C'
	}
	return 0
}

// rollingSpan is the period of e at the reference day ref, as a range of
// days.
func rollingSpan(e *expr, ref int) (lo, hi int) {
	n := e.n
	if e.durUnit == 'H' {
		days := (abs(n) + 23) / 24
		if n < 0 {
			return ref - days, ref
		}
		return ref, ref + days
	}
	far := ref
	switch e.durUnit {
	case 'D':
		far = ref + n
	case 'W':
		far = ref + 7*n
	case 'M':
		far = addMonths(ref, n)
	case 'Y':
		far = addMonths(ref, 12*n)
	}
	switch {
	case e.within:
		return ref, far - 1
	case n < 0:
		return far, ref - 1
	}
	return ref + 1, far
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// appendDuration writes the TIMEX3 duration of e: "P3Y", "PT48H", or
// "PXD" for a vague reference.
func appendDuration(b []byte, e *expr) []byte {
	b = append(b, 'P')
	if e.durUnit == 'H' {
		b = append(b, 'T')
	}
	if e.kind == kRolling {
		b = strconv.AppendInt(b, int64(abs(e.n)), 10)
	} else {
		b = append(b, 'X')
	}
	return append(b, e.durUnit)
}

// rollingMatch builds the match of an anchored period read at tokens
// [i, j): the period at the reference (every reading of it, when the
// publication date is known only to the month), and the span stated.
func (x *extractor) rollingMatch(doc *text.Doc, e *expr, i, j int) Match {
	toks := x.p.toks
	m := Match{Start: toks[i].Start, End: toks[j-1].End, Confidence: 0.7}
	b := x.buf[:0]
	b = appendDuration(b, e)
	dur := len(b)
	iso, lo, hi := dur, dur, dur
	if x.res.hasRef {
		a, z := rollingLo(e, x.res.lo), rollingHi(e, x.res.hi)
		b, _ = appendHull(b, a, z)
		iso = len(b)
		b = appendDayNumber(b, a)
		lo = len(b)
		b = appendDayNumber(b, z)
		hi = len(b)
	}
	disp := hi
	if x.res.hasRef {
		b = appendRange(b, rollingLo(e, x.res.lo), rollingHi(e, x.res.hi), gNone)
		disp = len(b)
	}
	s := string(b)
	x.buf = b
	m.Value = Date{Duration: s[:dur], ISO: s[dur:iso], Min: s[iso:lo], Max: s[lo:hi],
		Precision: "period", Relative: true, Display: s[hi:disp]}
	if !x.res.hasRef {
		m.Value.Display = doc.Text[m.Start:m.End]
	}
	return m
}

func rollingLo(e *expr, ref int) int { lo, _ := rollingSpan(e, ref); return lo }
func rollingHi(e *expr, ref int) int { _, hi := rollingSpan(e, ref); return hi }

// vagueDurations are the durations of vague references by designator.
func vagueDuration(u byte) string {
	switch u {
	case 'D':
		return "PXD"
	case 'W':
		return "PXW"
	case 'M':
		return "PXM"
	case 'Y':
		return "PXY"
	case 'E':
		return "PXE"
	case 'C':
		return "PXC"
	case 'H':
		return "PTXH"
	}
	return ""
}

// partSpan is the first or last e.n units of period (kPart): "the first
// two weeks of 2021" are its first two ISO weeks, "the last four months
// of 2021" September to December, "the first ten days of last year" the
// 1st to the 10th of January.
func partSpan(e *expr, period span) (lo, hi int) {
	first, last := period.first, period.last()
	n := abs(e.n)
	switch e.durUnit {
	case 'W':
		if period.g == gYear {
			y := period.year()
			jan4 := dayNumber(y, 1, 4)
			first = jan4 - weekday(jan4) + 1 // ISO week 1
			dec28 := dayNumber(y, 12, 28)
			last = dec28 - weekday(dec28) + 7 // the end of the last ISO week
		}
		if e.n > 0 {
			return first, first + 7*n - 1
		}
		return last - 7*n + 1, last
	case 'M':
		if e.n > 0 {
			return first, addMonths(first, n) - 1
		}
		return addMonths(last+1, -n), last
	case 'Y':
		if e.n > 0 {
			return first, addMonths(first, 12*n) - 1
		}
		return addMonths(last+1, -12*n), last
	}
	if e.n > 0 {
		return first, first + n - 1
	}
	return last - n + 1, last
}

// partMatch builds the match of a part of a period read at tokens [i, j)
// (kPart): the days it covers and the span it states.
func (x *extractor) partMatch(doc *text.Doc, e *expr, i, j int) Match {
	toks := x.p.toks
	m := Match{Start: toks[i].Start, End: toks[j-1].End, Confidence: 0.7}
	b := x.buf[:0]
	b = appendDuration(b, &expr{kind: kRolling, n: e.n, durUnit: e.durUnit})
	dur := len(b)
	iso, lo, hi, disp := dur, dur, dur, dur
	if res, exact, ok := x.res.resolve(e.inner, 0); ok && exact {
		a, z := partSpan(e, res.s)
		b, _ = appendHull(b, a, z)
		iso = len(b)
		b = appendDayNumber(b, a)
		lo = len(b)
		b = appendDayNumber(b, z)
		hi = len(b)
		b = appendRange(b, a, z, gNone)
		disp = len(b)
	}
	s := string(b)
	x.buf = b
	m.Value = Date{Duration: s[:dur], ISO: s[dur:iso], Min: s[iso:lo], Max: s[lo:hi],
		Precision: "period", Relative: e.inner.kind != kCal || e.inner.rule != yrExplicit, Display: s[hi:disp]}
	if disp == hi {
		m.Value.Display = doc.Text[m.Start:m.End]
	}
	return m
}
