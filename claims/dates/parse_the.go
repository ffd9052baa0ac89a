package dates

import (
	"crosscheck/claims/number"
	"crosscheck/claims/text"
)

// decadeWords are decades spelled out: "the nineties".
var decadeWords = map[string]int{"twenties": 1920, "thirties": 1930, "forties": 1940,
	"fifties": 1950, "sixties": 1960, "seventies": 1970, "eighties": 1980, "nineties": 1990}

// parseThe reads expressions that open with "the" (or "its", "their"):
// "the third quarter", "the 1990s", "the weekend", "the past", "the
// following day", "the same period last year", "the end of the year".
func (p *parser) parseThe(i int, mods bool) (expr, int, bool) {
	if e, n, ok := p.parseNth(i); ok {
		return e, n, true // "the last week of July", "the 20th of next month"
	}
	j := i + 1
	lw := p.lower(j)
	w := p.w(j)
	if mods {
		switch lw {
		case "end", "beginning", "start", "middle", "turn", "rest", "remainder", "balance", "remaining":
			return p.parseMod(i)
		case "early", "late", "mid":
			// "the early 1980s", "the mid-1990s", "the late 1970s"
			e, n, ok := p.parseMod(j)
			if ok && e.kind == kCal && (e.g == gDecade || e.g == gCentury) {
				return e, n, true
			}
			return expr{}, 0, false
		}
	}
	switch lw {
	case "past":
		if e, n, ok := p.rolling(j+1, -1, false); ok {
			return e, n, true // "the past three years", "the past 24 hours"
		}
		if p.is(j+1, "fortnight") {
			return p.parseRel(j)
		}
		if k := j + 1; p.isNum(k) || p.w(k).card != 0 && !p.is(k, "a") && !p.is(k, "an") || number.IsWord(p.lower(k)) {
			if u := p.w(k + 1); u.unit == gNone {
				return expr{}, 0, false // "the past five sessions": a count of other things
			}
		}
		if p.isNum(j+1) || p.w(j+1).card != 0 && p.w(j+2).unit != gNone || p.w(j+1).unit != gNone && !p.w(j+1).plural {
			if u := p.w(j + 1); u.unit != gNone && !u.plural {
				// "the past year": TimeBank reads it as the year before;
				// it also states a span of a year.
				return p.statedOne(p.relUnit(i, j+1, relLast))
			}
			return expr{}, 0, false // "the past three sessions"
		}
		if e, n, ok := p.relVague(j, j+1, relLast); ok {
			return e, n, true
		}
		e := newExpr(kRef, gNone)
		e.ref = refPast
		return e, j + 1, true
	case "future":
		e := newExpr(kRef, gNone)
		e.ref = refFuture
		return e, j + 1, true
	case "near", "short", "immediate":
		if p.is(j+1, "future") || p.is(j+1, "term") {
			e := newExpr(kRef, gNone)
			e.ref = refFuture
			return e, j + 2, true
		}
		return expr{}, 0, false
	case "present":
		e := newExpr(kRef, gNone)
		e.ref = refPresent
		if p.is(j+1, "day") {
			return e, j + 2, true
		}
		return e, j + 1, true
	case "weekend":
		e := newExpr(kWeekday, gWeekend)
		e.wd = 6
		return e, j + 1, true
	case "year":
		return p.theYear(i, j)
	case "quarter", "period":
		if p.glued(j+1) && p.punct(j+1, "-") {
			return expr{}, 0, false // "the quarter-century", "the period-end"
		}
		e := newExpr(kPeriod, gNone)
		if lw == "quarter" {
			e.g = gQuarter
		}
		return e, p.yearAgo(&e, j+1), true
	case "full", "current", "calendar":
		k := j + 1
		if p.is(k, "fiscal") {
			k++
		}
		if p.is(k, "year") && !p.possessive(k) || p.is(k, "year") && lw != "full" {
			return newExpr(kUnitRel, gYear), k + 1, true
		}
		if lw == "current" {
			return p.theRel(i, j)
		}
		return expr{}, 0, false
	case "week", "month", "day":
		if lw == "day" {
			if e, n, ok := p.theDay(j); ok {
				return e, n, true
			}
		}
		// "for the week", "later in the day", "the end of the month": the
		// unit the story is in.
		switch p.lower(i - 1) {
		case "for", "during", "in", "over", "throughout", "of":
		default:
			if lw == "week" {
				break
			}
			return expr{}, 0, false
		}
		if lw == "week" && p.is(j+1, "of") {
			// "the week of March 6"
			if d, n, ok := p.parseCore(j+2, false); ok && d.kind == kCal && d.g == gDay {
				d.g = gWeek
				return d, n, true
			}
			return expr{}, 0, false
		}
		if lw == "day" {
			switch p.lower(i - 1) {
			case "for", "during", "in", "over", "throughout", "of":
				return newExpr(kAnchor, gDay), j + 1, true
			}
			return expr{}, 0, false
		}
		switch p.lower(i - 1) {
		case "for", "during", "in", "over", "throughout", "of":
			if p.is(j+1, "before") || p.is(j+1, "after") || p.is(j+1, "ago") {
				return expr{}, 0, false
			}
			return newExpr(kUnitRel, p.w(j).unit), j + 1, true
		}
		return expr{}, 0, false
	case "latest", "most":
		k := j + 1
		if lw == "most" {
			if !p.is(k, "recent") {
				return expr{}, 0, false
			}
			k++
		}
		if p.is(k, "fiscal") {
			k++
		}
		switch stripPossessive(p.lower(k)) {
		case "quarter", "period":
			e := newExpr(kPeriod, gNone)
			if p.w(k).unit == gQuarter {
				e.g = gQuarter
			}
			e.ended = true
			return e, k + 1, true
		case "year":
			e := newExpr(kPeriod, gYear)
			return e, k + 1, true
		}
		return expr{}, 0, false
	case "fiscal":
		if e, n, ok := p.parseFiscal(j); ok {
			return e, n, true
		}
		if p.is(j+1, "year") {
			return newExpr(kUnitRel, gYear), j + 2, true
		}
		return expr{}, 0, false
	case "same", "corresponding", "comparable", "year-ago", "year-earlier":
		return p.theSame(i, j)
	case "last":
		if (p.is(j+1, "half") || p.is(j+1, "quarter")) && p.is(j+2, "of") {
			return p.parseOrdinalUnit(j) // "the last half of 1989"
		}
		return p.theRel(i, j)
	case "next", "following", "previous", "preceding", "prior", "coming":
		return p.theRel(i, j)
	}
	if y, ok := decadeWords[lw]; ok {
		e := newExpr(kCal, gDecade)
		e.year, e.rule = y, yrExplicit
		return e, j + 1, true
	}
	// "the 90s"
	if v, n, ok := p.digits(j); ok && n == 2 && v%10 == 0 && (p.glued(j+1) || p.is(i, "the")) && p.is(j+1, "s") {
		e := newExpr(kCal, gDecade)
		e.year, e.rule = century(v), yrExplicit
		return e, j + 2, true
	}
	if w.ordinal != 0 || p.isNum(j) || p.is(j, "last") {
		if e, n, ok := p.parseOrdinalUnit(j); ok {
			return e, n, true
		}
		if e, n, ok := p.parseDayMonth(j); ok {
			return e, n, true
		}
		// "the 1st", "the 24th" standing alone: a day of the month.
		if d, n, ok := p.dayOfMonth(j); ok && p.fragment(i, n) {
			e := newExpr(kCal, gDay)
			e.day, e.rule = d, yrNearest
			return e, n, true
		}
	}
	if p.isNum(j) || p.w(j).card != 0 {
		if e, n, ok := p.parseCount(j); ok && e.kind == kRolling {
			return e, n, true // "the 5 past years"
		}
	}
	if p.isNum(j) || p.lower(j) == "'" || p.lower(j) == "\u2019" {
		if e, n, ok := p.parseCore(j, false); ok && e.kind == kCal && e.year != 0 {
			return e, n, true
		}
	}
	if w.season != 0 {
		e := newExpr(kCal, gSeason)
		e.part, e.rule = int(w.season), yrNearest
		k := j + 1
		if p.is(k, "of") {
			if y, n, ok := p.yearAfter(k); ok {
				e.year, e.rule = y, yrExplicit
				return e, n, true
			}
			return expr{}, 0, false
		}
		return p.parseSeasonCtx(i, e, k)
	}
	return expr{}, 0, false
}

// theDay reads "the day before yesterday", "the day after tomorrow", "the
// day before", "the day after" with j at "day".
func (p *parser) theDay(j int) (expr, int, bool) {
	switch p.lower(j + 1) {
	case "before", "after":
		d := 1
		if p.is(j+1, "before") {
			d = -1
		}
		if p.is(j+2, "yesterday") || p.is(j+2, "tomorrow") {
			e := newExpr(kDayRel, gDay)
			e.n = int(p.w(j+2).dayRel) + d
			return e, j + 3, true
		}
		if k := j + 2; k >= len(p.toks) || p.toks[k].Kind != text.Word || p.is(k, "that") {
			e := newExpr(kAnchor, gDay)
			e.n = d
			return e, j + 2, true
		}
	}
	return expr{}, 0, false
}

// yearAgo reads "a year ago", "a year earlier", "last year" after a
// reporting period ("the quarter a year ago") and moves e back a year.
func (p *parser) yearAgo(e *expr, k int) int {
	if off, n, ok := p.relYear(k); ok && off == -1 {
		e.n--
		return n
	}
	if p.w(k).card == 1 && p.is(k+1, "year") && (p.is(k+2, "ago") || p.is(k+2, "earlier")) {
		e.n--
		return k + 3
	}
	return k
}

// parseSeasonCtx accepts "the summer" only after a preposition.
func (p *parser) parseSeasonCtx(i int, e expr, k int) (expr, int, bool) {
	switch p.lower(i - 1) {
	case "in", "during", "by", "until", "over", "through", "throughout", "since", "for",
		"before", "after", "till", "into":
		return e, k, true
	}
	return expr{}, 0, false
}

// theYear reads "the year" and what follows: "the year 2000", "the year
// two thousand", "the year-ago quarter", "the year".
func (p *parser) theYear(i, j int) (expr, int, bool) {
	if y, ok := p.year4(j + 1); ok {
		e := newExpr(kCal, gYear)
		e.year, e.rule = y, yrExplicit
		return e, j + 2, true
	}
	if p.is(j+1, "two") && p.is(j+2, "thousand") {
		e := newExpr(kCal, gYear)
		e.year, e.rule = 2000, yrExplicit
		k := j + 3
		if p.is(k, "and") {
			k++
		}
		if u, ok := yearUnits[p.lower(k)]; ok {
			e.year += u
			k++
		} else if t, ok := yearTens[p.lower(k)]; ok {
			e.year += t
			k++
		} else if p.is(k-1, "and") {
			k--
		}
		return e, k, true
	}
	if p.punct(j+1, "-") && p.glued(j+1) {
		if e, n, ok := p.parseYearCompound(j); ok {
			return e, n, true
		}
		return expr{}, 0, false
	}
	// "for the year", "during the year": the current year, the one the
	// story reports on. Other uses ("the year before", "the year of the
	// dragon") are left alone.
	switch p.lower(i - 1) {
	case "for", "during", "in", "over", "throughout", "of":
		if p.is(j+1, "before") || p.is(j+1, "after") || p.is(j+1, "ago") || p.isNum(j+1) {
			return expr{}, 0, false
		}
		return newExpr(kUnitRel, gYear), j + 1, true
	}
	return expr{}, 0, false
}

// theSame reads "the same day", "the same period last year", "the
// corresponding period a year ago", "the year-ago quarter".
func (p *parser) theSame(i, j int) (expr, int, bool) {
	k := j + 1
	if p.punct(k, "-") { // "year-ago" split by the lexer
		return expr{}, 0, false
	}
	compound := false
	if p.is(k, "year") && p.punct(k+1, "-") && p.glued(k+1) && (p.is(k+2, "ago") || p.is(k+2, "earlier")) {
		k += 3 // "the comparable year-ago quarter"
		compound = true
	}
	if p.is(k, "fiscal") {
		k++
	}
	g := p.w(k).unit
	unitOK := g != gNone && !p.w(k).plural || p.is(k, "period") || p.is(k, "time")
	if q, n, ok := p.parseOrdinalUnit(k); ok && q.kind == kCal && q.g == gQuarter {
		g, k, unitOK = gQuarter, n-1, true
	}
	if !unitOK {
		return expr{}, 0, false
	}
	k++
	yearAgo := p.is(j, "corresponding") || p.is(j, "comparable") || compound
	if off, n, ok := p.relYear(k); ok && off == -1 {
		yearAgo, k = true, n
	} else if p.w(k).card == 1 && p.is(k+1, "year") && (p.is(k+2, "ago") || p.is(k+2, "earlier")) {
		yearAgo, k = true, k+3
	}
	if yearAgo {
		e := newExpr(kPeriod, gNone)
		if g == gQuarter {
			e.g = gQuarter
		}
		e.n = -1
		return e, k, true
	}
	if p.is(j, "same") && g != gNone && !p.is(j+1, "time") {
		e := newExpr(kAnchor, g)
		return e, k, true
	}
	return expr{}, 0, false
}

// theRel reads "the next day", "the following year", "the previous
// week", "the coming months", "the current quarter", "the last week".
func (p *parser) theRel(i, j int) (expr, int, bool) {
	k := j + 1
	if p.is(k, "fiscal") {
		k++
	}
	u := p.w(k)
	if p.is(k, "fortnight") {
		return p.parseRel(j) // "the next fortnight"
	}
	if u.unit == gNone && u.pod == podNone {
		e, n, ok := p.parseRel(j)
		if ok && e.kind == kRolling {
			return e, n, true // "the next three days", "the next couple of years"
		}
		if e, n, ok := p.relVague(j, k, p.w(j).rel); ok {
			return e, n, true
		}
		if ok && e.kind == kWeekday {
			// "the previous Friday", "the following Monday": counted from
			// the day the story is telling about.
			e.fromAnchor = true
			if e.weekRel != relNone {
				e.strict, e.weekRel = int8(relOffset(e.weekRel)), relNone
			}
			return e, n, true
		}
		return expr{}, 0, false
	}
	if u.plural {
		return p.relVague(j, k, p.w(j).rel)
	}
	if u.pod != podNone {
		// "the next morning", "the previous night": the day after or
		// before the previous date.
		e := newExpr(kAnchor, gDay)
		switch p.lower(j) {
		case "next", "following":
			e.n = 1
		case "previous", "preceding", "prior":
			e.n = -1
		default:
			return expr{}, 0, false
		}
		e.pod = u.pod
		return e, k + 1, true
	}
	if u.unit == gHalf || u.unit == gSeason {
		return expr{}, 0, false
	}
	switch p.lower(j) {
	case "following", "previous", "preceding", "prior":
		// Relative to the date just mentioned.
		e := newExpr(kAnchor, u.unit)
		e.n = 1
		if !p.is(j, "following") {
			e.n = -1
		}
		return e, k + 1, true
	case "next":
		if u.unit == gDay {
			e := newExpr(kAnchor, gDay)
			e.n = 1
			return e, k + 1, true
		}
		return p.relUnit(j, k, relNext)
	case "current":
		return p.relUnit(j, k, relThis)
	case "last", "coming":
		if u.unit == gDay {
			return expr{}, 0, false
		}
		if p.is(j, "last") {
			return p.statedOne(p.relUnit(j, k, p.w(j).rel)) // "the last decade"
		}
		return p.relUnit(j, k, p.w(j).rel)
	}
	return expr{}, 0, false
}

// yearPrep reports whether token i is a preposition that asks for a
// time: "in", "since", "by", "until", "during".
func (p *parser) yearPrep(i int) bool {
	switch p.lower(i) {
	case "in", "since", "by", "until", "till", "during", "from", "before", "after", "through":
		return true
	}
	return false
}

// statedOne marks "the past year", "the last decade" as stating a span
// of one unit besides the unit it names: TimeML writes "the past decade"
// as P10Y as often as the decade before.
func (p *parser) statedOne(e expr, n int, ok bool) (expr, int, bool) {
	if ok && e.kind == kUnitRel && e.g != gDay {
		if letter, per, spans := granSpan(e.g); spans {
			e.durUnit, e.stated = letter, per
		}
	}
	return e, n, ok
}
