package quantity

import (
	"math"
	"strconv"
	"strings"

	"crosscheck/claims/number"
	"crosscheck/claims/text"
)

// about is how far "about", "roughly" and "some" widen a value: ±10 %.
const about = 0.10

// build turns a reading into a match: it applies the qualifier, converts
// to the canonical unit, finds the subject and the scope, and writes the
// display.
func (s *scanner) build(r reading, q string, conv *reading) {
	// Of the two readings of a conversion, the metric one is primary:
	// it is what other sources compare against in SI.
	if conv != nil && r.hasUnit && conv.hasUnit && !r.u.metric && conv.u.metric {
		first, next, attr := r.first, r.next, r.attributive
		r, *conv = *conv, r
		r.first, r.next, r.attributive = first, next, attr
	}
	if s.halfOfUnit(r) {
		return // "a half" in "a year and a half" was read with the year
	}
	if r.hasUnit && r.u.dim == Duration && !r.isRange && s.lw(r.next) == "and" && s.lw(r.next+1) == "a" && s.lw(r.next+2) == "half" {
		// "a year and a half", "two hours and a half": half a unit more,
		// stated to the half.
		r.value += 0.5
		r.lo, r.hi = r.value-0.25, r.value+0.25
		r.next += 3
	}
	start := r.first
	end := r.next
	scopeEnd := -1
	dim := r.dimension()
	subject, outcome := "", ""
	noun := ""
	conf := 0.9
	fraction := r.n.Fraction && !r.hasUnit && r.cur == "" && !s.isNum(r.numFirst)

	if dim == Count {
		outcome = s.casualtyBefore(start)
		nounAt := end
		if r.n.AtLeast && s.lw(end) == "of" {
			nounAt = end + 1 // "thousands of migrants"
			for nounAt < len(s.toks) && determiners[s.lw(nounAt)] {
				nounAt++
			}
		}
		head, nounEnd, nounText := s.countNoun(nounAt, r.value == 1)
		if s.isDash(end) && s.glued(end) && s.lw(end+1) == "strong" && s.glued(end+1) {
			// "a 5,000-strong crowd", "its 30,000-strong workforce": the
			// group is named in the singular after.
			if h, e := s.nounRun(end + 2); h != "" {
				head, nounEnd, nounText = h, e, s.spanText(end+2, e)
			}
		}
		if head == "" && nounText == "" {
			nounEnd = end
		}
		if head != "" && s.relativeSubject(nounEnd) {
			// "far more than the 18,000 city engineers had expected":
			// the engineers are who expected; the number counts what the
			// clause before it counts.
			head, nounEnd, nounText = "", end, ""
		}
		if o, oEnd := s.outcomeAfterAt(end, nounEnd); o != "" {
			outcome = o
			if oEnd > nounEnd && nounEnd == end {
				nounText = s.spanText(end, oEnd)
			}
			// "14 people were killed": the evidence runs to the outcome.
			end = max(end, oEnd)
		}
		if nounEnd > end {
			end = nounEnd
		}
		// "2,000 passengers a day": the rate's period goes with it.
		if w := s.lw(end); (w == "a" || w == "an" || w == "per" || w == "each" || w == "every") && periodUnits[s.lw(end+1)] && head != "" {
			scopeEnd = end
			end += 2
		}
		noun = nounText
		if head == "lives" && outcome == "" && s.livesLost(start) {
			outcome = "killed"
		}
		if o := outcomes[head]; o != "" && outcome == "" {
			outcome = o
		}
		if (head == "bodies" || head == "corpses") && outcome == "" && q == qNone {
			// "rescuers recovered 56 bodies": at least that many dead.
			outcome, q = "killed", qAtLeast
		}
		if outcome == "" && residentNouns[head] && s.evacuationAround(start, end) {
			outcome = "evacuated" // "evacuation orders cover 2,300 people"
		}
		if outcome == "" && (peopleWords[head] || head == "residents") && s.crowdVerbAfter(end) {
			head = "crowd" // "28,000 people took part in the march"
		}
		if head != "" && s.releasedSide(r.next, nounEnd, head) {
			// "freed 57 Kostravan detainees", "48 Ardenians freed by
			// Kostrava": the prisoners one side released, told apart
			// from the other side's by the name in the phrase.
			head, outcome = "prisoners", ""
			if s.lw(nounEnd) == "of" && s.isWord(nounEnd+1) && s.toks[nounEnd+1].Capitalized() && end == nounEnd {
				end = nounEnd + 2 // the side's name goes with the count: "57 citizens of Kostrava"
			}
		}
		if head == "" && nounText == "" && s.lw(end) == "of" {
			// "68 of the National Assembly's 150 seats", "three of its
			// five engines": the noun after the whole.
			if h, _ := s.partOf(end); h != "" {
				head = h
			}
		}
		if (head == "people" || head == "workers") && start > 0 && hireVerbs[s.lw(start-1)] {
			head = "jobs" // "to employ 3,500 people": the jobs a project makes
			if employVerbs[s.lw(start-1)] && !futureWords[s.lw(start-2)] {
				// "the two firms employ 15,000 people": a head count.
				head = "employees"
			}
		}
		if r.ratio {
			dim = Percent // "one in five adults"
		}
		if fraction && s.lw(r.next) == "of" {
			// "two-thirds of voters": a proportion.
			dim = Percent
			if h, e, t := s.countNoun(r.next+1, false); h != "" {
				head, end, noun = h, e, t
			} else {
				// "a third of the budget", "nine-tenths of the town": a
				// part of one whole, named in the singular.
				j := r.next + 1
				for j < len(s.toks) && (determiners[s.lw(j)] || j > r.next+1 && wholeAdjectives[s.lw(j)]) {
					j++
				}
				if j > r.next+1 {
					if h, e := s.nounRun(j); h != "" {
						head, end, noun = h, e, s.spanText(r.next+1, e)
					}
				}
			}
		}
		switch {
		case outcome != "":
			subject = outcome
		case head != "":
			subject = head
			conf = 0.8
		default:
			if t := s.tollBefore(start); t {
				subject = "killed"
				outcome = "killed"
			} else if s.crowdBefore(start) {
				subject = "crowd" // "police estimated the crowd at 28,000"
				conf = 0.7
			} else if h := s.numberOfBefore(start); h != "" {
				subject = h
				if o := outcomes[h]; o != "" {
					subject = o
				}
				conf = 0.6
			} else if h := s.subjectBefore(start); h != "" && (dim != Count || s.lw(start-1) == "of") {
				subject = h
				conf = 0.6
			} else if h := s.sameFigureAs(start); h != "" {
				// "28,000 people or 110,000", "the organisers said the
				// figure was closer to 110,000": the count before.
				subject = h
				conf = 0.6
			} else {
				conf = 0.2
			}
		}
		if dim == Percent && subject == "" {
			conf = 0.5
		}
	} else if change, cEnd := s.changeOf(start, end); change != "" && dim == Percent {
		// "a 6% increase", "up 8 percent", "prices rose 7%": a change,
		// named the same way whatever the wording.
		subject, end = change, cEnd
	} else {
		if head, hEnd := s.measuredAfter(end, r, start); head != "" {
			subject = head
			end = hEnd
		} else {
			// "12 miles long", "5 ft tall": the adjective goes with it.
			switch s.lw(end) {
			case "long", "wide", "tall", "high", "deep", "thick":
				if dim == Length {
					end++
				}
			}
			if h := s.subjectBefore(start); h != "" {
				subject = h
				conf = 0.8
			} else if h := s.predicateAfter(start, end); h != "" {
				subject = h
				conf = 0.7
			}
		}
		if subject == "" && s.isPunct(start-1, ",") && s.isPunct(end, ",") && start >= 2 && s.isWord(start-2) && !s.toks[start-2].Capitalized() && s.nounLike(start-2) {
			// "The old record, 43.9C, had stood": the noun the figure is
			// set off after.
			subject = s.lw(start - 2)
			conf = 0.7
		}
		if subject == "" {
			if l := s.listLabel(start); l != "" {
				subject = l // "- Mission cost: €415 million"
				conf = 0.7
			}
		}
		if dim == Length && (subject == "" || subject == "orbit" || aircraftNouns[subject]) && (s.altitudeBefore(start) || s.aboveSurface(end) || subject == "orbit") {
			subject = "altitude" // "an orbit 705 km above Earth"
		}
		if dim == Money && s.finedBefore(start) {
			subject = "fine"
		}
		if dim == Money && subject == "" && s.lw(start-1) == "at" && (s.lw(start-2) == "valued" || s.lw(start-2) == "priced") {
			// "The transfer, valued at £62 million, …": the noun set off
			// before the participle.
			j := start - 3
			if s.isPunct(j, ",") {
				j--
			}
			if s.isWord(j) && !s.toks[j].Capitalized() && s.nounLike(j) {
				subject = s.lw(j)
			}
		}
		if dim == Money && subject == "" && s.signedFor(start) {
			subject = "fee" // "has signed until 2030 for £52m": a transfer fee
		}
		if dim == Money && s.dealBefore(start) {
			// "agreed to buy Brightwater for €3.1 billion in cash and
			// shares": the price of the deal.
			subject = "deal"
		}
		if dim == Money && r.perUnit == "share" {
			subject = "share price" // "€24.50 a share", "per share"
		}
		if dim == Duration && subject == "" && s.lw(start-1) == "for" && s.lw(start-2) == "followed" {
			subject = "follow-up" // "each was followed for 8.4 years"
		}
		if dim == Duration {
			if s.sentenceBefore(start) {
				// "sentenced to 12 years", "jailed for five years": a
				// prison term, named as "three years in prison" is.
				subject = "prison"
			} else if s.captivityAround(start, r.next) {
				subject = "captivity" // "held for 412 days", "412 days in custody"
			}
		}
		if dim == Area && s.burnedBefore(start, subject) {
			// "burned 12,400 acres of forest", "the fire grew to 5,000
			// hectares": the area a fire has burned.
			subject = "burned area"
		}
		if dim == Percent && s.ownedBefore(start) {
			// "will hold 70% of the project", "keeps the remaining 30%".
			subject = "stake"
		}
		if r.u.loose {
			conf = 0.7
		}
		if dim == Percent && subject == "" && s.voteShareAt(start) {
			subject = "vote share"
		}
		if dim == Percent && subject == "voters" && s.turnoutAfter(end) {
			subject = "turnout"
		}
	}
	if (subject == "vote share" || subject == "seats") && outcome == "" {
		// A party's share of the vote and its seats are its own.
		if s.lw(end) == "short" {
			subject = "seats short" // "eight seats short of a majority"
		} else if h := s.holderOf(start, end); h != "" {
			subject = h + " " + subject
		}
	}
	// "he hopes one day to fly", "One day, she left": "one day" opening
	// its sentence or before more of the clause is someday, unless a
	// preposition or a verb of lasting makes it a span ("for one day",
	// "took one day", "a one-day strike", "in the job one day.").
	if dim == Duration && r.n.Words && r.value == 1 && !r.isRange && !r.attributive && q == qNone &&
		s.lw(r.numFirst) == "one" && s.lw(r.numFirst+1) == "day" && (start == 0 || s.isWord(r.numFirst+2)) &&
		!spanBefore[s.lw(start-1)] && !durationPrepositions[s.lw(start-1)] {
		return
	}
	// "the 10-year bond yield", "a 30-year mortgage": the term names a
	// kind of security or loan; two articles naming different kinds
	// would seem to disagree, so the comparison is told to ignore it.
	if dim == Duration && r.attributive && securityWords[s.lw(r.next)] {
		conf = 0.2
	}
	// "66 Ma ago", "12 b", "5 fb": a bare number before a symbol the
	// lexicon does not know measures something unknown; as a count of
	// nothing it would be a false figure.
	if dim == Count && subject == "" && noun == "" && !r.isRange && s.unknownSymbol(r.next) {
		return
	}
	// "one" is a pronoun more often than a count, and a count of one
	// thing is rarely a fact worth checking, unless it is a casualty.
	if dim == Count && outcome == "" && r.value == 1 && !r.isRange && q == qNone {
		return
	}
	// "45 and 50 mg": a unit written once after a list applies to each.
	if dim == Count && subject == "" && !r.isRange {
		if x, ok := s.listUnit(r.next); ok {
			r.u, r.hasUnit = x, true
			dim = x.dim
			conf = 0.7
		}
	}
	// "the two countries", "both sides": a number that refers back to
	// things already counted states nothing new.
	if dim == Count && start > 0 && (s.lw(start-1) == "the" || s.lw(start-1) == "these" || s.lw(start-1) == "those") && r.n.Words && r.value < 10 && outcome == "" {
		conf = 0.4
	}
	if dim == Count && subject == "" && fraction {
		conf = 0.2
	}
	// "two more passengers died", "another 3 deaths": an update says the
	// total is at least that.
	if outcome != "" && q == qNone && (s.lw(r.next) == "more" || s.lw(r.next) == "additional" ||
		s.lw(r.next) == "further" || s.lw(start-1) == "another") {
		q = qAtLeast
	}
	v := s.quantityOf(r, q, dim)
	if fraction && dim == Percent {
		scalePercent(&v)
	}
	if r.ratio {
		v.Unit, v.Dimension = "%", Percent
	}
	if conv != nil {
		c := s.quantityOf(*conv, qNone, conv.dimension())
		c.Display = s.display(*conv, qNone, "")
		v.Converted = &c
	}
	v.Display = s.display(r, q, noun)
	if dim == Percent && (fraction || r.ratio) {
		v.Display = qualifierText(q) + fmtNum(math.Round(v.Value*10)/10) + "%"
		if noun != "" {
			v.Display += " of " + noun
		}
	}
	if scopeEnd < 0 {
		scopeEnd = end
	}
	place, period := s.scope(start, scopeEnd)
	if dim == Length || dim == Area {
		period = "" // a border does not grow by the day
	}
	if dim == Percent && strings.HasPrefix(period, "every ") {
		if _, adjacent := s.periodAt(scopeEnd, true); !adjacent {
			// "a 23% lower risk for those who walk 7,000 steps per
			// day": the rate is the steps', not the percentage's.
			period = ""
		}
	}
	if subject == "fee" && strings.HasPrefix(period, "until ") && s.signedFor(start) {
		// "has signed until 2030 for £52m": the end of the contract
		// signed, no period the fee is of.
		period = ""
	}
	if dim == Percent {
		if b := s.comparisonBasis(start, end); b != "" {
			period = b // "1.9% higher than a year earlier": a change over a year
		}
		if subject == "increase" || subject == "decrease" {
			if owner := s.ownerBefore(start); owner != "" {
				// "Unemployment fell to 6.3%, 0.4 points below its level
				// a year before": the change is the figure's before it.
				subject = owner + " " + subject
			}
		}
	}
	if s.forecastBefore(start) {
		// "Economists had expected 0.4 percent growth": a forecast, not
		// the outcome.
		subject = strings.TrimSpace("forecast " + subject)
	}
	s.out = append(s.out, Match{
		Start:      s.toks[start].Start,
		End:        s.toks[end-1].End,
		Value:      v,
		Subject:    normalizeSubject(subject),
		Place:      place,
		Period:     period,
		Confidence: conf,
	})
}

func scalePercent(v *Quantity) {
	v.Value *= 100
	v.Min *= 100
	v.Max *= 100
	v.Unit = "%"
	v.Dimension = Percent
	if v.Max > 100 {
		v.Max = 100
	}
}

// ownerBefore is what the figure before a comma measures, when the
// change at start is set off after it in the same sentence ("6.3%, a
// decline of 0.4 points"): that figure's subject, or "".
func (s *scanner) ownerBefore(start int) string {
	k := start - 1
	for k >= 0 && k >= start-4 && !s.isPunct(k, ",") {
		switch s.lw(k) {
		case "a", "an", "of", "up", "down", "decline", "drop", "fall", "rise", "increase", "decrease", "gain":
			k--
			continue
		}
		return ""
	}
	if !s.isPunct(k, ",") || len(s.out) == 0 {
		return ""
	}
	last := s.out[len(s.out)-1]
	if last.Start < s.toks[0].Start || last.End > s.toks[k].Start || last.Value.Dimension != Percent {
		return ""
	}
	subj := last.Subject
	subj = strings.TrimSuffix(strings.TrimSuffix(subj, " increase"), " decrease")
	if subj == "increase" || subj == "decrease" {
		return ""
	}
	return subj
}

// forecastVerbs make the figure after them a forecast.
var forecastVerbs = set("expected", "expect", "expects", "forecast", "forecasts", "forecasted",
	"predicted", "predict", "predicts", "projected", "anticipated", "anticipate")

// forecastBefore reports whether a verb of forecasting governs the
// quantity at start: "had expected 0.4 percent growth", "forecast growth
// of 0.5%".
func (s *scanner) forecastBefore(start int) bool {
	for k := start - 1; k >= 0 && k >= start-4; k-- {
		if s.toks[k].Kind == text.Punct {
			return false
		}
		if forecastVerbs[s.lw(k)] {
			// "is expected to reach" speaks of the figure itself.
			return !(s.lw(k+1) == "to" && (s.lw(k-1) == "is" || s.lw(k-1) == "are" || s.lw(k-1) == "was" || s.lw(k-1) == "were"))
		}
	}
	return false
}

// halfOfUnit reports whether the reading is the "a half" of "a year and
// a half": a count of one half right after "and" and a unit of time.
func (s *scanner) halfOfUnit(r reading) bool {
	if r.hasUnit || r.cur != "" || r.value != 0.5 || r.first < 2 {
		return false
	}
	k := r.first - 1
	if s.lw(k) == "a" {
		k-- // the half read without its article
	}
	if k < 1 || s.lw(k) != "and" {
		return false
	}
	u, _, ok := s.lookupUnit(k - 1)
	return ok && u.dim == Duration
}

// quantityOf applies the qualifier and converts to the canonical unit.
func (s *scanner) quantityOf(r reading, q, dim string) Quantity {
	v := r.value
	lo, hi := r.lo, r.hi
	floor := 0.0
	if dim == Temperature || v < 0 {
		floor = math.Inf(-1)
	}
	switch q {
	case qMore:
		lo, hi = v, math.Inf(1)
		if r.isRange {
			lo = r.lo
		}
	case qAtLeast:
		lo, hi = v, math.Inf(1)
		if r.isRange {
			lo = r.lo
		}
	case qLess:
		lo, hi = floor, v
	case qAtMost, qUpTo:
		lo, hi = floor, v
		if r.isRange {
			hi = r.hi
		}
	case qAbout:
		w := math.Abs(v) * about
		lo, hi = math.Min(lo, v-w), math.Max(hi, v+w)
	case qNearly:
		lo, hi = math.Min(v-math.Abs(v)*about, lo), v
	case qExactly:
		if !r.isRange && !r.n.AtLeast {
			lo, hi = v, v
		}
	}
	out := Quantity{Dimension: dim, Qualifier: qualifierName(q, r)}
	switch {
	case r.cur != "":
		out.Unit = r.cur
		out.Value, out.Min, out.Max = v, lo, hi
	case r.hasUnit:
		x := r.u
		out.Unit = x.si
		flo, fhi := x.factor, x.factor
		if x.lo != 0 {
			flo, fhi = x.lo, x.hi
		}
		out.Value = v*x.factor + x.offset
		out.Min = scaleBound(lo, flo, fhi, x.offset)
		out.Max = scaleBound(hi, fhi, flo, x.offset)
	default:
		out.Value, out.Min, out.Max = v, lo, hi
	}
	if r.perUnit != "" {
		out.Dimension = out.Dimension + " per " + r.perDim
		out.Unit = out.Unit + "/" + r.perUnit
		out.Value /= r.perFactor
		out.Min /= r.perFactor
		out.Max /= r.perFactor
	}
	return out
}

// scaleBound converts one bound; a positive bound uses the factor that
// widens it (f), a negative one the other (g).
func scaleBound(b, f, g, offset float64) float64 {
	if math.IsInf(b, 0) {
		return b
	}
	if b < 0 {
		return b*g + offset
	}
	return b*f + offset
}

func qualifierName(q string, r reading) string {
	switch q {
	case qNone:
		if r.isRange {
			return "between"
		}
		if r.n.AtLeast {
			return "at least"
		}
		return ""
	case qCompound, qFrom:
		return "between"
	}
	return q
}

func qualifierText(q string) string {
	switch q {
	case qNone, qCompound, qBetween, qFrom:
		return ""
	}
	return q + " "
}

// display writes a quantity the way a reader would say it: "3,891 km",
// "more than 500,000 individuals", "$2 billion", "20–35 km".
func (s *scanner) display(r reading, q, noun string) string {
	b := displayBuilder{buf: s.buf[:0]}
	defer func() { s.buf = b.buf }()
	b.WriteString(qualifierText(q))
	format := fmtNum
	if s.isNum(r.numFirst) && !r.n.Fraction && r.n.Step > 0 && r.n.Step < 1 && (r.perUnit == "" || r.cur != "") {
		// Keep the decimals the writer gave: "$34.50", "2.80 GHz".
		d := int(math.Round(-math.Log10(r.n.Step)))
		if float64(d) == -math.Log10(r.n.Step) || math.Abs(math.Pow(10, float64(-d))-r.n.Step) < 1e-12 {
			format = func(v float64) string { return fmtFixed(v, d) }
		}
	}
	num := format(r.value)
	if r.isRange {
		num = format(r.lo) + "–" + format(r.hi)
	}
	switch {
	case r.cur != "":
		b.WriteString(currencySign(r.cur))
		b.WriteString(num)
	case r.hasUnit && r.u.dim == "magnitude":
		b.WriteString("magnitude ")
		b.WriteString(num)
	case r.hasUnit:
		b.WriteString(num)
		if r.u.sym != "%" && r.u.sym != "°C" && r.u.sym != "°F" {
			b.WriteByte(' ')
		}
		sym := r.u.sym
		if r.value == 1 && !r.isRange && r.u.dim == Duration && len(sym) > 3 && sym[len(sym)-1] == 's' {
			sym = sym[:len(sym)-1] // "1 day", not "1 days"
		}
		b.WriteString(sym)
	default:
		b.WriteString(num)
		if r.n.AtLeast && q == qNone {
			b.Reset()
			b.WriteString("at least ")
			b.WriteString(num)
		}
		if noun != "" {
			b.WriteByte(' ')
			b.WriteString(noun)
		}
	}
	if r.perUnit != "" {
		b.WriteString(" per ")
		b.WriteString(r.perSym)
	}
	return s.str(b.buf)
}

// A displayBuilder appends to a scratch buffer with the methods of a
// strings.Builder that display uses.
type displayBuilder struct{ buf []byte }

func (b *displayBuilder) WriteString(x string) { b.buf = append(b.buf, x...) }
func (b *displayBuilder) WriteByte(c byte) error {
	b.buf = append(b.buf, c)
	return nil
}
func (b *displayBuilder) Reset() { b.buf = b.buf[:0] }

// fmtNum writes a number with thousands separators, or with a scale word
// for round millions and more: 3891 → "3,891", 2e6 → "2 million".
func fmtNum(v float64) string {
	if math.IsInf(v, 0) || math.IsNaN(v) {
		return strconv.FormatFloat(v, 'g', -1, 64)
	}
	a := math.Abs(v)
	for _, sc := range [...]struct {
		f float64
		w string
	}{{1e12, "trillion"}, {1e9, "billion"}, {1e6, "million"}} {
		if a >= sc.f {
			x := v / sc.f
			if math.Abs(x*100-math.Round(x*100)) < 1e-6 {
				return strconv.FormatFloat(math.Round(x*100)/100, 'f', -1, 64) + " " + sc.w
			}
			break
		}
	}
	str := strconv.FormatFloat(v, 'f', -1, 64)
	if dot := strings.IndexByte(str, '.'); dot >= 0 && len(str)-dot > 5 {
		str = strings.TrimRight(strconv.FormatFloat(v, 'f', 4, 64), "0")
		str = strings.TrimSuffix(str, ".")
	}
	intPart, frac := str, ""
	if dot := strings.IndexByte(str, '.'); dot >= 0 {
		intPart, frac = str[:dot], str[dot:]
	}
	sign := ""
	if strings.HasPrefix(intPart, "-") {
		sign, intPart = "-", intPart[1:]
	}
	if len(intPart) <= 3 {
		return sign + intPart + frac
	}
	var b strings.Builder
	b.WriteString(sign)
	pre := len(intPart) % 3
	if pre > 0 {
		b.WriteString(intPart[:pre])
	}
	for k := pre; k < len(intPart); k += 3 {
		if b.Len() > len(sign) {
			b.WriteByte(',')
		}
		b.WriteString(intPart[k : k+3])
	}
	b.WriteString(frac)
	return b.String()
}

// fmtFixed writes v with d decimals and thousands separators, unless it
// is a round million or more, which fmtNum words better.
func fmtFixed(v float64, d int) string {
	if math.Abs(v) >= 1e6 {
		return fmtNum(v)
	}
	str := strconv.FormatFloat(v, 'f', d, 64)
	intPart, frac, _ := strings.Cut(str, ".")
	return fmtNum(mustFloat(intPart)) + "." + frac
}

func mustFloat(s string) float64 {
	f, _ := strconv.ParseFloat(s, 64)
	return f
}

// spanText is the article text of toks[from:to].
func (s *scanner) spanText(from, to int) string {
	if from >= to || to > len(s.toks) {
		return ""
	}
	// Words set apart by single spaces, as they nearly always are, are
	// the sentence's own text.
	start, end := s.toks[from].Start-s.start, s.toks[to-1].End-s.start
	if start >= 0 && end <= len(s.text) {
		single := true
		for k := from + 1; k < to && single; k++ {
			gap := s.text[s.toks[k-1].End-s.start : s.toks[k].Start-s.start]
			single = s.toks[k].Space && gap == " " || !s.toks[k].Space && gap == ""
		}
		if single {
			return s.text[start:end]
		}
	}
	b := s.buf[:0]
	for k := from; k < to; k++ {
		if k > from && s.toks[k].Space {
			b = append(b, ' ')
		}
		b = append(b, s.toks[k].Text...)
	}
	s.buf = b
	return s.str(b)
}

// normalizeSubject folds a subject for comparison: lower case, no
// accents, people under one name, a workforce under another.
func normalizeSubject(w string) string {
	if w == "" {
		return ""
	}
	w = text.Fold(w)
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "'")
	if peopleWords[w] {
		return "people"
	}
	if staffWords[w] {
		return "employees"
	}
	return w
}

// securityWords name securities and loans by their term: "10-year bond",
// "two-year notes", "30-year mortgage".
var securityWords = set("bond", "bonds", "note", "notes", "treasury", "treasuries", "gilt", "gilts",
	"yield", "yields", "mortgage", "mortgages", "bund", "bunds", "jgb", "jgbs")

// spanBefore are the words before "one day" that make it a span of a
// day: verbs of lasting and words that measure.
var spanBefore = set("took", "take", "takes", "taking", "lasted", "lasts", "last", "lasting", "spent",
	"spend", "spends", "than", "only", "just", "about", "nearly", "least", "of", "the", "a", "another",
	"extra", "additional", "each", "every", "per")

// staffWords name a workforce: "15,000 employees", "a staff of 15,000".
var staffWords = set("employees", "staff", "staffers", "personnel", "workforce")

// listUnit finds the unit of a list of numbers that writes it once, at
// the end: "45 and 50 mg", "10, 20 or 30 km".
func (s *scanner) listUnit(k int) (unit, bool) {
	for steps := 0; steps < 4 && k < len(s.toks); steps++ {
		switch s.lw(k) {
		case "and", "or", ",":
			k++
		default:
			return unit{}, false
		}
		n, ok := number.Parse(s.toks, k)
		if !ok || n.AtLeast {
			return unit{}, false
		}
		if x, _, _, ok := s.unitAt(n.Next, n); ok {
			return x, true
		}
		k = n.Next
	}
	return unit{}, false
}

var (
	increaseWords = set("increase", "increases", "rise", "rises", "jump", "jumps", "gain", "gains", "growth",
		"hike", "hikes", "surge", "climb", "boost", "uptick", "rose", "risen", "increased", "grew", "grown",
		"climbed", "jumped", "gained", "soared", "surged", "up", "higher", "advanced", "expanded", "raised",
		"grows", "climbs", "soars", "surges", "increasing", "rising", "growing", "more")
	decreaseWords = set("decrease", "decreases", "drop", "drops", "decline", "declines", "fall", "falls",
		"cut", "cuts", "reduction", "reductions", "dip", "slump", "plunge", "fell", "fallen", "dropped",
		"declined", "decreased", "slipped", "down", "lower", "shrank", "shrunk", "contracted", "plunged",
		"slumped", "tumbled", "sank", "eased", "dipped", "reduced", "lost", "less", "falling", "declining",
		"dropping", "shrinks", "slides", "slid")
)

func changeWord(w string) string {
	switch {
	case increaseWords[w]:
		return "increase"
	case decreaseWords[w]:
		return "decrease"
	}
	return ""
}

// changeAfter is the change a word right after a percentage states:
// "1.9% higher", "0.4 points below its level a year before".
func changeAfter(w string) string {
	switch w {
	case "above":
		return "increase"
	case "below":
		return "decrease"
	}
	return changeWord(w)
}

// changeOf reads a percentage as a change: "a 6% increase in spending",
// "up 8 percent", "prices rose by 7%", "an increase of 5%". It returns
// "increase" or "decrease", after the thing that changed when the
// sentence names it, and the end of the evidence.
func (s *scanner) changeOf(start, end int) (string, int) {
	// After: "a 6% increase (in spending)"
	if c := changeAfter(s.lw(end)); c != "" && s.lw(end) != "more" && s.lw(end) != "less" && s.lw(end) != "up" && s.lw(end) != "down" {
		e := end + 1
		if s.lw(e) == "in" || s.lw(e) == "of" {
			j := e + 1
			for j < len(s.toks) && determiners[s.lw(j)] {
				j++
			}
			if h, he := s.nounRun(j); h != "" {
				return h + " " + c, he
			}
		}
		// "GDP was 1.9% higher": the thing before the verb.
		if h := s.subjectBefore(start); h != "" {
			return h + " " + c, e
		}
		return c, e
	}
	// Before: "up 8 percent", "rose by 7%", "an increase of 5%".
	k := start - 1
	for k >= 0 && (s.lw(k) == "by" || s.lw(k) == "nearly" || s.lw(k) == "almost" || s.lw(k) == "about" ||
		s.lw(k) == "some" || s.lw(k) == "roughly" || s.lw(k) == "a" || s.lw(k) == "further") {
		k--
	}
	if s.lw(k) == "of" && changeWord(s.lw(k-1)) != "" {
		k--
	}
	w := s.lw(k)
	c := changeWord(w)
	if c == "" && s.nounLike(k) && changeWord(s.lw(k-1)) != "" && s.lw(start-1) == "by" {
		// "raised rates by 25 basis points"
		return w + " " + changeWord(s.lw(k-1)), end
	}
	if c == "" || w == "more" || w == "less" {
		return "", end
	}
	if (w == "up" || w == "down") && (strings.HasSuffix(s.lw(k-1), "ed") || s.lw(k-1) == "went" || s.lw(k-1) == "came") {
		// "Unemployment edged down 0.2 points": the thing before the verb.
		if h := s.headBefore(k - 2); h != "" {
			return h + " " + c, end
		}
		return c, end
	}
	if strings.HasSuffix(w, "ing") && w != "rising" || w == "rising" {
		// "with gross domestic product growing by 0.6%"
		if h := s.headBefore(k - 1); h != "" {
			return h + " " + c, end
		}
		return c, end
	}
	if w == "up" || w == "down" || !linkVerbs[w] && !strings.HasSuffix(w, "ed") && w != "rose" && w != "fell" && w != "grew" && w != "sank" && w != "shrank" {
		return c, end
	}
	// "Prices rose 7%": the thing before the verb.
	if h := s.headBefore(k - 1); h != "" {
		return h + " " + c, end
	}
	return c, end
}
