package dates

import (
	"crosscheck/claims/number"
	"crosscheck/claims/text"
)

// nthOf reads an ordinal count from the start or the end: "third",
// "3rd", "last", "second last", "2nd last". It returns the count (negative
// from the end) and the index after it.
func (p *parser) nthOf(i int) (int, int, bool) {
	if p.is(i, "last") {
		return -1, i + 1, true
	}
	o, j, ok := number.Ordinal(p.toks, i)
	if d, n, wok := p.dayInWords(i); wok && (!ok || n > j) {
		o, j, ok = d, n, true // "twenty third"
	}
	if !ok || o < 1 || o > 31 {
		return 0, 0, false
	}
	if p.is(j, "last") || p.is(j, "to") && p.is(j+1, "last") {
		if p.is(j, "to") {
			j++
		}
		return -o, j + 1, true
	}
	return o, j, true
}

// parseNth reads the nth day, week or weekday of a period: "the last week
// of July", "first week of 2015", "the third Tuesday of October", "the
// 20th of next month", "the 15th day of next month", "fifth last day of
// May", "week 10".
func (p *parser) parseNth(i int) (expr, int, bool) {
	j := i
	if p.is(j, "the") {
		j++
	}
	// Cheap test first: an nth needs an ordinal, a number, "last",
	// "week" or a tens word here.
	if !p.isNum(j) && p.w(j).ordinal == 0 && !p.is(j, "last") && !p.is(j, "week") && !p.is(j, "twenty") && !p.is(j, "thirty") {
		return expr{}, 0, false
	}
	if p.is(j, "week") && p.isNum(j+1) {
		// "week 10", "week 10 of 2019"
		n, nn, ok := p.digits(j + 1)
		if !ok || nn > 2 || n < 1 || n > 53 {
			return expr{}, 0, false
		}
		e := newExpr(kNth, gWeek)
		e.nth = n
		k := j + 2
		if p.is(k, "of") || p.is(k, "in") {
			if y, ok := p.year4(k + 1); ok {
				in := newExpr(kCal, gYear)
				in.year, in.rule = y, yrExplicit
				e.inner = &in
				return e, k + 2, true
			}
		}
		in := newExpr(kUnitRel, gYear)
		e.inner = &in
		return e, k, true
	}
	n, k, ok := p.nthOf(j)
	if !ok {
		// "20 of next month": a bare day number.
		v, vn, dok := p.digits(j)
		if !dok || vn > 2 || v < 1 || v > 31 || !p.is(j+1, "of") {
			return expr{}, 0, false
		}
		n, k = v, j+1
	}
	if (p.is(j, "first") || p.is(j, "last")) && k == j+1 {
		// "the first two weeks of 2021", "the last four months of 2021"
		if c, ck, ok := p.periodCount(k); ok && c > 1 && p.w(ck).plural && (p.is(ck+1, "of") || p.is(ck+1, "in")) {
			if letter, per, uok := p.periodUnit(ck); uok && letter != 'H' {
				if in, end, iok := p.periodAfter(ck + 2); iok {
					e := newExpr(kPart, gDay)
					e.n, e.durUnit, e.tenseFixed = c*per, letter, true
					if n < 0 {
						e.n = -e.n
					}
					e.inner, e.innerAt = &in, ck+2
					return e, end, true
				}
			}
		}
	}
	e := newExpr(kNth, gDay)
	e.nth = n
	w := p.w(k)
	switch {
	case p.weekendAt(k) > k:
		e.g = gWeekend // "the last weekend of October"
		k = p.weekendAt(k)
	case w.unit == gWeek && !w.plural:
		e.g = gWeek
		k++
	case w.unit == gDay && !w.plural:
		k++ // "the 15th day of"
	case w.unit == gMonth && !w.plural && n > 0 && n <= 12:
		e.g = gMonth // "the third month of 2021"
		k++
	case w.weekday != 0 && !w.plural && !w.abbr:
		e.wd = int(w.weekday)
		k++
	default:
		// "the 20th of next month": a day, with "of" to follow.
		if !p.is(k, "of") {
			return expr{}, 0, false
		}
	}
	if !p.is(k, "of") && !p.is(k, "in") {
		return expr{}, 0, false
	}
	k++
	in, end, ok := p.periodAfter(k)
	if !ok {
		return expr{}, 0, false
	}
	if e.g == gDay && e.wd == 0 && n > 0 && in.g == gMonth && in.kind == kCal {
		// "the 20th of March" is an ordinary date.
		d := in
		d.g, d.day = gDay, n
		return d, end, true
	}
	e.inner = &in
	return e, end, true
}

// periodAfter reads the period an nth unit is taken from: "July",
// "October 2014", "2015", "next month", "the month", "this year".
func (p *parser) periodAfter(k int) (expr, int, bool) {
	if p.is(k, "the") && (p.is(k+1, "month") || p.is(k+1, "year") || p.is(k+1, "week")) {
		return newExpr(kUnitRel, p.w(k+1).unit), k + 2, true
	}
	if p.is(k, "the") && p.w(k+1).rel != relNone && p.w(k+2).unit != gNone {
		e, n, ok := p.relUnit(k+1, k+2, p.w(k+1).rel)
		return e, n, ok && e.kind == kUnitRel
	}
	if w := p.w(k); w.month != 0 {
		e, n, ok := p.parseMonth(k)
		if !ok {
			e = newExpr(kCal, gMonth)
			e.month, e.rule, n = int(w.month), yrNearest, k+1
			if w.abbr && p.punct(n, ".") {
				n++
			}
			if y, yn, yok := p.yearAfter(n); yok {
				e.year, e.rule, n = y, yrExplicit, yn
			}
		}
		return e, n, e.g == gMonth
	}
	if y, ok := p.year4(k); ok {
		e := newExpr(kCal, gYear)
		e.year, e.rule = y, yrExplicit
		return e, k + 1, true
	}
	if r := p.w(k).rel; r != relNone && (p.w(k+1).unit == gMonth || p.w(k+1).unit == gYear || p.w(k+1).unit == gWeek) {
		e, n, ok := p.relUnit(k, k+1, r)
		return e, n, ok && e.kind == kUnitRel
	}
	return expr{}, 0, false
}

// nthSpan resolves a kNth expression once its period is known.
func nthSpan(e *expr, period span) (span, bool) {
	first, last := period.first, period.last()
	switch {
	case e.g == gWeekend:
		// the nth Saturday of the period, and the Sunday after it
		sat := *e
		sat.wd, sat.g = 6, gDay
		d, ok := nthSpan(&sat, period)
		if !ok {
			return span{}, false
		}
		return unitOf(gWeekend, d.first), true
	case e.wd != 0:
		var d int
		if e.nth > 0 {
			d = first + floorMod(e.wd-weekday(first), 7) + 7*(e.nth-1)
		} else {
			d = last - floorMod(weekday(last)-e.wd, 7) - 7*(-e.nth-1)
		}
		if d < first || d > last {
			return span{}, false
		}
		return unitOf(gDay, d), true
	case e.g == gWeek:
		if period.g == gYear && e.nth > 0 {
			// ISO weeks: week 1 holds the year's first Thursday.
			jan4 := dayNumber(period.year(), 1, 4)
			return unitOf(gWeek, jan4-weekday(jan4)+1+7*(e.nth-1)), true
		}
		if period.g == gYear {
			return unitOf(gWeek, dayNumber(period.year(), 12, 28)-7*(-e.nth-1)), true
		}
		if e.nth > 0 {
			return unitOf(gWeek, first+7*(e.nth-1)), true
		}
		return unitOf(gWeek, last-7*(-e.nth-1)), true
	case e.g == gMonth:
		if period.g != gYear {
			return span{}, false
		}
		return unitOf(gMonth, dayNumber(period.year(), e.nth, 1)), true
	default:
		d := first + e.nth - 1
		if e.nth < 0 {
			d = last + e.nth + 1
		}
		if d < first || d > last {
			return span{}, false
		}
		return unitOf(gDay, d), true
	}
}

// parseWeekdayDay reads a weekday with a day of the month but no month:
// "Tuesday the 19th", "Thu 15th", "Monday the twenty-seventh".
func (p *parser) parseWeekdayDay(i int, wd int) (expr, int, bool) {
	j := i + 1
	if p.punct(j, ".") && p.glued(j) {
		j++
	}
	hasThe := p.is(j, "the")
	if hasThe {
		j++
	}
	d, n, ok := p.dayOfMonth(j)
	if !ok || d < 1 || d > 31 {
		if v, vn, wok := p.dayInWords(j); wok {
			d, n, ok = v, vn, true
		}
	}
	if !ok {
		return expr{}, 0, false
	}
	// A bare number after a weekday is a day only with "the" or a suffix:
	// "Friday 3 people died" is not the 3rd.
	if p.isNum(j) && !hasThe && !p.ordinalSuffix(j+1) {
		return expr{}, 0, false
	}
	if p.w(n).month != 0 || p.is(n, "of") {
		return expr{}, 0, false // "Tuesday the 19th of March" is read as a full date
	}
	// "Friday the fourth decline": an ordinal before a noun counts things.
	if n < len(p.toks) && p.toks[n].Kind == text.Word && !p.toks[n].Capitalized() && !listFollower[p.lower(n)] &&
		p.w(n).pod == podNone && p.ampm(n) == 0 && !p.is(n, "at") && !(p.w(n).card > 0 && p.ampm(n+1) != 0) {
		// ("Monday the twenty fourth six pm": a time follows)
		return expr{}, 0, false
	}
	e := newExpr(kMonthDayOfWeek, gDay)
	e.wd, e.day = wd, d
	return e, n, true
}

// dayInWords reads a day of the month in words as speech gives it:
// "twenty nine", "twenty fourth", "thirty first".
func (p *parser) dayInWords(i int) (int, int, bool) {
	switch p.lower(i) {
	case "twenty", "thirty":
	default:
		return 0, 0, false
	}
	tens := 20
	if p.is(i, "thirty") {
		tens = 30
	}
	j := i + 1
	if p.punct(j, "-") && p.glued(j) {
		j++
	}
	if o := p.w(j).ordinal; o > 0 && o < 10 {
		return tens + int(o), j + 1, true
	}
	if c := p.w(j).card; c > 0 && c < 10 && !p.is(j, "a") && !p.is(j, "an") {
		return tens + int(c), j + 1, true
	}
	if tens == 20 && !p.is(j, "-") {
		return 20, i + 1, true
	}
	return 0, 0, false
}

// monthDayOfWeek finds the month, nearest to ref in direction dir (past
// unless the tense says future), whose day e.day falls on weekday e.wd.
func monthDayOfWeek(e *expr, ref, dir int) (span, bool) {
	y, m, _ := civil(ref)
	step := -1
	if dir > 0 {
		step = 1
	}
	for k := 0; k < 36; k++ {
		mm := m + step*k
		yy := y + floorDiv(mm-1, 12)
		mm = floorMod(mm-1, 12) + 1
		if e.day > monthLen(yy, mm) {
			continue
		}
		d := dayNumber(yy, mm, e.day)
		if weekday(d) != e.wd {
			continue
		}
		if step < 0 && d > ref || step > 0 && d < ref {
			continue
		}
		return unitOf(gDay, d), true
	}
	return span{}, false
}

// parseIn reads "in two weeks", "in a month", "in 10 days": a date ahead
// of the reference day, when the sentence speaks of the future. In the
// past tense ("the worst in three years") the words are a duration.
func (p *parser) parseIn(i int) (expr, int, bool) {
	j := i + 1
	n := 0
	if c := p.w(j).card; c > 0 {
		n, j = int(c), j+1
	} else if num, ok := number.Parse(p.toks, j); ok && num.Value >= 1 && num.Value <= 100 && num.Value == float64(int(num.Value)) && !num.AtLeast {
		n, j = int(num.Value), num.Next
	} else {
		return expr{}, 0, false
	}
	u := p.w(j)
	if u.unit == gNone || u.unit == gSeason || u.unit == gHalf || u.unit == gWeekend || u.unit == gCentury {
		return expr{}, 0, false
	}
	timeAfter := p.possessive(j) && p.is(j+1, "time") // "in a fortnight's time"
	if p.is(j+1, "of") || p.punct(j+1, "-") || p.possessive(j) && !timeAfter {
		return expr{}, 0, false // "in two years of talks"
	}
	end := j + 1
	if timeAfter {
		end++
	}
	// "in 7 days at 5pm" standing alone is a fragment with its time.
	fragEnd := end
	if p.is(fragEnd, "at") {
		if _, n, ok := p.parseTime(fragEnd + 1); ok {
			fragEnd = n
		}
	}
	if p.tense(i, end) <= 0 && !p.is(0, "will") && !p.is(0, "shall") && !p.fragment(i, fragEnd) {
		return expr{}, 0, false
	}
	e := newExpr(kAgo, gDay)
	e.n = n
	e.unit = u.unit
	if w := stripPossessive(p.lower(j)); w == "fortnight" || w == "fortnights" {
		e.unit, e.n = gWeek, 2*n
	}
	e.tenseFixed = true
	if timeAfter {
		return e, j + 2, true
	}
	return e, j + 1, true
}

// isDayWord reports whether token i is "day" (for "day after tomorrow").
func isDayWord(t text.Token) bool { return t.Is("day") }

// parseDayOnly reads a day of the month with no month, after a
// preposition: "on the 15th", "by the first", "On 24th". The month is the
// one the story last named, else the one the tense points to.
func (p *parser) parseDayOnly(i int) (expr, int, bool) {
	switch p.lower(i) {
	case "on", "by", "until", "till", "since", "from", "before", "after":
	default:
		return expr{}, 0, false
	}
	j := i + 1
	the := p.is(j, "the")
	if the {
		j++
	}
	d, n, ok := p.dayOfMonth(j)
	if !ok {
		return expr{}, 0, false
	}
	// A bare number is a day only as "the 15th" or "15th": "on 3
	// occasions" is not.
	if p.isNum(j) && !p.ordinalSuffix(j+1) {
		return expr{}, 0, false
	}
	// "on the first day", "by the third quarter", "on the second of them":
	// an ordinal before a noun or "of" counts something else.
	if n < len(p.toks) && (p.toks[n].Kind == text.Word && !listFollower[p.lower(n)] && !determiners[p.lower(n)] && !pronouns[p.lower(n)] || p.is(n, "of")) {
		return expr{}, 0, false
	}
	if !the && !p.isNum(j) {
		return expr{}, 0, false // "on first" is rare; "on second thought" is not a date
	}
	if !p.isNum(j) {
		// "in the second quarter from the first": the unit is left
		// out after it was named, so the ordinal is no day.
		for k := i - 1; k >= 0 && k >= i-6; k-- {
			if p.w(k).ordinal != 0 && p.w(k+1).unit != gNone {
				return expr{}, 0, false
			}
		}
	}
	switch p.lower(n) {
	case "to", "-", "\u2013", "through", "till", "until", "and":
		if p.isNum(n+1) || p.is(n+1, "the") || p.w(n+1).ordinal != 0 {
			return expr{}, 0, false // "from 13th to 15th July": a range of days
		}
	}
	e := newExpr(kCal, gDay)
	e.day, e.month, e.rule = d, 0, yrNearest
	return e, n, true
}

var pronouns = map[string]bool{"he": true, "she": true, "it": true, "they": true, "we": true,
	"i": true, "you": true, "there": true, "officials": true, "police": true}

// dayOnlySpan places a day of the month with no month: in the month of
// the story's last date, else in this month or a neighbour as the tense
// says.
func (r *resolver) dayOnlySpan(e *expr, ref, dir int) (span, bool) {
	if r.hasAnchor && r.anchor.g <= gMonth && r.anchor.g >= gDay {
		y, m, _ := civil(r.anchor.first)
		if e.day <= monthLen(y, m) {
			return unitOf(gDay, dayNumber(y, m, e.day)), true
		}
	}
	y, m, d := civil(ref)
	switch {
	case dir > 0 && e.day < d:
		m++
	case dir <= 0 && e.day > d:
		m--
	}
	y += floorDiv(m-1, 12)
	m = floorMod(m-1, 12) + 1
	if e.day > monthLen(y, m) {
		return span{}, false
	}
	return unitOf(gDay, dayNumber(y, m, e.day)), true
}

// weekendAt reads a weekend at k, spelled "weekend", "week-end", "week
// end" or "wkend", and returns the index after it (k when there is none).
func (p *parser) weekendAt(k int) int {
	switch {
	case p.is(k, "weekend") || p.is(k, "wkend") || p.is(k, "week-end"):
		return k + 1
	case p.is(k, "week") && p.punct(k+1, "-") && p.glued(k+1) && p.glued(k+2) && p.is(k+2, "end"):
		return k + 3
	case p.is(k, "week") && p.is(k+1, "end") && !p.is(k+2, "of") || p.is(k, "week") && p.is(k+1, "end") && p.is(k-1, "last"):
		return k + 2
	}
	return k
}
