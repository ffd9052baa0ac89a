package people

import "crosscheck/claims/text"

// Role is a person and the title a source gives them.
type Role struct {
	Person string `json:"person"`
	Title  string `json:"title"`
	// Canonical names the office: "homeland security secretary" for
	// both "Secretary of Homeland Security" and "Homeland Security
	// Secretary".
	Canonical string `json:"canonical"`
	Display   string `json:"display"`
}

func (r Role) String() string { return r.Display }

// Age is a person's age in years as a source gives it.
type Age struct {
	Person  string `json:"person"`
	Years   int    `json:"years"`
	Display string `json:"display"`
}

func (a Age) String() string { return a.Display }

// Name is one spelling of a named entity.
type Name struct {
	// Entity is the folded full name that identifies the entity.
	Entity  string `json:"entity"`
	Type    string `json:"type,omitempty"` // person, place, organization
	Display string `json:"display"`
}

func (n Name) String() string { return n.Display }

// Quote is speech attributed to a speaker.
type Quote struct {
	Speaker string `json:"speaker"`
	Direct  bool   `json:"direct"`
	Display string `json:"display"`
}

func (q Quote) String() string { return q.Display }

// A Match is one role, age, name or quote found in a document. Value is a
// Role, Age, Name or Quote.
type Match struct {
	Start, End int
	Value      interface{ String() string }
	Subject    string
	Confidence float64
}

// Roles finds person + title pairs in doc.
func Roles(doc *text.Doc) []Match { return nil }

// Ages finds ages of people in doc.
func Ages(doc *text.Doc) []Match { return nil }

// Names finds spellings of people, places and organizations in doc.
func Names(doc *text.Doc) []Match { return nil }

// Quotes finds direct and reported speech in doc.
func Quotes(doc *text.Doc) []Match { return nil }
