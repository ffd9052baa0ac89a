// Package gold scores a crosscheck report against a gold file: what a
// careful fact-checker finds in a corpus of articles (EVAL.md).
//
// Load or Parse reads the gold YAML, checking every field and reporting
// mistakes with the file, line and a caret under the offending value.
// Score matches the report's findings to the gold findings (verdict, kind,
// person, topic words, and for every gold claim a claim of that document
// whose normalized value matches) and returns recall per verdict, conflict
// precision for a complete corpus, the findings missed (with the nearest
// reported finding and why it did not match) and every false conflict.
// Result.Print writes that for a person; Result.Failed is the exit
// status rule of "crosscheck eval": a required finding missed or a false
// conflict reported.
package gold
