package dates

import (
	"strconv"

	"crosscheck/claims/text"
)

// timeAloneConfidence is that of a time of day whose day the text does
// not give: below what compare needs to report a conflict.
const timeAloneConfidence = 0.45

// match resolves the expression read at tokens [i, j) of the current
// sentence into a Match, and makes it the anchor for later relative dates.
// The value's strings are written into one buffer and share one
// allocation.
func (x *extractor) match(doc *text.Doc, e *expr, i, j int) Match {
	toks := x.p.toks
	m := Match{Start: toks[i].Start, End: toks[j-1].End}
	raw := doc.Text[m.Start:m.End]
	d := Date{}
	b := x.buf[:0]
	var iso, lo, hi, disp, tm int // ends of each string in b
	if e.kind == kSet {
		d.ISO, d.Precision, d.Display = e.set, "set", raw
		m.Value, m.Confidence = d, 0.2
		return m
	}
	if e.kind == kRolling {
		return x.rollingMatch(doc, e, i, j)
	}
	if e.kind == kPart {
		return x.partMatch(doc, e, i, j)
	}
	if e.kind == kRef {
		d.ISO, d.Precision, d.Relative = refNames[e.ref], "ref", true
		d.Duration = vagueDuration(e.durUnit)
		d.Display = [...]string{"", "the present", "the past", "the future"}[e.ref]
		if x.res.hasRef && x.res.refPrec == gDay {
			day := appendDayNumber(b, x.res.lo)
			s := string(day)
			switch e.ref {
			case refPresent:
				d.Min, d.Max = s, s
			case refPast:
				d.Max = s
			case refFuture:
				d.Min = s
			}
		}
		m.Value, m.Confidence = d, 0.3
		return m
	}
	dir := 0
	if !e.tenseFixed && (e.kind == kWeekday || e.kind == kMonthDayOfWeek || e.kind == kNth || e.kind == kCal && e.rule == yrNearest) ||
		e.kind == kShiftFrom && !e.inner.tenseFixed {
		// ("three days from Tuesday": the Tuesday the tense points to)
		dir = x.p.tense(i, j)
		if dir > 0 && x.p.willNear(i) {
			dir = futureFirm
		}
	}
	d.Relative = !(e.kind == kCal && e.rule == yrExplicit)
	d.Mod = modNames[e.mod]
	res, exact, ok := x.res.resolve(e, dir)
	switch {
	case !ok:
		d.Precision = e.g.String()
		b = appendPartialISO(b, e)
		iso = len(b)
		lo, hi = iso, iso
		b = appendPartialDisplay(b, e, raw)
		disp = len(b)
		m.Confidence = 0.5
	case exact:
		d.Precision = res.s.g.String()
		b = res.s.appendISO(b)
		iso = len(b)
		b = appendDayNumber(b, res.lo)
		lo = len(b)
		b = appendDayNumber(b, res.hi)
		hi = len(b)
		b = appendDisplay(b, res.s, e.mod, res.lo, res.hi)
		disp = len(b)
		m.Confidence = 0.9
		if d.Relative {
			m.Confidence = 0.8
		}
		x.setAnchor(e, res.s)
	default:
		var g gran
		if e.mod != modNone && res.s.g > gDay {
			// "earlier this month" with a publication month: the month is
			// known, only where in it is not.
			b, g = res.s.appendISO(b), res.s.g
		} else {
			b, g = appendHull(b, res.lo, res.hi)
		}
		iso = len(b)
		d.Precision = g.String()
		if g == gNone {
			d.Precision = "interval"
		}
		b = appendDayNumber(b, res.lo)
		lo = len(b)
		b = appendDayNumber(b, res.hi)
		hi = len(b)
		b = appendRange(b, res.lo, res.hi, g)
		disp = len(b)
		m.Confidence = 0.6
	}
	if e.kind == kTime && m.Confidence > timeAloneConfidence {
		// A time with no day ("Updated 7:15 a.m.", "Launch time: 06:42")
		// takes its day from the story's last date or the publication
		// date: a guess too weak to set against another source's day.
		m.Confidence = timeAloneConfidence
	}
	tm = disp
	if e.hour >= 0 {
		b = append2(b, int(e.hour))
		b = append(b, ':')
		b = append2(b, int(e.min))
		tm = len(b)
	}
	b = appendCounted(b, e)
	s := string(b)
	d.ISO, d.Min, d.Max, d.Display, d.Time = s[:iso], s[iso:lo], s[lo:hi], s[hi:disp], s[disp:tm]
	d.Duration = s[tm:]
	x.buf = b
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
	if (s.g == gQuarter || s.g == gHalf) && (!x.res.hasRef || s.last() < x.res.lo) {
		// Only a period ended has results to compare with a year ago:
		// not "the fourth quarter" still running, nor "the third quarter
		// of next year" in a forecast.
		x.res.period, x.res.hasPeriod = s, true
	}
}

// appendPartialISO writes what is known of a date whose year is not:
// "--12-19", "--12", or nothing for a relative date with nothing to
// resolve it against.
func appendPartialISO(b []byte, e *expr) []byte {
	if e.kind != kCal {
		return b
	}
	month, day := e.month, e.day
	switch {
	case e.hol != 0:
		h := holidays[e.hol-1]
		if h.month == 0 || h.nth != 0 {
			return b
		}
		month, day = h.month, h.day
	case e.g != gDay && e.g != gMonth || month == 0:
		return b
	case e.g == gMonth:
		day = 0
	}
	b = append(b, "--"...)
	b = append2(b, month)
	if day != 0 {
		b = append(b, '-')
		b = append2(b, day)
	}
	return b
}

func appendPartialDisplay(b []byte, e *expr, raw string) []byte {
	if e.kind == kCal && e.hol == 0 && e.month != 0 && (e.g == gDay || e.g == gMonth) {
		b = append(b, monthNames[e.month]...)
		if e.g == gDay {
			b = append(b, ' ')
			b = strconv.AppendInt(b, int64(e.day), 10)
		}
		return b
	}
	return append(b, raw...)
}

var monthNames = [...]string{"", "January", "February", "March", "April", "May", "June",
	"July", "August", "September", "October", "November", "December"}

var seasonNames = [...]string{"winter", "", "", "spring", "", "", "summer", "", "", "fall", "", "", "winter"}

var ordinalWords = [...]string{"", "first", "second", "third", "fourth"}

// display writes s for a reader: "December 19, 2021", "week of December
// 13, 2021", "Q4 2021", "early April 2022", "the 1990s".
func display(s span, m mod, lo, hi int) string { return string(appendDisplay(nil, s, m, lo, hi)) }

func appendDisplay(b []byte, s span, m mod, lo, hi int) []byte {
	switch m {
	case modEarly, modMid, modLate:
		if s.g > gDay {
			b = append(b, modNames[m]...)
			b = append(b, ' ')
		}
	case modEarlier, modLater, modRest:
		if lo != s.first || hi != s.last() {
			return appendRange(b, lo, hi, gNone)
		}
	}
	y, mo, _ := civil(s.first)
	switch s.g {
	case gDay:
		b = appendDayDisplay(b, s.first)
	case gTime:
		b = appendDayDisplay(b, s.first)
		if s.hour >= 0 {
			b = append(b, ", "...)
			b = append2(b, int(s.hour))
			b = append(b, ':')
			b = append2(b, int(s.min))
		} else if s.pod != podNone {
			b = append(b, " ("...)
			b = append(b, podNames[s.pod]...)
			b = append(b, ')')
		}
	case gWeek:
		b = append(b, "week of "...)
		b = appendDayDisplay(b, s.first)
	case gWeekend:
		b = append(b, "weekend of "...)
		b = appendDayDisplay(b, s.first)
	case gMonth:
		b = append(b, monthNames[mo]...)
		b = append(b, ' ')
		b = strconv.AppendInt(b, int64(y), 10)
	case gSeason:
		b = append(b, seasonNames[mo]...)
		b = append(b, ' ')
		b = strconv.AppendInt(b, int64(y), 10)
		if mo == 12 {
			b = append(b, '-')
			b = append2(b, (y+1)%100)
		}
	case gQuarter:
		b = append(b, 'Q', byte('0'+(mo-1)/3+1), ' ')
		b = strconv.AppendInt(b, int64(y), 10)
	case gHalf:
		b = append(b, ordinalWords[(mo-1)/6+1]...)
		b = append(b, " half of "...)
		b = strconv.AppendInt(b, int64(y), 10)
	case gYear:
		b = strconv.AppendInt(b, int64(y), 10)
	case gDecade:
		b = append(b, "the "...)
		b = strconv.AppendInt(b, int64(y), 10)
		b = append(b, 's')
	case gCentury:
		n := y/100 + 1
		b = append(b, "the "...)
		b = strconv.AppendInt(b, int64(n), 10)
		b = append(b, ordSuffix(n)...)
		b = append(b, " century"...)
	}
	return b
}

var podNames = [...]string{"", "morning", "midday", "afternoon", "evening", "night"}

func appendDayDisplay(b []byte, z int) []byte {
	y, m, d := civil(z)
	b = append(b, monthNames[m]...)
	b = append(b, ' ')
	b = strconv.AppendInt(b, int64(d), 10)
	b = append(b, ", "...)
	return strconv.AppendInt(b, int64(y), 10)
}

func appendRange(b []byte, lo, hi int, g gran) []byte {
	if g != gNone {
		return appendDisplay(b, unitOf(g, lo), modNone, lo, hi)
	}
	b = appendDayDisplay(b, lo)
	b = append(b, " \u2013 "...)
	return appendDayDisplay(b, hi)
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

// appendCounted writes the span a count from a date states, as a TIMEX3
// duration: "four decades ago" is 1960 and P40Y, "seven days later" a day
// and P7D, "in two weeks" a day and P2W. Other dates state none.
func appendCounted(b []byte, e *expr) []byte {
	n, g := e.n, e.g
	switch e.kind {
	case kAgo:
		if e.unit != gNone {
			g = e.unit // "in two weeks": n counts the unit named
		}
	case kShift, kShiftFrom:
	case kUnitRel:
		if e.stated == 0 {
			return b
		}
		b = append(b, 'P')
		b = strconv.AppendInt(b, int64(e.stated), 10)
		return append(b, e.durUnit)
	default:
		return b
	}
	n = abs(n)
	var letter byte
	switch g {
	case gDay:
		letter = 'D'
		if n%7 == 0 && e.kind == kAgo && e.unit == gNone {
			n, letter = n/7, 'W' // "two weeks ago" was counted in days
		}
	case gWeek:
		letter = 'W'
	case gMonth:
		letter = 'M'
	case gQuarter:
		n, letter = 3*n, 'M'
	case gYear:
		letter = 'Y'
	default:
		return b
	}
	if n == 0 {
		return b
	}
	b = append(b, 'P')
	b = strconv.AppendInt(b, int64(n), 10)
	return append(b, letter)
}
