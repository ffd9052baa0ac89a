package suite

import (
	"fmt"
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

// numericDate reports whether s (in lower case) holds digits joined by
// "/" or "-" or ".": "2/15", "10.31.1974", "2015-03-03", "2 - 15". The
// digits of a clock time are not a date: "9:30 - 11:00", "15h30-18h" and
// "9-11am" are ranges of hours.
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
		if !isDigit(s[a]) || !isDigit(s[b]) {
			continue
		}
		as, be := a, b
		for as > 0 && isDigit(s[as-1]) {
			as--
		}
		for be < len(s) && isDigit(s[be]) {
			be++
		}
		if clockDigits(s, as, a+1) || clockDigits(s, b, be) {
			continue
		}
		return true
	}
	return false
}

// clockDigits reports whether the digits s[i:j] are part of a clock time:
// next to a colon or an "h" ("9:30", "15h30", "18h"), or before "am" or
// "pm" ("11am", "11 a.m.").
func clockDigits(s string, i, j int) bool {
	if i > 0 && (s[i-1] == ':' || s[i-1] == 'h') {
		return true
	}
	if j < len(s) && (s[j] == ':' || s[j] == 'h') {
		return true
	}
	k := j
	if k < len(s) && s[k] == ' ' {
		k++
	}
	if k < len(s) && (s[k] == 'a' || s[k] == 'p') {
		k++
		if k < len(s) && s[k] == '.' {
			k++
		}
		if k == len(s) || s[k] == 'm' || !isLetter(s[k]) {
			return true
		}
	}
	return false
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

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

// markers place a date expression relative to the reference by its own
// words, so that its reading is not a bare calendar pattern: a deictic
// word ("next", "last", "this", "coming", "past"…), a day named from
// today ("tomorrow", "yesterday", "tonight"), an offset ("ago", "hence",
// "later", "within"), or a future tense inside the expression.
// Prepositions are not markers: "from July 13-15", "until March 3" and
// "by Friday" name the same calendar pattern as "July 13-15", "March 3"
// and "Friday", whose occurrence the sentence's tense picks. "Since" is
// the exception, as it only ever looks back: "since August" is the
// latest past August whatever the verb.
var markers = map[string]bool{
	"next": true, "this": true, "coming": true, "upcoming": true,
	"following": true, "tomorrow": true, "tomorrows": true, "tonight": true,
	"today": true, "hence": true, "later": true, "will": true,
	"shall": true, "going": true, "last": true, "past": true, "previous": true,
	"preceding": true, "ago": true, "current": true, "now": true,
	"earlier": true, "ahead": true, "within": true, "yesterday": true, "since": true,
	"i'll": true, "we'll": true, "he'll": true, "she'll": true, "they'll": true,
	"you'll": true, "it'll": true, "closest": true, "nearest": true,
}

// isBare reports whether a date expression is a bare calendar pattern: no
// marker, no "in" + an amount ("in 3 days"), no year. "Last" that picks
// a unit inside a named month ("the last week of July", "last Monday of
// March") orders within the month and places nothing relative to the
// reference.
func isBare(text string) bool {
	words := splitWords(strings.ToLower(text))
	for i, w := range words {
		if markers[w] && !(w == "last" && withinMonth(words[i+1:])) &&
			!((w == "later" || w == "earlier") && (i == 0 || !amountUnits[words[i-1]])) {
			return false // "later than 9:30" bounds a time; "3 weeks later" is an offset
		}
		if w == "thousand" || w == "hundred" || (w == "nineteen" || w == "eighteen") && i+1 < len(words) && countWords[words[i+1]] >= 20 {
			return false // a year in words: "two thousand and fifteen", "nineteen eighty"
		}
		if w == "the" && i+1 < len(words) && deicticUnits[words[i+1]] && !(i+2 < len(words) && words[i+2] == "of") {
			return false // "the 31st day of the month": this month
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
	// "10/31/74": a numeric date of three parts carries a year ("from
	// 10/1 to 11/7" is two dates of two parts).
	for _, tok := range strings.Fields(strings.ToLower(text)) {
		if strings.Count(tok, "/") >= 2 || strings.Count(tok, ".") >= 2 && numericDate(tok) || strings.Count(tok, "-") >= 2 && numericDate(tok) {
			return false
		}
	}
	return true
}

// deicticUnits after "the" name the unit the reference lies in: "the
// month", "the year".
var deicticUnits = map[string]bool{"week": true, "month": true, "year": true}

// withinMonth reports whether words, which follow "last", go on to "of"
// or "in" and a month name within a few words: "week of July", "Monday
// in March".
func withinMonth(words []string) bool {
	for i := 0; i+1 < len(words) && i < 4; i++ {
		if words[i] == "of" || words[i] == "in" {
			_, ok := monthWords[words[i+1]]
			return ok
		}
	}
	return false
}

// futureWords put a sentence in the future tense.
var futureWords = map[string]bool{"will": true, "shall": true, "won't": true, "gonna": true}

// monthPreps come before "May" the month.
var monthPreps = map[string]bool{"in": true, "of": true, "since": true, "by": true, "until": true,
	"early": true, "late": true, "mid": true, "during": true, "from": true, "to": true}

// afterMonth are words that follow "May" the month rather than "may"
// the modal: "May to July", "May and June", "May of last year".
var afterMonth = map[string]bool{"to": true, "and": true, "or": true, "of": true, "for": true,
	"when": true, "the": true, "a": true, "through": true, "until": true, "in": true, "this": true,
	"last": true, "next": true}

// modalWords are the present modals that point ahead.
var modalWords = map[string]bool{"can": true, "might": true, "must": true, "should": true}

// futurePhrases do the same over two words.
var futurePhrases = []string{
	" going to ", " due to ", " set to ", " scheduled to ", " expected to ",
	" plans to ", " plan to ", " planning to ", " about to ",
}

// scheduledVerbs in the present simple speak of a scheduled event, which
// is to come: "the event starts on Sunday", "the court meets Friday".
var scheduledVerbs = map[string]bool{
	"starts": true, "begins": true, "opens": true, "closes": true, "ends": true,
	"meets": true, "convenes": true, "departs": true, "leaves": true, "arrives": true,
	"resumes": true, "expires": true, "kicks": true,
}

// futureTense reports whether a sentence speaks of the future: "will",
// "shall", "'ll", "going to", "is due to", "plans to", or a scheduled
// event in the present ("the event starts on Sunday").
func futureTense(input string) bool {
	words := splitWords(strings.ToLower(strings.ReplaceAll(input, "’", "'")))
	for i, w := range words {
		if futureWords[w] || strings.HasSuffix(w, "'ll") || scheduledVerbs[w] {
			return true
		}
		// "it may be in May", "we can leave after Feb": a present modal
		// and a verb speak of what is to come ("should have gone" is
		// past); "May" with a capital is the month.
		if modalWords[w] && i+1 < len(words) && words[i+1] != "have" && words[i+1] != "i" && words[i+1] != "you" && words[i+1] != "we" {
			return true
		}
		if w == "may" && i > 0 && !monthPreps[words[i-1]] && i+1 < len(words) && !isDigit(words[i+1][0]) && !afterMonth[words[i+1]] {
			return true // "prices may rise", not the month
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

// sentenceOf is the sentence of input that holds the entity text: the
// tense of another sentence says nothing of it.
func sentenceOf(input, entity string) string {
	start, end, ok := findFold(input, entity, 0)
	if !ok {
		return input
	}
	from, to := 0, len(input)
	for i := start - 1; i > 0; i-- {
		if (input[i-1] == '.' || input[i-1] == '?' || input[i-1] == '!') && input[i] == ' ' {
			from = i
			break
		}
	}
	for i := end; i+1 < len(input); i++ {
		if (input[i] == '.' || input[i] == '?' || input[i] == '!') && input[i+1] == ' ' {
			to = i + 1
			break
		}
	}
	return input[from:to]
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
// Anchored periods and weeks of a month are read by the conventions in
// newsconv.go.
func (w *Want) newsReading(e *rawEntity, input string, ref dates.Partial) {
	if w.kind != wantDate || ref.IsZero() {
		return
	}
	refDay := mkday(ref.Year, ref.Month, ref.Day)
	dir := -1
	if futureTense(sentenceOf(input, e.Text)) {
		dir = 1
	}
	words := splitWords(strings.ToLower(e.Text))
	if w.weekConventions(words, ref, refDay, dir) {
		w.showNews()
		return
	}
	defer func() { w.readings = append(w.readings, partReadings(words, w.readings)...) }()
	if !isBare(e.Text) {
		return
	}
	hasMonth, hasWeekday, hasDayNum, hasWeekend := false, false, false, false
	for i, wd := range words {
		if _, ok := monthWords[wd]; ok {
			hasMonth = true
		}
		if m, d := gluedMonthDay(wd); m != 0 && d != 0 {
			hasMonth, hasDayNum = true, true // "Feb13"
		}
		if wd == "weekend" {
			hasWeekend = true
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
			if moved, ok := moveReading(r, refDay, dir, hasMonth, hasWeekday || hasWeekend, hasDayNum); ok {
				r = moved
			}
		}
		if k := [2]day{r.min, r.max}; !seen[k] || r.timeOnly {
			seen[k] = true
			out = append(out, r)
		}
	}
	w.readings = out
	w.showNews()
}

// weekConventions adds the readings of an anchored period, of the nth
// week of a month, or of "the week of" a day, and reports whether the
// expression was one of these.
func (w *Want) weekConventions(words []string, ref dates.Partial, refDay day, dir int) bool {
	if n, unit, pdir, ok := anchoredPeriod(words); ok {
		w.readings = append(w.readings, periodReadings(n, unit, pdir, refDay)...)
		return true
	}
	if r, ok := agoReading(words, refDay); ok {
		w.readings = append(w.readings, r)
		return true
	}
	year, hasYear, hasWeekday := 0, false, false
	for _, wd := range words {
		if len(wd) == 4 && isDigit(wd[0]) {
			if y, err := strconv.Atoi(wd); err == nil && y >= 1000 {
				year, hasYear = y, true
			}
		}
		if _, ok := weekdayWords[wd]; ok {
			hasWeekday = true
		}
	}
	if hasWeekday {
		return false // "the first week of October on Friday" names a day
	}
	var byYear func(y, c int) (reading, bool)
	conventions := 1
	if nth, m, weekend, ok := weekOfMonth(words); ok && weekend {
		byYear = func(y, _ int) (reading, bool) { return weekendOfMonthIn(nth, y, m) }
	} else if ok {
		byYear = func(y, c int) (reading, bool) { return weekOfMonthIn(nth, y, m, c) }
		conventions = 2
	} else if m, dom, ok := weekOfDay(words); ok {
		byYear = func(y, _ int) (reading, bool) {
			if dom > daysIn(y, m) {
				return reading{}, false
			}
			d := mkday(y, m, dom)
			mon := d - day((int(d.weekday())+6)%7)
			return reading{min: mon, max: mon + 6}, true
		}
	} else {
		return false
	}
	if !hasYear && !isBare(strings.Join(words, " ")) && len(w.readings) > 0 {
		year, _, _ = w.readings[0].min.civil() // "this" or "next": the suite's year
		hasYear = true
	}
	if hasYear {
		for c := range conventions {
			if r, ok := byYear(year, c); ok {
				w.readings = append(w.readings, r)
			}
		}
		return true
	}
	// A bare pattern: the suite's readings on the wrong side of the
	// reference give way to those the tense places.
	kept := w.readings[:0]
	for _, r := range w.readings {
		if dir < 0 && r.min <= refDay || dir > 0 && r.max >= refDay {
			kept = append(kept, r)
		}
	}
	w.readings = append(kept, placeByTense(byYear, conventions, ref.Year, refDay, dir)...)
	return true
}

// showNews drops repeated readings and appends the news readings to the
// expected value's display.
func (w *Want) showNews() {
	var kept []reading
	for _, r := range w.readings {
		dup := false
		for _, o := range kept {
			if o.min == r.min && o.max == r.max && o.time == r.time && o.timeOnly == r.timeOnly && o.within == r.within && o.iso == r.iso && o.around == r.around {
				dup = true
			}
		}
		if !dup {
			kept = append(kept, r)
		}
	}
	w.readings = kept
	var shown []string
	seen := map[string]bool{}
	for _, r := range w.readings {
		if r.timeOnly {
			continue
		}
		s := r.min.String()
		if r.max != r.min {
			s += ".." + r.max.String()
		}
		if !seen[s] {
			seen[s] = true
			shown = append(shown, s)
		}
	}
	if len(shown) > 0 {
		w.Display += " (news: " + strings.Join(shown, " or ") + ")"
	}
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
		years := 0
		for !onSide(lo, hi) {
			var ok1, ok2 bool
			lo, ok1 = shift(lo, dir, 0)
			hi, ok2 = shift(hi, dir, 0)
			if !ok1 || !ok2 {
				return reading{}, false
			}
			years += dir
		}
		p.min, p.max = lo, hi
		p.iso = shiftYear(r.iso, years)
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
	case hasWeekday && r.max-r.min <= 2:
		// a weekday, or a weekend: a week earlier or later
		lo, hi := r.min, r.max
		for !onSide(lo, hi) {
			lo += day(7 * dir)
			hi += day(7 * dir)
		}
		p.min, p.max = lo, hi
	default:
		return reading{}, false
	}
	return p, true
}

// shiftYear moves a TIMEX3 value of a month, a day, a season or a
// quarter ("2016-03", "2016-SU") by whole years; week values, whose
// numbering differs from year to year, and others give "".
func shiftYear(iso string, years int) string {
	if len(iso) < 7 || iso[4] != '-' || strings.ContainsAny(iso, "WTX/") {
		return ""
	}
	y, err := strconv.Atoi(iso[:4])
	if err != nil {
		return ""
	}
	return fmt.Sprintf("%04d", y+years) + iso[4:]
}

// clockWords after a number make it a time of day.
var clockWords = map[string]bool{"am": true, "pm": true, "a": true, "p": true, "o'clock": true, "oclock": true, "h": true}

func safeAt(words []string, i int) string {
	if i < 0 || i >= len(words) {
		return ""
	}
	return words[i]
}

func isAllDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if !isDigit(w[i]) {
			return false
		}
	}
	return w != ""
}

// gluedMonthDay reads a month name glued to a day: "feb13", "sept9".
func gluedMonthDay(w string) (month, dom int) {
	i := 0
	for i < len(w) && w[i] >= 'a' && w[i] <= 'z' {
		i++
	}
	if i == 0 || i == len(w) || !isAllDigits(w[i:]) {
		return 0, 0
	}
	m, ok := monthWords[w[:i]]
	d, err := strconv.Atoi(w[i:])
	if !ok || err != nil || d < 1 || d > 31 {
		return 0, 0
	}
	return m, d
}

// amountUnits after a number make it an amount of time, not a day.
var amountUnits = map[string]bool{
	"day": true, "days": true, "week": true, "weeks": true, "month": true, "months": true,
	"year": true, "years": true, "hour": true, "hours": true, "minute": true, "minutes": true,
	"fortnight": true, "fortnights": true, "decade": true, "decades": true, "quarter": true,
	"quarters": true, "weekend": true, "weekends": true, "night": true, "nights": true,
}

// isDayNumber reports whether words[i] can be a day of the month: 1 to 31
// in digits ("24", "24th") or words ("first"), not a clock time ("at 9",
// "9 am", "9am").
func isDayNumber(words []string, i int) bool {
	w := words[i]
	if i > 0 && words[i-1] == "at" {
		return false
	}
	if i+1 < len(words) && (clockWords[words[i+1]] || amountUnits[words[i+1]]) {
		return false // "9 am"; "2 weeks", "for 10 days": an amount
	}
	if _, ok := weekdayWords[safeAt(words, i+1)]; ok && !isAllDigits(w) {
		return false // "the first Tuesday": which Tuesday, not which day ("18, Fri" is a day)
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
