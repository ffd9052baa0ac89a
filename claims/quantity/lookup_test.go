package quantity

import (
	"slices"
	"strings"
	"testing"
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
