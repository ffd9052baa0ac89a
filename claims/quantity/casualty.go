package quantity

import (
	"math"
	"strings"

	"crosscheck/claims/number"
)

// Casualty counts. The subject of a casualty count is its canonical
// outcome, so that "4 dead", "killing four people" and "the death toll
// rose to 4" all speak of one fact: "killed".

// outcomes maps words after a count ("4 dead", "12 people were hurt",
// "3 deaths") to the canonical outcome.
var outcomes = map[string]string{
	"killed": "killed", "dead": "killed", "died": "killed", "die": "killed", "dies": "killed",
	"deaths": "killed", "death": "killed", "fatalities": "killed", "fatality": "killed",
	"perished": "killed", "drowned": "killed", "slain": "killed", "murdered": "killed",
	"fatally": "killed", "massacred": "killed", "lost": "",
	"injured": "injured", "wounded": "injured", "hurt": "injured", "injuries": "injured",
	"injury": "injured", "wounds": "injured", "maimed": "injured",
	"arrested": "arrested", "arrests": "arrested", "detained": "arrested", "detentions": "arrested",
	"detainees": "arrested", "apprehended": "arrested", "jailed": "arrested", "apprehensions": "arrested",
	"missing": "missing", "unaccounted": "missing", "disappeared": "missing",
	"displaced": "displaced", "homeless": "displaced",
	"evacuated": "evacuated", "evacuations": "evacuated", "evacuees": "evacuated",
	"rescued":   "rescued",
	"kidnapped": "kidnapped", "abducted": "kidnapped", "hostages": "kidnapped", "hostage": "kidnapped",
	"hospitalized": "hospitalized", "hospitalised": "hospitalized",
	"deported": "deported", "deportations": "deported", "expelled": "deported",
	"casualties": "casualties", "sickened": "sickened", "infected": "infected",
	"executed": "executed", "charged": "charged", "convicted": "convicted", "sentenced": "sentenced",
}

func outcomeAfter(w string) bool { return outcomes[w] != "" }

// casualtyVerbs maps verbs written right before a count ("killing 4",
// "Injures 2", "arrested 30 people") to the canonical outcome.
var casualtyVerbs = map[string]string{
	"kill": "killed", "kills": "killed", "killed": "killed", "killing": "killed",
	"slew": "killed", "slaying": "killed", "murdered": "killed", "murdering": "killed",
	"injure": "injured", "injures": "injured", "injured": "injured", "injuring": "injured",
	"wound": "injured", "wounds": "injured", "wounded": "injured", "wounding": "injured",
	"hurt": "injured", "hurting": "injured", "hurts": "injured", "maiming": "injured",
	"arrest": "arrested", "arrests": "arrested", "arrested": "arrested", "arresting": "arrested",
	"detain": "arrested", "detains": "arrested", "detained": "arrested", "detaining": "arrested",
	"apprehended": "arrested", "apprehending": "arrested", "jailed": "arrested",
	"evacuate": "evacuated", "evacuates": "evacuated", "evacuated": "evacuated", "evacuating": "evacuated",
	"displace": "displaced", "displaces": "displaced", "displaced": "displaced", "displacing": "displaced",
	"rescue": "rescued", "rescues": "rescued", "rescued": "rescued", "rescuing": "rescued",
	"kidnap": "kidnapped", "kidnaps": "kidnapped", "kidnapped": "kidnapped", "kidnapping": "kidnapped",
	"abduct": "kidnapped", "abducts": "kidnapped", "abducted": "kidnapped", "abducting": "kidnapped",
	"deport": "deported", "deports": "deported", "deported": "deported", "deporting": "deported",
	"expelled": "deported", "expelling": "deported", "execute": "executed", "executed": "executed",
	"executing": "executed", "hospitalized": "hospitalized", "hospitalizing": "hospitalized",
	"hospitalised": "hospitalized", "sickened": "sickened", "sickening": "sickened",
}

// auxiliaries may stand between a count and its outcome: "12 people were
// hurt", "3 have died", "two reportedly killed".
var auxiliaries = set("were", "was", "are", "is", "have", "has", "had", "been", "being", "be", "got",
	"reportedly", "also", "later", "confirmed", "now", "feared", "believed", "found", "left", "lay",
	"remain", "remained", "remains", "still", "already", "all", "allegedly", "presumed", "seriously",
	"critically", "badly", "slightly", "severely", "gravely", "mortally", "fatally", "others", "other",
	"more", "people", "persons", "of", "them", "those", "whom", "who",
	"initially", "subsequently", "eventually", "since", "just", "either", "both")

// lifeOwners are the possessives of "lost their lives".
var lifeOwners = set("their", "his", "her")

// livesVerbs take "lives" as a count of the dead: "claimed 12 lives".
var livesVerbs = set("claimed", "claiming", "claims", "claim", "cost", "costing", "costs", "took",
	"taking", "takes", "lost", "losing", "lose", "loses", "claim")

// victimNouns may be counted by an ordinal in an update: "a third victim
// died", "a second person has died".
var victimNouns = set("victim", "person", "man", "woman", "child", "boy", "girl", "patient", "soldier",
	"officer", "migrant", "passenger", "worker", "student", "resident", "civilian", "firefighter",
	"body", "death", "fatality", "casualty", "teenager", "hiker", "climber", "swimmer", "driver",
	"pedestrian", "survivor", "suspect", "protester", "demonstrator", "journalist", "policeman",
	"people", "individual", "miner", "crew", "member", "tourist", "refugee", "baby", "infant")

// ordinalWords open an ordinal update.
var ordinalWords = set("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
	"tenth", "eleventh", "twelfth", "first")

// hireVerbs take on workers: the people they count are jobs.
var hireVerbs = set("employ", "employs", "employing", "employed", "hire", "hires", "hiring", "hired")

// residentNouns count the people an evacuation moves.
var residentNouns = set("people", "residents", "families", "villagers", "households", "inhabitants",
	"persons", "homeowners", "locals", "tourists", "campers")

// evacuationAround reports that the clause of a count of residents
// speaks of an evacuation: a word for it a few words before ("evacuation
// orders cover 2,300 people", "evacuations affecting 5,000 residents"),
// or an order to leave after ("2,300 residents … were ordered to leave").
func (s *scanner) evacuationAround(start, end int) bool {
	for k := start - 1; k >= 0 && k >= start-6; k-- {
		if s.isPunct(k, ";") || s.isPunct(k, ".") {
			break
		}
		if strings.HasPrefix(s.lw(k), "evacuat") {
			return true
		}
	}
	for k := end; k < len(s.toks) && k < end+12; k++ {
		if s.isPunct(k, ";") || s.isPunct(k, ".") {
			break
		}
		if s.lw(k) == "ordered" {
			switch s.lw(k + 1) {
			case "to":
				if w := s.lw(k + 2); w == "leave" || w == "evacuate" || w == "flee" {
					return true
				}
			case "out", "away":
				return true
			}
		}
	}
	return false
}

// casualtyBefore returns the outcome a verb right before the count gives:
// "killing at least 14", "Kills 4", "wounded eight others".
func (s *scanner) casualtyBefore(start int) string {
	k := start - 1
	// "claimed the lives of four workers", "cost the lives of 12"
	if s.lw(k) == "of" && s.lw(k-1) == "lives" {
		j := k - 2
		if s.lw(j) == "the" {
			j--
		}
		if livesVerbs[s.lw(j)] {
			return "killed"
		}
	}
	// "killed three people and wounded eight others", "killing some 14":
	// the verb is right before; allow an adverb ("instantly") or "a
	// total of".
	for step := 0; step < 3 && k >= 0; step++ {
		w := s.lw(k)
		if o := casualtyVerbs[w]; o != "" {
			// "the injured 12" is not a verb; "hurt" after "were" is
			// a passive.
			return o
		}
		switch w {
		case "total", "of", "a", "an", "another", "some", "nearly":
			k--
			continue
		}
		break
	}
	return ""
}

// outcomeAfterAt finds an outcome word after the count: "4 dead", "12
// people were injured", "3 have died". from is after the number,
// nounEnd after the counted noun when there is one.
func (s *scanner) outcomeAfterAt(from, nounEnd int) (string, int) {
	k := from
	for steps := 0; k < len(s.toks) && steps < 6; steps++ {
		w := s.lw(k)
		if o := outcomes[w]; o != "" {
			return o, k + 1
		}
		if (w == "lost" || w == "lose" || w == "losing") && lifeOwners[s.lw(k+1)] && (s.lw(k+2) == "lives" || s.lw(k+2) == "life") {
			return "killed", k + 3 // "seven people have lost their lives"
		}
		if w == "held" && s.lw(k+1) == "for" && s.lw(k+2) == "questioning" || w == "taken" && s.lw(k+1) == "into" && s.lw(k+2) == "custody" {
			return "arrested", k + 3 // "45 people were held for questioning"
		}
		if w == "treated" && s.lw(k+1) == "for" {
			switch s.lw(k + 2) {
			case "injuries", "wounds", "burns", "injury":
				return "injured", k + 3 // "1,000 people were treated for injuries"
			}
		}
		if (w == "developed" || w == "contracted") && s.isWord(k+1) && !s.toks[k+1].Capitalized() {
			// "1,964 participants developed heart failure", "1,964 of
			// them developed it": the cases of the illness named.
			if _, e := s.nounRun(k + 1); e > k+1 {
				var b strings.Builder
				for j := k + 1; j < e; j++ {
					if j > k+1 {
						b.WriteByte(' ')
					}
					b.WriteString(s.lw(j))
				}
				return b.String(), e
			}
		}
		if w == "treated" && k > from {
			return "treated", k + 1 // "600 people had been treated in hospital"
		}
		if (w == "receiving" || w == "received" || w == "needed" || w == "needing" || w == "required") && s.lw(k+1) == "treatment" {
			return "treated", k + 2 // "600 individuals receiving treatment"
		}
		if k < nounEnd {
			k++
			continue
		}
		if !auxiliaries[w] {
			return "", 0
		}
		k++
	}
	return "", 0
}

// livesLost reports whether "lives" after the count is the dead: "claimed
// 12 lives", "lost their 3 lives" is rare.
func (s *scanner) livesLost(start int) bool {
	for k := start - 1; k >= 0 && k >= start-3; k-- {
		if livesVerbs[s.lw(k)] {
			return true
		}
	}
	return false
}

// tollBefore reports whether a death toll is what the count states: "the
// death toll rose to 12", "bringing the toll to 9", "a toll of 30".
func (s *scanner) tollBefore(start int) bool {
	for k := start - 1; k >= 0 && k >= start-14; k-- {
		if s.isNum(k) && !isYear(s.toks[k].Text) || s.isPunct(k, ",") {
			return false
		}
		if s.lw(k) == "toll" || s.lw(k) == "tolls" {
			return true
		}
		if s.isPunct(k, ";") || s.isPunct(k, ".") {
			return false
		}
	}
	return false
}

// casualtyAt reads an ordinal update: "a third victim died later in
// hospital", "the second person to die", "a fourth death". It is a count
// of at least that many.
func (s *scanner) casualtyAt(i int) (int, bool) {
	w := s.lw(i)
	if !ordinalWords[w] && !s.isNum(i) {
		return i, false
	}
	ord, k, ok := number.Ordinal(s.toks, i)
	if !ok || ord > 100 {
		return i, false
	}
	start := i
	if i > 0 && (s.lw(i-1) == "a" || s.lw(i-1) == "the" || s.lw(i-1) == "another") {
		start = i - 1
	} else {
		return i, false
	}
	// The noun: "victim", "person", "death".
	nounEnd := k
	if k < len(s.toks) && victimNouns[s.lw(k)] {
		nounEnd = k + 1
	} else {
		return i, false
	}
	outcome := ""
	switch s.lw(k) {
	case "death", "fatality", "body":
		outcome = "killed"
	case "casualty":
		outcome = "casualties"
	}
	if outcome == "" {
		// "died", "has died", "was killed", "succumbed", "to die".
		for j := nounEnd; j < len(s.toks) && j < nounEnd+4; j++ {
			lw := s.lw(j)
			if o := outcomes[lw]; o != "" {
				outcome = o
				break
			}
			if lw == "succumbed" {
				outcome = "killed"
				break
			}
			if !auxiliaries[lw] && lw != "to" && lw != "later" && lw != "has" {
				break
			}
		}
	}
	if outcome == "" {
		return i, false
	}
	v := float64(ord)
	q := Quantity{
		Dimension: Count, Value: v, Min: v, Max: math.Inf(1), Qualifier: qAtLeast,
		Display: "at least " + fmtNum(v) + " " + outcome,
	}
	place, period := s.scope(start, nounEnd)
	s.out = append(s.out, Match{
		Start: s.toks[start].Start, End: s.toks[nounEnd-1].End, Value: q,
		Subject: outcome, Place: place, Period: period, Confidence: 0.7,
	})
	return nounEnd, true
}
