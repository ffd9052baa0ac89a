package dates

import (
	"strings"
	"unicode/utf8"

	"crosscheck/claims/text"
)

// A word is what the lexicon knows about one lower-case word. A word can
// play several parts ("second" is an ordinal and a unit, "may" a month and
// a modal verb), so every part has its own field.
type word struct {
	month    int8 // 1..12
	weekday  int8 // 1 Monday .. 7 Sunday
	abbr     bool // month or weekday abbreviation: "Sept", "Fri"
	unit     gran // day, week, month…; plural in plural
	plural   bool
	ordinal  int8 // "first" .. "thirty-first" as single words
	card     int8 // "one" .. "twelve", "a", "an": small counts
	rel      rel
	mod      mod
	pod      uint8 // part of the day: morning, night…
	season   int8  // 1 spring, 2 summer, 3 fall, 4 winter
	dayRel   int8  // yesterday -1, today 0, tomorrow +1; dayRelSet marks them
	dayRelOK bool
	ref      refKind
	qual     bool   // "about", "nearly", "some": a qualifier before a count
	start    bool   // a date expression may begin with this word
	holiday  bool   // a holiday's name may begin with this word
	number   bool   // a number in words: "thirteen", "hundred"
	key      string // the word in lower case, without a possessive
}

// rel is a relative determiner: last, this, next…
type rel int8

const (
	relNone rel = iota
	relLast     // last, previous, past, preceding
	relThis     // this, current
	relNext     // next, coming, upcoming, following
)

// mod narrows a span to one of its parts.
type mod int8

const (
	modNone    mod = iota
	modEarly       // early, the beginning of, the start of
	modMid         // mid, the middle of
	modLate        // late, the end of
	modEarlier     // earlier (this month): from the start of the unit to the day before
	modLater       // later (this year): from the day after to the end of the unit
	modRest        // the rest of (the week): from the reference day to the end of the unit
)

var modNames = [...]string{"", "early", "mid", "late", "earlier", "later", "rest"}

// refKind is a TIMEX3 reference to the present, past or future.
type refKind int8

const (
	refNone refKind = iota
	refPresent
	refPast
	refFuture
)

var refNames = [...]string{"", "PRESENT_REF", "PAST_REF", "FUTURE_REF"}

var lexicon = map[string]word{}

func add(w string, f func(*word)) {
	e := lexicon[w]
	f(&e)
	lexicon[w] = e
}

func init() {
	initEventWords()
	months := []string{"january", "february", "march", "april", "may", "june",
		"july", "august", "september", "october", "november", "december"}
	for i, m := range months {
		add(m, func(e *word) { e.month = int8(i + 1) })
	}
	for w, m := range map[string]int8{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6,
		"jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12} {
		add(w, func(e *word) { e.month = m; e.abbr = true })
	}
	days := []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
	for i, d := range days {
		add(d, func(e *word) { e.weekday = int8(i + 1) })
		add(d+"s", func(e *word) { e.weekday = int8(i + 1); e.plural = true })
	}
	for w, d := range map[string]int8{"mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4,
		"thur": 4, "thurs": 4, "fri": 5, "sat": 6, "sun": 7} {
		add(w, func(e *word) { e.weekday = d; e.abbr = true })
	}
	for w, g := range map[string]gran{"day": gDay, "week": gWeek, "weekend": gWeekend,
		"month": gMonth, "quarter": gQuarter, "year": gYear, "decade": gDecade,
		"century": gCentury, "season": gSeason, "half": gHalf, "fortnight": gWeek,
		"qtr": gQuarter, "yr": gYear, "wk": gWeek, "workweek": gWeek} {
		add(w, func(e *word) { e.unit = g })
	}
	for w, g := range map[string]gran{"days": gDay, "weeks": gWeek, "weekends": gWeekend,
		"months": gMonth, "quarters": gQuarter, "years": gYear, "decades": gDecade,
		"centuries": gCentury, "seasons": gSeason, "fortnights": gWeek, "yrs": gYear} {
		add(w, func(e *word) { e.unit = g; e.plural = true })
	}
	ordinals := []string{"first", "second", "third", "fourth", "fifth", "sixth", "seventh",
		"eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
		"fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
		"twenty-first", "twenty-second", "twenty-third", "twenty-fourth", "twenty-fifth",
		"twenty-sixth", "twenty-seventh", "twenty-eighth", "twenty-ninth", "thirtieth",
		"thirty-first"}
	for i, o := range ordinals {
		add(o, func(e *word) { e.ordinal = int8(i + 1) })
	}
	cards := []string{"one", "two", "three", "four", "five", "six", "seven", "eight",
		"nine", "ten", "eleven", "twelve"}
	for i, c := range cards {
		add(c, func(e *word) { e.card = int8(i + 1) })
	}
	add("a", func(e *word) { e.card = 1 })
	add("an", func(e *word) { e.card = 1 })
	for w, r := range map[string]rel{"last": relLast, "previous": relLast, "past": relLast,
		"preceding": relLast, "prior": relLast, "this": relThis, "current": relThis,
		"next": relNext, "coming": relNext, "upcoming": relNext, "following": relNext} {
		add(w, func(e *word) { e.rel = r })
	}
	for w, m := range map[string]mod{"early": modEarly, "mid": modMid, "late": modLate,
		"earlier": modEarlier, "later": modLater} {
		add(w, func(e *word) { e.mod = m })
	}
	for w, p := range map[string]uint8{"morning": podMorning, "afternoon": podAfternoon,
		"evening": podEvening, "night": podNight, "overnight": podNight,
		"midday": podMidday} {
		add(w, func(e *word) { e.pod = p })
	}
	for w, s := range map[string]int8{"spring": 1, "summer": 2, "fall": 3, "autumn": 3, "winter": 4,
		"springtime": 1, "summertime": 2, "wintertime": 4} {
		add(w, func(e *word) { e.season = s })
	}
	for w, d := range map[string]int8{"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0} {
		add(w, func(e *word) { e.dayRel = d; e.dayRelOK = true })
	}
	// "previously", "formerly" and "soon" say little about when; they are
	// left out on purpose.
	for w, r := range map[string]refKind{"now": refPresent, "currently": refPresent,
		"nowadays": refPresent, "presently": refPresent, "recently": refPast,
		"lately": refPast, "future": refFuture, "present": refPresent} {
		add(w, func(e *word) { e.ref = r })
	}
	for _, w := range []string{"about", "around", "nearly", "almost", "some", "roughly",
		"approximately", "just", "only", "over", "barely", "exactly", "precisely"} {
		add(w, func(e *word) { e.qual = true })
	}
	for _, w := range []string{"will", "shall", "'ll", "won't", "wo", "scheduled", "due",
		"expected", "plans", "planned", "planning", "slated", "set", "upcoming",
		"intends", "aims", "hopes", "would", "going", "can", "might", "must", "should", "may",
		"plan", "intend", "hope", "aim"} {
		tenseWords[w] = 1
	}
	for _, w := range []string{"said", "told", "was", "were", "had", "did", "met", "made",
		"took", "gave", "came", "went", "saw", "began", "held", "left", "rose", "fell",
		"won", "lost", "sold", "bought", "brought", "thought", "found", "got", "spoke",
		"wrote", "ran", "struck", "hit", "shot", "led", "kept", "paid", "sent", "spent",
		"put", "set", "cut", "quit", "built", "fought", "caught", "taught", "became",
		"broke", "chose", "drove", "flew", "grew", "knew", "rode", "sang", "stood",
		"swore", "threw", "wore", "ago", "been", "meant", "felt", "heard", "read",
		"agreed", "has", "have", "fled", "slid", "sank", "dropped", "tumbled", "climbed",
		"gained", "posted", "reported", "released", "announced"} {
		if w == "set" {
			continue // "set to" is future; "set" alone is ambiguous
		}
		tenseWords[w] = -1
	}
	for w, e := range lexicon {
		if e.month != 0 || e.weekday != 0 || e.rel != relNone || e.mod != modNone ||
			e.dayRelOK || e.ref != refNone || e.season != 0 || e.ordinal != 0 || e.card != 0 || e.qual {
			e.start = true
			lexicon[w] = e
		}
	}
	starters := []string{"the", "its", "their", "q", "fy", "fiscal", "noon", "midnight",
		"midday", "year", "recent", "these", "at", "that", "then", "as", "every", "each",
		"daily", "weekly", "monthly", "annually", "yearly", "hourly", "in", "week", "day",
		"to", "till", "eoy", "eom", "h", "on", "by", "until", "since", "from", "before",
		"after", "between", "within", "nineties", "eighties", "seventies", "sixties", "fifties",
		"forties", "thirties", "twenties", "morning", "afternoon", "evening", "night", "nineteen", "seventeen", "sixteen", "fifteen", "fourteen", "thirteen", "twelve",
		"eleven", "twenty", "eighteen", "few",
		"several", "couple", "end", "beginning", "start", "middle", "turn", "thirteen",
		"fourteen", "fifteen", "sixteen", "seventeen", "thirty", "forty", "fifty", "sixty",
		"seventy", "eighty", "ninety", "hundred", "dozen"}
	for first := range holidayFirst {
		starters = append(starters, first)
		add(first, func(e *word) { e.holiday = true })
	}
	for _, w := range []string{"thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
		"eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
		"eighty", "ninety", "hundred", "thousand", "million", "dozen", "eleven", "twelve"} {
		add(w, func(e *word) { e.number = true })
	}
	for _, w := range starters {
		add(w, func(e *word) { e.start = true })
	}
	// Words the rules compare against, so that reading them in any case
	// never allocates; looked up only near a date.
	for _, w := range functionWords {
		plainWords[w] = w
		plainMask.add(w)
	}
	for w, e := range lexicon {
		plainWords[w] = w
		plainMask.add(w)
		e.key = w
		lexicon[w] = e
		lexMask.add(w)
	}
	for w := range tenseWords {
		tenseMask.add(w)
	}
	for w := range eventWords {
		eventMask.add(w)
	}
	buildVocab()
}

var functionWords = []string{"in", "since", "by", "until", "till", "during", "from",
	"through", "before", "after", "of", "to", "and", "or", "on", "for", "as", "into",
	"throughout", "around", "over", "that", "which", "a", "an", "is", "are", "am", "was",
	"were", "be", "being", "been", "had", "has", "have", "get", "gets", "ago", "back",
	"hence", "later", "earlier", "than", "ahead", "effective", "payable", "due", "ended",
	"ending", "ends", "than", "more", "same", "corresponding", "comparable", "latest",
	"most", "full", "calendar", "week", "month", "day", "year", "quarter", "period",
	"local", "time", "hours", "hrs", "h", "o'clock", "at", "night", "between", "with",
	"when", "while", "but", "so", "or", "if", "into", "near", "short", "immediate",
	"term", "present", "black", "super", "cyber", "bloody", "holy", "man", "account",
	"accounts", "affairs", "events", "s", "st", "nd", "rd", "th", "am", "pm", "a.m.",
	"p.m.", "a.m", "p.m", "de", "del", "one", "dated", "starting", "beginning", "coming",
	"past", "following", "end", "this", "these", "those", "then", "possible", "such",
	"about", "under", "up", "least", "only", "just", "we", "he", "she", "they", "it",
	"i", "you", "his", "her", "our", "my", "your", "all", "some", "no", "not", "long"}

// tenseWords mark the tense of a clause: -1 for a past-tense verb or
// auxiliary, +1 for a future or a plan.
var tenseWords = map[string]int8{}

// A wordMask records which (length, first letter) and (length, last
// letter) pairs a word list has, so most tokens are ruled out without
// hashing them.
type wordMask struct{ first, last [33]uint32 }

func (m *wordMask) add(w string) {
	if len(w) < len(m.first) {
		m.first[len(w)] |= 1 << letterBit(w[0])
		m.last[len(w)] |= 1 << letterBit(w[len(w)-1])
	}
}

// may reports whether a word of n bytes with these first and last bytes
// (in lower case) may be in the list.
func (m *wordMask) may(first, last byte, n int) bool {
	return n < len(m.first) && m.first[n]&(1<<letterBit(first)) != 0 && m.last[n]&(1<<letterBit(last)) != 0
}

func letterBit(c byte) uint {
	if c >= 'a' && c <= 'z' {
		return uint(c - 'a')
	}
	return 26
}

var lexMask, tenseMask, eventMask, plainMask wordMask

// plainWords maps known words to themselves, so a capitalized one can be
// read in lower case without allocating.
var plainWords = map[string]string{}

// eventWords maps the words that name a datable event to a stable class,
// so that talks, a meeting and a summit are compared as one kind of event.
var eventWords = map[string]string{}

func initEventWords() {
	classes := map[string][]string{
		"meeting": {"meeting", "meetings", "meet", "meets", "met", "talks", "summit",
			"summits", "negotiations", "negotiation", "conference", "session", "sessions",
			"consultations", "dialogue", "gathering", "forum", "convention", "congress",
			"hearing", "hearings", "interview", "conversation", "call", "spoke", "talked"},
		"visit": {"visit", "visits", "visited", "visiting", "trip", "travel", "travels",
			"traveled", "travelled", "tour", "arrive", "arrived", "arrives", "arrival",
			"journey", "landed", "departed", "departure"},
		"vote": {"vote", "votes", "voted", "voting", "election", "elections", "referendum",
			"ballot", "polls", "primary", "primaries", "runoff", "caucus", "caucuses", "elected"},
		"attack": {"attack", "attacks", "attacked", "bombing", "bombings", "bombed", "explosion",
			"explosions", "blast", "blasts", "shooting", "shootings", "airstrike", "airstrikes",
			"strikes", "raid", "raids", "assault", "massacre", "ambush", "ambushed",
			"offensive", "invasion", "invaded", "stabbing", "hijacking", "kidnapping", "siege"},
		"deadline": {"deadline", "deadlines"},
		"agreement": {"agreement", "agreements", "agreed", "deal", "accord", "accords",
			"treaty", "signed", "signing", "pact", "ceasefire", "cease-fire", "truce",
			"settlement", "contract", "contracts"},
		"pledge": {"pledge", "pledged", "pledges", "promise", "promised", "promises",
			"vowed", "vow", "committed", "commitment", "commitments"},
		"announcement": {"announced", "announcement", "announces", "unveiled", "declared",
			"declaration", "statement", "proclaimed"},
		"death": {"died", "death", "deaths", "killed", "killing", "killings", "murdered",
			"murder", "assassinated", "assassination", "executed", "execution", "funeral"},
		"arrest": {"arrested", "arrest", "arrests", "detained", "detention", "captured",
			"apprehended", "extradited"},
		"disaster": {"earthquake", "quake", "storm", "hurricane", "typhoon", "cyclone",
			"flood", "floods", "flooding", "fire", "wildfire", "tsunami", "eruption",
			"landslide", "tornado", "outbreak", "blaze", "inferno", "bushfire", "brushfire",
			"landfall", "ashore", "heatwave", "heatwaves", "drought", "blizzard", "avalanche"},
		"crash": {"crash", "crashed", "collision", "collided", "derailment", "derailed",
			"accident", "sank", "sinking", "sink", "capsized", "capsize", "capsizes",
			"overturned", "overturn", "overturns", "rolled", "wreck", "derail"},
		"inquiry": {"inquiry", "investigation", "probe", "inquest", "investigations",
			"inquiries"},
		// A recount is an event of its own, days after the vote it
		// checks.
		"recount": {"recount", "recounts", "recounted", "recounting"},
		"protest": {"protest", "protests", "protested", "demonstration", "demonstrations",
			"rally", "rallies", "march", "marches", "riot", "riots", "uprising", "marched",
			"rallied", "demonstrated"},
		// A labour strike; "strike" itself is read in context (eventAt):
		// an air strike is an attack, "strike a deal" a verb.
		"strike": {"walkout", "walkouts", "stoppage", "stoppages", "picket", "pickets",
			"picketing", "lockout"},
		"launch": {"launch", "launched", "launches", "unveiling", "debut", "premiere",
			"opening", "opened", "inaugurated", "reopened", "reopening", "ribbon",
			"ribbon-cutting", "liftoff", "lift-off", "blastoff", "blast-off"},
		// An attempt called off is an event of its own, days before the
		// one that went ahead: "the launch was scrubbed on Tuesday".
		"postponement": {"scrub", "scrubbed", "scrubs", "postponed", "postponement",
			"postpones", "cancelled", "canceled", "cancellation", "aborted"},
		"closure": {"closed", "closure", "closing", "shut", "shutdown", "suspended",
			"suspension"},
		"trial": {"trial", "verdict", "sentenced", "sentencing", "convicted", "conviction",
			"ruling", "ruled", "indicted", "indictment", "charged", "acquitted", "court"},
		"inauguration": {"inauguration", "sworn", "swearing-in", "coronation"},
		"resignation": {"resigned", "resignation", "resigns", "quit", "ousted", "fired",
			"dismissed", "stepped"},
		"release": {"freed", "released", "release", "escaped", "escape", "exchanged", "swap",
			"swaps", "swapped"},
		"report": {"report", "reports", "published", "publication", "survey", "poll", "data",
			"figures", "earnings", "results"},
		"birth":   {"born", "birth"},
		"wedding": {"wedding", "married", "marriage"},
		"ceremony": {"ceremony", "celebration", "celebrations", "festival", "parade",
			"commemoration", "anniversary"},
		// A record set or a reading taken: "recorded 44.6C on Monday", "the
		// record of 43.9C set in 2003".
		"record": {"record", "records"},
		"decision": {"decision", "decided", "approved", "approval", "passed", "rejected",
			"adopted", "vetoed", "veto"},
	}
	for class, ws := range classes {
		for _, w := range ws {
			eventWords[w] = class
		}
	}
}

// lookup returns the lexicon entry of a word token, ignoring case and a
// possessive "'s" ("Friday's"). It does not allocate.
func lookup(t text.Token) (word, bool) { return lookupIn(lexicon, &lexMask, t) }

// lookupIn looks a word token up in m, ignoring case and a possessive
// "'s", without allocating.
func lookupIn[V any](m map[string]V, mask *wordMask, t text.Token) (V, bool) {
	var zero V
	if t.Kind != text.Word {
		return zero, false
	}
	s := t.Text
	if n := len(s); n > 2 && (s[n-2] == '\'' && (s[n-1] == 's' || s[n-1] == 'S')) {
		s = s[:n-2]
	} else if n > 4 && s[n-1] == 's' && s[n-4:n-1] == "\u2019" {
		s = s[:n-4]
	}
	if len(s) > 16 || len(s) == 0 {
		return zero, false
	}
	first := s[0]
	if 'A' <= first && first <= 'Z' {
		first += 'a' - 'A'
	}
	last := s[len(s)-1]
	if 'A' <= last && last <= 'Z' {
		last += 'a' - 'A'
	}
	curly := strings.IndexByte(s, 0xe2) >= 0
	if !curly && !mask.may(first, last, len(s)) {
		return zero, false
	}
	var buf [16]byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			if c == 0xe2 && i+2 < len(s) && s[i+1] == 0x80 && s[i+2] == 0x99 {
				// A typographic apostrophe inside a word: "won’t".
				buf[i] = '\''
				copy(buf[i+1:], s[i+3:])
				n := len(s) - 2
				for k := i + 1; k < n; k++ {
					if 'A' <= buf[k] && buf[k] <= 'Z' {
						buf[k] += 'a' - 'A'
					}
				}
				e, ok := m[string(buf[:n])]
				return e, ok
			}
			return zero, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	e, ok := m[string(buf[:len(s)])]
	return e, ok
}
