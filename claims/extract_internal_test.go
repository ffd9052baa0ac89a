package claims

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"crosscheck/claims/dates"
	"crosscheck/claims/people"
)

func TestDropShadowed(t *testing.T) {
	claim := func(k Kind, start, end int) Claim { return Claim{Kind: k, Start: start, End: end} }
	tests := []struct {
		name string
		in   []Claim
		want []Claim
	}{
		{
			name: "day number inside a date",
			in:   []Claim{claim(Date, 10, 21), claim(Quantity, 19, 21)},
			want: []Claim{claim(Date, 10, 21)},
		},
		{
			name: "duration inside an age",
			in:   []Claim{claim(Quantity, 4, 11), claim(Age, 4, 15)},
			want: []Claim{claim(Age, 4, 15)},
		},
		{
			name: "quantity overlapping a date's end",
			in:   []Claim{claim(Date, 0, 12), claim(Quantity, 8, 20)},
			want: []Claim{claim(Date, 0, 12)},
		},
		{
			name: "quantity next to a date is kept",
			in:   []Claim{claim(Date, 0, 12), claim(Quantity, 12, 20)},
			want: []Claim{claim(Date, 0, 12), claim(Quantity, 12, 20)},
		},
		{
			name: "long date span reaching past a later start",
			in:   []Claim{claim(Date, 0, 100), claim(Date, 5, 8), claim(Quantity, 50, 60)},
			want: []Claim{claim(Date, 0, 100), claim(Date, 5, 8)},
		},
		{
			name: "names and roles are never dropped",
			in:   []Claim{claim(Date, 0, 12), claim(Name, 2, 8)},
			want: []Claim{claim(Date, 0, 12), claim(Name, 2, 8)},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := dropShadowed(append([]Claim(nil), tt.in...))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("dropShadowed mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestValueAs(t *testing.T) {
	d := dates.Date{ISO: "2024-01-26", Display: "January 26, 2024"}
	tests := []struct {
		name   string
		v      Value
		want   dates.Date
		wantOK bool
	}{
		{"value", d, d, true},
		{"pointer", &d, d, true},
		{"nil pointer", (*dates.Date)(nil), dates.Date{}, false},
		{"other kind", people.Age{Years: 3, Display: "3"}, dates.Date{}, false},
		{"nil", nil, dates.Date{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := ValueAs[dates.Date](tt.v)
			if ok != tt.wantOK {
				t.Fatalf("ok = %v, want %v", ok, tt.wantOK)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("ValueAs (-want +got):\n%s", diff)
			}
		})
	}
}
