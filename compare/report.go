package compare

import "crosscheck/claims"

// Version is the version of the JSON report contract.
const Version = 1

// Verdict is what the sources say about one fact.
type Verdict string

// The verdicts, from most to least urgent for a fact-checker.
const (
	Conflict Verdict = "conflict"
	Variant  Verdict = "variant"
	Agree    Verdict = "agree"
	Single   Verdict = "single"
)

// A Report is the result of reconciling a set of documents. Its JSON form
// is the version-1 contract.
type Report struct {
	Version   int                `json:"version"`
	Documents []*claims.Document `json:"documents"`
	Claims    []claims.Claim     `json:"claims"`
	Findings  []Finding          `json:"findings"`
}

// A Finding is one fact and what the sources say about it.
type Finding struct {
	ID      string      `json:"id"`
	Verdict Verdict     `json:"verdict"`
	Kind    claims.Kind `json:"kind"`
	// Key identifies the fact (its kind and what it is about, normalized)
	// independently of values, wording, line numbers and file order, so a
	// CI baseline can recognize a finding it has accepted before.
	Key string `json:"key"`
	// Topic names the fact for a reader: "length of the pipeline",
	// "date of the summit in Lisbon", "title of Marta
	// Kovac-Lindqvist".
	Topic string `json:"topic"`
	// Subject is whom or what the fact is about, for a reader and for
	// gold matching: the person of a role, age or quote, the entity of a
	// name, what a quantity measures, the event a date dates.
	Subject string `json:"subject,omitempty"`
	// Claims lists the ids of every claim that takes part.
	Claims []string `json:"claims"`
	// Values groups the claims by the value they give.
	Values []FindingValue `json:"values"`
	// Difference says how far apart conflicting values are: "1.7%",
	// "1 day", "different office".
	Difference string `json:"difference,omitempty"`
	// Diff is a word-level diff of the evidence of the first two values
	// (for a conflict, the two claims that disagree: their sentences; for
	// a name or quote variant, the spellings or the words), with
	// deletions as [-…-] and insertions as {+…+}; DiffOps is the same
	// diff as operations, for renderers that colour it.
	Diff    string   `json:"diff,omitempty"`
	DiffOps []DiffOp `json:"diff_ops,omitempty"`
}

// A FindingValue is one value of a fact and the claims that give it.
type FindingValue struct {
	Display string   `json:"display"`
	Claims  []string `json:"claims"`
	Sources []string `json:"sources"`
}

// A DiffOp is one run of a word diff.
type DiffOp struct {
	Op   string `json:"op"` // "equal", "delete", "insert"
	Text string `json:"text"`
}
