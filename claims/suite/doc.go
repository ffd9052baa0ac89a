// Package suite scores crosscheck's extractors on public test suites
// (Recognizers-Text, Duckling, quantulum3, TempEval-3 TimeML), as
// `crosscheck eval --suite FILE.jsonl...` prints them.
//
// # Input
//
// A suite file holds JSON Lines of two shapes: sentence cases
// ({"id", "suite", "input", "reference_date", "expected": [...]}) and TimeML
// documents ({"doc_id", "dct", "text", "timexes": [...]}). Each case is fed
// through the same extraction as the claims command: a claims.Document
// whose ID is the case id, Text the input, Published the reference date
// (or dct) at day precision, or zero when it is null; then claims.Extract.
// Offsets in the suites count Unicode code points and are converted to
// byte offsets; an expected entity without offsets (Duckling, quantulum3)
// is located by its text, case-insensitively, the n-th entity with a given
// text at its n-th occurrence.
//
// A sentence file is scored per "suite" field; a TimeML file is one suite
// named after the file. A file holding several suites also gets a total
// row ("quantulum3_en (all)").
//
// # Which claims count
//
// Only claims of the kinds and dimensions a suite annotates count as
// extracted: lengths and masses for dimension_length (Recognizers-Text's
// dimension model reads weights too), lengths for duckling_distance, every
// quantity for quantulum3, range quantities for numberrange (a quantity
// whose qualifier bounds it, such as "more than", "up to", "between", or
// whose Min or Max is infinite; "about" and "nearly" only approximate),
// unitless quantities for number and duckling_numeral, dates for Duckling
// times, dates and durations (quantities in seconds) for Recognizers-Text
// datetime and for TimeML.
//
// A range of dates is one statement crosscheck gives at two grains: the
// range ("between 1994 and 1997") and each end as a date of its own.
// Each suite annotates one grain: TimeML has no ranges and marks the
// ends, so there the range claim is left out; the sentence suites mark
// the range, so there the ends inside a range claim are. A range of
// durations ("three to five days") is one quantity claim; for TimeML it is
// cut into its ends, the low one the span of its number with the
// claim's Min ("three", P3D), the high one the rest with its Max ("five
// days", P5D), each judged on its own value. Likewise a date
// claim that covers several expected entities of the same value
// ("Thursday, Jan. 6", which TimeML marks as "Thursday" and "Jan. 6") is
// counted once for each, as a parenthetical conversion is counted as
// its two readings.
//
// A measure in parts ("14 years and six months", "6 feet, 2 inches") is
// one claim of the whole, since two articles writing "14 and a half
// years" and "14 years and six months" agree. quantulum3 annotates each
// part; the others annotate the whole. Where at least two expected
// entities lie inside such a claim, it is cut into its parts at the
// commas and "and"s between a unit and the next number, each part read
// again on its own; the cut stands only when every part is one quantity
// of the claim's unit and the parts add up to the claim's value, so a
// whole read wrong ("4 years and 7 months" as 4.7 years) is not cut and
// stays wrong, and each part is then judged on its own value.
//
// # Metrics
//
// For each case, two maximum one-to-one matchings are built between the
// expected entities and the counted claims: one over the pairs whose spans
// overlap (relaxed match: any shared byte), one over the pairs that
// overlap and whose value is right. With TP the size of a matching:
//
//	precision = TP / extracted claims
//	recall    = TP / expected entities
//	F1        = 2·TP / (extracted + expected)
//
// "span" figures use the first matching, "value" figures the second: a
// value is right only on a claim whose span also overlaps. Negative cases
// (expected: []) count as clean when no claim was counted for them; their
// claims also count against precision. A ratio with a zero denominator is
// shown as "-".
//
// The news-style date subset (see isNewsDate) is scored separately:
// value accuracy = news entities matched one-to-one by an overlapping
// claim whose value is right under a news reading / news entities.
//
// # Value rules
//
//   - Measures compare in SI within 0.5% of the expected value, converted
//     from the suite's unit name by a table (si_value is used where the
//     suite gives it). Temperatures are compared in the expected unit,
//     since 0.5% of a temperature in kelvin would be a wide margin. Money
//     compares within its ISO currency; unitless values are counts.
//     A percent is a hundredth of a dimensionless ratio, so a claim of
//     75 % meets an expected dimensionless 0.75 ("three quarters") and
//     "at least 40 %" meets [0.4,); the value must agree all the same
//     (40 % is not the count 40; percentage points are no ratio). A
//     claim's derived unit is compared by its dimension: a volume per
//     length (m3/m, "8 l/km") is an area, a volume per area (m3/m2,
//     rain in litres per square metre) a length.
//     A claim's stated Value is compared, not its precision interval.
//   - Intervals (numberrange "[20,30)", Duckling "between 3 and 5 km",
//     quantulum3 values with an uncertainty) compare the claim's Min and
//     Max with the ends, each within 0.5%. Claims are closed float
//     intervals, so an open end compares as its closure: "[20,30)" is met
//     by [20, 30]. Only for one-sided intervals can the claim say which:
//     its qualifier must then agree ("more than 30" is "(30,)", "at least
//     30" is "[30,)"); a claim with another qualifier is judged on its
//     bounds. An unbounded lower end is met by -Inf, or by 0 when the
//     upper end is positive (most quantities cannot be negative). An
//     interval given as value ± uncertainty is also met by a claim whose
//     stated Value is the centre.
//   - Plain numbers must be equal (within 1e-9, relative).
//   - Dates compare as intervals of days. A TIMEX3 "1998-01" is the whole
//     month, "1998-W02" the ISO week (Monday to Sunday), "1998-W02-WE" its
//     Saturday and Sunday, "1998-Q1" the quarter, "1998-H1" the half year,
//     "1998-SU" the meteorological season (spring March–May, summer
//     June–August, fall September–November, winter December–February),
//     "1998" the year, "199" the decade, "19" the century. A claim is right
//     when its [Min, Max] equals the expected interval, or when its ISO
//     value is the same TIMEX3 string (so "1998-SU" is right whatever
//     months the extractor gives a season). An expected day is met by a
//     claim whose interval is exactly that day, whatever time it adds;
//     an expected time of day ("1998-01-08T14:00", "1998-01-08TNI") needs
//     the same day and the same hour and minute or part of the day, except
//     in the news reading, which judges the date part only. A value with
//     unspecified digits ("1998-XX", "199X") is met by any interval inside
//     what it specifies; a value without a year gives nothing to compare
//     and is a miss.
//   - A Duckling interval of about three months whose text names a
//     season is also met by the claim's ISO season ("2013-SU"), the one
//     the interval's middle falls in (winter takes its December's year).
//   - A TIMEX3 value is also met by a date claim whose ISO is that very
//     value, whatever type the annotator gave it ("daily", typed DATE with
//     the value P1D), written the one way a claim writes it: weeks in two
//     digits ("2000-W7" is "2000-W07"), and the evening (EV) and the night
//     (NI) as one part of the day, since the annotators write "Friday
//     night" either way.
//   - PRESENT_REF, PAST_REF and FUTURE_REF compare as refs: the claim's
//     ISO must be the same string. SET values are scored the same way,
//     except that a recurrence written with unspecified digits is the
//     same as the one written as its period, since TimeML writes "daily"
//     either way: XXXX-XX-XX is P1D, XXXX-WXX P1W, XXXX-XX P1M, XXXX P1Y.
//   - A TimeML date for "N units ago" (or "a week or so ago") that is
//     itself a reading of it as the news reading reads it (see below: the
//     day reached, or a span of at most one unit holding it) accepts the
//     other readings too: "two weeks ago" annotated as the day reached is
//     also met by the week that holds it. One placed elsewhere is judged
//     as written.
//   - Durations ("P3Y", "PT3H", "P2Y6M") compare in seconds with quantity
//     claims of unit "s", and with the Duration a date claim states for
//     an anchored period ("the past three years" is a period and P3Y),
//     within 0.5%. A year is 365.25 days, a month
//     30.4375 days, a quarter three months; TimeBank's E, C and L are a
//     decade, a century and a millennium. An unspecified amount ("PXY",
//     "several years") is met by a duration of at least one such unit;
//     a date claim's unspecified Duration ("the coming days", PXD) meets
//     only an unspecified amount.
//   - Recognizers-Text ranges end exclusively ("2016-09-01/2016-10-01" is
//     September); the inclusive end is accepted as well when the text
//     names that end: a day ("from the 4th to the 23rd"), a year ("2014 to
//     2018" runs to the end of 2018), a month ("from May to September"), a
//     quarter ("to 2018 Q1"), a weekday ("from next Monday to Friday")
//     or a day named from today ("between Jan 22 and now", "from March to
//     date"). Open ranges
//     ("since August", "before 2018") compare as their anchor (August,
//     2018; a span when the timex gives one, "as early as next year's
//     first quarter"), as date claims have no open ends. Duckling intervals end
//     exclusively at their grain; Duckling open intervals compare as
//     their anchor. Where a case lists alternatives, any one counts.
//
// # News reading
//
// The news-style subset holds the date entities a news article would
// contain (isNewsDate): dates at the grain of a day or coarser, absolute
// or relative, and times that name a day ("Thursday at 9:30"); not times
// of day alone ("9:30 - 11:00", "15h30-18h": the digits of a clock time
// are never read as a date), durations, sets, time zones or Duckling's
// named holidays, nor sentences that are requests to an assistant ("book
// a table on Friday"). An entity whose expected value the scorer cannot
// read (February 30, a school year, a year BC) has no right answer and
// is left out.
//
// Duckling resolves a bare "Thursday" or "Aug 8" to the coming one, and
// Recognizers-Text lists both readings; a news article means the latest
// past one, or the next one when the sentence is in the future tense
// ("will", "'ll", "shall", "going to", "is due to"…). An expression is
// bare when it names a calendar pattern (a weekday, a month, a day of the
// month) and nothing in its own words places it: no deictic word ("next",
// "this", "last", "past", "coming"…), no day named from today
// ("tomorrow"), no offset ("ago", "hence", "in 3 days", "within"), no
// year, no "the month" (this month). Prepositions do not place it ("from
// July 13-15", "until May 9" and "by Friday" are as bare as "July 13-15",
// "May 9" and "Friday"), except "since", which only looks back; "last"
// that orders units inside a named month ("the last week of July") does
// not point back either. For a bare expression, each expected reading on
// the wrong side of the reference day is replaced by the same calendar
// pattern on the right side: the same month and day a year earlier (or
// later), the same day of the month a month earlier, or the same weekday
// a week earlier, as the text names a month, a day of the month or only
// a weekday (see newsReading). Alternatives that differ otherwise (a
// two-digit year, a.m. or p.m.) still count, any one of them.
//
// Where English leaves a span open and the suites settle it each their
// own way, every reading a careful reader could mean is accepted along
// with the suite's own (newsconv.go):
//
//   - an anchored period ("the next three days", "the past 2 weeks",
//     "2 upcoming months") is the N units right after the reference day
//     or right before it, or the N whole calendar units after or before
//     the current one;
//   - the nth week of a month is the nth Monday-to-Sunday week that
//     touches the month or the nth wholly inside it; the nth weekend is
//     the nth Saturday and the Sunday after; "the week of October 6" is
//     the Monday-to-Sunday week holding that day; each placed by the
//     tense when no year is given;
//   - a Duckling span of days that starts in the evening (its weekend
//     starts on Friday at 18:00) starts, by the date, the next day;
//   - a season is right by its name (see the value rules), whether a
//     system counts it by months or from the solstices;
//   - "N units ago" (or "hence", "from now") is precise only to the unit
//     it counts: the day N units away is right, and so is any span of at
//     most one such unit that holds it ("three months ago" as that day
//     or as its month, not as its year), as TimeML writes months where
//     the other suites write days.
//
// A part of a month or a year ("the beginning of 2017", "mid-November",
// "by the end of next month") has no agreed bounds (the first third or
// the first quarter of a year; the 10th or the 11th to the 20th of a
// month): a claim naming the same month or year and the same part of it
// ("2017", early) is right, the period being the one that holds the
// reading's start for a beginning, its end for an end, its middle for a
// middle.
//
// The tense is read from the sentence that holds the entity. The future
// includes the present simple of a scheduled event ("the fair opens on
// Friday") and a present modal before a verb ("prices may rise in June",
// not "should have risen"). "Later" and "earlier" mark an offset
// only after an amount ("3 weeks later"); "later than 9:30" bounds a
// time. A year spelled in words ("two thousand and fifteen") is a year.

package suite
