package compare

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"testing"

	"crosscheck/claims"
	"crosscheck/claims/dates"
	"crosscheck/claims/people"
	"crosscheck/claims/quantity"
)

// Tests build claims by hand, as the extractors would, so that every rule
// of Reconcile is exercised independently of extraction. Sentences are
// the tests' own.

// corpus builds documents and claims for one test case.
type corpus struct {
	docs   []*claims.Document
	claims []claims.Claim
	n      map[string]int
}

// doc adds a document; published is "2024-01-15", "2024-01" or "".
func (c *corpus) doc(id, source, published string) *corpus {
	d := &claims.Document{ID: id, Path: "articles/" + id, Source: source, Lang: "en"}
	if published != "" {
		p, err := dates.ParsePartial(published)
		if err != nil {
			panic(err)
		}
		d.Published = p
	}
	c.docs = append(c.docs, d)
	return c
}

// add appends a claim to document doc; its id counts the document's
// claims and its span follows the previous one, so ids are in text order.
func (c *corpus) add(doc string, kind claims.Kind, text, subject, sentence string, v claims.Value) *corpus {
	if c.n == nil {
		c.n = map[string]int{}
	}
	c.n[doc]++
	n := c.n[doc]
	c.claims = append(c.claims, claims.Claim{
		ID: fmt.Sprintf("%s#%d", doc, n), Doc: doc, Kind: kind, Text: text,
		Line: n, Col: 1, Start: n * 100, End: n*100 + len(text),
		Sentence: sentence, Subject: subject, Confidence: 0.9, Value: v,
	})
	return c
}

func (c *corpus) last() *claims.Claim { return &c.claims[len(c.claims)-1] }

func (c *corpus) report() *Report { return Reconcile(c.docs, c.claims) }

// Quantity values. length(3145, 1) is 3,145 km stated to the kilometre.
func km(v, step float64) quantity.Quantity {
	return quantity.Quantity{Dimension: "length", Unit: "m", Value: v * 1000,
		Min: (v - step/2) * 1000, Max: (v + step/2) * 1000, Display: fmt.Sprintf("%g km", v)}
}

func miles(v, step float64) quantity.Quantity {
	const mi = 1609.344
	return quantity.Quantity{Dimension: "length", Unit: "m", Value: v * mi,
		Min: (v - step/2) * mi, Max: (v + step/2) * mi, Display: fmt.Sprintf("%g mi", v)}
}

func count(v, step float64) quantity.Quantity {
	return quantity.Quantity{Dimension: "count", Value: v, Min: v - step/2, Max: v + step/2,
		Display: strconv.FormatFloat(v, 'f', -1, 64)}
}

// pct is a percentage stated to within half of step either side.
func pct(v, half float64) quantity.Quantity {
	return quantity.Quantity{Dimension: "percent", Unit: "%", Value: v, Min: v - half, Max: v + half,
		Display: strconv.FormatFloat(v, 'f', -1, 64) + "%"}
}

// usd is an amount of dollars stated to step.
func usd(v, step float64) quantity.Quantity {
	return quantity.Quantity{Dimension: "money", Unit: "USD", Value: v, Min: v - step/2, Max: v + step/2,
		Display: fmt.Sprintf("$%g million", v/1e6)}
}

func moreThan(v float64) quantity.Quantity {
	return quantity.Quantity{Dimension: "count", Value: v, Min: v, Max: math.Inf(1),
		Qualifier: "more than", Display: "more than " + strconv.FormatFloat(v, 'f', -1, 64)}
}

// day is a day-precision date of an event.
func day(iso, event, place string, participants ...string) dates.Date {
	return dates.Date{ISO: iso, Min: iso, Max: iso, Precision: "day", Event: event,
		Place: place, Participants: participants, Display: iso}
}

func month(iso, min, max, event, place string) dates.Date {
	return dates.Date{ISO: iso, Min: min, Max: max, Precision: "month", Event: event,
		Place: place, Display: iso}
}

func role(person, title string) people.Role {
	return people.Role{Person: person, Title: title, Canonical: strings.ToLower(title),
		Display: title + " " + person}
}

func age(person string, years int) people.Age {
	return people.Age{Person: person, Named: person != "", Years: years, Display: fmt.Sprint(years)}
}

func name(display, typ string) people.Name {
	return people.Name{Entity: strings.ToLower(display), Type: typ, Display: display}
}

func quote(speaker, words string) people.Quote {
	return people.Quote{Speaker: speaker, Direct: true, Display: words}
}

// summary is what a test checks of a finding.
type summary struct {
	Verdict    Verdict
	Kind       claims.Kind
	Topic      string
	Values     string // "display [claim ids] | display [claim ids]"
	Difference string
}

func summarize(r *Report) []summary {
	out := []summary{}
	for _, f := range r.Findings {
		var vs []string
		for _, v := range f.Values {
			vs = append(vs, v.Display+" "+fmt.Sprint(v.Claims))
		}
		out = append(out, summary{f.Verdict, f.Kind, f.Topic, strings.Join(vs, " | "), f.Difference})
	}
	return out
}

// withVerdict keeps the findings of the given verdicts.
func withVerdict(ss []summary, vs ...Verdict) []summary {
	out := []summary{}
	for _, s := range ss {
		for _, v := range vs {
			if s.Verdict == v {
				out = append(out, s)
			}
		}
	}
	return out
}

func mustFinding(t *testing.T, r *Report, verdict Verdict, kind claims.Kind) Finding {
	t.Helper()
	for _, f := range r.Findings {
		if f.Verdict == verdict && f.Kind == kind {
			return f
		}
	}
	t.Fatalf("no %s %s finding in %+v", verdict, kind, summarize(r))
	return Finding{}
}
