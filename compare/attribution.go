package compare

import (
	"strings"
)

// Attribution of figures.
//
// A figure an article credits to a party ("police estimated the crowd at
// 28,000", "according to organisers, more than 100,000 people marched")
// is that party's claim, not the article's. Parties often disagree, and
// every outlet may report the figure of each; a fact-checker is not sent
// after the gap between the police's count and the organisers'. So two
// quantities credited to two different parties never make a conflict:
// their values still stand apart as two facts, each of which the sources
// may agree on. A figure credited to no one may conflict with any other.
// Casualty tolls are the exception: the dead and the injured are one fact
// whoever counts them, and two authorities' different tolls are a
// discrepancy a fact-checker wants to see.
//
// The party is read from the figure's clause (the sentence cut at ";",
// "while", "whereas" and "but"): a party noun that is the subject of a
// verb of saying or estimating before the figure ("Police said 28,000",
// "The organisers, a union federation, said 110,000"), a party right
// after such a verb following the figure ("28,000, police said"), or a
// party after "according to". Only the first party noun before its verb
// counts, so that an apposition ("the organisers, a federation of
// unions, said") names the organisers.

// partyWords map the nouns that name a party to a figure to one party.
var partyWords = map[string]string{
	"police": "police", "policemen": "police",
	"organisers": "organizers", "organizers": "organizers", "organiser": "organizers", "organizer": "organizers",
	"union": "unions", "unions": "unions",
	"government": "government", "ministry": "ministry", "authorities": "authorities",
	"officials": "officials", "opposition": "opposition", "army": "military",
	"military": "military", "rebels": "rebels", "militants": "rebels",
	"activists": "activists", "protesters": "protesters", "protestors": "protesters",
	"monitors": "monitors", "observers": "monitors", "hospital": "hospital",
	"hospitals": "hospital", "company": "company", "management": "company",
	"employers": "company", "prosecutors": "prosecutors", "defence": "defence", "defense": "defence",
	"campaigners": "activists", "residents": "residents",
}

// attributionVerbs say that their subject gives a figure.
var attributionVerbs = set("said", "says", "say", "estimated", "estimates", "estimate",
	"put", "puts", "claimed", "claims", "claim", "counted", "counts", "reported",
	"reports", "told", "insisted", "insist", "insists", "calculated", "gave", "give",
	"gives", "stated", "announced", "maintained", "argued")

// partyOf returns the party a claim's figure is credited to, or "" when
// its clause credits it to none. text is the claim's text in sentence.
func partyOf(sentence, claimText string) string {
	at := strings.Index(sentence, claimText)
	if at < 0 || claimText == "" {
		return ""
	}
	start, end := 0, len(sentence)
	before, after := strings.ToLower(sentence[:at]), strings.ToLower(sentence[at+len(claimText):])
	for _, sep := range clauseSeparators {
		if i := strings.LastIndex(before, sep); i >= 0 && i+len(sep) > start {
			start = i + len(sep)
		}
		if i := strings.Index(after, sep); i >= 0 && at+len(claimText)+i < end {
			end = at + len(claimText) + i
		}
	}
	pre := attributionWords(before[start:])
	post := attributionWords(after[:end-at-len(claimText)])
	// "according to (the) organisers" anywhere in the clause.
	for _, ws := range [][]string{pre, post} {
		for i := 0; i+2 < len(ws); i++ {
			if ws[i] == "according" && ws[i+1] == "to" {
				j := i + 2
				if ws[j] == "the" && j+1 < len(ws) {
					j++
				}
				if p, ok := partyWords[ws[j]]; ok {
					return p
				}
			}
		}
	}
	// "Police said 28,000", "The organisers, a federation of unions, said":
	// the first party noun in the words before the clause's verb.
	for v := len(pre) - 1; v >= 0; v-- {
		if !attributionVerbs[pre[v]] {
			continue
		}
		for i := max(0, v-8); i < v; i++ {
			if p, ok := partyWords[pre[i]]; ok {
				return p
			}
		}
	}
	// "28,000 took part, police said" and "…, said police".
	for i, w := range post {
		if p, ok := partyWords[w]; ok {
			if i+1 < len(post) && attributionVerbs[post[i+1]] || i > 0 && attributionVerbs[post[i-1]] {
				return p
			}
		}
	}
	return ""
}

var clauseSeparators = []string{";", " while ", " whereas ", " but "}

// attributionWords splits a lower-cased clause into words, punctuation
// trimmed and possessives dropped.
func attributionWords(s string) []string {
	ws := strings.Fields(s)
	out := ws[:0]
	for _, w := range ws {
		w = strings.Trim(w, ",.:\"'“”‘’()—–-")
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if w != "" {
			out = append(out, w)
		}
	}
	return out
}

// creditedApart reports whether two figures' parties (partyOf) are two
// different parties, so that the figures cannot contradict each other.
func creditedApart(pa, pb string) bool {
	return pa != "" && pb != "" && pa != pb
}
