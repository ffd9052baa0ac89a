package dates

import "crosscheck/claims/text"

// A date range joins two calendar dates: "from 2014 to 2018", "between
// March and May", "Nov. 18-Dec. 19, 2015", "June 3 to 5". Only two
// calendar dates make one: "moved from Friday to Monday" names two days,
// not the days between them.

// rangeAt reads a range whose first date e was read at tokens [i, j). It
// returns the range's value and its token span, "from" or "between"
// included.
func (x *extractor) rangeAt(e *expr, i, j int) (res result, start, end int, ok bool) {
	p := &x.p
	if !rangeEnd(e) {
		return result{}, 0, 0, false
	}
	start = i
	between := false
	switch p.lower(i - 1) {
	case "from":
		start = i - 1
	case "between":
		start, between = i-1, true
	}
	k := j
	switch p.lower(k) {
	case "-", "\u2013", "\u2014", "~", "to", "through", "thru", "till", "until":
	case "and":
		if !between {
			return result{}, 0, 0, false
		}
	default:
		return result{}, 0, 0, false
	}
	k++
	var b expr
	var n int
	bMod := modNone
	switch {
	case e.kind == kCal && e.g == gDay && e.hol == 0 && e.month != 0:
		// "June 3 to 5", "Nov 18-23", "April ninth through seventeenth",
		// "April 27 to the third" (of May): a bare day of the same month,
		// or of the next when it comes before the first day.
		kk := k
		if p.is(kk, "the") && !p.isNum(kk+1) {
			kk++
		}
		d, dn, dok := p.dayOfMonth(kk)
		if !dok {
			d, dn, dok = p.dayInWords(kk)
		}
		if dok && (p.isNum(kk) || p.w(kk).ordinal != 0 || p.is(kk, "twenty") || p.is(kk, "thirty")) && p.w(dn).month == 0 &&
			!p.punct(dn, "/") && !p.punct(dn, "-") && !p.punct(dn, ":") && !p.is(dn, "of") && p.w(dn).unit == gNone {
			b = *e
			b.day, n = d, dn
			if d <= e.day {
				b.month = e.month%12 + 1
				if b.month == 1 && b.rule == yrExplicit {
					b.year++
				}
			}
			if b.day > monthLen(2000, b.month) {
				return result{}, 0, 0, false
			}
			if y, yn, yok := p.yearAfter(n); yok && e.rule != yrExplicit {
				b.year, b.rule, n = y, yrExplicit, yn
			}
		}
	}
	if n == 0 && (p.is(k, "date") || p.is(k, "present")) && !p.is(k+1, "of") {
		b, n = newExpr(kDayRel, gDay), k+1 // "from March to date"
	}
	if n == 0 {
		var bok bool
		p.afterConnector = true
		b, n, bok = p.parseCore(k, true)
		p.afterConnector = false
		if !bok {
			return result{}, 0, 0, false
		}
		if b.kind == kRef && b.ref == refPresent {
			b = newExpr(kDayRel, gDay) // "between Jan 2019 and now"
		}
		bMod = b.mod
		b.mod = modNone // "to the end of 2008": the range runs to the end of the period
		if !rangeEnd(&b) {
			return result{}, 0, 0, false
		}
	}
	// Two calendar dates make a range by themselves ("2014-2018", "Jan-
	// Feb 2017"); other pairs only after "from" or "between" ("from next
	// Monday to Friday"), since "this year through August" means the part
	// of the year up to August rather than the span of both.
	if start == i && !(e.kind == kCal && b.kind == kCal) && !(e.kind == kCal && b.kind == kDayRel && b.n == 0) {
		return result{}, 0, 0, false // ("2019/Aug/01 to today" is a range too)
	}
	a := *e
	if a.kind == kRef {
		a = newExpr(kDayRel, gDay) // "between now and November 15"
	}
	a.mod = modNone
	sa, sb, ok := x.rangeEnds(&a, &b, p.tense(i, n))
	if !ok || sb.last() <= sa.last() || sb.year()-sa.year() > 200 {
		return result{}, 0, 0, false
	}
	x.rangeEnd, x.rangeB, x.rangeBStart = sb, b, k
	x.rangeB.mod = bMod // the end, reported on its own, keeps its part of the period
	return result{s: sa, lo: sa.first, hi: sb.last()}, start, n, true
}

// rangeEnd reports whether e can be an end of a range: a date placed on
// the calendar, not a reference, a recurrence or a time of day.
func rangeEnd(e *expr) bool {
	switch e.kind {
	case kSet, kTime, kPeriod, kRolling, kPart:
		return false
	case kRef:
		return e.ref == refPresent
	}
	return !e.hasTime()
}

// rangeEnds resolves the two ends of a range. A year one end gives, the
// other takes ("Jan-Feb 2017", "2014 through May 2018", "Nov-Feb 2017" is
// November of the year before); an end read on its own that falls before
// the start moves on by its own period ("from next Monday to Friday").
func (x *extractor) rangeEnds(a0, b0 *expr, dir int) (sa, sb span, ok bool) {
	a, b := *a0, *b0
	calA := a.kind == kCal && a.hol == 0
	calB := b.kind == kCal && b.hol == 0
	if calA && calB {
		switch {
		case a.rule == yrExplicit && b.rule == yrExplicit:
		case b.rule == yrExplicit && a.g != gYear:
			a.year, a.rule = b.year, yrExplicit
			if sa, ok1 := calSpan(&a, a.year); ok1 {
				if sb, ok2 := calSpan(&b, b.year); ok2 && sa.first > sb.first {
					a.year--
				}
			}
		case a.rule == yrExplicit && b.g != gYear:
			b.year, b.rule = a.year, yrExplicit
			if sa, ok1 := calSpan(&a, a.year); ok1 {
				if sb, ok2 := calSpan(&b, b.year); ok2 && sb.first < sa.first {
					b.year++
				}
			}
		}
		if a.rule == yrExplicit && b.rule == yrExplicit {
			sa, ok1 := calSpan(&a, a.year)
			sb, ok2 := calSpan(&b, b.year)
			return sa, sb, ok1 && ok2
		}
	}
	if calA && calB && a.rule == yrNearest && b.rule == yrNearest && x.res.hasRef && x.res.lo == x.res.hi && (dir >= 0 || dir == pastFirm) {
		// "will be away from August to October" read in September: the
		// range that holds the reference day (told in the past, a range
		// has ended: "rain was low between March and May" read in April
		// is last year's).
		ry, _, _ := civil(x.res.lo)
		for _, y := range [2]int{ry, ry - 1} {
			sa, ok1 := calSpan(&a, y)
			if !ok1 {
				continue
			}
			for _, yb := range [2]int{y, y + 1} {
				if sb, ok2 := calSpan(&b, yb); ok2 && sb.last() > sa.last() && sa.first <= x.res.lo && x.res.lo <= sb.last() {
					return sa, sb, true
				}
				if sb, ok2 := calSpan(&b, yb); ok2 && sb.last() > sa.last() {
					break
				}
			}
		}
	}
	ra, exactA, okA := x.res.resolve(&a, dir)
	if !okA || !exactA {
		return span{}, span{}, false
	}
	if calB && b.rule == yrNearest && b.g != gYear {
		// The end follows the start: the first such date from there on.
		y := ra.s.year()
		for k := 0; k < 2; k++ {
			s, ok := calSpan(&b, y+k)
			if !ok || s.last() < ra.s.first {
				continue
			}
			// A range told in the past lies wholly before the reference
			// day ("rain was low between March and May" read in April is
			// last year's spring).
			if calA && a.rule != yrExplicit && dir < 0 && x.res.hasRef && s.last() > x.res.hi {
				if pa, ok1 := calSpan(&a, ra.s.year()-1); ok1 {
					if pb, ok2 := calSpan(&b, y+k-1); ok2 {
						return pa, pb, true
					}
				}
			}
			return ra.s, s, true
		}
		return span{}, span{}, false
	}
	rb, exactB, okB := x.res.resolve(&b, dir)
	if !okB || !exactB {
		return span{}, span{}, false
	}
	sb = rb.s
	if sb.last() < ra.s.first && b.kind == kWeekday {
		// "from next Monday to Friday": the first Friday after Monday.
		for sb.last() < ra.s.first {
			sb.first += 7
		}
	}
	return ra.s, sb, true
}

// rangeMatch builds the match of a range read at tokens [i, j): its value
// is the ISO interval of its two ends.
func (x *extractor) rangeMatch(doc *text.Doc, r result, end span, i, j int) Match {
	toks := x.p.toks
	b := x.buf[:0]
	b = r.s.appendISO(b)
	b = append(b, '/')
	b = end.appendISO(b)
	iso := len(b)
	b = appendDayNumber(b, r.lo)
	lo := len(b)
	b = appendDayNumber(b, r.hi)
	hi := len(b)
	b = append(b, "from "...)
	b = appendDisplay(b, r.s, modNone, r.s.first, r.s.last())
	b = append(b, " to "...)
	b = appendDisplay(b, end, modNone, end.first, end.last())
	s := string(b)
	x.buf = b
	return Match{
		Start: toks[i].Start, End: toks[j-1].End,
		Value: Date{ISO: s[:iso], Min: s[iso:lo], Max: s[lo:hi], Display: s[hi:],
			Precision: "interval", Relative: false},
		Confidence: 0.8,
	}
}

// dayRange reads a range of days whose month is named once, at its end:
// "from 13 to 15 July", "1-8 September", "between 3 and 12 of Sept", "the
// 13th to the 15th of July". It returns the range, the first token of its
// far end and its end.
func (x *extractor) dayRange(i int) (res result, bStart, end int, ok bool) {
	p := &x.p
	k := i
	between := p.is(i-1, "between")
	switch p.lower(k) {
	case "from":
		k++
	case "between":
		k, between = k+1, true
	}
	if p.is(k, "the") {
		k++
	}
	if !p.isNum(k) && p.w(k).ordinal == 0 {
		return result{}, 0, 0, false
	}
	a, k2, ok := p.dayOfMonth(k)
	if !ok {
		return result{}, 0, 0, false
	}
	switch p.lower(k2) {
	case "-", "\u2013", "to", "through", "thru", "till", "until":
	case "and":
		if !between {
			return result{}, 0, 0, false
		}
	default:
		return result{}, 0, 0, false
	}
	bStart = k2 + 1
	p.afterConnector = true // "19th to 21st aug": the far end is a date
	b, n, ok := p.parseDayMonth(bStart)
	p.afterConnector = false
	if !ok || b.kind != kCal || b.g != gDay || b.day <= a {
		return result{}, 0, 0, false
	}
	ea := b
	ea.day = a
	sa, sb, ok := x.rangeEnds(&ea, &b, p.tense(i, n))
	if !ok || sb.last() <= sa.last() {
		return result{}, 0, 0, false
	}
	x.rangeEnd, x.rangeB = sb, b
	return result{s: sa, lo: sa.first, hi: sb.last()}, bStart, n, true
}
