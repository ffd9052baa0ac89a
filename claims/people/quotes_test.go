package people

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func quoteLines(s string) []string {
	var out []string
	for _, m := range analyze(s).Quotes() {
		q := m.Value.(Quote)
		kind := "direct"
		if !q.Direct {
			kind = "reported"
		}
		if q.Display != s[m.Start:m.End] {
			kind += " (display differs from span)"
		}
		out = append(out, fmt.Sprintf("%s | %s | %s", kind, q.Speaker, q.Display))
	}
	return out
}

func TestQuotes(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"speaker after",
			"Mayor Tom Reyes toured the dam. “We will rebuild the bridge by spring,” Reyes told reporters.",
			[]string{"direct | Tom Reyes | We will rebuild the bridge by spring"}},
		{"pronoun after",
			"Ana Ruiz visited the site on Monday. “The damage is worse than we thought,” she said.",
			[]string{"direct | Ana Ruiz | The damage is worse than we thought"}},
		{"a quote of two sentences is two claims",
			"Ana Ruiz spoke at the mine. “We will reopen the northern pit. Every miner laid off will get a job back,” she said.",
			[]string{"direct | Ana Ruiz | We will reopen the northern pit", "direct | Ana Ruiz | Every miner laid off will get a job back"}},
		{"a semicolon inside a quote parts two statements",
			`"We did not come to sign papers; we came to end the war," said Foreign Minister Ana Ruiz.`,
			[]string{"direct | Ana Ruiz | We did not come to sign papers", "direct | Ana Ruiz | we came to end the war"}},
		{"an abbreviation inside a quote parts nothing",
			`"The U.S. Navy will sail at dawn on Friday," said Admiral Ana Ruiz.`,
			[]string{"direct | Ana Ruiz | The U.S. Navy will sail at dawn on Friday"}},
		{"a speaker set off after a description",
			`"We found the link in every group we studied," said the study's lead author, Dr. Ana Ruiz, a professor of nutrition.`,
			[]string{"direct | Ana Ruiz | We found the link in every group we studied"}},
		{"a speaker set off after a title",
			`"We found the link in every group we studied," the agency's director general, Ana Ruiz, said.`,
			[]string{"direct | Ana Ruiz | We found the link in every group we studied"}},
		{"inverted with title, straight quotes",
			`"The talks went well," said Foreign Minister Ana Ruiz.`,
			[]string{"direct | Ana Ruiz | The talks went well"}},
		{"speaker before with that",
			"Tom Reyes warned that “the river could rise again tonight.”",
			[]string{"direct | Tom Reyes | the river could rise again tonight"}},
		{"speaker before, quote later in clause",
			"Ana Ruiz boasted that her city's schools “are the best in the region.”",
			[]string{"direct | Ana Ruiz | are the best in the region"}},
		{"speaker with an age after the quote",
			"“We will stay on the picket line,” shop steward Dana Ruiz, 52, said on Monday.",
			[]string{"direct | Dana Ruiz | We will stay on the picket line"}},
		{"multi-sentence quote",
			"“We are ready. The roads are open,” Tom Reyes said.",
			[]string{"direct | Tom Reyes | We are ready. The roads are open"}},
		{"quote split by attribution",
			"“We are ready,” Tom Reyes said, “and the roads are open.”",
			[]string{"direct | Tom Reyes | We are ready", "direct | Tom Reyes | and the roads are open"}},
		{"guillemets and a title as speaker",
			"Interior Minister Ana Ruiz arrived. «The border will stay open,» the interior minister said.",
			[]string{"direct | Ana Ruiz | The border will stay open"}},
		{"organization speaker",
			"“No decision has been made on the request,” the State Department said.",
			[]string{"direct | State Department | No decision has been made on the request"}},
		{"statement with no source",
			"“Both sides are committed to the plan,” a statement said.",
			[]string{"direct |  | Both sides are committed to the plan"}},
		{"names inside the quote are not the speaker",
			"Ana Ruiz spoke after the vote. “I told Maria Lopez we would win,” she said.",
			[]string{"direct | Ana Ruiz | I told Maria Lopez we would win"}},
		{"short quote attributed",
			"Ana Ruiz was asked about a deal. “Never,” she said.",
			[]string{"direct | Ana Ruiz | Never"}},
		{"continuation keeps the speaker",
			"“We lost everything,” said Tom Reyes. “Our house, our car, our savings are gone.”",
			[]string{"direct | Tom Reyes | We lost everything", "direct | Tom Reyes | Our house, our car, our savings are gone"}},

		{"typewriter quotes",
			"``We will not give up,'' said Mayor Tom Reyes.",
			[]string{"direct | Tom Reyes | We will not give up"}},
		{"verb opening the sentence",
			"Replied spokeswoman Ana Ruiz, “We have seen no such letter at all.”",
			[]string{"direct | Ana Ruiz | We have seen no such letter at all"}},
		{"inverted speaker needs the quote to open the sentence",
			"The paper, citing “internal memos seen by staff,” said Peru had agreed.",
			nil},
		{"continuation only from the sentence before",
			"“We are ready,” Tom Reyes said. The storm came at night. Rivers rose fast. “Nobody was hurt in the town centre,” the report added.",
			[]string{"direct | Tom Reyes | We are ready", "direct |  | Nobody was hurt in the town centre"}},
		{"reported with that",
			"Tom Reyes said that the dam had held through the night.",
			[]string{"reported | Tom Reyes | the dam had held through the night"}},
		{"reported without that, pronoun",
			"Ana Ruiz arrived late. She said the two governments would meet again in June.",
			[]string{"reported | Ana Ruiz | the two governments would meet again in June"}},
		{"reported organization in a statement",
			"The ministry said in a statement that three bridges had been closed.",
			[]string{"reported | ministry | three bridges had been closed"}},
		{"reported with a weekday and no that",
			"The ministry said Friday it would reopen three bridges.",
			[]string{"reported | ministry | it would reopen three bridges"}},
		{"reported with a time between subject and verb",
			"Mayor Tom Reyes on Tuesday said the dam would hold.",
			[]string{"reported | Tom Reyes | the dam would hold"}},
		{"reported speaker inside a longer phrase is unknown",
			"The head of a local rescue team said the road was still closed.",
			[]string{"reported |  | the road was still closed"}},
		{"reported organization with of",
			"The Bureau of Mines said that output fell by a third.",
			[]string{"reported | Bureau of Mines | output fell by a third"}},
		{"reported told",
			"Tom Reyes told reporters that the dam was safe for now.",
			[]string{"reported | Tom Reyes | the dam was safe for now"}},

		{"reported before its attribution",
			"Interior Minister Ana Ruiz toured the area. The bridge will reopen next week, the interior minister said on Friday.",
			[]string{"reported | Ana Ruiz | The bridge will reopen next week"}},
		{"reported before an inverted attribution",
			"Three bridges were closed overnight, said Tom Reyes, the mayor.",
			[]string{"reported | Tom Reyes | Three bridges were closed overnight"}},
		{"according to",
			"According to Tom Reyes, the dam held through the night.",
			[]string{"reported | Tom Reyes | the dam held through the night"}},
		{"verb in the middle is not an attribution at the end",
			"The dam held, Tom Reyes said, adding that repairs would start soon.", nil},
		{"title of a work", "The band played “Songs From The Long Road Home Tonight” twice.", nil},
		{"lone long quote kept with no speaker", "“The bridge will not reopen before the end of the year.”",
			[]string{"direct |  | The bridge will not reopen before the end of the year"}},
		{"scare quotes", "Officials called the plan “historic” and “bold”.", nil},
		{"unattributed short quote", `The so-called "safe third country" rule stays.`, nil},
		{"not speech without that", "Tom Reyes emphasized the desire to improve trade with the region.", nil},
		{"possessive apostrophes", "The two countries’ trade grew while officials’ estimates varied.", nil},
		{"said with no clause", "Tom Reyes said on Friday.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, quoteLines(tt.in)); diff != "" {
				t.Errorf("quotes of %q (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestPronounNeedsOnePerson(t *testing.T) {
	got := quoteLines("Ana Ruiz met Maria Lopez on Monday. “We agreed on everything that matters,” she said.")
	want := []string{"direct |  | We agreed on everything that matters"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ambiguous she (-want +got):\n%s", diff)
	}
	got = quoteLines("Ana Ruiz met Tom Reyes on Monday. “We agreed on everything that matters,” she said.")
	want = []string{"direct | Ana Ruiz | We agreed on everything that matters"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("she with one woman (-want +got):\n%s", diff)
	}
}
