package quantity

import (
	"math"

	"crosscheck/claims/number"
)

// readRange extends r to a range when a second number follows: "20-35
// km", "between 20 and 35", "8- to 16-meter", "$5 to $10 million",
// "two or three days".
func (s *scanner) readRange(r *reading, q string) {
	if r.n.AtLeast || r.n.Fraction && !s.isNum(r.numFirst) {
		return
	}
	k := r.next
	if k >= len(s.toks) {
		return
	}
	conn := ""
	switch {
	case s.isDash(k) && s.lw(k+1) == "to" && s.glued(k):
		conn, k = "to", k+2 // "8- to 16-meter"
	case s.isDash(k):
		// A dash spaced on one side only ("75 -300mm") is a list dash
		// or a sign, not a range.
		if k+1 < len(s.toks) && s.toks[k].Space != s.toks[k+1].Space {
			return
		}
		conn, k = "-", k+1
	case s.isPunct(k, "~"):
		conn, k = "-", k+1
	case s.lw(k) == "to" || s.lw(k) == "through" || s.lw(k) == "thru" || s.lw(k) == "till" || s.lw(k) == "until":
		conn, k = "to", k+1
	case s.lw(k) == "and" && (q == qBetween || q == qFrom):
		conn, k = "and", k+1
	case s.lw(k) == "or" && !r.hasUnit && r.cur == "" && r.n.Words:
		conn, k = "or", k+1 // "two or three days"
	default:
		return
	}
	if conn == "-" && s.lw(k) == "to" {
		k++
	}
	// "20 to 30 %" / "5 to 10 million": the second reading.
	s.second = true
	r2, ok, _ := s.readOne(k, qBetween)
	s.second = false
	if !ok || r2.n.AtLeast {
		return
	}
	if r.perUnit != "" {
		// "$350 per kg to $680 per kg"
		s.perUnit(&r2)
		if r2.perUnit != "" && r2.perUnit != r.perUnit {
			return
		}
	}
	if r2.cur != "" && r.cur != "" && r2.cur != r.cur {
		return
	}
	if r2.hasUnit && r.hasUnit && (r2.u.dim != r.u.dim || r2.u.si != r.u.si) {
		// "rose 0.3 percentage points to 5.1%": a change and a level,
		// not a range.
		return
	}
	if r.hasUnit && r2.cur != "" || r.cur != "" && r2.hasUnit {
		return
	}
	lo, hi := r.value, r2.value
	// A scale written once applies to both: "1 to 2 million", "$5-10bn".
	if sc := s.scaleOf(r2); sc > 1 && s.scaleOf(*r) == 1 && lo*sc <= hi && lo < hi/sc*10 {
		lo *= sc
	}
	// A unit written once applies to both: "20-35 km".
	if !r.hasUnit && r2.hasUnit {
		r.u, r.hasUnit = r2.u, true
		r.attributive = r2.attributive
	}
	if r.cur == "" {
		r.cur = r2.cur
	}
	if r.hasUnit && r2.hasUnit && r.u.factor != r2.u.factor {
		hi = hi * r2.u.factor / r.u.factor
	}
	switch conn {
	case "-":
		// "3-1" is not a range; "1000-5000" is.
		if !(hi > lo) {
			return
		}
		if !s.isNum(r.numFirst) && !r.n.Words {
			return
		}
	default:
		// "58% to 42%" is a split, not a range; "-18 to -34 °C" is one.
		if lo == hi || lo > hi && !(lo < 0 && hi < 0) {
			return
		}
	}
	if lo > hi {
		lo, hi = hi, lo
	}
	r.lo, r.hi = lo, hi
	r.value = (lo + hi) / 2
	r.isRange = true
	r.next = r2.next
}

// scaleOf returns the scale word multiplier that ends a reading's number
// ("2 million" → 1e6), or 1.
func (s *scanner) scaleOf(r reading) float64 {
	last := r.n.Next - 1
	if last <= r.numFirst {
		if last >= 0 && s.isNum(last) && s.glued(last+1) && s.isWord(last+1) {
			if sc, ok := number.Scale(s.lw(last + 1)); ok && last+1 < r.next {
				return sc
			}
		}
		return 1
	}
	if sc, ok := number.Scale(s.lw(last)); ok && len(s.lw(last)) > 1 {
		return sc
	}
	return 1
}

// postQualifier reads a qualifier after the number: "500 or more",
// "40-odd", "300+", "5000 or less".
func (s *scanner) postQualifier(r *reading, q string) string {
	k := r.next
	if k >= len(s.toks) || r.isRange {
		return q
	}
	best, bestNext := "", k
	s.key = s.key[:0]
	for j := k; j < len(s.toks) && j < k+3; j++ {
		if j > k && s.toks[j].Space {
			s.key = append(s.key, ' ')
		}
		s.key = append(s.key, s.lw(j)...)
		if pq, ok := postQualifiers[string(s.key)]; ok {
			best, bestNext = pq, j+1
		}
	}
	if best == "" {
		return q
	}
	// "+" and "-plus" must be glued; "plus 3" is arithmetic.
	if (s.lw(k) == "+" || s.lw(k) == "-") && !s.glued(k) {
		return q
	}
	if s.lw(k) == "plus" && s.isNum(bestNext) {
		return q
	}
	// "5000 or less than 6000" is two quantities.
	if _, ok := number.Parse(s.toks, bestNext); ok {
		return q
	}
	switch {
	case q == qNone || q == qExactly || q == qAbout:
		q = best
	case q == qMore && best == qAtLeast, q == qLess && best == qAtMost:
		// "more than 5000 or equal to"
		q = best
	case q == qLess && best == qAtLeast && s.lw(k+1) == "equal":
		q = qAtMost
	case q == qMore && best == qAtMost && s.lw(k+1) == "equal":
		q = qAtLeast
	default:
		return q
	}
	if best == qAtMost && s.lw(k+1) == "equal" {
		// "less than 5000 or equal": closed upper bound.
		if q == qLess {
			q = qAtMost
		}
	}
	r.next = bestNext
	// "or equal to it": the pronoun goes with the phrase.
	if s.lw(r.next) == "it" {
		r.next++
	}
	// A unit after the qualifier: "40-odd years", "300-plus people".
	if !r.hasUnit && r.cur == "" {
		if x, end, attr, ok := s.unitAt(r.next, r.n); ok {
			r.u, r.hasUnit, r.attributive, r.next = x, true, attr, end
		}
	}
	return q
}

func isLower(q string) bool { return q == qMore || q == qAtLeast }
func isUpper(q string) bool {
	return q == qLess || q == qAtMost || q == qUpTo || q == qNearly
}

// compound reads a second bound joined to the first: "more than 10 and
// less than 40", "at most 100 and at least 20". It returns the interval
// only when the two bounds make one.
func (s *scanner) compound(r *reading, q string) (lo, hi float64, next int, ok bool) {
	k := r.next
	if s.isPunct(k, ",") {
		k++
	}
	switch s.lw(k) {
	case "and", "but", "yet":
		k++
	default:
		if k == r.next {
			return 0, 0, 0, false
		}
	}
	q2, j := s.qualifierAt(min(k, len(s.toks)-1))
	if k >= len(s.toks) || q2 == qNone || j == k {
		return 0, 0, 0, false
	}
	r2, ok2, _ := s.readOne(j, q2)
	if !ok2 {
		return 0, 0, 0, false
	}
	if r2.hasUnit != r.hasUnit || r2.cur != r.cur || r2.hasUnit && r2.u.dim != r.u.dim {
		if r2.hasUnit && !r.hasUnit && r.cur == "" {
			r.u, r.hasUnit = r2.u, true
		} else {
			return 0, 0, 0, false
		}
	}
	a, b := r.value, r2.value
	switch {
	case isLower(q) && isUpper(q2):
		lo, hi = a, b
	case isUpper(q) && isLower(q2):
		lo, hi = b, a
	default:
		return 0, 0, 0, false
	}
	if !(lo < hi) || math.IsNaN(lo) {
		return 0, 0, 0, false
	}
	return lo, hi, r2.next, true
}

// parenthetical reads a conversion in brackets right after a quantity:
// "2,418-mile (3,891-kilometer)", "10kg (25lbs)", "$1m (€900,000)".
func (s *scanner) parenthetical(r *reading) (reading, bool) {
	k := r.next
	if !s.isPunct(k, "(") || r.dimension() == Count {
		return reading{}, false
	}
	q, j := s.qualifierAt(k + 1)
	s.inTemperature = r.dimension() == Temperature
	c, ok, _ := s.readOne(j, qNone)
	s.inTemperature = false
	if !ok {
		return reading{}, false
	}
	s.readRange(&c, q)
	if c.dimension() != r.dimension() {
		return reading{}, false
	}
	if !s.isPunct(c.next, ")") && !s.isPunct(c.next, ";") && !s.isPunct(c.next, ",") {
		return reading{}, false
	}
	c.first = k + 1
	r.next = c.next + 1
	if !s.isPunct(c.next, ")") {
		// "(572 °F, 573.15 K)": the first reading is the conversion;
		// the rest of the bracket is read on its own.
		r.next = c.next
	}
	// The noun after the bracket is what the first reading measures:
	// "2,418-mile (3,891-kilometer) border".
	if c.attributive {
		r.attributive = true
	}
	return c, true
}
