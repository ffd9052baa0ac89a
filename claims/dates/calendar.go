package dates

import (
	"strconv"
)

// Days are counted as integers from 1970-01-01 (day 0) in the proleptic
// Gregorian calendar, so date arithmetic is integer arithmetic and never
// allocates a time.Time.

func floorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

func floorMod(a, b int) int { return a - floorDiv(a, b)*b }

// dayNumber returns the day number of y-m-d (Howard Hinnant's
// days_from_civil). Out-of-range days roll over like time.Date.
func dayNumber(y, m, d int) int {
	// Normalize the month first so that m=13 is January of y+1.
	y += floorDiv(m-1, 12)
	m = floorMod(m-1, 12) + 1
	if m <= 2 {
		y--
	}
	era := floorDiv(y, 400)
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// civil returns the calendar date of day number z.
func civil(z int) (y, m, d int) {
	z += 719468
	era := floorDiv(z, 146097)
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y = yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d = doy - (153*mp+2)/5 + 1
	if mp < 10 {
		m = mp + 3
	} else {
		m = mp - 9
	}
	if m <= 2 {
		y++
	}
	return y, m, d
}

// weekday is the ISO weekday of day z: 1 Monday … 7 Sunday.
func weekday(z int) int { return floorMod(z+3, 7) + 1 }

// monthLen is the number of days in month m of year y.
func monthLen(y, m int) int { return dayNumber(y, m+1, 1) - dayNumber(y, m, 1) }

// isoWeek returns the ISO 8601 week-numbering year and week of day z.
func isoWeek(z int) (year, week int) {
	thursday := z - weekday(z) + 4
	year, _, _ = civil(thursday)
	return year, (thursday-dayNumber(year, 1, 1))/7 + 1
}

// gran is the granularity of a calendar span.
type gran uint8

const (
	gNone gran = iota
	gTime      // a time of day, or a part of one, on a given day
	gDay
	gWeekend
	gWeek
	gMonth
	gSeason
	gQuarter
	gHalf
	gYear
	gDecade
	gCentury
)

var granNames = [...]string{
	gNone: "", gTime: "time", gDay: "day", gWeekend: "weekend", gWeek: "week",
	gMonth: "month", gSeason: "season", gQuarter: "quarter", gHalf: "half",
	gYear: "year", gDecade: "decade", gCentury: "century",
}

func (g gran) String() string { return granNames[g] }

// months reports how many months a month-based granularity spans, or 0.
func (g gran) months() int {
	switch g {
	case gMonth:
		return 1
	case gSeason, gQuarter:
		return 3
	case gHalf:
		return 6
	case gYear:
		return 12
	case gDecade:
		return 120
	case gCentury:
		return 1200
	}
	return 0
}

// Parts of a day, as TIMEX3 writes them.
const (
	podNone uint8 = iota
	podMorning
	podMidday
	podAfternoon
	podEvening
	podNight
)

var podCodes = [...]string{"", "MO", "MI", "AF", "EV", "NI"}

// A span is one calendar unit: a day, an ISO week, a month, a quarter…
// first is its first day. A gTime span is a day with a clock time
// (hour ≥ 0) or a part of the day.
type span struct {
	g     gran
	first int
	hour  int8 // -1 when there is no clock time
	min   int8
	pod   uint8
}

// unitOf returns the unit of granularity g that contains day z.
func unitOf(g gran, z int) span {
	s := span{g: g, hour: -1}
	y, m, _ := civil(z)
	switch g {
	case gTime, gDay:
		s.g = gDay
		s.first = z
	case gWeek:
		s.first = z - weekday(z) + 1
	case gWeekend:
		s.first = z - weekday(z) + 6
	case gMonth:
		s.first = dayNumber(y, m, 1)
	case gQuarter:
		s.first = dayNumber(y, (m-1)/3*3+1, 1)
	case gHalf:
		s.first = dayNumber(y, (m-1)/6*6+1, 1)
	case gSeason:
		// Meteorological seasons: spring is March to May, and winter
		// runs from December into the next year.
		sm := (m / 3) * 3 // 12→12, 1,2→0 (December of the year before)
		if sm == 0 {
			s.first = dayNumber(y-1, 12, 1)
		} else {
			s.first = dayNumber(y, sm, 1)
		}
	case gYear:
		s.first = dayNumber(y, 1, 1)
	case gDecade:
		s.first = dayNumber(floorDiv(y, 10)*10, 1, 1)
	case gCentury:
		s.first = dayNumber(floorDiv(y, 100)*100, 1, 1)
	}
	return s
}

// last returns the last day of s.
func (s span) last() int {
	switch s.g {
	case gTime, gDay:
		return s.first
	case gWeekend:
		return s.first + 1
	case gWeek:
		return s.first + 6
	}
	y, m, _ := civil(s.first)
	return dayNumber(y, m+s.g.months(), 1) - 1
}

// shift moves s by n units of its own granularity.
func (s span) shift(n int) span {
	switch s.g {
	case gTime, gDay:
		s.first += n
		return s
	case gWeek, gWeekend:
		s.first += 7 * n
		return s
	}
	y, m, _ := civil(s.first)
	s.first = dayNumber(y, m+n*s.g.months(), 1)
	return s
}

// year is the calendar year s starts in.
func (s span) year() int {
	y, _, _ := civil(s.first)
	return y
}

// iso formats s as a TIMEX3 value: "2021-03-12", "2021-W10",
// "2021-W10-WE", "2021-03", "2021-SU", "2021-Q1", "2021-H2", "2021",
// "199" for the 1990s, "19" for the 20th century, "2021-03-12T15:00" or
// "2021-03-12TNI" for times.
func (s span) iso() string { return string(s.appendISO(nil)) }

// appendISO appends the TIMEX3 value of s to b.
func (s span) appendISO(b []byte) []byte {
	y, m, d := civil(s.first)
	switch s.g {
	case gTime, gDay:
		b = appendDay(b, y, m, d)
		if s.g == gTime {
			if s.hour >= 0 {
				b = append(b, 'T')
				b = append2(b, int(s.hour))
				b = append(b, ':')
				b = append2(b, int(s.min))
			} else if s.pod != podNone {
				b = append(b, 'T')
				b = append(b, podCodes[s.pod]...)
			}
		}
	case gWeek, gWeekend:
		wy, w := isoWeek(s.first)
		b = appendYear(b, wy)
		b = append(b, "-W"...)
		b = append2(b, w)
		if s.g == gWeekend {
			b = append(b, "-WE"...)
		}
	case gMonth:
		b = appendYear(b, y)
		b = append(b, '-')
		b = append2(b, m)
	case gSeason:
		b = appendYear(b, y)
		b = append(b, '-')
		b = append(b, [...]string{"WI", "SP", "SU", "FA", "WI"}[m/3]...)
	case gQuarter:
		b = appendYear(b, y)
		b = append(b, "-Q"...)
		b = strconv.AppendInt(b, int64((m-1)/3+1), 10)
	case gHalf:
		b = appendYear(b, y)
		b = append(b, "-H"...)
		b = strconv.AppendInt(b, int64((m-1)/6+1), 10)
	case gYear:
		b = appendYear(b, y)
	case gDecade:
		b = appendYear(b, y)
		b = b[:len(b)-1]
	case gCentury:
		b = appendYear(b, y)
		b = b[:len(b)-2]
	}
	return b
}

func appendYear(b []byte, y int) []byte {
	if y < 0 {
		b = append(b, '-')
		y = -y
	}
	if y < 1000 {
		b = append(b, "000"[:3-digits(y)+1]...)
	}
	return strconv.AppendInt(b, int64(y), 10)
}

func digits(n int) int {
	k := 1
	for n >= 10 {
		n /= 10
		k++
	}
	return k
}

func append2(b []byte, n int) []byte {
	return append(b, byte('0'+n/10%10), byte('0'+n%10))
}

func appendDay(b []byte, y, m, d int) []byte {
	b = appendYear(b, y)
	b = append(b, '-')
	b = append2(b, m)
	b = append(b, '-')
	return append2(b, d)
}

// isoDay formats day number z as YYYY-MM-DD.
func isoDay(z int) string { return string(appendDayNumber(make([]byte, 0, 10), z)) }

func appendDayNumber(b []byte, z int) []byte {
	y, m, d := civil(z)
	return appendDay(b, y, m, d)
}

// hullISO describes the interval [lo, hi] of days: as a calendar unit when
// it is exactly one (a month, a quarter, a year), else as an ISO 8601
// interval "2021-02-26/2021-03-26".
func hullISO(lo, hi int) (string, gran) {
	b, g := appendHull(nil, lo, hi)
	return string(b), g
}

func appendHull(b []byte, lo, hi int) ([]byte, gran) {
	if lo == hi {
		return appendDayNumber(b, lo), gDay
	}
	for _, g := range [...]gran{gWeek, gMonth, gQuarter, gYear} {
		u := unitOf(g, lo)
		if u.first == lo && u.last() == hi {
			return u.appendISO(b), g
		}
	}
	b = appendDayNumber(b, lo)
	b = append(b, '/')
	return appendDayNumber(b, hi), gNone
}
