package gold

import (
	"fmt"
	"math"
	"path/filepath"
	"strings"
	"time"

	"crosscheck/claims"
	"crosscheck/claims/dates"
	"crosscheck/claims/people"
	"crosscheck/claims/quantity"
	"crosscheck/claims/text"
	"crosscheck/compare"
)

// Result is how a report scores against a gold file.
type Result struct {
	// File is the gold file's path.
	File     string
	Complete bool
	// Verdicts has one score per verdict the gold requires, in the order
	// conflict, variant, agree, single.
	Verdicts []VerdictScore
	// Found pairs each matched gold finding with the reported findings
	// that match it; Missed lists the others.
	Found  []Found
	Missed []Missed
	// ReportedConflicts counts the report's conflicts; TrueConflicts those
	// that match a gold or optional conflict. FalseConflicts lists the
	// others, for a complete corpus only (otherwise an unlisted conflict
	// may be real).
	ReportedConflicts int
	TrueConflicts     int
	FalseConflicts    []compare.Finding
}

// A VerdictScore is the recall of one verdict.
type VerdictScore struct {
	Verdict       compare.Verdict
	Gold, Matched int
}

// Recall is Matched / Gold, or 1 when the gold has none.
func (v VerdictScore) Recall() float64 {
	if v.Gold == 0 {
		return 1
	}
	return float64(v.Matched) / float64(v.Gold)
}

// Found is a gold finding and the ids of the reported findings that match.
type Found struct {
	Gold     Finding
	Findings []string
}

// Missed is a gold finding no reported finding matches, with what came
// closest and why it failed, and what became of each gold claim.
type Missed struct {
	Gold Finding
	// Nearest is the id of the reported finding that passed the most
	// checks, and Reason the first check it failed; both empty when the
	// report has no finding of the kind.
	Nearest string
	Reason  string
	// Claims says, per gold claim, which claims of its document give the
	// value and in which findings they stand: the difference between an
	// extraction miss and a reconciliation miss.
	Claims []string
}

// Precision is the conflict precision, TrueConflicts / ReportedConflicts;
// ok is false when it is not defined (an incomplete corpus, or no
// conflict reported).
func (r *Result) Precision() (p float64, ok bool) {
	if !r.Complete || r.ReportedConflicts == 0 {
		return 0, false
	}
	return float64(r.TrueConflicts) / float64(r.ReportedConflicts), true
}

// Failed reports whether the run fails the gold: a required finding
// missed, or a false conflict reported. "crosscheck eval" exits 1 then.
func (r *Result) Failed() bool {
	return len(r.Missed) > 0 || len(r.FalseConflicts) > 0
}

// Score matches report against g by the rules of EVAL.md.
func Score(report *compare.Report, g *Gold) Result {
	ix := newIndex(report)
	res := Result{File: g.Path, Complete: g.Complete}
	counts := map[compare.Verdict]*VerdictScore{}
	for _, gf := range g.Findings {
		vs := counts[gf.Verdict]
		if vs == nil {
			vs = &VerdictScore{Verdict: gf.Verdict}
			counts[gf.Verdict] = vs
		}
		vs.Gold++
		var ids []string
		for i := range report.Findings {
			if ix.match(&report.Findings[i], &gf) == "" {
				ids = append(ids, report.Findings[i].ID)
			}
		}
		if len(ids) > 0 {
			vs.Matched++
			res.Found = append(res.Found, Found{Gold: gf, Findings: ids})
			continue
		}
		res.Missed = append(res.Missed, ix.explain(report, gf))
	}
	for _, v := range []compare.Verdict{compare.Conflict, compare.Variant, compare.Agree, compare.Single} {
		if vs := counts[v]; vs != nil {
			res.Verdicts = append(res.Verdicts, *vs)
		}
	}
	for i := range report.Findings {
		f := &report.Findings[i]
		if f.Verdict != compare.Conflict {
			continue
		}
		res.ReportedConflicts++
		if ix.matchesAny(f, g.Findings) || ix.matchesAny(f, g.Optional) {
			res.TrueConflicts++
		} else if g.Complete {
			res.FalseConflicts = append(res.FalseConflicts, *f)
		}
	}
	return res
}

type index struct {
	claims map[string]*claims.Claim
	docs   map[string]*claims.Document
}

func newIndex(r *compare.Report) *index {
	ix := &index{claims: map[string]*claims.Claim{}, docs: map[string]*claims.Document{}}
	for i := range r.Claims {
		ix.claims[r.Claims[i].ID] = &r.Claims[i]
	}
	for _, d := range r.Documents {
		if d != nil {
			ix.docs[d.ID] = d
		}
	}
	return ix
}

func (ix *index) matchesAny(f *compare.Finding, gs []Finding) bool {
	for i := range gs {
		if gs[i].Verdict == f.Verdict && ix.match(f, &gs[i]) == "" {
			return true
		}
	}
	return false
}

// match checks a reported finding against a gold finding and returns ""
// when it matches, else the first reason it does not.
func (ix *index) match(f *compare.Finding, g *Finding) string {
	reason, _ := ix.check(f, g)
	return reason
}

// check returns the first failed check, and how many checks passed before
// it (to find the nearest finding to a missed one).
func (ix *index) check(f *compare.Finding, g *Finding) (reason string, passed int) {
	if string(f.Kind) != g.Kind {
		return fmt.Sprintf("kind is %s, not %s", f.Kind, g.Kind), passed
	}
	passed++
	if g.Person != "" {
		if !ix.aboutPerson(f, g.Person) {
			return fmt.Sprintf("it is about %q, not %s", f.Subject, g.Person), passed
		}
		passed++
	}
	if len(g.About) > 0 {
		if !ix.aboutWords(f, g.About) {
			return fmt.Sprintf("neither its topic %q nor its claims' subjects contain %s", f.Topic, strings.Join(g.About, ", ")), passed
		}
		passed++
	}
	for _, gc := range g.Claims {
		if !ix.hasClaim(f, g.Kind, &gc) {
			return fmt.Sprintf("it has no claim of %s giving %s", gc.Doc, gc.Value), passed
		}
		passed++
	}
	if f.Verdict != g.Verdict {
		return fmt.Sprintf("its verdict is %s, not %s", f.Verdict, g.Verdict), passed
	}
	return "", passed + 1
}

// aboutPerson: the finding's subject, or the person of one of its
// claims, is the gold person (folded; a surname alone matches).
func (ix *index) aboutPerson(f *compare.Finding, person string) bool {
	if samePerson(f.Subject, person) {
		return true
	}
	for _, id := range f.Claims {
		c := ix.claims[id]
		if c == nil {
			continue
		}
		if samePerson(personOf(c), person) || samePerson(c.Subject, person) {
			return true
		}
	}
	return false
}

func personOf(c *claims.Claim) string {
	switch v := c.Value.(type) {
	case people.Role:
		return v.Person
	case *people.Role:
		return v.Person
	case people.Age:
		return v.Person
	case *people.Age:
		return v.Person
	case people.Quote:
		return v.Speaker
	case *people.Quote:
		return v.Speaker
	case people.Name:
		return v.Display
	case *people.Name:
		return v.Display
	}
	return ""
}

// samePerson compares names folded: equal, or one's words all in the
// other's with the same last word ("Ostróva" is "Lena Ostrova").
func samePerson(a, b string) bool {
	wa, wb := text.FoldWords(a), text.FoldWords(b)
	if len(wa) == 0 || len(wb) == 0 {
		return false
	}
	if wa[len(wa)-1] != wb[len(wb)-1] {
		return false
	}
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	for _, w := range wa {
		found := false
		for _, v := range wb {
			if v == w {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// aboutWords: the topic or a claim's subject contains one of the words.
func (ix *index) aboutWords(f *compare.Finding, words []string) bool {
	texts := []string{f.Topic, f.Subject}
	for _, id := range f.Claims {
		if c := ix.claims[id]; c != nil {
			texts = append(texts, c.Subject)
		}
	}
	for _, t := range texts {
		tw := " " + strings.Join(text.FoldWords(t), " ") + " "
		for _, w := range words {
			if fw := strings.Join(text.FoldWords(w), " "); fw != "" && strings.Contains(tw, " "+fw+" ") {
				return true
			}
		}
	}
	return false
}

// hasClaim: the finding includes a claim of the gold claim's document
// whose value matches.
func (ix *index) hasClaim(f *compare.Finding, kind string, gc *Claim) bool {
	for _, id := range f.Claims {
		c := ix.claims[id]
		if c != nil && ix.inDoc(c, gc.Doc) && valueMatches(c, kind, gc) {
			return true
		}
	}
	return false
}

// inDoc: the claim comes from the named file (the document id, or the
// base name of its path).
func (ix *index) inDoc(c *claims.Claim, doc string) bool {
	if c.Doc == doc {
		return true
	}
	if d := ix.docs[c.Doc]; d != nil && d.Path != "" && filepath.Base(d.Path) == doc {
		return true
	}
	return false
}

// valueMatches applies the per-kind value rules of EVAL.md.
func valueMatches(c *claims.Claim, kind string, gc *Claim) bool {
	switch kind {
	case "quantity":
		q, ok := claims.ValueAs[quantity.Quantity](c.Value)
		if !ok {
			return false
		}
		if quantityMatches(q, gc.quantity) {
			return true
		}
		return q.Converted != nil && quantityMatches(*q.Converted, gc.quantity)
	case "date":
		d, ok := claims.ValueAs[dates.Date](c.Value)
		return ok && dateMatches(d, gc.date)
	case "role":
		r, ok := claims.ValueAs[people.Role](c.Value)
		if !ok {
			return false
		}
		return titleMatches(r.Title, gc.Value) || titleMatches(r.Canonical, gc.Value)
	case "age":
		a, ok := claims.ValueAs[people.Age](c.Value)
		return ok && a.Years == gc.years
	}
	// name, quote, place: the claim's text contains the value.
	want := strings.Join(text.FoldWords(gc.Value), " ")
	if want == "" {
		return false
	}
	for _, s := range []string{c.Text, valueString(c.Value)} {
		if strings.Contains(strings.Join(text.FoldWords(s), " "), want) {
			return true
		}
	}
	return false
}

func valueString(v claims.Value) string {
	if v == nil {
		return ""
	}
	return v.String()
}

// quantityMatches: the same dimension (and currency), and the gold value
// inside the claim's interval or within 0.5% of its midpoint.
func quantityMatches(q quantity.Quantity, g goldQuantity) bool {
	if q.Dimension != g.dimension {
		return false
	}
	if g.dimension == "money" && !strings.EqualFold(q.Unit, g.unit) {
		return false
	}
	lo, hi := q.Min, q.Max
	if lo == 0 && hi == 0 {
		lo, hi = q.Value, q.Value
	}
	if g.value >= lo && g.value <= hi {
		return true
	}
	mid := q.Value
	if !math.IsInf(lo, 0) && !math.IsInf(hi, 0) {
		mid = (lo + hi) / 2
	}
	if mid == 0 {
		return g.value == 0
	}
	return math.Abs(g.value-mid) <= 0.005*math.Abs(mid)
}

// dateMatches: the claim's interval contains the gold date. A gold month
// or year also matches a claim inside it. A claim without a year matches
// on month and day.
func dateMatches(d dates.Date, g dates.Partial) bool {
	glo, ghi := partialBounds(g)
	clo, err1 := time.Parse("2006-01-02", d.Min)
	chi, err2 := time.Parse("2006-01-02", d.Max)
	if err1 == nil && err2 == nil {
		return (!clo.After(glo) && !chi.Before(ghi)) || (!glo.After(clo) && !ghi.Before(chi))
	}
	if p, err := dates.ParsePartial(d.ISO); err == nil && p.Year != 0 {
		clo, chi := partialBounds(p)
		return (!clo.After(glo) && !chi.Before(ghi)) || (!glo.After(clo) && !ghi.Before(chi))
	}
	// "--12-27": month and day only.
	var m, day int
	if _, err := fmt.Sscanf(d.ISO, "--%d-%d", &m, &day); err == nil {
		return g.Month == m && (g.Day == 0 || g.Day == day)
	}
	if _, err := fmt.Sscanf(d.ISO, "--%d", &m); err == nil {
		return g.Month == m
	}
	return false
}

func partialBounds(p dates.Partial) (lo, hi time.Time) {
	switch {
	case p.Day != 0:
		lo = time.Date(p.Year, time.Month(p.Month), p.Day, 0, 0, 0, 0, time.UTC)
		return lo, lo
	case p.Month != 0:
		lo = time.Date(p.Year, time.Month(p.Month), 1, 0, 0, 0, 0, time.UTC)
		return lo, lo.AddDate(0, 1, -1)
	}
	lo = time.Date(p.Year, 1, 1, 0, 0, 0, 0, time.UTC)
	return lo, lo.AddDate(1, 0, -1)
}

// titleMatches: the title, folded, equals the gold value or contains all
// of its words.
func titleMatches(title, want string) bool {
	tw, ww := text.FoldWords(title), text.FoldWords(want)
	if len(ww) == 0 || len(tw) == 0 {
		return false
	}
	have := map[string]bool{}
	for _, w := range tw {
		have[w] = true
	}
	for _, w := range ww {
		if !have[w] {
			return false
		}
	}
	return true
}

// explain finds the reported finding nearest to a missed gold finding and
// says what became of each gold claim.
func (ix *index) explain(r *compare.Report, g Finding) Missed {
	m := Missed{Gold: g}
	best := -1
	for i := range r.Findings {
		f := &r.Findings[i]
		reason, passed := ix.check(f, &g)
		// Checks passed count most; a finding of the gold's verdict is
		// nearer than one that is not, all else equal.
		passed *= 2
		if f.Verdict == g.Verdict {
			passed++
		}
		if passed > best && string(f.Kind) == g.Kind {
			best, m.Nearest, m.Reason = passed, f.ID, reason
		}
	}
	where := map[string][]string{} // claim id -> "F3 single"
	for _, f := range r.Findings {
		for _, id := range f.Claims {
			where[id] = append(where[id], f.ID+" "+string(f.Verdict))
		}
	}
	for _, gc := range g.Claims {
		var hits []string
		for i := range r.Claims {
			c := &r.Claims[i]
			if string(c.Kind) != g.Kind || !ix.inDoc(c, gc.Doc) || !valueMatches(c, g.Kind, &gc) {
				continue
			}
			h := c.ID
			if w := where[c.ID]; len(w) > 0 {
				h += " (in " + strings.Join(w, ", ") + ")"
			} else {
				h += " (in no finding)"
			}
			hits = append(hits, h)
		}
		line := gc.Doc + " " + gc.Value + ": "
		if len(hits) == 0 {
			line += "no claim extracted"
		} else {
			line += strings.Join(hits, "; ")
		}
		m.Claims = append(m.Claims, line)
	}
	return m
}
