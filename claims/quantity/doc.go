// Package quantity finds quantities in news text (lengths, masses, areas,
// money, percentages, durations and counts of people) and normalizes each
// to a dimension, an SI or ISO unit and an interval that reflects the
// stated precision and any qualifier ("more than", "about", "up to").
package quantity
