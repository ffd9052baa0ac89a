package people

import (
	"strings"

	"crosscheck/claims/text"
)

// Word classes. One map lookup gives every class a word belongs to; the
// finders then work on bit masks instead of strings.
const (
	cGivenM      uint32 = 1 << iota // a male given name: "Tomas"
	cGivenF                         // a female given name: "Lena"
	cNameStart                      // a family name written first: "Xi", "Kim"
	cParticle                       // a name particle: "de", "van", "bin"
	cHonorific                      // "Mr", "Dr", "Sen": stands before a name
	cHead                           // the head of a title: "minister", "advisor"
	cDomain                         // what a title is over: "foreign", "security"
	cRank                           // "deputy", "vice", "prime"
	cQualifier                      // "former", "acting": not part of the office
	cDemonym                        // "Mexican", "American"
	cPlace                          // a country, region or city word
	cMonth                          // "January"
	cWeekday                        // "Friday"
	cOrgHead                        // "Department", "Ministry": ends an organization
	cPlaceHead                      // "City", "River": ends a place name
	cStop                           // common words that start sentences
	cSpeech                         // a verb of saying: "said", "stressed"
	cPronoun                        // "he", "she", "they"
	cPersonNoun                     // "boy", "mother", "spokesman"
	cDet                            // "the", "a", "his"
	cAdverb                         // "also", "later": may sit between subject and verb
	cSay                            // "say" family: takes a clause without "that"
	cSourceNoun                     // "statement", "report": a document that speaks
	cMale                           // a word that marks a man: "Mr", "spokesman"
	cFemale                         // a word that marks a woman: "Mrs", "spokeswoman"
	cAbbrev                         // an honorific that is an abbreviation: "Sen", "Gov"
	cNumWord                        // a number word: "three", "sixty"
	cAgeCue                         // a word that may start an age: "aged", "who"
	cPhraseStart                    // the first word of a phrase in phrases
)

const (
	cGiven     = cGivenM | cGivenF
	cTitleWord = cHead | cDomain | cRank
)

// lexicon maps a folded word (lower case, no accents) to its classes.
var lexicon = map[string]uint32{}

// phrases maps folded multi-word names ("united states", "white house") to
// their class; phraseLen gives, for a first word, the longest phrase
// starting with it, so a lookup tries only lengths that can match.
var (
	phrases   = map[string]uint32{}
	phraseLen = map[string]int{}
)

func addWords(c uint32, words string) {
	for _, w := range strings.Fields(words) {
		w = strings.ReplaceAll(w, "_", " ")
		if strings.IndexByte(w, ' ') >= 0 {
			phrases[w] |= c
			first := w[:strings.IndexByte(w, ' ')]
			if n := strings.Count(w, " ") + 1; n > phraseLen[first] {
				phraseLen[first] = n
			}
			lexicon[first] |= cPhraseStart
			continue
		}
		lexicon[w] |= c
	}
}

// classOf returns the classes of one word token, folding it into a stack
// buffer so that the lookup does not allocate.
func classOf(s string) uint32 {
	var buf [maxWord]byte
	if len(s) > len(buf) {
		return 0
	}
	// ASCII words, nearly all of them, are lowered and hashed in one pass.
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			b, ok := foldAppend(buf[:0], s)
			if !ok {
				return lexicon[text.Fold(s)]
			}
			return wordTable.get(b)
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
		h ^= uint32(c)
		h *= 16777619
	}
	return wordTable.getHashed(buf[:len(s)], h)
}

// maxWord is the longest word classOf looks up, in bytes.
const maxWord = 32

// A lexTable is the lexicon as an open-addressing hash table keyed by
// folded bytes: about twice as fast as the map for the one lookup every
// word of every document needs.
type lexTable struct {
	mask uint32
	keys []string
	vals []uint32
}

var wordTable lexTable

func fnv(b []byte) uint32 {
	h := uint32(2166136261)
	for _, c := range b {
		h ^= uint32(c)
		h *= 16777619
	}
	return h
}

func newLexTable(m map[string]uint32) lexTable {
	size := 1
	for size < 4*len(m) {
		size <<= 1
	}
	t := lexTable{mask: uint32(size - 1), keys: make([]string, size), vals: make([]uint32, size)}
	for k, v := range m {
		i := fnv([]byte(k)) & t.mask
		for t.keys[i] != "" {
			i = (i + 1) & t.mask
		}
		t.keys[i], t.vals[i] = k, v
	}
	return t
}

func (t *lexTable) get(b []byte) uint32 { return t.getHashed(b, fnv(b)) }

// getASCII looks up the ASCII word s, ignoring its case, whose key (s in
// lower case) hashes to h; classOf's limit on a word's length holds.
func (t *lexTable) getASCII(s string, h uint32) uint32 {
	if len(s) > maxWord {
		return 0
	}
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		k := t.keys[i]
		if k == "" {
			return 0
		}
		if text.EqualLower(s, k) {
			return t.vals[i]
		}
	}
}

// getHashed looks up b whose fnv hash is h.
func (t *lexTable) getHashed(b []byte, h uint32) uint32 {
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		k := t.keys[i]
		if k == "" {
			return 0
		}
		if k == string(b) {
			return t.vals[i]
		}
	}
}

func init() {
	addLexicon()
	addGivenNames()
	wordTable = newLexTable(lexicon)
}

func addLexicon() {
	addWords(cParticle, `de del della di da das do dos du la le van von der den ten ter bin binti ibn bint al el y e zu af arap`)
	addWords(cHonorific, `mr mrs ms miss mx dr prof sir dame lord lady sen rep gov lt col capt gen adm sgt cpl pvt maj cmdr supt insp det rev fr hon sheikh sheik`)
	// Abbreviated honorifics count only with their stop ("Sen.", "Gov."):
	// bare, they are often names ("Hun Sen") or words ("Rev", "Det").
	addWords(cAbbrev, `prof sen rep gov lt col capt gen adm sgt cpl pvt maj cmdr supt insp det rev fr hon`)
	// With their stop they are titles too: "Texas Gov. Greg Abbott".
	addWords(cHead, `sen rep gov lt col capt gen adm sgt cpl pvt maj cmdr supt insp det`)
	addWords(cMale, `mr sir lord spokesman chairman congressman councilman king prince emperor sultan emir sheikh sheik duke count baron father son brother husband boy man uncle grandfather nephew businessman policeman fisherman`)
	addWords(cFemale, `mrs ms miss dame lady spokeswoman chairwoman congresswoman councilwoman queen princess empress duchess countess baroness mother daughter sister wife girl woman aunt grandmother niece businesswoman policewoman`)

	addWords(cHead, `president minister secretary advisor adviser ambassador envoy governor mayor senator
		congressman congresswoman representative chancellor premier king queen prince princess emperor empress
		pope cardinal archbishop bishop rabbi imam director chief commissioner spokesman spokeswoman spokesperson
		chairman chairwoman chair chairperson ceo cfo coo cto founder cofounder co-founder judge justice general colonel captain
		lieutenant sergeant admiral commander marshal officer leader speaker attorney prosecutor sheriff
		councilman councilwoman councillor councilor lawmaker legislator delegate coordinator czar tsar dean provost
		rector inspector superintendent comptroller controller treasurer auditor administrator magistrate
		ombudsman sultan emir sheikh duke duchess undersecretary under-secretary consul attache attaché
		head manager executive negotiator representative counsel minister-president governor-general
		secretary-general chancellor-elect president-elect mufti patriarch commandant commissar
		meteorologist forecaster seismologist volcanologist hydrologist climatologist economist strategist
		professor lecturer`)
	addWords(cDomain, `foreign home interior defense defence homeland security national state economy economic
		commerce trade treasury finance financial justice health education energy labor labour agriculture
		transportation transport environment environmental immigration migration policy public affairs relations
		development housing culture tourism communications information intelligence climate digital industry
		industrial infrastructure human rights women social welfare sports youth science technology planning
		budget revenue internal citizenship border interior exterior external foreign-affairs veterans war
		military armed forces navy army air force police fisheries mining mines oil petroleum water resources
		land lands urban rural family families children labor-relations employment enterprise investment
		communication media press legal judicial parliamentary cabinet general staff operations strategic
		strategy cyber emergency emergencies disaster management regional local international global
		diplomacy diplomatic consular counterterrorism terrorism narcotics drug drugs enforcement customs
		protection civil aviation maritime space research innovation telecommunications public-safety safety
		solicitor surgeon postmaster procurator deputy-general exchequer gender equality integration
		asylum refugees refugee population religious heritage arts food supply trade-union
		epidemiology medicine cardiology neurology oncology psychiatry psychology sociology economics
		physics chemistry biology mathematics philosophy nutrition pharmacology immunology genetics
		statistics biostatistics geography geology linguistics nursing paediatrics pediatrics`)
	addWords(cRank, `vice deputy assistant under associate prime senior principal first special executive chief acting-chief presiding`)
	addWords(cQualifier, `former ex then acting interim outgoing incoming designate elect late caretaker`)

	addWords(cDemonym, demonyms)
	addWords(cPlace, places)
	addWords(cPlace, `puerto_rico`)
	addWords(cMonth, `january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec`)
	addWords(cWeekday, `monday tuesday wednesday thursday friday saturday sunday`)
	addWords(cOrgHead, `department ministry agency office council committee commission party university college
		institute institution school academy company corporation corp inc ltd llc plc group bank fund foundation
		association federation union league organization organisation administration authority court board
		bureau service services army navy forces force police guard senate congress parliament assembly
		house government cabinet secretariat center centre hospital church times post news press journal
		network television radio club team airlines airline airways alliance coalition movement front
		council embassy consulate mission program programme project initiative summit conference forum
		treaty accord agreement act law bill strategy plan index exchange market markets reserve system
		industries holdings partners studio studios museum library co cos securities laboratories labs
		electric electronics systems partnership hotel hotels corps savings capital motors dynamics brothers
		bros sons associates technologies pharmaceuticals airways railways railroad mills foods
		theater theatre stadium arena hall flight`)
	// Companies named after people: their names are not people.
	addWords(cOrgHead, `merrill_lynch morgan_stanley goldman_sachs dow_jones philip_morris john_deere
		liz_claiborne dean_witter charles_schwab pan_am procter_&_gamble johnson_&_johnson
		ernst_&_young marks_&_spencer louis_vuitton ralph_lauren calvin_klein estee_lauder
		walt_disney warner_bros hewlett_packard rolls_royce`)
	addWords(cPlaceHead, `city town village county province state states region district island islands river
		lake sea ocean gulf bay mountain mountains mount valley desert gap strait canal coast peninsula
		street avenue road boulevard square park bridge airport port harbor harbour border highway
		republic kingdom emirates territory territories strip bank basin plateau forest jungle canyon
		hills heights springs falls beach garden gardens`)
	addWords(cStop, `the a an this that these those there here it its in on at for from to of by with without
		after before during since until while when where what which who whom whose why how if as but and or
		nor so yet also still however meanwhile moreover furthermore likewise instead despite although though
		according speaking asked following amid among between both each every all some many most several
		other others another such no not one two three four five six seven eight nine ten first last next
		new our we i you they he she his her their my your his them us me content published leave rate please
		looks read more breaking update updated exclusive watch live photo video opinion analysis editorial
		together under over about above around across against along behind beyond into onto toward towards
		upon within then now today yesterday tomorrow tonight earlier later recently again once never always
		only just even perhaps maybe yes thanks thank dear hello welcome click share subscribe sign join`)
	addWords(cPronoun, `he she they we i it him her them us me`)
	addWords(cNumWord, `one two three four five six seven eight nine ten eleven twelve thirteen fourteen
		fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
		hundred a an`)
	addWords(cAgeCue, `aged who`)
	addWords(cDet, `the a an his her its their our my your this that these those`)
	addWords(cAdverb, `also later previously again repeatedly further then once recently reportedly earlier
		has had have would will had already still even publicly privately separately personally herself
		himself themselves itself firmly strongly clearly quickly immediately subsequently initially`)
	addWords(cSpeech, `said says say told tells stated added adds noted notes stressed stresses emphasized
		emphasised emphasizes emphasises underlined underscored highlighted explained explains argued argues
		insisted insists warned warns announced announces affirmed affirms declared declares claimed claims
		acknowledged admitted confirmed confirms asserted asserts maintained predicted promised pledged vowed
		reported wrote writes tweeted posted remarked commented replied responded answered recalled
		suggested observed conceded boasted complained lamented urged assured reiterated indicated revealed
		disclosed estimated concluded announced alleged contended countered cautioned acknowledged
		reaffirmed agreed`)
	addWords(cSay, `said says say told tells`)
	addWords(cSourceNoun, `statement statements report reports release communique communiqué letter document
		post message tweet readout transcript briefing memo note filing`)
	addWords(cPersonNoun, `boy girl man woman child baby toddler teenager teen son daughter mother father
		wife husband brother sister grandmother grandfather grandson granddaughter aunt uncle nephew niece
		cousin resident student pupil teacher driver passenger pilot victim suspect officer soldier worker
		farmer doctor nurse lawyer journalist reporter photographer activist protester migrant refugee
		survivor witness mayor spokesman spokeswoman spokesperson official counterpart predecessor
		successor rival opponent ally friend neighbor neighbour colleague partner patient player coach
		athlete singer actor actress artist writer author businessman businesswoman entrepreneur
		economist analyst expert scientist researcher professor engineer manager owner employee
		candidate lawmaker senator leader member veteran tourist pedestrian cyclist motorist shopkeeper
		firefighter policeman policewoman deputy sheriff priest pastor nun monk inmate prisoner detainee
		hostage gunman shooter attacker assailant mom dad gentleman lady fisherman miner chef
		boss founder director chairman chairwoman ceo president minister secretary ambassador governor`)
}

// demonyms and places are the affiliation words that may stand before a
// title ("Polish Foreign Minister", "US Secretary of Energy") and are never
// part of a person's name. Multi-word entries use "_" for a space.
const demonyms = `american mexican guatemalan honduran salvadoran salvadorean nicaraguan costa_rican panamanian
	cuban haitian dominican jamaican venezuelan colombian ecuadorian peruvian bolivian chilean argentine
	argentinian uruguayan paraguayan brazilian canadian british english scottish welsh irish french german
	italian spanish portuguese dutch belgian swiss austrian polish czech slovak hungarian romanian
	bulgarian greek turkish russian ukrainian belarusian lithuanian latvian estonian finnish swedish
	norwegian danish icelandic serbian croatian bosnian slovenian albanian macedonian montenegrin
	moldovan georgian armenian azerbaijani kazakh uzbek turkmen kyrgyz tajik afghan pakistani indian
	bangladeshi sri_lankan nepali nepalese bhutanese chinese japanese korean south_korean north_korean
	taiwanese mongolian vietnamese thai cambodian laotian burmese myanmar malaysian singaporean
	indonesian filipino philippine australian new_zealand iranian iraqi syrian lebanese israeli
	palestinian jordanian saudi emirati qatari kuwaiti bahraini omani yemeni egyptian libyan tunisian
	algerian moroccan sudanese ethiopian eritrean somali kenyan ugandan tanzanian rwandan burundian
	congolese nigerian ghanaian senegalese malian nigerien chadian cameroonian ivorian angolan zambian
	zimbabwean mozambican namibian south_african malagasy european african asian latin_american
	central_american south_american north_american arab western eastern federal republican democratic
	democrat conservative liberal labour socialist communist catholic protestant muslim jewish christian
	hindu buddhist sunni shiite shia orthodox evangelical`

const places = `us u.s. usa u.s.a. uk u.k. un u.n. eu e.u. nato america united_states united_kingdom
	mexico guatemala honduras el_salvador nicaragua costa_rica panama cuba haiti dominican_republic
	jamaica venezuela colombia ecuador peru bolivia chile argentina uruguay paraguay brazil canada
	britain england scotland wales ireland france germany italy spain portugal netherlands holland
	belgium switzerland austria poland czechia czech_republic slovakia hungary romania bulgaria greece
	turkey turkiye russia ukraine belarus lithuania latvia estonia finland sweden norway denmark iceland
	serbia croatia bosnia slovenia albania macedonia north_macedonia montenegro kosovo moldova georgia
	armenia azerbaijan kazakhstan uzbekistan turkmenistan kyrgyzstan tajikistan afghanistan pakistan
	india bangladesh sri_lanka nepal bhutan china japan korea south_korea north_korea taiwan mongolia
	vietnam thailand cambodia laos myanmar burma malaysia singapore indonesia philippines australia
	new_zealand iran iraq syria lebanon israel palestine gaza west_bank jordan saudi_arabia emirates
	united_arab_emirates qatar kuwait bahrain oman yemen egypt libya tunisia algeria morocco sudan
	south_sudan ethiopia eritrea somalia kenya uganda tanzania rwanda burundi congo nigeria ghana senegal
	mali niger chad cameroon angola zambia zimbabwe mozambique namibia south_africa madagascar
	europe africa asia oceania antarctica latin_america central_america south_america north_america
	middle_east caribbean balkans scandinavia sahel
	washington new_york los_angeles chicago houston miami san_francisco san_diego boston atlanta dallas
	phoenix seattle denver detroit philadelphia el_paso tijuana ciudad_juarez mexico_city guadalajara
	monterrey cancun havana bogota caracas lima quito santiago buenos_aires brasilia sao_paulo
	rio_de_janeiro montevideo asuncion la_paz ottawa toronto montreal vancouver london paris berlin
	madrid rome lisbon amsterdam brussels geneva vienna warsaw prague budapest bucharest sofia athens
	istanbul ankara moscow kyiv kiev minsk vilnius riga tallinn helsinki stockholm oslo copenhagen
	dublin edinburgh belgrade zagreb sarajevo tbilisi yerevan baku tehran baghdad damascus beirut
	jerusalem tel_aviv amman riyadh doha dubai abu_dhabi cairo tripoli tunis algiers rabat khartoum
	addis_ababa nairobi kampala lagos abuja accra dakar johannesburg pretoria cape_town kabul islamabad
	karachi new_delhi delhi mumbai beijing shanghai hong_kong tokyo seoul pyongyang taipei hanoi bangkok
	manila jakarta kuala_lumpur sydney melbourne canberra wellington darien darién
	texas california arizona new_mexico florida alabama alaska arkansas colorado connecticut delaware
	hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan
	minnesota mississippi missouri montana nebraska nevada new_hampshire new_jersey north_carolina
	north_dakota ohio oklahoma oregon pennsylvania rhode_island south_carolina south_dakota tennessee
	utah vermont virginia west_virginia wisconsin wyoming
	white_house state_department pentagon kremlin downing_street elysee capitol_hill vatican
	foreign_ministry foreign_office home_office united_nations european_union`
