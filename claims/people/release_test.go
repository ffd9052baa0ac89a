package people

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"crosscheck/claims/text"
)

// releaseTexts are articles of different sizes and casts, so that a
// reused buffer is sometimes larger and sometimes smaller than needed.
var releaseTexts = []string{
	"Foreign Minister Dana Okoro met her counterpart, Lev Marten, on Monday. “We agreed on a plan,” Okoro said. Marten, 58, said the talks went well.",
	"Short note.",
	"Mayor Tom Reyes, 61, said the city would open an inquiry. Reyes told reporters the inspections were late. Fire Chief Maria Delgado said crews did all they could.\n\n“We lost the roof,” Delgado said.",
	"",
	"Senator Ana Fenwick spoke first. Odalys Fenwick, her sister, spoke next, and the senator thanked her. President Joe Biden and Jill Biden left early; Biden waved.",
}

type finderResults struct{ Roles, Ages, Names, Quotes []Match }

func findAll(a *Analysis) finderResults {
	return finderResults{a.Roles(), a.Ages(), a.Names(), a.Quotes()}
}

// TestReleaseReuse checks that an Analysis made with buffers released by
// earlier ones finds exactly what one made with new buffers finds.
func TestReleaseReuse(t *testing.T) {
	var want []finderResults
	for _, s := range releaseTexts {
		want = append(want, findAll(Analyze(text.Parse(s)))) // never released
	}
	for round, order := range [][]int{{0, 1, 2, 3, 4}, {4, 3, 2, 1, 0}, {2, 0, 4, 1, 3}} {
		for _, i := range order {
			a := Analyze(text.Parse(releaseTexts[i]))
			got := findAll(a)
			a.Release()
			a.Release() // a second release does nothing
			if d := cmp.Diff(want[i], got); d != "" {
				t.Errorf("round %d, text %d after releases (-new buffers +reused):\n%s", round, i, d)
			}
		}
	}
	if !slices.ContainsFunc(want, func(r finderResults) bool { return len(r.Roles) > 0 && len(r.Quotes) > 0 }) {
		t.Fatal("the texts should give roles and quotes, or the test compares nothing")
	}
}
