package compare_test

import (
	"bytes"
	"fmt"

	"crosscheck/claims"
	"crosscheck/compare"
)

// A CI check accepts a known disagreement once: the baseline written from
// today's report accepts the same finding tomorrow, after edits that move
// its lines, but not the same fact with another value.
func ExampleNewBaseline() {
	today := &compare.Report{
		Claims: []claims.Claim{{ID: "a.txt#2", Doc: "a.txt"}, {ID: "b.txt#5", Doc: "b.txt"}},
		Findings: []compare.Finding{{
			ID: "F1", Verdict: compare.Conflict, Kind: claims.Age,
			Key: "age|ana ruiz", Topic: "age of Ana Ruiz",
			Claims: []string{"a.txt#2", "b.txt#5"},
			Values: []compare.FindingValue{
				{Display: "36", Claims: []string{"a.txt#2"}, Sources: []string{"Wire One"}},
				{Display: "38", Claims: []string{"b.txt#5"}, Sources: []string{"Daily Two"}},
			},
		}},
	}
	var file bytes.Buffer
	if err := compare.NewBaseline(today, today.Findings).Write(&file); err != nil {
		fmt.Println(err)
		return
	}

	baseline, err := compare.ReadBaseline(&file)
	if err != nil {
		fmt.Println(err)
		return
	}
	moved := today.Findings[0]
	moved.ID, moved.Claims = "F3", []string{"a.txt#4", "b.txt#5"}
	fmt.Println("lines moved, accepted:", baseline.Accepts(moved))

	third := today.Findings[0]
	third.Values = append(third.Values, compare.FindingValue{Display: "39", Sources: []string{"Weekly Three"}})
	fmt.Println("a third age, accepted:", baseline.Accepts(third))
	// Output:
	// lines moved, accepted: true
	// a third age, accepted: false
}
