// Package dates finds dates in news text ("on December 27", "last
// Friday", "next week", "early February", "the past three years") and
// resolves them against the article's publication date into an ISO date or
// interval with its precision, together with the event the date is for and
// the place where it happened.
package dates
