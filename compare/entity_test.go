package compare

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestEntityIndex(t *testing.T) {
	tests := []struct {
		name  string
		names []string          // added in this order
		want  map[string]string // spelling -> entity display
	}{
		{
			name:  "shorter forms join the fullest name",
			names: []string{"Manuel Perez Soto", "Juan Manuel Perez Soto", "Perez Soto", "Soto"},
			want: map[string]string{
				"Manuel Perez Soto": "Juan Manuel Perez Soto", "Perez Soto": "Juan Manuel Perez Soto",
				"Soto": "Juan Manuel Perez Soto", "Juan Manuel Perez Soto": "Juan Manuel Perez Soto",
			},
		},
		{
			name:  "accents and case fold",
			names: []string{"Ana Ruiz", "ANA RUÍZ", "Ruíz"},
			want:  map[string]string{"ANA RUÍZ": "Ana Ruiz", "Ruíz": "Ana Ruiz"},
		},
		{
			name:  "a surname shared by two people stays apart",
			names: []string{"Ana Ruiz", "Luis Ruiz", "Ruiz"},
			want:  map[string]string{"Ana Ruiz": "Ana Ruiz", "Luis Ruiz": "Luis Ruiz", "Ruiz": "Ruiz"},
		},
		{
			name:  "honorifics and possessives are dropped",
			names: []string{"Dr. Ana Ruiz", "Ruiz's"},
			want:  map[string]string{"Ana Ruiz": "Dr. Ana Ruiz", "Ruiz's": "Dr. Ana Ruiz", "Ms. Ruiz": "Dr. Ana Ruiz"},
		},
		{
			name:  "another surname is another person",
			names: []string{"Ana Ruiz", "Ana Soto"},
			want:  map[string]string{"Ana Soto": "Ana Soto"},
		},
		{
			name:  "transliterations of a given name are one person",
			names: []string{"Mohammed al-Tamimi", "Muhammad al-Tamimi", "Sergey Volkov", "Sergei Volkov", "al-Tamimi"},
			want: map[string]string{
				"Muhammad al-Tamimi": "Mohammed al-Tamimi", "al-Tamimi": "Mohammed al-Tamimi",
				"Sergei Volkov": "Sergey Volkov",
			},
		},
		{
			name:  "a surname that looks like a given name is not respelled",
			names: []string{"Leila Hassan", "Omar Hasan"},
			want:  map[string]string{"Leila Hassan": "Leila Hassan", "Omar Hasan": "Omar Hasan"},
		},
		{
			name:  "a surname spelled one letter apart with the same given name is one person",
			names: []string{"Henrik Solbakk", "Henrik Solbak", "Solbak", "Leila Hassan", "Leila Hasan"},
			want: map[string]string{
				"Henrik Solbak": "Henrik Solbakk", "Solbak": "Henrik Solbakk", "Leila Hasan": "Leila Hassan",
			},
		},
		{
			name:  "a given name spelled one letter apart with the same surname is one person",
			names: []string{"Tomasz Brenik", "Tomas Brenik", "Brenik"},
			want:  map[string]string{"Tomas Brenik": "Tomasz Brenik", "Brenik": "Tomasz Brenik"},
		},
		{
			name:  "a final vowel apart is another person",
			names: []string{"Mario Lentini", "Maria Lentini", "Daniel Ortiz", "Daniela Ortiz", "Jan Kowalski", "Jan Kowalska"},
			want: map[string]string{
				"Mario Lentini": "Mario Lentini", "Maria Lentini": "Maria Lentini",
				"Daniel Ortiz": "Daniel Ortiz", "Daniela Ortiz": "Daniela Ortiz",
				"Jan Kowalski": "Jan Kowalski", "Jan Kowalska": "Jan Kowalska",
			},
		},
		{
			name:  "short names one letter apart stay apart",
			names: []string{"Ana Ruiz", "Ada Ruiz", "Ivan Petrov", "Ivan Petrova"},
			want:  map[string]string{"Ana Ruiz": "Ana Ruiz", "Ada Ruiz": "Ada Ruiz", "Ivan Petrova": "Ivan Petrova"},
		},
		{
			name:  "romanizations of one sound are one person",
			names: []string{"Joakim Verhoeven", "Joachim Verhoeven", "Yusuf al-Qadiri", "Youssef al-Kadiri", "Mikhail Orlov", "Mikail Orlov"},
			want: map[string]string{
				"Joachim Verhoeven": "Joakim Verhoeven", "Youssef al-Kadiri": "Yusuf al-Qadiri", "Mikail Orlov": "Mikhail Orlov",
			},
		},
		{
			name:  "names that sound apart stay apart",
			names: []string{"Joakim Vogt", "Jorma Vogt", "Chana Levi", "Hana Levi"},
			want:  map[string]string{"Jorma Vogt": "Jorma Vogt", "Hana Levi": "Hana Levi", "Chana Levi": "Chana Levi"},
		},
		{
			name:  "a name never added is its own entity",
			names: []string{"Ana Ruiz"},
			want:  map[string]string{"Tom Reyes": "Tom Reyes"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := newEntityIndex()
			for _, n := range tt.names {
				x.add(n)
			}
			got := map[string]string{}
			for spelling := range tt.want {
				_, d, ok := x.entity(spelling)
				if !ok {
					t.Fatalf("entity(%q) not ok", spelling)
				}
				got[spelling] = d
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("entities (-want +got):\n%s", diff)
			}
		})
	}
}

func TestParseOffices(t *testing.T) {
	tests := []struct {
		title string
		want  []string // office keys
	}{
		{"White House National Security Advisor", []string{"national security advisor"}},
		{"Homeland Security Advisor", []string{"homeland security advisor"}},
		{"Secretary of Homeland Security", []string{"homeland security minister"}},
		{"Homeland Security Secretary and US Immigration Policy Officer", []string{"homeland security minister", "immigration policy officer"}},
		{"Mexican Foreign Minister", []string{"foreign minister"}},
		{"Foreign Secretary", []string{"foreign minister"}},
		{"Mexico's minister of foreign affairs", []string{"foreign minister"}},
		{"US Secretary of State", []string{"foreign minister"}},
		{"Minister of Trade and Industry", []string{"industry trade minister"}},
		{"Deputy Energy and Mines Minister", []string{"deputy energy mine minister"}},
		{"Interior Minister and Deputy Prime Minister", []string{"interior minister", "deputy prime minister"}},
		{"former Prime Minister", []string{"former prime minister"}},
		{"Deputy Foreign Minister", []string{"deputy foreign minister"}},
		{"vice-president", []string{"vice president"}},
		{"Attorney General", []string{"attorney general"}},
		{"acting Defence Secretary", []string{"defense minister"}},
		{"the company's spokesman", []string{"spokesperson"}},
		{"Minister of Internal Affairs", []string{"interior minister"}},
		{"chief meteorologist", []string{"chief meteorologist"}},
		{"counterpart", nil},
	}
	for _, tt := range tests {
		t.Run(tt.title, func(t *testing.T) {
			var got []string
			for _, o := range parseOffices(tt.title) {
				got = append(got, o.key)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("parseOffices(%q) (-want +got):\n%s", tt.title, diff)
			}
		})
	}
}

func TestSubjectKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"people wounded", "injured"},
		{"Injured persons", "injured"},
		{"hurt", "injured"},
		{"the migrants", "migrant"},
		{"casualties", "casualty"},
		{"people", "people"},
		{"border", "border"},
		{"killed people", "killed"},
		{"investment", "deal"},
		{"contract", "deal"},
		{"interest", "stake"},
		{"cargo", "goods"},
		{"goods", "goods"},
		{"vessels", "ship"},
		{"workforce", "job"},
		{"marchers", "crowd"},
		{"protesters", "crowd"},
		{"crowd", "crowd"},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := subjectKey(tt.in); got != tt.want {
				t.Errorf("subjectKey(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
