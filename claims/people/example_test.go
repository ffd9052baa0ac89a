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

func ExampleRoles() {
	doc := text.Parse("The deal was signed by former Chilean President Jorge Alvear and " +
		"Secretary of Homeland Security Tom Reyes. Reyes, the homeland security secretary, left early.")
	for _, m := range people.Roles(doc) {
		r := m.Value.(people.Role)
		fmt.Printf("%s: %q → %s (former %v)\n", r.Person, r.Title, r.Canonical, r.Former)
	}
	// Output:
	// Jorge Alvear: "former Chilean President" → president (former true)
	// Tom Reyes: "Secretary of Homeland Security" → homeland security minister (former false)
}

func ExampleQuotes() {
	doc := text.Parse("Mayor Ana Ruiz toured the dam on Monday. “The water is falling,” she said. " +
		"She said that repairs would start next week.")
	for _, m := range people.Quotes(doc) {
		q := m.Value.(people.Quote)
		fmt.Printf("%s (direct %v): %s\n", q.Speaker, q.Direct, q.Display)
	}
	// Output:
	// Ana Ruiz (direct true): The water is falling
	// Ana Ruiz (direct false): repairs would start next week
}

// Release returns an analysis's buffers once its matches are taken: the
// matches hold strings only, so they outlive it.
func ExampleAnalysis_Release() {
	var names []people.Match
	for _, article := range []string{
		"Mayor Tom Reyes opened the bridge. Reyes said it cost less than planned.",
		"Foreign Minister Maria Delgado said talks went on through the night.",
	} {
		a := people.Analyze(text.Parse(article))
		names = append(names, a.Roles()...)
		a.Release()
	}
	for _, m := range names {
		fmt.Println(m.Value.(people.Role).Person, "-", m.Value.(people.Role).Title)
	}
	// Output:
	// Tom Reyes - Mayor
	// Maria Delgado - Foreign Minister
}
