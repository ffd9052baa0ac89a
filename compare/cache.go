package compare

import (
	"strings"

	"crosscheck/claims/people"
	"crosscheck/claims/text"
)

// A cache memoizes the normalizations Reconcile applies to claim strings.
// The articles of one story repeat the same names, titles, subjects,
// places and quotes over and over, and folding (accents, case) is the
// costliest step, so each distinct string is normalized once per
// Reconcile.
type cache struct {
	subjects, places, events, folds map[string]string
	counts                          map[string]int
	days                            map[string]dayValue
	officesBy                       map[[2]string][]office
	quotes                          map[string]*quoteWords
	words                           map[string][]string
}

type dayValue struct {
	day int
	ok  bool
}

// quoteWords is what compare reads from a quote's words.
type quoteWords struct {
	words   string
	content map[string]bool
}

func newCache() *cache {
	return &cache{
		subjects: map[string]string{}, places: map[string]string{}, events: map[string]string{},
		folds: map[string]string{}, counts: map[string]int{}, days: map[string]dayValue{},
		officesBy: map[[2]string][]office{}, quotes: map[string]*quoteWords{}, words: map[string][]string{},
	}
}

func memo(m map[string]string, s string, f func(string) string) string {
	v, ok := m[s]
	if !ok {
		v = f(s)
		m[s] = v
	}
	return v
}

func (c *cache) subject(s string) string { return memo(c.subjects, s, subjectKey) }
func (c *cache) place(s string) string   { return memo(c.places, s, placeKey) }
func (c *cache) event(s string) string   { return memo(c.events, s, eventKey) }

// folded is s folded into words joined by spaces.
func (c *cache) folded(s string) string {
	return memo(c.folds, s, func(s string) string { return strings.Join(text.FoldWords(s), " ") })
}

// foldedWords is s folded into words; the result is shared and must not
// be changed.
func (c *cache) foldedWords(s string) []string {
	w, ok := c.words[s]
	if !ok {
		w = text.FoldWords(s)
		c.words[s] = w
	}
	return w
}

// wordCount is the number of words in s.
func (c *cache) wordCount(s string) int {
	n, ok := c.counts[s]
	if !ok {
		n = len(text.FoldWords(s))
		c.counts[s] = n
	}
	return n
}

func (c *cache) day(s string) (int, bool) {
	v, ok := c.days[s]
	if !ok {
		v.day, v.ok = parseDay(s)
		c.days[s] = v
	}
	return v.day, v.ok
}

// offices reads a role's offices; the result is shared and must not be
// changed.
func (c *cache) offices(role people.Role, title string) []office {
	k := [2]string{title, role.Canonical + "\x00" + role.Head + "\x00" + role.Domain}
	if role.Former {
		k[1] += "\x00former"
	}
	v, ok := c.officesBy[k]
	if !ok {
		v = roleOffices(role, title)
		c.officesBy[k] = v
	}
	return v
}

// quote reads a quote claim.
func (c *cache) quote(it *item, q people.Quote) *quitem {
	disp := strings.TrimSpace(q.Display)
	if disp == "" {
		disp = strings.TrimSpace(it.c.Text)
	}
	w, ok := c.quotes[disp]
	if !ok {
		w = readQuote(disp)
		c.quotes[disp] = w
	}
	return &quitem{item: it, words: w.words, content: w.content, display: disp}
}
