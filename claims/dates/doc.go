// Package dates finds dates in news text and resolves them against the
// article's publication date into a TIMEX3-style value, an interval of
// days and a precision, together with the event the date dates, its
// place and its participants when the sentence gives them.
//
// Extract reads one parsed document (text.Parse) and returns its Matches
// in text order. It reads:
//
//   - calendar dates: "December 19, 2021", "Dec. 19", "19 December",
//     "12/19/2021", "2021-12-19", "10.31.1974", "20170302", "September
//     2019", "2023", "fiscal 2022", "Q4 2022", "2019 H2", "the first half
//     of 2023", "the summer of 2019", "the 1990s", "the 12th century",
//     holidays ("Christmas", "Thanksgiving", "Easter"); "year-end", the
//     accounting term, is December 31 ("year's end" is the late part of
//     the year);
//
//   - dates relative to the publication date: "today", "yesterday",
//     "Friday", "last Friday", "next week", "this month", "last December
//     19", "early April", "late last year", "earlier this month",
//     "the rest of the week" (from the publication day to its end),
//     "three years ago", "in two weeks", "the weekend", "Tuesday the 19th",
//     "the third Tuesday of October", "the last week of July";
//
//   - dates relative to the date the story last named: "two days later",
//     "a year earlier", "that year", "the following day", "the year-ago
//     quarter", "the quarter ended Sept. 30";
//
//   - times of day that date an event: "at 3 p.m. Tuesday", "Tuesday
//     night", "this morning", "mid-afternoon yesterday"; a time with no
//     day ("Updated 7:15 a.m.", "Launch time: 06:42") takes the story's
//     last day, at a confidence too low for compare to set it against
//     another source;
//
//   - ranges: "from 2014 to 2018", "Nov. 18-Dec. 19, 2015", "between
//     March and May" (one match for the range, one for each end);
//
//   - references and recurrences TimeML marks: "now", "recently", "the
//     future" (PRESENT_REF, PAST_REF, FUTURE_REF), "daily", "every
//     Thursday" (SET values);
//
//   - the shorter and looser forms news and listings use: "Mon.", "Sat.",
//     "this Thu", "Sat at 8 p.m."; a date or month standing alone as a
//     heading ("June", "the 3rd", "3/12"); a month closing a time phrase
//     ("after Feb"); "23/12" (the day first when it cannot be a month);
//     "Sep-23-2020", "2020/Sep/23", "Q1-2019", "1990 s"; days in words
//     ("twelve March nineteen ninety"); "next 6th of April", "this Friday
//     3/22"; "this past weekend", "the last weekend of October", "this
//     season"; "the week of October 6"; "three days from Tuesday", "Monday
//     two weeks from now" (that weekday of the week reached); ranges of
//     days ("from June 9th through twelfth", "April 27 to the third" of
//     May, "19th to 21st aug"); ranges of hours dated by the day after
//     them ("9:30 to 11:00 on Thursday", "9-11am"); "the night of March
//     3", "February 12 in the morning";
//
//   - anchored periods, a span of time counted from the publication date:
//     "the past three years", "the next 48 hours", "2 upcoming weeks",
//     "within two weeks". One match is both: Min and Max bound the
//     period ("the next 3 days" are the three days after the reference
//     day, "the past 3 months" end the day before it, "within two
//     weeks" starts on it) and Duration states the span as TIMEX3 does
//     ("P3Y", "PT48H"); Precision is "period". A vague one ("the coming
//     days", "recent weeks") is FUTURE_REF or PAST_REF with a Duration
//     of no stated amount ("PXD", "PXW"). A part of a period ("the first
//     nine months of 1997", "the last three weeks of this year") is a
//     period too, and the period it is taken from a date of its own. A
//     count from a date states its span as well ("four decades ago" is
//     1984 and P40Y; "two weeks ago" is the week it reaches, as "three
//     months ago" is the month), and so do "the past decade", "the past
//     year" (the decade or year before, and P10Y, P1Y). A fiscal year
//     named by its end ("the year ended March 31") is the twelve months
//     up to that day and P1Y, unless it ends on December 31.
//
// The event a date dates is that of the clause it modifies: the nearest
// event word, where a comma or a conjunction counts as a distance unless
// it opens a relative clause ("the blaze, which ignited on Monday"); a
// noun after "an inquiry into" when the date is one more modifier of it
// ("into the derailment of a train at the junction on 10 June"); no event
// when a verb of change governs the date ("the toll from the quake rose
// to 31 on Tuesday"). A rocket that lifted off is launched, an attempt scrubbed or
// called off a postponement, a reading "recorded" with its figure or a
// record set a record ("a record high" is none), a contract an
// agreement, a heatwave a disaster. "Last Tuesday" is the Tuesday of last week, or of
// this week when that lies four days back or more (a weekly out on a
// Saturday).
//
// Durations anchored to nothing ("a 12-hour standoff", "three years in
// prison") are quantities and left to package quantity.
//
// A weekday in news means the latest such day, the publication day
// included, unless the clause speaks of the future ("will meet Friday",
// "is due to report Friday", "by Friday", "may take effect in March",
// "did not plan to move on Thursday"); a month or a day without a year
// follows the tense the same way (up to a year ahead when a "will"
// governs it from close by), and without one a day is the latest past
// one unless the next is within weeks. A range of months that holds the
// publication date is the current one unless it is told in the past. A publication date
// known only to the month or year resolves what it can and widens the
// rest into an interval ("today" is the whole month); without one, a
// month and day keep a partial value ("--12-19").
//
// The reader is a hand-written matcher over the token stream with one
// lexicon lookup per token, in the manner of go/scanner; it uses no
// regular expressions and allocates little.
package dates
