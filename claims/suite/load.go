package suite

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"crosscheck/claims/dates"
)

// A Case is one input of a suite: a sentence or a TimeML document, with
// its reference date and the entities it should yield.
type Case struct {
	ID string
	// Suite is the case's "suite" field, or the file's base name for
	// TimeML documents.
	Suite string
	// File is the base name of the file the case came from, without
	// its extension ("rt_english").
	File string
	Line int // 1-based line in File
	// TimeML is set for TimeML documents (as opposed to sentence cases).
	TimeML bool
	Text   string
	// Ref is the reference (publication) date at day precision, zero when
	// the case has none.
	Ref      dates.Partial
	Expected []Entity
}

// An Entity is one thing a case expects the extractors to find.
type Entity struct {
	Text string
	// Start and End are byte offsets into Case.Text.
	Start, End int
	Type       string
	// Want is the normalized expected value, as the suite defines it.
	Want Want
	// News is set when the entity belongs to the news-style date subset;
	// NewsWant is then its value under a news reading.
	News     bool
	NewsWant Want
}

// rawLine holds both shapes of suite line: sentence cases and TimeML
// documents.
type rawLine struct {
	ID            string      `json:"id"`
	Suite         string      `json:"suite"`
	Input         *string     `json:"input"`
	ReferenceDate *string     `json:"reference_date"`
	Expected      []rawEntity `json:"expected"`

	DocID   string     `json:"doc_id"`
	DCT     string     `json:"dct"`
	Text    string     `json:"text"`
	Timexes []rawTimex `json:"timexes"`
}

// rawEntity is a sentence case's expected entity. Start and End are code
// point offsets in Recognizers-Text, while Duckling uses "end" for the end
// of a time interval; Value is a number or a string.
type rawEntity struct {
	Text         string          `json:"text"`
	Start        json.RawMessage `json:"start"`
	End          json.RawMessage `json:"end"`
	Type         string          `json:"type"`
	Value        json.RawMessage `json:"value"`
	Unit         string          `json:"unit"`
	SIValue      *float64        `json:"si_value"`
	SIUnit       string          `json:"si_unit"`
	Timex        *string         `json:"timex"`
	Mod          string          `json:"mod"`
	Alternatives []string        `json:"alternatives"`
	Grain        string          `json:"grain"`
	Holiday      string          `json:"holiday"`
	Direction    string          `json:"direction"`
	Uncertainty  *float64        `json:"uncertainty"`
}

type rawTimex struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Type  string `json:"type"`
	Value string `json:"value"`
	Text  string `json:"text"`
}

// LoadFile reads a suite file.
func LoadFile(path string) ([]Case, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return Read(f, path)
}

// Read reads a suite in JSON Lines from r; name is the file's path, used
// in errors and to name TimeML suites.
func Read(r io.Reader, name string) ([]Case, error) {
	base := strings.TrimSuffix(filepath.Base(name), filepath.Ext(name))
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<20), 64<<20)
	var out []Case
	line := 0
	for sc.Scan() {
		line++
		b := bytes.TrimSpace(sc.Bytes())
		if len(b) == 0 {
			continue
		}
		var raw rawLine
		if err := json.Unmarshal(b, &raw); err != nil {
			return nil, fmt.Errorf("%s:%d: %v", name, line, err)
		}
		c, err := raw.toCase(base)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %v", name, line, err)
		}
		c.File = base
		c.Line = line
		out = append(out, c)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no cases", name)
	}
	return out, nil
}

func (raw *rawLine) toCase(base string) (Case, error) {
	if raw.DocID != "" || raw.Timexes != nil {
		return raw.timeMLCase(base)
	}
	if raw.Input == nil {
		return Case{}, fmt.Errorf("neither a sentence case (input) nor a TimeML document (doc_id, text)")
	}
	c := Case{ID: raw.ID, Suite: raw.Suite, Text: *raw.Input}
	if c.Suite == "" {
		c.Suite = base
	}
	if !utf8.ValidString(c.Text) {
		return Case{}, fmt.Errorf("case %s: input is not UTF-8", c.ID)
	}
	if raw.ReferenceDate != nil {
		p, err := parseRef(*raw.ReferenceDate)
		if err != nil {
			return Case{}, fmt.Errorf("case %s: %v", c.ID, err)
		}
		c.Ref = p
	}
	offsets := codePointOffsets(c.Text)
	used := map[string]int{}
	for i, e := range raw.Expected {
		ent := Entity{Text: e.Text, Type: e.Type}
		start, okS := intField(e.Start)
		end, okE := intField(e.End)
		if okS && okE {
			if start < 0 || end < start || end >= len(offsets) {
				return Case{}, fmt.Errorf("case %s: entity %d (%q): span [%d,%d) outside the input", c.ID, i, e.Text, start, end)
			}
			ent.Start, ent.End = offsets[start], offsets[end]
		} else {
			// No offsets (Duckling, quantulum3): the n-th occurrence of
			// the text, case folded, for the n-th entity with that text.
			key := strings.ToLower(e.Text)
			s, t, ok := findFold(c.Text, e.Text, used[key])
			if !ok {
				return Case{}, fmt.Errorf("case %s: entity %q not found in the input", c.ID, e.Text)
			}
			used[key]++
			ent.Start, ent.End = s, t
		}
		ent.Want = expectedValue(&e, c.Ref, false)
		if isNewsDate(&e, c.Suite, c.Text) {
			// An expected value the scorer cannot read (February 30, a
			// school year, a year BC) has no right answer to measure.
			if nw := expectedValue(&e, c.Ref, true); nw.kind != wantNone {
				ent.News = true
				ent.NewsWant = nw
				ent.NewsWant.newsReading(&e, c.Text, c.Ref)
			}
		}
		c.Expected = append(c.Expected, ent)
	}
	return c, nil
}

func (raw *rawLine) timeMLCase(base string) (Case, error) {
	c := Case{ID: raw.DocID, Suite: base, Text: raw.Text, TimeML: true}
	if !utf8.ValidString(c.Text) {
		return Case{}, fmt.Errorf("document %s: text is not UTF-8", c.ID)
	}
	if raw.DCT != "" {
		p, err := parseRef(raw.DCT)
		if err != nil {
			return Case{}, fmt.Errorf("document %s: dct: %v", c.ID, err)
		}
		c.Ref = p
	}
	offsets := codePointOffsets(c.Text)
	for i, t := range raw.Timexes {
		if t.Start < 0 || t.End < t.Start || t.End >= len(offsets) {
			return Case{}, fmt.Errorf("document %s: timex %d (%q): span [%d,%d) outside the text", c.ID, i, t.Text, t.Start, t.End)
		}
		ent := Entity{Text: t.Text, Type: t.Type, Start: offsets[t.Start], End: offsets[t.End]}
		ent.Want = timexWant(t.Type, t.Value)
		if raw.DCT != "" {
			ent.Want.agoGrain(t.Text, c.Ref)
		}
		c.Expected = append(c.Expected, ent)
	}
	return c, nil
}

// parseRef reads the date part of "2016-11-07T00:00:00",
// "2013-02-12T04:30:00-02:00" or "1998-01-08".
func parseRef(s string) (dates.Partial, error) {
	if len(s) > 10 {
		s = s[:10]
	}
	p, err := dates.ParsePartial(s)
	if err != nil {
		return dates.Partial{}, err
	}
	if p.Precision() != "day" {
		return dates.Partial{}, fmt.Errorf("reference date %q is not a day", s)
	}
	return p, nil
}

func intField(m json.RawMessage) (int, bool) {
	if len(m) == 0 || m[0] < '0' && m[0] != '-' || m[0] > '9' {
		return 0, false
	}
	var n int
	if err := json.Unmarshal(m, &n); err != nil {
		return 0, false
	}
	return n, true
}

// codePointOffsets maps each code point index of s (and the index just
// past the end) to its byte offset: the suites count code points.
func codePointOffsets(s string) []int {
	out := make([]int, 0, len(s)+1)
	for i := range s {
		out = append(out, i)
	}
	return append(out, len(s))
}

// findFold finds the nth (0-based) occurrence of sub in s, ignoring case
// (Unicode simple folding), and returns its byte span in s.
func findFold(s, sub string, nth int) (int, int, bool) {
	if sub == "" {
		return 0, 0, false
	}
	for i := range s {
		if end, ok := hasPrefixFold(s[i:], sub); ok {
			if nth == 0 {
				return i, i + end, true
			}
			nth--
		}
	}
	return 0, 0, false
}

// hasPrefixFold reports whether s starts with prefix, ignoring case, and
// how many bytes of s the prefix covers.
func hasPrefixFold(s, prefix string) (int, bool) {
	i := 0
	for _, pr := range prefix {
		if i >= len(s) {
			return 0, false
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r != pr && !strings.EqualFold(string(r), string(pr)) {
			return 0, false
		}
		i += size
	}
	return i, true
}
