package main

import (
	"bytes"
	"math"
	"strings"
	"testing"

	"crosscheck/claims"
	"crosscheck/claims/dates"
	"crosscheck/claims/people"
	"crosscheck/claims/quantity"
	"crosscheck/compare"
)

// fixtureReport is a small hand-made report with one finding of each
// verdict, so the renderers can be checked without the extractors.
func fixtureReport() *compare.Report {
	docs := []*claims.Document{
		{ID: "a.txt", Path: "news/a.txt", Source: "Wire One", Published: dates.Partial{Year: 2024, Month: 1, Day: 27}, Lang: "en"},
		{ID: "b.txt", Path: "news/b.txt", Source: "Daily Two", Published: dates.Partial{Year: 2024, Month: 1}, Lang: "en"},
		{ID: "c.md", Path: "news/c.md", Lang: "en"},
	}
	sentA := "The two countries share a 1,954-mile (3,145-kilometer) border that runs from the Pacific to the Gulf."
	sentB := "The two countries share a 3,200 km border that runs from the Pacific to the Gulf of Mexico."
	cls := []claims.Claim{
		{ID: "a.txt#1", Doc: "a.txt", Kind: claims.Quantity, Text: "1,954-mile (3,145-kilometer) border", Line: 2, Col: 27, Start: 40, End: 75,
			Sentence: sentA, Subject: "border", Confidence: 0.9,
			Value: quantity.Quantity{Dimension: "length", Unit: "m", Value: 3145000, Min: 3144500, Max: 3145500, Display: "3,145 km"}},
		{ID: "a.txt#2", Doc: "a.txt", Kind: claims.Role, Text: "Foreign Minister Ana Ruiz", Line: 3, Col: 1, Start: 120, End: 145,
			Sentence: "Foreign Minister Ana Ruiz said the talks went well.", Subject: "Ana Ruiz", Confidence: 0.8,
			Value: people.Role{Person: "Ana Ruiz", Title: "Foreign Minister", Canonical: "foreign minister", Head: "minister", Domain: "foreign", Display: "Foreign Minister"}},
		{ID: "a.txt#3", Doc: "a.txt", Kind: claims.Date, Text: "on Friday", Line: 4, Col: 30, Start: 200, End: 209,
			Sentence: "The delegations will meet again on Friday.", Subject: "meeting", Confidence: 0.7,
			Value: dates.Date{ISO: "2024-01-26", Min: "2024-01-26", Max: "2024-01-26", Precision: "day", Event: "meeting", Relative: true, Display: "January 26, 2024"}},
		{ID: "b.txt#1", Doc: "b.txt", Kind: claims.Name, Text: "Tom Reyes", Line: 2, Col: 5, Start: 60, End: 69,
			Sentence: "Mayor Tom Reyes welcomed them.", Subject: "Tom Reyes", Confidence: 0.9,
			Value: people.Name{Entity: "thomas reyes", Type: "person", Display: "Tom Reyes"}},
		{ID: "b.txt#2", Doc: "b.txt", Kind: claims.Quantity, Text: "3,200 km border", Line: 4, Col: 27, Start: 150, End: 165,
			Sentence: sentB, Subject: "border", Confidence: 0.9,
			Value: quantity.Quantity{Dimension: "length", Unit: "m", Value: 3200000, Min: 3150000, Max: 3250000, Display: "3,200 km"}},
		{ID: "c.md#1", Doc: "c.md", Kind: claims.Role, Text: "Ana Ruiz, the foreign secretary", Line: 1, Col: 1, Start: 0, End: 31,
			Sentence: "Ana Ruiz, the foreign secretary, agreed.", Subject: "Ana Ruiz", Confidence: 0.8,
			Value: people.Role{Person: "Ana Ruiz", Title: "foreign secretary", Canonical: "foreign minister", Head: "minister", Domain: "foreign", Display: "foreign secretary"}},
		{ID: "c.md#2", Doc: "c.md", Kind: claims.Name, Text: "Thomas Reyes", Line: 5, Col: 1, Start: 90, End: 102,
			Sentence: "Thomas Reyes, the mayor, spoke last.", Subject: "Thomas Reyes", Confidence: 0.9,
			Value: people.Name{Entity: "thomas reyes", Type: "person", Display: "Thomas Reyes"}},
		{ID: "c.md#3", Doc: "c.md", Kind: claims.Quantity, Text: "more than 40 trucks", Line: 6, Col: 12, Start: 110, End: 129,
			Sentence: "The convoy had more than 40 trucks.", Subject: "trucks", Confidence: 0.6,
			Value: quantity.Quantity{Dimension: "count", Value: 40, Min: 40, Max: math.Inf(1), Qualifier: "more than", Display: "more than 40"}},
	}
	return &compare.Report{
		Version:   compare.Version,
		Documents: docs,
		Claims:    cls,
		Findings: []compare.Finding{
			{ID: "F1", Verdict: compare.Conflict, Kind: claims.Quantity, Key: "quantity|length|border", Topic: "length of the border", Subject: "border",
				Claims: []string{"a.txt#1", "b.txt#2"},
				Values: []compare.FindingValue{
					{Display: "3,145 km", Claims: []string{"a.txt#1"}, Sources: []string{"Wire One"}},
					{Display: "3,200 km", Claims: []string{"b.txt#2"}, Sources: []string{"Daily Two"}},
				},
				Difference: "1.7%",
				Diff:       "The two countries share a [-1,954-mile (3,145-kilometer)-]{+3,200 km+} border that runs from the Pacific to the Gulf[-.-]{+ of Mexico.+}",
				DiffOps: []compare.DiffOp{
					{Op: "equal", Text: "The two countries share a "},
					{Op: "delete", Text: "1,954-mile (3,145-kilometer)"},
					{Op: "insert", Text: "3,200 km"},
					{Op: "equal", Text: " border that runs from the Pacific to the Gulf"},
					{Op: "delete", Text: "."},
					{Op: "insert", Text: " of Mexico."},
				}},
			{ID: "F2", Verdict: compare.Variant, Kind: claims.Name, Key: "name|person|thomas reyes", Topic: "name of Thomas Reyes", Subject: "Thomas Reyes",
				Claims: []string{"b.txt#1", "c.md#2"},
				Values: []compare.FindingValue{
					{Display: "Tom Reyes", Claims: []string{"b.txt#1"}, Sources: []string{"Daily Two"}},
					{Display: "Thomas Reyes", Claims: []string{"c.md#2"}, Sources: []string{"c.md"}},
				},
				Diff: "[-Mayor Tom Reyes welcomed them.-]{+Thomas Reyes, the mayor, spoke last.+}",
				DiffOps: []compare.DiffOp{
					{Op: "delete", Text: "Mayor Tom Reyes welcomed them."},
					{Op: "insert", Text: "Thomas Reyes, the mayor, spoke last."},
				}},
			{ID: "F3", Verdict: compare.Agree, Kind: claims.Role, Key: "role|ana ruiz|minister", Topic: "title of Ana Ruiz", Subject: "Ana Ruiz",
				Claims: []string{"a.txt#2", "c.md#1"},
				Values: []compare.FindingValue{
					{Display: "foreign minister", Claims: []string{"a.txt#2", "c.md#1"}, Sources: []string{"Wire One", "c.md"}},
				}},
			{ID: "F4", Verdict: compare.Single, Kind: claims.Date, Key: "date|meeting|", Topic: "date of the meeting", Subject: "meeting",
				Claims: []string{"a.txt#3"},
				Values: []compare.FindingValue{
					{Display: "January 26, 2024", Claims: []string{"a.txt#3"}, Sources: []string{"Wire One"}},
				}},
			{ID: "F5", Verdict: compare.Single, Kind: claims.Quantity, Key: "quantity|count|trucks", Topic: "number of trucks", Subject: "trucks",
				Claims: []string{"c.md#3"},
				Values: []compare.FindingValue{
					{Display: "more than 40", Claims: []string{"c.md#3"}, Sources: []string{"c.md"}},
				}},
		},
	}
}

func renderString(t *testing.T, f renderFunc, r *compare.Report, o renderOptions) string {
	t.Helper()
	var b bytes.Buffer
	if err := f(&b, r, o); err != nil {
		t.Fatalf("render: %v", err)
	}
	return b.String()
}

// TestRenderGolden draws the fixture report in every format.
func TestRenderGolden(t *testing.T) {
	tests := []struct {
		name   string
		render renderFunc
		opts   renderOptions
	}{
		{"fixture.table.txt", renderTable, renderOptions{}},
		{"fixture_all.table.txt", renderTable, renderOptions{all: true}},
		{"fixture_color.table.txt", renderTable, renderOptions{color: true}},
		{"fixture.md", renderMarkdown, renderOptions{}},
		{"fixture_all.md", renderMarkdown, renderOptions{all: true}},
		{"fixture.json", renderJSON, renderOptions{}},
		{"fixture_all.jsonl", renderJSONL, renderOptions{all: true}},
		{"fixture_claims.table.txt", renderClaimsTable, renderOptions{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			golden(t, tt.name, renderString(t, tt.render, fixtureReport(), tt.opts))
		})
	}
}

func TestRenderDiff(t *testing.T) {
	long := "Officials from both governments said on Tuesday that the talks in the capital had ended with "
	tests := []struct {
		name  string
		ops   []compare.DiffOp
		focus [2]string
		marks diffMarks
		want  string
	}{
		{
			name: "short context kept whole",
			ops: []compare.DiffOp{
				{Op: "equal", Text: "The mayor, "}, {Op: "delete", Text: "61"}, {Op: "insert", Text: "62"}, {Op: "equal", Text: ", spoke."},
			},
			marks: plainMarks,
			want:  "The mayor, [-61-]{+62+}, spoke.",
		},
		{
			name: "long runs elided around the change",
			ops: []compare.DiffOp{
				{Op: "equal", Text: long}, {Op: "delete", Text: "no deal"}, {Op: "insert", Text: "a deal"},
				{Op: "equal", Text: " on trade, energy and the border, and that a second round would follow in the spring."},
			},
			marks: plainMarks,
			want:  "… in the capital had ended with [-no deal-]{+a deal+} on trade, energy and the border, …",
		},
		{
			name: "a long run between two changes keeps both ends",
			ops: []compare.DiffOp{
				{Op: "delete", Text: "Four"}, {Op: "insert", Text: "Five"},
				{Op: "equal", Text: " people were hurt when the roof of the old market hall gave way during the storm, and "},
				{Op: "delete", Text: "two"}, {Op: "insert", Text: "three"},
				{Op: "equal", Text: " died."},
			},
			marks: plainMarks,
			want:  "[-Four-]{+Five+} people were hurt when the roof … gave way during the storm, and [-two-]{+three+} died.",
		},
		{
			name: "long changed runs keep the claim in view",
			ops: []compare.DiffOp{
				{Op: "delete", Text: "Officials said on Tuesday that the flooded road, which had been closed since the storm, runs for 42 miles (68 kilometers) between the two towns and would reopen next month"},
				{Op: "insert", Text: "The road between the two towns, about 70 km long, was still under water on Tuesday according to the regional transport office and the police"},
				{Op: "equal", Text: "."},
			},
			focus: [2]string{"42 miles (68 kilometers)", "70 km"},
			marks: plainMarks,
			want: "[-… closed since the storm, runs for 42 miles (68 kilometers) between the two towns and would …-]" +
				"{+… road between the two towns, about 70 km long, was still under water on …+}.",
		},
		{
			name: "a long changed run without its claim keeps both ends",
			ops: []compare.DiffOp{
				{Op: "equal", Text: "Rescuers "},
				{Op: "insert", Text: "working through the night in heavy rain with dogs and thermal cameras from three neighbouring provinces "},
				{Op: "equal", Text: "found 12 survivors."},
			},
			focus: [2]string{"", "14 survivors"},
			marks: plainMarks,
			want:  "Rescuers {+working through the night in heavy … thermal cameras from three neighbouring provinces+} found 12 survivors.",
		},
		{
			name: "markdown keeps spaces outside the emphasis",
			ops: []compare.DiffOp{
				{Op: "equal", Text: "Talks on "}, {Op: "delete", Text: "Friday "}, {Op: "insert", Text: "Monday "}, {Op: "equal", Text: "ended."},
			},
			marks: markdownMarks,
			want:  "Talks on ~~Friday~~ **Monday** ended.",
		},
		{
			name: "colour marks each word",
			ops: []compare.DiffOp{
				{Op: "equal", Text: "A "}, {Op: "insert", Text: "very long"}, {Op: "equal", Text: " wall."},
			},
			marks: colorMarks,
			want:  "A " + colorMarks.insOpen + "very" + ansiReset + " " + colorMarks.insOpen + "long" + ansiReset + " wall.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := renderDiff(compare.Finding{DiffOps: tt.ops}, tt.focus, tt.marks, cell)
			if got != tt.want {
				t.Errorf("renderDiff:\nwant %q\ngot  %q", tt.want, got)
			}
		})
	}
}

func TestUseColor(t *testing.T) {
	tests := []struct {
		name     string
		terminal bool
		env      map[string]string
		want     bool
	}{
		{"terminal", true, nil, true},
		{"not a terminal", false, nil, false},
		{"NO_COLOR set", true, map[string]string{"NO_COLOR": "1"}, false},
		{"NO_COLOR set to nothing", true, map[string]string{"NO_COLOR": ""}, false},
		{"dumb terminal", true, map[string]string{"TERM": "dumb"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := &env{
				isTerminal: tt.terminal,
				getenv:     func(k string) string { return tt.env[k] },
				lookupEnv:  func(k string) (string, bool) { v, ok := tt.env[k]; return v, ok },
			}
			if got := useColor(e); got != tt.want {
				t.Errorf("useColor: want %v, got %v", tt.want, got)
			}
		})
	}
}

// TestNoColorWithoutTerminal checks that no renderer writes an escape
// sequence unless asked to colour.
func TestNoColorWithoutTerminal(t *testing.T) {
	for name, f := range reportFormats {
		t.Run(name, func(t *testing.T) {
			if out := renderString(t, f, fixtureReport(), renderOptions{all: true}); strings.Contains(out, "\x1b") {
				t.Errorf("%s output without colour holds an escape sequence", name)
			}
		})
	}
}
