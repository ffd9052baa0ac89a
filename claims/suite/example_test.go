package suite_test

import (
	"os"
	"strings"

	"crosscheck/claims"
	"crosscheck/claims/quantity"
	"crosscheck/claims/suite"
)

// A suite of two sentence cases scored against an extractor that finds
// one length, right, in the first: value F1 = 2·1 / (1 + 2).
func ExampleRunWith() {
	lines := `{"id":"1","suite":"lengths","input":"A 12 km tunnel","reference_date":null,"expected":[{"text":"12 km","start":2,"end":7,"type":"dimension/Length","value":12,"unit":"Kilometer","si_value":12000,"si_unit":"m"}]}
{"id":"2","suite":"lengths","input":"A 3-mile bridge","reference_date":null,"expected":[{"text":"3-mile","start":2,"end":8,"type":"dimension/Length","value":3,"unit":"Mile","si_value":4828.032,"si_unit":"m"}]}
`
	cases, err := suite.Read(strings.NewReader(lines), "lengths.jsonl")
	if err != nil {
		panic(err)
	}
	extract := func(doc *claims.Document) []claims.Claim {
		if doc.ID != "1" {
			return nil
		}
		km := quantity.Quantity{Dimension: "length", Unit: "m", Value: 12000, Min: 11500, Max: 12500}
		return []claims.Claim{{Doc: doc.ID, Kind: claims.Quantity, Start: 2, End: 7, Value: km}}
	}
	r := suite.RunWith(cases, extract)
	if err := r.WriteTable(os.Stdout); err != nil {
		panic(err)
	}
	// Output:
	// suite    cases expected extracted span P span R span F1 value P value R value F1 negatives
	// lengths      2        2         1  1.000  0.500  0.667   1.000   0.500    0.667         -
}
