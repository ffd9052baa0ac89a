package gold_test

import (
	"fmt"
	"os"

	"crosscheck/claims"
	"crosscheck/claims/quantity"
	"crosscheck/compare"
	"crosscheck/compare/gold"
)

func ExampleScore() {
	g, err := gold.Parse("pipeline.yaml", []byte(`
corpus: .
complete: true
findings:
  - id: pipeline-length
    verdict: conflict
    kind: quantity
    claims:
      - {doc: wire.txt, value: 412 km}
      - {doc: daily.txt, value: 430 km}
`))
	if err != nil {
		fmt.Println(err)
		return
	}
	length := func(km, step float64) quantity.Quantity {
		return quantity.Quantity{Dimension: "length", Unit: "m", Value: km * 1000,
			Min: (km - step/2) * 1000, Max: (km + step/2) * 1000}
	}
	docs := []*claims.Document{{ID: "wire.txt", Source: "Wire"}, {ID: "daily.txt", Source: "Daily"}}
	cls := []claims.Claim{
		{ID: "wire.txt#1", Doc: "wire.txt", Kind: claims.Quantity, Subject: "pipeline", Value: length(412, 1)},
		{ID: "daily.txt#1", Doc: "daily.txt", Kind: claims.Quantity, Subject: "pipeline", Value: length(430, 10)},
	}
	res := gold.Score(compare.Reconcile(docs, cls), g)
	res.Print(os.Stdout)
	fmt.Println("failed:", res.Failed())
	// Output:
	// PASS pipeline.yaml: 1/1 required findings, no false conflict
	//   conflict  recall 1/1 = 1.00
	//   conflict  precision 1/1 = 1.00
	// failed: false
}
