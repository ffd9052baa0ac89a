// Package people finds what news text says about people: the titles given
// to them (roles), their ages, how their names are spelled, and the words
// attributed to them (quotes).
//
// All four finders stand on one person-name recognizer. Analyze reads a
// parsed document once: every word gets its classes from one lexicon lookup
// (given names with gender, title words, places and demonyms, months,
// organization and place heads, verbs of saying); capitalized runs are
// stripped of the title, place and sentence-opening words they start with;
// what is left is a person's name when something says so: a known given
// name and a second word ("Lena Ostrova"), a title or honorific before it
// ("Attorney General Tomas Brenik", "Mr. Fenwick"), a person noun before
// it ("mother Yulexi Marrero"), or an age or title apposition after it
// ("Fenwick, 52,"). A verb of saying is not enough: companies say things
// too ("Banco Atlantico said"). A run with no evidence ("Brenik", "Ferrán
// Quintero") counts only as a shorter form of a name found elsewhere in the
// document, which is how "Brenik" resolves to "Tomas Brenik" wherever
// either comes first; a run that ends in a known surname after given names
// of its own ("Elian Gonzalez" beside "Juan Miguel Gonzalez") is another
// person of that family. A one-word name after a royal or religious title
// ("King Hussein", "Pope Francis") is a given name and never resolves to a
// fuller name sharing it. Title-case headlines only ever use names known
// from the body. "he" and "she" in an attribution resolve to the one
// person of that gender (or of unknown gender) named in the nearest
// sentence that names anyone, names inside the quote left out; two
// candidates leave the speaker unknown.
//
// Decisions the finders make:
//
//   - Roles. A role needs a recognized person: "the White House said" or a
//     title with no name gives nothing. Shapes: title before the name
//     ("White House Press Secretary Marta Kovac-Lindqvist",
//     "Secretary of Homeland Security X", "former US President X", two
//     titles joined by "and"), apposition after it ("X, Mexico's foreign
//     minister," closed by a comma, stop or parenthesis), and a title set
//     off before the name at the start of a clause ("The homeland security
//     secretary, X,"). Lower-case titles count only before a name when the
//     word cannot be an ordinary adjective or noun ("spokeswoman X" yes,
//     "chief X" no). One claim per person and office per document.
//   - Canonical offices. Qualifiers ("former", "ex-", "then-", "acting",
//     "interim") go to Qualifier and Former; affiliation ("Mexican", "US",
//     "White House", "Mexico's") goes to Affiliation; the rest is the office
//     as rank + portfolio + head. "Minister of X" and "Secretary of X" read
//     as "X minister"; a cabinet secretary of a department portfolio is a
//     minister, so "Foreign Secretary" = "Foreign Minister" and "Homeland
//     Security Secretary" = "Secretary of Homeland Security". The UK Home
//     Secretary runs the interior ministry: "home" and "home affairs" are
//     the "interior" portfolio, so Home Secretary = Home Minister =
//     Interior Minister (calling one office by two names is not a
//     conflict; a false conflict is the worse error). "Secretary of State",
//     "Minister of State" and "Chief of Staff" keep their "of" form and are
//     not a portfolio: the US Secretary of State is not merged with foreign
//     ministers. Press, cabinet and party secretaries stay secretaries.
//   - Ages. "X, 36,", "X (36)", "the 61-year-old mayor, X", "61-year-old X",
//     "a 3-year-old boy" (the person is then the noun, with Named false),
//     "aged 45", "X, who is 61", "X is 61 years old", and "The
//     36-year-old reporter" opening a sentence as the one person the
//     nearest sentence naming anyone names (confidence 0.45: enough to
//     agree, never to conflict on its own). A bare "The 23-year-old"
//     (or "The 23-year-old's") opening a sentence is read the same way,
//     at 0.6 when the sentence it refers back to speaks of no unnamed
//     person ("sentenced the man"), else at 0.45. Ages in months,
//     ranges ("aged 18 to 25") and a bare "the 45-year-old" inside a
//     sentence are left out.
//   - Names. One claim per person named with two words or more, at the
//     first occurrence of the fullest form, plus each shorter mention not
//     written exactly as part of that form ("Ostróva" beside "Lena
//     Ostrova"). Entity is the folded fullest form in the document; Key and
//     SameEntity match names across documents ("Luis Ferran Quintero" is
//     part of "Jorge Luis Ferrán Quintero"). Places and organizations are
//     not reported as names.
//   - Quotes. Marks “…”, «…», "…", ‘…’, '…' and the typewriter pair of
//     two backticks and two apostrophes (an apostrophe opens or closes
//     nothing unless paired). The speaker is named before
//     the quote in its sentence ("Brenik emphasized that “…”"), else right
//     after it ("…,” she said", "…,” the State Department said", and
//     "…,” said Foreign Minister X" only after a quote that opens its
//     sentence), else is the speaker of a quote in the same or the
//     previous sentence ("“A,” she said. “B.”"). Quotes under four words
//     are the writer's scare quotes (“landmark”, "deeply troubling")
//     unless a speaker is named right next to them; a quote with no
//     speaker at all is kept from six words on, with Speaker "", unless it
//     is in title case (the title of a work). A definite title as speaker
//     ("the foreign minister said") is the one person the document gives
//     that office. A quote of several sentences, or parted by a
//     semicolon, is one claim per statement, as another article may
//     quote one of them alone. Reported speech is "X said/told … (that) CLAUSE" (verbs
//     other than say and tell need "that": "X emphasized the desire to…"
//     is not speech), "CLAUSE, X said." and "CLAUSE, said X." when the
//     verb closes the sentence, and "According to X, CLAUSE".
//
// Speed: the lexicon is an open-addressing table over folded bytes, folding
// avoids allocation for Latin text, and per-token facts live in a flat
// array without pointers. Folded words, entity keys and office names are
// cut from a few long strings per document, and Release hands an
// Analysis's arrays and maps to the next Analyze. The claims package
// analyzes each document once, takes all four kinds from that Analysis and
// releases it; the finder functions Roles, Ages, Names and Quotes are
// conveniences that analyze anew.
package people
