package compare

import (
	"strings"
)

// Places.
//
// Where a quantity or a date holds is not part of its key: articles name
// the place of one fact at different grains ("Holloway Junction", "Miller's
// Curve", "Orlana's Kessin District", "Kessin District"), or not at all
// because the dateline gave it. Instead, the claims under one key are
// split into place parts:
//
//   - places are compatible when the words of one are all in the other
//     ("Kessin District" and "Orlana's Kessin District");
//   - compatible places form one part, and so do places whose claims give
//     the same value (two names of one spot: an article that counts 12
//     injured "at Miller's Curve" and 12 "in Holloway Junction");
//   - claims that name no place join the one part there is; when the
//     places left are several (12 killed in one town, 5 in another), a
//     claim without a place could be either and stays in a part of its
//     own.
//
// So the same event counted in two places is two facts, never a
// conflict, and a claim without a place is compared with the claims
// that name one whenever only one place is in play.

// placeWords folds a place into its words, without possessive endings:
// "Orlana's Kessin District" → orlana kessin district.
func placeWords(key string) []string {
	words := strings.Fields(key)
	for i, w := range words {
		words[i] = strings.TrimSuffix(w, "'s")
	}
	return words
}

// placesCompatible reports whether two folded places (placeKey) can name
// one spot: either is empty, or the words of one are all in the other.
func placesCompatible(a, b string) bool {
	if a == "" || b == "" || a == b {
		return true
	}
	wa, wb := placeWords(a), placeWords(b)
	return subset(wa, wb) || subset(wb, wa)
}

// placeParts splits items into place parts (see above). place gives an
// item's folded place ("" for none); overlap reports whether two items
// give compatible values. The parts keep the items' order, and are
// ordered by their first item; with one place or none, the result is the
// items as given.
func placeParts[T any](items []T, place func(T) string, overlap func(a, b T) bool) [][]T {
	// Distinct places, in order of first appearance.
	var places []string
	index := map[string]int{}
	for _, it := range items {
		p := place(it)
		if p == "" {
			continue
		}
		if _, ok := index[p]; !ok {
			index[p] = len(places)
			places = append(places, p)
		}
	}
	if len(places) <= 1 {
		return [][]T{items}
	}
	uf := newUnionFind(len(places))
	for i := range places {
		for j := i + 1; j < len(places); j++ {
			if placesCompatible(places[i], places[j]) {
				uf.union(i, j)
			}
		}
	}
	// Places whose claims agree on a value name one fact.
	for i, a := range items {
		pa := place(a)
		if pa == "" {
			continue
		}
		for _, b := range items[i+1:] {
			pb := place(b)
			if pb != "" && uf.find(index[pa]) != uf.find(index[pb]) && overlap(a, b) {
				uf.union(index[pa], index[pb])
			}
		}
	}
	roots := map[int]bool{}
	for i := range places {
		roots[uf.find(i)] = true
	}
	if len(roots) == 1 {
		return [][]T{items}
	}
	// Several places: one part each, and one for the items without a place.
	const none = -1
	partOf := map[int]int{} // root (or none) → index in parts
	var parts [][]T
	for _, it := range items {
		root := none
		if p := place(it); p != "" {
			root = uf.find(index[p])
		}
		k, ok := partOf[root]
		if !ok {
			k = len(parts)
			partOf[root] = k
			parts = append(parts, nil)
		}
		parts[k] = append(parts[k], it)
	}
	return parts
}

// firstPlace is the first non-empty place among items, as written.
func firstPlace[T any](items []T, place func(T) string) string {
	for _, it := range items {
		if p := place(it); p != "" {
			return p
		}
	}
	return ""
}

type unionFind struct{ parent []int }

func newUnionFind(n int) *unionFind {
	u := &unionFind{parent: make([]int, n)}
	for i := range u.parent {
		u.parent[i] = i
	}
	return u
}

func (u *unionFind) find(i int) int {
	for u.parent[i] != i {
		u.parent[i] = u.parent[u.parent[i]]
		i = u.parent[i]
	}
	return i
}

// union joins the sets of i and j, keeping the smaller root so that
// results do not depend on the order of unions.
func (u *unionFind) union(i, j int) {
	a, b := u.find(i), u.find(j)
	if a == b {
		return
	}
	if b < a {
		a, b = b, a
	}
	u.parent[b] = a
}
