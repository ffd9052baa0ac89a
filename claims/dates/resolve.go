package dates

// A resolver turns exprs into calendar spans. The reference is the
// publication date as a range of days [lo, hi]: one day, or a whole month
// when only the month is known. The anchor is the last date the document
// mentioned, for "two days later" and "that year"; period is the last
// reporting period (quarter or half), for "the year-ago quarter".
type resolver struct {
	lo, hi    int
	hasRef    bool
	refPrec   gran
	anchor    span
	hasAnchor bool
	period    span
	hasPeriod bool
}

func newResolver(pub Partial) resolver {
	r := resolver{}
	switch {
	case pub.Year == 0:
	case pub.Month == 0:
		r.lo, r.hi, r.hasRef, r.refPrec = dayNumber(pub.Year, 1, 1), dayNumber(pub.Year, 12, 31), true, gYear
	case pub.Day == 0:
		r.lo, r.hi, r.hasRef, r.refPrec = dayNumber(pub.Year, pub.Month, 1), dayNumber(pub.Year, pub.Month+1, 0), true, gMonth
	default:
		r.lo = dayNumber(pub.Year, pub.Month, pub.Day)
		r.hi, r.hasRef, r.refPrec = r.lo, true, gDay
	}
	return r
}

// result is a resolved expression: the span, and the interval of days
// [lo, hi] it stands for once its modifier is applied.
type result struct {
	s      span
	lo, hi int
}

// resolve resolves e with the sentence's tense dir (-1 past, +1 future,
// 0 unknown). ok is false when the date cannot be placed in time.
// When the reference is a range and the readings at its two ends differ,
// exact is false and lo/hi cover every reading.
func (r *resolver) resolve(e *expr, dir int) (res result, exact, ok bool) {
	ref := r.lo
	switch {
	case e.hasFixed:
		lo, hi := narrow(e.fixed, e.mod, r.lo)
		return result{s: e.fixed, lo: lo, hi: hi}, true, true
	case r.hasRef:
	case e.kind == kCal && e.rule == yrExplicit:
	case e.kind == kCal && e.rule == yrNearest && r.hasAnchor:
		// Without a publication date, the story's own dates place it; the
		// tense tells of the unknown day of writing, not of that date.
		ref, dir = r.anchor.first, 0
	case (e.kind == kShift || e.kind == kAnchor || e.kind == kTime || e.kind == kPeriod) && (r.hasAnchor || r.hasPeriod):
		ref = r.anchor.first
	default:
		return result{}, false, false
	}
	a, ok := r.at(e, ref, dir)
	if !ok {
		return result{}, false, false
	}
	if !r.hasRef || r.lo == r.hi {
		return a, true, true
	}
	b, ok := r.at(e, r.hi, dir)
	if !ok {
		return result{}, false, false
	}
	if a == b {
		return a, true, true
	}
	return result{s: a.s, lo: min(a.lo, b.lo), hi: max(a.hi, b.hi)}, false, true
}

// at resolves e against the single reference day ref.
func (r *resolver) at(e *expr, ref, dir int) (result, bool) {
	s, ok := r.spanAt(e, ref, dir)
	if !ok {
		return result{}, false
	}
	if e.wdIn != 0 && s.g == gDay {
		s.first = s.first - weekday(s.first) + e.wdIn // that weekday of the week reached
	}
	if e.hasTime() && (s.g == gDay || s.g == gTime) {
		s.g, s.hour, s.min, s.pod = gTime, e.hour, e.min, e.pod
	}
	lo, hi := narrow(s, e.mod, ref)
	return result{s: s, lo: lo, hi: hi}, true
}

func (r *resolver) spanAt(e *expr, ref, dir int) (span, bool) {
	if e.hasFixed {
		return e.fixed, true
	}
	switch e.kind {
	case kCal:
		return r.cal(e, ref, dir)
	case kWeekday:
		if e.fromAnchor && r.hasAnchor {
			ref = r.anchor.first
		}
		d := weekdayFrom(e, ref, dir)
		if e.g == gWeekend {
			return unitOf(gWeekend, d), true
		}
		return unitOf(gDay, d), true
	case kDayRel:
		return unitOf(gDay, ref+e.n), true
	case kUnitRel:
		return unitOf(e.g, ref).shift(e.n), true
	case kNth:
		period, ok := r.spanAt(e.inner, ref, dir)
		if !ok {
			return span{}, false
		}
		return nthSpan(e, period)
	case kMonthDayOfWeek:
		return monthDayOfWeek(e, ref, dir)
	case kShiftFrom:
		base, ok := r.spanAt(e.inner, ref, dir)
		if !ok {
			return span{}, false
		}
		return shiftBy(base, e.g, e.n), true
	case kAgo:
		if e.unit != gNone {
			// "in two weeks", "three years from today": the day reached.
			switch e.unit {
			case gDay:
				return unitOf(gDay, ref+e.n), true
			case gWeek:
				return unitOf(gDay, ref+7*e.n), true
			}
			return unitOf(gDay, addMonths(ref, e.n*e.unit.months())), true
		}
		if e.g == gYear && r.hasPeriod && r.hasAnchor && r.anchor == r.period {
			// "a year ago" right after a quarter: the same quarter a year
			// before, as financial news means it.
			return r.period.shift(e.n * 12 / r.period.g.months()), true
		}
		return unitOf(e.g, ref).shift(e.n), true
	case kShift:
		base := unitOf(gDay, ref)
		if r.hasAnchor {
			base = r.anchor
			if e.g == gYear && r.hasPeriod && r.anchor == r.period {
				base = r.period
			}
		}
		return shiftBy(base, e.g, e.n), true
	case kAnchor:
		base := unitOf(gDay, ref)
		if r.hasAnchor {
			base = r.anchor
		} else if e.g == gWeekend && e.n == 0 {
			// "that weekend" with nothing named before: the latest one
			return unitOf(gWeekend, ref-floorMod(weekday(ref)-6, 7)), true
		}
		if e.g == gNone {
			return base, true // "until then"
		}
		if e.g < base.g && e.g <= gWeek {
			if e.n != 0 || !r.hasRef {
				return span{}, false // "the next day" after "in March": which day?
			}
			base = unitOf(gDay, ref) // "during the day": the story's day
		}
		return unitOf(e.g, base.first).shift(e.n), true
	case kPeriod:
		var base span
		switch {
		case r.hasPeriod && e.g != gYear && (!e.ended || r.period.last() < ref):
			base = r.period
		case r.hasAnchor && e.g == gNone && (r.anchor.g == gMonth || r.anchor.g == gYear):
			base = r.anchor
		case e.g == gYear:
			if r.hasAnchor && r.anchor.g == gYear {
				base = r.anchor
			} else {
				base = unitOf(gYear, ref).shift(-1)
			}
		default:
			base = unitOf(gQuarter, ref).shift(-1) // the last full quarter
		}
		if e.year != 0 && !r.hasPeriod && e.g != gQuarter {
			return calSpan(&expr{g: gYear}, e.year) // "the 1988 period" with no period named
		}
		if e.year != 0 {
			// "the 1988 quarter": the same period in 1988.
			if base.g == gYear || base.g.months() == 0 {
				return calSpan(&expr{g: gYear}, e.year)
			}
			return base.shift((e.year - base.year()) * 12 / base.g.months()), true
		}
		return base.shift(e.n * 12 / base.g.months()), true
	case kTime:
		if r.hasAnchor && (r.anchor.g == gDay || r.anchor.g == gTime) {
			return unitOf(gDay, r.anchor.first), true
		}
		return unitOf(gDay, ref), true
	}
	return span{}, false
}

// weekdayFrom returns the day a weekday expression names.
func weekdayFrom(e *expr, ref, dir int) int {
	wd := e.wd
	switch {
	case e.weekRel == relLast:
		// "last Tuesday" is the Tuesday of last week, unless this
		// week's lies four days back or more: a weekly out on Saturday
		// means the Tuesday just gone, where a paper out on Thursday
		// would have said "Wednesday" for the day before.
		if weekday(ref)-wd >= 4 {
			return unitOf(gWeek, ref).first + wd - 1
		}
		return unitOf(gWeek, ref).first - 7 + wd - 1
	case e.weekRel == relThis:
		return unitOf(gWeek, ref).first + wd - 1
	case e.weekRel == relNext:
		return unitOf(gWeek, ref).first + 7 + wd - 1
	case e.strict < 0:
		return ref - floorMod(weekday(ref)-wd-1, 7) - 1 - 7*e.n
	case e.strict > 0:
		return ref + floorMod(wd-weekday(ref)-1, 7) + 1 + 7*e.n
	case dir > 0:
		return ref + floorMod(wd-weekday(ref), 7)
	}
	// News reads a bare weekday as the latest one, today included.
	return ref - floorMod(weekday(ref)-wd, 7)
}

// cal resolves calendar fields, choosing the year by e.rule.
func (r *resolver) cal(e *expr, ref, dir int) (span, bool) {
	if e.g == gDay && e.month == 0 && e.hol == 0 {
		return r.dayOnlySpan(e, ref, dir)
	}
	if e.rule == yrExplicit {
		return calSpan(e, e.year)
	}
	ry, _, _ := civil(ref)
	if e.wd != 0 && e.g == gDay && e.rule == yrNearest {
		// The nearest year in which the day falls on the weekday named.
		best, bestDist, found := span{}, 0, false
		for y := ry - 6; y <= ry+6; y++ {
			s, ok := calSpan(e, y)
			if !ok || weekday(s.first) != e.wd {
				continue
			}
			d := s.first - ref
			if d < 0 {
				d = -d
			}
			if !found || d < bestDist {
				best, bestDist, found = s, d, true
			}
		}
		if found {
			return best, true
		}
	}
	switch e.rule {
	case yrOffset:
		return calSpan(e, ry+e.yearOff)
	case yrThis:
		if e.g == gSeason {
			if s := unitOf(gSeason, ref); seasonPart(s) == e.part {
				return s, true
			}
		}
		return calSpan(e, ry)
	case yrLast:
		cmp := cmpGran(e)
		refUnit := unitOf(cmp, ref).first
		for y := ry; y >= ry-2; y-- {
			if s, ok := calSpan(e, y); ok && unitOf(cmp, s.first).first < refUnit {
				return s, true
			}
		}
		return span{}, false
	case yrNext:
		cmp := cmpGran(e)
		refUnit := unitOf(cmp, ref).first
		for y := ry; y <= ry+2; y++ {
			if s, ok := calSpan(e, y); ok && unitOf(cmp, s.first).first > refUnit {
				if e.n > 0 {
					return calSpan(e, y+e.n) // "March after next"
				}
				return s, true
			}
		}
		return span{}, false
	}
	return nearestYear(e, ref, ry, dir)
}

// Limits, in days, for choosing the year of a date the text gives
// without one. A tense is trusted while the date it points to lies
// within tenseReach of the reference; a neighbouring year wins over the
// reference year only when it is within closeReach and the reference
// year's date is beyond farReach.
const (
	tenseReach = 300
	// futureReach is how far ahead an untensed day may be read as coming.
	futureReach = 90
	closeReach  = 60
	farReach    = 120
)

// nearestYear picks the year of "December 19", "in March", "Christmas":
// the one the tense points to when it is near enough, else the
// reference year unless the date is plainly just across New Year
// ("December 19" read in January).
func nearestYear(e *expr, ref, ry, dir int) (span, bool) {
	var past, future, same span
	var hasPast, hasFuture, hasSame bool
	for y := ry - 1; y <= ry+1; y++ {
		s, ok := calSpan(e, y)
		if !ok {
			continue
		}
		if s.first <= ref && s.last() >= ref {
			return s, true // the reference day lies inside it
		}
		if s.last() < ref {
			past, hasPast = s, true // later years overwrite earlier ones
		} else if !hasFuture {
			future, hasFuture = s, true
		}
		if y == ry {
			same, hasSame = s, true
		}
	}
	if e.g == gQuarter || e.g == gHalf {
		// "the third quarter" is one of the reference year, whatever the
		// verb: the one being reported on or planned for; but one told in
		// the past that has not begun yet is last year's ("profits fell
		// in the fourth quarter", read in January). One standing alone
		// (a heading, pastFirm) stays this year's.
		if dir < 0 && dir != pastFirm && hasSame && same.first > ref && hasPast {
			return past, true
		}
		return same, hasSame
	}
	dist := func(s span) int {
		if s.last() < ref {
			return ref - s.last()
		}
		return s.first - ref
	}
	// A month named without a day follows the tense wherever it points; a
	// day only when the tense points near, since the verb nearest a date
	// is not always the one that governs it.
	reach := tenseReach
	if e.g != gDay {
		reach = 366
	}
	switch {
	case dir <= pastFirm && hasPast:
		return past, true
	case dir < 0 && hasPast && dist(past) <= reach:
		return past, true
	case dir > 0 && hasFuture && dist(future) <= reach:
		return future, true
	case dir >= futureFirm && hasFuture && dist(future) <= 366:
		return future, true // "will return Oct. 2", eleven months on
	}
	near, hasNear := past, hasPast
	if hasFuture && (!hasPast || dist(future) < dist(past)) {
		near, hasNear = future, true
	}
	if e.g == gDay {
		// "Dec. 15" with nothing to say which: news reports what has
		// happened, so the latest past one, unless the next one is only
		// weeks ahead and nearer (a deadline, a record date).
		if hasFuture && (!hasPast || dist(future) <= futureReach && dist(future) < dist(past)) {
			return future, true
		}
		return past, hasPast
	}
	if hasSame && !(hasNear && near != same && dist(near) <= closeReach && dist(same) > farReach) {
		return same, true
	}
	return near, hasNear
}

// cmpGran is the unit "last" and "next" count in: "last December 19" is
// in a month before this one; "last Christmas" a day before today.
func cmpGran(e *expr) gran {
	switch {
	case e.hol != 0:
		return gDay
	case e.g == gDay || e.g == gWeek:
		return gMonth
	}
	return e.g
}

func seasonPart(s span) int {
	_, m, _ := civil(s.first)
	if m == 12 {
		return 4
	}
	return m / 3
}

// calSpan builds the span of e's calendar fields in year y.
func calSpan(e *expr, y int) (span, bool) {
	if y < 0 || y > 9999 || y == 0 && e.g != gCentury {
		return span{}, false
	}
	switch {
	case e.hol != 0:
		return unitOf(max(e.g, gDay), holidays[e.hol-1].date(y)), true
	}
	switch e.g {
	case gDay, gWeek:
		if e.day < 1 || e.day > monthLen(y, e.month) {
			return span{}, false
		}
		return unitOf(e.g, dayNumber(y, e.month, e.day)), true
	case gMonth:
		return unitOf(gMonth, dayNumber(y, e.month, 1)), true
	case gQuarter:
		return unitOf(gQuarter, dayNumber(y, (e.part-1)*3+1, 1)), true
	case gHalf:
		return unitOf(gHalf, dayNumber(y, (e.part-1)*6+1, 1)), true
	case gSeason:
		return unitOf(gSeason, dayNumber(y, e.part*3, 1)), true
	case gYear:
		return unitOf(gYear, dayNumber(y, 1, 1)), true
	case gDecade:
		return unitOf(gDecade, dayNumber(y, 1, 1)), true
	case gCentury:
		if y == 0 {
			y = 1 // the first century: years 1 to 99
		}
		return unitOf(gCentury, dayNumber(y, 1, 1)), true
	}
	return span{}, false
}

// shiftBy moves base by n units of g, keeping base's own precision where
// it can: a year after a quarter is that quarter a year on, two days
// after a day is a day.
func shiftBy(base span, g gran, n int) span {
	switch base.g {
	case gDay, gTime:
		if g == gDay {
			return unitOf(gDay, base.first+n)
		}
		if g == gWeek {
			return unitOf(gDay, base.first+7*n)
		}
		return unitOf(gDay, addMonths(base.first, n*g.months()))
	case gWeek, gWeekend:
		switch g {
		case gDay:
			return unitOf(base.g, base.first+n)
		case gWeek:
			return base.shift(n)
		}
		return unitOf(base.g, addMonths(base.first, n*g.months()))
	}
	if g.months() == 0 {
		step := n
		if g == gWeek {
			step = 7 * n
		}
		return unitOf(base.g, base.first+step)
	}
	if g.months()%base.g.months() == 0 {
		return base.shift(n * g.months() / base.g.months())
	}
	return unitOf(g, base.first).shift(n)
}

// addMonths adds n months to day z, keeping the day of the month where
// the month has it (January 31 plus one month is February 28 or 29).
func addMonths(z, n int) int {
	y, m, d := civil(z)
	m += n
	y += floorDiv(m-1, 12)
	m = floorMod(m-1, 12) + 1
	return dayNumber(y, m, min(d, monthLen(y, m)))
}

// narrow applies a modifier to s and returns the days it then covers.
func narrow(s span, m mod, ref int) (lo, hi int) {
	lo, hi = s.first, s.last()
	switch m {
	case modNone:
		return lo, hi
	case modEarlier:
		if ref > lo && ref <= hi {
			hi = ref - 1
		}
		return lo, hi
	case modLater:
		if ref >= lo && ref < hi {
			lo = ref + 1
		}
		return lo, hi
	case modRest:
		if ref >= lo && ref <= hi {
			lo = ref
		}
		return lo, hi
	}
	third := int(m) - int(modEarly) // 0 early, 1 mid, 2 late
	switch s.g {
	case gDay, gTime, gWeekend:
		return lo, hi
	case gWeek:
		return lo + 2*third, lo + 2*third + 2
	case gMonth:
		// Early: days 1-10, mid: 11-20, late: 21 to the end.
		if third == 2 {
			return lo + 20, hi
		}
		return lo + 10*third, lo + 10*third + 9
	case gDecade, gCentury:
		years := 10
		if s.g == gCentury {
			years = 100
		}
		y := s.year()
		from := y + [3]int{0, years * 3 / 10, years * 7 / 10}[third]
		to := y + [3]int{years * 4 / 10, years * 7 / 10, years}[third] - 1
		return dayNumber(from, 1, 1), dayNumber(to, 12, 31)
	}
	months := s.g.months()
	y, mo, _ := civil(lo)
	part := months / 3
	from := dayNumber(y, mo+part*third, 1)
	to := dayNumber(y, mo+part*(third+1), 1) - 1
	return from, to
}
