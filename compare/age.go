package compare

import (
	"math"
	"strconv"
	"time"

	"crosscheck/claims"
	"crosscheck/claims/dates"
	"crosscheck/claims/people"
)

// Ages.
//
// Key: the person (clustered across documents). An age without a named
// person ("a 3-year-old boy") identifies no one and takes part in no
// finding.
//
// Verdict: ages conflict when the years differ by more than the time
// between the two publication dates allows. A person ages between the
// articles: if A (published a) says x and B (published b) says y, then
// y-x must lie in [floor(b-a), ceil(b-a)] years, with a and b taken as
// intervals when a publication date is known only to the month or year.
// Without a publication date on either side, ages one year apart are
// allowed (a birthday may fall between the articles). Different ages that
// the dates explain agree.

type aitem struct {
	*item
	years int
}

func (r *reconciler) ages() []*fact {
	groups := map[string][]*aitem{}
	var keys []string
	display := map[string]string{}
	for _, it := range r.byKind[claims.Age] {
		a, ok := claims.ValueAs[people.Age](it.c.Value)
		if !ok {
			continue
		}
		// An age of someone the text does not name ("a 3-year-old boy")
		// identifies no one across articles.
		if !a.Named || r.persons.isPronoun(a.Person) {
			continue
		}
		person := a.Person
		pkey, pdisplay, ok := r.persons.entity(person)
		if !ok {
			continue
		}
		key := "age|" + pkey
		if _, ok := groups[key]; !ok {
			keys = append(keys, key)
			display[key] = pdisplay
		}
		groups[key] = append(groups[key], &aitem{item: it, years: a.Years})
	}
	var facts []*fact
	for _, key := range keys {
		facts = append(facts, ageFacts(key, display[key], groups[key])...)
	}
	return facts
}

func ageFacts(key, person string, as []*aitem) []*fact {
	items := make([]*item, len(as))
	byItem := map[*item]*aitem{}
	for i, a := range as {
		items[i] = a.item
		byItem[a.item] = a
	}
	f := &fact{
		kind:    claims.Age,
		key:     key,
		topic:   "age of " + person,
		subject: person,
		verdict: verdictOf(items),
	}
	f.values = groupValues(items, func(it *item) string { return strconv.Itoa(byItem[it].years) },
		func(it *item) string {
			if d := it.c.Value.String(); d != "" {
				return d
			}
			return strconv.Itoa(byItem[it].years)
		})
	// Ages that differ are compared claim by claim, since the allowance
	// depends on each claim's publication date.
	disagree := func(g, h *valueGroup) bool {
		for _, x := range g.items {
			for _, y := range h.items {
				if !agesCompatible(byItem[x], byItem[y]) {
					return true
				}
			}
		}
		return false
	}
	return f.settle(rules{disagree: disagree, mayConflict: true, describe: func(a, b *item) {
		d := abs(byItem[a].years - byItem[b].years)
		f.difference = strconv.Itoa(d) + " year"
		if d != 1 {
			f.difference += "s"
		}
		f.diffA, f.diffB = evidence(a), evidence(b)
	}})
}

// agesCompatible reports whether the two ages can both be right given
// when each article was published.
func agesCompatible(x, y *aitem) bool {
	if x.years == y.years {
		return true
	}
	xlo, xhi, okx := pubRange(x.item)
	ylo, yhi, oky := pubRange(y.item)
	if !okx || !oky {
		return abs(x.years-y.years) <= 1
	}
	// y's article is published between dmin and dmax years after x's.
	const year = 365.2425 * 24 // hours
	dmin := ylo.Sub(xhi).Hours() / year
	dmax := yhi.Sub(xlo).Hours() / year
	diff := float64(y.years - x.years)
	return diff >= math.Floor(dmin) && diff <= math.Ceil(dmax)
}

// pubRange is the interval a document's publication date may fall in.
func pubRange(it *item) (lo, hi time.Time, ok bool) {
	if it.pub == nil {
		return lo, hi, false
	}
	p := it.pub.Published
	if p.Year == 0 {
		return lo, hi, false
	}
	return partialRange(p)
}

func partialRange(p dates.Partial) (lo, hi time.Time, ok bool) {
	switch {
	case p.Day != 0:
		lo = time.Date(p.Year, time.Month(p.Month), p.Day, 0, 0, 0, 0, time.UTC)
		return lo, lo, true
	case p.Month != 0:
		lo = time.Date(p.Year, time.Month(p.Month), 1, 0, 0, 0, 0, time.UTC)
		return lo, lo.AddDate(0, 1, -1), true
	}
	lo = time.Date(p.Year, 1, 1, 0, 0, 0, 0, time.UTC)
	return lo, time.Date(p.Year, 12, 31, 0, 0, 0, 0, time.UTC), true
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
