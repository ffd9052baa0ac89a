package compare

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"

	"crosscheck/claims"
	"crosscheck/claims/dates"
	"crosscheck/claims/quantity"
	"crosscheck/claims/text"
)

// Quantities.
//
// Key: dimension and unit (money in different currencies is never
// compared; an amount given in two, "£52 million (€61 million)", is read
// in the currency the other articles use for the thing), the thing measured (Subject, normalized: lemmatized, stop
// words dropped, synonyms such as wounded/injured/hurt merged, word order
// ignored) with the capitalized words that qualify it ("48 Ardenian
// prisoners" are not "105 prisoners"; casualty tolls aside; a plain form
// joins the one qualified form when no article gives both, a plain claim
// the one qualified form holding its value otherwise), and the
// time scope: the extractor's period (a change against
// the year before, "vs 2024" in an article of 2025, is "year on year"),
// else the year, quarter or half of a dated clause far back (scope.go).
// A figure stated with no period joins the one month or quarter named for
// it that ended just before publication ("6.3% in June" in August). A
// bare "growth" is the growth of the one thing an article's percentage
// changes are changes of. The claims of a key are then split
// by place (place.go), and a casualty toll that an article says rose is
// split into the figures of successive days (snapshots).
//
// Verdict: two quantities conflict only when their intervals do not
// overlap, so "more than 120,000" agrees with "1.5 million" and "4,038 km"
// (stated to the kilometre) conflicts with "4,100 km" (stated to the
// hundred). A parenthetical conversion counts as both of its readings
// (the union of their intervals), which can only make a conflict rarer.
//
// A measure of a physical dimension the extractor found no subject for
// joins the one fact of its dimension that another article gives the
// same value ("Weighing 2,150 kilograms, Tern-2 …" beside "the 2,150-kg
// satellite"), at a confidence that agrees but never conflicts; with
// none or several such facts it stays out.
//
// Thin evidence never makes a conflict: a claim of low confidence, a
// subject that is only a generic noun ("people", "countries", "times"),
// and any key for which one document itself gives two incompatible values
// (the key then covers more than one fact). A count, amount or percentage
// without a calendar period ("last year" resolved against the publication
// date) may conflict only when the values are close (maxUnscopedRatio):
// 120 and 150 new officers are one figure stated two ways, 120 and 3,000
// officers are two figures, unless one is the other with two digits
// swapped ($38 million and $83 million: a slip, see transposed) or, for
// percentages, with the decimal point moved (0.4 and 4 points); and
// only between articles published within maxUnscopedSpan of each other.
// Casualty counts (killed, injured, arrested…) need no period. Figures
// credited to two different parties (police and organisers) never
// conflict, tolls aside (attribution.go).
//
// The difference is |a-b| / max(|a|, |b|) of the two stated values, as a
// percentage: symmetric, and never above 100%. Counts also give the
// absolute difference, "3 (43%)"; percentages give only the difference in
// points, "2 percentage points".

// A quantity reading inconsistent with its own parenthetical conversion is
// a finding of its own. Writers round conversions, and the stated
// precision covers most of that; conversionSlack allows the rest.
const conversionSlack = 0.02

// temperatureSlack is conversionSlack for temperatures, in kelvin
// (degrees Celsius), on each side: the stated precision already covers a
// figure rounded to the degree ("45C (112F)"), and this the rest.
const temperatureSlack = 0.5

type qitem struct {
	*item
	q      quantity.Quantity
	lo, hi float64 // union of the readings' intervals
	place  string  // folded (placeKey)
}

func (r *reconciler) quantities() []*fact {
	groups := map[string][]*qitem{}
	var keys []string
	var facts []*fact
	dated := r.datesBySentence()
	owners := r.changeOwners()
	currencies := r.plainCurrencies()
	var orphans []*qitem
	for _, it := range r.byKind[claims.Quantity] {
		q, ok := claims.ValueAs[quantity.Quantity](it.c.Value)
		if !ok {
			continue
		}
		if f := conversionFact(it, q); f != nil {
			facts = append(facts, f)
		}
		subj := r.cache.subject(it.c.Subject)
		if subj == "" && physical[q.Dimension] && it.confident() {
			lo, hi := interval(q)
			if q.Converted != nil && q.Converted.Unit == q.Unit {
				clo, chi := interval(*q.Converted)
				lo, hi = math.Min(lo, clo), math.Max(hi, chi)
			}
			orphans = append(orphans, &qitem{item: it, q: q, lo: lo, hi: hi})
			continue
		}
		if subj == "" || q.Dimension == "" {
			continue
		}
		q = inCurrencyOfOthers(q, subj, currencies)
		if qual := nationalityQualifier(it.c.Text, it.c.Subject); qual != "" && !isCasualty(subj) {
			// "48 Ardenian prisoners" and "105 prisoners" count two groups.
			subj += " @" + qual
		}
		if subj == "growth" && q.Dimension == "percent" {
			// "Year-on-year growth was 1.6 percent" in an article whose
			// every change is the economy's is the economy's growth.
			if o := owners[it.doc]; o != "" {
				subj = r.cache.subject(o + " increase")
			}
		}
		place, period := quantityScope(q)
		var pub dates.Partial
		if it.pub != nil {
			pub = it.pub.Published
		}
		if physical[q.Dimension] && recordSubject(it.c.Subject) {
			// "the record of 43.9C set in August 2003": the date says
			// when the record was set; articles dating it to the month
			// or to the year speak of one record. (A record profit "in
			// 2023" is the year's: amounts and counts keep their period.)
			period = ""
		}
		periodKey, absolute := resolvePeriod(period, pub)
		if period == "" {
			periodKey, absolute = dated.periodOf(it)
		}
		if absolute {
			periodKey = "=" + periodKey // a calendar period: may prove a conflict
		}
		key := strings.Join([]string{"quantity", q.Dimension, q.Unit, subj, periodKey}, "|")
		lo, hi := interval(q)
		if q.Converted != nil {
			clo, chi := interval(*q.Converted)
			if q.Converted.Unit == q.Unit {
				lo, hi = math.Min(lo, clo), math.Max(hi, chi)
			}
		}
		if _, ok := groups[key]; !ok {
			keys = append(keys, key)
		}
		groups[key] = append(groups[key], &qitem{item: it, q: q, lo: lo, hi: hi, place: r.cache.place(place)})
	}
	keys = joinQualified(keys, groups)
	keys = joinRecentPeriod(keys, groups, scopeMargin)
	adoptOrphans(orphans, keys, groups)
	placeOf := func(q *qitem) string { return q.place }
	overlap := func(a, b *qitem) bool { return overlaps(a.lo, a.hi, b.lo, b.hi) }
	for _, key := range keys {
		for _, part := range placeParts(groups[key], placeOf, overlap) {
			pkey := key + "|" + firstPlace(part, placeOf)
			for i, snap := range r.snapshots(pkey, part) {
				facts = append(facts, quantityFacts(pkey, snap, i > 0)...)
			}
		}
	}
	return facts
}

// physical are the dimensions of measures: two equal readings of one in
// a story are one fact far more often than two counts or two amounts.
var physical = set("length", "mass", "area", "volume", "temperature", "speed")

// orphanConfidence is given to a measure read with no subject when it
// joins a fact: enough to agree, never to make a conflict.
const orphanConfidence = 0.3

// adoptOrphans lets a measure the extractor found no subject for ("Weighing
// 2,150 kilograms, the satellite …") join the one fact of its dimension
// and unit that another article gives the same value, as a claim that may
// agree but never conflict. A measure matching no fact, or several,
// stays out, as before.
func adoptOrphans(orphans []*qitem, keys []string, groups map[string][]*qitem) {
	if len(orphans) == 0 {
		return
	}
	// Facts by dimension, unit and value to three significant digits:
	// one hash lookup per orphan, never a scan of every fact.
	byValue := map[string][]string{}
	for _, k := range keys {
		for _, x := range groups[k] {
			if !physical[x.q.Dimension] {
				break
			}
			v := valueKey(x.q.Dimension, x.q.Unit, (x.lo+x.hi)/2)
			if ks := byValue[v]; len(ks) == 0 || ks[len(ks)-1] != k {
				byValue[v] = append(byValue[v], k)
			}
		}
	}
	for _, o := range orphans {
		match := ""
		for _, k := range byValue[valueKey(o.q.Dimension, o.q.Unit, (o.lo+o.hi)/2)] {
			hit := false
			for _, x := range groups[k] {
				if x.doc != o.doc && overlaps(o.lo, o.hi, x.lo, x.hi) {
					hit = true
					break
				}
			}
			if !hit || k == match {
				continue
			}
			if match != "" {
				match = "-"
				break
			}
			match = k
		}
		if match == "" || match == "-" {
			continue
		}
		c := *o.c
		c.Confidence = orphanConfidence
		it := *o.item
		it.c = &c
		x := *o
		x.item = &it
		x.place = groups[match][0].place
		groups[match] = append(groups[match], &x)
	}
}

// valueKey names a measure's value to three significant digits, with its
// dimension and unit: "length|m|705000".
func valueKey(dim, unit string, v float64) string {
	if v == 0 {
		return dim + "|" + unit + "|0"
	}
	e := math.Floor(math.Log10(math.Abs(v))) - 2
	r := math.Round(v/math.Pow(10, e)) * math.Pow(10, e)
	return dim + "|" + unit + "|" + strconv.FormatFloat(r, 'g', 3, 64)
}

// plainCurrencies counts, per subject and currency, the amounts stated
// in one currency only.
func (r *reconciler) plainCurrencies() map[string]int {
	out := map[string]int{}
	for _, it := range r.byKind[claims.Quantity] {
		q, ok := claims.ValueAs[quantity.Quantity](it.c.Value)
		if !ok || q.Dimension != "money" || q.Converted != nil && q.Converted.Unit != q.Unit {
			continue
		}
		if subj := r.cache.subject(it.c.Subject); subj != "" {
			out[subj+"|"+q.Unit]++
		}
	}
	return out
}

// inCurrencyOfOthers reads an amount given in two currencies ("£52
// million (€61 million)") in the one the other articles use for the same
// thing, so that it is compared with them; money in different currencies
// is never compared. With no such majority, the currency that sorts
// first, so that two articles converting each other's way ("€61 million
// (£52 million)") still meet.
func inCurrencyOfOthers(q quantity.Quantity, subj string, plain map[string]int) quantity.Quantity {
	c := q.Converted
	if q.Dimension != "money" || c == nil || c.Unit == q.Unit || c.Dimension != q.Dimension {
		return q
	}
	own, other := plain[subj+"|"+q.Unit], plain[subj+"|"+c.Unit]
	if other > own || other == own && c.Unit < q.Unit {
		swapped := *c
		orig := q
		orig.Converted = nil
		swapped.Converted = &orig
		return swapped
	}
	return q
}

// changeOwners finds, per document, the one thing all its percentage
// changes are changes of ("gdp" when it speaks only of the economy's
// growth), or "" when it speaks of several or of none.
func (r *reconciler) changeOwners() map[int]string {
	out := map[int]string{}
	for _, it := range r.byKind[claims.Quantity] {
		q, ok := claims.ValueAs[quantity.Quantity](it.c.Value)
		if !ok || q.Dimension != "percent" {
			continue
		}
		var owner []string
		change := false
		for _, w := range strings.Fields(r.cache.subject(it.c.Subject)) {
			switch w {
			case "increase", "decrease":
				change = true
			case "forecast":
				owner = nil
				change = false
			default:
				owner = append(owner, w)
			}
		}
		if !change || len(owner) == 0 {
			continue
		}
		o := strings.Join(owner, " ")
		if prev, seen := out[it.doc]; !seen {
			out[it.doc] = o
		} else if prev != o {
			out[it.doc] = ""
		}
	}
	return out
}

// joinRecentPeriod lets the claims of a quantity stated with no period
// join the claims of the same thing stated for a month or quarter that
// ended within margin of their publication ("unemployment fell to 6.3%"
// beside "6.3% in June" in August): the figure of the latest period is
// what an article states without one. It does so only when exactly one
// such period is named for the thing. It returns the keys left.
func joinRecentPeriod(keys []string, groups map[string][]*qitem, margin time.Duration) []string {
	periods := map[string][]string{} // key without period -> absolute period keys
	for _, k := range keys {
		i := strings.LastIndexByte(k, '|')
		if strings.HasPrefix(k[i+1:], "=") {
			periods[k[:i]] = append(periods[k[:i]], k)
		}
	}
	out := keys[:0]
	for _, k := range keys {
		i := strings.LastIndexByte(k, '|')
		if k[i+1:] != "" || len(periods[k[:i]]) != 1 {
			out = append(out, k)
			continue
		}
		target := periods[k[:i]][0]
		end, ok := periodEnd(strings.TrimPrefix(target[strings.LastIndexByte(target, '|')+1:], "="))
		recent := ok
		for _, q := range append(groups[k], groups[target]...) {
			lo, _, ok := pubRange(q.item)
			if !ok || end.Before(lo.Add(-margin)) || end.After(lo.Add(margin)) {
				recent = false
			}
		}
		if !recent {
			out = append(out, k)
			continue
		}
		groups[target] = append(groups[target], groups[k]...)
		sort.SliceStable(groups[target], func(a, b int) bool { return itemLess(groups[target][a].item, groups[target][b].item) })
		delete(groups, k)
	}
	return out
}

// joinQualified lets the claims of a count stated without a qualifier
// ("1,800 jobs") join the claims of the same thing stated with one
// ("1,800 Halvard jobs") when the thing has exactly one qualified form
// and no document gives both: the writer of the plain form meant the
// same thing. Where a document gives both ("105 prisoners", "48 Ardenian
// prisoners": two groups), a plain claim of another document joins the
// one qualified form holding a value it overlaps ("48 Ardenians" beside
// "48 Ardenian prisoners"), and the rest stay apart. It returns the keys
// left.
func joinQualified(keys []string, groups map[string][]*qitem) []string {
	qualified := map[string][]string{} // unqualified key -> qualified keys
	for _, k := range keys {
		if base, ok := unqualifiedKey(k); ok {
			qualified[base] = append(qualified[base], k)
		}
	}
	if len(qualified) == 0 {
		return keys
	}
	out := keys[:0]
	for _, k := range keys {
		targets := qualified[k]
		if len(targets) == 0 || groups[k] == nil {
			out = append(out, k)
			continue
		}
		docs := map[int]bool{} // the documents giving a qualified form
		for _, t := range targets {
			for _, q := range groups[t] {
				docs[q.doc] = true
			}
		}
		shared := false
		for _, q := range groups[k] {
			shared = shared || docs[q.doc]
		}
		if len(targets) == 1 && !shared {
			target := targets[0]
			groups[target] = append(groups[target], groups[k]...)
			sortQitems(groups[target])
			delete(groups, k)
			continue
		}
		var kept []*qitem
		moved := map[string]bool{}
		for _, q := range groups[k] {
			to, n := "", 0
			if !docs[q.doc] {
				for _, t := range targets {
					for _, p := range groups[t] {
						if overlaps(p.lo, p.hi, q.lo, q.hi) {
							to, n = t, n+1
							break
						}
					}
				}
			}
			if n != 1 {
				kept = append(kept, q)
				continue
			}
			groups[to] = append(groups[to], q)
			moved[to] = true
		}
		for _, t := range targets {
			if moved[t] {
				sortQitems(groups[t])
			}
		}
		if len(kept) == 0 {
			delete(groups, k)
			continue
		}
		groups[k] = kept
		out = append(out, k)
	}
	return out
}

func sortQitems(qs []*qitem) {
	sort.SliceStable(qs, func(a, b int) bool { return itemLess(qs[a].item, qs[b].item) })
}

// unqualifiedKey is a quantity key with the qualifier of its subject
// ("prisoner @ardenian") left out; ok is false when it has none.
func unqualifiedKey(k string) (string, bool) {
	parts := strings.Split(k, "|")
	if len(parts) < 5 {
		return "", false
	}
	i := strings.Index(parts[3], " @")
	if i < 0 {
		return "", false
	}
	parts[3] = parts[3][:i]
	return strings.Join(parts, "|"), true
}

// periodEnd is the last day of a month or quarter period key: "2025-06",
// "2025-Q2". A year is too long a period to take an unscoped figure for
// its own.
func periodEnd(p string) (time.Time, bool) {
	if t, err := time.Parse("2006-01", p); err == nil {
		return t.AddDate(0, 1, -1), true
	}
	if quarterISO(p) && p[5] == 'Q' {
		y, _ := strconv.Atoi(p[:4])
		q := int(p[6] - '0')
		return time.Date(y, time.Month(3*q+1), 0, 0, 0, 0, 0, time.UTC), true
	}
	return time.Time{}, false
}

// quantityScope gives the place and time scope of a quantity as the
// extractor read them from its sentence.
func quantityScope(q quantity.Quantity) (place, period string) {
	return q.Place, q.Period
}

// resolvePeriod turns a quantity's time scope into a key that means the
// same in every document: "last year" in an article of January 2024 and
// "this year" in one of December 2023 are both "2023". absolute is true
// when the period is a calendar year, month or week. Anything else (a
// rate such as "every year", "the past three years", "by March") stays as
// written, folded, and is never absolute: such scopes separate facts but
// are too loose to prove a conflict.
func resolvePeriod(period string, pub dates.Partial) (key string, absolute bool) {
	words := strings.Fields(strings.ToLower(strings.TrimSpace(period)))
	if len(words) == 0 {
		return "", false
	}
	raw := strings.Join(words, " ")
	if words[0] == "in" || words[0] == "during" || words[0] == "throughout" {
		words = words[1:]
	}
	if len(words) == 0 {
		return raw, false
	}
	shift := map[string]int{"this": 0, "last": -1, "next": 1}
	if len(words) == 2 && words[0] == "vs" && isYear(words[1]) {
		// "0.4 points lower than in June 2024" in an article of 2025: a
		// change over a year.
		if y, _ := strconv.Atoi(words[1]); pub.Year == y+1 {
			return "year on year", false
		}
		return raw, false
	}
	switch {
	case len(words) == 2 && hasKey(shift, words[0]) && pub.Year != 0:
		n := shift[words[0]]
		switch words[1] {
		case "year":
			return strconv.Itoa(pub.Year + n), true
		case "month":
			if pub.Month != 0 {
				t := time.Date(pub.Year, time.Month(pub.Month)+time.Month(n), 1, 0, 0, 0, 0, time.UTC)
				return t.Format("2006-01"), true
			}
		case "week":
			if pub.Day != 0 {
				t := time.Date(pub.Year, time.Month(pub.Month), pub.Day+7*n, 0, 0, 0, 0, time.UTC)
				y, w := t.ISOWeek()
				return fmt.Sprintf("%04d-W%02d", y, w), true
			}
		}
	case len(words) == 1 && isYear(words[0]):
		return words[0], true
	case len(words) >= 1 && monthNumber(words[0]) != 0:
		m := monthNumber(words[0])
		if len(words) == 2 && isYear(words[1]) {
			return words[1] + fmt.Sprintf("-%02d", m), true
		}
		if len(words) == 1 && pub.Year != 0 && pub.Month != 0 {
			// A bare month in news is the latest one up to publication.
			y := pub.Year
			if m > pub.Month {
				y--
			}
			return fmt.Sprintf("%04d-%02d", y, m), true
		}
	}
	if pub.Year != 0 && (words[0] == "past" || words[0] == "the") {
		return raw + " to " + strconv.Itoa(pub.Year), false
	}
	return raw, false
}

func hasKey(m map[string]int, k string) bool {
	_, ok := m[k]
	return ok
}

func isYear(s string) bool {
	if len(s) != 4 || !isDigits(s) {
		return false
	}
	return s[0] == '1' || s[0] == '2'
}

var monthNames = []string{"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december"}

func monthNumber(s string) int {
	s = strings.TrimSuffix(s, ".")
	if len(s) < 3 {
		return 0
	}
	for i, m := range monthNames {
		if s == m || len(s) <= 4 && strings.HasPrefix(m, s) {
			return i + 1
		}
	}
	return 0
}

// interval is q's [Min, Max], falling back to its value when the
// extractor left the bounds unset.
func interval(q quantity.Quantity) (lo, hi float64) {
	lo, hi = q.Min, q.Max
	if lo == 0 && hi == 0 && q.Value != 0 {
		return q.Value, q.Value
	}
	if lo > hi {
		lo, hi = hi, lo
	}
	return lo, hi
}

// nationalityQualifier returns the capitalized words that stand between
// a count and the noun it counts in the claim's text, folded: "ardenian"
// for "48 Ardenian prisoners", "republican" for "12 Republican
// senators". A count of one side's prisoners is not a count of all
// prisoners, so the qualifier is part of the key (casualty counts aside:
// their tolls are often stated with and without a side and must meet).
// Title case, where the noun is capitalized too, qualifies nothing.
func nationalityQualifier(claimText, subject string) string {
	sw := text.FoldWords(subject)
	if len(sw) == 0 {
		return ""
	}
	head := lemma(sw[len(sw)-1])
	words := strings.Fields(claimText)
	h := -1
	for i := len(words) - 1; i >= 1; i-- {
		if fw := text.FoldWords(words[i]); len(fw) == 1 && lemma(fw[0]) == head {
			h = i
			break
		}
	}
	if h < 2 || capitalized(words[h]) {
		return ""
	}
	var qual []string
	for _, w := range words[1:h] {
		if !capitalized(w) {
			continue
		}
		if fw := text.FoldWords(w); len(fw) == 1 {
			qual = append(qual, fw[0])
		}
	}
	return strings.Join(qual, " ")
}

func capitalized(w string) bool {
	return w != "" && w[0] >= 'A' && w[0] <= 'Z'
}

// genericSubjects say nothing about what is measured or counted.
var genericSubjects = set("people", "other", "time", "thing", "one", "way", "part",
	"case", "item", "unit", "point", "piece", "member", "country", "nation", "state",
	"city", "town", "place", "side", "group", "family", "child", "man", "woman",
	"year", "day", "month", "week", "hour", "minute", "percent", "number", "figure",
	"level", "amount", "total", "record")

// casualtyWords mark counts of people harmed, arrested or moved: these are
// the facts of a story, so they may conflict without a time scope.
var casualtyWords = set("killed", "injured", "missing", "arrested", "evacuated",
	"displaced", "rescued", "hospitalized", "hospitalised", "victim", "casualty",
	"hostage", "infected", "survivor", "deported")

// maxUnscopedRatio bounds how far apart two counts, amounts or
// percentages without a calendar period may be and still be read as one
// fact stated two ways. Sources that disagree on one figure usually give
// close values (120 or 150 new officers, a 6% or 8% rise); the same noun
// counting different things (120 new officers, 3,000 officers in all)
// usually does not.
const maxUnscopedRatio = 1.5

// quantityEvidence says how much evidence a quantity fact with this key
// needs before its values may be called a conflict.
type quantityEvidence int

const (
	neverConflicts quantityEvidence = iota
	conflictsIfClose
	mayConflict
)

func quantityNeeds(dimension, subj, period string) quantityEvidence {
	generic := true
	for _, w := range strings.Fields(subj) {
		if !genericSubjects[w] {
			generic = false
		}
	}
	switch {
	case isCasualty(subj):
		return mayConflict
	case generic:
		return neverConflicts
	case dimension == "count" || dimension == "money" || dimension == "percent":
		if strings.HasPrefix(period, "=") {
			return mayConflict
		}
		return conflictsIfClose
	}
	return mayConflict
}

func quantityFacts(key string, qs []*qitem, update bool) []*fact {
	parts := strings.Split(key, "|")
	dimension, subj, period := parts[1], parts[3], parts[4]
	items := make([]*item, len(qs))
	byItem := map[*item]*qitem{}
	for i, q := range qs {
		items[i] = q.item
		byItem[q.item] = q
	}
	first := qs[0]
	_, period0 := quantityScope(first.q)
	place0 := firstPlace(qs, func(q *qitem) string { return q.q.Place })
	if p := strings.TrimPrefix(period, "="); p != period || period == "year on year" {
		period0 = p // a calendar period reads the same for every source
	}
	if update {
		// A later figure of a toll that rose: name the day it holds for.
		asOf := publishedDay(first.item)
		key += "|as of " + asOf
		if period0 == "" {
			period0 = "as of " + asOf
		}
	}
	f := &fact{
		kind:    claims.Quantity,
		key:     key,
		topic:   quantityTopic(dimension, first.c.Subject, place0, period0),
		subject: strings.TrimSpace(first.c.Subject),
	}
	f.values = groupValues(items, func(it *item) string {
		q := byItem[it]
		return fmt.Sprintf("%g|%g", q.lo, q.hi)
	}, func(it *item) string { return quantityDisplay(byItem[it].q) })
	f.verdict = verdictOf(items)
	disagree := func(x, y *valueGroup) bool {
		qx, qy := byItem[x.items[0]], byItem[y.items[0]]
		return !overlaps(qx.lo, qx.hi, qy.lo, qy.hi)
	}
	needs := quantityNeeds(dimension, subj, period)
	allowed := needs != neverConflicts
	var pick func(g, h *valueGroup) (*item, *item)
	if needs == conflictsIfClose {
		for i, g := range f.values {
			for _, h := range f.values[i+1:] {
				a, b := byItem[g.items[0]].q.Value, byItem[h.items[0]].q.Value
				if disagree(g, h) && ratio(a, b) > maxUnscopedRatio && !transposed(a, b) && !(dimension == "percent" && decimalShift(a, b)) {
					allowed = false
				}
			}
		}
	}
	// Two claims stand for a conflict when both are confident and their
	// figures are not credited to two different parties (attribution.go);
	// without a calendar period, also only when published close together:
	// a figure holds when it is written, and articles far apart in time
	// may both be right.
	// A toll is one fact whoever gives it: police and hospital officials
	// giving two tolls is a discrepancy to check, unlike two parties'
	// counts of a crowd.
	casualty := isCasualty(subj)
	parties := map[*item]string{} // memo: a pick may try every pair
	party := func(it *item) string {
		p, ok := parties[it]
		if !ok {
			p = partyOf(it.c.Sentence, it.c.Text)
			parties[it] = p
		}
		return p
	}
	pick = func(g, h *valueGroup) (*item, *item) {
		for _, a := range g.items {
			for _, b := range h.items {
				if a.confident() && b.confident() && (casualty || !creditedApart(party(a), party(b))) &&
					(needs != conflictsIfClose || publishedWithin(a, b, maxUnscopedSpan)) {
					return a, b
				}
			}
		}
		return nil, nil
	}
	return f.settle(rules{disagree: disagree, mayConflict: allowed, pick: pick, describe: func(a, b *item) {
		f.difference = quantityDifference(dimension, byItem[a].q.Value, byItem[b].q.Value)
		f.diffA, f.diffB = evidence(a), evidence(b)
	}})
}

// transposed reports whether two figures are one written with two of its
// digits swapped, the commonest slip in copying a number: $38 million
// and $83 million, 1,245 and 1,425. Both must be whole numbers of the same
// magnitude with at least two significant digits, so that 12 and 120 or
// 5 and 50 are never taken for a slip.
func transposed(a, b float64) bool {
	da, oka := significantDigits(a)
	db, okb := significantDigits(b)
	if !oka || !okb || len(da) < 2 || len(da) != len(db) || da == db {
		return false
	}
	if math.Floor(math.Log10(a)) != math.Floor(math.Log10(b)) {
		return false
	}
	diff := 0
	for i := range da {
		if da[i] != db[i] {
			diff++
		}
	}
	if diff != 2 {
		return false
	}
	var ca, cb [10]int
	for i := range da {
		ca[da[i]-'0']++
		cb[db[i]-'0']++
	}
	return ca == cb
}

// decimalShift reports whether two figures have the same digits with the
// decimal point moved one or two places: 0.4 and 4 percentage points,
// 1.9% and 19%. Between percentages of one fact that is a slip, not two
// facts.
func decimalShift(a, b float64) bool {
	a, b = math.Abs(a), math.Abs(b)
	if a == 0 || b == 0 {
		return false
	}
	if a > b {
		a, b = b, a
	}
	for _, f := range []float64{10, 100} {
		if math.Abs(a*f-b) <= 1e-9*b {
			return true
		}
	}
	return false
}

// significantDigits is a positive whole number's digits without its
// trailing zeros: "38" for 38,000,000.
func significantDigits(v float64) (string, bool) {
	if v <= 0 || v >= 1e15 || v != math.Trunc(v) {
		return "", false
	}
	return strings.TrimRight(strconv.FormatFloat(v, 'f', 0, 64), "0"), true
}

// maxUnscopedSpan is how far apart two articles may be published for
// their counts, amounts or percentages without a calendar period to
// contradict each other: a bridge expected to carry 18,000 vehicles a day
// may carry 23,500 a year later.
const maxUnscopedSpan = 31 * 24 * time.Hour

// snapshots splits the claims of a casualty count into the figures of
// successive days when a later article reports that a toll rose: 14 dead
// on Monday and "the death toll rose to 31" on Tuesday is an update, not
// a conflict. An article reports an update when one of its casualty
// counts stands in a sentence that says so (updateWords: rose, climbed,
// "up from"…); it applies to every count of that article. Each
// publication day's counts from such articles are compared with the
// snapshot before them; when some lie above a value there and none
// below, they open a new snapshot. A lower figure later, or a higher one
// without a word of change, stays in the same snapshot, where it may
// conflict: 12 injured on Friday and 15 on Saturday, with nothing said
// of a rise, is a contradiction. When an article has no publication day,
// everything stays in one snapshot.
func (r *reconciler) snapshots(key string, qs []*qitem) [][]*qitem {
	parts := strings.Split(key, "|")
	if len(parts) < 4 || !isCasualty(parts[3]) {
		return [][]*qitem{qs}
	}
	byDay := map[int][]*qitem{}
	var days []int
	for _, q := range qs {
		lo, hi, ok := pubRange(q.item)
		if !ok || !lo.Equal(hi) {
			return [][]*qitem{qs}
		}
		d := int(lo.Unix() / 86400)
		if _, seen := byDay[d]; !seen {
			days = append(days, d)
		}
		byDay[d] = append(byDay[d], q)
	}
	if len(days) < 2 {
		return [][]*qitem{qs}
	}
	sort.Ints(days)
	out := [][]*qitem{byDay[days[0]]}
	for _, d := range days[1:] {
		cur := out[len(out)-1]
		var updates, rest []*qitem
		for _, x := range byDay[d] {
			if r.reportsUpdate(x.item) {
				updates = append(updates, x)
			} else {
				rest = append(rest, x)
			}
		}
		above, below := false, false
		for _, x := range updates {
			for _, y := range cur {
				if x.lo > y.hi {
					above = true
				}
				if x.hi < y.lo {
					below = true
				}
			}
		}
		if above && !below {
			out[len(out)-1] = append(cur, rest...)
			out = append(out, updates)
		} else {
			out[len(out)-1] = append(cur, byDay[d]...)
		}
	}
	if len(out) == 1 {
		return [][]*qitem{qs}
	}
	for _, s := range out {
		sort.SliceStable(s, func(i, j int) bool { return itemLess(s[i].item, s[j].item) })
	}
	return out
}

// reportsUpdate reports whether the article of it says of one of its
// casualty counts that it changed (see snapshots).
func (r *reconciler) reportsUpdate(it *item) bool {
	if v, ok := r.updates[it.doc]; ok {
		return v
	}
	found := false
	for _, x := range r.byKind[claims.Quantity] {
		if x.doc != it.doc || x.c.Sentence == "" || !isCasualty(r.cache.subject(x.c.Subject)) {
			continue
		}
		for _, w := range r.cache.foldedWords(x.c.Sentence) {
			if updateWords[w] {
				found = true
				break
			}
		}
		if found {
			break
		}
	}
	r.updates[it.doc] = found
	return found
}

// isCasualty reports whether a subject key counts people harmed,
// arrested or moved.
func isCasualty(subj string) bool {
	for _, w := range strings.Fields(subj) {
		if casualtyWords[w] {
			return true
		}
	}
	return false
}

// publishedDay is the day a claim's article was published, "2006-01-02".
func publishedDay(it *item) string {
	lo, _, ok := pubRange(it)
	if !ok {
		return ""
	}
	return lo.Format("2006-01-02")
}

// ratio is the larger magnitude over the smaller: 1.25 for 120 and 150.
func ratio(a, b float64) float64 {
	a, b = math.Abs(a), math.Abs(b)
	if a < b {
		a, b = b, a
	}
	if b == 0 {
		return math.Inf(1)
	}
	return a / b
}

// overlaps reports whether two intervals share a value. Rounding
// intervals that only touch do not: "2 countries" is [1.5, 2.5] and "3
// countries" [2.5, 3.5], and two and three are not the same count. A
// point on the other's boundary does overlap.
func overlaps(alo, ahi, blo, bhi float64) bool {
	lo, hi := math.Max(alo, blo), math.Min(ahi, bhi)
	if lo < hi {
		return true
	}
	return lo == hi && (alo == ahi || blo == bhi)
}

var dimensionNouns = map[string]string{
	"length": "length", "mass": "weight", "area": "area", "volume": "volume",
	"money": "amount", "percent": "percentage", "count": "number",
	"duration": "duration", "speed": "speed", "temperature": "temperature",
}

// quantityTopic names a quantity fact: "length of the pipeline", "number
// of visitors in Portugal (last year)".
func quantityTopic(dimension, subject, place, period string) string {
	noun := dimensionNouns[dimension]
	if noun == "" {
		noun = dimension
	}
	subject = strings.TrimSpace(subject)
	var t string
	if dimension == "count" || strings.HasSuffix(subject, "s") {
		t = noun + " of " + subject
	} else {
		t = noun + " of the " + subject
	}
	if place != "" {
		t += " in " + place
	}
	if period != "" {
		t += " (" + period + ")"
	}
	return t
}

func quantityDisplay(q quantity.Quantity) string {
	if q.Display != "" {
		return q.Display
	}
	return strconv.FormatFloat(q.Value, 'f', -1, 64) + " " + q.Unit
}

// quantityDifference says how far apart two values are.
func quantityDifference(dimension string, a, b float64) string {
	m := math.Max(math.Abs(a), math.Abs(b))
	if m == 0 {
		return ""
	}
	if dimension == "percent" {
		// Percentages differ in points: 6% and 8% are 2 points apart, not
		// 25%.
		// Round away the float error of the subtraction: 0.6 - 0.4 is
		// 0.19999999999999996.
		diff := math.Round(math.Abs(a-b)*1e6) / 1e6
		d := strconv.FormatFloat(diff, 'f', -1, 64)
		if diff == 1 {
			return d + " percentage point"
		}
		return d + " percentage points"
	}
	if dimension == "temperature" {
		// A difference of kelvin is one of degrees Celsius; a share of
		// kelvin means nothing to a reader.
		return strconv.FormatFloat(math.Round(math.Abs(a-b)*10)/10, 'f', -1, 64) + " °C"
	}
	pct := formatPercent(math.Abs(a-b) / m * 100)
	if dimension == "count" {
		return strconv.FormatFloat(math.Abs(a-b), 'f', -1, 64) + " (" + pct + ")"
	}
	return pct
}

// formatPercent keeps two significant digits for small differences and
// whole percents for large ones: "0.35%", "1.7%", "43%".
func formatPercent(p float64) string {
	var s string
	switch {
	case p < 1:
		s = strconv.FormatFloat(p, 'f', 2, 64)
	case p < 10:
		s = strconv.FormatFloat(p, 'f', 1, 64)
	default:
		s = strconv.FormatFloat(p, 'f', 0, 64)
	}
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	return s + "%"
}

// conversionFact reports a quantity whose parenthetical conversion does
// not agree with its first reading, or nil.
func conversionFact(it *item, q quantity.Quantity) *fact {
	c := q.Converted
	if c == nil || c.Unit != q.Unit || c.Dimension != q.Dimension {
		return nil
	}
	alo, ahi := interval(q)
	blo, bhi := interval(*c)
	widen := func(lo, hi float64) (float64, float64) {
		if q.Dimension == "temperature" {
			// Kelvin start at absolute zero: a share of them is no
			// rounding margin. 44.6°C rounds to 112°F or 113°F.
			return lo - temperatureSlack, hi + temperatureSlack
		}
		return lo - math.Abs(lo)*conversionSlack, hi + math.Abs(hi)*conversionSlack
	}
	alo, ahi = widen(alo, ahi)
	blo, bhi = widen(blo, bhi)
	if ahi >= blo && bhi >= alo {
		return nil
	}
	subj := strings.TrimSpace(it.c.Subject)
	if subj == "" {
		subj = it.c.Text
	}
	return &fact{
		verdict: Conflict,
		kind:    claims.Quantity,
		key:     "conversion|" + q.Dimension + "|" + subjectKey(subj) + "|" + quantityDisplay(q) + "|" + quantityDisplay(*c),
		topic:   "conversion of the " + quantityTopic(q.Dimension, subj, "", ""),
		subject: subj,
		values: []*valueGroup{
			{key: "stated", display: quantityDisplay(q), items: []*item{it}},
			{key: "converted", display: quantityDisplay(*c), items: []*item{it}},
		},
		difference: quantityDifference(q.Dimension, q.Value, c.Value),
		diffA:      quantityDisplay(q),
		diffB:      quantityDisplay(*c),
	}
}
