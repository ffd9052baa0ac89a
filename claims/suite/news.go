package suite

import (
	"strconv"
	"strings"

	"crosscheck/claims/dates"
)

// The news-style date subset: the cases of the date suites that a news
// article would contain. An entity belongs to it when
//
//   - it is a date: a Recognizers-Text date or daterange, or a datetime or
//     datetimerange whose text names a day (a weekday, month, "today",
//     "tomorrow", a numeric date…), so that its date part is what a
//     reader takes from it; a Duckling time at the grain of a day, week,
//     month, quarter or year, or at a finer grain when its text names a
//     day the same way. Times of day, time ranges, durations, sets and
//     time zones are out, and so are Duckling's named holidays (a
//     calendar of religious and civic observances, not date reading);
//   - and the sentence is not a request or command to an assistant: it
//     does not open with an imperative verb ("book", "schedule", "set
//     up", "remind"…), nor ask the listener to act ("can you", "please",
//     "let's", "help me", "I want to book"…).
func isNewsDate(e *rawEntity, suite, input string) bool {
	switch {
	case strings.HasPrefix(e.Type, "datetimeV2."):
		switch strings.TrimPrefix(e.Type, "datetimeV2.") {
		case "date", "daterange":
		case "datetime", "datetimerange":
			if !namesDay(e.Text) {
				return false
			}
		default:
			return false
		}
	case strings.HasPrefix(e.Type, "time") && e.Grain != "":
		if e.Holiday != "" {
			return false
		}
		switch strings.ToLower(e.Grain) {
		case "day", "week", "month", "quarter", "year":
		default:
			if !namesDay(e.Text) {
				return false
			}
		}
	default:
		return false
	}
	return !isRequest(input)
}

var monthWords = map[string]int{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
	"april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
	"august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "october": 10,
	"oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

var weekdayWords = map[string]int{
	"sunday": 0, "sun": 0, "sundays": 0, "monday": 1, "mon": 1, "mondays": 1,
	"tuesday": 2, "tue": 2, "tues": 2, "tuesdays": 2, "wednesday": 3, "wed": 3,
	"wednesdays": 3, "thursday": 4, "thu": 4, "thur": 4, "thurs": 4,
	"thursdays": 4, "friday": 5, "fri": 5, "fridays": 5, "saturday": 6,
	"sat": 6, "saturdays": 6,
}

// dayWordsRel name a day relative to now, or a span of days.
var dayWordsRel = map[string]bool{
	"today": true, "tonight": true, "tomorrow": true, "tomorrows": true,
	"yesterday": true, "day": true, "days": true, "week": true, "weeks": true,
	"weekend": true, "fortnight": true, "month": true, "months": true,
	"year": true, "years": true,
}

// namesDay reports whether a date expression names a day: a weekday, a
// month, a relative day, or a numeric date ("2/15", "2015-03-03").
func namesDay(text string) bool {
	lower := strings.ToLower(text)
	for _, w := range splitWords(lower) {
		if _, ok := monthWords[w]; ok {
			return true
		}
		if _, ok := weekdayWords[w]; ok {
			return true
		}
		if dayWordsRel[w] {
			return true
		}
	}
	return numericDate(lower)
}

// numericDate reports whether s holds digits joined by "/" or "-" or ".":
// "2/15", "10.31.1974", "2015-03-03".
func numericDate(s string) bool {
	for i := 1; i+1 < len(s); i++ {
		if s[i] != '/' && s[i] != '-' && s[i] != '.' {
			continue
		}
		a, b := i-1, i+1
		for a > 0 && s[a] == ' ' {
			a--
		}
		for b < len(s)-1 && s[b] == ' ' {
			b++
		}
		if isDigit(s[a]) && isDigit(s[b]) {
			return true
		}
	}
	return false
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// requestVerbs open a command to an assistant.
var requestVerbs = map[string]bool{
	"book": true, "schedule": true, "set": true, "add": true, "create": true,
	"cancel": true, "move": true, "remind": true, "show": true, "find": true,
	"tell": true, "make": true, "arrange": true, "reschedule": true,
	"put": true, "send": true, "email": true, "check": true, "help": true,
	"organize": true, "organise": true, "reserve": true, "order": true,
	"search": true, "list": true, "display": true, "plan": true, "call": true,
	"give": true, "get": true, "let's": true, "lets": true, "please": true,
	"cortana": true, "setup": true, "block": true, "mark": true, "invite": true,
	"pay": true, "wake": true, "text": true,
}

// requestPhrases ask the listener to act, anywhere in the sentence.
var requestPhrases = []string{
	"can you", "could you", "would you", "will you", "can we", "could we",
	"please", "let's", "let us", "help me", "remind me", "i want to", "i'd like",
	"i would like", "i need to book", "i need to schedule", "do you have",
	"are you free", "are you available", "cortana",
}

// isRequest reports whether a sentence is a command or request to an
// assistant rather than a statement.
func isRequest(input string) bool {
	lower := strings.ToLower(input)
	words := splitWords(lower)
	if len(words) > 0 && requestVerbs[words[0]] {
		return true
	}
	padded := " " + strings.Join(words, " ") + " "
	for _, p := range requestPhrases {
		if strings.Contains(padded, " "+p+" ") {
			return true
		}
	}
	return false
}

// markers make a date expression explicitly relative or future, so that
// its reading is not a bare calendar pattern: "next", "this coming",
// "upcoming", "tomorrow", "in three days", "from now", a future tense.
var markers = map[string]bool{
	"next": true, "this": true, "coming": true, "upcoming": true,
	"following": true, "tomorrow": true, "tomorrows": true, "tonight": true,
	"today": true, "hence": true, "after": true, "later": true, "will": true,
	"shall": true, "going": true, "last": true, "past": true, "previous": true,
	"ago": true, "before": true, "current": true, "now": true, "back": true,
	"prior": true, "earlier": true, "ahead": true, "within": true, "until": true,
	"till": true, "by": true, "since": true, "from": true, "yesterday": true,
	"i'll": true, "we'll": true, "he'll": true, "she'll": true, "they'll": true,
	"you'll": true, "it'll": true, "closest": true, "nearest": true,
}

// isBare reports whether a date expression is a bare calendar pattern: no
// relative or future marker, no "in" + number ("in 3 days"), no year.
func isBare(text string) bool {
	words := splitWords(strings.ToLower(text))
	for i, w := range words {
		if markers[w] {
			return false
		}
		if w == "in" && i+1 < len(words) {
			n := words[i+1]
			if n == "a" || n == "an" || isDigit(n[0]) || dayWords[n] != 0 || n == "few" || n == "several" {
				return false
			}
		}
		if len(w) == 4 && isDigit(w[0]) {
			if y, err := strconv.Atoi(w); err == nil && y >= 1000 {
				return false
			}
		}
		if len(w) >= 3 && w[0] == '\'' && isDigit(w[1]) {
			return false // '74
		}
	}
	// "10/31/74": a numeric date of three parts carries a year.
	lower := strings.ToLower(text)
	if strings.Count(lower, "/") >= 2 || strings.Count(lower, ".") >= 2 && numericDate(lower) || strings.Count(lower, "-") >= 2 && numericDate(lower) {
		return false
	}
	return true
}

// futureWords put a sentence in the future tense.
var futureWords = map[string]bool{"will": true, "shall": true, "won't": true, "gonna": true}

// futurePhrases do the same over two words.
var futurePhrases = []string{
	" going to ", " due to ", " set to ", " scheduled to ", " expected to ",
	" plans to ", " plan to ", " planning to ", " about to ",
}

// futureTense reports whether a sentence speaks of the future: "will",
// "shall", "'ll", "going to", "is due to", "plans to"…
func futureTense(input string) bool {
	words := splitWords(strings.ToLower(strings.ReplaceAll(input, "’", "'")))
	for _, w := range words {
		if futureWords[w] || strings.HasSuffix(w, "'ll") {
			return true
		}
	}
	padded := " " + strings.Join(words, " ") + " "
	for _, p := range futurePhrases {
		if strings.Contains(padded, p) {
			return true
		}
	}
	return false
}

// newsReading resolves a bare expression the way a news reader does.
// Recognizers-Text lists both readings of a bare "Friday" or "22/04"
// (past first) and Duckling gives the coming one; a news article means
// the latest past one, or the next one when the sentence is in the
// future tense. Each reading on the wrong side of the reference day is
// replaced by the same calendar pattern on the right side: the latest
// occurrence at or before the reference day (past), or the earliest at
// or after it (future). The pattern is what the text names:
//
//   - a month (by name, or in a numeric date): the same month and day a
//     year earlier or later; with a weekday too ("Monday, Feb 18") the
//     same weekday must hold, else the same nth weekday of that month;
//   - a day of the month ("the 24th", "on the first"): the same day a
//     month earlier or later (with a weekday too, it must still hold);
//   - a weekday only: a week earlier or later.
//
// Marked expressions ("next Tuesday", "in a week", "this summer", "last
// year", an explicit year) keep the readings the suite gives, and so do
// readings that cannot be moved; where several remain, any one counts.
func (w *Want) newsReading(e *rawEntity, input string, ref dates.Partial) {
	if w.kind != wantDate || ref.IsZero() || !isBare(e.Text) {
		return
	}
	refDay := mkday(ref.Year, ref.Month, ref.Day)
	dir := -1
	if futureTense(input) {
		dir = 1
	}
	hasMonth, hasWeekday, hasDayNum := false, false, false
	words := splitWords(strings.ToLower(e.Text))
	for i, wd := range words {
		if _, ok := monthWords[wd]; ok {
			hasMonth = true
		}
		if _, ok := weekdayWords[wd]; ok {
			hasWeekday = true
		}
		if isDayNumber(words, i) {
			hasDayNum = true
		}
	}
	if numericDate(e.Text) {
		hasMonth, hasDayNum = true, true
	}
	out := w.readings[:0:0]
	seen := map[[2]day]bool{}
	for _, r := range w.readings {
		wrongSide := dir < 0 && r.min > refDay || dir > 0 && r.max < refDay
		if !r.timeOnly && !r.within && wrongSide {
			if moved, ok := moveReading(r, refDay, dir, hasMonth, hasWeekday, hasDayNum); ok {
				r = moved
			}
		}
		if k := [2]day{r.min, r.max}; !seen[k] || r.timeOnly {
			seen[k] = true
			out = append(out, r)
		}
	}
	w.readings = out
	var shown []string
	for _, r := range out {
		if r.timeOnly {
			continue
		}
		s := r.min.String()
		if r.max != r.min {
			s += ".." + r.max.String()
		}
		shown = append(shown, s)
	}
	w.Display += " (news: " + strings.Join(shown, " or ") + ")"
}

// moveReading moves a reading by the period of its calendar pattern in
// direction dir (-1 past, +1 future) until it lies on that side of ref.
func moveReading(r reading, ref day, dir int, hasMonth, hasWeekday, hasDayNum bool) (reading, bool) {
	onSide := func(lo, hi day) bool {
		if dir < 0 {
			return lo <= ref
		}
		return hi >= ref
	}
	shift := func(d day, years, months int) (day, bool) {
		y, m, dd := d.civil()
		m += months
		y += years
		for m < 1 {
			m += 12
			y--
		}
		for m > 12 {
			m -= 12
			y++
		}
		if dd > daysIn(y, m) {
			return 0, false
		}
		return mkday(y, m, dd), true
	}
	p := reading{time: r.time}
	switch {
	case hasMonth && hasWeekday && hasDayNum:
		// "Monday, Feb 18": the calendar says which year.
		return reading{}, false
	case hasMonth && hasWeekday && r.min == r.max:
		// "the first Tuesday of October": the same nth weekday of that
		// month in another year.
		y, m, d := r.min.civil()
		nth := (d - 1) / 7
		for yy := y + dir; yy != y+dir*30; yy += dir {
			first := mkday(yy, m, 1)
			off := (int(r.min.weekday()) - int(first.weekday()) + 7) % 7
			cand := first + day(off+7*nth)
			if _, cm, _ := cand.civil(); cm != m {
				return reading{}, false
			}
			if onSide(cand, cand) {
				p.min, p.max = cand, cand
				return p, true
			}
		}
		return reading{}, false
	case hasMonth:
		lo, hi := r.min, r.max
		for !onSide(lo, hi) {
			var ok1, ok2 bool
			lo, ok1 = shift(lo, dir, 0)
			hi, ok2 = shift(hi, dir, 0)
			if !ok1 || !ok2 {
				return reading{}, false
			}
		}
		p.min, p.max = lo, hi
	case hasDayNum && r.min == r.max:
		// "the 24th", "Thu 15th": the same day of another month (that
		// falls on the same weekday, when one is named).
		_, _, dd := r.min.civil()
		y, m, _ := r.min.civil()
		for k := 0; k < 36; k++ {
			m += dir
			if m < 1 {
				m, y = 12, y-1
			} else if m > 12 {
				m, y = 1, y+1
			}
			if dd > daysIn(y, m) {
				continue
			}
			cand := mkday(y, m, dd)
			if onSide(cand, cand) && (!hasWeekday || cand.weekday() == r.min.weekday()) {
				p.min, p.max = cand, cand
				return p, true
			}
		}
		return reading{}, false
	case hasWeekday && r.min == r.max:
		d := r.min
		for !onSide(d, d) {
			d += day(7 * dir)
		}
		p.min, p.max = d, d
	default:
		return reading{}, false
	}
	return p, true
}

// clockWords after a number make it a time of day.
var clockWords = map[string]bool{"am": true, "pm": true, "a": true, "p": true, "o'clock": true, "oclock": true, "h": true}

// isDayNumber reports whether words[i] can be a day of the month: 1 to 31
// in digits ("24", "24th") or words ("first"), not a clock time ("at 9",
// "9 am", "9am").
func isDayNumber(words []string, i int) bool {
	w := words[i]
	if i > 0 && words[i-1] == "at" {
		return false
	}
	if i+1 < len(words) && clockWords[words[i+1]] {
		return false
	}
	if i+1 < len(words) {
		if _, ok := weekdayWords[words[i+1]]; ok {
			return false // "the first Tuesday": which Tuesday, not which day
		}
	}
	if dayWords[w] != 0 {
		return true
	}
	digits := strings.TrimRight(w, "stndrh")
	if digits != w && !(strings.HasSuffix(w, "st") || strings.HasSuffix(w, "nd") || strings.HasSuffix(w, "rd") || strings.HasSuffix(w, "th")) {
		return false // "9h"
	}
	n, err := strconv.Atoi(digits)
	return err == nil && n >= 1 && n <= 31
}
