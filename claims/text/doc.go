// Package text is crosscheck's lowest layer: it splits an article into
// sentences and tokens, every one carrying its byte offsets in the article,
// and folds words for comparison. It knows nothing about claims.
//
// The design follows go/scanner: a small hand-written lexer, positions on
// everything, no regular expressions on the hot path.
package text
