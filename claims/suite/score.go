package suite

import (
	"math"
	"strings"

	"crosscheck/claims"
	"crosscheck/claims/dates"
	"crosscheck/claims/quantity"
)

// A Score is the tally of one suite (or of a whole file).
type Score struct {
	Name string
	// Cases, and the negative cases among them (expected: []) and how
	// many of those yielded no claim.
	Cases, Negatives, NegativesClean int
	// Expected entities and extracted claims (of the kinds the suite
	// scores); SpanTP and ValueTP are the sizes of the one-to-one
	// matchings of overlapping pairs, and of overlapping pairs whose value
	// is right.
	Expected, Extracted, SpanTP, ValueTP int
	// News entities are the news-style date subset; NewsTP of them have a
	// claim with the right value under a news reading.
	News, NewsTP int
	// Failures lists the misses in case order: expected entities without
	// a right value, and claims that match no expected entity.
	Failures []Failure
	// NewsFailures lists the news-style entities without a right value.
	NewsFailures []Failure

	file string // the file a suite came from
}

// SpanF1 is the relaxed span F1: any overlap counts, one to one.
func (s *Score) SpanF1() float64 { return f1(s.SpanTP, s.Extracted, s.Expected) }

// SpanPrecision and SpanRecall are its two sides.
func (s *Score) SpanPrecision() float64 { return ratio(s.SpanTP, s.Extracted) }

// SpanRecall is the share of expected entities overlapped by a claim.
func (s *Score) SpanRecall() float64 { return ratio(s.SpanTP, s.Expected) }

// ValueF1 is the F1 of claims whose span overlaps and whose value is right.
func (s *Score) ValueF1() float64 { return f1(s.ValueTP, s.Extracted, s.Expected) }

// ValuePrecision is the share of claims that are right in span and value.
func (s *Score) ValuePrecision() float64 { return ratio(s.ValueTP, s.Extracted) }

// ValueRecall is the share of expected entities found with the right value.
func (s *Score) ValueRecall() float64 { return ratio(s.ValueTP, s.Expected) }

// NewsAccuracy is the value accuracy on the news-style date subset.
func (s *Score) NewsAccuracy() float64 { return ratio(s.NewsTP, s.News) }

func ratio(a, b int) float64 {
	if b == 0 {
		return math.NaN()
	}
	return float64(a) / float64(b)
}

// f1 is 2·TP / (extracted + expected): the harmonic mean of precision and
// recall. It is 0 when nothing was found, and undefined (NaN) when there
// was nothing to find and nothing was found.
func f1(tp, extracted, expected int) float64 {
	if extracted+expected == 0 {
		return math.NaN()
	}
	return 2 * float64(tp) / float64(extracted+expected)
}

func (s *Score) add(o *Score) {
	s.Cases += o.Cases
	s.Negatives += o.Negatives
	s.NegativesClean += o.NegativesClean
	s.Expected += o.Expected
	s.Extracted += o.Extracted
	s.SpanTP += o.SpanTP
	s.ValueTP += o.ValueTP
	s.News += o.News
	s.NewsTP += o.NewsTP
}

// A Failure is one miss, for the --failures list.
type Failure struct {
	// Kind: "miss" (no claim overlaps the expected entity), "wrong" (one
	// does, with another value) or "extra" (a claim overlaps nothing
	// expected).
	Kind   string
	CaseID string
	// Text is the case text; Start and End mark the span in it.
	Text       string
	Start, End int
	Want, Got  string
}

// keepFor says which claims count as extracted for a suite: the claims of
// the kinds and dimensions the suite annotates, so that a suite of lengths
// is not charged for the dates in its sentences.
func keepFor(c *Case) func(*claims.Claim) bool {
	quantityIn := func(si ...string) func(*claims.Claim) bool {
		return func(cl *claims.Claim) bool {
			q, ok := claims.ValueAs[quantity.Quantity](cl.Value)
			if !ok {
				return false
			}
			u := claimUnit(q.Unit).si
			for _, s := range si {
				if u == s {
					return true
				}
			}
			return false
		}
	}
	dateOrDuration := func(cl *claims.Claim) bool {
		if _, ok := claims.ValueAs[dates.Date](cl.Value); ok {
			return true
		}
		return quantityIn("s")(cl)
	}
	if c.TimeML {
		return dateOrDuration
	}
	switch s := c.Suite; {
	case s == "dimension_length":
		// Recognizers-Text's dimension model reads weights too (the suite
		// expects one), so masses count with lengths.
		return quantityIn("m", "kg")
	case s == "duckling_distance":
		return quantityIn("m")
	case strings.HasPrefix(s, "quantulum3"):
		return func(cl *claims.Claim) bool { _, ok := claims.ValueAs[quantity.Quantity](cl.Value); return ok }
	case s == "numberrange":
		return func(cl *claims.Claim) bool {
			q, ok := claims.ValueAs[quantity.Quantity](cl.Value)
			return ok && isRangeClaim(q.Qualifier, q.Min, q.Max)
		}
	case s == "number" || s == "duckling_numeral":
		return quantityIn("")
	case s == "datetime":
		return dateOrDuration
	case strings.HasPrefix(s, "duckling_time"):
		return func(cl *claims.Claim) bool { _, ok := claims.ValueAs[dates.Date](cl.Value); return ok }
	}
	return func(cl *claims.Claim) bool {
		_, q := claims.ValueAs[quantity.Quantity](cl.Value)
		_, d := claims.ValueAs[dates.Date](cl.Value)
		return q || d
	}
}

// approximations qualify a value without bounding it.
var approximations = map[string]bool{
	"": true, "about": true, "around": true, "approximately": true, "roughly": true,
	"some": true, "nearly": true, "almost": true,
}

// isRangeClaim reports whether a quantity states a range or a bound
// ("between 20 and 30", "more than 40", "up to 700"), not a bare or
// approximate value.
func isRangeClaim(qualifier string, lo, hi float64) bool {
	return !approximations[strings.ToLower(qualifier)] || math.IsInf(lo, 0) || math.IsInf(hi, 0)
}

// scoreCase extracts the claims of one case and tallies them into s.
func scoreCase(c *Case, s *Score, extract func(*claims.Document) []claims.Claim) {
	doc := &claims.Document{ID: c.ID, Text: c.Text, Published: c.Ref}
	keep := keepFor(c)
	var got []claims.Claim
	for _, cl := range extract(doc) {
		if keep(&cl) {
			got = append(got, cl)
		}
	}
	got = splitConversions(got)
	got = splitCompounds(got, c.Expected)
	if c.TimeML {
		got = splitDurationRanges(got)
	}
	got = rangeGrain(got, c.TimeML)
	got = splitSameDate(got, c.Expected)
	s.Cases++
	if len(c.Expected) == 0 {
		s.Negatives++
		if len(got) == 0 {
			s.NegativesClean++
		}
	}
	s.Expected += len(c.Expected)
	s.Extracted += len(got)

	overlaps := func(e *Entity, cl *claims.Claim) bool {
		return cl.Start < e.End && e.Start < cl.End
	}
	span := match(len(c.Expected), len(got), func(i, j int) bool {
		return overlaps(&c.Expected[i], &got[j])
	})
	value := match(len(c.Expected), len(got), func(i, j int) bool {
		return overlaps(&c.Expected[i], &got[j]) && c.Expected[i].Want.Match(&got[j])
	})
	news := match(len(c.Expected), len(got), func(i, j int) bool {
		e := &c.Expected[i]
		return e.News && overlaps(e, &got[j]) && e.NewsWant.Match(&got[j])
	})
	claimUsed := make([]bool, len(got))
	for i := range c.Expected {
		e := &c.Expected[i]
		if span[i] >= 0 {
			s.SpanTP++
			claimUsed[span[i]] = true
		}
		if value[i] >= 0 {
			s.ValueTP++
		}
		if e.News {
			s.News++
			if news[i] >= 0 {
				s.NewsTP++
			}
		}
		if value[i] < 0 {
			s.Failures = append(s.Failures, failureOf(c, e, &e.Want, got, span[i]))
		}
		if e.News && news[i] < 0 {
			s.NewsFailures = append(s.NewsFailures, failureOf(c, e, &e.NewsWant, got, span[i]))
		}
	}
	for j := range got {
		if !claimUsed[j] {
			s.Failures = append(s.Failures, Failure{
				Kind: "extra", CaseID: c.ID, Text: c.Text,
				Start: got[j].Start, End: got[j].End, Want: "—", Got: describe(&got[j]),
			})
		}
	}
}

// rangeGrain counts a range of dates at the grain the suite annotates.
// crosscheck gives a range ("between 1994 and 1997") as three claims:
// the range, and each end as a date of its own. TimeML has no ranges and
// annotates the ends, so there the range claim is left out; the sentence
// suites annotate the range, so there the ends inside it are.
func rangeGrain(got []claims.Claim, timeML bool) []claims.Claim {
	isRange := func(cl *claims.Claim) bool {
		d, ok := claims.ValueAs[dates.Date](cl.Value)
		return ok && d.Precision == "interval" && strings.Contains(d.ISO, "/")
	}
	inside := func(in, out *claims.Claim) bool {
		return in != out && in.Start >= out.Start && in.End <= out.End && (in.Start > out.Start || in.End < out.End)
	}
	drop := make([]bool, len(got))
	for i := range got {
		if !isRange(&got[i]) {
			continue
		}
		var ends []int
		for j := range got {
			if _, ok := claims.ValueAs[dates.Date](got[j].Value); ok && inside(&got[j], &got[i]) {
				ends = append(ends, j)
			}
		}
		if len(ends) < 2 {
			continue
		}
		if timeML {
			drop[i] = true
		} else {
			for _, j := range ends {
				drop[j] = true
			}
		}
	}
	out := got[:0:0]
	for i := range got {
		if !drop[i] {
			out = append(out, got[i])
		}
	}
	return out
}

// splitSameDate counts a date claim that covers several expected
// entities of the same value once for each: "Thursday, Jan. 6" is one
// claim (the weekday checks the date), which TimeML annotates as
// "Thursday" and "Jan. 6".
func splitSameDate(got []claims.Claim, expected []Entity) []claims.Claim {
	var out []claims.Claim
	for j := range got {
		if _, ok := claims.ValueAs[dates.Date](got[j].Value); !ok {
			out = append(out, got[j])
			continue
		}
		k := 0
		for i := range expected {
			e := &expected[i]
			if got[j].Start < e.End && e.Start < got[j].End && e.Want.Match(&got[j]) {
				k++
			}
		}
		out = append(out, got[j])
		for ; k > 1; k-- {
			out = append(out, got[j])
		}
	}
	return out
}

// splitConversions counts a parenthetical conversion ("2,418-mile
// (3,891-kilometer)"), which crosscheck keeps as one claim with two
// readings, as the two entities the suites annotate: the text before the
// parenthesis and the text inside it. Each part may match either reading
// (Want.Match), but the one-to-one matching lets each reading count once.
func splitConversions(got []claims.Claim) []claims.Claim {
	var out []claims.Claim
	for _, cl := range got {
		q, ok := claims.ValueAs[quantity.Quantity](cl.Value)
		open := strings.IndexByte(cl.Text, '(')
		if !ok || q.Converted == nil || open <= 0 {
			out = append(out, cl)
			continue
		}
		first, second := cl, cl
		first.End = cl.Start + len(strings.TrimRight(cl.Text[:open], " "))
		inner := strings.TrimRight(cl.Text[open+1:], ") ")
		second.Start = cl.Start + open + 1
		second.End = second.Start + len(inner)
		if first.End <= first.Start || second.End <= second.Start {
			out = append(out, cl)
			continue
		}
		first.Text = cl.Text[:first.End-cl.Start]
		second.Text = inner
		out = append(out, first, second)
	}
	return out
}

func failureOf(c *Case, e *Entity, w *Want, got []claims.Claim, paired int) Failure {
	f := Failure{Kind: "miss", CaseID: c.ID, Text: c.Text, Start: e.Start, End: e.End, Want: w.Display, Got: "—"}
	if c.TimeML {
		f.Want += " " + e.Type // DATE, TIME, DURATION or SET
	}
	if w.kind == wantNone {
		f.Want += " (not scorable)"
	}
	if paired >= 0 {
		f.Kind = "wrong"
		f.Got = describe(&got[paired])
	}
	return f
}

// match is a maximum one-to-one matching between n expected entities
// and m claims over the pairs ok accepts (Kuhn's augmenting paths, in
// index order, so the result is deterministic). It returns, for each
// expected entity, the index of its claim or -1.
func match(n, m int, ok func(i, j int) bool) []int {
	adj := make([][]int, n)
	for i := range n {
		for j := range m {
			if ok(i, j) {
				adj[i] = append(adj[i], j)
			}
		}
	}
	owner := make([]int, m)
	for j := range owner {
		owner[j] = -1
	}
	var try func(i int, seen []bool) bool
	try = func(i int, seen []bool) bool {
		for _, j := range adj[i] {
			if seen[j] {
				continue
			}
			seen[j] = true
			if owner[j] < 0 || try(owner[j], seen) {
				owner[j] = i
				return true
			}
		}
		return false
	}
	for i := range n {
		if len(adj[i]) > 0 {
			try(i, make([]bool, m))
		}
	}
	out := make([]int, n)
	for i := range out {
		out[i] = -1
	}
	for j, i := range owner {
		if i >= 0 {
			out[i] = j
		}
	}
	return out
}
