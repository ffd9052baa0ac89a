package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/santhosh-tekuri/jsonschema/v6"

	"crosscheck/claims"
	"crosscheck/compare"
)

// TestSARIFHandBuilt checks the SARIF log of the hand-built harbor check:
// valid against the schema; one rule per kind; the conflict an error and
// the variant a warning, each at the new article's line and character
// column, the accepted article's claim as related location.
func TestSARIFHandBuilt(t *testing.T) {
	h := newHarborCheck()
	out := renderCheck(t, renderCheckSARIF, h.result(nil, harborDateFinding(), harborNameFinding()), nil)
	log := validSARIF(t, []byte(out))
	run := log.Runs[0]
	var ruleIDs []string
	for _, r := range run.Tool.Driver.Rules {
		ruleIDs = append(ruleIDs, r.ID)
	}
	if diff := cmp.Diff([]string{"quantity", "date", "role", "age", "name", "quote", "unreadable-article"}, ruleIDs); diff != "" {
		t.Errorf("rules (-want +got):\n%s", diff)
	}
	type place struct {
		URI                    string
		Line, Col, EndLine, To int
		Snippet, Message       string
	}
	placeOf := func(l sarifLocation) place {
		p := l.PhysicalLocation
		msg := ""
		if l.Message != nil {
			msg = l.Message.Text
		}
		return place{p.ArtifactLocation.URI, p.Region.StartLine, p.Region.StartColumn, p.Region.EndLine, p.Region.EndColumn, p.Region.Snippet.Text, msg}
	}
	type result struct {
		Rule, Level string
		RuleIndex   int
		At          place
		Related     []place
	}
	var got []result
	for _, r := range run.Results {
		res := result{Rule: r.RuleID, Level: r.Level, RuleIndex: r.RuleIndex, At: placeOf(r.Locations[0])}
		for _, l := range r.RelatedLocations {
			res.Related = append(res.Related, placeOf(l))
		}
		got = append(got, res)
	}
	// Columns by hand: "The café reopened on " is 21 characters, so the
	// date starts at 22 and, 13 characters long, ends before 35.
	want := []result{
		{"date", "error", 1, place{"news/new.txt", 2, 22, 2, 35, "March 5, 2024", ""},
			[]place{{"accepted/old.txt", 1, 22, 1, 35, "March 4, 2024", "Harbor Gazette (old.txt): March 4, 2024"}}},
		{"name", "warning", 4, place{"news/new.txt", 3, 7, 3, 18, "Inès Moreau", ""},
			[]place{{"accepted/old.txt", 2, 7, 2, 18, "Ines Moreau", "Harbor Gazette (old.txt): Ines Moreau"}}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("results (-want +got):\n%s", diff)
	}
	if run.Results[0].PartialFingerprints[sarifFingerprintKey] != compare.Fingerprint(harborDateFinding()) {
		t.Errorf("partial fingerprint %v, want the baseline fingerprint", run.Results[0].PartialFingerprints)
	}
	if run.ColumnKind != "unicodeCodePoints" {
		t.Errorf("columnKind %q, want unicodeCodePoints", run.ColumnKind)
	}
}

// TestSARIFSuppressed: a finding the baseline accepted is still a result,
// with an external, accepted suppression, so code scanning closes it.
func TestSARIFSuppressed(t *testing.T) {
	h := newHarborCheck()
	base := compare.NewBaseline(&compare.Report{Claims: h.claims}, []compare.Finding{harborDateFinding()})
	log := validSARIF(t, []byte(renderCheck(t, renderCheckSARIF, h.result(base, harborDateFinding(), harborNameFinding()), nil)))
	var got [][]sarifSuppression
	for _, r := range log.Runs[0].Results {
		got = append(got, r.Suppressions)
	}
	want := [][]sarifSuppression{
		{{Kind: "external", Status: "accepted", Justification: "accepted in the crosscheck baseline accepted.json"}},
		nil,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("suppressions (-want +got):\n%s", diff)
	}
}

// TestSARIFDeterministic: the same check gives the same bytes, whatever
// the order of the documents and claims it was built from.
func TestSARIFDeterministic(t *testing.T) {
	h := newHarborCheck()
	first := renderCheck(t, renderCheckSARIF, h.result(nil, harborDateFinding(), harborNameFinding()), nil)
	h.docs[0], h.docs[1] = h.docs[1], h.docs[0]
	for i, j := 0, len(h.claims)-1; i < j; i, j = i+1, j-1 {
		h.claims[i], h.claims[j] = h.claims[j], h.claims[i]
	}
	second := renderCheck(t, renderCheckSARIF, h.result(nil, harborDateFinding(), harborNameFinding()), nil)
	if first != second {
		t.Errorf("SARIF depends on input order:\n%s", lineDiff(first, second))
	}
}

// TestSARIFSchemaRejects is the validator's control: logs that break the
// schema in ways a writer could must be rejected, or validating proves
// nothing.
func TestSARIFSchemaRejects(t *testing.T) {
	h := newHarborCheck()
	good := renderCheck(t, renderCheckSARIF, h.result(nil, harborDateFinding()), nil)
	validSARIF(t, []byte(good)) // compiles the schema
	tests := []struct{ name, from, to string }{
		{"a result without a message", `"message": {`, `"note": {`},
		{"an unknown level", `"level": "error"`, `"level": "fatal"`},
		{"a line 0", `"startLine": 2`, `"startLine": 0`},
		{"another version", `"version": "2.1.0"`, `"version": "2.0.0"`},
		{"an unknown suppression kind", `"partialFingerprints": {`, `"suppressions": [{"kind": "silenced"}], "partialFingerprints": {`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !strings.Contains(good, tt.from) {
				t.Fatalf("the log has no %s to break", tt.from)
			}
			bad := strings.Replace(good, tt.from, tt.to, 1)
			inst, err := jsonschema.UnmarshalJSON(bytes.NewReader([]byte(bad)))
			if err != nil {
				t.Fatal(err)
			}
			if err := sarifSchema.Validate(inst); err == nil {
				t.Errorf("the schema accepted a log with %s", tt.name)
			}
		})
	}
}

// TestSARIFUnreadable: an article that could not be read is an error
// result of its own rule, at the line of the error.
func TestSARIFUnreadable(t *testing.T) {
	h := newHarborCheck()
	res := h.result(nil)
	res.fileErrors = []*claims.LoadError{{Path: "news/bad.md", Line: 2, Col: 12, Reason: "published: date \"2024-13-01\" has no month 13"}}
	log := validSARIF(t, []byte(renderCheck(t, renderCheckSARIF, res, nil)))
	if n := len(log.Runs[0].Results); n != 1 {
		t.Fatalf("%d results, want 1", n)
	}
	r := log.Runs[0].Results[0]
	loc := r.Locations[0].PhysicalLocation
	if r.RuleID != "unreadable-article" || r.RuleIndex != 6 || r.Level != "error" || loc.ArtifactLocation.URI != "news/bad.md" || loc.Region.StartLine != 2 {
		t.Errorf("result %+v at %+v, want an unreadable-article error at news/bad.md:2", r, loc)
	}
}
