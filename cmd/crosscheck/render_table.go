package main

import (
	"fmt"
	"io"
	"strings"
	"sync"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/pkg/twwidth"
	"github.com/olekukonko/tablewriter/renderer"
	"github.com/olekukonko/tablewriter/tw"

	"crosscheck/claims"
	"crosscheck/compare"
)

// narrowWidths makes the table's width of every character independent of
// the locale: tablewriter otherwise guesses East Asian widths from LANG
// and the terminal, and the same report would not give the same bytes
// everywhere.
var narrowWidths = sync.OnceFunc(func() {
	twwidth.SetOptions(twwidth.Options{EastAsianWidth: false})
})

// Column widths of the findings table, padding included: with its
// borders it fits in 120 columns.
var findingWidths = []int{10, 28, 44, 30}

// renderTable draws the findings as a table, conflicts first: one row per
// value of a fact, with its sources and the lines that state it, and under
// each conflict a row with the word diff of its evidence. The verdict and
// fact columns are merged down the rows of a fact (by column index only,
// so equal values in other columns never merge).
func renderTable(w io.Writer, full *compare.Report, o renderOptions) error {
	r := visible(full, o.all)
	if len(r.Findings) > 0 {
		byID := claimIndex(r)
		var rows [][]string
		for _, f := range r.Findings {
			verdict := paint(o.color, verdictColor(f.Verdict), string(f.Verdict))
			fact := f.ID + " " + f.Topic
			if f.Difference != "" {
				fact += "\n(" + f.Difference + ")"
			}
			for _, v := range f.Values {
				where := make([]string, len(v.Claims))
				for i, id := range v.Claims {
					where[i] = evidence(byID, id)
				}
				value := v.Display
				if len(v.Sources) > 0 {
					value += " — " + strings.Join(v.Sources, ", ")
				}
				rows = append(rows, []string{verdict, fact, cell(value), strings.Join(where, "\n")})
			}
			if f.Verdict == compare.Conflict && (f.Diff != "" || len(f.DiffOps) > 0) {
				marks := plainMarks
				if o.color {
					marks = colorMarks
				}
				rows = append(rows, []string{verdict, fact, "diff: " + renderDiff(f, diffFocus(f, byID), marks, cell), ""})
			}
		}
		if err := drawTable(w, []string{"VERDICT", "FACT", "VALUES (SOURCES)", "EVIDENCE"}, findingWidths, []int{0, 1}, rows); err != nil {
			return err
		}
	}
	_, err := fmt.Fprintln(w, summary(r, hiddenSingles(full, o.all)))
	return err
}

// Column widths of the claims table.
var claimWidths = []int{30, 8, 36, 30, 24}

// renderClaimsTable draws the claims, one row each, in document and text
// order.
func renderClaimsTable(w io.Writer, r *compare.Report, o renderOptions) error {
	r = visible(r, o.all)
	if len(r.Claims) > 0 {
		rows := make([][]string, 0, len(r.Claims))
		for _, c := range r.Claims {
			value := ""
			if c.Value != nil {
				value = c.Value.String()
			}
			rows = append(rows, []string{
				fmt.Sprintf("%s:%d:%d", c.Doc, c.Line, c.Col),
				paint(o.color, kindColor(c.Kind), string(c.Kind)),
				cell(c.Text), cell(value), cell(c.Subject),
			})
		}
		if err := drawTable(w, []string{"WHERE", "KIND", "TEXT", "VALUE", "SUBJECT"}, claimWidths, nil, rows); err != nil {
			return err
		}
	}
	n := map[claims.Kind]int{}
	for _, c := range r.Claims {
		n[c.Kind]++
	}
	var parts []string
	for _, k := range claims.Kinds {
		if n[k] > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n[k], k))
		}
	}
	tally := ""
	if len(parts) > 0 {
		tally = " (" + strings.Join(parts, ", ") + ")"
	}
	_, err := fmt.Fprintf(w, "%s, %s%s.\n", plural(len(r.Documents), "article", "articles"),
		plural(len(r.Claims), "claim", "claims"), tally)
	return err
}

func kindColor(claims.Kind) string { return ansiBold }

// cell makes text safe for a table cell: one line, no tabs.
func cell(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// drawTable renders rows under header with tablewriter: column i at most
// widths[i] wide (wrapping words), merging equal cells down the columns
// listed in merge and no others.
func drawTable(w io.Writer, header []string, widths []int, merge []int, rows [][]string) error {
	narrowWidths()
	maxWidths := tw.NewMapper[int, int]()
	for i, n := range widths {
		maxWidths.Set(i, n)
	}
	cfg := tablewriter.Config{
		Header: tw.CellConfig{
			// Headers are written as they should look: tablewriter's
			// auto-format would space out "(sources)".
			Formatting: tw.CellFormatting{AutoFormat: tw.Off},
			Alignment:  tw.CellAlignment{Global: tw.AlignLeft},
		},
		Row: tw.CellConfig{
			Formatting:   tw.CellFormatting{AutoWrap: tw.WrapNormal},
			Alignment:    tw.CellAlignment{Global: tw.AlignLeft},
			ColMaxWidths: tw.CellWidth{PerColumn: maxWidths},
		},
	}
	if len(merge) > 0 {
		byIndex := tw.NewMapper[int, bool]()
		for _, i := range merge {
			byIndex.Set(i, true)
		}
		cfg.Row.Merging = tw.CellMerging{Mode: tw.MergeVertical, ByColumnIndex: byIndex}
	}
	table := tablewriter.NewTable(w,
		tablewriter.WithRenderer(renderer.NewBlueprint(tw.Rendition{
			Settings: tw.Settings{Separators: tw.Separators{BetweenRows: tw.On}},
		})),
		tablewriter.WithConfig(cfg),
	)
	header2 := make([]any, len(header))
	for i, h := range header {
		header2[i] = h
	}
	table.Header(header2...)
	if err := table.Bulk(rows); err != nil {
		return fmt.Errorf("drawing the table: %w", err)
	}
	if err := table.Render(); err != nil {
		return fmt.Errorf("drawing the table: %w", err)
	}
	return nil
}
