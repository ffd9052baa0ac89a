package dates

// A holiday is a named day whose date a rule gives for any year.
type holiday struct {
	// names lists the spellings, each as lower-case words with any
	// possessive "'s" removed: "new year day" reads "New Year's Day".
	names    [][]string
	month    int // fixed date: month and day
	day      int
	nth      int // the nth weekday wd of month (-1: the last one)
	wd       int
	after    int // days after the nth weekday: Black Friday follows Thanksgiving
	easter   int // days from Easter Sunday, when isEaster
	isEaster bool
	election bool // the Tuesday after the first Monday of November
	// label marks a name more often used for what goes on around the
	// day ("Black Friday sales"): it is a date only with a year or a
	// word of time before it ("on Black Friday").
	label bool
}

var holidays = []holiday{
	{names: w("christmas", "christmas day", "xmas", "christmas day"), month: 12, day: 25},
	{names: w("christmas eve"), month: 12, day: 24},
	{names: w("boxing day"), month: 12, day: 26},
	{names: w("new year day", "new years day"), month: 1, day: 1},
	{names: w("new year eve", "new years eve"), month: 12, day: 31},
	{names: w("valentine day", "valentines day"), month: 2, day: 14},
	{names: w("st patrick day", "saint patrick day"), month: 3, day: 17},
	{names: w("independence day", "fourth of july", "july fourth"), month: 7, day: 4},
	{names: w("juneteenth"), month: 6, day: 19},
	{names: w("ides of march"), month: 3, day: 15},
	{names: w("halloween"), month: 10, day: 31},
	{names: w("veterans day", "armistice day", "remembrance day"), month: 11, day: 11},
	{names: w("thanksgiving", "thanksgiving day"), month: 11, nth: 4, wd: 4},
	{names: w("black friday"), month: 11, nth: 4, wd: 4, after: 1, label: true},
	{names: w("cyber monday"), month: 11, nth: 4, wd: 4, after: 4, label: true},
	{names: w("earth day"), month: 4, day: 22},
	{names: w("labor day", "labour day"), month: 9, nth: 1, wd: 1},
	{names: w("memorial day"), month: 5, nth: -1, wd: 1},
	{names: w("martin luther king day", "martin luther king jr day", "mlk day"), month: 1, nth: 3, wd: 1},
	{names: w("presidents day"), month: 2, nth: 3, wd: 1},
	{names: w("columbus day"), month: 10, nth: 2, wd: 1},
	{names: w("mother day", "mothers day"), month: 5, nth: 2, wd: 7},
	{names: w("father day", "fathers day"), month: 6, nth: 3, wd: 7},
	{names: w("election day"), election: true},
	{names: w("easter", "easter sunday", "easter day"), isEaster: true},
	{names: w("good friday"), isEaster: true, easter: -2},
	{names: w("easter monday"), isEaster: true, easter: 1},
	{names: w("palm sunday"), isEaster: true, easter: -7},
	{names: w("ash wednesday"), isEaster: true, easter: -46},
	{names: w("mardi gras", "shrove tuesday"), isEaster: true, easter: -47},
	{names: w("pentecost", "whit sunday"), isEaster: true, easter: 49},
	{names: w("whit monday"), isEaster: true, easter: 50},
}

func w(names ...string) [][]string {
	out := make([][]string, len(names))
	for i, n := range names {
		var words []string
		start := 0
		for k := 0; k <= len(n); k++ {
			if k == len(n) || n[k] == ' ' {
				words = append(words, n[start:k])
				start = k + 1
			}
		}
		out[i] = words
	}
	return out
}

// holidayFirst maps the first word of every holiday name to the holidays
// it may begin.
var holidayFirst = map[string][]int{}

func init() {
	for i, h := range holidays {
		for _, n := range h.names {
			if !containsInt(holidayFirst[n[0]], i) {
				holidayFirst[n[0]] = append(holidayFirst[n[0]], i)
			}
		}
	}
}

func containsInt(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// date returns the day number of h in year y.
func (h holiday) date(y int) int {
	switch {
	case h.isEaster:
		return easter(y) + h.easter
	case h.election:
		// The Tuesday after the first Monday: between November 2 and 8.
		first := dayNumber(y, 11, 2)
		return first + floorMod(2-weekday(first), 7)
	case h.nth > 0:
		first := dayNumber(y, h.month, 1)
		return first + floorMod(h.wd-weekday(first), 7) + 7*(h.nth-1) + h.after
	case h.nth < 0:
		last := dayNumber(y, h.month+1, 1) - 1
		return last - floorMod(weekday(last)-h.wd, 7)
	}
	return dayNumber(y, h.month, h.day)
}

// easter returns the day number of Easter Sunday in year y (the
// anonymous Gregorian algorithm).
func easter(y int) int {
	a := y % 19
	b, c := y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return dayNumber(y, month, day)
}
