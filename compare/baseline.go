package compare

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"sort"
	"strings"

	"crosscheck/claims/text"
)

// BaselineVersion is the version of the baseline file format.
const BaselineVersion = 1

// fingerprintPrefix names the fingerprint scheme inside the hash input, so
// a later scheme can never collide with this one.
const fingerprintPrefix = "crosscheck-finding-v1"

// Fingerprint identifies a finding by its fact and its set of values: the
// verdict, the kind, the fact's Key (its Topic when Key is empty) and the
// display of every value, folded (case, accents, spacing) and sorted. It
// leaves out everything an edit elsewhere in an article changes: line
// numbers, claim ids, finding ids, the order of files and of values, the
// evidence sentences. So an accepted finding stays accepted while the
// articles around it are edited, and a new value for the same fact, or a
// new fact, gets a new fingerprint.
//
// The verdict takes part so that accepting a variant never accepts a
// conflict between the same values.
//
// A fingerprint is 32 hexadecimal digits (128 bits of SHA-256).
func Fingerprint(f Finding) string {
	values := make([]string, len(f.Values))
	for i, v := range f.Values {
		values[i] = foldValue(v.Display)
	}
	sort.Strings(values)
	fact := f.Key
	if fact == "" {
		fact = foldValue(f.Topic)
	}
	h := sha256.New()
	// Fields are separated by NUL, which no display or key holds, so
	// ("a b", "c") and ("a", "b c") hash differently.
	for _, s := range append([]string{fingerprintPrefix, string(f.Verdict), string(f.Kind), fact}, values...) {
		io.WriteString(h, s)
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// foldValue is a value's display as the fingerprint sees it: case,
// accents and typographic quotes folded, runs of spaces made one.
func foldValue(s string) string {
	return strings.Join(strings.Fields(text.Fold(s)), " ")
}

// A Baseline is a set of accepted findings: a CI check suppresses a
// finding whose Fingerprint it holds. Its JSON form (see Write) is meant
// to be committed and reviewed: one entry per finding, sorted, with the
// values and their sources spelled out.
type Baseline struct {
	Version  int             `json:"version"`
	Findings []BaselineEntry `json:"findings"`

	index map[string]bool
}

// A BaselineEntry is one accepted finding. Only Fingerprint is read when
// checking; the other fields are there for the reviewer.
type BaselineEntry struct {
	Fingerprint string          `json:"fingerprint"`
	Verdict     Verdict         `json:"verdict"`
	Kind        string          `json:"kind"`
	Topic       string          `json:"topic"`
	Key         string          `json:"key,omitempty"`
	Values      []BaselineValue `json:"values"`
}

// A BaselineValue is one value of an accepted finding: its display, who
// published it and the documents that state it (ids, not lines, so the
// file does not change when lines move).
type BaselineValue struct {
	Display   string   `json:"display"`
	Sources   []string `json:"sources"`
	Documents []string `json:"documents"`
}

// NewBaseline is a baseline that accepts findings, which are findings of
// r (r maps their claims to documents). Entries are sorted by kind, topic
// and fingerprint, values by display, so the same findings always give the
// same file whatever their order; a finding given twice is kept once.
func NewBaseline(r *Report, findings []Finding) *Baseline {
	docOf := make(map[string]string, len(r.Claims))
	for _, c := range r.Claims {
		docOf[c.ID] = c.Doc
	}
	b := &Baseline{Version: BaselineVersion, Findings: []BaselineEntry{}}
	seen := map[string]bool{}
	for _, f := range findings {
		fp := Fingerprint(f)
		if seen[fp] {
			continue
		}
		seen[fp] = true
		e := BaselineEntry{Fingerprint: fp, Verdict: f.Verdict, Kind: string(f.Kind), Topic: f.Topic, Key: f.Key,
			Values: make([]BaselineValue, 0, len(f.Values))}
		for _, v := range f.Values {
			bv := BaselineValue{Display: v.Display, Sources: sortedSet(v.Sources), Documents: []string{}}
			var docs []string
			for _, id := range v.Claims {
				if d, ok := docOf[id]; ok {
					docs = append(docs, d)
				} else if i := strings.LastIndexByte(id, '#'); i > 0 {
					docs = append(docs, id[:i]) // claim ids are "<doc>#<n>"
				}
			}
			bv.Documents = sortedSet(docs)
			e.Values = append(e.Values, bv)
		}
		sort.Slice(e.Values, func(i, j int) bool { return e.Values[i].Display < e.Values[j].Display })
		b.Findings = append(b.Findings, e)
	}
	b.sort()
	return b
}

// sortedSet is ss sorted without duplicates, never nil (so JSON shows []).
func sortedSet(ss []string) []string {
	out := make([]string, 0, len(ss))
	out = append(out, ss...)
	sort.Strings(out)
	n := 0
	for i, s := range out {
		if i == 0 || s != out[n-1] {
			out[n] = s
			n++
		}
	}
	return out[:n]
}

func (b *Baseline) sort() {
	sort.SliceStable(b.Findings, func(i, j int) bool {
		x, y := &b.Findings[i], &b.Findings[j]
		if x.Kind != y.Kind {
			return x.Kind < y.Kind
		}
		if x.Topic != y.Topic {
			return x.Topic < y.Topic
		}
		return x.Fingerprint < y.Fingerprint
	})
}

// Accepts reports whether the baseline holds f.
func (b *Baseline) Accepts(f Finding) bool {
	if b == nil {
		return false
	}
	if b.index == nil {
		b.index = make(map[string]bool, len(b.Findings))
		for _, e := range b.Findings {
			b.index[e.Fingerprint] = true
		}
	}
	return b.index[Fingerprint(f)]
}

// Len is the number of accepted findings.
func (b *Baseline) Len() int {
	if b == nil {
		return 0
	}
	return len(b.Findings)
}

// Write writes the baseline as indented JSON with a final newline, one
// entry per finding, without HTML escaping.
func (b *Baseline) Write(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(b)
}

// A BaselineError is a baseline file that cannot be read. Line and Col
// (1-based, Col in bytes) place a syntax error; they are zero when the
// error is about the whole file.
type BaselineError struct {
	Line, Col int
	Reason    string
}

func (e *BaselineError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%d:%d: %s", e.Line, e.Col, e.Reason)
	}
	return e.Reason
}

// ReadBaseline reads a baseline written by Write. It rejects what it
// cannot trust to mean what the reviewer accepted: malformed JSON, unknown
// fields, another version, an entry without a well-formed fingerprint.
func ReadBaseline(r io.Reader) (*Baseline, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, &BaselineError{Reason: err.Error()}
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var b Baseline
	if err := dec.Decode(&b); err != nil {
		return nil, jsonError(data, err)
	}
	if dec.More() {
		off := int(dec.InputOffset())
		for off < len(data) && strings.IndexByte(" \t\r\n", data[off]) >= 0 {
			off++
		}
		line, col := offsetPosition(data, off+1)
		return nil, &BaselineError{Line: line, Col: col, Reason: "text after the baseline object"}
	}
	if b.Version != BaselineVersion {
		return nil, &BaselineError{Reason: fmt.Sprintf("baseline version %d; this crosscheck reads version %d", b.Version, BaselineVersion)}
	}
	for i, e := range b.Findings {
		if !isFingerprint(e.Fingerprint) {
			return nil, &BaselineError{Reason: fmt.Sprintf("finding %d: fingerprint %q is not 32 hexadecimal digits", i+1, e.Fingerprint)}
		}
	}
	if b.Findings == nil {
		b.Findings = []BaselineEntry{}
	}
	return &b, nil
}

func isFingerprint(s string) bool {
	if len(s) != 32 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
			return false
		}
	}
	return true
}

// jsonError places a decoding error at its line and column where
// encoding/json says the offset.
func jsonError(data []byte, err error) error {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		line, col := offsetPosition(data, int(syn.Offset))
		return &BaselineError{Line: line, Col: col, Reason: syn.Error()}
	case errors.As(err, &typ):
		line, col := offsetPosition(data, int(typ.Offset))
		what := typ.Field
		if what == "" {
			what = "the baseline"
		}
		return &BaselineError{Line: line, Col: col, Reason: fmt.Sprintf("%s: want %s, not a JSON %s", what, jsonKind(typ.Type), typ.Value)}
	case errors.Is(err, io.EOF):
		return &BaselineError{Reason: "empty file: a baseline is a JSON object"}
	case errors.Is(err, io.ErrUnexpectedEOF):
		line, col := offsetPosition(data, len(data))
		return &BaselineError{Line: line, Col: col, Reason: "the JSON ends too early"}
	}
	return &BaselineError{Reason: err.Error()}
}

// jsonKind names what JSON value decodes into a Go type, for errors.
func jsonKind(t reflect.Type) string {
	switch t.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64,
		reflect.Float32, reflect.Float64:
		return "a number"
	case reflect.String:
		return "a string"
	case reflect.Slice, reflect.Array:
		return "a list"
	case reflect.Bool:
		return "true or false"
	}
	return "an object"
}

// offsetPosition is the 1-based line and byte column of offset in data.
// encoding/json reports the offset just after the offending byte, so the
// column is that of the last byte read.
func offsetPosition(data []byte, off int) (line, col int) {
	off = min(max(off, 1), len(data)) - 1
	if off < 0 {
		return 1, 1
	}
	ls := bytes.LastIndexByte(data[:off], '\n') + 1
	return 1 + bytes.Count(data[:ls], []byte("\n")), off - ls + 1
}
