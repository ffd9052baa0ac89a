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
		if (s[i] == '/' || s[i] == '-' || s[i] == '.') && isDigit(s[i-1]) && isDigit(s[i+1]) {
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

// addPastReadings gives the news reading of a bare expression whose
// expected value lies after the reference date (Duckling, and sometimes
// Recognizers-Text, read "Thursday" or "Aug 8" as the coming one): it is
// replaced by the latest past occurrence of the same calendar pattern, at
// or before the reference day. The pattern is what the text names:
//
//   - a month (by name, or as a numeric date): the same month and day a
//     year earlier, repeated until not after the reference; with a
//     weekday too ("Monday, Feb 18") the same weekday must hold, else the
//     same nth weekday of that month a year earlier;
//   - a weekday only: seven days earlier, repeated;
//   - a day of the month only ("the 24th", "on the first"): the same day a
//     month earlier.
//
// Readings of marked expressions ("next Tuesday", "in a week", "this
// summer", an explicit year) are left as they are: the text says which.
func (w *Want) addPastReadings(e *rawEntity, ref dates.Partial) {
	if w.kind != wantDate || ref.IsZero() || !isBare(e.Text) {
		return
	}
	refDay := mkday(ref.Year, ref.Month, ref.Day)
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
	for _, r := range w.readings {
		if r.timeOnly || r.within || r.min <= refDay {
			out = append(out, r)
			continue
		}
		past, ok := pastReading(r, refDay, hasMonth, hasWeekday, hasDayNum)
		if !ok {
			out = append(out, r)
			continue
		}
		out = append(out, past)
	}
	w.readings = out
	w.Display += " (news: " + w.readings[0].min.String()
	if w.readings[0].max != w.readings[0].min {
		w.Display += ".." + w.readings[0].max.String()
	}
	w.Display += ")"
}

func pastReading(r reading, ref day, hasMonth, hasWeekday, hasDayNum bool) (reading, bool) {
	shift := func(d day, years, months int) (day, bool) {
		y, m, dd := d.civil()
		m += months
		y += years
		for m < 1 {
			m += 12
			y--
		}
		if dd > daysIn(y, m) {
			return 0, false
		}
		return mkday(y, m, dd), true
	}
	p := reading{iso: "", time: r.time}
	switch {
	case hasMonth:
		lo, hi := r.min, r.max
		for lo > ref {
			var ok1, ok2 bool
			lo, ok1 = shift(lo, -1, 0)
			hi, ok2 = shift(hi, -1, 0)
			if !ok1 || !ok2 {
				return reading{}, false
			}
		}
		if hasWeekday && lo == hi && lo.weekday() != r.min.weekday() {
			// the same nth weekday of the month, a year earlier
			y, m, d := r.min.civil()
			nth := (d - 1) / 7
			yy := y - 1
			for ; ; yy-- {
				first := mkday(yy, m, 1)
				off := (int(r.min.weekday()) - int(first.weekday()) + 7) % 7
				cand := first + day(off+7*nth)
				if _, cm, _ := cand.civil(); cm != m {
					return reading{}, false
				}
				if cand <= ref {
					lo, hi = cand, cand
					break
				}
			}
		}
		p.min, p.max = lo, hi
	case hasDayNum && r.min == r.max:
		d := r.min
		for d > ref {
			var ok bool
			if d, ok = shift(d, 0, -1); !ok {
				return reading{}, false
			}
		}
		if hasWeekday && d.weekday() != r.min.weekday() {
			return reading{}, false
		}
		p.min, p.max = d, d
	case hasWeekday && r.min == r.max:
		d := r.min
		for d > ref {
			d -= 7
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
