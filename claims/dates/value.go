package dates

import (
	"strconv"

	"crosscheck/claims/text"
)

// match resolves the expression read at tokens [i, j) of the current
// sentence into a Match, and makes it the anchor for later relative dates.
func (x *extractor) match(doc *text.Doc, e *expr, i, j int) Match {
	toks := x.p.toks
	m := Match{Start: toks[i].Start, End: toks[j-1].End}
	// Keep a sentence-final period out of the span ("next week.") but
	// keep an abbreviation's ("Jan.").
	raw := doc.Text[m.Start:m.End]
	d := Date{}
	if e.kind == kRef {
		d.ISO, d.Precision, d.Relative = refNames[e.ref], "ref", true
		d.Display = [...]string{"", "the present", "the past", "the future"}[e.ref]
		if x.res.hasRef && x.res.refPrec == gDay {
			switch e.ref {
			case refPresent:
				d.Min, d.Max = isoDay(x.res.lo), isoDay(x.res.lo)
			case refPast:
				d.Max = isoDay(x.res.lo)
			case refFuture:
				d.Min = isoDay(x.res.lo)
			}
		}
		m.Value, m.Confidence = d, 0.3
		return m
	}
	dir := 0
	if !e.tenseFixed && (e.kind == kWeekday || e.kind == kCal && e.rule == yrNearest) {
		dir = x.p.tense(i, j)
	}
	d.Relative = !(e.kind == kCal && e.rule == yrExplicit)
	d.Mod = modNames[e.mod]
	res, exact, ok := x.res.resolve(e, dir)
	switch {
	case !ok:
		d.ISO, d.Precision = partialISO(e), e.g.String()
		d.Display = partialDisplay(e, raw)
		m.Confidence = 0.5
	case exact:
		d.ISO, d.Precision = res.s.iso(), res.s.g.String()
		d.Min, d.Max = isoDay(res.lo), isoDay(res.hi)
		d.Display = display(res.s, e.mod, res.lo, res.hi)
		m.Confidence = 0.9
		if d.Relative {
			m.Confidence = 0.8
		}
		x.setAnchor(e, res.s)
	default:
		iso, g := hullISO(res.lo, res.hi)
		d.ISO, d.Precision = iso, g.String()
		if g == gNone {
			d.Precision = "interval"
		}
		if e.mod != modNone && res.s.g > gDay {
			// "earlier this month" with a publication month: the month is
			// known, only where in it is not.
			d.ISO, d.Precision = res.s.iso(), res.s.g.String()
		}
		d.Min, d.Max = isoDay(res.lo), isoDay(res.hi)
		d.Display = displayRange(res.lo, res.hi, g)
		m.Confidence = 0.6
	}
	if d.Precision == "time" || e.hasTime() {
		if e.hour >= 0 {
			d.Time = string(append2(append(append2(nil, int(e.hour)), ':'), int(e.min)))
		}
	}
	m.Value = d
	return m
}

// setAnchor makes s the date later relative dates count from. Only dates
// placed on their own (by the calendar or the publication date) anchor:
// "a year earlier" resolved from an anchor must not become the next
// anchor, or a chain of comparisons would drift a year at each step.
func (x *extractor) setAnchor(e *expr, s span) {
	switch e.kind {
	case kCal, kWeekday, kDayRel, kUnitRel, kTime:
	default:
		return
	}
	x.res.anchor, x.res.hasAnchor = s, true
	if s.g == gQuarter || s.g == gHalf {
		x.res.period, x.res.hasPeriod = s, true
	}
}

// partialISO writes what is known of a date whose year is not: "--12-27",
// "--12", or "" for a relative date with nothing to resolve it against.
func partialISO(e *expr) string {
	if e.kind != kCal {
		return ""
	}
	switch {
	case e.hol != 0:
		h := holidays[e.hol-1]
		if h.month != 0 && h.nth == 0 {
			return "--" + string(append2(nil, h.month)) + "-" + string(append2(nil, h.day))
		}
	case e.g == gDay:
		return "--" + string(append2(nil, e.month)) + "-" + string(append2(nil, e.day))
	case e.g == gMonth:
		return "--" + string(append2(nil, e.month))
	}
	return ""
}

func partialDisplay(e *expr, raw string) string {
	if e.kind == kCal && e.hol == 0 {
		switch e.g {
		case gDay:
			return monthNames[e.month] + " " + strconv.Itoa(e.day)
		case gMonth:
			return monthNames[e.month]
		}
	}
	return raw
}

var monthNames = [...]string{"", "January", "February", "March", "April", "May", "June",
	"July", "August", "September", "October", "November", "December"}

var seasonNames = [...]string{"winter", "", "", "spring", "", "", "summer", "", "", "fall", "", "", "winter"}

var ordinalWords = [...]string{"", "first", "second", "third", "fourth"}

// display writes s for a reader: "December 27, 2023", "week of December
// 25, 2023", "Q4 2023", "early February 2024", "the 1990s".
func display(s span, m mod, lo, hi int) string {
	y, mo, d := civil(s.first)
	var out string
	switch s.g {
	case gDay:
		out = dayDisplay(s.first)
	case gTime:
		out = dayDisplay(s.first)
		if s.hour >= 0 {
			out += ", " + string(append2(append(append2(nil, int(s.hour)), ':'), int(s.min)))
		} else if s.pod != podNone {
			out += " (" + [...]string{"", "morning", "midday", "afternoon", "evening", "night"}[s.pod] + ")"
		}
	case gWeek:
		out = "week of " + dayDisplay(s.first)
	case gWeekend:
		out = "weekend of " + dayDisplay(s.first)
	case gMonth:
		out = monthNames[mo] + " " + strconv.Itoa(y)
	case gSeason:
		out = seasonNames[mo] + " " + strconv.Itoa(y)
		if mo == 12 {
			out += "-" + string(append2(nil, (y+1)%100))
		}
	case gQuarter:
		out = "Q" + strconv.Itoa((mo-1)/3+1) + " " + strconv.Itoa(y)
	case gHalf:
		out = ordinalWords[(mo-1)/6+1] + " half of " + strconv.Itoa(y)
	case gYear:
		out = strconv.Itoa(y)
	case gDecade:
		out = "the " + strconv.Itoa(y) + "s"
	case gCentury:
		out = "the " + strconv.Itoa(y/100+1) + ordSuffix(y/100+1) + " century"
	}
	_ = d
	switch m {
	case modEarly, modMid, modLate:
		if s.g > gDay {
			out = modNames[m] + " " + out
		}
	case modEarlier, modLater:
		if lo != s.first || hi != s.last() {
			out = displayRange(lo, hi, gNone)
		}
	}
	return out
}

func dayDisplay(z int) string {
	y, m, d := civil(z)
	return monthNames[m] + " " + strconv.Itoa(d) + ", " + strconv.Itoa(y)
}

func displayRange(lo, hi int, g gran) string {
	if g != gNone {
		return display(unitOf(g, lo), modNone, lo, hi)
	}
	return dayDisplay(lo) + " \u2013 " + dayDisplay(hi)
}

func ordSuffix(n int) string {
	if n%100 >= 11 && n%100 <= 13 {
		return "th"
	}
	switch n % 10 {
	case 1:
		return "st"
	case 2:
		return "nd"
	case 3:
		return "rd"
	}
	return "th"
}
