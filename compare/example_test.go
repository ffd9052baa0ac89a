package compare_test

import (
	"fmt"

	"crosscheck/claims"
	"crosscheck/claims/dates"
	"crosscheck/claims/quantity"
	"crosscheck/compare"
)

func ExampleReconcile() {
	docs := []*claims.Document{
		{ID: "wire.txt", Source: "Wire", Published: dates.Partial{Year: 2024, Month: 3, Day: 4}},
		{ID: "daily.txt", Source: "Daily", Published: dates.Partial{Year: 2024, Month: 3, Day: 5}},
	}
	// 412 km is stated to the kilometre, 430 km to the ten: the intervals
	// [411.5, 412.5] and [425, 435] km do not overlap.
	cls := []claims.Claim{
		{ID: "wire.txt#1", Doc: "wire.txt", Kind: claims.Quantity, Subject: "pipeline",
			Sentence: "The pipeline runs 412 km to the coast.",
			Value: quantity.Quantity{Dimension: "length", Unit: "m", Value: 412000,
				Min: 411500, Max: 412500, Display: "412 km"}},
		{ID: "daily.txt#1", Doc: "daily.txt", Kind: claims.Quantity, Subject: "pipeline",
			Sentence: "The pipeline runs 430 km to the coast.",
			Value: quantity.Quantity{Dimension: "length", Unit: "m", Value: 430000,
				Min: 425000, Max: 435000, Display: "430 km"}},
	}
	// Documents are reported by id, so daily.txt comes first.
	r := compare.Reconcile(docs, cls)
	for _, f := range r.Findings {
		fmt.Println(f.ID, f.Verdict, f.Topic, f.Difference)
		for _, v := range f.Values {
			fmt.Println("  ", v.Display, v.Sources)
		}
		fmt.Println("  ", f.Diff)
	}
	// Output:
	// F1 conflict length of the pipeline 4.2%
	//    430 km [Daily]
	//    412 km [Wire]
	//    The pipeline runs [-430-]{+412+} km to the coast.
}
