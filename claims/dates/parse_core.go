package dates

import (
	"crosscheck/claims/number"
	"crosscheck/claims/text"
)

// parseCore reads the date expression that starts at token i, if any.
// mods is false inside a modifier, so "early early" does not nest.
func (p *parser) parseCore(i int, mods bool) (expr, int, bool) {
	if i >= len(p.toks) {
		return expr{}, 0, false
	}
	t := p.toks[i]
	switch t.Kind {
	case text.Number:
		return p.parseNumber(i)
	case text.Punct:
		// "'90s", "’98"
		if (t.Text == "'" || t.Text == "\u2019") && p.glued(i+1) {
			if v, n, ok := p.digits(i + 1); ok && n == 2 && p.glued(i+2) && p.is(i+2, "s") {
				e := newExpr(kCal, gDecade)
				e.year, e.rule = century(v)/10*10, yrExplicit
				if v%10 != 0 {
					return expr{}, 0, false
				}
				return e, i + 3, true
			}
		}
		return expr{}, 0, false
	}
	w := p.w(i)
	lw := stripPossessive(p.lower(i))
	if !w.holiday {
	} else if hs, ok := holidayFirst[lw]; ok {
		if e, n, ok := p.holidayAt(i, hs); ok {
			return p.holidayYear(e, n)
		}
	}
	if lw == "the" || lw == "its" || lw == "their" {
		if e, n, ok := p.parseThe(i, mods); ok {
			return e, n, true
		}
		return expr{}, 0, false
	}
	switch lw {
	case "that":
		return p.parseThat(i)
	case "then":
		// "until then", "since then": the date just named.
		switch p.lower(i - 1) {
		case "until", "till", "since", "by", "before":
			return newExpr(kAnchor, gNone), i + 1, true
		}
		return expr{}, 0, false
	case "daily", "weekly", "monthly", "annually", "yearly", "hourly", "every", "each":
		return p.parseSet(i)
	case "as":
		if p.is(i+1, "soon") && p.is(i+2, "as") && p.is(i+3, "possible") {
			e := newExpr(kRef, gNone)
			e.ref = refFuture
			return e, i + 4, true
		}
		return expr{}, 0, false
	}
	if mods && (w.mod != modNone || lw == "end" || lw == "beginning" || lw == "start" || lw == "middle") {
		if e, n, ok := p.parseMod(i); ok {
			return e, n, true
		}
	}
	if w.pod != podNone && !w.plural && p.is(i+1, "of") {
		// "the morning of March 3", "the night of the 15th"
		if d, n, ok := p.parseCore(i+2, false); ok && d.dayLevel() && !d.hasTime() {
			d.pod = w.pod
			return d, n, true
		}
		if p.is(i+2, "the") {
			// "the morning of the 15th": a day of the month the story is in
			if d, n, ok := p.dayOfMonth(i + 3); ok && (p.ordinalSuffix(i+4) || !p.isNum(i+3)) && p.w(n).unit == gNone && !p.is(n, "of") {
				e := newExpr(kCal, gDay)
				e.day, e.rule, e.pod = d, yrNearest, w.pod
				return e, n, true
			}
		}
		return expr{}, 0, false
	}
	if w.pod != podNone && !w.plural && i+1 < len(p.toks) && (p.w(i+1).weekday != 0 || p.w(i+1).dayRelOK) {
		// "afternoon Friday", "mid-afternoon yesterday": the part of the
		// day before the day.
		if d, n, ok := p.parseCore(i+1, false); ok && (d.kind == kWeekday || d.kind == kDayRel) && !d.hasTime() {
			d.pod = w.pod
			return d, n, true
		}
	}
	switch {
	case w.month != 0:
		return p.parseMonth(i)
	case w.weekday != 0:
		return p.parseWeekday(i)
	case w.dayRelOK:
		return p.parseDayRel(i)
	case w.rel != relNone:
		if lw == "last" {
			if e, n, ok := p.parseNth(i); ok {
				return e, n, true // "last week of July"
			}
		}
		if e, n, ok := p.parseRel(i); ok {
			return e, n, true
		}
		if lw == "current" {
			// "current market conditions": the present, as TimeML reads it;
			// the "current account" is not a time.
			switch p.lower(i + 1) {
			case "account", "accounts", "affairs", "events", "flows", "flow", "density", "assets", "liabilities":
				return expr{}, 0, false
			}
			e := newExpr(kRef, gNone)
			e.ref = refPresent
			return e, i + 1, true
		}
		return expr{}, 0, false
	case w.ref != refNone:
		return p.parseRef(i)
	case w.season != 0:
		return p.parseSeason(i)
	case w.ordinal != 0:
		if e, n, ok := p.parseNth(i); ok {
			return e, n, true
		}
		if e, n, ok := p.parseOrdinalUnit(i); ok {
			return e, n, true
		}
		return p.parseDayMonth(i)
	}
	switch lw {
	case "in":
		if p.w(i+1).card != 0 || p.isNum(i+1) {
			return p.parseIn(i)
		}
		return expr{}, 0, false
	case "within":
		return p.parseWithin(i)
	case "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties":
		// "in nineties" without "the", as speech drops it
		if p.yearPrep(i - 1) {
			e := newExpr(kCal, gDecade)
			e.year, e.rule = decadeWords[lw], yrExplicit
			return e, i + 1, true
		}
		return expr{}, 0, false
	case "two":
		// "in two thousand and fifteen": a year in words, where a
		// preposition asks for a time and no noun follows.
		if p.is(i+1, "thousand") && p.yearPrep(i-1) {
			if e, n, ok := p.wordYear(i); ok && n > i+2 && !countNouns[p.lower(n)] {
				return e, n, true
			}
		}
	case "week":
		return p.parseNth(i)
	case "day":
		return p.theDay(i) // "day after tomorrow"
	case "on", "by", "until", "since", "from", "before", "after":
		return p.parseDayOnly(i)
	case "to", "till":
		if e, n, ok := p.parseDayOnly(i); ok {
			return e, n, true
		}
		// "to date": up to now.
		if p.is(i+1, "date") && !p.is(i+2, "of") && !p.is(i+2, "with") {
			e := newExpr(kRef, gNone)
			e.ref = refPresent
			return e, i + 2, true
		}
		return expr{}, 0, false
	case "eoy", "eom":
		e := newExpr(kUnitRel, gYear)
		if lw == "eom" {
			e.g = gMonth
		}
		e.mod = modLate
		return e, i + 1, true
	case "h":
		return p.parseQ(i)
	case "noon", "midnight", "midday":
		return p.parseTime(i)
	case "year":
		return p.parseYearCompound(i)
	case "fiscal", "fy":
		return p.parseFiscal(i)
	case "recent":
		return p.parseRecent(i)
	case "these":
		if p.is(i+1, "days") {
			e := newExpr(kRef, gNone)
			e.ref = refPresent
			return e, i + 2, true
		}
	case "q":
		return p.parseQ(i)
	case "nineteen", "twenty", "eighteen", "seventeen", "sixteen", "fifteen", "fourteen",
		"thirteen", "twelve", "eleven":
		if p.is(i+1, "hundred") || p.lower(i) == "nineteen" || p.lower(i) == "twenty" || p.lower(i) == "eighteen" {
			if e, n, ok := p.wordYear(i); ok {
				return e, n, true
			}
		}
	case "at":
		// "at the moment", "at present", "at this time"
		if p.is(i+1, "the") && p.is(i+2, "moment") || p.is(i+1, "this") && p.is(i+2, "time") {
			e := newExpr(kRef, gNone)
			e.ref = refPresent
			return e, i + 3, true
		}
		if p.is(i+1, "present") {
			e := newExpr(kRef, gNone)
			e.ref = refPresent
			return e, i + 2, true
		}
		return expr{}, 0, false
	}
	if w.card != 0 || w.number {
		// "twenty five January 1986": a day in words before its month
		if v, k, ok := p.smallWords(i); ok && v >= 1 && v <= 31 && p.w(k).month != 0 && !p.w(k).abbr {
			if y, n, yok := p.yearAfter(k + 1); yok && v <= monthLen(y, int(p.w(k).month)) {
				return calDay(y, int(p.w(k).month), v), n, true
			}
		}
	}
	if w.card != 0 || w.qual || w.number || lw == "few" || lw == "several" || lw == "couple" {
		return p.parseCount(i)
	}
	return expr{}, 0, false
}

// parseNumber reads a date that starts with digits.
func (p *parser) parseNumber(i int) (expr, int, bool) {
	if e, n, ok := p.parseNth(i); ok {
		return e, n, true // "3rd week of 2018", "20 of next month"
	}
	// "2018Q4", "18q4"
	if v, n, ok := p.digits(i); ok && (n == 4 || n == 2) && p.glued(i+1) && p.is(i+1, "q") && p.glued(i+2) {
		if q, qn, ok := p.digits(i + 2); ok && qn == 1 && q >= 1 && q <= 4 && !p.glued(i+3) {
			e := newExpr(kCal, gQuarter)
			e.year, e.part, e.rule = v, q, yrExplicit
			if n == 2 {
				e.year = century(v)
			}
			return e, i + 3, true
		}
	}
	if e, n, ok := p.parseTime(i); ok {
		return e, n, true
	}
	if e, n, ok := p.parseNumeric(i); ok {
		return e, n, true
	}
	// "in 90 s", as sloppy typing leaves "the 90s"
	if v, n, ok := p.digits(i); ok && n == 2 && v%10 == 0 && p.is(i+1, "s") && p.yearPrep(i-1) {
		e := newExpr(kCal, gDecade)
		e.year, e.rule = century(v), yrExplicit
		return e, i + 2, true
	}
	if e, n, ok := p.parseDayMonth(i); ok {
		return e, n, true
	}
	if e, n, ok := p.parseOrdinalUnit(i); ok {
		return e, n, true
	}
	if e, n, ok := p.parseCount(i); ok {
		return e, n, true
	}
	return p.parseYear(i)
}

// parseYear reads a bare year, "1998", a decade, "1990s", or a year with
// a month or quarter after it: "2017 April", "2017 Q1".
func (p *parser) parseYear(i int) (expr, int, bool) {
	v, n, ok := p.digits(i)
	if !ok || n != 4 || v < 1000 || v > 2999 {
		return expr{}, 0, false
	}
	// "1990s", "1990's", and "1990 s" as sloppy typing leaves it
	if (p.glued(i+1) || v%10 == 0 && p.yearPrep(i-1)) && (p.is(i+1, "s") || p.is(i+1, "'s") || p.is(i+1, "\u2019s")) {
		if v%10 != 0 {
			return expr{}, 0, false
		}
		e := newExpr(kCal, gDecade)
		e.year, e.rule = v, yrExplicit
		return e, i + 2, true
	}
	if p.glued(i+1) && (p.punct(i+1, "'") || p.punct(i+1, "\u2019")) && p.is(i+2, "s") && p.glued(i+2) {
		e := newExpr(kCal, gDecade)
		e.year, e.rule = v/10*10, yrExplicit
		return e, i + 3, true
	}
	if _, ok := p.year4(i); !ok {
		return expr{}, 0, false
	}
	if !p.yearContext(i, v) {
		return expr{}, 0, false
	}
	e := newExpr(kCal, gYear)
	e.year, e.rule = v, yrExplicit
	j := i + 1
	// "2017 April", "2017 Q1", "1988 third quarter"
	if mw := p.w(j); mw.month != 0 && !mw.abbr && (p.capitalized(j) || !ambiguousMonth(mw.month)) && !p.isNum(j+1) {
		e.g, e.month = gMonth, int(mw.month)
		return e, j + 1, true
	}
	if q, n, ok := p.parseOrdinalUnit(j); ok && q.kind == kCal && q.year == 0 && (q.g == gQuarter || q.g == gHalf) {
		q.year, q.rule = v, yrExplicit
		return q, n, true
	}
	if p.punct(j, "-") && p.glued(j) && (p.is(j+1, "q") || p.is(j+1, "h")) {
		j++ // "2019-H2"
	}
	if q, n, ok := p.parseQ(j); ok && q.year == 0 {
		q.year, q.rule = v, yrExplicit
		return q, n, true
	}
	// "the 1988 period", "the 1988 quarter": the period the story
	// reports on, in that year.
	if (p.is(j, "period") || p.is(j, "quarter")) && p.is(i-1, "the") {
		q := newExpr(kPeriod, gNone)
		if p.is(j, "quarter") {
			q.g = gQuarter
		}
		q.year = v
		return q, j + 1, true
	}
	return e, j, true
}

// countNouns are words that make a preceding four-digit number a count:
// "2000 people", "1500 km".
var countNouns = map[string]bool{}

func init() {
	for _, w := range []string{"people", "persons", "migrants", "refugees", "troops",
		"soldiers", "police", "officers", "members", "workers", "employees", "staff",
		"residents", "students", "children", "families", "households", "cases", "deaths",
		"casualties", "victims", "votes", "voters", "seats", "jobs", "units", "homes",
		"houses", "buildings", "vehicles", "cars", "trucks", "acres", "hectares", "tons",
		"tonnes", "barrels", "km", "kilometers", "kilometres", "miles", "meters", "metres",
		"feet", "ft", "yards", "points", "times", "copies", "shares", "dollars", "euros",
		"pounds", "yen", "pesos", "rupees", "words", "pages", "signatures", "rounds",
		"calories", "of", "to", "and", "or", "%", "percent", "per", "mph", "kph", "kg",
		"kilograms", "lbs", "mw", "gw", "kw", "hp", "cc", "ml", "mm", "cm", "m", "bpd",
		"patients", "prisoners", "inmates", "protesters", "demonstrators", "civilians",
		"fighters", "militants", "rebels", "passengers", "tourists", "visitors", "fans",
		"runners", "participants", "delegates", "firms", "companies", "schools",
		"hospitals", "aircraft", "planes", "ships", "boats", "rockets", "missiles",
		"bombs", "guns", "weapons", "animals", "cattle", "sheep", "birds", "trees",
		"hours", "minutes", "seconds", "days", "weeks", "months", "years", "items",
		"posts", "messages", "emails", "documents", "files", "records", "steps",
		"degrees", "square", "cubic", "gallons", "liters", "litres", "bottles",
		"tickets", "beds", "rooms", "flights", "troopers", "agents", "guards",
		"strong", "more", "fewer", "less", "additional", "new", "other", "x"} {
		countNouns[w] = true
	}
}

// yearContext reports whether the four-digit number at i is a year.
func (p *parser) yearContext(i, v int) bool {
	prev := p.lower(i - 1)
	strong := false
	if prev == "than" {
		switch p.lower(i - 2) {
		case "later", "earlier", "sooner", "before", "after":
			return true // "no later than 2018"
		}
	}
	switch prev {
	case "in", "since", "by", "until", "till", "during", "from", "through", "to", "before",
		"after", "of", "early", "late", "mid", "around", "circa", "between", "fiscal",
		"year", "the", "and", "or", "summer", "spring", "autumn", "fall", "winter",
		"christmas", "for", "as", "at", "on", "into", "-", "\u2013", "throughout", "back":
		strong = true
	case "$", "\u00a3", "\u20ac", "#", "no", "number", "page", "pages", "flight", "route",
		"room", "highway", "interstate", "road", "street", "avenue", "about", "nearly",
		"some", "more", "than", "over", "approximately", "almost", "up", "under", "only",
		"just", "roughly", "least", "most", "model", "version", "code", "zip", "suite",
		"apartment", "box", "unit", "article", "section", "rule", "resolution", "bill",
		"law", "order", "vol", "chapter", "verse", "the\u00a0":
		return false
	}
	if i > 0 && p.glued(i) && p.toks[i-1].Kind == text.Punct && !p.punct(i-1, "(") && !p.punct(i-1, "-") && !p.punct(i-1, "\u2013") && !p.punct(i-1, "~") {
		return false // "$2000", "#1998", "+2024"
	}
	if i > 0 && p.isNum(i-1) {
		return false // "1 2000": a phone number or a list of counts
	}
	next := p.lower(i + 1)
	if countNouns[next] && !(next == "to" || next == "and" || next == "or" || next == "-") {
		return false
	}
	if next == "to" || next == "and" || next == "or" {
		// "2000 to 3000": a range of counts unless the other end is a year too.
		if _, ok := p.year4(i + 2); !ok && !strong && p.isNum(i+2) {
			return false
		}
	}
	// "1600 Pennsylvania Avenue": a street number.
	if p.capitalized(i+1) && (addressWords[p.lower(i+2)] || addressWords[p.lower(i+3)]) {
		return false
	}
	// "Orion 1980", "Windows 2000": a number in a name.
	if i > 0 && p.capitalized(i-1) && !strong && !p.possessive(i-1) && p.w(i-1).month == 0 && p.w(i-1).weekday == 0 && p.w(i-1).season == 0 && !sentenceStartAt(p, i-1) {
		return false
	}
	if v < 1800 || v > 2100 {
		return strong
	}
	return true
}

var addressWords = map[string]bool{"avenue": true, "ave": true, "street": true, "st": true,
	"road": true, "rd": true, "boulevard": true, "blvd": true, "drive": true, "lane": true,
	"way": true, "place": true, "court": true, "highway": true, "square": true}

// parseOrdinalUnit reads "third quarter", "third-quarter", "3rd qtr",
// "first half of 1998", "20th century", "the twenty-first century".
func (p *parser) parseOrdinalUnit(i int) (expr, int, bool) {
	o, j, ok := number.Ordinal(p.toks, i)
	if !ok {
		if p.is(i, "last") && (p.is(i+1, "half") || p.is(i+1, "quarter")) && p.is(i+2, "of") {
			o, j, ok = -1, i+1, true // "the last half of 1989"; "the last quarter" is the one before this
		} else {
			return expr{}, 0, false
		}
	}
	hyphen := false
	if p.punct(j, "-") && p.glued(j) && p.glued(j+1) {
		j++
		hyphen = true
	}
	u := p.w(j)
	if u.plural {
		return expr{}, 0, false
	}
	e := newExpr(kCal, u.unit)
	switch u.unit {
	case gQuarter:
		if o == -1 {
			o = 4
		}
		if o < 1 || o > 4 {
			return expr{}, 0, false
		}
	case gHalf:
		if o == -1 {
			o = 2
		}
		if o < 1 || o > 2 {
			return expr{}, 0, false
		}
	case gCentury:
		if o < 1 || o > 30 {
			return expr{}, 0, false
		}
		if hyphen {
			return expr{}, 0, false // "20th-century art" describes, it does not date
		}
		e.year, e.rule = (o-1)*100, yrExplicit
		return e, j + 1, true
	default:
		return expr{}, 0, false
	}
	e.part = o
	e.rule = yrNearest
	j++
	if y, k, ok := p.yearAfter(j); ok {
		e.year, e.rule, j = y, yrExplicit, k
	} else if off, k, ok := p.relYear(j); ok {
		e.rule, e.yearOff, j = yrOffset, off, k
	} else if p.is(j, "of") && p.is(j+1, "the") && p.is(j+2, "year") {
		j += 3
	} else if e.g == gHalf && !hyphen && !p.is(i-1, "fiscal") {
		// "the first half" of a match or a film: no date without a year.
		return expr{}, 0, false
	}
	return e, j, true
}

// parseQ reads "Q3", "Q3 2023", "Q3 of 2023", and halves: "H2 2019".
func (p *parser) parseQ(i int) (expr, int, bool) {
	if !p.is(i, "q") && !p.is(i, "h") || !p.glued(i+1) {
		return expr{}, 0, false
	}
	g, top := gQuarter, 4
	if p.is(i, "h") {
		g, top = gHalf, 2
	}
	v, n, ok := p.digits(i + 1)
	if !ok || n != 1 || v < 1 || v > top {
		return expr{}, 0, false
	}
	e := newExpr(kCal, g)
	e.part, e.rule = v, yrNearest
	j := i + 2
	if p.punct(j, "-") && p.glued(j) && p.glued(j+1) {
		if y, ok := p.year4(j + 1); ok {
			e.year, e.rule = y, yrExplicit // "Q1-2019"
			return e, j + 2, true
		}
	}
	if y, k, ok := p.yearAfter(j); ok {
		e.year, e.rule, j = y, yrExplicit, k
	}
	return e, j, true
}

// parseSeason reads "summer", "the summer of 1998", "fall 2023".
func (p *parser) parseSeason(i int) (expr, int, bool) {
	e := newExpr(kCal, gSeason)
	e.part = int(p.w(i).season)
	e.rule = yrNearest
	j := i + 1
	if y, k, ok := p.yearAfter(j); ok {
		e.year, e.rule = y, yrExplicit
		return e, k, true
	}
	if off, k, ok := p.relYear(j); ok {
		e.rule, e.yearOff = yrOffset, off
		return e, k, true
	}
	// A bare season needs a preposition: "in the fall", "during summer";
	// "the fall of the city" and "hot spring" are not dates.
	if p.is(j, "of") {
		return expr{}, 0, false
	}
	k := i - 1
	if p.is(k, "the") {
		k--
	}
	switch p.lower(k) {
	case "in", "during", "by", "until", "since", "over", "through", "throughout", "this",
		"last", "next", "early", "late", "for", "before", "after", "till":
		return e, j, true
	}
	return expr{}, 0, false
}

// holidayAt matches one of the holidays hs at i.
func (p *parser) holidayAt(i int, hs []int) (expr, int, bool) {
	best, bestEnd := -1, 0
	for _, h := range hs {
		for _, name := range holidays[h].names {
			j := i
			ok := true
			for _, nw := range name {
				if p.punct(j, ".") && p.glued(j) {
					j++ // "St. Patrick's"
				}
				if j >= len(p.toks) || p.toks[j].Kind != text.Word || stripPossessive(p.lower(j)) != nw {
					ok = false
					break
				}
				j++
			}
			if ok && j > bestEnd {
				best, bestEnd = h, j
			}
		}
	}
	if best < 0 {
		return expr{}, 0, false
	}
	// Names of days that are also common words need a capital letter:
	// "labor day" in a lower-case sentence is rare, "Labor Day" is not.
	if bestEnd-i > 1 && (holidays[best].label || !p.capitalized(i) && !p.capitalized(i+1) && allLower(p.toks) == false) {
		// ... unless a year or a word of time makes it one: "on labor
		// day", "earth day 2010", "memorial day of next year", "before
		// independence day".
		_, _, year := p.yearAfter(bestEnd)
		_, _, relYear := p.relYear(bestEnd)
		switch {
		case year, relYear:
		case p.yearPrep(i-1) || p.is(i-1, "on") || p.w(i-1).rel != relNone:
		default:
			return expr{}, 0, false
		}
	}
	e := newExpr(kCal, gDay)
	e.hol, e.rule = best+1, yrNearest
	return e, bestEnd, true
}

// holidayYear reads a year after a holiday: "Christmas 2023", "Easter of
// next year".
func (p *parser) holidayYear(e expr, j int) (expr, int, bool) {
	if p.is(j, "week") && !p.possessive(j) {
		e.g, j = gWeek, j+1 // "Easter week"
	}
	if y, k, ok := p.yearAfter(j); ok {
		e.year, e.rule = y, yrExplicit
		return e, k, true
	}
	if off, k, ok := p.relYear(j); ok {
		e.rule, e.yearOff = yrOffset, off
		return e, k, true
	}
	return e, j, true
}

func stripPossessive(s string) string {
	n := len(s)
	switch {
	case n > 2 && s[n-2:] == "'s":
		return s[:n-2]
	case n > 4 && s[n-4:] == "\u2019s":
		return s[:n-4]
	}
	return s
}

// allLower reports whether a sentence has no capital letters at all (a
// lower-case query rather than news prose).
func allLower(toks []text.Token) bool {
	for _, t := range toks {
		if t.Capitalized() {
			return false
		}
	}
	return true
}

// setValues are the TIMEX3 values of recurrences by their unit.
var setValues = map[gran]string{gDay: "P1D", gWeek: "P1W", gMonth: "P1M", gQuarter: "P1Q",
	gYear: "P1Y", gDecade: "P10Y", gWeekend: "XXXX-WXX-WE"}

// parseSet reads a recurrence: "daily", "weekly", "annually", "every
// day", "each Thursday", "every July". It is no date, but readers (and
// TimeML) mark it with the dates.
func (p *parser) parseSet(i int) (expr, int, bool) {
	e := newExpr(kSet, gNone)
	switch p.lower(i) {
	case "daily":
		e.set = "P1D"
	case "weekly":
		e.set = "P1W"
	case "monthly":
		e.set = "P1M"
	case "annually", "yearly":
		e.set = "P1Y"
	case "hourly":
		e.set = "PT1H"
	default: // every, each
		w := p.w(i + 1)
		switch {
		case w.unit != gNone && !w.plural && setValues[w.unit] != "":
			e.set = setValues[w.unit]
		case w.weekday != 0 && !w.abbr && !w.plural:
			e.set = "XXXX-WXX-" + string(rune('0'+w.weekday))
		case w.month != 0 && !w.abbr && p.capitalized(i+1):
			e.set = "XXXX-" + string(append2(nil, int(w.month)))
		default:
			return expr{}, 0, false
		}
		return e, i + 2, true
	}
	if p.glued(i+1) && p.punct(i+1, "-") {
		return expr{}, 0, false // "daily-use"
	}
	// "The Harbour Weekly", "BUSINESS DAILY": a capital inside a sentence
	// makes it a paper's name.
	if i > 0 && p.capitalized(i) {
		return expr{}, 0, false
	}
	return e, i + 1, true
}

// parseThat reads "that year", "that same day", "that morning": the unit
// of the date the story last named.
func (p *parser) parseThat(i int) (expr, int, bool) {
	j := i + 1
	if p.is(j, "same") {
		j++
	}
	w := p.w(j)
	switch {
	case w.unit != gNone && !w.plural && w.unit != gSeason && w.unit != gHalf && w.unit != gDecade && w.unit != gCentury:
		return newExpr(kAnchor, w.unit), j + 1, true
	case w.pod != podNone && !w.plural:
		e := newExpr(kAnchor, gDay)
		e.pod = w.pod
		return e, j + 1, true
	}
	return expr{}, 0, false
}

// parseRecent reads "recent years", "recent days", "in recent weeks",
// "recent": the past.
func (p *parser) parseRecent(i int) (expr, int, bool) {
	e := newExpr(kRef, gNone)
	e.ref = refPast
	j := i + 1
	u := p.w(j)
	if u.unit == gNone || !u.plural {
		// "the recent sale": the past, as TimeML reads the adjective.
		return e, j, true
	}
	e.durUnit = vagueUnit(u.unit)
	j++
	// "recent weeks and months"
	if p.is(j, "and") && p.w(j+1).unit != gNone && p.w(j+1).plural {
		j += 2
	}
	return e, j, true
}

// parseFiscal reads "fiscal 1989", "fiscal year 1989", "FY2023", "fiscal
// 2023's first quarter".
func (p *parser) parseFiscal(i int) (expr, int, bool) {
	j := i + 1
	if p.is(j, "year") {
		j++
	}
	if p.is(i, "fy") && p.glued(j) {
		if v, n, ok := p.digits(j); ok && (n == 4 || n == 2) {
			e := newExpr(kCal, gYear)
			e.year, e.rule = v, yrExplicit
			if n == 2 {
				e.year = century(v)
			}
			return e, j + 1, true
		}
	}
	if y, ok := p.year4(j); ok {
		e := newExpr(kCal, gYear)
		e.year, e.rule = y, yrExplicit
		if q, n, ok := p.parseOrdinalUnit(j + 1); ok && q.year == 0 && q.kind == kCal {
			q.year, q.rule = y, yrExplicit
			return q, n, true
		}
		return e, j + 1, true
	}
	// "fiscal second-quarter", "fiscal first quarter"
	if q, n, ok := p.parseOrdinalUnit(i + 1); ok && q.kind == kCal && q.g == gQuarter {
		return q, n, true
	}
	return expr{}, 0, false
}

// parseYearCompound reads "year-end", "year-earlier", "year-ago" (and the
// period after them), "year's end", "year end".
func (p *parser) parseYearCompound(i int) (expr, int, bool) {
	j := i + 1
	if p.punct(j, "-") && p.glued(j) && p.glued(j+1) {
		j++
	} else if !p.possessive(i) && !p.is(j, "end") {
		return expr{}, 0, false
	}
	switch p.lower(j) {
	case "end":
		if j == i+2 {
			// "by year-end": the accounting term is the year's closing
			// day, December 31, this year's or last year's as the tense
			// says; "year's end" and "year end" are its late part.
			e := newExpr(kCal, gDay)
			e.month, e.day, e.rule = 12, 31, yrNearest
			return e, j + 1, true
		}
		e := newExpr(kUnitRel, gYear)
		e.mod = modLate
		return e, j + 1, true
	case "earlier", "ago":
		e := newExpr(kPeriod, gNone)
		e.n = -1
		j++
		if q, n, ok := p.parseOrdinalUnit(j); ok && q.kind == kCal && q.g == gQuarter {
			e.g, j = gQuarter, n
		} else if p.is(j, "quarter") || p.is(j, "period") {
			if p.is(j, "quarter") {
				e.g = gQuarter
			}
			j++
		}
		return e, j, true
	}
	return expr{}, 0, false
}

var yearTens = map[string]int{"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90}

var yearUnits = map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
	"six": 6, "seven": 7, "eight": 8, "nine": 9}

// wordYear reads a year in words as a speaker says it: "nineteen
// ninety-six", "twenty twenty-three".
func (p *parser) wordYear(i int) (expr, int, bool) {
	// "two thousand and fifteen", "two thousand"
	if p.is(i, "two") && p.is(i+1, "thousand") {
		j := i + 2
		y := 2000
		k := j
		if p.is(k, "and") {
			k++
		}
		if v, n, ok := p.smallWords(k); ok && v < 100 {
			y, j = 2000+v, n
		}
		e := newExpr(kCal, gYear)
		e.year, e.rule = y, yrExplicit
		return e, j, true
	}
	hi := yearTens[p.lower(i)]
	if hi < 10 || hi > 20 {
		return expr{}, 0, false
	}
	j := i + 1
	if p.is(j, "hundred") {
		// "seventeen hundred thirty three", "nineteen hundred and five"
		j++
		if p.is(j, "and") {
			j++
		}
		lo, n, ok := p.smallWords(j)
		if !ok || lo >= 100 {
			return expr{}, 0, false
		}
		e := newExpr(kCal, gYear)
		e.year, e.rule = hi*100+lo, yrExplicit
		return e, n, true
	}
	if hi < 18 {
		return expr{}, 0, false // "ten fifty" is a time, not a year
	}
	lo, n, ok := p.smallWords(j)
	if !ok || lo < 10 {
		return expr{}, 0, false
	}
	if hi == 20 && lo < 10 {
		return expr{}, 0, false
	}
	e := newExpr(kCal, gYear)
	e.year, e.rule = hi*100+lo, yrExplicit
	return e, n, true
}

// smallWords reads a number from one to ninety-nine in words: "five",
// "seventeen", "eighty six", "ninety-six".
func (p *parser) smallWords(i int) (int, int, bool) {
	if u, ok := yearUnits[p.lower(i)]; ok {
		return u, i + 1, true
	}
	t, ok := yearTens[p.lower(i)]
	if !ok {
		return 0, 0, false
	}
	j := i + 1
	if t >= 20 {
		k := j
		if p.punct(k, "-") && p.glued(k) {
			k++
		}
		if u, ok := yearUnits[p.lower(k)]; ok {
			return t + u, k + 1, true
		}
	}
	return t, j, true
}
