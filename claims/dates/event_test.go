package dates_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"crosscheck/claims/dates"
	"crosscheck/claims/text"
)

// TestEventOfClause checks which event a date is given: the one of the
// clause it modifies. Published Tuesday 16 September 2025.
func TestEventOfClause(t *testing.T) {
	tests := []struct {
		name, text, date string
		event, word      string // "" when the date dates no event
	}{
		{"a relative clause dates its antecedent",
			"The grass fire, which ignited on Sunday, September 14, has burned 300 acres.",
			"Sunday, September 14", "disaster", "fire"},
		{"a blaze is a fire",
			"The blaze, which started Saturday near the quarry, is 40% contained.",
			"Saturday", "disaster", "blaze"},
		{"an inquiry into an event dated deep in its own phrase",
			"Regulators opened an inquiry into the sinking of a trawler at the Wexley quay on 2 September 2025, in which two deckhands died.",
			"2 September 2025", "crash", "sinking"},
		{"an inquiry the clause's verb dates",
			"An inquiry into the collision would begin on Thursday.",
			"Thursday", "inquiry", "inquiry"},
		{"an inquiry opened on a day",
			"Police opened an investigation into the crash on Monday.",
			"Monday", "inquiry", "investigation"},
		{"a date that owns the noun dates it",
			"An investigation into Monday's crash is under way.",
			"Monday's", "crash", "crash"},
		{"a storm makes landfall",
			"The cyclone made landfall near the delta early on Sunday.",
			"Sunday", "disaster", "landfall"},
		{"a forecast in the past dates no event",
			"The cyclone had been forecast to make landfall on Saturday, but it stalled.",
			"Saturday", "", ""},
		{"an expectation told now still dates the event",
			"The merger is expected to close on Friday.",
			"Friday", "completion", "close"},
		{"a prisoner exchange is a release",
			"The two governments completed a prisoner exchange on Saturday.",
			"Saturday", "release", "exchange"},
		{"a stock exchange is no event",
			"Shares fell 3% on the exchange on Friday.",
			"Friday", "", ""},
		{"meeting a target is no meeting",
			"The plant met its output target on Friday.",
			"Friday", "", ""},
		{"closing without a deal is a closure",
			"The plant will close on Friday.",
			"Friday", "", ""},
		{"a strike that began",
			"The strike by 900 bus drivers, which began Monday, has stranded commuters.",
			"Monday", "strike", "strike"},
		{"walking off the job is a strike",
			"Nurses walked off the job at two hospitals on Monday, demanding more staff.",
			"Monday", "strike", "walked"},
		{"walking out is a strike",
			"Cleaners walked out Friday after talks stalled.",
			"Friday", "strike", "walked"},
		{"a picket line opens a strike",
			"Drivers formed picket lines outside the depot on Monday morning, starting the first stoppage in a decade.",
			"Monday morning", "strike", "picket"},
		{"an air strike is an attack",
			"An air strike on Sunday hit a fuel depot outside the city.",
			"Sunday", "attack", "strike"},
		{"striking a deal is no strike",
			"The parties hope to strike a deal on Friday.",
			"Friday", "agreement", "deal"},
		{"cutting the ribbon opens something",
			"The governor cut the ribbon on the new ferry terminal on Saturday morning.",
			"Saturday morning", "launch", "ribbon"},
		{"a rocket that lifted off is launched",
			"The rocket lifted off from the coastal pad at dawn on Thursday.",
			"Thursday", "launch", "lifted"},
		{"a scrubbed attempt is a postponement, not the launch",
			"An attempt on May 4 was scrubbed because of high winds.",
			"May 4", "postponement", "scrubbed"},
		{"an attempt called off is a postponement",
			"The first attempt was called off on Monday.",
			"Monday", "postponement", "called"},
		{"a launch that had been due dates no launch",
			"The probe had been due to lift off on Monday, but a sensor failed.",
			"Monday", "", ""},
		{"a heatwave is a disaster",
			"The heatwave began on Friday, July 11, in the south.",
			"Friday, July 11", "disaster", "heatwave"},
		{"a contract's end dates the contract",
			"Her new contract runs until 2031.",
			"2031", "agreement", "contract"},
		{"a reading recorded is a record",
			"The station recorded 41.2C on Sunday afternoon, its highest ever.",
			"Sunday afternoon", "record", "recorded"},
		{"a record high is a level, no record set",
			"Crossings reached a record high this month, officials said.",
			"this month", "", ""},
		{"cases recorded in a place are no reading",
			"Forty cases have been recorded in the valley since the outbreak began on 3 May.",
			"3 May", "disaster", "outbreak"},
		{"people who marched protested",
			"Thousands marched through the capital on Saturday against the reform.",
			"Saturday", "protest", "marched"},
		{"a toll that rose dates the rise",
			"The death toll from the mudslide rose to 27 on Monday.",
			"Monday", "", ""},
		{"a figure that reached a number dates the change",
			"Losses from the flood reached 40 million euros on Friday.",
			"Friday", "", ""},
		{"an agreement reached is still an agreement",
			"The agreement reached in Halvik on Monday frees 80 prisoners.",
			"Monday", "agreement", "agreement"},
		{"a recount is an event of its own",
			"Officials will recount the ballots in Marsh County on Friday.",
			"Friday", "recount", "recount"},
		{"the verb before its object names the event",
			"Clerks will recount every ballot cast in the county on Friday.",
			"Friday", "recount", "recount"},
		{"a statement's date dates no event",
			"Troops pulled back after the attack, the ministry said on Monday.",
			"Monday", "", ""},
		{"told reporters on a day",
			"The mayor told reporters Monday that the flood had receded.",
			"Monday", "", ""},
		{"a passive confirmation keeps its event",
			"The first case of the outbreak was confirmed on 3 September.",
			"3 September", "disaster", "outbreak"},
		{"a date opening the sentence dates its main verb",
			"On Sunday, a ferry carrying 140 passengers and nine crew members from the northern islands to the mainland capsized.",
			"Sunday", "crash", "capsized"},
		{"fire officials name no fire",
			"The ridge had burned by Monday morning, fire officials said.",
			"Monday morning", "", ""},
	}
	pub := dates.Partial{Year: 2025, Month: 9, Day: 16}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var found *dates.Match
			for _, m := range dates.Extract(text.Parse(tt.text), pub) {
				if tt.text[m.Start:m.End] == tt.date {
					found = &m
				}
			}
			if found == nil {
				t.Fatalf("no date %q in %q", tt.date, tt.text)
			}
			type ev struct{ Event, Word string }
			if diff := cmp.Diff(ev{tt.event, tt.word}, ev{found.Value.Event, found.Value.EventWord}); diff != "" {
				t.Errorf("event of %q in %q (-want +got):\n%s", tt.date, tt.text, diff)
			}
		})
	}
}

// TestTenseOfClause checks dates whose tense a clause of time or the
// word "last" decides.
func TestTenseOfClause(t *testing.T) {
	runCases(t, []extractCase{
		// Friday 15 March 2024 unless given.
		{name: "a clause of time in the present is ahead",
			text: "Crews want to clear the road before the snow returns Sunday.",
			want: []got{day("Sunday", "2024-03-17")}},
		{name: "until and a present verb are ahead",
			text: "The shelter stays open until the river drops below flood stage Monday.",
			want: []got{day("Monday", "2024-03-18")}},
		{name: "a past verb in the clause of time is past",
			text: "Residents left before the storm hit Tuesday.",
			want: []got{day("Tuesday", "2024-03-12")}},
		{name: "before a noun phrase says nothing of the tense",
			text: "Turnout was low before the peace talks Tuesday.",
			want: []got{day("Tuesday", "2024-03-12")}},
		{name: "a past beginning on a weekday",
			pub:  "2025-09-16",
			text: "Drivers set up picket lines on Monday morning, beginning the first strike since 1998.",
			want: []got{{"Monday morning", "2025-09-15TMO", "2025-09-15", "2025-09-15"}, {"1998", "1998", "1998-01-01", "1998-12-31"}}},
		{name: "by a day under a past perfect is past",
			text: "The slick had spread to 40 square miles by Wednesday.",
			want: []got{day("Wednesday", "2024-03-13")}},
		{name: "by a day under a future is a deadline",
			text: "The slick will be contained by Wednesday.",
			want: []got{day("Wednesday", "2024-03-20")}},
		{name: "by a day after an infinitive is a deadline",
			text: "Ships were told to leave the bay by Wednesday.",
			want: []got{day("Wednesday", "2024-03-20")}},
		{name: "what is to be done lies ahead",
			text: "The board ordered a new vote, to be held on Tuesday.",
			want: []got{day("Tuesday", "2024-03-19")}},
		{name: "what was to be done may lie either side",
			text: "The vote was to be held on Tuesday.",
			want: []got{day("Tuesday", "2024-03-12")}},
		{name: "an ordinal after a named quarter is that quarter's, no day",
			pub:  "2024-08-15",
			text: "Output grew in the second quarter from the first.",
			want: []got{{"the second quarter", "2024-Q2", "2024-04-01", "2024-06-30"}}},
		{name: "an ordinal alone after a preposition is a day",
			pub:  "2024-08-15",
			text: "The depot reopened on the first.",
			want: []got{day("on the first", "2024-08-01")}},
		{name: "last Tuesday four days back is this week's",
			pub:  "2024-10-19", // a Saturday
			text: "The two ministers shook hands last Tuesday.",
			want: []got{day("last Tuesday", "2024-10-15")}},
		{name: "last Wednesday the day before is last week's",
			pub:  "2024-10-17", // a Thursday
			text: "The ministers met last Wednesday.",
			want: []got{day("last Wednesday", "2024-10-09")}},
		{name: "last Monday three days back is last week's",
			pub:  "2024-10-17", // a Thursday
			text: "The ministers met last Monday.",
			want: []got{day("last Monday", "2024-10-07")}},
	})
}
