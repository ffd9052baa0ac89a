package compare

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"testing"

	"crosscheck/claims"
)

// mixedCorpus has every kind and every verdict, with claims of one fact
// spread over several documents.
func mixedCorpus() *corpus {
	c := &corpus{}
	c.doc("d1", "Wire A", "2024-01-27").doc("d2", "Wire B", "2024-01").doc("d3", "", "2024-01-26")
	c.add("d1", Q, "3,145 km", "border", "The border runs 3,145 km.", km(3145, 1))
	c.add("d1", D, "December 27", "meeting", "They met on December 27 in Mexico City.", day("2023-12-27", "meeting", "Mexico City"))
	c.add("d1", R, "Foreign Minister Ana Ruiz", "Ana Ruiz", "Foreign Minister Ana Ruiz spoke.", role("Ana Ruiz", "Foreign Minister"))
	c.add("d1", N, "Ana Ruiz", "", "Foreign Minister Ana Ruiz spoke.", name("Ana Ruiz", "person"))
	c.add("d1", T, "We agreed to study the deeper causes of migration", "Ana Ruiz", "", quote("Ana Ruiz", "We agreed to study the deeper causes of migration"))
	c.add("d1", A, "Tom Reyes, 61", "Tom Reyes", "Tom Reyes, 61, came.", age("Tom Reyes", 61))
	c.add("d2", Q, "3,200km", "border", "The border runs 3,200km.", km(3200, 100))
	c.add("d2", D, "December 28", "talks", "Talks held December 28 in Mexico City.", day("2023-12-28", "talks", "Mexico City"))
	c.add("d2", R, "Foreign Secretary Ruíz", "Ruíz", "Foreign Secretary Ruíz spoke.", role("Ruíz", "Foreign Secretary"))
	c.add("d2", N, "Ana Ruíz", "", "Ana Ruíz spoke.", name("Ana Ruíz", "person"))
	c.add("d2", A, "Tom Reyes, 61", "Tom Reyes", "Tom Reyes, 61, came.", age("Tom Reyes", 61))
	c.add("d3", T, "both sides agreed to study the causes of migration", "Ruiz", "", quote("Ruiz", "both sides agreed to study the causes of migration"))
	c.add("d3", Q, "12 injured", "injured", "Twelve were injured.", count(12, 1))
	c.add("d3", R, "Mayor Tom Reyes", "Tom Reyes", "Mayor Tom Reyes came.", role("Tom Reyes", "Mayor"))
	return c
}

func TestReconcileIgnoresInputOrder(t *testing.T) {
	c := mixedCorpus()
	want, err := json.Marshal(Reconcile(c.docs, c.claims))
	if err != nil {
		t.Fatal(err)
	}
	verdicts := map[Verdict]bool{}
	for _, f := range Reconcile(c.docs, c.claims).Findings {
		verdicts[f.Verdict] = true
	}
	if len(verdicts) != 4 {
		t.Fatalf("the corpus should give every verdict, got %v", verdicts)
	}
	for seed := range uint64(20) {
		rng := rand.New(rand.NewPCG(seed, 7))
		docs := append([]*claims.Document(nil), c.docs...)
		cls := append([]claims.Claim(nil), c.claims...)
		rng.Shuffle(len(docs), func(i, j int) { docs[i], docs[j] = docs[j], docs[i] })
		rng.Shuffle(len(cls), func(i, j int) { cls[i], cls[j] = cls[j], cls[i] })
		got, err := json.Marshal(Reconcile(docs, cls))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(want, got) {
			t.Fatalf("seed %d: shuffled input gives another report:\nwant %s\ngot  %s", seed, want, got)
		}
	}
}

func TestReconcileDoesNotModifyInput(t *testing.T) {
	c := mixedCorpus()
	docs := append([]*claims.Document(nil), c.docs...)
	cls := append([]claims.Claim(nil), c.claims...)
	docs[0], docs[2] = docs[2], docs[0]
	cls[0], cls[5] = cls[5], cls[0]
	first, second := docs[0].ID, cls[0].ID
	Reconcile(docs, cls)
	if docs[0].ID != first || cls[0].ID != second {
		t.Errorf("Reconcile reordered its input")
	}
}

func TestReportShape(t *testing.T) {
	c := mixedCorpus()
	r := Reconcile(c.docs, c.claims)
	for i, f := range r.Findings {
		if want := "F" + itoa(i+1); f.ID != want {
			t.Errorf("finding %d has id %q, want %q", i, f.ID, want)
		}
		if f.Key == "" || f.Topic == "" || len(f.Claims) == 0 || len(f.Values) == 0 {
			t.Errorf("%s is missing a field: %+v", f.ID, f)
		}
		if (f.Verdict == Conflict || f.Verdict == Variant) && f.Diff == "" {
			t.Errorf("%s %s has no diff", f.ID, f.Verdict)
		}
		if f.Verdict == Conflict && f.Difference == "" {
			t.Errorf("%s conflict has no difference", f.ID)
		}
	}
	// Sources fall back to the document id when a document has none.
	for _, f := range r.Findings {
		for _, v := range f.Values {
			for _, s := range v.Sources {
				if s == "" {
					t.Errorf("%s has an empty source", f.ID)
				}
			}
		}
	}
	quote := mustFinding(t, r, Variant, claims.Quote)
	if got := quote.Values[1].Sources; len(got) != 1 || got[0] != "d3" {
		t.Errorf("source of d3's quote = %v, want [d3]", got)
	}
	if got, want := r.Documents[0].ID, "d1"; got != want {
		t.Errorf("first document %q, want %q", got, want)
	}
}
