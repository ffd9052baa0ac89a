// Package text is crosscheck's lowest layer: it splits an article into
// sentences and tokens, every one carrying its byte offsets in the article,
// and folds words for comparison. It knows nothing about claims.
//
// The design follows go/scanner: a small hand-written lexer, positions on
// everything, no regular expressions on the hot path. ASCII is classified
// by table, each token caches whether it is capitalized and whether it is
// already lower case (so Capitalized and Lower cost a field read) and the
// hash of its word key (KeyHash: lower case, no possessive), computed as
// the word is read, so that the extractors' lexicons find a word with one
// probe of a table laid out by HashKey instead of hashing it again; and the
// tokens of a document live in one array that Doc.Release hands back to
// the next Parse: a caller that keeps only strings cut from the text, as
// the claims extractors do, parses a corpus without allocating per token
// or per document.
package text
