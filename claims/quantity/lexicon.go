package quantity

import "strings"

// Word lists the matcher consults. Every list is a lexicon of English, not
// of any article: units, qualifiers, casualty words, month names.

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// qualifier kinds.
const (
	qNone    = ""
	qMore    = "more than"
	qAtLeast = "at least"
	qLess    = "less than"
	qAtMost  = "at most"
	qUpTo    = "up to"
	qAbout   = "about"
	qNearly  = "nearly"
	qExactly = "exactly"
	qBetween = "between"
	qFrom    = "from"
)

// qualifiers maps lower-case phrases written before a number to their
// kind. Phrases are matched longest first, word by word.
var qualifiers = map[string]string{
	"more than": qMore, "over": qMore, "above": qMore, "greater than": qMore,
	"larger than": qMore, "bigger than": qMore, "higher than": qMore, "exceeding": qMore,
	"exceeds": qMore, "exceed": qMore, "exceeded": qMore, "surpass": qMore, "surpassing": qMore,
	"surpassed": qMore, "surpasses": qMore, "in excess of": qMore, "upwards of": qMore, "upward of": qMore,
	"well over": qMore, "well above": qMore, "just over": qMore, "just above": qMore, "topping": qMore,
	"north of": qMore, "more then": qMore, "beyond": qMore, "at least": qAtLeast, "no less than": qAtLeast,
	"not less than": qAtLeast, "no fewer than": qAtLeast, "not fewer than": qAtLeast,
	"a minimum of": qAtLeast, "minimum of": qAtLeast, "at least or equal to": qAtLeast,
	"greater than or equal to": qAtLeast, "more than or equal to": qAtLeast,
	"equal to or more than": qAtLeast, "equal to or greater than": qAtLeast,
	"higher or equal than": qAtLeast, "bigger or equal than": qAtLeast, "larger or equal than": qAtLeast,
	"greater or equal than": qAtLeast, "more or equal than": qAtLeast, "greater than or equal": qAtLeast,
	"less than": qLess, "fewer than": qLess, "under": qLess, "below": qLess, "lower than": qLess,
	"smaller than": qLess, "less then": qLess, "just under": qNearly, "just below": qNearly,
	"at most": qAtMost, "no more than": qAtMost, "not more than": qAtMost, "a maximum of": qAtMost,
	"maximum of": qAtMost, "less than or equal to": qAtMost, "smaller or equal than": qAtMost,
	"lower or equal than": qAtMost, "less or equal than": qAtMost, "equal to or less than": qAtMost,
	"fewer than or equal to": qAtMost, "equal to or fewer than": qAtMost, "no greater than": qAtMost,
	"up to": qUpTo, "as many as": qUpTo, "as much as": qUpTo, "as high as": qUpTo, "as long as": qUpTo,
	"about": qAbout, "around": qAbout, "roughly": qAbout, "approximately": qAbout, "approx": qAbout,
	"approx.": qAbout, "some": qAbout, "an estimated": qAbout, "estimated": qAbout, "circa": qAbout,
	"c.": qAbout, "ca.": qAbout, "an approximate": qAbout, "in the region of": qAbout, "on the order of": qAbout,
	"somewhere around": qAbout, "somewhere between": qBetween, "roughly between": qBetween,
	"an average of": qAbout, "on average": qAbout, "averaging": qAbout, "about some": qAbout,
	"nearly": qNearly, "almost": qNearly, "close to": qNearly, "just shy of": qNearly, "shy of": qNearly,
	"not quite": qNearly, "nearing": qNearly, "approaching": qNearly, "the best part of": qNearly,
	"exactly": qExactly, "precisely": qExactly, "equal to": qExactly, "equals": qExactly,
	"equals to": qExactly, "equaling": qExactly, "equaling to": qExactly, "equalling": qExactly,
	"a full": qExactly, "fully": qExactly, "just": qExactly, "only": qExactly,
	"between": qBetween, "from": qFrom, "anywhere from": qFrom, "anywhere between": qBetween,
}

// qualifierFirst holds the first word of every qualifier phrase, so the
// matcher tries a phrase only where one can start.
var qualifierFirst = map[string]bool{}

// qualifierNext holds, for the first word of a phrase, the words that may
// come second; qualifierAlone the words that are a qualifier by
// themselves ("over", "about").
var (
	qualifierNext  = map[string]map[string]bool{}
	qualifierAlone = map[string]bool{}
)

// maxQualifierWords is the longest qualifier in tokens.
var maxQualifierWords = 1

func init() {
	for q := range qualifiers {
		n := 1
		first := q
		for k := 0; k < len(q); k++ {
			if q[k] == ' ' {
				if n == 1 {
					first = q[:k]
				}
				n++
			}
		}
		if q[len(q)-1] == '.' {
			n++ // "approx." is a word and a stop
			if n == 2 && first == q {
				first = q[:len(q)-1]
			}
		}
		qualifierFirst[first] = true
		// Which words may follow the first, so that common words
		// ("in", "as", "on") are tried only before the right one.
		if first != q && q[len(first)] == ' ' {
			rest := q[len(first)+1:]
			second, _, _ := strings.Cut(rest, " ")
			if qualifierNext[first] == nil {
				qualifierNext[first] = map[string]bool{}
			}
			qualifierNext[first][second] = true
		} else {
			qualifierAlone[first] = true
		}
		maxQualifierWords = max(maxQualifierWords, n+1)
	}
	initStartWords()
}

// comparators are symbols written before a number: "> 30", "<= 100".
var comparators = map[string]string{
	">": qMore, "<": qLess, ">=": qAtLeast, "<=": qAtMost, "≥": qAtLeast, "≤": qAtMost,
	"~": qAbout, "≈": qAbout, "=": qExactly, "< =": qAtMost, "> =": qAtLeast,
}

// postQualifiers follow the number: "500 or more", "40-odd".
var postQualifiers = map[string]string{
	"or more": qAtLeast, "or greater": qAtLeast, "and more": qAtLeast, "and above": qAtLeast,
	"or above": qAtLeast, "or higher": qAtLeast, "and over": qAtLeast, "or over": qAtLeast,
	"and up": qAtLeast, "or greater than": qAtLeast, "or more than": qAtLeast,
	"or less": qAtMost, "or fewer": qAtMost, "and less": qAtMost, "or below": qAtMost,
	"or lower": qAtMost, "and under": qAtMost, "or under": qAtMost, "or less than": qAtMost,
	"or so": qAbout, "odd": qAbout, "-odd": qAbout, "or thereabouts": qAbout, "plus": qAtLeast,
	"-plus": qAtLeast, "+": qAtLeast, "or equal": qAtMost, "or equal to": qAtLeast,
}

// months and weekdays: a number beside one is part of a date.
var months = set(
	"january", "february", "march", "april", "may", "june", "july", "august", "september",
	"october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
	"sep", "sept", "oct", "nov", "dec",
)

var weekdays = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

// timeWords after a number make it a clock time.
var timeWords = set("am", "pm", "a.m.", "p.m.", "a.m", "p.m", "gmt", "utc", "est", "edt", "pst", "pdt",
	"cst", "cdt", "mst", "mdt", "cet", "cest", "bst", "ist", "jst", "o'clock", "hrs.", "hours.", "hgmt")

// yearPrepositions before a four-digit number make it a year.
var yearPrepositions = set("in", "since", "by", "of", "from", "until", "till", "during", "before",
	"after", "year", "early", "late", "mid", "circa", "to", "through", "between", "and", "around",
	"spring", "summer", "autumn", "fall", "winter", "season", "fiscal", "fy", "class", "election",
	"budget", "census", "vintage", "model", "the", "for", "on", "at", "as", "into", "beyond", "toward",
	"towards", "whereas", "while", "when", "last", "next", "this", "that", "entire", "whole", "throughout")

// nameWords before a number make it part of a name or a reference:
// "Article 5", "Flight 370", "page 12", "Voyager 2".
var nameWords = set(
	"page", "pages", "p", "pp", "chapter", "chapters", "article", "articles", "section", "sections",
	"paragraph", "clause", "item", "line", "lines", "verse", "psalm", "room", "gate", "terminal",
	"platform", "flight", "route", "highway", "interstate", "exit", "bus", "train", "channel",
	"level", "phase", "stage", "category", "grade", "version", "v", "vol", "volume", "no", "nos",
	"number", "row", "seat", "apartment", "apt", "suite", "lot", "box", "pier", "runway", "district",
	"ward", "precinct", "zone", "season", "episode", "part", "act", "scene", "round", "term",
	"amendment", "resolution", "proposition", "prop", "title", "rule", "model", "mark", "mk", "type",
	"series", "apollo", "voyager", "boeing", "airbus", "windows", "iphone", "galaxy", "pixel",
	"ios", "android", "macos", "python", "java", "covid", "sars", "mig",
	"formula", "band", "division", "league", "cup", "order", "decree", "law", "bill", "act",
	"regulation", "directive", "code", "figure", "fig", "table", "appendix", "annex", "schedule",
	"class", "block", "building", "tower", "hall", "unit", "floor", "storey", "story", "ext",
	"extension", "tel", "fax", "phone", "call", "dial", "hotline", "ward", "sector", "area", "camp",
	"base", "station", "pad", "launch", "mission", "day", "week", "year", "game", "match", "week",
	"heat", "lane", "hole", "track", "disc", "disk", "cd", "dvd", "op", "opus", "symphony", "no.",
	"tier", "step", "option", "plan", "project", "operation", "ticket",
	"pillar", "sdg", "cop", "brics", "sec", "jr", "sr", "ii", "iii", "iv", "engine",
	"generation", "gen", "tranche", "batch", "wave", "camp", "district", "cell", "bay", "dock",
	"hangar", "wing", "bed", "bunk", "berth", "cabin", "car", "coach", "carriage", "cabinet", "door",
	"exits", "routes", "flights", "gates", "platforms", "rooms", "lanes", "terminals", "highways",
	"paragraphs", "clauses", "verses", "resolutions", "amendments", "propositions", "categories",
)

// streetWords after a capitalized name make the number before it a house
// number: "10 Downing Street", "1600 Pennsylvania Avenue".
var streetWords = set("street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "ln",
	"drive", "dr", "way", "place", "pl", "court", "ct", "square", "sq", "terrace", "highway", "hwy",
	"parkway", "pkwy", "plaza", "circle", "cir", "alley", "row", "crescent", "close", "calle",
	"avenida", "rue", "strasse", "straße", "via", "trail", "pike", "turnpike", "broadway")

// scoreWords near "3-1" make it a score or a vote, not a range.
var scoreWords = set("won", "win", "wins", "winning", "beat", "beats", "beating", "lost", "lose", "loses",
	"losing", "defeat", "defeated", "defeats", "victory", "victories", "draw", "drew", "drawn", "tie",
	"tied", "ties", "score", "scored", "scores", "scoreline", "lead", "led", "leads", "edge", "edged",
	"routed", "thrashed", "trail", "trailed", "trailing", "vote", "voted", "votes", "ruling", "margin",
	"decision", "record", "series", "final", "finals", "match", "game", "games", "set", "sets",
	"innings", "goal", "goals", "loss", "losses", "win-loss", "rout", "triumph", "upset", "routs",
	"shootout", "penalties", "aggregate", "half-time", "halftime", "majority", "split", "verdict",
	"against", "over", "tally", "count", "ruled", "rule", "rules", "voting", "decided", "upheld",
	"overturned", "struck", "court", "justices", "senate", "house", "committee", "jury")

// lengthAdjectives after a length make it attributive or predicative:
// "10 feet tall", "a 3-inch thick".
var lengthAdjectives = set("long", "wide", "tall", "high", "thick", "deep", "across", "in", "length",
	"width", "height", "depth", "diameter", "radius", "away", "screen", "display", "tv", "television",
	"monitor", "laptop", "tablet", "wheels", "rims", "pipe", "barrel", "blade", "gap")

// countSkip are words that may stand between a number and the noun it
// counts: "two million undocumented migrants".
var determiners = set("the", "a", "an", "its", "their", "his", "her", "our", "your", "my", "this",
	"these", "those", "that", "some", "such", "each", "every", "all", "both", "any", "no", "whose",
	"which", "what", "another", "other", "own", "it", "them", "they", "he", "she", "we", "you", "i")

// stopWords end a noun phrase.
var stopWords = set(
	"the", "a", "an", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "from", "by",
	"with", "without", "into", "onto", "over", "under", "about", "after", "before", "since", "during",
	"across", "along", "among", "between", "through", "throughout", "toward", "towards", "against",
	"per", "via", "than", "as", "like", "near", "off", "out", "up", "down", "inside", "outside",
	"within", "beyond", "behind", "below", "above", "beneath", "upon", "around", "amid", "despite",
	"is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having", "do",
	"does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
	"not", "no", "so", "too", "very", "also", "only", "just", "even", "still", "yet", "already",
	"that", "which", "who", "whom", "whose", "what", "when", "where", "why", "how", "if", "while",
	"although", "though", "because", "unless", "whether", "this", "these", "those", "there",
	"here", "it", "its", "they", "them", "their", "he", "him", "his", "she", "her", "we", "us",
	"our", "you", "your", "i", "me", "my", "each", "every", "all", "both", "either", "neither",
	"some", "any", "more", "most", "less", "least", "much", "many", "few", "fewer", "other",
	"others", "another", "such", "said", "says", "say", "told", "according", "including", "last",
	"next", "ago", "later", "earlier", "now", "then", "today", "yesterday", "tomorrow", "tonight",
	"year", "years", "month", "months", "week", "weeks", "day", "days", "alone", "each", "apiece",
	"respectively", "total", "altogether", "overall", "combined", "again", "away", "back",
	"offshore", "inland", "north", "south", "east", "west", "northeast", "northwest", "southeast",
	"southwest", "northward", "southward", "eastward", "westward", "upstream", "downstream",
	"overseas", "abroad", "underground", "underwater", "aboard", "apart", "ahead", "behind",
	"high", "long", "wide", "tall", "deep", "thick", "old",
)

// verbs is a small list of common verbs that follow a number or a unit
// and are not nouns it counts ("3,891 km separate", "300 fled").
var verbs = set(
	"is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "could",
	"can", "may", "might", "must", "should", "shall", "did", "do", "does", "said", "say", "says",
	"fled", "flee", "flees", "died", "die", "dies", "left", "leave", "leaves", "came", "come",
	"comes", "went", "go", "goes", "made", "make", "makes", "took", "take", "takes", "got", "get",
	"gets", "remain", "remains", "remained", "became", "become", "becomes", "ran", "run", "runs",
	"lie", "lies", "lay", "stand", "stands", "stood", "separate", "separates", "stretch",
	"stretches", "span", "spans", "cover", "covers", "reach", "reaches", "cross", "crosses",
	"live", "work", "works", "need", "needs", "want", "wants", "seek", "seeks", "sought",
	"face", "faces", "hold", "holds", "held", "meet", "meets", "met", "join", "joins", "joined",
	"arrive", "arrives", "enter", "enters", "pass", "passes", "attend", "attended", "marched",
	"march", "protest", "protested", "gathered", "gather", "signed", "sign", "voted", "vote",
	"lost", "lose", "won", "win", "saw", "see", "sees", "seen", "found", "find", "finds",
	"told", "tell", "tells", "gave", "give", "gives", "spent", "spend", "cost", "costs", "paid",
	"pay", "pays", "owe", "owes", "owed", "sold", "sell", "sells", "bought", "buy", "buys",
	"stay", "stays", "await", "awaits", "wait", "waits", "survive", "survived", "survives",
	"apart", "away", "each", "apiece", "later", "ago", "earlier", "before", "after", "long",
	"wide", "tall", "high", "deep", "thick", "old", "older", "younger", "more", "less", "fewer",
	"worth", "ahead", "behind", "across", "off", "down", "up", "out", "per", "total",
)

// irregularPlurals are plural nouns without a final s.
var irregularPlurals = set("people", "children", "men", "women", "police", "personnel", "staff",
	"cattle", "sheep", "fish", "livestock", "militia", "clergy", "youth", "deer", "crew", "aircraft",
	"offspring", "folk", "infantry", "cavalry", "swine", "poultry", "mice", "geese", "teeth",
	"feet", "data", "media", "criteria", "bacteria", "alumni", "faculty", "family", "families",
	"kin", "people's")

// peopleWords are nouns for people in general; counts of them are
// normalized to the subject "people".
var peopleWords = set("people", "persons", "individuals", "humans", "souls", "person", "individual",
	"human", "lives", "inhabitants", "folks")

// measureWords name a measure, so the thing measured is named earlier:
// "a length of 3,891 km", "the number of migrants … reached 240,000".
var measureWords = set("number", "numbers", "total", "figure", "figures", "amount", "sum", "count",
	"tally", "length", "distance", "area", "size", "height", "depth", "width", "weight", "value",
	"level", "levels", "rate", "population", "volume", "estimate", "average", "record", "toll",
	"quantity", "capacity", "share", "proportion", "percentage", "majority", "minority", "price",
	"cost", "costs", "budget", "worth", "output", "production", "turnout", "score", "tune", "bill")

// linkVerbs join a subject to the quantity that measures it: "the border
// stretches 3,891 km", "unemployment rose to 5%".
// pastVerbs are irregular past tenses that end a noun run ("the
// 3-week-old ceasefire broke down"): the -ed rule does not see them.
// Those that are also common nouns (cut, hit, set, left, run) are not
// here.
var pastVerbs = set("broke", "spoke", "fell", "rose", "began", "came", "went", "took", "made", "gave",
	"held", "met", "ran", "said", "saw", "won", "lost", "sank", "struck", "stood", "told", "thought",
	"fought", "brought", "bought", "caught", "kept", "grew", "drew", "threw", "flew", "knew", "became",
	"got", "wrote", "sold", "sent", "spent", "felt", "found", "heard", "meant", "built", "shook", "froze",
	"chose", "stole", "fled", "slid", "swept")

var linkVerbs = set("is", "was", "are", "were", "holding", "standing", "stretches", "stretched", "stretch", "spans", "spanned",
	"span", "runs", "ran", "measures", "measured", "covers", "covered", "cover", "extends", "extended",
	"totals", "totaled", "totalled", "total", "reached", "reaches", "reach", "rose", "risen", "rises",
	"climbed", "climbs", "fell", "falls", "fallen", "dropped", "drops", "jumped", "jumps", "grew",
	"grows", "grown", "increased", "increases", "decreased", "decreases", "declined", "declines",
	"stood", "stands", "hit", "hits", "topped", "tops", "exceeded", "exceeds", "amounts", "amounted",
	"cost", "costs", "weighs", "weighed", "weigh", "lasted", "lasts", "numbered", "numbers", "number",
	"soared", "soars", "surged", "surges", "plunged", "plunges", "slipped", "slips", "edged",
	"doubled", "tripled", "stays", "stayed", "remained", "remains", "sits", "sat", "hovers",
	"hovered", "came", "comes", "went", "goes", "estimated", "put", "puts", "valued", "priced",
	"be", "been", "become", "became", "has", "had", "have", "expanded", "shrank", "contracted",
	"registered", "recorded", "posted", "reported", "accounted", "represent", "represents",
	"represented", "make", "makes", "made", "comprise", "comprises", "comprised", "earn", "earns",
	"earned", "receive", "receives", "received", "charge", "charges", "charged", "spent", "spend",
	"spends", "raised", "raises", "gained", "gains", "ran", "run", "runs", "sank", "sink", "sinks",
	"was", "lost", "loses", "owes", "owed", "take", "takes", "took", "taken", "last", "lasted", "lasts",
	"eased", "eases", "slowed", "slows", "accelerated", "accelerates", "quickened", "cooled", "cools",
	"ticked", "dipped", "dips", "peaked", "peaks", "bottomed", "settled", "settles", "closed", "closes",
	"ended", "ends", "opened", "opens", "finished", "averaged", "averages", "returned", "returns")

// lengthVerbs may stand between a thing and its length without "is".
var placePrepositions = set("in", "into", "across", "throughout", "within", "inside", "at", "from", "to")

// placeVerbs take a place as their object: "entered Mexico".
var placeVerbs = set("entered", "enter", "enters", "entering", "crossed", "cross", "crosses", "crossing",
	"reached", "reach", "reaches", "fled", "flee", "left", "visited", "visit", "invaded", "struck",
	"hit", "hits", "arrived", "arriving", "traversing", "traversed", "traverse", "passed", "leaving")

// periodUnits are the calendar words a period scope is made of.
var periodUnits = set("year", "month", "week", "day", "decade", "quarter", "season", "century",
	"weekend", "summer", "winter", "spring", "autumn", "fall", "night", "morning", "afternoon",
	"evening", "semester", "term")

// agoWords after a duration make it a date ("three years ago"), read by
// the date extractor.
var agoWords = set("ago", "later", "earlier", "since", "hence", "prior", "afterwards",
	"afterward", "back", "previously", "beforehand", "on")
