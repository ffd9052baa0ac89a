package dates

// An expr is a date expression as the text states it, before it is
// resolved against the publication date and the previous date of the
// document. The parser builds exprs; resolve turns them into spans.
type expr struct {
	kind kind
	g    gran // granularity of the result

	// kCal: calendar fields. year is 0 when the text gives none; part is
	// the quarter, half or season number; hol the holiday index + 1.
	year, month, day int
	part             int
	hol              int
	rule             yearRule
	yearOff          int // yrOffset: years from the reference year

	wd      int  // kWeekday: 1 Monday .. 7 Sunday
	weekRel rel  // kWeekday: relLast/relThis/relNext week; relNone by tense
	strict  int8 // kWeekday: -1 "this past", +1 "this coming"
	// fromAnchor counts a weekday from the previous date rather than the
	// publication date: "the previous Friday".
	fromAnchor bool

	set string // kSet: the TIMEX3 value, "P1D", "XXXX-WXX-4"

	// unit, for a kAgo read from "in two weeks" or "three years from
	// today", is the unit n counts; the result is then the day reached.
	unit gran

	n   int // kDayRel, kUnitRel, kAgo, kShift, kAnchor, kPeriod: offset
	mod mod // early/mid/late…
	ref refKind

	// A time of day: hour ≥ 0 with min, or a part of the day.
	hour int8
	min  int8
	pod  uint8

	// kNth: the nth unit (day, week, or weekday wd) of the period inner
	// names; a negative nth counts from its end ("the last week of July",
	// "the third Tuesday of October", "the 20th of next month").
	nth   int
	inner *expr
	// kDayOfWeek: a day of the month that falls on weekday wd, in the
	// month the tense points to ("Tuesday the 19th").

	// fixed, when hasFixed, is the span the expression was already placed
	// on (an end of a range, placed with the other end).
	fixed    span
	hasFixed bool

	// future/past marks a text that fixes the direction itself, so the
	// sentence's tense is not consulted: "this coming", "ago".
	tenseFixed bool

	// ended marks a kPeriod that must lie wholly before the reference
	// day: "the latest quarter" is one whose results are out.
	ended bool

	// durUnit is the TIMEX3 designator of the span an anchored period or
	// a vague reference states: 'Y', 'M', 'W', 'D', or 'H' for hours; n
	// counts it for kRolling ("the past three years" is -3 'Y'), and a
	// kRef states no amount ("the coming days" is PXD). within marks "within
	// two weeks", which starts on the reference day.
	durUnit byte
	within  bool
	// stated, when set, is the span a kUnitRel states besides its unit:
	// "the past decade" is the decade before and P10Y.
	stated int
	// wdIn names a weekday of the week a count from a date reaches:
	// "Monday two weeks from now", "three weeks after Christmas on
	// Friday".
	wdIn int
	// innerAt is the first token of the period a kPart is taken from, a
	// date of its own ("1997" in "the first nine months of 1997").
	innerAt int
}

type kind uint8

const (
	kCal            kind = iota // calendar fields with a rule for the year
	kWeekday                    // a day of the week
	kDayRel                     // n days from the reference day: today, yesterday
	kUnitRel                    // the unit of g holding the reference day, moved by n: last week
	kAgo                        // n units of g from the reference day: two years ago
	kShift                      // n units of g from the previous date: two days later
	kAnchor                     // the unit of g holding the previous date, moved by n: that year
	kPeriod                     // the reporting period last named, moved by n years: the year-ago quarter
	kRef                        // PRESENT_REF, PAST_REF, FUTURE_REF
	kTime                       // a time of day alone: on the previous day or the reference day
	kSet                        // a recurrence: daily, every Thursday (TIMEX3 SET)
	kNth                        // the nth day, week or weekday of a period
	kMonthDayOfWeek             // "Tuesday the 19th": the month where the 19th is a Tuesday
	kShiftFrom                  // n units of g from the date inner names: three days after Easter
	kRolling                    // the n units (durUnit) just after or before the reference day: the past three years
	kPart                       // the first (n > 0) or last (n < 0) n units (durUnit) of the period inner names
)

// yearRule says how a calendar expression without a year gets one.
type yearRule uint8

const (
	yrExplicit yearRule = iota // the text gives the year
	yrNearest                  // by tense: the latest past one, the next one, or the nearest
	yrLast                     // the latest one before the reference unit: last December
	yrThis                     // in the reference year: this September
	yrNext                     // the first one after the reference unit: next March
	yrOffset                   // the reference year plus yearOff: June last year
)

func newExpr(k kind, g gran) expr { return expr{kind: k, g: g, hour: -1} }

// hasTime reports whether e carries a time of day.
func (e *expr) hasTime() bool { return e.hour >= 0 || e.pod != podNone }
