package people_test

import (
	"fmt"

	"crosscheck/claims/people"
	"crosscheck/claims/text"
)

func ExampleAnalyze() {
	doc := text.Parse("Peruvian Foreign Minister Ana Ruiz, 52, met Tom Reyes on Monday. " +
		"“We agreed to reopen the border crossing,” Ruiz said.")
	a := people.Analyze(doc)
	for _, m := range a.Roles() {
		r := m.Value.(people.Role)
		fmt.Printf("role: %s is %q (office %q)\n", r.Person, r.Title, r.Canonical)
	}
	for _, m := range a.Ages() {
		fmt.Printf("age: %s is %d\n", m.Subject, m.Value.(people.Age).Years)
	}
	for _, m := range a.Quotes() {
		q := m.Value.(people.Quote)
		fmt.Printf("quote: %s said %q\n", q.Speaker, q.Display)
	}
	// Output:
	// role: Ana Ruiz is "Peruvian Foreign Minister" (office "foreign minister")
	// age: Ana Ruiz is 52
	// quote: Ana Ruiz said "We agreed to reopen the border crossing"
}

func ExampleSameEntity() {
	fmt.Println(people.SameEntity("Manuel Lopez Obrador", "Andrés Manuel López Obrador"))
	fmt.Println(people.SameEntity("Alicia", "Alicia Bárcena"))
	fmt.Println(people.Key("Alicia Bárcena"))
	// Output:
	// true
	// false
	// barcena
}
