// Package compare lines up the claims of several articles into facts and
// gives each fact a verdict: the sources agree, conflict, state it in
// different words (variant), or only one source states it (single).
//
// Reconcile groups claims by a key built from their kind and subject
// (hashing, never comparing every pair), so its cost grows with the number
// of claims. The Report it returns is the model every renderer draws and
// the version-1 JSON contract.
package compare
