package people

import (
	"strings"
	"unicode"

	"crosscheck/claims/text"
)

// Role is a person and the title a source gives them.
//
// Comparison keys on Person (see Key and SameEntity for matching names
// across documents) and then on Canonical: equal Canonical values name the
// same office. Two different Canonical values with the same Head and
// Former=false are competing titles ("trade advisor" vs
// "energy advisor"); different Heads are usually two titles one
// person holds at once ("defence minister" and "party
// treasurer") and should not be reported as a conflict. A Former title
// is compatible with a current one.
type Role struct {
	// Person is the person's fullest name in the document, as written.
	Person string `json:"person"`
	// Title is the title as written, with qualifier and affiliation:
	// "former US President", "White House Press Secretary".
	Title string `json:"title"`
	// Canonical names the office: rank + portfolio + head, lower case,
	// without qualifier or affiliation, portfolio synonyms merged and a
	// cabinet "secretary" read as "minister": "homeland security
	// minister" for both "Secretary of Homeland Security" and "Homeland
	// Security Secretary", "foreign minister" for "Foreign Secretary".
	Canonical string `json:"canonical"`
	// Head is the office's head noun, normalized: "minister", "advisor",
	// "president", "attorney general", "secretary of state".
	Head string `json:"head"`
	// Domain is the portfolio, normalized: "foreign", "national security".
	Domain string `json:"domain,omitempty"`
	// Affiliation is the country or body the title names, folded:
	// "mexican", "us", "white house", "mexico's".
	Affiliation string `json:"affiliation,omitempty"`
	// Former is true for "former", "ex-", "then-" and "late": the person
	// held the office before.
	Former bool `json:"former,omitempty"`
	// Qualifier holds the qualifying words as written, folded: "former",
	// "acting", "interim".
	Qualifier string `json:"qualifier,omitempty"`
	Display   string `json:"display"`
}

func (r Role) String() string { return r.Display }

// Age is a person's age in years as a source gives it.
type Age struct {
	// Person is the full name, or when the text names no one, the noun
	// it describes ("boy", "mayor"); Named tells which.
	Person  string `json:"person"`
	Named   bool   `json:"named"`
	Years   int    `json:"years"`
	Display string `json:"display"`
}

func (a Age) String() string { return a.Display }

// Name is one spelling of a named entity.
type Name struct {
	// Entity is the folded fullest name of the entity in its document;
	// across documents, use Key to group and SameEntity to match.
	Entity  string `json:"entity"`
	Type    string `json:"type,omitempty"` // person
	Display string `json:"display"`
}

func (n Name) String() string { return n.Display }

// Quote is speech attributed to a speaker.
type Quote struct {
	// Speaker is the person's fullest name in the document, or an
	// organization or description as written ("State Department",
	// "Mexican officials"), or "" when the speaker is not known.
	Speaker string `json:"speaker"`
	// Direct is true for words in quotation marks, false for reported
	// speech ("she said both sides agreed to…").
	Direct bool `json:"direct"`
	// Display is the quoted words without the marks.
	Display string `json:"display"`
}

func (q Quote) String() string { return q.Display }

// A Match is one role, age, name or quote found in a document. Value is a
// Role, Age, Name or Quote; Subject is the person (the speaker for a
// quote).
type Match struct {
	Start, End int
	Value      interface{ String() string }
	Subject    string
	Confidence float64
}

// Roles finds person + title pairs in doc. To find several kinds in one
// document, Analyze it once and call the Analysis's methods.
func Roles(doc *text.Doc) []Match { return Analyze(doc).Roles() }

// Ages finds ages of people in doc.
func Ages(doc *text.Doc) []Match { return Analyze(doc).Ages() }

// Names finds spellings of people's names in doc.
func Names(doc *text.Doc) []Match { return Analyze(doc).Names() }

// Quotes finds direct and reported speech in doc.
func Quotes(doc *text.Doc) []Match { return Analyze(doc).Quotes() }

// Key returns the grouping key of a person's name across documents: its
// last word, folded ("quintero" for "Jorge Luis Ferrán Quintero").
// Names with equal keys may be one person; SameEntity decides.
func Key(name string) string {
	w := nameWords(name)
	if len(w) == 0 {
		return ""
	}
	return w[len(w)-1]
}

// nameWords folds a name into words, a hyphen counting as a space so that
// "Kovac-Lindqvist" and "Kovac Lindqvist" compare as spellings of one
// name.
func nameWords(name string) []string {
	return strings.FieldsFunc(text.Fold(name), func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '.')
	})
}

// SameEntity reports whether two names, possibly from different documents,
// can name one person: folded, one is the other or a part of it that keeps
// the surname ("Luis Ferran Quintero" and "Jorge Luis Ferrán Quintero";
// "Ostrova" and "Lena Ostróva"). A given name alone does not match.
func SameEntity(a, b string) bool {
	wa, wb := nameWords(a), nameWords(b)
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	return partOf(wa, wb)
}

// Variant reports whether two names are spellings of one entity that are
// not written the same: "Ostrova" vs "Ostróva", "Luis Ferran Quintero" vs
// "Jorge Luis Ferran Quintero". Differences in spacing do not count.
func Variant(a, b string) bool {
	return SameEntity(a, b) && strings.Join(strings.Fields(a), " ") != strings.Join(strings.Fields(b), " ")
}
