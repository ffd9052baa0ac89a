package quantity

// Dimensions, as the compare package keys on them.
const (
	Length      = "length"      // m
	Mass        = "mass"        // kg
	Area        = "area"        // m2
	Volume      = "volume"      // m3
	Money       = "money"       // ISO 4217 code
	Percent     = "percent"     // % or pp (percentage points)
	Count       = "count"       // ""
	Duration    = "duration"    // s
	Speed       = "speed"       // m/s
	Temperature = "temperature" // K
	Energy      = "energy"      // J
	Power       = "power"       // W
	Data        = "data"        // B (bytes)
	DataRate    = "data rate"   // B/s
	Frequency   = "frequency"   // Hz
)

// A unit is one way of writing a unit of measure.
type unit struct {
	dim string
	si  string // the canonical unit of dim
	// factor converts to the canonical unit: si = v*factor + offset.
	factor, offset float64
	// lo and hi, when set, widen the factor for units whose size
	// depends on the country ("ton": short, metric or long).
	lo, hi float64
	// sym is the symbol shown in displays.
	sym string
	// metric marks SI-family units; of the two readings of a
	// parenthetical conversion the metric one is primary.
	metric bool
	// loose units ("in", "C", "pounds") need context to count as units.
	loose bool
}

const (
	mile  = 1609.344
	foot  = 0.3048
	inch  = 0.0254
	yard  = 0.9144
	pound = 0.45359237
	year  = 365.25 * 86400
	month = 30.4375 * 86400
	usGal = 0.003785411784
)

func u(dim, si string, factor float64, sym string, metric bool) unit {
	return unit{dim: dim, si: si, factor: factor, sym: sym, metric: metric}
}

// unitsByName maps lower-case unit words and phrases (words joined by one
// space) to units. Symbols whose case matters are in unitsBySymbol.
var unitsByName = map[string]unit{}

// unitsBySymbol maps case-sensitive symbols, written glued ("km/h",
// "km²", "°C") or as one token ("MB", "kWh").
var unitsBySymbol = map[string]unit{}

// maxUnitWords is the longest unit phrase in words ("square kilometres"
// is 2, "British thermal units" 3, "miles per hour" 3).
const maxUnitWords = 4

func names(x unit, words ...string) {
	for _, w := range words {
		unitsByName[w] = x
	}
}

func symbols(x unit, syms ...string) {
	for _, s := range syms {
		unitsBySymbol[s] = x
	}
}

// plural adds the words and their plurals with -s.
func plural(words ...string) []string {
	out := make([]string, 0, 2*len(words))
	for _, w := range words {
		out = append(out, w, w+"s")
	}
	return out
}

func init() {
	m := func(f float64, sym string) unit { return u(Length, "m", f, sym, true) }
	i := func(f float64, sym string) unit { return u(Length, "m", f, sym, false) }
	names(m(1000, "km"), plural("kilometer", "kilometre", "km", "klick")...)
	names(m(1, "m"), plural("meter", "metre")...)
	names(m(0.1, "dm"), plural("decimeter", "decimetre")...)
	names(m(0.01, "cm"), plural("centimeter", "centimetre")...)
	names(m(0.001, "mm"), plural("millimeter", "millimetre")...)
	names(m(1e-6, "µm"), plural("micrometer", "micrometre", "micron")...)
	names(m(1e-9, "nm"), plural("nanometer", "nanometre")...)
	names(m(1e-12, "pm"), plural("picometer", "picometre")...)
	names(i(mile, "mi"), plural("mile")...)
	names(i(1852, "nmi"), plural("nautical mile")...)
	names(i(foot, "ft"), "foot", "feet", "ft")
	names(i(inch, "in"), "inch", "inches")
	names(i(yard, "yd"), plural("yard", "yd")...)
	names(i(9.4607e15, "ly"), plural("light year", "light-year")...)
	symbols(m(1000, "km"), "km", "Km", "KM", "kms")
	symbols(m(1, "m"), "m")
	symbols(m(0.1, "dm"), "dm")
	symbols(m(0.01, "cm"), "cm")
	symbols(m(0.001, "mm"), "mm")
	symbols(m(1e-6, "µm"), "µm", "μm", "um")
	symbols(m(1e-9, "nm"), "nm")
	symbols(i(mile, "mi"), "mi")
	symbols(i(1852, "nmi"), "nmi", "NM")
	symbols(i(foot, "ft"), "ft")
	symbols(unit{dim: Length, si: "m", factor: inch, sym: "in", loose: true}, "\"", "″")
	symbols(i(yard, "yd"), "yd", "yds")

	g := func(f float64, sym string) unit { return u(Mass, "kg", f, sym, true) }
	names(g(1, "kg"), plural("kilogram", "kilogramme", "kilo", "kg")...)
	names(g(0.001, "g"), plural("gram", "gramme")...)
	names(g(1e-6, "mg"), plural("milligram", "milligramme")...)
	names(g(1e-9, "µg"), plural("microgram")...)
	names(unit{dim: Mass, si: "kg", factor: 1000, lo: 907.18474, hi: 1016.0469088, sym: "t", metric: true}, plural("ton")...)
	names(g(1000, "t"), plural("tonne", "metric ton", "metric tonne")...)
	names(u(Mass, "kg", pound, "lb", false), "lb", "lbs")
	names(u(Mass, "kg", 0.028349523125, "oz", false), plural("ounce", "oz")...)
	names(u(Mass, "kg", 6.35029318, "st", false), "stone")
	symbols(g(1, "kg"), "kg", "KG", "Kg", "kgs")
	symbols(g(0.001, "g"), "g", "gr")
	symbols(g(1e-6, "mg"), "mg")
	symbols(g(1e-9, "µg"), "µg", "μg", "mcg")
	symbols(g(1000, "t"), "t", "mt", "MT")
	symbols(u(Mass, "kg", pound, "lb", false), "lb", "lbs", "Lbs")
	symbols(u(Mass, "kg", 0.028349523125, "oz", false), "oz")

	a := func(f float64, sym string, metric bool) unit { return u(Area, "m2", f, sym, metric) }
	km2 := a(1e6, "km²", true)
	names(km2, "square kilometer", "square kilometers", "square kilometre", "square kilometres", "sq km", "sq. km",
		"sq kilometers", "sq kilometres", "km squared", "kilometers squared", "kilometres squared")
	symbols(km2, "km2", "km²", "km^2", "sqkm")
	m2 := a(1, "m²", true)
	names(m2, "square meter", "square meters", "square metre", "square metres", "sq m", "sq. m", "sqm", "m squared")
	symbols(m2, "m2", "m²", "m^2", "sqm")
	cm2 := a(1e-4, "cm²", true)
	names(cm2, "square centimeter", "square centimeters", "square centimetre", "square centimetres")
	symbols(cm2, "cm2", "cm²", "cm^2")
	mi2 := a(mile*mile, "sq mi", false)
	names(mi2, "square mile", "square miles", "sq mi", "sq. mi", "sq miles", "sq. miles", "mi squared", "miles squared")
	symbols(mi2, "mi2", "mi²", "sqmi")
	ft2 := a(foot*foot, "sq ft", false)
	names(ft2, "square foot", "square feet", "sq ft", "sq. ft", "sq feet", "sq. feet", "ft squared", "feet squared")
	symbols(ft2, "ft2", "ft²", "sqft")
	names(a(inch*inch, "sq in", false), "square inch", "square inches", "sq in")
	names(a(yard*yard, "sq yd", false), "square yard", "square yards", "sq yd")
	// "ha" but never "has": "Falcon 4 has flown" is no area.
	names(a(1e4, "ha", true), "hectare", "hectares", "ha")
	names(a(4046.8564224, "acres", false), plural("acre")...)
	symbols(a(1e4, "ha", true), "ha")

	v := func(f float64, sym string, metric bool) unit { return u(Volume, "m3", f, sym, metric) }
	names(v(1, "m³", true), "cubic meter", "cubic meters", "cubic metre", "cubic metres", "m cubed")
	symbols(v(1, "m³", true), "m3", "m³", "m^3")
	names(v(1e9, "km³", true), "cubic kilometer", "cubic kilometers", "cubic kilometre", "cubic kilometres", "km cubed")
	symbols(v(1e9, "km³", true), "km3", "km³", "km^3")
	names(v(1e-6, "cm³", true), "cubic centimeter", "cubic centimeters", "cubic centimetre", "cubic centimetres", "cc")
	symbols(v(1e-6, "cm³", true), "cm3", "cm³", "cc")
	names(v(0.028316846592, "cu ft", false), "cubic foot", "cubic feet", "cu ft")
	names(v(0.001, "L", true), plural("liter", "litre")...)
	names(v(1e-5, "cl", true), plural("centiliter", "centilitre")...)
	names(v(1e-6, "ml", true), plural("milliliter", "millilitre")...)
	names(v(1e3, "ML", true), plural("megaliter", "megalitre")...)
	names(v(usGal, "gal", false), plural("gallon", "gal", "us gallon")...)
	names(v(0.00454609, "imp gal", false), plural("imperial gallon")...)
	names(v(0.158987294928, "bbl", false), plural("barrel", "bbl")...)
	names(v(0.000946352946, "qt", false), plural("quart")...)
	names(v(0.000473176473, "pt", false), plural("pint")...)
	names(v(0.0002365882365, "cups", false), plural("cup")...)
	names(v(1.47867648e-5, "tbsp", false), plural("tablespoon", "tbsp")...)
	names(v(4.92892159e-6, "tsp", false), plural("teaspoon", "tsp")...)
	names(v(2.95735295625e-5, "fl oz", false), "fluid ounce", "fluid ounces", "fl oz", "fl. oz")
	symbols(v(0.001, "L", true), "L", "l", "ltr", "ltrs")
	symbols(v(1e-5, "cl", true), "cl", "cL")
	symbols(v(1e-6, "ml", true), "ml", "mL")
	symbols(v(0.158987294928, "bbl", false), "bbl")
	// Rates written as one unit: barrels and tonnes a day.
	bpd := unit{dim: Volume + " per " + Duration, si: "m3/s", factor: 0.158987294928 / 86400, sym: "bpd"}
	symbols(bpd, "bpd", "b/d", "bbl/d")
	names(bpd, "barrels per day", "barrels a day", "barrel per day")
	tpd := unit{dim: Mass + " per " + Duration, si: "kg/s", factor: 1000.0 / 86400, sym: "tpd", metric: true}
	symbols(tpd, "tpd", "t/d")
	names(tpd, "tonnes per day", "tons per day", "tonnes a day", "tons a day")

	s := func(f float64, sym string) unit { return u(Duration, "s", f, sym, true) }
	names(s(1, "s"), plural("second", "sec")...)
	names(s(1e-3, "ms"), plural("millisecond")...)
	names(s(60, "min"), plural("minute", "min")...)
	names(s(3600, "h"), plural("hour", "hr")...)
	names(s(3600, "h"), "hrs")
	names(s(86400, "days"), plural("day")...)
	names(s(7*86400, "weeks"), plural("week", "wk")...)
	names(s(14*86400, "fortnights"), plural("fortnight")...)
	names(s(month, "months"), plural("month", "mo")...)
	names(s(year, "years"), plural("year", "yr")...)
	names(s(10*year, "decades"), plural("decade")...)
	names(s(100*year, "centuries"), "century", "centuries")
	names(s(1000*year, "millennia"), "millennium", "millennia", "millenniums")
	symbols(s(3600, "h"), "h", "hrs", "hr")
	symbols(s(60, "min"), "min", "mins")
	symbols(s(1e-3, "ms"), "ms")

	sp := func(f float64, sym string, metric bool) unit { return u(Speed, "m/s", f, sym, metric) }
	kmh := sp(1000.0/3600, "km/h", true)
	names(kmh, "kilometers per hour", "kilometres per hour", "kilometer per hour", "kilometre per hour", "km per hour")
	symbols(kmh, "km/h", "kmh", "kph", "km/hr", "kmph", "KPH", "km/hour")
	mph := sp(mile/3600, "mph", false)
	names(mph, "miles per hour", "mile per hour", "miles an hour", "mph")
	symbols(mph, "mph", "MPH", "mi/h")
	names(sp(1, "m/s", true), "meters per second", "metres per second", "meter per second", "metre per second")
	symbols(sp(1, "m/s", true), "m/s")
	names(sp(1852.0/3600, "knots", false), "knot", "knots", "kt", "kts")

	k := func(f, off float64, sym string, metric bool) unit {
		return unit{dim: Temperature, si: "K", factor: f, offset: off, sym: sym, metric: metric}
	}
	degC := k(1, 273.15, "°C", true)
	degF := k(5.0/9, 273.15-32*5.0/9, "°F", false)
	names(degC, "degrees celsius", "degree celsius", "degrees centigrade", "degrees c", "celsius", "centigrade", "deg c")
	symbols(degC, "°C", "ºC", "℃", "° C", "°c")
	names(degF, "degrees fahrenheit", "degree fahrenheit", "degrees f", "fahrenheit", "deg f")
	symbols(degF, "°F", "ºF", "℉", "° F", "°f")
	names(k(1, 0, "K", true), "kelvin", "kelvins")
	symbols(k(1, 0, "K", true), "K")
	symbols(unit{dim: Temperature, si: "K", factor: 1, offset: 273.15, sym: "°C", metric: true, loose: true}, "C")
	symbols(unit{dim: Temperature, si: "K", factor: 5.0 / 9, offset: 273.15 - 32*5.0/9, sym: "°F", loose: true}, "F")

	e := func(f float64, sym string) unit { return u(Energy, "J", f, sym, true) }
	names(e(1, "J"), plural("joule")...)
	names(e(1e3, "kJ"), plural("kilojoule")...)
	names(e(1e6, "MJ"), plural("megajoule")...)
	names(e(3600, "Wh"), plural("watt hour", "watt-hour")...)
	names(e(3.6e6, "kWh"), plural("kilowatt hour", "kilowatt-hour")...)
	names(e(3.6e9, "MWh"), plural("megawatt hour", "megawatt-hour")...)
	names(e(3.6e12, "GWh"), plural("gigawatt hour", "gigawatt-hour")...)
	names(e(3.6e15, "TWh"), plural("terawatt hour", "terawatt-hour")...)
	names(e(4184, "kcal"), plural("kilocalorie", "kcal")...)
	names(e(4184, "cal"), plural("calorie")...)
	names(e(1055.05585, "BTU"), plural("british thermal unit", "btu")...)
	names(e(1.602176634e-19, "eV"), plural("electronvolt", "electron volt")...)
	symbols(e(1, "J"), "J")
	symbols(e(1e3, "kJ"), "kJ")
	symbols(e(1e6, "MJ"), "MJ")
	symbols(e(3600, "Wh"), "Wh")
	symbols(e(3.6e6, "kWh"), "kWh", "KWh", "kwh")
	symbols(e(3.6e9, "MWh"), "MWh")
	symbols(e(3.6e12, "GWh"), "GWh")
	symbols(e(3.6e15, "TWh"), "TWh")
	symbols(e(1055.05585, "BTU"), "BTU", "Btu")
	symbols(e(1.602176634e-19, "eV"), "eV")
	symbols(e(1.602176634e-16, "keV"), "keV")
	symbols(e(1.602176634e-13, "MeV"), "MeV")
	symbols(e(1.602176634e-10, "GeV"), "GeV")
	symbols(e(1.602176634e-7, "TeV"), "TeV")

	p := func(f float64, sym string) unit { return u(Power, "W", f, sym, true) }
	names(p(1, "W"), plural("watt")...)
	names(p(1e3, "kW"), plural("kilowatt")...)
	names(p(1e6, "MW"), plural("megawatt")...)
	names(p(1e9, "GW"), plural("gigawatt")...)
	names(p(1e12, "TW"), plural("terawatt")...)
	names(u(Power, "W", 745.699872, "hp", false), "horsepower", "hp", "bhp")
	symbols(p(1, "W"), "W")
	symbols(p(1e3, "kW"), "kW", "KW")
	symbols(p(1e6, "MW"), "MW")
	symbols(p(1e9, "GW"), "GW")
	symbols(p(1e12, "TW"), "TW")

	d := func(f float64, sym string) unit { return u(Data, "B", f, sym, true) }
	names(d(1, "B"), plural("byte")...)
	names(d(1e3, "kB"), plural("kilobyte")...)
	names(d(1e6, "MB"), plural("megabyte")...)
	names(d(1e9, "GB"), plural("gigabyte")...)
	names(d(1e12, "TB"), plural("terabyte")...)
	names(d(1e15, "PB"), plural("petabyte")...)
	names(d(1e18, "EB"), plural("exabyte")...)
	names(d(1024, "KiB"), plural("kibibyte")...)
	names(d(0.125, "bit"), plural("bit")...)
	names(d(125, "kb"), plural("kilobit")...)
	names(d(125e3, "Mb"), plural("megabit")...)
	names(d(125e6, "Gb"), plural("gigabit")...)
	symbols(d(1e3, "kB"), "kB", "KB")
	symbols(d(1e6, "MB"), "MB")
	symbols(d(1e9, "GB"), "GB")
	symbols(d(1e12, "TB"), "TB")
	symbols(d(1e15, "PB"), "PB")
	symbols(d(1e18, "EB"), "EB")
	symbols(d(125, "kb"), "kb", "Kb", "kbit")
	symbols(d(125e3, "Mb"), "Mb", "Mbit")
	symbols(d(125e6, "Gb"), "Gb", "Gbit")
	r := func(f float64, sym string) unit { return u(DataRate, "B/s", f, sym, true) }
	symbols(r(125, "kbps"), "kbps", "kbit/s", "kb/s")
	symbols(r(125e3, "Mbps"), "Mbps", "Mbit/s", "Mb/s", "mbps")
	symbols(r(125e6, "Gbps"), "Gbps", "Gbit/s", "Gb/s", "gbps")
	names(r(125e3, "Mbps"), "megabits per second")
	names(r(125e6, "Gbps"), "gigabits per second")

	f := func(x float64, sym string) unit { return u(Frequency, "Hz", x, sym, true) }
	names(f(1, "Hz"), "hertz")
	names(f(1e3, "kHz"), "kilohertz")
	names(f(1e6, "MHz"), "megahertz")
	names(f(1e9, "GHz"), "gigahertz")
	symbols(f(1, "Hz"), "Hz", "s-1", "s−1", "s^-1", "s⁻¹") // per second: "7e14 s-1"
	symbols(f(1e3, "kHz"), "kHz", "KHz")
	symbols(f(1e6, "MHz"), "MHz")
	symbols(f(1e9, "GHz"), "GHz")

	pc := unit{dim: Percent, si: "%", factor: 1, sym: "%", metric: true}
	names(pc, "percent", "per cent", "pct", "percentage", "per-cent")
	symbols(pc, "%", "％")
	pp := unit{dim: Percent, si: "pp", factor: 1, sym: "pp", metric: true}
	names(pp, "percentage point", "percentage points", "percent point", "percent points", "pp", "ppt", "ppts")
	// Basis points are hundredths of a percentage point.
	bp := pp
	bp.factor = 0.01
	bp.sym = "bp"
	names(bp, "basis point", "basis points", "bps", "bp")

	gy := func(f float64, sym string) unit { return u("radiation dose", "Gy", f, sym, true) }
	names(gy(1, "Gy"), "gray", "grays")
	names(gy(1e-3, "mGy"), "milligray", "milligrays")
	symbols(gy(1, "Gy"), "Gy")
	symbols(gy(1e-3, "mGy"), "mGy")
	sv := func(f float64, sym string) unit { return u("radiation dose", "Sv", f, sym, true) }
	names(sv(1, "Sv"), "sievert", "sieverts")
	names(sv(1e-3, "mSv"), "millisievert", "millisieverts")
	names(sv(1e-6, "µSv"), "microsievert", "microsieverts")
	symbols(sv(1, "Sv"), "Sv")
	symbols(sv(1e-3, "mSv"), "mSv")
	symbols(sv(1e-6, "µSv"), "µSv", "μSv", "uSv")
	acc := func(f float64, sym string) unit { return u("acceleration", "m/s2", f, sym, true) }
	symbols(acc(1, "m/s²"), "m/s2", "m/s²", "m/s^2")
	symbols(acc(1000, "km/s²"), "km/s2", "km/s²", "km/s^2")
	names(acc(9.80665, "g"), "g-force", "g-forces")

	// The magnitude of an earthquake: "a 6.4-magnitude quake", "6.4 on
	// the Richter scale" (before the number, see magnitudeAt).
	mag := unit{dim: "magnitude", si: "M", factor: 1, sym: "magnitude", metric: true}
	names(mag, "magnitude", "on the richter scale", "on the richter", "richter")

	// Loose words: read as units only where the context allows (see
	// looseOK). "in" is a preposition, "pounds" may be money.
	names(unit{dim: Length, si: "m", factor: inch, sym: "in", loose: true}, "in")
	names(unit{dim: Mass, si: "kg", factor: pound, sym: "lb", loose: true}, "pound", "pounds")
}
