package suite

import (
	"fmt"
	"strconv"
	"strings"
)

// Conventions of the news reading. English leaves some spans open, and
// the suites settle them each their own way; the news reading accepts
// every reading a careful reader could mean, and the suite's own:
//
//   - an anchored period ("the next three days", "the past two years",
//     "2 upcoming weeks") is the N units running from the reference day:
//     the days after it ("the next 3 days" is the 3 days after today) or
//     before it ("the past 2 years" ends the day before), as
//     Recognizers-Text reads it; or the N whole units after or before the
//     current one, as Duckling reads weeks, months and years;
//   - the nth week of a month ("the first week of October", "the last
//     week of July") is the nth Monday-to-Sunday week that touches the
//     month (Recognizers-Text) or the nth that lies wholly inside it
//     (Duckling);
//   - "the week of October 6" is the Monday-to-Sunday week holding that
//     day.
//
// A week pattern without a year is placed by the tense like any bare
// pattern: the latest one at or before the reference day, or the first
// one after it in the future tense.

// periodUnits are the units an anchored period counts, in days for the
// fixed ones and in months for the others.
var periodUnits = map[string]struct{ days, months int }{
	"day": {1, 0}, "days": {1, 0}, "week": {7, 0}, "weeks": {7, 0},
	"fortnight": {14, 0}, "fortnights": {14, 0}, "month": {0, 1}, "months": {0, 1},
	"quarter": {0, 3}, "quarters": {0, 3}, "year": {0, 12}, "years": {0, 12},
	"decade": {0, 120}, "decades": {0, 120},
}

// periodDirs are the words that anchor a period before (-1) or after (+1)
// the reference day.
var periodDirs = map[string]int{
	"next": 1, "upcoming": 1, "coming": 1, "following": 1,
	"past": -1, "last": -1, "previous": -1, "preceding": -1,
}

// countWords are counts in words.
var countWords = map[string]int{
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
	"eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
	"fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

// anchoredPeriod reads "[the] next three days", "the past 2 years",
// "2 upcoming weeks", "the last 3 months": a count of units anchored at
// the reference. It returns the count, the unit and the direction.
func anchoredPeriod(words []string) (n int, unit string, dir int, ok bool) {
	k := 0
	if k < len(words) && words[k] == "the" {
		k++
	}
	count := func(i int) (int, bool) {
		if i >= len(words) {
			return 0, false
		}
		if v, ok := countWords[words[i]]; ok {
			return v, true
		}
		v, err := strconv.Atoi(words[i])
		return v, err == nil && v > 0 && v < 1000
	}
	// "the past fortnight": one, unsaid
	if k+2 == len(words) && (words[k+1] == "fortnight") {
		if d, isDir := periodDirs[words[k]]; isDir {
			return 1, words[k+1], d, true
		}
	}
	// "next three days" or "three next days"
	if k+2 < len(words) {
		if d, isDir := periodDirs[words[k]]; isDir {
			if v, isN := count(k + 1); isN {
				if _, isU := periodUnits[words[k+2]]; isU && k+3 == len(words) {
					return v, words[k+2], d, true
				}
			}
		}
		if v, isN := count(k); isN {
			if d, isDir := periodDirs[words[k+1]]; isDir {
				if _, isU := periodUnits[words[k+2]]; isU && k+3 == len(words) {
					return v, words[k+2], d, true
				}
			}
		}
	}
	return 0, "", 0, false
}

// addUnits moves day d by n units (n may be negative).
func addUnits(d day, unit string, n int) day {
	u := periodUnits[unit]
	if u.months == 0 {
		return d + day(n*u.days)
	}
	y, m, dd := d.civil()
	m += n * u.months
	y += floorDivInt(m-1, 12)
	m -= 12 * floorDivInt(m-1, 12)
	if dd > daysIn(y, m) {
		dd = daysIn(y, m)
	}
	return mkday(y, m, dd)
}

func floorDivInt(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// unitStart is the first day of the calendar unit holding d: its Monday
// for weeks, the first of its month, quarter, year or decade.
func unitStart(d day, unit string) day {
	u := periodUnits[unit]
	if u.months == 0 {
		if u.days == 1 {
			return d
		}
		return d - day((int(d.weekday())+6)%7)
	}
	y, m, _ := d.civil()
	switch u.months {
	case 3:
		m = (m-1)/3*3 + 1
	case 12:
		m = 1
	case 120:
		y, m = y/10*10, 1
	default:
	}
	return mkday(y, m, 1)
}

// periodReadings are the readings of an anchored period at the reference
// day: rolling (the N units after or before it, the reference day left
// out) and whole (the N calendar units after or before the current one).
func periodReadings(n int, unit string, dir int, ref day) []reading {
	var out []reading
	if dir > 0 {
		out = append(out, reading{min: ref + 1, max: addUnits(ref, unit, n)})
		if periodUnits[unit].days != 1 {
			start := addUnits(unitStart(ref, unit), unit, 1)
			out = append(out, reading{min: start, max: addUnits(start, unit, n) - 1})
		}
	} else {
		out = append(out, reading{min: addUnits(ref, unit, -n), max: ref - 1})
		if periodUnits[unit].days != 1 {
			end := unitStart(ref, unit)
			out = append(out, reading{min: addUnits(end, unit, -n), max: end - 1})
		}
	}
	return out
}

// unitDays is the longest a calendar unit runs, in days.
var unitDays = map[string]int{"day": 1, "days": 1, "week": 7, "weeks": 7, "fortnight": 14,
	"fortnights": 14, "month": 31, "months": 31, "quarter": 92, "quarters": 92,
	"year": 366, "years": 366, "decade": 3653, "decades": 3653}

// agoReading reads "three months ago", "two years hence", "10 days from
// now": a count of units from the reference day. The day it reaches is
// right, and so is any span of at most one such unit that holds it, since
// the text is precise only to the unit it counts (TimeML writes "three
// months ago" as a month, Recognizers-Text as a day).
func agoReading(words []string, ref day) (reading, bool) {
	if len(words) < 3 {
		return reading{}, false
	}
	n, ok := countWords[words[0]]
	if !ok {
		v, err := strconv.Atoi(words[0])
		if err != nil || v < 1 {
			return reading{}, false
		}
		n = v
	}
	unit := words[1]
	if _, ok := periodUnits[unit]; !ok {
		return reading{}, false
	}
	dir := 0
	switch rest := strings.Join(words[2:], " "); rest {
	case "ago", "back", "before now", "before today", "or so ago":
		dir = -1
	case "hence", "from now", "from today":
		dir = 1
	default:
		return reading{}, false
	}
	d := addUnits(ref, unit, dir*n)
	return reading{min: d, max: d, around: unitDays[unit]}, true
}

// weekOfMonth reads "the first week of October", "last week of July",
// "2nd last week of October 2018": the week's rank (negative from the
// month's end) and the month.
func weekOfMonth(words []string) (nth, month int, weekend, ok bool) {
	for i, w := range words {
		at := i
		switch {
		case w == "weekend" || w == "wkend":
			weekend = true
		case w == "week" && i+1 < len(words) && words[i+1] == "end":
			weekend = true
			i++
		case w == "week" || w == "wk":
		default:
			continue
		}
		if i+2 >= len(words) || words[i+1] != "of" && words[i+1] != "in" {
			continue
		}
		m, isMonth := monthWords[words[i+2]]
		if !isMonth || at == 0 {
			return 0, 0, false, false
		}
		j := at - 1
		fromEnd := false
		if words[j] == "last" {
			fromEnd = true
			if j == 0 || words[j-1] == "the" {
				return -1, m, weekend, true
			}
			j--
		}
		n, isOrd := ordinalWord(words[j])
		if !isOrd {
			return 0, 0, false, false
		}
		if fromEnd {
			n = -n
		}
		return n, m, weekend, true
	}
	return 0, 0, false, false
}

// weekendOfMonthIn is the nth weekend of month m in year y: the nth
// Saturday of the month (the last, for a negative nth) and the Sunday
// after it.
func weekendOfMonthIn(nth, y, m int) (reading, bool) {
	first, last := mkday(y, m, 1), mkday(y, m, daysIn(y, m))
	var sat day
	if nth > 0 {
		sat = first + day((6-int(first.weekday())+7)%7) + day(7*(nth-1))
	} else {
		sat = last - day((int(last.weekday())-6+7)%7) - day(7*(-nth-1))
	}
	if sat < first || sat > last {
		return reading{}, false
	}
	return reading{min: sat, max: sat + 1}, true
}

// ordinalWord reads "first" .. "fifth" and "1st" .. "5th".
func ordinalWord(w string) (int, bool) {
	switch w {
	case "first":
		return 1, true
	case "second":
		return 2, true
	case "third":
		return 3, true
	case "fourth":
		return 4, true
	case "fifth":
		return 5, true
	}
	if len(w) == 3 && isDigit(w[0]) && (strings.HasSuffix(w, "st") || strings.HasSuffix(w, "nd") || strings.HasSuffix(w, "rd") || strings.HasSuffix(w, "th")) {
		return int(w[0] - '0'), w[0] >= '1' && w[0] <= '5'
	}
	return 0, false
}

// weekOfMonthIn is the nth week of month m in year y by convention c:
// 0 counts the Monday-to-Sunday weeks that touch the month (the week of
// the 1st is the first, the week of the last day the last), 1 those
// wholly inside it.
func weekOfMonthIn(nth, y, m, c int) (reading, bool) {
	first, last := mkday(y, m, 1), mkday(y, m, daysIn(y, m))
	monday := func(d day) day { return d - day((int(d.weekday())+6)%7) }
	var start day
	switch {
	case nth > 0 && c == 0:
		start = monday(first) + day(7*(nth-1))
	case nth > 0:
		start = monday(first)
		if start < first {
			start += 7
		}
		start += day(7 * (nth - 1))
	case c == 0:
		start = monday(last) - day(7*(-nth-1))
	default:
		start = monday(last)
		if start+6 > last {
			start -= 7
		}
		start -= day(7 * (-nth - 1))
	}
	if start+6 < first || start > last {
		return reading{}, false
	}
	return reading{min: start, max: start + 6}, true
}

// weekOfDay reads "the week of October 6th": the month and the day.
func weekOfDay(words []string) (month, dom int, ok bool) {
	for i := 0; i+3 < len(words)+1; i++ {
		if words[i] != "week" || i+2 >= len(words) || words[i+1] != "of" {
			continue
		}
		m, isMonth := monthWords[words[i+2]]
		if !isMonth || i+3 >= len(words) {
			return 0, 0, false
		}
		w := strings.TrimRight(words[i+3], "stndrh")
		d, err := strconv.Atoi(w)
		if err != nil || d < 1 || d > 31 {
			if v, ok := dayWords[words[i+3]]; ok {
				return m, v, true
			}
			return 0, 0, false
		}
		return m, d, true
	}
	return 0, 0, false
}

// placeByTense places each of k readings of a calendar pattern by the
// tense: byYear(y, c) is convention c's reading in year y; the latest one
// at or before ref is kept (dir < 0), or the earliest ending at or after
// it (dir > 0).
func placeByTense(byYear func(y, c int) (reading, bool), k, refYear int, ref day, dir int) []reading {
	var out []reading
	for c := range k {
		if dir < 0 {
			for y := refYear + 1; y >= refYear-2; y-- {
				if r, ok := byYear(y, c); ok && r.min <= ref {
					out = append(out, r)
					break
				}
			}
			continue
		}
		for y := refYear - 1; y <= refYear+2; y++ {
			if r, ok := byYear(y, c); ok && r.max >= ref {
				out = append(out, r)
				break
			}
		}
	}
	return out
}

// partWords name a part of a period.
var partWords = map[string]string{
	"beginning": "early", "start": "early", "early": "early", "middle": "mid",
	"mid": "mid", "end": "late", "late": "late",
}

// partReadings read "the beginning of 2017", "mid-November", "by the end
// of next month": a part of a month or a year, whose bounds no two
// systems draw alike (the first third or the first quarter of a year;
// the 10th or the 11th to the 20th of a month). A claim naming the same
// month or year and the same part of it is right: the period is the one
// holding the reading's end for "end", its start for "beginning", its
// middle for "mid".
func partReadings(words []string, readings []reading) []reading {
	part, unit := "", ""
	for i, w := range words {
		if p, ok := partWords[w]; ok && part == "" {
			part = p
		}
		if _, ok := monthWords[w]; ok || w == "month" {
			unit = "month"
		}
		if w == "year" || len(w) == 4 && isAllDigits(w) && i > 0 && unit == "" {
			unit = "year"
		}
	}
	if part == "" || unit == "" {
		return nil
	}
	var out []reading
	for _, r := range readings {
		if r.timeOnly {
			continue
		}
		d := r.min + (r.max-r.min)/2
		switch part {
		case "early":
			d = r.min
		case "late":
			d = r.max
		}
		y, m, _ := d.civil()
		iso := fmt.Sprintf("%04d", y)
		if unit == "month" {
			iso += fmt.Sprintf("-%02d", m)
		}
		out = append(out, reading{iso: iso, mod: part})
	}
	return out
}
