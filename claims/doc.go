// Package claims turns articles into checkable claims.
//
// Load reads articles and their editorial metadata into Documents; Extract
// segments a Document into sentences and runs one extractor per claim kind
// (quantity, date, role, age, name, quote) over it. Every Claim carries its
// evidence: the exact text, its byte span and line, the sentence, the
// subject it is about and a normalized value. Comparison across articles
// lives in package compare.
//
// The extractors themselves live in sub-packages that know nothing of
// documents: text (sentences and tokens), number, quantity, dates and
// people.
package claims
