package suite

import (
	"math"
	"strings"

	"crosscheck/claims"
	"crosscheck/claims/number"
	"crosscheck/claims/quantity"
	"crosscheck/claims/text"
)

// splitCompounds counts a measure given in parts ("14 years and six
// months", "6 feet, 2 inches"), which crosscheck keeps as one claim of
// the whole, as its parts where the suite annotates the parts: when at
// least two expected entities lie inside the claim. The claim is cut
// into its parts (compoundPieces) and each part is read again on its
// own; the cut stands only if every part reads as one quantity of the
// claim's unit and the parts add up to the claim's value. Each part then
// carries its own value and is matched like any claim, so a whole read
// wrong (21.6 years) leaves its parts wrong too.
func splitCompounds(got []claims.Claim, expected []Entity) []claims.Claim {
	return splitEach(got, func(cl claims.Claim) []claims.Claim {
		inside := 0
		for i := range expected {
			if e := &expected[i]; e.Start >= cl.Start && e.End <= cl.End {
				inside++
			}
		}
		if inside < 2 {
			return nil
		}
		return compoundClaims(cl)
	})
}

// splitEach replaces each claim that cut cuts into parts by those parts,
// and keeps the others as they are.
func splitEach(got []claims.Claim, cut func(claims.Claim) []claims.Claim) []claims.Claim {
	var out []claims.Claim
	for _, cl := range got {
		if parts := cut(cl); parts != nil {
			out = append(out, parts...)
		} else {
			out = append(out, cl)
		}
	}
	return out
}

// compoundClaims cuts a quantity claim into the claims of its parts, or
// returns nil when it is not a measure in parts.
func compoundClaims(cl claims.Claim) []claims.Claim {
	q, ok := claims.ValueAs[quantity.Quantity](cl.Value)
	if !ok || q.Converted != nil || math.IsInf(q.Min, 0) || math.IsInf(q.Max, 0) {
		return nil
	}
	pieces := compoundPieces(cl.Text)
	if len(pieces) < 2 {
		return nil
	}
	whole := claimUnit(q.Unit)
	sum := 0.0
	out := make([]claims.Claim, 0, len(pieces))
	for _, p := range pieces {
		piece := cl.Text[p[0]:p[1]]
		ms := quantity.Extract(text.Parse(piece))
		if len(ms) != 1 || ms[0].Start != 0 || ms[0].End != len(piece) {
			return nil
		}
		pq := ms[0].Value
		pu := claimUnit(pq.Unit)
		if pu.si != whole.si || pq.Converted != nil {
			return nil
		}
		sum += pq.Value*pu.factor + pu.offset
		part := cl
		part.Start, part.End, part.Text, part.Value = cl.Start+p[0], cl.Start+p[1], piece, pq
		out = append(out, part)
	}
	total := q.Value*whole.factor + whole.offset
	if math.Abs(sum-total) > 1e-6*math.Abs(total) {
		return nil
	}
	return out
}

// compoundPieces cuts the text of a measure in parts at the commas and
// "and"s that stand between a unit and the next part's number, and
// between a unit and a number side by side ("2 hours 30 minutes"). It
// gives byte spans [start, end) of the parts. "An hour and a half" and
// "twenty-one" are not cut: a fraction or a hyphen does not open a part.
func compoundPieces(s string) [][2]int {
	var toks []text.Token
	for _, sent := range text.Parse(s).Sentences {
		toks = append(toks, sent.Tokens...)
	}
	opensPart := func(k int) bool {
		if k >= len(toks) {
			return false
		}
		if toks[k].Kind == text.Number {
			return true
		}
		w := strings.ToLower(toks[k].Text)
		return toks[k].Kind == text.Word && number.IsWord(w) && w != "a" && w != "an"
	}
	unitBefore := func(k int) bool {
		w := strings.ToLower(toks[k].Text)
		return toks[k].Kind == text.Word && !number.IsWord(w) && w != "and"
	}
	var pieces [][2]int
	start := 0
	counted := false // the piece so far holds a number
	for k := 1; k < len(toks); k++ {
		if opensPart(k - 1) {
			counted = true
		}
		if !counted {
			continue
		}
		next := k
		if toks[next].Text == "," {
			next++
		}
		if next < len(toks) && strings.EqualFold(toks[next].Text, "and") {
			next++
		}
		if !opensPart(next) || !unitBefore(k-1) || next == k && !toks[k].Space {
			continue
		}
		pieces = append(pieces, [2]int{start, toks[k-1].End})
		start = toks[next].Start
		k, counted = next, false
	}
	if len(toks) == 0 {
		return nil
	}
	return append(pieces, [2]int{start, toks[len(toks)-1].End})
}

// splitDurationRanges counts a range of durations ("two to three
// weeks", "between 2 and 6 days") as its two ends, for TimeML, which has
// no ranges and marks the ends, as it does for a range of dates (see
// rangeGrain). The low end takes the span of its number and the claim's
// Min, the high end the rest of the claim and its Max: each end is then
// judged on its own value.
func splitDurationRanges(got []claims.Claim) []claims.Claim {
	return splitEach(got, rangeEnds)
}

// rangeEnds cuts a duration claim stating a range into its two ends, or
// returns nil.
func rangeEnds(cl claims.Claim) []claims.Claim {
	q, ok := claims.ValueAs[quantity.Quantity](cl.Value)
	if !ok || claimUnit(q.Unit).si != "s" || q.Qualifier != "between" ||
		math.IsInf(q.Min, 0) || math.IsInf(q.Max, 0) || !(q.Min < q.Max) {
		return nil
	}
	var toks []text.Token
	for _, sent := range text.Parse(cl.Text).Sentences {
		toks = append(toks, sent.Tokens...)
	}
	var lo, hi number.Number
	found := 0
	for k := 0; k < len(toks) && found < 2; k++ {
		n, ok := number.Parse(toks, k)
		if !ok {
			continue
		}
		if found == 1 {
			switch strings.ToLower(toks[k-1].Text) {
			case "to", "and", "-", "–", "—":
			default:
				return nil
			}
		}
		if found == 0 {
			lo = n
		} else {
			hi = n
		}
		found++
		k = n.Next - 1
	}
	if found < 2 {
		return nil
	}
	low, high := cl, cl
	low.Start, low.End = cl.Start+lo.Start(toks), cl.Start+lo.End(toks)
	high.Start = cl.Start + hi.Start(toks)
	low.Text, high.Text = cl.Text[low.Start-cl.Start:low.End-cl.Start], cl.Text[high.Start-cl.Start:]
	lq, hq := q, q
	lq.Value, lq.Max, lq.Qualifier = q.Min, q.Min, ""
	hq.Value, hq.Min, hq.Qualifier = q.Max, q.Max, ""
	low.Value, high.Value = lq, hq
	return []claims.Claim{low, high}
}
