package compare

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"crosscheck/claims"
)

// harborDate is a finding as Reconcile would give it: two papers date the
// reopening of a harbor differently. The sentences are the tests' own.
func harborDate() Finding {
	return Finding{
		ID: "F1", Verdict: Conflict, Kind: claims.Date,
		Key:    "date|opening|port vell",
		Topic:  "date of the opening in Port Vell",
		Claims: []string{"a.txt#3", "b.txt#7"},
		Values: []FindingValue{
			{Display: "March 4, 2024", Claims: []string{"a.txt#3"}, Sources: []string{"Harbor Gazette"}},
			{Display: "March 5, 2024", Claims: []string{"b.txt#7"}, Sources: []string{"Coast Daily"}},
		},
		Difference: "1 day",
		Diff:       "The port reopened on [-March 4-]{+March 5+}.",
	}
}

// TestFingerprintScheme checks the fingerprint against the scheme its doc
// comment describes, computed here independently: SHA-256 of the prefix,
// verdict, kind, key and folded sorted values, each followed by a NUL,
// cut to 16 bytes.
func TestFingerprintScheme(t *testing.T) {
	h := sha256.Sum256([]byte("crosscheck-finding-v1\x00conflict\x00date\x00date|opening|port vell\x00march 4, 2024\x00march 5, 2024\x00"))
	want := hex.EncodeToString(h[:16])
	if got := Fingerprint(harborDate()); got != want {
		t.Errorf("Fingerprint = %s, want %s", got, want)
	}
}

// TestFingerprintStable lists edits that must keep a finding accepted:
// nothing about the fact or its set of values changes.
func TestFingerprintStable(t *testing.T) {
	base := Fingerprint(harborDate())
	tests := []struct {
		name string
		edit func(*Finding)
	}{
		{"finding renumbered", func(f *Finding) { f.ID = "F9" }},
		{"claims renumbered after an edit above them", func(f *Finding) {
			f.Claims = []string{"a.txt#5", "b.txt#7"}
			f.Values[0].Claims = []string{"a.txt#5"}
		}},
		{"values in the other order (files renamed)", func(f *Finding) {
			f.Values[0], f.Values[1] = f.Values[1], f.Values[0]
		}},
		{"evidence sentence reworded", func(f *Finding) {
			f.Diff = "The harbor opened again on [-March 4-]{+March 5+}."
			f.DiffOps = []DiffOp{{Op: "equal", Text: "x"}}
		}},
		{"another paper agrees with a value", func(f *Finding) {
			f.Values[1].Claims = append(f.Values[1].Claims, "c.txt#2")
			f.Values[1].Sources = append(f.Values[1].Sources, "Bay Herald")
		}},
		{"publisher renamed", func(f *Finding) { f.Values[0].Sources = []string{"The Harbor Gazette"} }},
		{"case, accents and spacing of a display", func(f *Finding) { f.Values[1].Display = "MARCH  5, 2024" }},
		{"topic reworded, key the same", func(f *Finding) { f.Topic = "when the port reopened" }},
		{"difference worded otherwise", func(f *Finding) { f.Difference = "one day" }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := harborDate()
			tt.edit(&f)
			if got := Fingerprint(f); got != base {
				t.Errorf("Fingerprint changed: got %s, want %s", got, base)
			}
		})
	}
}

// TestFingerprintChanges lists changes that make a new finding, which a
// baseline must not accept.
func TestFingerprintChanges(t *testing.T) {
	base := Fingerprint(harborDate())
	tests := []struct {
		name string
		edit func(*Finding)
	}{
		{"a third value", func(f *Finding) {
			f.Values = append(f.Values, FindingValue{Display: "March 6, 2024", Claims: []string{"c.txt#1"}})
		}},
		{"a value changed", func(f *Finding) { f.Values[1].Display = "March 6, 2024" }},
		{"a value dropped", func(f *Finding) { f.Values = f.Values[:1] }},
		{"another fact", func(f *Finding) { f.Key = "date|opening|port nou" }},
		{"another kind", func(f *Finding) { f.Kind = claims.Quantity }},
		{"a variant, not a conflict", func(f *Finding) { f.Verdict = Variant }},
		// The NUL separators keep values from running into each other.
		{"values split differently", func(f *Finding) {
			f.Values[0].Display = "March 4, 2024 March"
			f.Values[1].Display = "5, 2024"
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := harborDate()
			tt.edit(&f)
			if got := Fingerprint(f); got == base {
				t.Errorf("Fingerprint unchanged (%s): the baseline would accept a new finding", got)
			}
		})
	}
}

// TestFingerprintWithoutKey falls back to the topic, folded.
func TestFingerprintWithoutKey(t *testing.T) {
	a, b := harborDate(), harborDate()
	a.Key, b.Key = "", ""
	b.Topic = "Date of the  opening in PORT VELL"
	if Fingerprint(a) != Fingerprint(b) {
		t.Error("findings without a key and with the same topic folded got different fingerprints")
	}
	b.Topic = "date of the opening in Port Nou"
	if Fingerprint(a) == Fingerprint(b) {
		t.Error("findings without a key and with different topics got the same fingerprint")
	}
}

// twoFindingsReport is a report with the harbor conflict and a spelling
// variant, its claims in two documents.
func twoFindingsReport() *Report {
	spelling := Finding{
		ID: "F2", Verdict: Variant, Kind: claims.Name, Key: "name|person|ines moreau", Topic: "spelling of Inès Moreau",
		Claims: []string{"a.txt#1", "b.txt#2"},
		Values: []FindingValue{
			{Display: "Ines Moreau", Claims: []string{"b.txt#2"}, Sources: []string{"Coast Daily"}},
			{Display: "Inès Moreau", Claims: []string{"a.txt#1"}, Sources: []string{"Harbor Gazette"}},
		},
	}
	return &Report{
		Version: Version,
		Claims: []claims.Claim{
			{ID: "a.txt#1", Doc: "a.txt"}, {ID: "a.txt#3", Doc: "a.txt"},
			{ID: "b.txt#2", Doc: "b.txt"}, {ID: "b.txt#7", Doc: "b.txt"},
		},
		Findings: []Finding{harborDate(), spelling},
	}
}

// TestBaselineFile checks the file a reviewer reads, written out by hand:
// entries by kind then topic, values by display, documents named.
func TestBaselineFile(t *testing.T) {
	r := twoFindingsReport()
	var buf bytes.Buffer
	if err := NewBaseline(r, r.Findings).Write(&buf); err != nil {
		t.Fatal(err)
	}
	want := `{
  "version": 1,
  "findings": [
    {
      "fingerprint": "` + Fingerprint(r.Findings[0]) + `",
      "verdict": "conflict",
      "kind": "date",
      "topic": "date of the opening in Port Vell",
      "key": "date|opening|port vell",
      "values": [
        {
          "display": "March 4, 2024",
          "sources": [
            "Harbor Gazette"
          ],
          "documents": [
            "a.txt"
          ]
        },
        {
          "display": "March 5, 2024",
          "sources": [
            "Coast Daily"
          ],
          "documents": [
            "b.txt"
          ]
        }
      ]
    },
    {
      "fingerprint": "` + Fingerprint(r.Findings[1]) + `",
      "verdict": "variant",
      "kind": "name",
      "topic": "spelling of Inès Moreau",
      "key": "name|person|ines moreau",
      "values": [
        {
          "display": "Ines Moreau",
          "sources": [
            "Coast Daily"
          ],
          "documents": [
            "b.txt"
          ]
        },
        {
          "display": "Inès Moreau",
          "sources": [
            "Harbor Gazette"
          ],
          "documents": [
            "a.txt"
          ]
        }
      ]
    }
  ]
}
`
	if diff := cmp.Diff(want, buf.String()); diff != "" {
		t.Errorf("baseline file (-want +got):\n%s", diff)
	}
}

// TestBaselineOrderIndependent: the same findings in another order, or
// given twice, write the same bytes.
func TestBaselineOrderIndependent(t *testing.T) {
	r := twoFindingsReport()
	var a, b bytes.Buffer
	if err := NewBaseline(r, r.Findings).Write(&a); err != nil {
		t.Fatal(err)
	}
	shuffled := []Finding{r.Findings[1], r.Findings[0], r.Findings[1]}
	shuffled[1].Values = []FindingValue{shuffled[1].Values[1], shuffled[1].Values[0]}
	if err := NewBaseline(r, shuffled).Write(&b); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(a.String(), b.String()); diff != "" {
		t.Errorf("baseline depends on finding order (-first +second):\n%s", diff)
	}
}

func TestBaselineRoundTrip(t *testing.T) {
	r := twoFindingsReport()
	written := NewBaseline(r, r.Findings[:1])
	var buf bytes.Buffer
	if err := written.Write(&buf); err != nil {
		t.Fatal(err)
	}
	read, err := ReadBaseline(&buf)
	if err != nil {
		t.Fatalf("ReadBaseline: %v", err)
	}
	if diff := cmp.Diff(written, read, cmpopts.IgnoreUnexported(Baseline{})); diff != "" {
		t.Errorf("read back (-written +read):\n%s", diff)
	}
	tests := []struct {
		name string
		f    Finding
		want bool
	}{
		{"the accepted conflict", r.Findings[0], true},
		{"the variant left out", r.Findings[1], false},
		{"the conflict with a third value", func() Finding {
			f := harborDate()
			f.Values = append(f.Values, FindingValue{Display: "March 7, 2024"})
			return f
		}(), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := read.Accepts(tt.f); got != tt.want {
				t.Errorf("Accepts = %v, want %v", got, tt.want)
			}
		})
	}
	var none *Baseline
	if none.Accepts(r.Findings[0]) || none.Len() != 0 {
		t.Error("a nil baseline accepts something")
	}
}

func TestReadBaselineErrors(t *testing.T) {
	fp := strings.Repeat("0a", 16)
	tests := []struct {
		name, in string
		want     BaselineError
	}{
		{"empty", "", BaselineError{Reason: "empty file: a baseline is a JSON object"}},
		{"syntax error placed", "{\n  \"version\": 1,\n  \"findings\": [}\n", BaselineError{Line: 3, Col: 16, Reason: "invalid character '}' looking for beginning of value"}},
		{"cut short", "{\"version\": 1,", BaselineError{Line: 1, Col: 14, Reason: "the JSON ends too early"}},
		{"wrong type", "{\"version\": \"one\"}", BaselineError{Line: 1, Col: 17, Reason: "version: want a number, not a JSON string"}},
		{"other version", `{"version": 2, "findings": []}`, BaselineError{Reason: "baseline version 2; this crosscheck reads version 1"}},
		{"unknown field", `{"version": 1, "findings": [], "accepted": []}`, BaselineError{Reason: `json: unknown field "accepted"`}},
		{"text after", "{\"version\": 1, \"findings\": []}\n{}", BaselineError{Line: 2, Col: 1, Reason: "text after the baseline object"}},
		{"short fingerprint", `{"version": 1, "findings": [{"fingerprint": "abc"}]}`, BaselineError{Reason: `finding 1: fingerprint "abc" is not 32 hexadecimal digits`}},
		{"upper-case fingerprint", `{"version": 1, "findings": [{"fingerprint": "` + strings.ToUpper(fp) + `"}]}`,
			BaselineError{Reason: `finding 1: fingerprint "` + strings.ToUpper(fp) + `" is not 32 hexadecimal digits`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadBaseline(strings.NewReader(tt.in))
			var be *BaselineError
			if !errors.As(err, &be) {
				t.Fatalf("ReadBaseline error = %v, want a *BaselineError", err)
			}
			if diff := cmp.Diff(tt.want, *be); diff != "" {
				t.Errorf("error (-want +got):\n%s", diff)
			}
		})
	}
}

func TestReadBaselineMinimal(t *testing.T) {
	fp := strings.Repeat("0a", 16)
	b, err := ReadBaseline(strings.NewReader(`{"version": 1, "findings": [{"fingerprint": "` + fp + `"}]}`))
	if err != nil {
		t.Fatal(err)
	}
	if b.Len() != 1 || b.Findings[0].Fingerprint != fp {
		t.Errorf("read %+v, want one entry with fingerprint %s", b, fp)
	}
	b, err = ReadBaseline(strings.NewReader(`{"version": 1}`))
	if err != nil {
		t.Fatal(err)
	}
	if b.Findings == nil || b.Len() != 0 {
		t.Errorf("a baseline without findings reads as %+v, want an empty list", b.Findings)
	}
}

// FuzzReadBaseline: any input either fails with a *BaselineError placed
// inside the input, or reads into a baseline that writes and reads back
// unchanged.
func FuzzReadBaseline(f *testing.F) {
	r := twoFindingsReport()
	var buf bytes.Buffer
	if err := NewBaseline(r, r.Findings).Write(&buf); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.String())
	f.Add(`{"version": 1, "findings": []}`)
	f.Add("{\"version\": 1,\n \"findings\": [{\"fingerprint\": \"" + strings.Repeat("7f", 16) + "\", \"topic\": \"age of Ana Ruiz\"}]}")
	f.Add(`{"version": 1, "findings": [{"fingerprint": 5}]}`)
	f.Add("\ufeff{}")
	f.Fuzz(func(t *testing.T, in string) {
		b, err := ReadBaseline(strings.NewReader(in))
		if err != nil {
			var be *BaselineError
			if !errors.As(err, &be) {
				t.Fatalf("error %v is not a *BaselineError", err)
			}
			if be.Line < 0 || be.Col < 0 || be.Line > strings.Count(in, "\n")+1 {
				t.Fatalf("error %v placed outside the input", be)
			}
			return
		}
		var out bytes.Buffer
		if err := b.Write(&out); err != nil {
			t.Fatal(err)
		}
		again, err := ReadBaseline(&out)
		if err != nil {
			t.Fatalf("a baseline that was read does not read back after Write: %v\n%s", err, out.String())
		}
		if diff := cmp.Diff(b, again, cmpopts.IgnoreUnexported(Baseline{}), cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("round trip (-first +second):\n%s", diff)
		}
	})
}
