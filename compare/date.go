package compare

import (
	"cmp"
	"sort"
	"strconv"
	"strings"
	"time"

	"crosscheck/claims"
	"crosscheck/claims/dates"
	"crosscheck/claims/text"
)

// Dates.
//
// Key: the broad class of the event. Classes come
// from the extractor (talks, a meeting and a summit are one class) and
// are widened here for grouping: a vote and a decision ("voted to
// approve", "approved") are one kind of event, and so are deaths,
// attacks, crashes and disasters (an "incident"), and so are a deal's
// agreement and its announcement (a "deal"). A date without an event
// says nothing about which fact it dates and takes part in no finding.
//
// Within a key, dates are the same event only when they are close:
// clusters are built over the dates sorted in time, joining a date to the
// cluster before it when the gap between them is at most maxEventGap
// days. The same event words months apart are different events, never a
// conflict. A coarse date (a month) links nothing; it joins the one
// cluster it contains, if exactly one, and otherwise stands with the
// coarse dates equal to it. A year or coarser joins no cluster. Each
// cluster is then split by place (place.go): events in two places are two
// events, and a date without a place belongs to the one place named.
//
// Verdict: a cluster conflicts when two documents give it day-precision
// dates that do not overlap for the same narrow event class (a vote on
// Monday and an approval on Wednesday may be two steps, two votes may
// not), their participants (when both name any) share someone, both
// claims are confident, and no document gives two different days for it
// itself. A date without a year compares with another on month and day
// only. Coarser dates that contain finer ones agree with them, and a
// month joins the one year that holds it. Records and readings, and
// postponements and cancellations, recur day after day (repeatable): their
// dates never conflict.
const maxEventGap = 3

// repeatable are the events a story may tell of on each day of a spell
// (a temperature recorded on Monday, another on Tuesday; flights
// cancelled on Monday, more on Tuesday): their dates agree or stand
// apart, never conflict.
var repeatable = set("record", "postponement")

// eventClasses map a lemma of an event word to its class.
var eventClasses = map[string]string{
	"meeting": "meeting", "meet": "meeting", "met": "meeting", "talks": "meeting",
	"talk": "meeting", "summit": "meeting", "conference": "meeting",
	"negotiation": "meeting", "dialogue": "meeting", "dialog": "meeting",
	"session": "meeting", "consultation": "meeting", "discussion": "meeting",
	"gathering": "meeting", "round": "meeting",
	"visit": "visit", "trip": "visit", "travel": "visit", "tour": "visit",
	"arrival": "visit", "arrive": "visit", "journey": "visit",
	"attack": "attack", "shooting": "attack", "bombing": "attack",
	"explosion": "attack", "blast": "attack", "assault": "attack", "raid": "attack",
	"election": "election", "vote": "election", "poll": "election",
	"ballot": "election", "referendum": "election", "runoff": "election",
	"agreement": "agreement", "deal": "agreement", "accord": "agreement",
	"treaty": "agreement", "signing": "agreement",
	"arrest": "arrest", "detention": "arrest",
	"pledge": "pledge", "promise": "pledge", "vow": "pledge",
	"announcement": "announcement", "announce": "announcement",
	"statement": "announcement",
	"death":     "death", "die": "death", "died": "death", "killing": "death",
	"earthquake": "earthquake", "quake": "earthquake", "tremor": "earthquake",
	"crash": "crash", "collision": "crash", "derailment": "crash",
	"fire": "fire", "wildfire": "fire", "blaze": "fire",
	"storm": "storm", "hurricane": "storm", "typhoon": "storm", "cyclone": "storm",
	"flood": "flood", "flooding": "flood",
}

// broadEvents widen event classes for grouping only: dates of the same
// broad class may agree, conflicts need the same narrow class.
var broadEvents = map[string]string{
	"election": "decision", "vote": "decision", "decision": "decision",
	"death": "incident", "attack": "incident", "crash": "incident",
	"disaster": "incident", "earthquake": "incident", "fire": "incident",
	"storm": "incident", "flood": "incident",
	// A company "agreed on Monday to buy" a rival and "announced on
	// Monday" that it would: one step of a deal, told two ways.
	"agreement": "deal", "announcement": "deal",
}

func broadEvent(narrow string) string {
	if b, ok := broadEvents[narrow]; ok {
		return b
	}
	return narrow
}

// eventKey is the class of an event phrase: its last word that names an
// event class, else its last word, lemmatized.
func eventKey(s string) string {
	words := text.FoldWords(s)
	for i := len(words) - 1; i >= 0; i-- {
		w := words[i]
		if c, ok := eventClasses[w]; ok {
			return c
		}
		if c, ok := eventClasses[lemma(w)]; ok {
			return c
		}
	}
	for i := len(words) - 1; i >= 0; i-- {
		if !stopwords[words[i]] {
			return lemma(words[i])
		}
	}
	return ""
}

type ditem struct {
	*item
	d       dates.Date
	lo, hi  int // days since 1970-01-01; valid when hasYear
	hasYear bool
	md      int // for a date without a year: month*32+day; 0 when unknown
	fine    bool
	day     bool // day precision
	parts   map[string]bool
	cluster int
	event   string // the narrow event class
	place   string // folded (placeKey)
}

// parseDay reads "2006-01-02" into days since the epoch.
func parseDay(s string) (int, bool) {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return 0, false
	}
	return int(t.Unix() / 86400), true
}

func newDitem(it *item, d dates.Date, c *cache) *ditem {
	x := &ditem{item: it, d: d, cluster: -1}
	lo, ok1 := c.day(d.Min)
	hi, ok2 := c.day(d.Max)
	if ok1 && ok2 && lo <= hi {
		x.lo, x.hi, x.hasYear = lo, hi, true
	} else if p, err := dates.ParsePartial(d.ISO); err == nil && p.Year != 0 {
		x.lo, x.hi, x.hasYear = partialBounds(p)
	} else if strings.HasPrefix(d.ISO, "--") {
		// "--12-27": month and day without a year.
		parts := strings.Split(d.ISO[2:], "-")
		if m, err := strconv.Atoi(parts[0]); err == nil && m >= 1 && m <= 12 {
			x.md = m * 32
			if len(parts) > 1 {
				if day, err := strconv.Atoi(parts[1]); err == nil {
					x.md += day
				}
			}
		}
	}
	// Precision comes from the interval, not the label: "Thursday
	// afternoon" (precision time) is a day, "next week" a week.
	if x.hasYear {
		x.day = x.hi == x.lo
		x.fine = x.hi-x.lo < 7
	} else if x.md%32 != 0 {
		x.fine, x.day = true, true
	}
	for _, p := range d.Participants {
		if k := c.place(p); k != "" {
			if x.parts == nil {
				x.parts = map[string]bool{}
			}
			x.parts[k] = true
		}
	}
	return x
}

func partialBounds(p dates.Partial) (lo, hi int, ok bool) {
	switch {
	case p.Day != 0:
		t := time.Date(p.Year, time.Month(p.Month), p.Day, 0, 0, 0, 0, time.UTC)
		d := int(t.Unix() / 86400)
		return d, d, true
	case p.Month != 0:
		t := time.Date(p.Year, time.Month(p.Month), 1, 0, 0, 0, 0, time.UTC)
		e := time.Date(p.Year, time.Month(p.Month)+1, 0, 0, 0, 0, 0, time.UTC)
		return int(t.Unix() / 86400), int(e.Unix() / 86400), true
	}
	t := time.Date(p.Year, 1, 1, 0, 0, 0, 0, time.UTC)
	e := time.Date(p.Year, 12, 31, 0, 0, 0, 0, time.UTC)
	return int(t.Unix() / 86400), int(e.Unix() / 86400), true
}

// monthDay is x's month and day as month*32+day, for comparing with a
// date that has no year.
func (x *ditem) monthDay() int {
	if !x.hasYear {
		return x.md
	}
	t := time.Unix(int64(x.lo)*86400, 0).UTC()
	return int(t.Month())*32 + t.Day()
}

// gap is the number of days between two dates: 0 when they overlap, 1
// for June 13 and 14. With a date lacking its year, month and day
// are compared.
func gap(a, b *ditem) int {
	if a.hasYear && b.hasYear {
		switch {
		case a.hi < b.lo:
			return b.lo - a.hi
		case b.hi < a.lo:
			return a.lo - b.hi
		}
		return 0
	}
	ma, mb := a.monthDay(), b.monthDay()
	if ma == 0 || mb == 0 {
		return 1 << 20
	}
	if ma%32 == 0 || mb%32 == 0 { // a month without a day
		if ma/32 == mb/32 {
			return 0
		}
		return 1 << 20
	}
	ta := time.Date(2000, time.Month(ma/32), ma%32, 0, 0, 0, 0, time.UTC)
	tb := time.Date(2000, time.Month(mb/32), mb%32, 0, 0, 0, 0, time.UTC)
	d := int(ta.Sub(tb).Hours() / 24)
	if d < 0 {
		d = -d
	}
	return d
}

// contains reports whether coarse date a contains date b.
func contains(a, b *ditem) bool {
	if a.hasYear && b.hasYear {
		return a.lo <= b.lo && b.hi <= a.hi
	}
	return false
}

func (r *reconciler) dates() []*fact {
	buckets := map[string][]*ditem{}
	var keys []string
	for _, it := range r.byKind[claims.Date] {
		d, ok := claims.ValueAs[dates.Date](it.c.Value)
		if !ok || d.Precision == "set" || d.Precision == "ref" || inDateline(it.c) {
			// "every year" and "now" or "recently" date no one event;
			// "PORT SERAYA, Oct. 16 (QNA) -" dates the filing.
			continue
		}
		if d.Precision == "time" && !it.confident() {
			// "Launch time: 06:42 local": the text gives no day, and the
			// one the extractor guessed is not the article's claim.
			continue
		}
		event := d.Event
		if event == "" {
			event = it.c.Subject
		}
		ev := r.cache.event(event)
		if ev == "" {
			continue
		}
		x := newDitem(it, d, r.cache)
		if !x.hasYear && x.md == 0 {
			continue
		}
		x.event = ev
		x.place = r.cache.place(d.Place)
		key := "date|" + broadEvent(ev)
		if _, ok := buckets[key]; !ok {
			keys = append(keys, key)
		}
		buckets[key] = append(buckets[key], x)
	}
	var facts []*fact
	place := func(x *ditem) string { return x.place }
	// Two places are named for one event when they date it to the same
	// day; a month overlapping a day says too little.
	sameDate := func(x, y *ditem) bool { return x.day && y.day && gap(x, y) == 0 }
	for _, key := range keys {
		for _, cl := range dateClusters(buckets[key]) {
			for _, part := range placeParts(cl, place, sameDate) {
				facts = append(facts, dateFacts(key+"|"+firstPlace(part, place), part)...)
			}
		}
	}
	return facts
}

// inDateline reports whether a date claim is the date of a wire
// dateline: the sentence opens with a place and a comma, the date
// follows, then an agency in brackets or not, then a dash ("SANTA
// ILVERA, Feb 10 (Hale News) -", "Lima, Oct. 16 .-"). It dates when the
// story was filed, not the event the sentence goes on to tell.
func inDateline(c *claims.Claim) bool {
	s, t := c.Sentence, c.Text
	i := strings.Index(s, t)
	if i <= 0 || i > 60 || t == "" {
		return false
	}
	place, ok := strings.CutSuffix(s[:i], ", ")
	if !ok || place == "" {
		return false
	}
	for _, w := range strings.FieldsFunc(place, func(r rune) bool { return r == ' ' || r == ',' }) {
		if r := w[0]; !(r >= 'A' && r <= 'Z') && w != "de" && w != "del" && w != "la" && w != "of" {
			return false
		}
		if notPlaceWords[strings.ToLower(w)] || monthNumber(strings.ToLower(w)) != 0 {
			return false // "On Monday, Oct. 14 - …" opens a sentence
		}
	}
	rest := strings.TrimLeft(s[i+len(t):], " ")
	if strings.HasPrefix(rest, "(") {
		j := strings.IndexByte(rest, ')')
		if j < 0 || j > 40 {
			return false
		}
		rest = strings.TrimLeft(rest[j+1:], " ")
	}
	for _, dash := range []string{"-", "—", "–", ".-", ".–", ".—"} {
		if strings.HasPrefix(rest, dash) {
			return true
		}
	}
	return false
}

// notPlaceWords open sentences, not datelines.
var notPlaceWords = set("on", "in", "at", "by", "since", "until", "last", "this", "next", "from",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday")

// dateClusters splits one bucket into events.
func dateClusters(xs []*ditem) [][]*ditem {
	var fine, partial, coarse []*ditem
	for _, x := range xs {
		switch {
		case x.fine && x.hasYear:
			fine = append(fine, x)
		case x.fine:
			partial = append(partial, x)
		default:
			coarse = append(coarse, x)
		}
	}
	sort.SliceStable(fine, func(i, j int) bool { return fine[i].lo < fine[j].lo })
	var clusters [][]*ditem
	reach := 0
	for _, x := range fine {
		if n := len(clusters); n > 0 && x.lo-reach <= maxEventGap {
			clusters[n-1] = append(clusters[n-1], x)
			reach = max(reach, x.hi)
		} else {
			clusters = append(clusters, []*ditem{x})
			reach = x.hi
		}
	}
	// A date without a year joins the one cluster holding a date close to
	// it on the calendar; else it clusters with other such dates.
	var loose []*ditem
	for _, x := range partial {
		match := -1
		for i, cl := range clusters {
			for _, y := range cl {
				if gap(x, y) <= maxEventGap {
					if match >= 0 && match != i {
						match = -2
					} else if match != -2 {
						match = i
					}
					break
				}
			}
		}
		if match >= 0 {
			clusters[match] = append(clusters[match], x)
		} else {
			loose = append(loose, x)
		}
	}
	sort.SliceStable(loose, func(i, j int) bool { return loose[i].md < loose[j].md })
	for i, x := range loose {
		if i > 0 && gap(loose[i-1], x) <= maxEventGap {
			clusters[len(clusters)-1] = append(clusters[len(clusters)-1], x)
		} else {
			clusters = append(clusters, []*ditem{x})
		}
	}
	// A coarse date joins the one cluster it contains, if it is no
	// coarser than a month: "in June" may well be the meeting of
	// June 13, "in 2023" says too little to be any one event.
	byISO := map[string]int{}
	for _, x := range coarse {
		match := -1
		for i, cl := range clusters {
			if !x.hasYear || x.hi-x.lo > 31 {
				break
			}
			all := true
			for _, y := range cl {
				if !contains(x, y) {
					all = false
					break
				}
			}
			if all {
				if match >= 0 {
					match = -2
					break
				}
				match = i
			}
		}
		if match >= 0 {
			clusters[match] = append(clusters[match], x)
			continue
		}
		k := x.d.ISO + "|" + strconv.Itoa(x.lo) + "|" + strconv.Itoa(x.hi)
		if i, ok := byISO[k]; ok {
			clusters[i] = append(clusters[i], x)
			continue
		}
		byISO[k] = len(clusters)
		clusters = append(clusters, []*ditem{x})
	}
	clusters = joinMonthsToYears(clusters, byISO)
	for _, cl := range clusters {
		sort.SliceStable(cl, func(i, j int) bool { return itemLess(cl[i].item, cl[j].item) })
	}
	return clusters
}

// docsOf counts the documents of a cluster's dates.
func docsOf(xs []*ditem) int {
	seen := map[int]bool{}
	for _, x := range xs {
		seen[x.doc] = true
	}
	return len(seen)
}

// joinMonthsToYears lets a group of equal months join the one group of
// equal years, given by two articles or more, that holds it: "until June 2030" and "until 2030" date one
// contract's end at two precisions. Such groups hold no day, so joining
// them can make an agreement, never a conflict. coarse maps each coarse
// group to its index in clusters.
func joinMonthsToYears(clusters [][]*ditem, coarse map[string]int) [][]*ditem {
	idx := make([]int, 0, len(coarse))
	for _, i := range coarse {
		idx = append(idx, i)
	}
	sort.Ints(idx) // map order must not decide anything
	gone := map[int]bool{}
	for _, i := range idx {
		m := clusters[i][0]
		if span := m.hi - m.lo; span < 27 || span > 31 {
			continue // a month
		}
		into := -1
		for _, j := range idx {
			y := clusters[j][0]
			if span := y.hi - y.lo; j == i || span < 364 || span > 366 || !contains(y, m) {
				continue // a year that holds the month
			}
			if docsOf(clusters[j]) < 2 {
				continue // one article's year says too little to take a month in
			}
			if into >= 0 {
				into = -2
				break
			}
			into = j
		}
		if into >= 0 {
			clusters[into] = append(clusters[into], clusters[i]...)
			gone[i] = true
		}
	}
	if len(gone) == 0 {
		return clusters
	}
	out := clusters[:0]
	for i, cl := range clusters {
		if !gone[i] {
			out = append(out, cl)
		}
	}
	return out
}

func dateFacts(key string, xs []*ditem) []*fact {
	items := make([]*item, len(xs))
	byItem := map[*item]*ditem{}
	for i, x := range xs {
		items[i] = x.item
		byItem[x.item] = x
	}
	first := xs[0]
	event := first.d.Event
	if event == "" {
		event = first.c.Subject
	}
	f := &fact{
		kind:    claims.Date,
		key:     key,
		topic:   dateTopic(event, firstPlace(xs, func(x *ditem) string { return x.d.Place })),
		subject: strings.TrimSpace(event),
		verdict: verdictOf(items),
	}
	// A value is a span of days: "Monday" and "early Monday morning" give
	// one day.
	f.values = groupValues(items, func(it *item) string {
		x := byItem[it]
		if x.hasYear {
			return strconv.Itoa(x.lo) + ".." + strconv.Itoa(x.hi)
		}
		return x.d.ISO
	}, func(it *item) string { return dateDisplay(byItem[it].d) })
	// The bucket key alone would merge distinct events; the month of the
	// cluster's earliest date keeps them apart while staying independent
	// of wording and order.
	f.key = key + "|" + clusterAnchor(xs)
	// Dates disagree when both are days and do not overlap; they may
	// conflict when they are close and their participants can be one
	// group. Any other disagreement splits the fact.
	// A value group holds one date, perhaps for several narrow events;
	// two groups disagree when they give different days to one narrow
	// event.
	events := make(map[*valueGroup]map[string]bool, len(f.values))
	for _, g := range f.values {
		events[g] = map[string]bool{}
		for _, it := range g.items {
			events[g][byItem[it].event] = true
		}
	}
	sameEvent := func(g, h *valueGroup) bool {
		for e := range events[g] {
			if events[h][e] {
				return true
			}
		}
		return false
	}
	disagree := func(g, h *valueGroup) bool {
		x, y := byItem[g.items[0]], byItem[h.items[0]]
		return x.day && y.day && gap(x, y) > 0 && sameEvent(g, h)
	}
	mayConflict := !repeatable[first.event]
	for i, g := range f.values {
		for _, h := range f.values[i+1:] {
			x, y := byItem[g.items[0]], byItem[h.items[0]]
			if disagree(g, h) && (gap(x, y) > maxEventGap || !sharesParticipant(x, y)) {
				mayConflict = false
			}
		}
	}
	// The conflicting pair is two confident claims of one narrow event.
	pick := func(g, h *valueGroup) (*item, *item) {
		for _, a := range g.items {
			for _, b := range h.items {
				if a.confident() && b.confident() && byItem[a].event == byItem[b].event {
					return a, b
				}
			}
		}
		return nil, nil
	}
	// Two different days are two events even when their narrow classes
	// differ: a vote on Monday, an approval on Wednesday.
	apart := func(g, h *valueGroup) bool {
		x, y := byItem[g.items[0]], byItem[h.items[0]]
		return x.day && y.day && gap(x, y) > 0
	}
	topic := func(g *valueGroup) string {
		d := byItem[g.items[0]].d
		return dateTopic(cmp.Or(d.Event, g.items[0].c.Subject), d.Place)
	}
	return f.settle(rules{disagree: disagree, apart: apart, mayConflict: mayConflict, pick: pick, topic: topic, byDocument: true, describe: func(a, b *item) {
		n := gap(byItem[a], byItem[b])
		f.difference = strconv.Itoa(n) + " day"
		if n != 1 {
			f.difference += "s"
		}
		f.diffA, f.diffB = evidence(a), evidence(b)
	}})
}

// sharesParticipant reports whether two dates can be of one event as far
// as their participants go: either names none, or they share one.
func sharesParticipant(x, y *ditem) bool {
	if len(x.parts) == 0 || len(y.parts) == 0 {
		return true
	}
	for p := range x.parts {
		if y.parts[p] {
			return true
		}
	}
	return false
}

func clusterAnchor(xs []*ditem) string {
	best := ""
	for _, x := range xs {
		iso := x.d.ISO
		if x.hasYear {
			iso = time.Unix(int64(x.lo)*86400, 0).UTC().Format("2006-01")
		}
		if best == "" || iso < best {
			best = iso
		}
	}
	return best
}

func dateTopic(event, place string) string {
	event = strings.TrimSpace(event)
	t := "date of the " + event
	if place = strings.TrimSpace(place); place != "" {
		t += " in " + place
	}
	return t
}

func dateDisplay(d dates.Date) string {
	if d.Display != "" {
		return d.Display
	}
	return d.ISO
}
