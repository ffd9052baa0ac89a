package gold

import (
	"fmt"
	"io"
	"strings"

	"crosscheck/compare"
)

// Print writes the result for a person: a summary line, recall per
// verdict, conflict precision, then every missed finding with the nearest
// reported one, and every false conflict with its values and sources.
func (r *Result) Print(w io.Writer) error {
	var sb strings.Builder
	required, found := 0, 0
	for _, v := range r.Verdicts {
		required += v.Gold
		found += v.Matched
	}
	status := "PASS"
	if r.Failed() {
		status = "FAIL"
	}
	fmt.Fprintf(&sb, "%s %s: %d/%d required findings, %s\n", status, r.File, found, required,
		plural(len(r.FalseConflicts), "false conflict", "false conflicts", "no false conflict"))
	for _, v := range r.Verdicts {
		fmt.Fprintf(&sb, "  %-9s recall %d/%d = %.2f\n", v.Verdict, v.Matched, v.Gold, v.Recall())
	}
	if p, ok := r.Precision(); ok {
		fmt.Fprintf(&sb, "  conflict  precision %d/%d = %.2f\n", r.TrueConflicts, r.ReportedConflicts, p)
	} else if r.Complete {
		fmt.Fprintf(&sb, "  conflict  precision: no conflict reported\n")
	} else {
		fmt.Fprintf(&sb, "  conflict  precision: not scored (the gold is not complete)\n")
	}
	for _, m := range r.Missed {
		fmt.Fprintf(&sb, "missed %s (%s %s, line %d)\n", displayID(m.Gold), m.Gold.Verdict, m.Gold.Kind, m.Gold.Line)
		if m.Nearest == "" {
			fmt.Fprintf(&sb, "    no %s finding was reported\n", m.Gold.Kind)
		} else {
			fmt.Fprintf(&sb, "    nearest %s: %s\n", m.Nearest, m.Reason)
		}
		for _, c := range m.Claims {
			fmt.Fprintf(&sb, "    %s\n", c)
		}
	}
	for _, f := range r.FalseConflicts {
		fmt.Fprintf(&sb, "false conflict %s %s %q: %s\n", f.ID, f.Kind, f.Topic, values(f))
	}
	_, err := io.WriteString(w, sb.String())
	return err
}

func displayID(f Finding) string {
	if f.ID != "" {
		return f.ID
	}
	return "(no id)"
}

func values(f compare.Finding) string {
	var parts []string
	for _, v := range f.Values {
		parts = append(parts, fmt.Sprintf("%s [%s]", v.Display, strings.Join(v.Sources, ", ")))
	}
	s := strings.Join(parts, " vs ")
	if f.Difference != "" {
		s += " (" + f.Difference + ")"
	}
	return s
}

func plural(n int, one, many, none string) string {
	switch n {
	case 0:
		return none
	case 1:
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
