package dates

import (
	"crosscheck/claims/number"
	"crosscheck/claims/text"
)

// lower returns token i in lower case (a known word without its
// possessive "'s"), or "".
func (p *parser) lower(i int) string {
	if uint(i) >= uint(len(p.toks)) {
		return ""
	}
	if _, n, ok := p.toks[i].KeyHash(); ok && n == len(p.toks[i].Text) {
		return p.fold[i] // a word in ASCII with no possessive
	}
	return p.lowerSlow(i)
}

// lowerSlow is lower for a possessive, a word beyond ASCII, a number or
// a mark.
func (p *parser) lowerSlow(i int) string {
	if k := p.w(i).key; k != "" {
		return k
	}
	t := p.toks[i]
	if !t.Capitalized() {
		return t.Lower() // already lower case: no copy
	}
	if e := &vocab[p.voc[i]]; e.plain {
		return e.name
	}
	return t.Lower()
}

// possessive reports whether word token i ends in "'s".
func (p *parser) possessive(i int) bool {
	if i < 0 || i >= len(p.toks) || p.toks[i].Kind != text.Word {
		return false
	}
	s := p.toks[i].Text
	n := len(s)
	return n > 2 && (s[n-2:] == "'s" || s[n-2:] == "'S") || n > 4 && s[n-4:] == "\u2019s"
}

// dayLevel reports whether e names a single day, so a time of day can
// follow it.
func (e *expr) dayLevel() bool {
	switch e.kind {
	case kWeekday, kDayRel:
		return true
	case kCal, kAnchor, kShift, kAgo, kShiftFrom:
		return e.g == gDay
	}
	return false
}

// dayAbbr reports whether the abbreviated weekday at i is a day. "Thu",
// "Fri", "Tue" are no other word; "Mon." with its dot is none either.
// "Sun", "Wed" and "Sat" are words ("the sun", "they wed", "she sat"),
// so they are days only capitalized inside a sentence with a dot or a
// time after them ("Sat. 10 a.m.", "Sun at 5"), or standing alone as
// the whole sentence, as a listing or a caption gives a day.
func (p *parser) dayAbbr(i int) bool {
	dot := p.punct(i+1, ".") && p.glued(i+1)
	switch p.lower(i) {
	case "thu", "thur", "thurs", "fri", "tue", "tues":
		return true
	case "mon":
		if dot || p.capitalized(i) && i > 0 {
			return true
		}
	}
	if p.fragment(i, i+1) {
		return true
	}
	if !p.capitalized(i) || i == 0 || p.is(i-1, "the") || p.headline {
		return false
	}
	k := i + 1
	if dot {
		k++
	}
	if p.is(k, "at") {
		if v, n, ok := p.digits(k + 1); ok && n <= 2 && v >= 1 && v <= 12 {
			return true // "Sat at 5"
		}
		k++
	}
	_, _, isTime := p.parseTime(k)
	return dot || isTime
}

// parseWeekday reads "Friday", "Friday, Oct. 13", "Saturday, April 25".
func (p *parser) parseWeekday(i int) (expr, int, bool) {
	lw := p.w(i)
	if lw.plural {
		return expr{}, 0, false // "on Fridays" recurs: a set, not a date
	}
	j := i + 1
	if lw.abbr && p.punct(j, ".") && p.glued(j) {
		j++
	}
	k := j
	if p.punct(k, ",") {
		k++
	}
	// A weekday before a full date names the date's day; without a year,
	// it picks the year: "Fri, Jul 18" is a year when July 18 is a Friday.
	if p.w(k).month != 0 {
		if e, n, ok := p.parseMonth(k); ok && e.g == gDay {
			e.wd = int(lw.weekday)
			return e, n, true
		}
	}
	if e, n, ok := p.parseDayMonth(k); ok {
		e.wd = int(lw.weekday)
		return e, n, true
	}
	// "Tuesday the 19th", "Thu 15th".
	if e, n, ok := p.parseWeekdayDay(i, int(lw.weekday)); ok {
		return e, n, true
	}
	if lw.abbr && !p.dayAbbr(i) {
		return expr{}, 0, false
	}
	// "Black Friday", "Super Tuesday" and the like are names, not dates;
	// "the court Friday rejected" is a date, so only these words count.
	switch p.lower(i - 1) {
	case "black", "super", "cyber", "bloody", "holy", "maundy", "shrove", "fat", "giving",
		"man", "girl", "casual", "freaky", "manic":
		if p.capitalized(i - 1) {
			return expr{}, 0, false
		}
	}
	// "Monday two weeks from now", "Sunday, 3 weeks after January 15":
	// that weekday of the week the count reaches.
	k = j
	if p.punct(k, ",") {
		k++
	}
	if p.isNum(k) || p.w(k).card != 0 && !p.is(k, "a") && !p.is(k, "an") || p.w(k).number {
		if c, n, ok := p.parseCount(k); ok && (c.kind == kAgo && c.unit != gNone || c.kind == kShiftFrom) {
			c.wdIn = int(lw.weekday)
			return c, n, true
		}
	}
	e := newExpr(kWeekday, gDay)
	e.wd = int(lw.weekday)
	// "Friday of next week", "Monday of the following week", "Friday
	// next week", "Sunday from last week".
	k = j
	if p.is(k, "of") || p.is(k, "from") {
		k++
	}
	if p.is(k, "the") && (p.is(k+1, "following") || p.is(k+1, "next") || p.is(k+1, "previous")) {
		k++
	}
	if r := p.w(k).rel; r != relNone && p.w(k+1).unit == gWeek && !p.w(k+1).plural {
		e.weekRel = r
		e.tenseFixed = true
		j = k + 2
	} else if p.is(j, "after") && p.is(j+1, "next") {
		// "Friday after next": the second one ahead.
		e.strict, e.n, e.tenseFixed = 1, 1, true
		j += 2
	}
	return e, j, true
}

func sentenceStartAt(p *parser, i int) bool {
	return i == 0 || p.punct(i-1, "\"") || p.punct(i-1, "\u201c") || p.punct(i-1, "(")
}

// parseRel reads an expression opened by last, this, next, past, coming,
// previous, current, following, upcoming: "last week", "next Friday",
// "last December 19", "this summer", "last night", "this past spring".
func (p *parser) parseRel(i int) (expr, int, bool) {
	r := p.w(i).rel
	j := i + 1
	var strict int8
	if p.is(i, "this") || p.is(i, "the") {
		switch p.lower(j) {
		case "past":
			strict, j = -1, j+1
		case "coming":
			strict, j = 1, j+1
		}
	} else if p.is(i, "past") {
		strict = -1
	} else if p.is(i, "coming") || p.is(i, "upcoming") {
		strict = 1
	}
	if (p.is(j, "calendar") || p.is(j, "working") || p.is(j, "work")) && p.w(j+1).unit != gNone && !p.w(j+1).plural {
		j++ // "this calendar year", "next working week"
	}
	w := p.w(j)
	if n := p.weekendAt(j); n > j && !p.is(j, "weekend") || n > j && strict != 0 {
		// "this past weekend", "this week-end", "last wkend"
		e := newExpr(kWeekday, gWeekend)
		e.wd, e.tenseFixed = 6, true
		switch {
		case strict != 0:
			e.strict = strict
		default:
			e.weekRel = r
		}
		return e, n, true
	}
	if (r == relLast || r == relNext) && j == i+1 {
		// "the past three years", "next 48 hours", "the coming two weeks"
		if e, n, ok := p.rolling(j, relOffset(r), false); ok {
			return e, n, true
		}
		if p.is(j, "fortnight") {
			// "the past fortnight": two weeks, no calendar unit.
			e := newExpr(kRolling, gDay)
			e.n, e.durUnit, e.tenseFixed = 2*relOffset(r), 'W', true
			return e, j + 1, true
		}
	}
	if w.ordinal != 0 || p.isNum(j) {
		// "next 6th of April", "this 5/12": that date in the year the
		// word points to.
		if c, n, ok := p.parseCore(j, false); ok && c.kind == kCal && c.g == gDay && c.month != 0 && c.rule == yrNearest && c.hol == 0 {
			c.rule, c.tenseFixed = relRule(r, strict), true
			return c, n, true
		}
	}
	switch {
	case w.weekday != 0 && !w.plural:
		// "next Friday", "this Thu", "last Sat"
		e := newExpr(kWeekday, gDay)
		e.wd = int(w.weekday)
		e.tenseFixed = true
		if strict != 0 {
			e.strict = strict
		} else {
			e.weekRel = r
		}
		// "this coming Sunday, March 8", "this Friday 5/12": the full
		// date decides.
		k := j + 1
		if w.abbr && p.punct(k, ".") && p.glued(k) {
			k++
		}
		if p.punct(k, ",") {
			k++
		}
		if p.w(k).month != 0 {
			if c, n, ok := p.parseMonth(k); ok && c.g == gDay {
				return c, n, true
			}
		}
		if p.isNum(k) {
			p.afterConnector = true
			c, n, ok := p.parseNumeric(k)
			p.afterConnector = false
			if ok && c.g == gDay && c.month != 0 {
				return c, n, true // the date, more precise than the weekday, decides
			}
		}
		return e, j + 1, true
	case w.month != 0:
		e, n, ok := p.parseMonth(j)
		if !ok && !(ambiguousMonth(w.month) && p.capitalized(j)) {
			return expr{}, 0, false
		}
		if !ok {
			e = newExpr(kCal, gMonth)
			e.month, n = int(w.month), j+1
		}
		if e.rule == yrExplicit || e.rule == yrOffset {
			return expr{}, 0, false // "last December 2023" is odd; leave it
		}
		e.rule = relRule(r, strict)
		e.tenseFixed = true
		return e, n, true
	case w.season != 0:
		e := newExpr(kCal, gSeason)
		e.part = int(w.season)
		e.rule = relRule(r, strict)
		e.tenseFixed = true
		return e, j + 1, true
	case w.pod != podNone && !w.plural:
		// "last night", "this morning", "this evening".
		e := newExpr(kDayRel, gDay)
		if r == relLast {
			e.n = -1
		} else if r != relThis {
			return expr{}, 0, false
		}
		e.pod = w.pod
		return e, j + 1, true
	case w.unit != gNone && !w.plural:
		return p.relUnit(i, j, r)
	case w.unit != gNone || p.vague(j) > j:
		return p.relVague(i, j, r)
	}
	if hs, ok := holidayFirst[p.lower(j)]; ok {
		if e, n, ok := p.holidayAt(j, hs); ok {
			e.rule = relRule(r, strict)
			e.tenseFixed = true
			return e, n, true
		}
	}
	return expr{}, 0, false
}

func relRule(r rel, strict int8) yearRule {
	switch {
	case strict < 0 || r == relLast:
		return yrLast
	case strict > 0 || r == relNext:
		return yrNext
	}
	return yrThis
}

// relUnit reads "last week", "this month", "next year", "this year's
// third quarter" after the determiner at i; j is the unit.
func (p *parser) relUnit(i, j int, r rel) (expr, int, bool) {
	g := p.w(j).unit
	switch g {
	case gDay, gHalf:
		// "this day", "next half": not calendar units in news.
		return expr{}, 0, false
	}
	if p.is(j, "fortnight") {
		return expr{}, 0, false
	}
	// "This Week" in mid-sentence is a title (a television show);
	// "quarter-century" is a length of time.
	if p.capitalized(j) && p.capitalized(i) && !p.headline || p.glued(j+1) && p.punct(j+1, "-") {
		return expr{}, 0, false
	}
	e := newExpr(kUnitRel, g)
	e.n = relOffset(r)
	e.tenseFixed = true
	// "last year's third quarter", "next year's first half".
	if g == gYear && p.possessive(j) {
		if q, n, ok := p.parseOrdinalUnit(j + 1); ok && q.kind == kCal && q.year == 0 && (q.g == gQuarter || q.g == gHalf) {
			q.rule, q.yearOff = yrOffset, e.n
			return q, n, true
		}
		if p.is(j+1, "quarter") || p.is(j+1, "period") {
			q := newExpr(kPeriod, gQuarter)
			q.n = e.n
			return q, j + 2, true
		}
	}
	// "next week Wednesday", "previous week - Monday", "last week's
	// Sunday": a day of that week.
	if g == gWeek {
		k := j + 1
		if p.punct(k, "-") || p.punct(k, ",") {
			k++
		}
		if w := p.w(k); w.weekday != 0 && !w.plural && !w.abbr {
			d := newExpr(kWeekday, gDay)
			d.wd, d.weekRel, d.tenseFixed = int(w.weekday), r, true
			if d.weekRel == relNone {
				d.weekRel = relThis
			}
			return d, k + 1, true
		}
	}
	// "this week" may be spelled out further: "this week's summit".
	return e, j + 1, true
}

// vague reads "few", "several", "couple of", "a few" at i and returns
// the index after it (i when there is none).
func (p *parser) vague(i int) int {
	switch p.lower(i) {
	case "few", "several", "many":
		return i + 1
	case "couple":
		if p.is(i+1, "of") {
			return i + 2
		}
		return i + 1
	case "a":
		switch p.lower(i + 1) {
		case "few":
			return i + 2
		case "couple":
			if p.is(i+2, "of") {
				return i + 3
			}
			return i + 2
		}
	}
	return i
}

// relVague reads "the past few months", "coming days", "recent years":
// references to the past or future with no stated length. A stated
// number ("the past three years") is a duration, not a date.
func (p *parser) relVague(i, j int, r rel) (expr, int, bool) {
	k := p.vague(j)
	w := p.w(k)
	if w.unit == gNone || !w.plural {
		return expr{}, 0, false
	}
	e := newExpr(kRef, gNone)
	e.durUnit = vagueUnit(w.unit)
	switch {
	case p.is(i, "past") || p.is(i, "last") || p.is(i, "previous") || p.is(i, "recent"):
		e.ref = refPast
	case p.is(i, "coming") || p.is(i, "next") || p.is(i, "upcoming") || p.is(i, "future"):
		e.ref = refFuture
	default:
		return expr{}, 0, false
	}
	_ = r
	return e, k + 1, true
}

// parseDayRel reads today, yesterday, tomorrow, tonight.
func (p *parser) parseDayRel(i int) (expr, int, bool) {
	w := p.w(i)
	e := newExpr(kDayRel, gDay)
	e.n = int(w.dayRel)
	if p.is(i, "tonight") {
		e.pod = podNight
	}
	// "today's youth" speaks of the present in general, yet "today's
	// editions" dates them: both are read as the day.
	return e, i + 1, true
}

// parseRef reads now, currently, recently, soon and their kin.
func (p *parser) parseRef(i int) (expr, int, bool) {
	e := newExpr(kRef, gNone)
	lw := p.lower(i)
	switch lw {
	case "present":
		// Only "at present" and "the present (day)".
		if !p.is(i-1, "at") {
			return expr{}, 0, false
		}
	case "future":
		// "in future", "future quarters": the future. "future
		// generations", "a future" are not dates ("the future" is read by
		// parseThe).
		if p.w(i+1).unit != gNone && p.w(i+1).plural {
			e.ref = refFuture
			return e, i + 2, true
		}
		if !p.is(i-1, "in") {
			return expr{}, 0, false
		}
	case "now":
		// "now-defunct", "from now": not a reference to the present.
		if p.glued(i+1) && p.punct(i+1, "-") || p.is(i-1, "from") {
			return expr{}, 0, false
		}
	}
	e.ref = p.w(i).ref
	return e, i + 1, true
}

// parseCount reads a count of units and a direction: "two days later",
// "three years ago", "a year earlier", "10 days ago", "a week or so ago",
// "several years ago".
func (p *parser) parseCount(i int) (expr, int, bool) {
	j := i
	for p.w(j).qual || p.is(j, "more") && p.is(j+1, "than") {
		if p.is(j, "more") {
			j++
		}
		j++
	}
	// A count needs a unit within a few words ("two more days later"
	// is the longest); most numbers have none, and are dropped here
	// before they are read.
	unitAt := -1
	for k := j; k < len(p.toks) && k < j+5; k++ {
		if w := p.w(k); w.unit != gNone || w.weekday != 0 && w.plural {
			unitAt = k
			break
		}
	}
	if unitAt < 0 {
		return expr{}, 0, false
	}
	n := 0
	vagueN := false
	if k := p.vague(j); k > j {
		vagueN, j = true, k
	} else if c := p.w(j).card; c > 0 && p.w(j+1).unit != gNone {
		n, j = int(c), j+1
	} else if num, ok := number.Parse(p.toks, j); ok && num.Value >= 1 && num.Value <= 1000 && num.Value == float64(int(num.Value)) && !num.AtLeast {
		n, j = int(num.Value), num.Next
	} else {
		return expr{}, 0, false
	}
	u := p.w(j)
	// ("2 upcoming week" is plain enough in the singular; "3 next week"
	// is not)
	singularOK := p.is(j, "upcoming") || p.is(j, "coming") || p.is(j, "past") || p.is(j, "previous") || p.is(j, "following")
	if r := u.rel; (r == relLast || r == relNext) && !vagueN && !p.is(j, "this") && n <= 100 && (p.w(j+1).plural || p.is(j+1, "hours") || singularOK) {
		// "2 upcoming weeks", "the 5 past years": an anchored period
		// ("$1k last month", "only 3 next week" are counts, then a date).
		if letter, per, ok := p.periodUnit(j + 1); ok {
			e := newExpr(kRolling, gDay)
			e.n, e.durUnit, e.tenseFixed = relOffset(r)*n*per, letter, true
			return e, j + 2, true
		}
	}
	if u.weekday != 0 && u.plural && !vagueN {
		// "two Thursdays ago", "three Fridays from now": the nth one
		// before or after the reference day.
		e := newExpr(kWeekday, gDay)
		e.wd, e.n, e.tenseFixed = int(u.weekday), n-1, true
		switch {
		case p.is(j+1, "ago") || p.is(j+1, "back"):
			e.strict = -1
			return e, j + 2, true
		case p.is(j+1, "from") && (p.is(j+2, "now") || p.is(j+2, "today")), p.is(j+1, "hence"):
			e.strict = 1
			if p.is(j+1, "from") {
				return e, j + 3, true
			}
			return e, j + 2, true
		}
		return expr{}, 0, false
	}
	if u.unit == gNone || u.unit == gSeason || u.unit == gHalf {
		return expr{}, 0, false
	}
	g := u.unit
	if p.is(j, "fortnight") || p.is(j, "fortnights") {
		n *= 2
	}
	switch g {
	case gDecade:
		g, n = gYear, n*10
	case gCentury:
		g, n = gYear, n*100
	case gWeekend:
		g = gWeek
	}
	j++
	// "two weeks and three days ago": a count in weeks and days is one
	// of days.
	if (g == gDay || g == gWeek) && !vagueN && (p.is(j, "and") || p.punct(j, ",")) {
		if m, k, ok := p.periodCount(j + 1); ok && (p.w(k).unit == gDay || p.w(k).unit == gWeek) && p.w(k).unit != g {
			days := n
			if g == gWeek {
				days = 7 * n
			}
			if p.w(k).unit == gWeek {
				days += 7 * m
			} else {
				days += m
			}
			switch p.lower(k + 1) {
			case "ago", "back", "later", "earlier", "hence", "before", "after", "from":
				g, n, j = gDay, days, k+1
			}
		}
	}
	// "a week or so ago"
	if p.is(j, "or") && p.is(j+1, "so") {
		j += 2
	}
	dir := 0
	kindOf := kAgo
	dayExact := false // "three months hence" is a day, three months on
	unit := g
	switch p.lower(j) {
	case "ago", "back":
		dir = -1
	case "hence":
		dir, dayExact = 1, true
	case "from":
		if p.is(j+1, "right") && p.is(j+2, "now") {
			j++ // "a day from right now"
		}
		if p.is(j+1, "now") || p.is(j+1, "today") {
			dir, dayExact = 1, true
			j++
		} else if !vagueN {
			// "three days from Tuesday", "two weeks from January 15":
			// counted from the date named.
			if in, n2, ok := p.parseCore(j+1, false); ok && in.kind != kRef && in.kind != kSet && in.kind != kTime && in.kind != kRolling {
				e := newExpr(kShiftFrom, unit)
				e.n, e.inner, e.tenseFixed = n, &in, true
				return e, n2, true
			}
		}
	case "earlier", "later":
		if p.is(j+1, "than") {
			// "a day later than forecasters had expected": a gap between
			// two times, no date of its own.
			return expr{}, 0, false
		}
		dir, kindOf = -1, kShift
		if p.is(j, "later") {
			dir = 1
		}
	case "before", "after":
		// "two days before" closes the clause; "three days after Easter"
		// counts from a date; "two days before the vote" dates by the
		// vote, which only the quantity reader sees.
		next := j + 1
		if next < len(p.toks) && p.toks[next].Kind == text.Word && !p.is(next, "that") && !p.is(next, "then") {
			if !vagueN {
				if in, n2, ok := p.parseCore(next, false); ok && in.kind != kRef && in.kind != kSet && in.kind != kTime {
					e := newExpr(kShiftFrom, unit)
					e.n = n
					if p.is(j, "before") {
						e.n = -n
					}
					e.inner = &in
					e.tenseFixed = true
					return e, n2, true
				}
			}
			return expr{}, 0, false
		}
		if p.is(next, "that") || p.is(next, "then") {
			j++
		}
		dir, kindOf = -1, kShift
		if p.is(j, "after") || p.is(j-1, "after") {
			dir = 1
		}
	}
	if dir == 0 {
		return expr{}, 0, false
	}
	j++
	if vagueN {
		e := newExpr(kRef, gNone)
		if dir < 0 {
			e.ref = refPast
		} else {
			e.ref = refFuture
		}
		if kindOf == kShift {
			return expr{}, 0, false // "a few days later": later than what, by how much?
		}
		return e, j, true
	}

	e := newExpr(kindOf, g)
	e.n = dir * n
	e.tenseFixed = true
	if dayExact {
		e.g, e.unit = gDay, unit
	}
	return e, j, true
}

// parseMod reads early/mid/late/earlier/later and "the end of", "the
// beginning of" before a date: "early February", "mid-1990s", "late
// last year", "earlier this month", "the end of the year".
func (p *parser) parseMod(i int) (expr, int, bool) {
	j := i
	var m mod
	if p.is(j, "the") || p.is(j, "this") {
		j++
	}
	switch p.lower(j) {
	case "end":
		m = modLate
	case "beginning", "start":
		m = modEarly
	case "middle":
		m = modMid
	case "turn":
		m = modLate // "the turn of the century": its last years
	case "rest", "remainder", "balance", "remaining":
		if j == i {
			return expr{}, 0, false
		}
		m = modRest // "the rest of the week": from today to its end
	default:
		if j != i {
			return expr{}, 0, false
		}
		m = p.w(j).mod
	}
	if m == modNone {
		return expr{}, 0, false
	}
	j++
	if m == modRest || p.lower(j-1) == "end" || p.lower(j-1) == "beginning" || p.lower(j-1) == "start" || p.lower(j-1) == "middle" || p.lower(j-1) == "turn" {
		if !p.is(j, "of") {
			return expr{}, 0, false
		}
		j++
		if p.is(j, "around") || p.is(j, "about") {
			j++ // "the end of around next week"
		}
	} else if p.punct(j, "-") && p.glued(j) && p.glued(j+1) {
		j++ // "mid-1990s", "late-November"
	} else if p.is(j, "in") && (m == modEarly || m == modLate || m == modEarlier || m == modLater) {
		j++ // "early in the year", "later in the week"
	}
	if p.is(j-1, "mid") && !p.glued(j) && p.w(j).month == 0 && p.w(j).pod == podNone {
		// "mid" spaced: only before a month ("mid November").
		return expr{}, 0, false
	}
	inner, n, ok := p.parseCore(j, false)
	if !ok && p.is(j-1, "of") {
		// "end of year", "end of month": the unit the story is in.
		if u := p.w(j); u.unit != gNone && !u.plural && (u.unit == gYear || u.unit == gMonth || u.unit == gWeek || u.unit == gDay) {
			inner, n, ok = newExpr(kUnitRel, u.unit), j+1, true
		}
	}
	if !ok || inner.kind == kRef || inner.kind == kTime {
		return expr{}, 0, false
	}
	if m == modRest && !(inner.kind == kUnitRel && inner.n == 0 && inner.g > gDay) {
		return expr{}, 0, false // "the rest of the year" is this year's; "the rest of 1999" no part of today
	}
	if m == modEarlier || m == modLater {
		// "earlier this month", "later that year", "earlier Sunday": the
		// part of the unit before or after the reference day.
		if !(inner.kind == kUnitRel && inner.n == 0 || inner.kind == kAnchor && inner.n == 0 || inner.dayLevel()) {
			return expr{}, 0, false
		}
		if inner.dayLevel() {
			return inner, n, true // "earlier Sunday" is still that Sunday
		}
	}
	if inner.dayLevel() && m == modMid {
		if inner.pod != podNone {
			return inner, n, true // "mid-afternoon Friday" is its afternoon
		}
		return expr{}, 0, false
	}
	if inner.dayLevel() {
		// "early Tuesday", "late yesterday": the day, early or late.
		inner.mod = m
		return inner, n, true
	}
	inner.mod = m
	return inner, n, true
}

// parseTime reads a clock time: "3 p.m.", "10:35 a.m.", "15:30 GMT",
// "noon", "midnight", "4 in the morning", and a day that may follow it:
// "10 p.m. Wednesday", "5 p.m. EST, Nov. 6".
func (p *parser) parseTime(i int) (expr, int, bool) {
	e := newExpr(kTime, gTime)
	j := i
	switch p.lower(i) {
	case "noon", "midday":
		if p.is(i-1, "high") {
			return expr{}, 0, false // "High Noon"
		}
		e.hour, e.min, j = 12, 0, i+1
	case "midnight":
		e.hour, e.min, j = 24, 0, i+1
	default:
		h, hn, ok := p.digits(i)
		if !ok || hn > 2 {
			return expr{}, 0, false
		}
		j = i + 1
		mins := 0
		clock := false
		if p.punct(j, ":") && p.glued(j) && p.glued(j+1) {
			m, mn, ok := p.digits(j + 1)
			if !ok || mn != 2 || m > 59 {
				return expr{}, 0, false
			}
			mins, clock, j = m, true, j+2
			if p.punct(j, ":") && p.glued(j) && p.glued(j+1) {
				if _, sn, ok := p.digits(j + 1); ok && sn == 2 {
					j += 2
				}
			}
		} else if p.is(j, "h") && p.glued(j) {
			// "16h00", "16h", "9h30": the hour as much of Europe writes it
			clock, j = true, j+1
			if m, mn, ok := p.digits(j); ok && mn == 2 && m <= 59 && p.glued(j) {
				mins, j = m, j+1
			}
		}
		ampm := p.ampm(j)
		switch {
		case ampm != 0:
			if h < 1 || h > 12 {
				return expr{}, 0, false
			}
			if ampm == 'p' && h < 12 {
				h += 12
			} else if ampm == 'a' && h == 12 {
				h = 0
			}
			j++
		case p.is(j, "o'clock") || p.is(j, "o\u2019clock"):
			if h < 1 || h > 12 {
				return expr{}, 0, false
			}
			j++
		case clock && h <= 24:
			if !p.timeContext(i, j) && !p.is(j, "in") {
				return expr{}, 0, false
			}
		case h >= 1 && h <= 12 && (p.is(j, "in") && p.is(j+1, "the") && p.w(j+2).pod != podNone && p.w(j+2).pod != podNight || p.is(j, "at") && p.is(j+1, "night")):
			// "4 in the morning", "10 at night"
		case h >= 1 && h <= 12 && p.timeRangeConn(j, i):
			// "9-11am", "from 2 to 4 p.m.": a time by the one it runs to.
			if end, _, ok := p.parseTime(j + 1); !ok || end.hour < 0 {
				return expr{}, 0, false
			}
		default:
			return expr{}, 0, false
		}
		if ampm == 0 && h < 12 && p.timeRangeConn(j, i) {
			// "9-11am", "2:00 - 2:30 pm": the start takes the end's half of
			// the day.
			if end, _, ok := p.parseTime(j + 1); ok && end.hour >= 12 && h+12 <= int(end.hour) {
				h += 12
			}
		}
		// "4 in the morning", "8 in the evening", "10 at night"
		if p.is(j, "in") && p.is(j+1, "the") {
			switch pod := p.w(j + 2).pod; pod {
			case podMorning:
				j += 3
			case podAfternoon, podEvening:
				if h < 12 {
					h += 12
				}
				j += 3
			}
		} else if p.is(j, "at") && p.is(j+1, "night") {
			if h >= 6 && h < 12 {
				h += 12
			}
			j += 2
		}
		e.hour, e.min = int8(h), int8(mins)
	}
	j = p.timeZone(j)
	// A range of hours: "9:30 - 11:00 on Thursday", "from 2 to 4 p.m.
	// Friday". The start stands for the range, and a day after the end
	// dates both.
	if p.timeRangeConn(j, i) {
		if end, n, ok := p.parseTime(j + 1); ok {
			if end.dayLevel() {
				end.hour, end.min = e.hour, e.min
				return end, n, true
			}
			if end.kind == kTime {
				j = n
			}
		}
	}
	// A day after the time: "10 p.m. Wednesday", "noon Thursday",
	// "5 p.m. EST, Nov. 6", "9 a.m. on Saturday", "3pm tomorrow".
	k := j
	if p.punct(k, ",") {
		k++
	}
	if p.is(k, "on") {
		k++
	}
	if d, n, ok := p.parseCore(k, false); ok && d.dayLevel() && !d.hasTime() {
		d.hour, d.min = e.hour, e.min
		return d, n, true
	}
	return e, j, true
}

// timeRangeConn reports whether token j joins two times: "-", "to",
// "till", "until"; "and" after a "between" before the time at i.
func (p *parser) timeRangeConn(j, i int) bool {
	switch p.lower(j) {
	case "-", "\u2013", "to", "till", "until", "untill", "through", "thru":
		return true
	case "and":
		return p.is(i-1, "between")
	}
	return false
}

// ampm reads "a.m.", "p.m.", "am", "pm" at i and returns 'a' or 'p'.
func (p *parser) ampm(i int) byte {
	if i < 0 || i >= len(p.toks) || p.toks[i].Kind != text.Word {
		return 0
	}
	switch p.lower(i) {
	case "a.m.", "a.m", "am":
		return 'a'
	case "p.m.", "p.m", "pm":
		return 'p'
	}
	return 0
}

// timeContext reports whether a 24-hour "15:30" at i..j reads as a time
// rather than a score or a verse.
func (p *parser) timeContext(i, j int) bool {
	switch p.lower(i - 1) {
	case "at", "from", "until", "till", "by", "around", "before", "after", "since", "about":
		return true
	case "to", "untill", "-", "\u2013":
		// the far end of a range of times: "from 9:30 to 11:00"
		return p.isNum(i-2) || p.ampm(i-2) != 0
	case "and":
		for b := i - 2; b >= 0 && b >= i-6; b-- {
			if p.is(b, "between") {
				return true // "between 9:30 and 11:00"
			}
		}
	}
	if p.timeRangeConn(j, i) && p.isNum(j+1) && p.punct(j+2, ":") {
		return true // "9:30 - 11:00"
	}
	return p.timeZone(j) > j || p.is(j, "hours") || p.is(j, "hrs") || p.is(j, "h")
}

var timeZones = map[string]bool{
	"est": true, "edt": true, "cst": true, "cdt": true, "mst": true, "mdt": true,
	"pst": true, "pdt": true, "gmt": true, "utc": true, "bst": true, "cet": true,
	"cest": true, "ist": true, "jst": true, "aest": true, "et": true, "pt": true,
	"ct": true, "mt": true, "eet": true, "wib": true,
}

// timeZone skips a time zone after a time: "EST", "GMT", "local time".
func (p *parser) timeZone(j int) int {
	if j < len(p.toks) && p.toks[j].Kind == text.Word && upper(p.toks[j].Text) && timeZones[p.lower(j)] {
		return j + 1
	}
	if p.is(j, "local") && p.is(j+1, "time") {
		return j + 2
	}
	return j
}

// upper reports whether s has no lower-case ASCII letters: "EST", "GMT".
func upper(s string) bool {
	for i := 0; i < len(s); i++ {
		if 'a' <= s[i] && s[i] <= 'z' {
			return false
		}
	}
	return true
}
