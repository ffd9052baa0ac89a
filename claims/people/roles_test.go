package people

import (
	"fmt"
	"testing"

	"crosscheck/claims/text"

	"github.com/google/go-cmp/cmp"
)

// analyze parses s and reads it for people.
func analyze(s string) *Analysis { return Analyze(text.Parse(s)) }

// roleLines renders roles as "person | title | canonical" (+ " | former").
func roleLines(s string) []string {
	var out []string
	for _, m := range analyze(s).Roles() {
		r := m.Value.(Role)
		line := fmt.Sprintf("%s | %s | %s", r.Person, r.Title, r.Canonical)
		if r.Former {
			line += " | former"
		}
		if s[m.Start:m.End] == "" {
			line += " | EMPTY SPAN"
		}
		out = append(out, line)
	}
	return out
}

func TestRoles(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"title before name", "Canadian Trade Minister Ana Ruiz met farmers on Tuesday.",
			[]string{"Ana Ruiz | Canadian Trade Minister | trade minister"}},
		{"head of domain", "The visit was led by Secretary of Homeland Security Tom Reyes.",
			[]string{"Tom Reyes | Secretary of Homeland Security | homeland security minister"}},
		{"domain head", "Homeland Security Secretary Tom Reyes toured the port.",
			[]string{"Tom Reyes | Homeland Security Secretary | homeland security minister"}},
		{"apposition after", "Ana Ruiz, Peru's foreign minister, arrived late.",
			[]string{"Ana Ruiz | Peru's foreign minister | foreign minister"}},
		{"apposition with the", "Officials said Reyes, the homeland security secretary, declined to comment.",
			[]string{"Reyes | homeland security secretary | homeland security minister"}},
		{"apposition of a place", "Ana Ruiz, the foreign minister of Peru, arrived.",
			[]string{"Ana Ruiz | foreign minister of Peru | foreign minister"}},
		{"sentence opener is not a name", "Similarly, the Peruvian foreign minister declined.", nil},
		{"apposition with of", "Tom Reyes, the mayor of Springfield, welcomed them.",
			[]string{"Tom Reyes | mayor of Springfield | springfield mayor"}},
		{"title then comma", "Peru's foreign minister, Ana Ruiz, arrived late.",
			[]string{"Ana Ruiz | Peru's foreign minister | foreign minister"}},
		{"title of a country then comma", "The Foreign Minister of Peru, Ana Ruiz, arrived late.",
			[]string{"Ana Ruiz | Foreign Minister of Peru | foreign minister"}},
		{"king with a numeral", "King Carlos IV of Ruritania opened the session.",
			[]string{"Carlos | King | king"}},
		{"director general before the name", "Director general Selma Okafor opened the new plant.",
			[]string{"Selma Okafor | Director general | director general"}},
		{"an owner's title set off after a quote", "\"We waited,\" the agency's director general, Selma Okafor, said.",
			[]string{"Selma Okafor | director general | director general"}},
		{"a title owned by a capitalized body, set off", "The Water Board's director of planning, Ana Ruiz, said the dam was safe.",
			[]string{"Ana Ruiz | director of planning | planning director"}},
		{"a team's manager", "Dunmore manager Tom Reyes praised the defence.",
			[]string{"Tom Reyes | manager | manager"}},
		{"manager alone is a noun", "The store said manager Tom Reyes was away.", nil},
		{"a professor of a field at a university", "Ana Ruiz, an associate professor of nutrition at the University of Elm Vale, led the trial.",
			[]string{"Ana Ruiz | associate professor of nutrition | associate nutrition professor"}},
		{"a lower-case rank before a lower-case head", "The jury returned as presiding judge Lena Ostrova took her seat.",
			[]string{"Lena Ostrova | presiding judge | presiding judge"}},
		{"a lower-case chief executive after the company", "Nordvik Ferries chief executive Satya Rao apologised.",
			[]string{"Satya Rao | chief executive | chief executive"}},
		{"a body's chair set off by commas", "The tribunal's chair, Satya Rao, read the ruling.",
			[]string{"Satya Rao | chair | chair"}},
		{"their chair is no title", "Members backed their chair, Satya Rao, on Monday.", nil},
		{"an apposition with an age, an unknown place and a relative clause", "Credit goes to Lena Ostrova, 64, the former Valdria prime minister who brokered the deal.",
			[]string{"Lena Ostrova | former Valdria prime minister | valdria prime minister | former"}},
		{"an unknown capitalized word with no title after it", "Credit goes to Lena Ostrova, the Valdria envoy's aide.", nil},
		{"acronym title", "Acme CEO Satya Rao spoke first.",
			[]string{"Satya Rao | CEO | ceo"}},
		{"two titles one person", "Interior Minister and Deputy Prime Minister Olga Petrova spoke first.",
			[]string{
				"Olga Petrova | Interior Minister | interior minister",
				"Olga Petrova | Deputy Prime Minister | deputy prime minister",
			}},
		{"president three names", "President Marta Elena Villalobos signed the decree.",
			[]string{"Marta Elena Villalobos | President | president"}},
		{"former", "The rally was addressed by former Chilean President Jorge Alvear.",
			[]string{"Jorge Alvear | former Chilean President | president | former"}},
		{"ex hyphen", "Ex-President Jorge Alvear declined.",
			[]string{"Jorge Alvear | Ex-President | president | former"}},
		{"then hyphen", "The order came from then-Defense Secretary Mark Howell.",
			[]string{"Mark Howell | then-Defense Secretary | defense minister | former"}},
		{"acting is not former", "Acting Attorney General Sam Doyle resigned.",
			[]string{"Sam Doyle | Acting Attorney General | attorney general"}},
		{"press secretary is not a minister", "White House Press Secretary Karen Doyle took questions.",
			[]string{"Karen Doyle | White House Press Secretary | press secretary"}},
		{"minister of foreign affairs", "Minister of Foreign Affairs Li Wei arrived.",
			[]string{"Li Wei | Minister of Foreign Affairs | foreign minister"}},
		{"home secretary", "Home Secretary Priya Shah defended the bill.",
			[]string{"Priya Shah | Home Secretary | interior minister"}},
		{"secretary general", "UN Secretary-General Antonio Ferri called for calm.",
			[]string{"Antonio Ferri | UN Secretary-General | secretary general"}},
		{"lower-case title", "The figures were confirmed by spokeswoman Maria Lopez.",
			[]string{"Maria Lopez | spokeswoman | spokesperson"}},
		{"adviser spelling", "National Security Adviser John Pike left early.",
			[]string{"John Pike | National Security Adviser | national security advisor"}},
		{"surname resolves to full name", "Ana Ruiz arrived on Monday. Later, Foreign Minister Ruiz met the press.",
			[]string{"Ana Ruiz | Foreign Minister | foreign minister"}},
		{"one claim per office", "Mayor Tom Reyes spoke. Mayor Reyes then left.",
			[]string{"Tom Reyes | Mayor | mayor"}},
		{"unknown portfolio words", "Assistant Secretary for Western Hemisphere Affairs Laura Kim visited.",
			[]string{"Laura Kim | Assistant Secretary for Western Hemisphere Affairs | assistant western hemisphere affairs secretary"}},

		{"abbreviated title", "Texas Gov. Greg Abbott signed the bill.",
			[]string{"Greg Abbott | Texas Gov. | governor"}},
		{"two abbreviated ranks", "The unit is led by Lt. Gen. Ana Ruiz.",
			[]string{"Ana Ruiz | Lt. Gen. | lieutenant general"}},
		{"abbreviation equals the word", "Sen. Tom Reyes spoke. Later Senator Tom Reyes left.",
			[]string{"Tom Reyes | Sen. | senator"}},
		{"elect is a qualifier", "President-elect Ana Ruiz waved.",
			[]string{"Ana Ruiz | President-elect | president"}},
		{"age then title apposition", "Ana Ruiz, 52, a former mayor of Lima, said the plan would fail.",
			[]string{"Ana Ruiz | former mayor of Lima | mayor | former"}},
		{"possessive name then title", "President Ivan Petrov's spokesman Oleg Sokol said nothing.",
			[]string{"Ivan Petrov | President | president", "Oleg Sokol | spokesman | spokesperson"}},

		{"two domains of one portfolio", "Energy and Mines Minister Rosa Vidal signed the contract.",
			[]string{"Rosa Vidal | Energy and Mines Minister | energy and mines minister"}},
		{"deputy of two domains", "Deputy Energy and Mines Minister Rosa Vidal signed the contract.",
			[]string{"Rosa Vidal | Deputy Energy and Mines Minister | deputy energy and mines minister"}},
		{"honorific between title and name", "Minister of Health Dr. Aldo Brenn urged calm.",
			[]string{"Aldo Brenn | Minister of Health | health minister"}},
		{"title of an unknown town before a comma", "They thanked the mediator, the former mayor of Veldra, Tomas Mark, for his help.",
			[]string{"Tomas Mark | former mayor of Veldra | veldra mayor | former"}},
		{"a title before a comma makes an unknown name a person", "They thanked the mediator, the former prime minister of Veldra, Ossian Markvar, for his help.",
			[]string{"Ossian Markvar | former prime minister of Veldra | veldra prime minister | former"}},
		{"lower-case chair after the body", "Transit Board chair Ines Mora toured the depot.",
			[]string{"Ines Mora | chair | chair"}},

		// Negatives: no person, no role.
		{"organization said", "The White House said on Monday that talks would continue.", nil},
		{"demonym is not a person", "Central American leaders met in Panama.", nil},
		{"title object then subject", "With the foreign minister, Blinken discussed trade.", nil},
		{"name then clause", "After meeting Tom Reyes, the president said nothing.", nil},
		{"plural title", "Alongside the Peruvian Interior Minister, police chiefs Ana Gomez and Luis Vera attended.", nil},
		{"title without name", "The Foreign Ministry and the Defense Secretary issued a statement.", nil},
		{"headline", "Minister Meets Union Leaders Amid Strike", nil},
		{"relation is not a title", "His predecessor Donald Park left office in May.", nil},
		{"a chair is furniture after a verb", "She pulled up a chair Monday and spoke.", nil},
		{"apposition closed by the employer after at", "The warning came from Ilse Damar-Holt, chief forecaster at the Brenna Weather Office, on Sunday.",
			[]string{"Ilse Damar-Holt | chief forecaster | chief forecaster"}},
		{"at a place in lower case is no employer", "The warning came from Ilse Damar-Holt, the chief forecaster at the scene.", nil},
		{"apposition with the year the post was taken", "Piet Anholt, 61, Varna's chief executive since 2016, declined to comment.",
			[]string{"Piet Anholt | Varna's chief executive | chief executive"}},
		{"a possessive determiner before a set-off title", "The office issued a warning. Its chief meteorologist, Ilse Damar-Holt, urged caution.",
			[]string{"Ilse Damar-Holt | chief meteorologist | chief meteorologist"}},
		{"a set-off title after by, the name closing the sentence", "The truce was brokered by Tarvia's foreign minister, Omar Hadid.",
			[]string{"Omar Hadid | foreign minister | foreign minister"}},
		{"after by, a name the sentence goes on from is no apposition", "The plan was drafted by the ministry's lawyers, Omar Hadid said.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := roleLines(tt.in)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("roles of %q (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// TestCanonicalEquivalence checks which differently written titles name
// the same office.
func TestCanonicalEquivalence(t *testing.T) {
	canon := func(title string) string {
		ms := analyze(title + " Ana Ruiz spoke.").Roles()
		if len(ms) != 1 {
			t.Fatalf("%q: got %d roles, want 1", title, len(ms))
		}
		return ms[0].Value.(Role).Canonical
	}
	tests := []struct {
		a, b string
		same bool
	}{
		{"Secretary of Homeland Security", "Homeland Security Secretary", true},
		{"Foreign Minister", "Foreign Secretary", true},
		{"Foreign Minister", "Minister of Foreign Affairs", true},
		{"Mexican Foreign Minister", "Foreign Minister", true},
		{"US Secretary of State", "Secretary of State", true},
		{"Home Secretary", "Interior Minister", true},
		{"Minister of Internal Affairs", "Interior Minister", true},
		{"Treasury Secretary", "Finance Minister", true},
		{"Defence Minister", "Defense Secretary", true},
		{"National Security Adviser", "National Security Advisor", true},
		{"White House National Security Advisor", "White House Homeland Security Advisor", false},
		{"Secretary of State", "Foreign Minister", false},
		{"Deputy Foreign Minister", "Foreign Minister", false},
		{"Vice President", "President", false},
		{"Press Secretary", "Secretary of State", false},
	}
	for _, tt := range tests {
		t.Run(tt.a+" vs "+tt.b, func(t *testing.T) {
			ca, cb := canon(tt.a), canon(tt.b)
			if (ca == cb) != tt.same {
				t.Errorf("canonical %q vs %q: same = %v, want %v", ca, cb, ca == cb, tt.same)
			}
		})
	}
}

func TestRoleFields(t *testing.T) {
	ms := analyze("Former Mexican Interior Minister Olga Petrova spoke.").Roles()
	if len(ms) != 1 {
		t.Fatalf("got %d roles, want 1", len(ms))
	}
	want := Role{
		Person: "Olga Petrova", Title: "Former Mexican Interior Minister", Canonical: "interior minister",
		Head: "minister", Domain: "interior", Affiliation: "mexican", Former: true, Qualifier: "former",
		Display: "Former Mexican Interior Minister",
	}
	if diff := cmp.Diff(want, ms[0].Value.(Role)); diff != "" {
		t.Errorf("role (-want +got):\n%s", diff)
	}
}
