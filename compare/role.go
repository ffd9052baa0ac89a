package compare

import (
	"sort"
	"strings"
	"time"

	"crosscheck/claims"
	"crosscheck/claims/people"
	"crosscheck/claims/text"
)

// Roles.
//
// Key: the person (names clustered across documents, see entity.go) and
// the kind of post: the head of the title ("secretary", "advisor",
// "officer", "prime minister"), with minister and secretary one kind. A
// person can hold two posts ("Defence Secretary and
// Deputy Prime Minister"): titles with different heads are different
// facts, never a conflict.
//
// An office is its head, its rank (deputy, vice, assistant…) and its
// domain ("homeland security", "foreign"), after dropping nationalities
// and employers ("Polish", "White House", "Poland's"), honorific
// qualifiers ("top", "senior", "acting") and rewording "Secretary of
// Homeland Security" as "Homeland Security Secretary". Domain aliases make
// "Foreign Secretary", "Foreign Minister", "Minister of Foreign Affairs"
// and "Secretary of State" one office.
//
// Verdict: two titles with one head conflict only when their ranks differ
// or both name a domain and neither domain contains the other (Trade vs
// Energy Advisor), and the two articles were published within
// maxRoleSpan of each other (people change office). A less specific title
// ("Security Advisor") agrees with a more specific one. A former, elect or
// designate title never conflicts; when it is the only difference the
// fact is a variant.

// maxRoleSpan is how far apart two articles may be published for their
// titles of one person to contradict each other.
const maxRoleSpan = 90 * 24 * time.Hour

// publishedWithin reports whether two claims' articles were published at
// most span apart, or when either date is unknown.
func publishedWithin(a, b *item, span time.Duration) bool {
	alo, ahi, ok1 := pubRange(a)
	blo, bhi, ok2 := pubRange(b)
	if !ok1 || !ok2 {
		return true
	}
	return blo.Sub(ahi) <= span && alo.Sub(bhi) <= span
}

type office struct {
	head   string
	rank   string
	domain []string // sorted
	former bool
	key    string // rank, domain and head: the office itself
}

// roleHeads map head words to their class. A title's head is the word
// that says what kind of post it is.
var roleHeads = map[string]string{
	"minister": "minister", "secretary": "minister", "advisor": "advisor",
	"adviser": "advisor", "officer": "officer", "president": "president",
	"director": "director", "chief": "chief", "head": "head", "governor": "governor",
	"mayor": "mayor", "ambassador": "ambassador", "spokesman": "spokesperson",
	"spokeswoman": "spokesperson", "spokesperson": "spokesperson",
	"commissioner": "commissioner", "chairman": "chair", "chairwoman": "chair",
	"chairperson": "chair", "chair": "chair", "chancellor": "chancellor",
	"premier": "premier", "leader": "leader", "senator": "senator",
	"representative": "representative", "congressman": "representative",
	"congresswoman": "representative", "lawmaker": "lawmaker", "judge": "judge",
	"justice": "judge", "envoy": "envoy", "coordinator": "coordinator",
	"administrator": "administrator", "commander": "commander", "czar": "czar",
	"tsar": "czar", "counselor": "counselor", "counsellor": "counselor",
	"manager": "manager", "executive": "executive", "founder": "founder",
	"ceo": "chief executive", "king": "king", "queen": "queen", "prince": "prince",
	"princess": "princess", "pope": "pope", "bishop": "bishop",
	"archbishop": "archbishop", "prosecutor": "prosecutor", "attorney": "attorney",
	"inspector": "inspector", "superintendent": "superintendent", "sheriff": "sheriff",
	"captain": "captain", "colonel": "colonel", "general": "general",
	"admiral": "admiral", "sergeant": "sergeant", "lieutenant": "lieutenant",
	"mp": "representative", "dean": "dean", "professor": "professor",
	"editor": "editor", "correspondent": "correspondent", "analyst": "analyst",
	"official": "official", "diplomat": "diplomat", "delegate": "delegate",
	"negotiator": "negotiator", "deputy": "deputy", "vicepresident": "president",
	"meteorologist": "meteorologist", "forecaster": "meteorologist",
	"seismologist": "seismologist", "volcanologist": "volcanologist",
	"hydrologist": "hydrologist", "climatologist": "climatologist",
	"economist": "economist", "strategist": "strategist",
}

// compoundHeads are two-word heads whose first word is not a rank or a
// domain: a prime minister is not a minister of "prime".
var compoundHeads = map[string]string{
	"prime minister": "prime minister", "attorney general": "attorney general",
	"secretary general": "secretary general", "surgeon general": "surgeon general",
	"solicitor general": "solicitor general", "inspector general": "inspector general",
	"chief executive": "chief executive", "first lady": "first lady",
	"first minister": "first minister", "chief justice": "chief justice",
	"chief minister": "chief minister", "chief of staff": "chief of staff",
	"head of state": "head of state", "head of government": "head of government",
	"speaker of the house": "speaker", "director general": "director general",
	"governor general": "governor general", "majority leader": "majority leader",
	"minority leader": "minority leader",
}

var roleRanks = set("deputy", "vice", "assistant", "under", "associate", "junior",
	"lieutenant", "adjunct")

var formerWords = set("former", "ex", "then", "late", "outgoing", "incoming", "elect",
	"designate", "nominee", "retired", "onetime", "erstwhile", "previous", "past",
	"future", "would-be", "one-time")

// ignoredTitleWords qualify a title without changing the office.
var ignoredTitleWords = set("top", "senior", "acting", "interim", "current", "new",
	"newly", "appointed", "longtime", "powerful", "the", "a", "an", "his", "her",
	"its", "their", "our", "country", "nation", "government", "administration",
	"federal", "affairs", "relations", "department", "ministry", "office", "s",
	"house", "white", "and", "&", "of", "for", "to", "on", "in", "general's")

// domainAliases give one spelling to the domains of a single office.
var domainAliases = map[string]string{
	"exterior": "foreign", "external": "foreign", "overseas": "foreign",
	"defence": "defense", "home": "interior", "treasury": "finance",
	"economic": "economy", "economics": "economy", "commerce": "trade",
	"internal": "interior", // Minister of Internal Affairs = Interior Minister
}

// nationalities are dropped from titles: "Polish Foreign Minister" and
// "Foreign Minister" are one office. The list covers countries and
// organizations common in international news; a missing one only makes a
// title more specific, which can never create a conflict (see subset).
var nationalities = set(
	"us", "u", "american", "america", "united", "states", "mexican", "mexico",
	"canadian", "canada", "british", "uk", "britain", "english", "french", "france",
	"german", "germany", "italian", "italy", "spanish", "spain", "portuguese",
	"portugal", "russian", "russia", "ukrainian", "ukraine", "chinese", "china",
	"japanese", "japan", "korean", "korea", "south", "north", "indian", "india",
	"pakistani", "pakistan", "iranian", "iran", "iraqi", "iraq", "israeli", "israel",
	"palestinian", "syrian", "syria", "turkish", "turkey", "egyptian", "egypt",
	"saudi", "arabia", "emirati", "qatari", "qatar", "afghan", "afghanistan",
	"brazilian", "brazil", "argentine", "argentinian", "argentina", "chilean",
	"chile", "colombian", "colombia", "venezuelan", "venezuela", "peruvian", "peru",
	"cuban", "cuba", "guatemalan", "guatemala", "honduran", "honduras",
	"salvadoran", "salvador", "el", "nicaraguan", "nicaragua", "panamanian",
	"panama", "ecuadorian", "ecuador", "bolivian", "bolivia", "haitian", "haiti",
	"dominican", "australian", "australia", "zealand", "nigerian", "nigeria",
	"kenyan", "kenya", "ethiopian", "ethiopia", "south african", "african",
	"european", "eu", "un", "nato", "polish", "poland", "dutch", "netherlands",
	"belgian", "belgium", "swiss", "switzerland", "austrian", "austria", "swedish",
	"sweden", "norwegian", "norway", "danish", "denmark", "finnish", "finland",
	"greek", "greece", "hungarian", "hungary", "czech", "romanian", "romania",
	"vietnamese", "vietnam", "thai", "thailand", "indonesian", "indonesia",
	"philippine", "filipino", "philippines", "malaysian", "malaysia",
	"singaporean", "singapore", "taiwanese", "taiwan", "lebanese", "lebanon",
	"jordanian", "jordan", "yemeni", "yemen", "libyan", "libya", "sudanese",
	"sudan", "moroccan", "morocco", "algerian", "algeria", "tunisian", "tunisia",
	"irish", "ireland", "scottish", "scotland", "welsh", "wales", "state's",
)

// parseOffices reads the offices a title names: "Defence
// Secretary and Deputy Prime Minister" names two.
func parseOffices(title string) []office {
	// Hyphens join words of a title loosely: "vice-president",
	// "secretary-general", "then-secretary".
	words := text.FoldWords(strings.ReplaceAll(title, "-", " "))
	var kept []string
	for _, w := range words {
		if strings.HasSuffix(w, "'s") && w != "general's" {
			continue // "Mexico's": a possessor, not part of the office
		}
		kept = append(kept, w)
	}
	// Split at "and" when both sides have a head and the left one ends
	// in it: two posts ("Interior Minister and Deputy Prime Minister"),
	// where "Deputy Energy and Mines Minister" is one.
	var parts [][]string
	start := 0
	for i, w := range kept {
		if (w == "and" || w == "&") && i > start && isHead(kept[i-1]) && hasHead(kept[i+1:]) {
			parts = append(parts, kept[start:i])
			start = i + 1
		}
	}
	parts = append(parts, kept[start:])
	var out []office
	for _, p := range parts {
		if o, ok := parseOffice(p); ok {
			out = append(out, o)
		}
	}
	return out
}

func isHead(w string) bool {
	_, ok := roleHeads[w]
	return ok
}

func hasHead(words []string) bool {
	for _, w := range words {
		if _, ok := roleHeads[w]; ok {
			return true
		}
	}
	return false
}

func parseOffice(words []string) (office, bool) {
	var o office
	// Find the head: a compound, or the last head word before "of" or
	// "for" ("Secretary of Homeland Security"), or the last head word.
	headAt, headLen := -1, 0
	for i := range words {
		for n := 4; n >= 2; n-- {
			if i+n <= len(words) {
				if h, ok := compoundHeads[strings.Join(words[i:i+n], " ")]; ok {
					headAt, headLen, o.head = i, n, h
					break
				}
			}
		}
	}
	if headAt < 0 {
		for i, w := range words {
			if (w == "of" || w == "for") && i > 0 {
				if h, ok := roleHeads[words[i-1]]; ok {
					headAt, headLen, o.head = i-1, 1, h
					break
				}
			}
		}
	}
	if headAt < 0 {
		for i := len(words) - 1; i >= 0; i-- {
			if h, ok := roleHeads[words[i]]; ok {
				// "deputy" is a head only when nothing follows it.
				if h == "deputy" && i < len(words)-1 {
					continue
				}
				headAt, headLen, o.head = i, 1, h
				break
			}
		}
	}
	if headAt < 0 {
		return o, false
	}
	var rest []string
	for i, w := range words {
		if i < headAt || i >= headAt+headLen {
			rest = append(rest, w)
		}
	}
	return makeOffice(o.head, rest), true
}

// makeOffice sorts the words around a head into rank, domain and the
// former flag, dropping words that do not change the office.
func makeOffice(head string, words []string) office {
	o := office{head: head}
	var ranks, domain []string
	for _, w := range words {
		switch {
		case formerWords[w]:
			o.former = true
		case roleRanks[w]:
			ranks = append(ranks, w)
		case ignoredTitleWords[w] || nationalities[w] || stopwords[w]:
		default:
			if a, ok := domainAliases[w]; ok {
				w = a
			}
			domain = append(domain, lemma(w))
		}
	}
	// "Secretary of State" is the foreign minister of the United States.
	if o.head == "minister" && len(domain) == 1 && domain[0] == "state" {
		domain[0] = "foreign"
	}
	sort.Strings(domain)
	o.domain = dedupSorted(domain)
	sort.Strings(ranks)
	o.rank = strings.Join(dedupSorted(ranks), " ")
	o.key = strings.Join(strings.Fields(o.rank+" "+strings.Join(o.domain, " ")+" "+o.head), " ")
	if o.former {
		o.key = "former " + o.key
	}
	return o
}

// roleOffices reads the offices of a role claim from its title, with the
// extractor's Former flag; when the title has no head compare knows, the
// extractor's Head and Domain stand in.
func roleOffices(role people.Role, title string) []office {
	offices := parseOffices(title)
	if len(offices) == 0 && role.Canonical != "" {
		offices = parseOffices(role.Canonical)
	}
	if len(offices) == 0 && role.Head != "" {
		head := strings.Join(text.FoldWords(role.Head), " ")
		if h, ok := roleHeads[head]; ok {
			head = h
		}
		offices = append(offices, makeOffice(head, text.FoldWords(role.Domain)))
	}
	if role.Former {
		for i := range offices {
			if !offices[i].former {
				offices[i].former = true
				offices[i].key = "former " + offices[i].key
			}
		}
	}
	return offices
}

// officesConflict reports whether two offices of one head contradict,
// or a minister and a civil servant of the same portfolio (see
// joinStaffToMinister).
func officesConflict(a, b office) bool {
	if a.former || b.former {
		return false
	}
	if a.head != b.head {
		return true
	}
	if a.rank != b.rank {
		return true
	}
	if len(a.domain) == 0 || len(b.domain) == 0 {
		return false
	}
	return !subset(a.domain, b.domain) && !subset(b.domain, a.domain)
}

type ritem struct {
	*item
	o     office
	title string
}

func (r *reconciler) roles() []*fact {
	groups := map[string][]*ritem{}
	var keys []string
	display := map[string]string{}
	for _, it := range r.byKind[claims.Role] {
		role, ok := claims.ValueAs[people.Role](it.c.Value)
		if !ok {
			continue
		}
		person := role.Person
		if person == "" {
			person = it.c.Subject
		}
		if r.persons.isPronoun(person) {
			continue
		}
		pkey, pdisplay, ok := r.persons.entity(person)
		if !ok {
			continue
		}
		title := role.Title
		if title == "" {
			title = role.Canonical
		}
		offices := r.cache.offices(role, title)
		for _, o := range offices {
			key := "role|" + pkey + "|" + o.head
			if _, ok := groups[key]; !ok {
				keys = append(keys, key)
				display[key] = pdisplay
			}
			groups[key] = append(groups[key], &ritem{item: it, o: o, title: title})
		}
	}
	keys = joinStaffToMinister(keys, groups)
	var facts []*fact
	for _, key := range keys {
		facts = append(facts, roleFacts(key, display[key], groups[key])...)
	}
	return facts
}

func roleFacts(key, person string, rs []*ritem) []*fact {
	items := make([]*item, 0, len(rs))
	byItem := map[*item]*ritem{}
	for _, x := range rs {
		if _, dup := byItem[x.item]; dup {
			continue // one claim naming two offices of one kind
		}
		items = append(items, x.item)
		byItem[x.item] = x
	}
	f := &fact{
		kind:    claims.Role,
		key:     key,
		topic:   "title of " + person,
		subject: person,
		verdict: verdictOf(items),
	}
	f.values = groupValues(items, func(it *item) string { return byItem[it].o.key },
		func(it *item) string { return strings.TrimSpace(byItem[it].title) })
	disagree := func(g, h *valueGroup) bool {
		return officesConflict(byItem[g.items[0]].o, byItem[h.items[0]].o)
	}
	// People change office: titles from articles far apart in time are
	// no contradiction.
	pick := func(g, h *valueGroup) (*item, *item) {
		for _, a := range g.items {
			for _, b := range h.items {
				if a.confident() && b.confident() && a.doc != b.doc && publishedWithin(a, b, maxRoleSpan) {
					return a, b
				}
			}
		}
		return nil, nil
	}
	out := f.settle(rules{disagree: disagree, mayConflict: true, pick: pick, describe: func(a, b *item) {
		f.difference = "different office"
		f.diffA, f.diffB = evidence(a), evidence(b)
	}})
	if len(out) > 1 || f.verdict != Agree {
		return out
	}
	// No contradiction. A former title beside a current one is worth a
	// look, so it is a variant; titles that only differ in how specific
	// they are agree.
	former := byItem[f.values[0].items[0]].o.former
	for _, g := range f.values[1:] {
		x := g.items[0]
		if byItem[x].o.former != former {
			if a, b := differentDocs([]*valueGroup{f.values[0], g}); a != nil {
				f.verdict = Variant
				f.diffA, f.diffB = byItem[a].title, byItem[b].title
				moveFirst(f.values, a, b)
				break
			}
		}
	}
	return out
}

// staffHeads are the posts of a ministry's civil servants and staff. A
// person cannot be a portfolio's minister and one of its staff at once:
// "Health Minister X" against "X, director of public health at the Health
// Ministry" is a contradiction, though titles of two heads are otherwise
// two posts (a chairman may be chief executive too).
var staffHeads = set("director", "spokesperson", "advisor", "official")

// joinStaffToMinister moves a person's staff title into the group of the
// minister title another article gives the same person, when the
// portfolios overlap ("health", "public health") and no article gives
// both titles (one that does tells of two posts, or of a career). It
// returns the keys left.
func joinStaffToMinister(keys []string, groups map[string][]*ritem) []string {
	out := keys[:0]
	for _, k := range keys {
		i := strings.LastIndexByte(k, '|')
		if !staffHeads[k[i+1:]] {
			out = append(out, k)
			continue
		}
		mk := k[:i+1] + "minister"
		ms, ok := groups[mk]
		if !ok || !portfolioShared(groups[k], ms) || shareDoc(groups[k], ms) {
			out = append(out, k)
			continue
		}
		groups[mk] = append(ms, groups[k]...)
		delete(groups, k)
	}
	return out
}

// portfolioShared reports whether every staff title and every minister
// title name a domain, and some domain of one holds the other's.
func portfolioShared(staff, ministers []*ritem) bool {
	shared := false
	for _, x := range append(append([]*ritem(nil), staff...), ministers...) {
		if len(x.o.domain) == 0 || x.o.former {
			return false
		}
	}
	for _, x := range staff {
		for _, y := range ministers {
			if subset(x.o.domain, y.o.domain) || subset(y.o.domain, x.o.domain) {
				shared = true
			}
		}
	}
	return shared
}

// shareDoc reports whether a document has a claim in both groups.
func shareDoc(a, b []*ritem) bool {
	for _, x := range a {
		for _, y := range b {
			if x.doc == y.doc {
				return true
			}
		}
	}
	return false
}
