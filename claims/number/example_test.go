package number_test

import (
	"fmt"

	"crosscheck/claims/number"
	"crosscheck/claims/text"
)

func ExampleParse() {
	s := "more than half a million people crossed, and 3,200 km of border"
	toks := text.Tokenize(s, 0, len(s))
	for i := 0; i < len(toks); i++ {
		n, ok := number.Parse(toks, i)
		if !ok {
			continue
		}
		lo, hi := n.Interval()
		fmt.Printf("%q = %g, stands for [%g, %g]\n", s[n.Start(toks):n.End(toks)], n.Value, lo, hi)
		i = n.Next - 1
	}
	// Output:
	// "half a million" = 500000, stands for [450000, 550000]
	// "3,200" = 3200, stands for [3150, 3250]
}
