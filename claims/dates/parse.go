package dates

import (
	"crosscheck/claims/number"
	"crosscheck/claims/text"
)

// A parser reads date expressions from the tokens of one sentence. voc
// holds the vocabulary entry of every token, looked up once.
type parser struct {
	src  string // the document text the tokens point into
	toks []text.Token
	voc  []uint16 // index into vocab of every token
	// fold holds every word in ASCII lower case (other bytes as they
	// are), which is what is compares; "" for numbers and marks. For a
	// word in ASCII with no possessive it is what lower returns too.
	// low is the document's text.Doc.LowerASCII, which the folds are
	// cut from.
	fold []string
	low  string
	// headline is true for a sentence in title case, where capitals say
	// nothing about names.
	headline bool
	// afterConnector is true while the far end of a range is read, where
	// "11/7" is a date: "from 10/1 to 11/7".
	afterConnector bool
	// places are the sentence's place names, found once for its dates.
	places []place
}

func (p *parser) reset(toks []text.Token) {
	p.toks = toks
	if cap(p.voc) < len(toks) {
		n := len(toks) + len(toks)/2
		p.voc = make([]uint16, len(toks), n)
		p.fold = make([]string, len(toks), n)
	}
	p.voc = p.voc[:len(toks)]
	p.fold = p.fold[:len(toks)]
	words, caps := 0, 0
	for i := range toks {
		t := &toks[i]
		var v uint16
		f := ""
		if t.Kind == text.Word {
			words++
			if t.Capitalized() {
				caps++
			}
			v = vocIndex(t)
			f = p.low[t.Start:t.End]
		}
		p.voc[i] = v
		p.fold[i] = f
	}
	p.headline = words >= 3 && caps*10 >= words*6
}

func (p *parser) w(i int) *word {
	if i < 0 || i >= len(p.voc) {
		return &vocab[0].lex
	}
	return &vocab[p.voc[i]].lex
}

// is reports whether token i is the word s (ASCII case ignored). s is
// in lower case.
func (p *parser) is(i int, s string) bool {
	return uint(i) < uint(len(p.fold)) && p.fold[i] == s
}

func (p *parser) punct(i int, s string) bool {
	return i >= 0 && i < len(p.toks) && p.toks[i].IsPunct(s)
}

// glued reports whether token i follows token i-1 with no space between.
func (p *parser) glued(i int) bool {
	return i > 0 && i < len(p.toks) && !p.toks[i].Space
}

func (p *parser) isNum(i int) bool {
	return i >= 0 && i < len(p.toks) && p.toks[i].Kind == text.Number
}

func (p *parser) capitalized(i int) bool {
	return i >= 0 && i < len(p.toks) && p.toks[i].Capitalized()
}

// digits returns the value of token i when it is a plain run of ASCII
// digits, and how many there are.
func (p *parser) digits(i int) (v, n int, ok bool) {
	if !p.isNum(i) {
		return 0, 0, false
	}
	s := p.toks[i].Text
	if len(s) > 9 {
		return 0, 0, false
	}
	for k := 0; k < len(s); k++ {
		c := s[k]
		if c < '0' || c > '9' {
			return 0, 0, false
		}
		v = v*10 + int(c-'0')
	}
	return v, len(s), true
}

// ordinalSuffix reports whether token i is "st", "nd", "rd" or "th" glued
// to a number.
func (p *parser) ordinalSuffix(i int) bool {
	if !p.glued(i) || p.toks[i].Kind != text.Word {
		return false
	}
	switch p.lower(i) {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// dayOfMonth reads a day of the month at i: "19", "19th", "nineteenth".
func (p *parser) dayOfMonth(i int) (day, next int, ok bool) {
	if v, n, ok := p.digits(i); ok {
		if n > 2 || v < 1 || v > 31 {
			return 0, 0, false
		}
		next = i + 1
		if p.ordinalSuffix(next) {
			next++
		}
		// "March 3:30" is a time, "3-inch" a size: not a day.
		if p.glued(next) && ((p.punct(next, ":") || p.punct(next, ".")) && p.isNum(next+1) && p.glued(next+1) || p.punct(next, "%")) {
			return 0, 0, false
		}
		return v, next, true
	}
	if o := p.w(i).ordinal; o > 0 {
		return int(o), i + 1, true
	}
	if v, next, ok := number.Ordinal(p.toks, i); ok && v >= 1 && v <= 31 {
		return v, next, true
	}
	return 0, 0, false
}

// year4 reads a four-digit year at i.
func (p *parser) year4(i int) (int, bool) {
	v, n, ok := p.digits(i)
	if !ok || n != 4 || v < 1000 || v > 2999 {
		return 0, false
	}
	// "1990s" is a decade, "2023:" a time or a verse, "2023%" not a year.
	if p.glued(i+1) && (p.toks[i+1].Kind != text.Punct || p.punct(i+1, ":") || p.punct(i+1, "%")) {
		return 0, false
	}
	return v, true
}

// yearAfter reads the year that may follow a month or a day: ", 2023",
// " 2023", "of 2023".
func (p *parser) yearAfter(i int) (int, int, bool) {
	j := i
	if p.punct(j, ",") || p.is(j, "of") || p.is(j, "in") {
		j++
	}
	if y, ok := p.year4(j); ok {
		return y, j + 1, true
	}
	if e, n, ok := p.wordYear(j); ok {
		return e.year, n, true // "January nineteen ninety-seven"
	}
	// "April of 87": two digits after "of".
	if p.is(i, "of") {
		if v, n, ok := p.digits(j); ok && n == 2 && !p.glued(j+1) && (j+1 >= len(p.toks) || p.toks[j+1].Kind != text.Word) {
			return century(v), j + 1, true
		}
	}
	// "Dec. 7 '41": an apostrophe and two digits.
	if (p.punct(j, "'") || p.punct(j, "\u2019")) && p.glued(j+1) {
		if v, n, ok := p.digits(j + 1); ok && n == 2 && !p.glued(j+2) {
			return century(v), j + 2, true
		}
	}
	return 0, 0, false
}

// century puts a two-digit year in the century a news reader expects.
func century(yy int) int {
	if yy < 40 {
		return 2000 + yy
	}
	return 1900 + yy
}

// relYear reads "last year", "this year", "next year" (possibly after
// "of"), giving the offset from the reference year.
func (p *parser) relYear(i int) (off, next int, ok bool) {
	j := i
	if p.is(j, "of") {
		j++
	}
	r := p.w(j).rel
	if r == relNone || p.w(j+1).unit != gYear || p.w(j+1).plural || p.is(j, "past") {
		return 0, 0, false
	}
	return relOffset(r), j + 2, true
}

func relOffset(r rel) int {
	switch r {
	case relLast:
		return -1
	case relNext:
		return 1
	}
	return 0
}

// ambiguousMonth lists month names that are also common words.
func ambiguousMonth(m int8) bool { return m == 3 || m == 5 || m == 8 }

// monthContext reports whether the word before a bare month name makes it
// a date: "in May", "since March", "early August".
func (p *parser) monthContext(i int) bool {
	if i == 0 {
		return false
	}
	switch p.lower(i - 1) {
	case "in", "since", "until", "till", "by", "during", "from", "through", "before",
		"after", "of", "to", "last", "next", "this", "early", "late", "mid", "between",
		"and", "or", "-", "that", "on", "throughout", "around", "for", "into", "as",
		"starting", "beginning", "ending", "end", "past", "coming", "following":
		return true
	case "the":
		// "the March accession": a month before a noun it dates.
		return p.toks[i].Capitalized() && i+1 < len(p.toks) && p.toks[i+1].Kind == text.Word && !p.toks[i+1].Capitalized() && !p.is(i+1, "of")
	}
	return false
}

// parseMonth reads a date that starts with a month name: "December 19",
// "Dec. 19, 2021", "September 2019", "June last year", "December".
func (p *parser) parseMonth(i int) (expr, int, bool) {
	lw := p.w(i)
	m := lw.month
	j := i + 1
	if lw.abbr {
		if p.punct(j, ".") && p.glued(j) {
			j++
		} else if len(p.toks[i].Text) == 3 && !p.isNum(j) && !(p.punct(j, ",") && p.isNum(j+1)) &&
			!(p.glued(j) && (p.punct(j, "/") || p.punct(j, "-")) && p.isNum(j+1)) && !p.monthRange(j) && !p.afterConnector &&
			!p.monthClosesPrep(i, j) {
			return expr{}, 0, false // "Mar", "Jan" alone are names more often than months
		}
	}
	e := newExpr(kCal, gMonth)
	e.month = int(m)
	e.rule = yrNearest
	// "Dec/2018", "Dec-2018", "Oct/2": a month, a slash or dash, a year or
	// a day, all glued.
	if p.glued(j) && (p.punct(j, "/") || p.punct(j, "-")) && p.glued(j+1) {
		if v, n, ok := p.digits(j + 1); ok && (!p.glued(j+2) || p.punct(j+2, "-") || p.punct(j+2, "\u2013")) {
			switch {
			case n == 4 && v >= 1000 && v < 3000:
				e.year, e.rule = v, yrExplicit
				return e, j + 2, true
			case n <= 2 && v >= 1 && v <= monthLen(2000, e.month):
				e.g, e.day = gDay, v
				// "Sep-23-2020": the year glued on with the same mark
				if p.punct(j+2, p.toks[j].Text) && p.glued(j+2) && p.glued(j+3) {
					if y, yn, ok := p.digits(j + 3); ok && yn == 4 && y >= 1000 && y < 3000 && !(p.glued(j+4) && (p.isNum(j+4) || p.toks[j+4].Kind == text.Word)) {
						e.year, e.rule = y, yrExplicit
						return e, j + 4, true
					}
				}
				return e, j + 2, true
			}
		}
	}
	if p.is(j, "the") {
		if d, k, ok := p.dayOfMonth(j + 1); ok && !p.isNum(j+1) || ok && p.ordinalSuffix(j+2) {
			e.day, e.g, j = d, gDay, k
		}
	} else if d, k, ok := p.dayOfMonth(j); ok {
		// A lone number after a month is a day unless it is followed by a
		// unit ("May 5 miles" is not a date) — rare enough to ignore.
		if _, n, isDigits := p.digits(j); !isDigits || n <= 2 {
			e.day, e.g, j = d, gDay, k
		}
	}
	if e.g == gMonth && e.day == 0 {
		// "May twenty nine", "January twenty-fourth": a day in words.
		if d, k, ok := p.dayInWords(j); ok && d <= monthLen(2000, e.month) {
			e.day, e.g, j = d, gDay, k
		}
	}
	if y, k, ok := p.yearAfter(j); ok {
		e.year, e.rule, j = y, yrExplicit, k
	} else if e.g == gDay && p.punct(j, ",") && p.w(j+1).weekday != 0 && !p.w(j+1).plural && !p.isNum(j+2) && p.w(j+2).month == 0 {
		// "Jul 18, Fri": the weekday named after the date picks its year.
		e.wd = int(p.w(j + 1).weekday)
		j += 2
		if p.w(j-1).abbr && p.punct(j, ".") && p.glued(j) {
			j++
		}
	} else if off, k, ok := p.relYear(j); ok && e.day == 0 {
		e.rule, e.yearOff, j = yrOffset, off, k
	} else if p.is(j, "after") && p.is(j+1, "next") {
		e.rule, e.n, e.tenseFixed, j = yrNext, 1, true, j+2 // "March after next"
	}
	if e.g == gMonth && e.rule == yrNearest && !p.monthRange(j) && !p.afterConnector && !p.fragment(i, j) {
		// A month standing alone as the whole sentence (a heading, a
		// list item) is a month; elsewhere a bare one needs context.
		// After a preposition of time and closing its phrase, a month in
		// lower case or abbreviated is still one: "leave after Feb",
		// "it may be in may".
		timePrep := p.monthClosesPrep(i, j)
		if ambiguousMonth(m) && !p.capitalized(i) && !allLower(p.toks) && !timePrep {
			return expr{}, 0, false
		}
		if ambiguousMonth(m) && !p.monthContext(i) {
			return expr{}, 0, false
		}
		if lw.abbr && !timePrep {
			return expr{}, 0, false
		}
	}
	if e.day > 0 && e.year != 0 && e.day > monthLen(e.year, e.month) || e.day > monthLen(2000, e.month) {
		return expr{}, 0, false
	}
	return e, j, true
}

// monthClosesPrep reports whether the month name at i, ending at j,
// closes a phrase opened by a preposition of time: "leave after Feb.",
// "it may be in may". There, a month in lower case or abbreviated is
// still a month ("after Jan finished" is not, as a word follows).
func (p *parser) monthClosesPrep(i, j int) bool {
	return p.yearPrep(i-1) && (j >= len(p.toks) || p.toks[j].Kind == text.Punct && !p.punct(j, "-") && !p.punct(j, "/"))
}

// monthRange reports whether a range connector and a month name follow
// at j: "Jan-Feb 2017", "May to March".
func (p *parser) monthRange(j int) bool {
	switch p.lower(j) {
	case "-", "\u2013", "to", "through", "till", "until", "and":
		return p.w(j+1).month != 0
	}
	return false
}

// parseDayMonth reads a day before its month: "19 December 2021", "the
// 19th of December", "first of March".
func (p *parser) parseDayMonth(i int) (expr, int, bool) {
	j := i
	if p.is(j, "the") {
		j++
	}
	d, k, ok := p.dayOfMonth(j)
	if !ok {
		return expr{}, 0, false
	}
	switch p.lower(j - 1) {
	case "$", "\u00a3", "\u20ac", "\u00a5":
		return expr{}, 0, false // "$12 December 19": an amount, then a date
	}
	// A bare "5 May" needs the digits glued or spaced; "the 5th of May".
	if p.is(k, "of") {
		k++
	}
	mw := p.w(k)
	if mw.month == 0 || ambiguousMonth(mw.month) && !p.capitalized(k) && !p.isNum(k+1) && !p.afterConnector {
		return expr{}, 0, false
	}
	if mw.abbr && len(p.toks[k].Text) == 3 && !p.punct(k+1, ".") && !p.isNum(k+1) && !p.capitalized(k) && !p.afterConnector {
		return expr{}, 0, false
	}
	e := newExpr(kCal, gDay)
	e.month, e.day, e.rule = int(mw.month), d, yrNearest
	k++
	if mw.abbr && p.punct(k, ".") && p.glued(k) {
		k++
	}
	if y, n, ok := p.yearAfter(k); ok {
		e.year, e.rule, k = y, yrExplicit, n
	}
	if d > monthLen(2000, e.month) || e.year != 0 && d > monthLen(e.year, e.month) {
		return expr{}, 0, false
	}
	return e, k, true
}

// parseNumeric reads all-digit dates: "2021-12-19", "12/19/2021",
// "19.12.2021", "12/19" (with context), "31-Oct-74".
func (p *parser) parseNumeric(i int) (expr, int, bool) {
	t := p.toks[i]
	// "10.31.1974": the lexer keeps dotted digits together.
	if parts, ok := dotted(t.Text); ok {
		y, m, d, ok := orderDMY(parts[0], parts[1], parts[2])
		if !ok {
			return expr{}, 0, false
		}
		return calDay(y, m, d), i + 1, true
	}
	a, an, ok := p.digits(i)
	if !ok {
		return expr{}, 0, false
	}
	// "20161016": a compact ISO date, as file names and URLs write it.
	if an == 8 && !p.glued(i+1) || an == 8 && !p.isNum(i+1) && p.toks[i+1].Kind != text.Word {
		y, m, d := a/10000, a/100%100, a%100
		if y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= monthLen(y, m) {
			return calDay(y, m, d), i + 1, true
		}
		return expr{}, 0, false
	}
	// "2/15", "2-15", "2 / 15" standing alone (a caption, a listing): a
	// month and a day, as nothing around makes it a score or a ratio.
	if an <= 2 && (p.punct(i+1, "/") || p.punct(i+1, "-")) && p.fragment(i, i+3) {
		if b, bn, ok := p.digits(i + 2); ok && bn <= 2 && a >= 1 && a <= 12 && b >= 1 && b <= monthLen(2000, a) {
			e := newExpr(kCal, gDay)
			e.month, e.day, e.rule = a, b, yrNearest
			return e, i + 3, true
		}
	}
	sep := ""
	if p.glued(i+1) && (p.punct(i+1, "/") || p.punct(i+1, "-")) && p.glued(i+2) {
		sep = p.toks[i+1].Text
	}
	if sep == "" {
		return expr{}, 0, false
	}
	// "2020/Sep/23", "2019-aug-01": a year, a month named, a day
	if mw := p.w(i + 2); mw.month != 0 && an == 4 && a >= 1000 && a < 3000 && p.punct(i+3, sep) && p.glued(i+3) && p.glued(i+4) {
		if d, dn, ok := p.digits(i + 4); ok && dn <= 2 && d >= 1 && d <= monthLen(a, int(mw.month)) && !(p.glued(i+5) && (p.isNum(i+5) || p.toks[i+5].Kind == text.Word)) {
			return calDay(a, int(mw.month), d), i + 5, true
		}
		return expr{}, 0, false
	}
	// "31-Oct-74", "31/Oct/1974"
	if mw := p.w(i + 2); mw.month != 0 && an <= 2 && p.punct(i+3, sep) && p.glued(i+3) && p.glued(i+4) {
		if yv, yn, ok := p.digits(i + 4); ok && (yn == 2 || yn == 4) && !p.glued(i+5) {
			y := yv
			if yn == 2 {
				y = century(yv)
			}
			if a >= 1 && a <= monthLen(y, int(mw.month)) {
				return calDay(y, int(mw.month), a), i + 5, true
			}
		}
		return expr{}, 0, false
	}
	b, bn, ok := p.digits(i + 2)
	if !ok {
		return expr{}, 0, false
	}
	third := p.glued(i+3) && p.punct(i+3, sep) && p.glued(i+4)
	if third {
		c, cn, ok := p.digits(i + 4)
		if !ok || p.glued(i+5) && (p.isNum(i+5) || p.punct(i+5, sep) && p.glued(i+6) && p.isNum(i+6) && p.digitsLen(i+6) <= 2) {
			return expr{}, 0, false // "2020-07-01-05" runs on; "2018-09-23-page" does not
		}
		if an == 4 && bn <= 2 && cn <= 2 { // 2021-12-19
			if b >= 1 && b <= 12 && c >= 1 && c <= monthLen(a, b) {
				return calDay(a, b, c), i + 5, true
			}
			return expr{}, 0, false
		}
		if an <= 2 && bn <= 2 && (cn == 4 || cn == 2) {
			y := c
			if cn == 2 {
				y = century(c) // "10/31/74"
			}
			y, m, d, ok := orderDMY(a, b, y)
			if !ok {
				return expr{}, 0, false
			}
			return calDay(y, m, d), i + 5, true
		}
		return expr{}, 0, false
	}
	if p.glued(i+3) && (p.isNum(i+3) || p.punct(i+3, sep) || p.punct(i+3, "%")) {
		return expr{}, 0, false
	}
	// "2/2013", "12-2015": a month and a year; "2015-12", "2014/10",
	// "2015-3": a year and a month. "2010-11" may be a season of two
	// years, so a month that is the next year's last digits is left alone.
	if an <= 2 && bn == 4 && a >= 1 && a <= 12 && b >= 1000 && b < 3000 {
		e := newExpr(kCal, gMonth)
		e.year, e.month, e.rule = b, a, yrExplicit
		return e, i + 3, true
	}
	if an == 4 && bn <= 2 && b >= 1 && b <= 12 && a >= 1000 && a < 3000 && b != (a+1)%100 && !p.is(i+3, "season") {
		e := newExpr(kCal, gMonth)
		e.year, e.month, e.rule = a, b, yrExplicit
		return e, i + 3, true
	}
	// "12/19" without a year: where the words around make it a date, or
	// where the second number cannot be a month, since "1/2" and "24/7"
	// are not dates and "2/15" rarely a fraction.
	// "23/12" is as plain, the day first, where the first cannot be a
	// month.
	plain := b > 12 && a <= 12 || a > 12 && b <= 12 && !(a == 24 && b == 7) // "24/7" is round the clock
	// "10/1-11/2/2017": the start of a range whose end has the year
	rangeStart := p.punct(i+3, "-") && p.glued(i+3) && p.isNum(i+4) && p.glued(i+4) && p.punct(i+5, "/") && p.punct(i+7, "/")
	if sep == "/" && an <= 2 && bn <= 2 && (p.dateContext(i) || rangeStart || plain && !p.isNum(i-1) && !p.unitAfter(i+3)) {
		if m, d, ok := orderMD(a, b); ok {
			e := newExpr(kCal, gDay)
			e.month, e.day, e.rule = m, d, yrNearest
			if y, n, ok := p.yearAfter(i + 3); ok && p.punct(i+3, ",") {
				e.year, e.rule = y, yrExplicit // "5/7, 2020"
				return e, n, true
			}
			return e, i + 3, true
		}
	}
	return expr{}, 0, false
}

// digitsLen is the number of characters of token k.
func (p *parser) digitsLen(k int) int { return len(p.toks[k].Text) }

// unitAfter reports whether token k is a word that makes a number before
// it a measure: "3/16 inch", "1/2 cup".
func (p *parser) unitAfter(k int) bool {
	if k >= len(p.toks) || p.toks[k].Kind != text.Word {
		return false
	}
	switch p.lower(k) {
	case "inch", "inches", "in", "cup", "cups", "mile", "miles", "teaspoon", "tablespoon",
		"pound", "pounds", "lb", "oz", "ounce", "ounces", "of", "share", "shares", "point", "points":
		return true
	}
	return false
}

// dateContext reports whether the word before i introduces a date.
func (p *parser) dateContext(i int) bool {
	if p.afterConnector {
		return true
	}
	if i == 0 {
		return false
	}
	if p.w(i-1).weekday != 0 {
		return true
	}
	switch p.lower(i - 1) {
	case "on", "since", "until", "till", "by", "from", "through", "before", "after", "dated", "between",
		"this", "next", "last":
		return true
	}
	return p.punct(i-1, ",") && p.w(i-2).weekday != 0
}

func calDay(y, m, d int) expr {
	e := newExpr(kCal, gDay)
	e.year, e.month, e.day, e.rule = y, m, d, yrExplicit
	return e
}

// dotted splits "10.31.1974" (month, day, year) or "2021.12.19" into
// month, day and year. Version numbers ("1.2.3") are not dates.
func dotted(s string) ([3]int, bool) {
	var out, size [3]int
	k := 0
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == '.' {
			if size[k] == 0 || i < len(s) && k == 2 {
				return out, false
			}
			if i < len(s) {
				k++
			}
			continue
		}
		if s[i] < '0' || s[i] > '9' || size[k] >= 4 {
			return out, false
		}
		out[k] = out[k]*10 + int(s[i]-'0')
		size[k]++
	}
	switch {
	case k != 2:
		return out, false
	case size[0] == 4 && size[1] <= 2 && size[2] <= 2:
		return [3]int{out[1], out[2], out[0]}, true
	case size[0] <= 2 && size[1] <= 2 && size[2] == 4:
		return out, true
	case size[0] <= 2 && size[1] <= 2 && size[2] == 2:
		return [3]int{out[0], out[1], century(out[2])}, true
	}
	return out, false
}

// orderDMY reads a, b as month and day (American order), or as day and
// month when a cannot be a month.
func orderDMY(a, b, y int) (int, int, int, bool) {
	m, d, ok := orderMD(a, b)
	if !ok || y < 1000 || d > monthLen(y, m) {
		return 0, 0, 0, false
	}
	return y, m, d, true
}

func orderMD(a, b int) (int, int, bool) {
	switch {
	case a >= 1 && a <= 12 && b >= 1 && b <= 31:
		return a, b, true
	case b >= 1 && b <= 12 && a >= 13 && a <= 31:
		return b, a, true
	}
	return 0, 0, false
}
