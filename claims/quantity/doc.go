// Package quantity finds quantities in news text (lengths, masses, areas,
// volumes, money, percentages, durations, speeds, temperatures, energy,
// power, data, earthquake magnitudes and counts of people and things) and
// normalizes each to a dimension, a canonical unit and an interval that
// reflects the stated precision and any qualifier.
//
// Extract walks the tokens of each sentence once. At a token that can open
// a quantity (a number, a number word, a qualifier, a currency sign; a
// one-lookup filter skips every other word) it reads, in order: a
// qualifier ("more than", "about", "up to", "between", "> "), a currency
// ("$", "US$", "€", "USD"), the number (package number), a unit or a
// currency word, a range ("20-35 km", "between 20 and 35"), a qualifier
// after the number ("or more", "-plus"), a second bound ("more than 10 and
// less than 40"), a rate ("an hour", "per capita") and a parenthetical
// conversion ("2,418-mile (3,891-kilometer)"). Then it finds what the
// quantity counts or measures and the place and period its sentence gives.
//
// # Normal form
//
// Units are canonical per dimension (see the constants): m, kg, m2, m3, s,
// m/s, K, J, W, B, B/s, Hz; money keeps its ISO 4217 code and is never
// converted between currencies; percentages are "%" and percentage
// points "pp" (basis points are hundredths of a point). Temperatures are
// in kelvin, so that °C and °F readings compare; the display keeps the
// scale as written. A year is 365.25 days and a month 30.4375 days. A
// span in each larger unit ("12 hours a day", "five days a week") is a
// rate, "duration per duration" in s/s, not a span. A
// "ton" spans short, metric and long tons. Earthquake magnitudes have the
// dimension "magnitude" and the unit "M".
//
// The interval is the stated precision ("4,100" stands for [4050, 4150],
// "3,891" for [3890.5, 3891.5]) widened by the qualifier: "more than X"
// and "at least X" are [X, +Inf), "less than", "up to" and "at most" are
// [0, X] (or from -Inf for temperatures and negative values), "about X" is
// ±10 %, "nearly X" is [X-10 %, X], a range is [lo, hi] as written, and a
// vague plural ("hundreds of", "several years") is a lower bound. Value is
// the stated value, the mid-point of a range.
//
// A measure written in two or three units, larger first, is one match:
// "6 feet 2 inches", "7 pounds, 4 ounces", "3 stone 4 pounds", "1m
// 40cm" (metric parts only side by side: "the 5 km and 800 m races" is a
// list), and so is a height in marks ("6'4\"", "5′11″"). Durations in
// parts join side by side or with "and" and commas ("3 hours 40
// minutes", "14 years and six months", "2 years, 5 months and 3 days"),
// so that "14 and a half years" elsewhere agrees with them; commas alone
// may part two clauses ("After 3 days, 12 hours of talks remained"), so
// a list of them must close with "and". A "p" glued to digits in a sentence about
// money is pence ("traded at 95p"). A lower-case m glued to
// digits is a million before a count noun or a unit ("1.5m people", "2m
// tonnes") and a metre elsewhere; a capital K glued to digits beside a
// temperature is a kelvin ("-20 °C (253.15K)") and a thousand elsewhere.
//
// A parenthetical conversion is one match: Value, Min and Max come from
// the metric reading when one of the two readings is metric (else from
// the first), and Converted holds the other, so that a fact-checker sees
// when the two readings disagree.
//
// # Subjects
//
// Subject is folded for comparison: the noun a count counts ("migrants";
// "people" for people, persons and individuals), the thing a measure
// measures ("border" in "the 2,418-mile border", "barriers" in "640km of
// barriers", "canal" in "the canal stretches 82 km"), "increase" or
// "decrease" for a change in percent (after the thing that changed when
// the sentence names it: "prices increase"), and for casualties the
// canonical outcome: killed (dead, died, deaths, death toll), injured
// (wounded, hurt), arrested (detained), missing, displaced, evacuated,
// rescued, kidnapped, hospitalized, deported ("lost their lives" is
// killed, "treated for injuries" injured, "recovered 14 bodies" at least
// 14 killed). An update ("a third victim died", "two more patients died")
// is a lower bound on the total.
//
// Some figures every story of a kind gives have names of their own: the
// crowd ("police estimated the crowd at 28,000"), the deal ("agreed to buy
// X for €3.1 billion"), the share price ("€24.50 a share"), employees
// ("employs 6,000 people", "staff", "workforce"; jobs when promised:
// "will employ 600 people"), captivity ("held for 412 days", "412 days in
// custody") and prison ("sentenced to four years", "four years in
// prison"), an altitude ("705 km above Earth", an orbit's length), a
// study's follow-up ("a follow-up of 8.4 years", "followed for 8.4
// years"), people treated ("600 people had been treated", "receiving
// treatment"), the cases of an illness ("1,964 participants developed
// heart failure": heart failure) and a transfer fee ("signed until 2030
// for £52m"). A figure set off after its noun ("The old record, 43.9C,
// had stood") or after a participle ("The sale, valued at $18 million,")
// is that noun's; a bulleted fact-box line ("- Mission cost: €415
// million") names its figure by its label. A figure that restates the
// count before it ("28,000 people or 110,000", "the figure was closer to
// 110,000") counts the same thing. A rate of another figure ("7,000 steps
// per day") is no period of a percentage in its clause.
//
// # What is not a quantity
//
// Years, dates, clock times, ordinals, decades, phone numbers, street
// addresses, IP addresses and versions, scores and votes ("won 3-1"),
// page and article numbers, codes and names with numbers ("Voyager 2",
// "COVID-19", "G7"), ages ("a 61-year-old man", "Ana Ruiz, 36", and of
// things in years: "a 90-year-old bank"; "the 8-month-old truce" is how
// long the truce has lasted), pay counted in time ("six months of base
// pay", "two months' salary") and durations that date something ("three
// years ago", "two days later", left to the date extractor) are not
// extracted. Under a day, "later" and "earlier" leave a span between two
// events that no date states ("three hours later", "a second and a half
// later"): that span is extracted.
//
// A number with no unit and no noun it counts ("the tally was 42") is
// extracted as a count with an empty Subject and confidence 0.2, so that
// the comparison can ignore it while suites of bare numbers still see it.
// A count of one thing ("one country") is not extracted unless it is a
// casualty. A bare number before a symbol of one or two letters the
// lexicon does not know ("66 Ma", "12 b") is not extracted at all: it
// measures something, and a count of nothing would be a false figure.
// Nor is "one day" meaning someday ("hopes one day to fly").
package quantity
