package suite

import (
	"fmt"
	"strconv"
	"strings"
)

// rtDateWant reads a Recognizers-Text datetimeV2 entity. Its resolved
// value (or any of its alternatives) gives the readings:
//
//   - date "2016-11-07": that day;
//   - daterange "a/b": the days [a, b-1], since Recognizers-Text ends
//     ranges exclusively ("2016-09-01/2016-10-01" is September); when the
//     text names the end itself ("between 3 and 12 of Sept", "2014 to
//     2018", "from May to September") the inclusive reading, to the end
//     of that day, year or month, is accepted too, as English means it;
//   - an open range ("2016-08-01/" since August, "/2018-01-01" before
//     2018): its anchor, read from the timex, since a date claim has no
//     open-ended intervals;
//   - datetime, datetimerange: the day(s), and outside the news reading
//     the start time of day;
//   - time, timerange: the time of day only;
//   - duration: the timex in seconds; set: the timex as a ref.
func rtDateWant(e *rawEntity, news bool) Want {
	timex := ""
	if e.Timex != nil {
		timex = *e.Timex
	}
	value := stringValue(e.Value)
	w := Want{Display: value}
	if timex != "" && timex != value {
		w.Display = value + " (" + timex + ")"
	}
	typ := strings.TrimPrefix(e.Type, "datetimeV2.")
	if typ == "" {
		typ = rtTypeOf(timex, value)
	}
	switch typ {
	case "duration":
		sec, unspec, ok := parseDuration(timex)
		if ok {
			w.kind, w.seconds, w.unspecified = wantDuration, sec, unspec
		}
		return w
	case "set":
		w.kind, w.ref = wantRef, timex
		return w
	case "timezone":
		return w
	}
	values := e.Alternatives
	if len(values) == 0 {
		values = []string{value}
	}
	iso := ""
	if timex != "" && !strings.ContainsAny(timex, "X(") {
		iso = timex
	}
	withTime := !news && (typ == "datetime" || typ == "datetimerange")
	for _, v := range values {
		if typ == "time" || typ == "timerange" {
			start, end, _ := strings.Cut(v, "/")
			if start == "" {
				start = end // "/07:00:00": as late as 7
			}
			if t, ok := timeOfDay(start); ok {
				w.readings = append(w.readings, reading{time: t, timeOnly: true, iso: iso})
			}
			continue
		}
		if timex == "PRESENT_REF" {
			r := reading{iso: timex}
			if d, ok := parseDay(v); ok {
				r.min, r.max = d, d
			} else if _, b, _ := strings.Cut(v, "/"); b != "" {
				if d, ok := parseDay(b); ok {
					r.min, r.max = d, d
				}
			}
			w.readings = append(w.readings, r)
			continue
		}
		if v == "not resolved" {
			if r, ok := timexDate(timex); ok {
				w.readings = append(w.readings, r)
			}
			continue
		}
		a, b, isRange := strings.Cut(v, "/")
		if !isRange {
			d, ok := parseDay(a)
			if !ok {
				continue
			}
			r := reading{min: d, max: d, iso: iso}
			if withTime {
				r.time = clockOf(a)
			}
			w.readings = append(w.readings, r)
			continue
		}
		if a == "" || b == "" {
			// An open range: the anchor, which a tuple timex gives as a
			// span: "as early as next year's first quarter" is
			// "(2019-01-01,2019-04-01,P3M)".
			if lo, hi, ok := timexTuple(timex); ok {
				w.readings = append(w.readings, reading{min: lo, max: hi})
				continue
			}
			side := a + b
			if r, ok := timexDate(withYear(timex, side)); ok {
				if !withTime {
					r.time = ""
				}
				w.readings = append(w.readings, r)
			} else if d, ok := parseDay(side); ok {
				w.readings = append(w.readings, reading{min: d, max: d})
			}
			continue
		}
		start, ok1 := parseDay(a)
		end, ok2 := parseDay(b)
		if !ok1 || !ok2 {
			continue
		}
		last := end - 1
		if t := clockOf(b); t != "" && t != "00:00" {
			last = end // "2016-11-08 20:00:00/2016-11-08 23:59:59"
		}
		if last < start {
			last = start
		}
		r := reading{min: start, max: last, iso: iso}
		if withTime {
			r.time = clockOf(a)
		}
		w.readings = append(w.readings, r)
		if last == end-1 && !strings.Contains(b, " ") {
			if incl, ok := inclusiveEnd(e.Text, end); ok {
				r.max = incl
				r.iso = ""
				w.readings = append(w.readings, r)
			}
		}
	}
	if len(w.readings) > 0 {
		w.kind = wantDate
	}
	return w
}

// timexTuple reads a Recognizers-Text range timex "(2019-01-01,2019-04-01,P3M)"
// as the days it covers, its end being exclusive.
func timexTuple(timex string) (day, day, bool) {
	if !strings.HasPrefix(timex, "(") || !strings.HasSuffix(timex, ")") {
		return 0, 0, false
	}
	parts := strings.Split(timex[1:len(timex)-1], ",")
	if len(parts) != 3 {
		return 0, 0, false
	}
	lo, ok1 := parseDay(parts[0])
	end, ok2 := parseDay(parts[1])
	if !ok1 || !ok2 || end <= lo {
		return 0, 0, false
	}
	return lo, end - 1, true
}

// inclusiveEnd reads the end of a Recognizers-Text range as English means
// it when the text names that end: "to the 12th" ends on the 12th, "2014
// to 2018" at the end of 2018, "from May to September" at the end of
// September, where Recognizers-Text writes 2018-01-01 or 09-01 as an
// exclusive end.
//
// A range that ends on a day named from today ("between Jan 22 and now",
// "from March to date", "until tomorrow") includes that day, and one
// that ends on a quarter ("from 2017 Q1 to 2018 Q1") includes the
// quarter.
func inclusiveEnd(text string, end day) (day, bool) {
	y, m, d := end.civil()
	words := splitWords(strings.ToLower(text))
	last := ""
	if len(words) > 0 {
		last = words[len(words)-1]
	}
	switch {
	case todayWords[last]:
		return end, true
	case weekdayWords[last] == int(end.weekday()) && isWeekdayWord(last):
		return end, true // "from next Monday to Friday"
	case d == 1 && (m-1)%3 == 0 && mentionsQuarter(words, (m-1)/3+1):
		return mkday(y, m+3, 1) - 1, true // before the year: "to 2018 q1"
	case mentionsDay(text, d):
		return end, true
	case d == 1 && m == 1 && mentionsWord(text, strconv.Itoa(y)):
		return mkday(y, 12, 31), true
	case d == 1 && mentionsMonth(text, m):
		return mkday(y, m, daysIn(y, m)), true
	}
	return 0, false
}

func isWeekdayWord(w string) bool { _, ok := weekdayWords[w]; return ok }

// todayWords end a range on a day named from the reference day.
var todayWords = map[string]bool{"now": true, "today": true, "tomorrow": true,
	"yesterday": true, "date": true, "present": true, "tonight": true}

// mentionsQuarter reports whether words name quarter q: "q3", "third
// quarter", "3rd quarter".
func mentionsQuarter(words []string, q int) bool {
	for i, w := range words {
		if w == "q"+strconv.Itoa(q) {
			return true
		}
		if i+1 < len(words) && (words[i+1] == "quarter" || words[i+1] == "qtr") {
			if n, ok := ordinalWord(w); ok && n == q {
				return true
			}
		}
	}
	return false
}

func mentionsWord(text, w string) bool {
	for _, x := range splitWords(strings.ToLower(text)) {
		if x == w {
			return true
		}
	}
	return false
}

func mentionsMonth(text string, m int) bool {
	for _, x := range splitWords(strings.ToLower(text)) {
		if monthWords[x] == m {
			return true
		}
	}
	return false
}

// rtTypeOf guesses the type of an untyped Recognizers-Text entity.
func rtTypeOf(timex, value string) string {
	switch {
	case strings.HasPrefix(timex, "P"):
		return "duration"
	case strings.Contains(value, "/"):
		return "daterange"
	case strings.Contains(value, ":"):
		return "datetime"
	}
	return "date"
}

// clockOf is the "hh:mm" of "2016-11-07 08:00:00", or "".
func clockOf(v string) string {
	_, t, ok := strings.Cut(v, " ")
	if !ok || len(t) < 5 {
		return ""
	}
	n, ok := timeOfDay(t)
	if !ok {
		return ""
	}
	return n
}

// withYear puts the year of a resolved day into a timex whose year is
// unspecified: "XXXX-08" with "2016-08-01" is "2016-08".
func withYear(timex, resolved string) string {
	if strings.HasPrefix(timex, "XXXX-") && len(resolved) >= 4 {
		if _, err := strconv.Atoi(resolved[:4]); err == nil {
			return resolved[:4] + timex[4:]
		}
	}
	return timex
}

// dayWords are the spelled-out days of the month a range may end on.
var dayWords = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
	"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
	"twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
	"sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
	"twentieth": 20, "thirtieth": 30, "one": 1, "two": 2, "three": 3,
	"four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
	"fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19, "twenty": 20, "thirty": 30,
}

// mentionsDay reports whether text names day n of a month, in digits
// ("12", "12th") or words ("twelfth", "twenty-first").
func mentionsDay(text string, n int) bool {
	words := splitWords(strings.ToLower(text))
	for i, w := range words {
		digits := strings.TrimRight(w, "stndrh")
		if v, err := strconv.Atoi(digits); err == nil && v == n && len(digits) <= 2 {
			return true
		}
		if v, ok := dayWords[w]; ok {
			if v >= 20 && i+1 < len(words) {
				if u, ok := dayWords[words[i+1]]; ok && u < 10 {
					v += u
				}
			}
			if v == n {
				return true
			}
		}
	}
	return false
}

// splitWords splits on anything that is not a letter, digit or
// apostrophe, except a colon between digits: a clock time ("8:00",
// "9:30:15") stays one word, so its digits are never read as a day.
func splitWords(s string) []string {
	var out []string
	start := -1
	for i, r := range s {
		in := r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '\'' || r > 127 ||
			r == ':' && i > 0 && isDigit(s[i-1]) && i+1 < len(s) && isDigit(s[i+1])
		switch {
		case in && start < 0:
			start = i
		case !in && start >= 0:
			out = append(out, s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

// ducklingTimeWant reads a Duckling time: a value at a grain ("2013-02-15
// T00:00:00", Day), an interval whose end is exclusive at its grain, or an
// open interval (read as its anchor).
func ducklingTimeWant(e *rawEntity, news bool) Want {
	value := stringValue(e.Value)
	w := Want{Display: value}
	grain := strings.ToLower(e.Grain)
	start, ok := parseDay(value)
	if !ok {
		return w
	}
	clock := ""
	if grain == "hour" || grain == "minute" || grain == "second" {
		if len(value) >= 16 {
			clock = value[11:16]
		}
	}
	if news {
		clock = ""
	}
	r := reading{min: start, max: start, time: clock}
	if e.Type == "time/interval" {
		endStr := stringValue(e.End)
		end, ok := parseDay(endStr)
		if !ok {
			return w
		}
		w.Display = value + "/" + endStr
		last := end
		if len(endStr) >= 19 && endStr[11:19] == "00:00:00" {
			last = end - 1
		}
		if last < start {
			last = start
		}
		r.max = last
		// Duckling starts a weekend at 18:00 on Friday: by the date, a
		// span of days that opens in the evening opens the next day.
		if news && last > start && len(value) >= 13 && value[11:13] >= "18" {
			r.min++
		}
		r.iso = seasonISO(e.Text, r.min, r.max)
	} else {
		y, m, _ := start.civil()
		switch grain {
		case "week":
			r.max = start + 6
		case "month":
			r.max = mkday(y, m, daysIn(y, m))
		case "quarter":
			r.max = mkday(y, m+3, 1) - 1
		case "year":
			r.max = mkday(y, 12, 31)
		}
		if e.Type == "time/open-interval" {
			w.Display = strings.ToLower(e.Direction) + " " + value
		}
	}
	w.kind, w.readings = wantDate, []reading{r}
	return w
}

// seasonISO is the TIMEX3 value of a season ("2013-SU") that an interval
// of about three months stands for when the text names a season: a
// season is right by its name whatever dates a system gives it (Duckling
// counts them from the solstices and equinoxes, crosscheck by whole
// months). The season is the one the interval's middle falls in, and
// winter takes the year of its December.
func seasonISO(text string, lo, hi day) string {
	if n := hi - lo; n < 80 || n > 100 {
		return ""
	}
	named := false
	for _, w := range splitWords(strings.ToLower(text)) {
		switch w {
		case "spring", "summer", "fall", "autumn", "winter", "season", "seasons":
			named = true
		}
	}
	if !named {
		return ""
	}
	y, m, _ := (lo + (hi-lo)/2).civil()
	code := [...]string{"WI", "WI", "WI", "SP", "SP", "SP", "SU", "SU", "SU", "FA", "FA", "FA", "WI"}[m]
	if m <= 2 {
		y--
	}
	return fmt.Sprintf("%04d-%s", y, code)
}
