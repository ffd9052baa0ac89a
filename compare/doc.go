// Package compare lines up the claims of several articles into facts and
// gives each fact a verdict: the sources agree, conflict, state it in
// different words (variant), or only one source states it (single).
//
// Reconcile groups claims by a key built from their kind and what they
// are about (hashing, never comparing every pair), so its cost grows with
// the number of claims; only the claims of one group are compared with
// each other. The Report it returns is the model every renderer draws and
// the version-1 JSON contract; it depends only on the set of documents
// and claims given, never on their order.
//
// The keys, one file per kind:
//
//   - quantity (quantity.go): dimension and unit, the thing measured
//     (lemmatized, synonyms merged: wounded, injured and hurt are one;
//     a side named before the noun, "48 Ardenian prisoners", kept),
//     and the time scope resolved against the publication date or read
//     from a dated clause (scope.go); then split by place (place.go) and,
//     for a toll an article says rose, by day;
//   - date (date.go): the event class, then clusters of dates a few days
//     apart, so the same event words months apart are different events,
//     then split by place;
//   - role (role.go): the person and the kind of post (its head word);
//   - age (age.go): the person;
//   - name (name.go): the entity;
//   - quote (quote.go): the speaker, then statements of similar wording;
//     and, across speakers, the same words given to two different people
//     (a conflict over who said them).
//
// People are one entity across articles when their folded names share a
// surname and one name's words are a subset of the other's, given names
// transliterated several ways ("Mohammed", "Muhammad") counting as one
// (entity.go).
//
// A false conflict is the worst error the tool can make, a missed
// conflict the second worst. So a conflict needs two confident claims of
// different documents whose values cannot both hold, under a key that is
// specific enough (no generic subject, a calendar period or close values
// for counts, the same narrow event for dates), and no document may
// contradict itself under that key: when one does, the key covers more
// than one fact and is split into one fact per value. Figures an article
// credits to two different parties ("police said 28,000", "organisers
// said 110,000") are two parties' claims and never conflict, casualty
// tolls aside. Each conflict and
// variant carries a word diff of its evidence (WordDiff). A side of a
// conflict that several documents take is also reported as an agreement
// of its own (three sources for August 12 against one for August 11),
// so that what is corroborated stands out from what is contested.
//
// A sentence that tells what an earlier version of its article wrongly
// said ("Correction: An earlier version of this article gave the winds
// as 213 km/h") states nothing the outlet still claims: its claims take
// part in no finding (retraction.go).
//
// Sub-package gold scores a report against a gold file.
package compare
