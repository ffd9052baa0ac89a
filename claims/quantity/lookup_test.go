package quantity

import (
	"slices"
	"strings"
	"testing"

	"crosscheck/claims/text"
)

// The scanner's fast lookups must answer exactly as the lexicon maps they
// stand for. These tests compare them on every key and on other words.

var lookupProbes = []string{"", "the", "The", "in", "In", "IN", "more", "More", "than", "as", "many", "up", "to", "at",
	"least", "some", "over", "US", "Us", "u.s.", "USD", "Usd", "EUR", "Rs", "Rs.", "R", "N", "P", "He", "It", "Tk",
	"zł", "Kč", "kr", "-", "−", "$", "€", "½", ">", "=", ",", ".", "(", "—", "≈", "~", "about", "nearly", "anywhere"}

func TestPunctStart(t *testing.T) {
	probes := slices.Clone(lookupProbes)
	for p := range punctStarts {
		probes = append(probes, p)
	}
	for c := 0; c < 256; c++ {
		probes = append(probes, string([]byte{byte(c)}))
	}
	for _, p := range probes {
		if got, want := punctStart(p), punctStarts[p]; got != want {
			t.Errorf("punctStart(%q) = %v, punctStarts says %v", p, got, want)
		}
	}
}

func TestMayBeCurrencyCode(t *testing.T) {
	for c := range currencyCodes {
		if !mayBeCurrencyCode(c) {
			t.Errorf("mayBeCurrencyCode(%q) = false for a currency code", c)
		}
	}
	for _, w := range []string{"The", "He", "It", "In", "A", "", "Ab"} {
		if mayBeCurrencyCode(w) {
			t.Errorf("mayBeCurrencyCode(%q) = true; no code starts so", w)
		}
	}
}

func TestQualifierStart(t *testing.T) {
	probes := slices.Clone(lookupProbes)
	for w := range startWords {
		probes = append(probes, w)
	}
	for w := range qualifierFirst {
		probes = append(probes, w)
	}
	for _, w := range probes {
		w = strings.ToLower(w) // as lw gives it
		q := qualifierStart(w)
		if (q != nil) != qualifierFirst[w] {
			t.Errorf("qualifierStart(%q) found %v, qualifierFirst says %v", w, q != nil, qualifierFirst[w])
			continue
		}
		if q == nil {
			continue
		}
		if q.alone != qualifierAlone[w] {
			t.Errorf("qualifierStart(%q).alone = %v, qualifierAlone says %v", w, q.alone, qualifierAlone[w])
		}
		for _, next := range probes {
			if got, want := slices.Contains(q.next, next), qualifierNext[w][next]; got != want {
				t.Errorf("qualifierStart(%q) next %q: %v, qualifierNext says %v", w, next, got, want)
			}
		}
	}
}

// referenceLookupUnit is lookupUnit without the prefix index: it tries
// every phrase of up to maxUnitWords words in the two maps.
func (s *scanner) referenceLookupUnit(k int) (unit, int, bool) {
	var best unit
	bestEnd := -1
	var key, sym []byte
	for j := k; j < len(s.toks) && j < k+maxUnitWords; j++ {
		t := s.toks[j]
		if j > k && t.Space {
			if t.Kind != text.Word {
				break
			}
			key = append(key, ' ')
			sym = append(sym, ' ')
		}
		key = append(key, s.lw(j)...)
		sym = append(sym, t.Text...)
		if x, ok := unitsBySymbol[string(sym)]; ok {
			best, bestEnd = x, j+1
			continue
		}
		if x, ok := unitsByName[string(key)]; ok {
			best, bestEnd = x, j+1
		}
	}
	if bestEnd < 0 {
		return unit{}, k, false
	}
	return best, bestEnd, true
}

// TestLookupUnit reads every unit symbol and name in a few settings and
// checks that lookupUnit agrees with the plain reference at every token.
func TestLookupUnit(t *testing.T) {
	var keys []string
	for k := range unitsBySymbol {
		keys = append(keys, k)
	}
	for k := range unitsByName {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, key := range keys {
		for _, sentence := range []string{
			"It is 12 " + key + " long.",
			"About 3.5 " + key + " per hour and " + key + " a day",
			"12" + key + ", " + strings.ToUpper(key) + " square " + key + " cubic",
		} {
			doc := text.Parse(sentence)
			s := scanner{lowDoc: doc.LowerASCII}
			for i := range doc.Sentences {
				s.reset(&doc.Sentences[i])
				for k := range s.toks {
					wu, wend, wok := s.referenceLookupUnit(k)
					gu, gend, gok := s.lookupUnit(k)
					if wu != gu || wend != gend || wok != gok {
						t.Errorf("%q at token %d: lookupUnit = %v %d %v, reference %v %d %v", sentence, k, gu, gend, gok, wu, wend, wok)
					}
				}
			}
		}
	}
}

// TestLowerCaseWords checks lw, which cuts words from the document's
// LowerASCII and lowers words beyond ASCII on demand, against Token.Lower
// on every token of news-like text, asked twice.
func TestLowerCaseWords(t *testing.T) {
	for _, sentence := range []string{
		"The U.S. Army said 3,000 TROOPS left Ciudad Juárez’s base; MÉXICO's envoy didn’t.",
		"Rescuers in São Paulo found 12 people; ÉCOLE d'Été, Łódź and Ωmega — “quoted” ½ km.",
		"",
	} {
		doc := text.Parse(sentence)
		s := scanner{lowDoc: doc.LowerASCII}
		for si := range doc.Sentences {
			s.reset(&doc.Sentences[si])
			for round := range 2 {
				for i := -1; i <= len(s.toks); i++ {
					want := ""
					if i >= 0 && i < len(s.toks) {
						want = s.toks[i].Lower()
					}
					if got := s.lw(i); got != want {
						t.Errorf("round %d: lw(%d) of %q = %q, want %q", round, i, sentence, got, want)
					}
				}
			}
		}
	}
}
