package main

import (
	"encoding/json"
	"fmt"
	"net/url"
	"path/filepath"
	"strings"

	"crosscheck/claims"
)

// The SARIF 2.1.0 log, as much of it as crosscheck writes. Field names are
// the standard's; see testdata/sarif-schema-2.1.0.json.
type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool sarifTool `json:"tool"`
	// ColumnKind says columns count characters, as crosscheck's do.
	ColumnKind string        `json:"columnKind"`
	Results    []sarifResult `json:"results"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name  string      `json:"name"`
	Rules []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID                   string      `json:"id"`
	Name                 string      `json:"name"`
	ShortDescription     sarifText   `json:"shortDescription"`
	FullDescription      sarifText   `json:"fullDescription"`
	Help                 sarifText   `json:"help"`
	DefaultConfiguration sarifConfig `json:"defaultConfiguration"`
}

type sarifText struct {
	Text string `json:"text"`
}

type sarifConfig struct {
	Level string `json:"level"`
}

type sarifResult struct {
	RuleID           string          `json:"ruleId"`
	RuleIndex        int             `json:"ruleIndex"`
	Level            string          `json:"level"`
	Message          sarifText       `json:"message"`
	Locations        []sarifLocation `json:"locations"`
	RelatedLocations []sarifLocation `json:"relatedLocations,omitempty"`
	// PartialFingerprints carries the baseline fingerprint, which code
	// scanning uses to follow an alert across commits.
	PartialFingerprints map[string]string  `json:"partialFingerprints,omitempty"`
	Suppressions        []sarifSuppression `json:"suppressions,omitempty"`
	Properties          *sarifProperties   `json:"properties,omitempty"`
}

type sarifLocation struct {
	ID               int           `json:"id,omitempty"` // related locations count from 1
	PhysicalLocation sarifPhysical `json:"physicalLocation"`
	Message          *sarifText    `json:"message,omitempty"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
	Region           *sarifRegion  `json:"region,omitempty"`
}

type sarifArtifact struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
}

type sarifRegion struct {
	StartLine   int        `json:"startLine"`
	StartColumn int        `json:"startColumn,omitempty"`
	EndLine     int        `json:"endLine,omitempty"`
	EndColumn   int        `json:"endColumn,omitempty"`
	Snippet     *sarifText `json:"snippet,omitempty"`
}

type sarifSuppression struct {
	Kind          string `json:"kind"`
	Status        string `json:"status"`
	Justification string `json:"justification"`
}

type sarifProperties struct {
	Verdict string `json:"verdict"`
	Topic   string `json:"topic"`
	Finding string `json:"finding"`
}

const (
	sarifSchemaURI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
	sarifVersion   = "2.1.0"
	// sarifUnreadable is the rule of a new article that could not be read.
	sarifUnreadable = "unreadable-article"
	// sarifFingerprintKey names crosscheck's fingerprint among a result's
	// partial fingerprints; the /v1 follows compare.Fingerprint's scheme.
	sarifFingerprintKey = "crosscheckFinding/v1"
)

// sarifRuleText describes the rule of each claim kind.
var sarifRuleText = map[claims.Kind][2]string{
	claims.Quantity: {"Sources give different quantities for the same measure",
		"A new article states a quantity (a length, a count of people, an amount of money…) that another article states differently: a conflict when the values cannot both be true (their intervals do not overlap), a variant when they only differ in form."},
	claims.Date: {"Sources give different dates for the same event",
		"A new article dates an event (the same event words, place and participants) differently from another article."},
	claims.Role: {"Sources give a person different titles",
		"A new article gives a person a title that names a different office from the one another article gives."},
	claims.Age: {"Sources give a person different ages",
		"A new article gives a person an age that another article gives differently."},
	claims.Name: {"Sources spell a name differently",
		"A new article names a person, place or organization in a way that differs from another article's spelling of the same entity."},
	claims.Quote: {"Sources word a quote differently",
		"A new article attributes words to a speaker that another article words differently."},
}

// renderCheckSARIF writes the check as a SARIF 2.1.0 log for code
// scanning: one rule per claim kind (and one for unreadable articles), one
// result per conflict (error) or variant (warning) that involves a new
// article, located at the new article's claim, with the claims of the
// other sources as related locations. Findings the baseline accepted are
// results with an external, accepted suppression. The output is
// deterministic: no timestamps, no absolute paths inside the working
// directory.
func renderCheckSARIF(e *env, res *checkResult) error {
	run := sarifRun{
		Tool:       sarifTool{Driver: sarifDriver{Name: "crosscheck", Rules: sarifRules()}},
		ColumnKind: "unicodeCodePoints",
		Results:    []sarifResult{},
	}
	ruleIndex := map[string]int{}
	for i, r := range run.Tool.Driver.Rules {
		ruleIndex[r.ID] = i
	}
	for _, le := range res.fileErrors {
		loc := sarifLocation{PhysicalLocation: sarifPhysical{ArtifactLocation: sarifArtifactFor(displayPath(le.Path))}}
		if le.Line > 0 {
			loc.PhysicalLocation.Region = &sarifRegion{StartLine: le.Line}
		}
		run.Results = append(run.Results, sarifResult{
			RuleID: sarifUnreadable, RuleIndex: ruleIndex[sarifUnreadable], Level: "error",
			Message:   sarifText{Text: "crosscheck could not read this article: " + le.Reason},
			Locations: []sarifLocation{loc},
		})
	}
	for _, f := range res.findings {
		level := severity(f.Verdict)
		if level == "" {
			continue
		}
		r := sarifResult{
			RuleID: string(f.Kind), RuleIndex: ruleIndex[string(f.Kind)], Level: level,
			Message:             sarifText{Text: f.title() + ": " + res.describe(f)},
			Locations:           []sarifLocation{res.sarifClaimLocation(res.claims[f.At.Claim], 0, "")},
			PartialFingerprints: map[string]string{sarifFingerprintKey: f.Fingerprint},
			Properties:          &sarifProperties{Verdict: string(f.Verdict), Topic: f.Topic, Finding: f.ID},
		}
		id := 0
		for _, v := range f.Values {
			for _, cid := range v.Claims {
				c := res.claims[cid]
				if c == nil || cid == f.At.Claim {
					continue
				}
				id++
				source := c.Doc
				if d := res.docs[c.Doc]; d != nil && d.Source != "" {
					source = d.Source + " (" + c.Doc + ")"
				}
				r.RelatedLocations = append(r.RelatedLocations, res.sarifClaimLocation(c, id, fmt.Sprintf("%s: %s", source, v.Display)))
			}
		}
		if f.Accepted {
			r.Suppressions = []sarifSuppression{{Kind: "external", Status: "accepted",
				Justification: "accepted in the crosscheck baseline " + filepath.ToSlash(res.baselinePath)}}
		}
		run.Results = append(run.Results, r)
	}
	enc := json.NewEncoder(e.stdout)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(sarifLog{Schema: sarifSchemaURI, Version: sarifVersion, Runs: []sarifRun{run}}); err != nil {
		return fmt.Errorf("writing SARIF: %w", err)
	}
	return nil
}

// sarifRules lists a rule per claim kind, in claims.Kinds order, then the
// rule of unreadable articles: always all of them, so rule indexes do not
// depend on what was found.
func sarifRules() []sarifRule {
	var rules []sarifRule
	for _, k := range claims.Kinds {
		t := sarifRuleText[k]
		rules = append(rules, sarifRule{
			ID: string(k), Name: "crosscheck/" + string(k),
			ShortDescription:     sarifText{Text: t[0]},
			FullDescription:      sarifText{Text: t[1]},
			Help:                 sarifText{Text: t[1] + " Check the sources; if the disagreement is known and accepted, record it with crosscheck check --write-baseline."},
			DefaultConfiguration: sarifConfig{Level: "error"},
		})
	}
	return append(rules, sarifRule{
		ID: sarifUnreadable, Name: "crosscheck/" + sarifUnreadable,
		ShortDescription:     sarifText{Text: "A new article could not be read"},
		FullDescription:      sarifText{Text: "A new article is not UTF-8 text, is empty or binary, or has malformed front matter, so it could not be checked."},
		Help:                 sarifText{Text: "Fix the article (save it as UTF-8 text, fix its front matter) and run the check again."},
		DefaultConfiguration: sarifConfig{Level: "error"},
	})
}

// sarifClaimLocation places claim c; id > 0 numbers a related location.
func (res *checkResult) sarifClaimLocation(c *claims.Claim, id int, message string) sarifLocation {
	at := res.location(c)
	loc := sarifLocation{ID: id, PhysicalLocation: sarifPhysical{
		ArtifactLocation: sarifArtifactFor(at.Path),
		Region: &sarifRegion{StartLine: at.Line, StartColumn: at.Col, EndLine: at.EndLine, EndColumn: at.EndCol,
			Snippet: &sarifText{Text: c.Text}},
	}}
	if at.Path == "" {
		loc.PhysicalLocation.ArtifactLocation = sarifArtifactFor(c.Doc)
	}
	if message != "" {
		loc.Message = &sarifText{Text: message}
	}
	return loc
}

// sarifArtifactFor is the artifact location of a path as displayPath
// gives it: relative paths are relative to the source root (the checkout
// in a CI job), absolute ones become file: URIs.
func sarifArtifactFor(path string) sarifArtifact {
	if filepath.IsAbs(filepath.FromSlash(path)) {
		if !strings.HasPrefix(path, "/") {
			path = "/" + path // file:///C:/…
		}
		return sarifArtifact{URI: (&url.URL{Scheme: "file", Path: path}).String()}
	}
	return sarifArtifact{URI: (&url.URL{Path: path}).String(), URIBaseID: "%SRCROOT%"}
}
