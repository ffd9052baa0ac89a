package suite

import (
	"encoding/json"
	"fmt"
	"math"
	"strconv"
	"strings"

	"crosscheck/claims"
	"crosscheck/claims/dates"
	"crosscheck/claims/quantity"
)

type wantKind uint8

const (
	wantNone     wantKind = iota // not scorable: never right
	wantMeasure                  // a value in a unit
	wantRange                    // an interval of values in a unit
	wantNumber                   // a plain number
	wantDate                     // one of several date readings
	wantDuration                 // a span of time in seconds
	wantRef                      // PRESENT_REF, PAST_REF, FUTURE_REF, or a SET value
)

// Want is an expected entity's normalized value and the rule that says
// whether a claim's value is right.
type Want struct {
	kind wantKind
	// Display is the expected value as the failure list shows it.
	Display string

	// measure, range: the expected value(s) in the suite's unit u.
	u      unit
	value  float64
	lo, hi float64 // ±Inf for an unbounded end
	// loOpen and hiOpen tell the ends of an interval written "(20,30]";
	// checkOpen is set when they are known.
	loOpen, hiOpen, checkOpen bool
	// statedOK lets a claim's stated value match a range given as a
	// value with its uncertainty ("47 ± 3 mg").
	statedOK bool

	readings []reading // date

	seconds     float64 // duration
	unspecified bool    // "PXY": at least one unit

	ref string // ref, set

	// timex, for a TimeML expectation, is the TIMEX3 value: a date claim
	// whose ISO is that very value is right whatever type the annotator
	// gave it ("daily" typed DATE with the value P1D).
	timex string
}

// A reading is one acceptable date: an interval of days, with a time of
// day when the expected value has one.
type reading struct {
	min, max day
	// within: the claim's interval must lie inside [min, max] rather than
	// equal it (an expected value with unspecified digits, "1998-XX").
	within bool
	// iso, when set, is a TIMEX3 value a claim may also give exactly;
	// with mod set, the claim must name the same part of it ("early",
	// "mid", "late"): "the beginning of 2017" is 2017, early.
	iso string
	mod string
	// around, when set, accepts a claim whose interval holds the day min
	// and spans at most around days: "three months ago" is right as the
	// day three months back or as the month that holds it, not as the
	// year.
	around int
	// time is "14:00" or a part of the day ("NI"); when set the claim must
	// give the same time. timeOnly readings have no date part.
	time     string
	timeOnly bool
}

const tolerance = 0.005 // values compare within 0.5%

func near(got, want float64) bool {
	if math.IsInf(want, 0) || math.IsInf(got, 0) {
		return got == want
	}
	return math.Abs(got-want) <= tolerance*math.Abs(want)+1e-12
}

// Match reports whether a claim's value is right for this expectation.
func (w *Want) Match(c *claims.Claim) bool {
	switch w.kind {
	case wantMeasure, wantRange, wantNumber, wantDuration:
		q, ok := claims.ValueAs[quantity.Quantity](c.Value)
		if !ok {
			if d, isDate := claims.ValueAs[dates.Date](c.Value); isDate && w.kind == wantDuration {
				return w.matchStatedDuration(d.Duration) || w.timex != "" && d.ISO == w.timex
			}
			return false
		}
		// A claim holding a parenthetical conversion states both readings;
		// splitConversions gives each its own span.
		return w.matchQuantity(q) || q.Converted != nil && w.matchQuantity(*q.Converted)
	case wantDate, wantRef:
		d, ok := claims.ValueAs[dates.Date](c.Value)
		if !ok {
			return false
		}
		if w.kind == wantRef {
			return d.ISO == w.ref || everyUnit[w.ref] != "" && everyUnit[w.ref] == d.ISO
		}
		return w.matchDate(d) || w.timex != "" && normalTimex(d.ISO) == w.timex
	}
	return false
}

// inUnit converts a claim's value (in its own unit) to the unit u, or
// reports that the two measure different things.
func inUnit(v float64, claimU string, u unit) (float64, bool) {
	cu := claimUnit(claimU)
	if cu.si == "%" && u.si == "" {
		// A percent is a hundredth of a dimensionless ratio: "three
		// quarters" read as 75 % is the ratio 0.75 a suite writes
		// without a unit. Only the unit changes; the value must still
		// agree (40 % is not the count 40).
		cu = unit{"", 0.01, 0}
	}
	if cu.si != u.si {
		return 0, false
	}
	if math.IsInf(v, 0) {
		return v, true
	}
	si := v*cu.factor + cu.offset
	return (si - u.offset) / u.factor, true
}

func (w *Want) matchQuantity(q quantity.Quantity) bool {
	switch w.kind {
	case wantNumber:
		if claimUnit(q.Unit).si != "" {
			return false
		}
		return math.Abs(q.Value-w.value) <= 1e-9*math.Max(1, math.Abs(w.value))
	case wantDuration:
		if claimUnit(q.Unit).si != "s" {
			return false
		}
		if w.unspecified {
			return q.Value >= w.seconds*(1-tolerance)
		}
		return near(q.Value, w.seconds)
	case wantMeasure:
		v, ok := inUnit(q.Value, q.Unit, w.u)
		return ok && near(v, w.value)
	case wantRange:
		lo, ok1 := inUnit(q.Min, q.Unit, w.u)
		hi, ok2 := inUnit(q.Max, q.Unit, w.u)
		if !ok1 || !ok2 {
			return false
		}
		if w.statedOK {
			if v, ok := inUnit(q.Value, q.Unit, w.u); ok && near(v, w.value) {
				return true
			}
		}
		if math.IsInf(w.lo, -1) {
			// An unbounded lower end: -Inf, or 0 for the non-negative
			// magnitudes most claims are ("fewer than 1,000 pandas").
			if !(math.IsInf(lo, -1) || lo == 0 && w.hi > 0) {
				return false
			}
		} else if !near(lo, w.lo) {
			return false
		}
		if !near(hi, w.hi) {
			return false
		}
		if w.checkOpen && !openAgrees(q.Qualifier, w) {
			return false
		}
		return true
	}
	return false
}

// matchStatedDuration compares the span a date claim states ("the past
// three years" is a period and the duration P3Y) with an expected
// duration, in seconds within 0.5%. An unspecified expected amount
// ("PXW") is met by at least one such unit; an unspecified claim ("the
// coming days", PXD) meets only an unspecified amount.
func (w *Want) matchStatedDuration(dur string) bool {
	sec, unspec, ok := parseDuration(dur)
	if !ok {
		return false
	}
	if w.unspecified {
		return sec >= w.seconds*(1-tolerance)
	}
	return !unspec && near(sec, w.seconds)
}

// One-sided qualifiers say whether the bound itself is included.
var (
	strictLower = map[string]bool{"more than": true, "over": true, "above": true, "greater than": true}
	closedLower = map[string]bool{"at least": true, "or more": true, "no less than": true, "minimum": true}
	strictUpper = map[string]bool{"less than": true, "fewer than": true, "under": true, "below": true}
	closedUpper = map[string]bool{"up to": true, "at most": true, "no more than": true, "or less": true, "maximum": true}
)

// openAgrees checks a one-sided interval's open or closed end against the
// claim's qualifier. A claim's Min and Max are closed floats and cannot
// say "(30," from "[30,": only the qualifier can, so a claim whose
// qualifier is not one of the known one-sided ones is judged on its
// bounds alone.
func openAgrees(qual string, w *Want) bool {
	qual = strings.ToLower(qual)
	switch {
	case math.IsInf(w.hi, 1) && !math.IsInf(w.lo, -1):
		if w.loOpen && closedLower[qual] || !w.loOpen && strictLower[qual] {
			return false
		}
	case math.IsInf(w.lo, -1) && !math.IsInf(w.hi, 1):
		if w.hiOpen && closedUpper[qual] || !w.hiOpen && strictUpper[qual] {
			return false
		}
	}
	return true
}

func (w *Want) matchDate(d dates.Date) bool {
	lo, okLo := parseDay(d.Min)
	hi, okHi := parseDay(d.Max)
	hasDays := okLo && okHi
	claimTime := claimTimeOfDay(d)
	for _, r := range w.readings {
		if r.iso != "" && d.ISO == r.iso && (r.mod == "" || d.Mod == r.mod) {
			return true
		}
		if r.mod != "" {
			continue
		}
		if r.timeOnly {
			if r.time != "" && claimTime == r.time {
				return true
			}
			continue
		}
		if !hasDays {
			continue
		}
		if r.within {
			if lo >= r.min && hi <= r.max {
				return true
			}
			continue
		}
		if r.around > 0 {
			if lo <= r.min && r.min <= hi && int(hi-lo)+1 <= r.around {
				return true
			}
			continue
		}
		if lo != r.min || hi != r.max {
			continue
		}
		if r.time != "" && claimTime != r.time {
			continue
		}
		return true
	}
	return false
}

// claimTimeOfDay is a date claim's time as "14:00" or a part of the day.
func claimTimeOfDay(d dates.Date) string {
	t := d.Time
	if t == "" {
		if _, after, ok := strings.Cut(d.ISO, "T"); ok {
			t = after
		}
	}
	if t == "" {
		return ""
	}
	if n, ok := timeOfDay(t); ok {
		if n == "EV" {
			return "NI" // evening and night are one (see normalTimex)
		}
		return n
	}
	return t
}

// agoGrain widens a TimeML date expected of "two weeks ago" (text) to
// every reading of it: the text is precise only to the unit it counts,
// so the day it reaches and any span of at most one unit that holds that
// day are all right (see agoReading), as they are in the news reading.
// Only an expected value that is itself such a reading is widened: one
// the annotator placed elsewhere stays as it is.
func (w *Want) agoGrain(text string, ref dates.Partial) {
	if w.kind != wantDate || len(w.readings) != 1 {
		return
	}
	r, ok := agoReading(splitWords(strings.ToLower(text)), mkday(ref.Year, ref.Month, ref.Day))
	if !ok {
		return
	}
	x := w.readings[0]
	if x.within || x.time != "" || x.timeOnly || x.min > r.min || r.min > x.max || int(x.max-x.min)+1 > r.around {
		return
	}
	w.readings = append(w.readings, r)
}

// everyUnit maps the TIMEX3 SET values written with unspecified digits
// to the same recurrence written as its period: TimeML writes "daily" as
// XXXX-XX-XX in some documents and as P1D in others, "annually" as XXXX
// or P1Y; both say once in every such unit.
var everyUnit = map[string]string{"XXXX-XX-XX": "P1D", "XXXX-WXX": "P1W",
	"XXXX-XX": "P1M", "XXXX": "P1Y"}

// timexWant reads a TimeML TIMEX3: the value's shape decides, since the
// annotators sometimes typed a date DURATION or a duration DATE. SET
// values are compared as refs: the claim's ISO must be the same string.
func timexWant(typ, value string) Want {
	w := Want{Display: value, timex: normalTimex(value)}
	switch {
	case typ == "SET":
		w.kind, w.ref = wantRef, value
	case strings.HasSuffix(value, "_REF"):
		w.kind, w.ref = wantRef, value
	case strings.HasPrefix(value, "P"):
		sec, unspec, ok := parseDuration(value)
		if ok {
			w.kind, w.seconds, w.unspecified = wantDuration, sec, unspec
		}
	default:
		if r, ok := timexDate(value); ok {
			w.kind, w.readings = wantDate, []reading{r}
		}
	}
	return w
}

// expectedValue reads a sentence case's expected entity. With news set,
// times of day are dropped from date readings: the news-style subset
// judges the date part only.
func expectedValue(e *rawEntity, ref dates.Partial, news bool) Want {
	typ := e.Type
	switch {
	case strings.HasPrefix(typ, "datetimeV2") || e.Timex != nil:
		return rtDateWant(e, news)
	case typ == "time" || strings.HasPrefix(typ, "time/"):
		return ducklingTimeWant(e, news)
	case typ == "numberrange":
		return rangeWant(e, unit{"", 1, 0})
	case strings.HasPrefix(typ, "number"):
		v, ok := numberValue(e.Value)
		if !ok {
			return Want{Display: string(e.Value)}
		}
		return Want{kind: wantNumber, value: v, Display: formatFloat(v)}
	case strings.HasPrefix(typ, "distance/between"):
		u, ok := suiteUnit(e.Unit)
		if !ok {
			return Want{Display: string(e.Value) + " " + e.Unit}
		}
		w := rangeWant(e, u)
		w.checkOpen = false
		w.Display += " " + e.Unit
		return w
	}
	return measureWant(e)
}

// measureWant reads a measure: a value and a unit, in SI when given.
func measureWant(e *rawEntity) Want {
	v, ok := numberValue(e.Value)
	w := Want{Display: fmt.Sprintf("%s %s", string(e.Value), e.Unit)}
	if !ok {
		return w
	}
	u, known := suiteUnit(e.Unit)
	if !known {
		if e.SIValue == nil || e.SIUnit == "" || v == 0 {
			return w
		}
		// Recognizers-Text and Duckling give the SI value: derive the
		// factor from it.
		u = unit{e.SIUnit, *e.SIValue / v, 0}
	}
	w.kind, w.u, w.value = wantMeasure, u, v
	if e.SIValue != nil && e.SIUnit != "" && u.si == e.SIUnit && v != 0 && u.offset == 0 {
		w.u.factor = *e.SIValue / v // the suite's own conversion wins
	}
	switch {
	case strings.HasSuffix(e.Type, "/above"):
		w.kind, w.lo, w.hi = wantRange, v, math.Inf(1)
		w.Display = "> " + w.Display
	case strings.HasSuffix(e.Type, "/under"):
		w.kind, w.lo, w.hi = wantRange, math.Inf(-1), v
		w.Display = "< " + w.Display
	case e.Uncertainty != nil && *e.Uncertainty != 0:
		w.kind, w.lo, w.hi, w.statedOK = wantRange, v-*e.Uncertainty, v+*e.Uncertainty, true
		w.Display = fmt.Sprintf("%s±%s %s", formatFloat(v), formatFloat(*e.Uncertainty), e.Unit)
	}
	return w
}

// rangeWant reads an interval "[20,30)", "(,100]", "(30,)".
func rangeWant(e *rawEntity, u unit) Want {
	var s string
	if err := json.Unmarshal(e.Value, &s); err != nil {
		return Want{Display: string(e.Value)}
	}
	w := Want{Display: s, u: u, value: math.NaN()}
	if len(s) < 3 {
		return w
	}
	open, close := s[0], s[len(s)-1]
	a, b, ok := strings.Cut(s[1:len(s)-1], ",")
	if !ok || (open != '(' && open != '[') || (close != ')' && close != ']') {
		return w
	}
	w.lo, w.hi = math.Inf(-1), math.Inf(1)
	if a = strings.TrimSpace(a); a != "" {
		v, err := strconv.ParseFloat(a, 64)
		if err != nil {
			return w
		}
		w.lo = v
	}
	if b = strings.TrimSpace(b); b != "" {
		v, err := strconv.ParseFloat(b, 64)
		if err != nil {
			return w
		}
		w.hi = v
	}
	w.kind = wantRange
	w.loOpen, w.hiOpen, w.checkOpen = open == '(', close == ')', true
	return w
}

func numberValue(m json.RawMessage) (float64, bool) {
	var v float64
	if err := json.Unmarshal(m, &v); err == nil {
		return v, true
	}
	var s string
	if err := json.Unmarshal(m, &s); err == nil {
		if f, err := strconv.ParseFloat(s, 64); err == nil {
			return f, true
		}
	}
	return 0, false
}

func stringValue(m json.RawMessage) string {
	var s string
	if err := json.Unmarshal(m, &s); err == nil {
		return s
	}
	return string(m)
}

func formatFloat(v float64) string {
	return strconv.FormatFloat(v, 'g', 10, 64)
}

// normalTimex writes a TIMEX3 value the one way a claim writes it: week
// numbers in two digits ("2000-W7" is "2000-W07"), and the parts of the
// day evening and night as one ("1998-01-08TEV" is "1998-01-08TNI"),
// since TimeML's annotators write "Friday night" either way.
func normalTimex(v string) string {
	if i := strings.Index(v, "-W"); i >= 0 && i+3 <= len(v) && isDigit(v[i+2]) && (i+3 == len(v) || !isDigit(v[i+3])) {
		v = v[:i+2] + "0" + v[i+2:]
	}
	if strings.HasSuffix(v, "TEV") {
		v = v[:len(v)-2] + "NI"
	}
	return v
}
