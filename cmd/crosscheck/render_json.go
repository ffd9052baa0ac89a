package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"

	"crosscheck/compare"
)

// renderJSON writes the report as the version-1 JSON contract of
// DESIGN.md, indented, with no HTML escaping ("<" stays "<").
func renderJSON(w io.Writer, full *compare.Report, o renderOptions) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(visible(full, o.all)); err != nil {
		return fmt.Errorf("writing JSON: %w", err)
	}
	return nil
}

// renderJSONL writes the report as JSON Lines, for streaming tools (jq,
// grep): one object a line, each with a "type" field first. The first line
// is {"type": "report", "version": 1}; then one "document" line per
// document, one "claim" line per claim and one "finding" line per finding,
// in the order of the JSON report, each with the same fields as there.
func renderJSONL(w io.Writer, full *compare.Report, o renderOptions) error {
	r := visible(full, o.all)
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	line := func(typ string, v any) error {
		buf.Reset()
		if err := enc.Encode(v); err != nil {
			return fmt.Errorf("writing JSON Lines: %s: %w", typ, err)
		}
		obj := buf.Bytes()
		if len(obj) < 2 || obj[0] != '{' {
			return fmt.Errorf("writing JSON Lines: %s is not a JSON object", typ)
		}
		sep := ","
		if obj[1] == '}' {
			sep = ""
		}
		_, err := fmt.Fprintf(w, "{\"type\":%q%s%s", typ, sep, obj[1:])
		return err
	}
	if err := line("report", struct {
		Version int `json:"version"`
	}{r.Version}); err != nil {
		return err
	}
	for _, d := range r.Documents {
		if err := line("document", d); err != nil {
			return err
		}
	}
	for _, c := range r.Claims {
		if err := line("claim", c); err != nil {
			return err
		}
	}
	for _, f := range r.Findings {
		if err := line("finding", f); err != nil {
			return err
		}
	}
	return nil
}
