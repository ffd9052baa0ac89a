package quantity_test

import (
	"fmt"

	"crosscheck/claims/quantity"
	"crosscheck/claims/text"
)

func ExampleExtract() {
	doc := text.Parse("Smugglers use the 1,954-mile (3,145-kilometer) border. " +
		"More than two million migrants entered Mexico last year. " +
		"The storm killed four people and injured 12 others.")
	for _, m := range quantity.Extract(doc) {
		v := m.Value
		fmt.Printf("%-32q %-6s %-8s [%g, %g] %s", doc.Text[m.Start:m.End], v.Dimension, m.Subject, v.Min, v.Max, v.Display)
		if v.Converted != nil {
			fmt.Printf(" = %s", v.Converted.Display)
		}
		if m.Place != "" || m.Period != "" {
			fmt.Printf(" (%s, %s)", m.Place, m.Period)
		}
		fmt.Println()
	}
	// Output:
	// "1,954-mile (3,145-kilometer) border" length border   [3.1445e+06, 3.1455e+06] 3,145 km = 1,954 mi
	// "More than two million migrants" count  migrants [2e+06, +Inf] more than 2 million migrants (Mexico, last year)
	// "four people"                    count  killed   [3.5, 4.5] 4 people
	// "12 others"                      count  injured  [11.5, 12.5] 12 others
}
