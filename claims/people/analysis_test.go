package people

import (
	"testing"

	"crosscheck/claims/text"

	"github.com/google/go-cmp/cmp"
)

func TestPeople(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"given name evidence", "Yesterday Gina Marlowe and Tomas Berg arrived.", []string{"Gina Marlowe", "Tomas Berg"}},
		{"title evidence, unknown given name", "Attorney General Odalys Fenwick resigned.", []string{"Odalys Fenwick"}},
		{"honorific", "Mr. Fenwick declined to comment.", []string{"Fenwick"}},
		{"person noun", "The Venezuelan mother Yulexi Marrero walked north.", []string{"Yulexi Marrero"}},
		{"age apposition", "Fenwick, 52, was detained.", []string{"Fenwick"}},
		{"unknown words before said are not enough", "Banco Atlantico said the merger was off.", nil},
		{"surname resolves to full name", "Gina Fenwick arrived. Fenwick spoke.", []string{"Gina Fenwick"}},
		{"surname before full name", "Senator Fenwick spoke first. Odalys Fenwick then left.", []string{"Odalys Fenwick"}},
		{"shared surname goes to the last mentioned", "Joe Marlowe and Jill Marlowe came. Marlowe spoke.", []string{"Joe Marlowe", "Jill Marlowe"}},
		{"initial", "John F. Kennedy Airport is busy; John F. Kennedy spoke there.", []string{"John F. Kennedy"}},
		{"name without its initial", "John F. Keller spoke first. Later John Keller left.", []string{"John F. Keller"}},
		{"headline uses known names only", "Marlowe Meets Union Leaders\nGina Marlowe met the union on Monday.", []string{"Gina Marlowe"}},

		{"royal title takes a given name", "Nadia Rahim met King Rahim of Ruritania. Rahim spoke.", []string{"Nadia Rahim", "Rahim"}},
		{"sentence opener", "According to Reuters, the talks ended.", nil},
		{"opener before a known name", "Gina Marlowe spoke. Certainly Gina Marlowe knew. Chanting Tomas Berg's name, they left.", []string{"Gina Marlowe", "Tomas Berg"}},
		{"adverb before a surname", "President Fenwick spoke. Certainly Odalys Fenwick knew.", []string{"Odalys Fenwick"}},
		{"state abbreviation before a surname", "Odalys Fenwick, 52, of Albany, N.Y. Fenwick said little.", []string{"Odalys Fenwick"}},
		{"religion is not a name", "Roman Catholic bishops met.", nil},
		{"places", "Mexico City and Central America braced for storms.", nil},
		{"given name alone", "Marina said nothing.", nil},
		{"organization", "The National Migration Institute said it would act.", nil},
		{"all capitals", "EFE and AP reported the news.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, analyze(tt.in).People()); diff != "" {
				t.Errorf("people in %q (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestPersonAt(t *testing.T) {
	s := "Gina Fenwick arrived. Later Fenwick's aide spoke."
	a := analyze(s)
	off := len("Gina Fenwick arrived. Later ")
	if got, want := a.Person(off), "Gina Fenwick"; got != want {
		t.Errorf("Person(%d) = %q, want %q", off, got, want)
	}
	if got := a.Person(len("Gina Fenwick ")); got != "" {
		t.Errorf("Person on a verb = %q, want \"\"", got)
	}
}

func TestFindersFindEachKind(t *testing.T) {
	doc := text.Parse("Foreign Minister Ana Ruiz, 52, said that the border would reopen soon.")
	a := Analyze(doc)
	for _, tt := range []struct {
		name      string
		analysis  []Match
		finder    []Match
		wantCount int
	}{
		{"roles", a.Roles(), Roles(doc), 1},
		{"ages", a.Ages(), Ages(doc), 1},
		{"names", a.Names(), Names(doc), 1},
		{"quotes", a.Quotes(), Quotes(doc), 1},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if len(tt.analysis) != tt.wantCount {
				t.Errorf("Analysis found %d, want %d", len(tt.analysis), tt.wantCount)
			}
			if diff := cmp.Diff(tt.analysis, tt.finder); diff != "" {
				t.Errorf("finder and Analysis differ (-analysis +finder):\n%s", diff)
			}
		})
	}
}

func TestSameSurnameTwoPeople(t *testing.T) {
	a := analyze("Juan Carlos Ortega flew in on Monday. Yandel Ortega stayed at home. Officials said Yandel Ortega, the 6-year-old boy, was safe.")
	if diff := cmp.Diff([]string{"Juan Carlos Ortega", "Yandel Ortega"}, a.People()); diff != "" {
		t.Errorf("people (-want +got):\n%s", diff)
	}
	var ages []string
	for _, m := range a.Ages() {
		ages = append(ages, m.Subject)
	}
	if diff := cmp.Diff([]string{"Yandel Ortega"}, ages); diff != "" {
		t.Errorf("whose age (-want +got):\n%s", diff)
	}
}

// TestConcurrentFinders runs the finders of one Analysis at once; run it
// with -race.
func TestConcurrentFinders(t *testing.T) {
	a := analyze("Peruvian Foreign Minister Ana Ruiz, 52, met Tom Reyes. “We agreed on the plan,” the foreign minister said. Reyes said that the border would reopen.")
	want := [4]int{len(a.Roles()), len(a.Ages()), len(a.Names()), len(a.Quotes())}
	var got [4]int
	done := make(chan bool)
	for i, f := range []func() []Match{a.Roles, a.Ages, a.Names, a.Quotes} {
		go func() {
			got[i] = len(f())
			done <- true
		}()
	}
	for range 4 {
		<-done
	}
	if got != want {
		t.Errorf("concurrent finders found %v claims, one by one %v", got, want)
	}
}
