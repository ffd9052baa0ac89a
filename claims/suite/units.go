package suite

import "strings"

// A unit converts a value to its SI (or canonical) unit: si = v*factor +
// offset. Two values are comparable when their si names agree; money is
// kept in its ISO 4217 currency, counts have si "".
type unit struct {
	si             string
	factor, offset float64
}

const (
	inch = 0.0254
	foot = 0.3048
	yard = 0.9144
	mile = 1609.344
	lb   = 0.45359237
)

// suiteUnits maps the unit names the suites use (Recognizers-Text,
// Duckling, quantulum3; lower case) to SI.
var suiteUnits = map[string]unit{
	// length
	"m": {"m", 1, 0}, "meter": {"m", 1, 0}, "metre": {"m", 1, 0},
	"kilometer": {"m", 1e3, 0}, "kilometre": {"m", 1e3, 0},
	"decimeter": {"m", 0.1, 0}, "decimetre": {"m", 0.1, 0},
	"centimeter": {"m", 0.01, 0}, "centimetre": {"m", 0.01, 0},
	"millimeter": {"m", 1e-3, 0}, "millimetre": {"m", 1e-3, 0},
	"nanometre": {"m", 1e-9, 0}, "nanometer": {"m", 1e-9, 0},
	"picometer": {"m", 1e-12, 0}, "picometre": {"m", 1e-12, 0},
	"attometre": {"m", 1e-18, 0}, "attometer": {"m", 1e-18, 0},
	"inch": {"m", inch, 0}, "foot": {"m", foot, 0}, "yard": {"m", yard, 0},
	"mile": {"m", mile, 0}, "nautical mile": {"m", 1852, 0},
	// area, volume
	"square metre": {"m2", 1, 0}, "square kilometre": {"m2", 1e6, 0},
	"square mile": {"m2", mile * mile, 0}, "hectare": {"m2", 1e4, 0},
	"acre": {"m2", 4046.8564224, 0}, "square foot": {"m2", foot * foot, 0},
	"cubic metre": {"m3", 1, 0}, "cubic centimetre": {"m3", 1e-6, 0},
	"cubic kilometre": {"m3", 1e9, 0}, "litre": {"m3", 1e-3, 0},
	"centilitre": {"m3", 1e-5, 0}, "millilitre": {"m3", 1e-6, 0},
	"gallon": {"m3", 3.785411784e-3, 0}, "cup": {"m3", 2.365882365e-4, 0},
	"tablespoon": {"m3", 1.478676478125e-5, 0}, "teaspoon": {"m3", 4.92892159375e-6, 0},
	// mass; Recognizers-Text's "Ton" reads "100t", a metric ton
	"kilogram": {"kg", 1, 0}, "gram": {"kg", 1e-3, 0}, "milligram": {"kg", 1e-6, 0},
	"tonne": {"kg", 1e3, 0}, "ton": {"kg", 1e3, 0}, "pound-mass": {"kg", lb, 0},
	"pound": {"kg", lb, 0}, "ounce": {"kg", 0.028349523125, 0},
	// time
	"second": {"s", 1, 0}, "minute": {"s", secMinute, 0}, "hour": {"s", secHour, 0},
	"day": {"s", secDay, 0}, "week": {"s", secWeek, 0}, "month": {"s", secMonth, 0},
	"year": {"s", secYear, 0}, "megayear": {"s", 1e6 * secYear, 0},
	"gigayear": {"s", 1e9 * secYear, 0},
	// temperature in kelvin
	"kelvin": {"K", 1, 0}, "degree celsius": {"K", 1, 273.15},
	"degree fahrenheit": {"K", 5.0 / 9, 273.15 - 32*5.0/9},
	// counts and ratios
	"dimensionless": {"", 1, 0}, "dozen": {"", 12, 0}, "baker's dozen": {"", 13, 0},
	"gross": {"", 144, 0}, "percentage": {"%", 1, 0},
	// money: cents and pennies of the usual currency
	"dollar": {"USD", 1, 0}, "cent": {"USD", 0.01, 0}, "dime": {"USD", 0.1, 0},
	"euro": {"EUR", 1, 0}, "pound sterling": {"GBP", 1, 0}, "penny": {"GBP", 0.01, 0},
	"yen": {"JPY", 1, 0}, "yuan": {"CNY", 1, 0},
	// others quantulum3 measures
	"kilometre per hour": {"m/s", 1e3 / secHour, 0}, "metre per second": {"m/s", 1, 0},
	"mile per hour": {"m/s", mile / secHour, 0},
	"joule":         {"J", 1, 0}, "electronvolt": {"J", 1.602176634e-19, 0},
	"teraelectronvolt": {"J", 1.602176634e-7, 0}, "watt hour": {"J", secHour, 0},
	"megawatt hour": {"J", 1e6 * secHour, 0}, "british thermal unit": {"J", 1055.05585262, 0},
	"watt": {"W", 1, 0}, "gigahertz": {"Hz", 1e9, 0}, "hertz": {"Hz", 1, 0},
	"bit": {"B", 0.125, 0}, "byte": {"B", 1, 0}, "kibibyte": {"B", 1024, 0},
	"megabyte": {"B", 1e6, 0}, "exabyte": {"B", 1e18, 0},
	"kilobit per second": {"B/s", 125, 0},
	"gray":               {"Gy", 1, 0}, "milligray": {"Gy", 1e-3, 0},
	"minute of arc":                 {"rad", 2.908882086657216e-4, 0},
	"second of arc":                 {"rad", 4.84813681109536e-6, 0},
	"barn":                          {"m2", 1e-28, 0},
	"kilogram per cubic centimetre": {"kg/m3", 1e6, 0},
	"litre per kilometre":           {"m2", 1e-6, 0},
	"ton per day":                   {"kg/s", 1e3 / secDay, 0},
	"dollar per hour":               {"USD/s", 1 / secHour, 0},
	"dollar per kilogram":           {"USD/kg", 1, 0},
	"inverse second":                {"Hz", 1, 0}, "count per week": {"Hz", 1 / secWeek, 0},
	"watt per minute":             {"W/s", 1 / secMinute, 0},
	"kilometre per square second": {"m/s2", 1e3, 0}, "joule second": {"J s", 1, 0},
	"joule per square metre per year": {"W/m2", 1 / secYear, 0},
}

// suiteUnit looks up a suite's unit name.
func suiteUnit(name string) (unit, bool) {
	u, ok := suiteUnits[strings.ToLower(strings.TrimSpace(name))]
	return u, ok
}

// claimUnits maps the canonical units a quantity claim may carry to SI.
// Extractors normalize to m, kg, m2, m3, s, %, ""; the others are
// accepted so that a claim in a derived unit is still compared fairly.
var claimUnits = map[string]unit{
	"": {"", 1, 0}, "m": {"m", 1, 0}, "km": {"m", 1e3, 0}, "kg": {"kg", 1, 0},
	"g": {"kg", 1e-3, 0}, "t": {"kg", 1e3, 0}, "m2": {"m2", 1, 0}, "m²": {"m2", 1, 0},
	"m3": {"m3", 1, 0}, "m³": {"m3", 1, 0}, "l": {"m3", 1e-3, 0}, "L": {"m3", 1e-3, 0},
	"s": {"s", 1, 0}, "%": {"%", 1, 0}, "m/s": {"m/s", 1, 0}, "K": {"K", 1, 0},
	"degC": {"K", 1, 273.15}, "°C": {"K", 1, 273.15}, "C": {"K", 1, 273.15},
	"degF": {"K", 5.0 / 9, 273.15 - 32*5.0/9}, "°F": {"K", 5.0 / 9, 273.15 - 32*5.0/9},
	"J": {"J", 1, 0}, "Wh": {"J", secHour, 0}, "eV": {"J", 1.602176634e-19, 0},
	"W": {"W", 1, 0}, "Hz": {"Hz", 1, 0}, "B": {"B", 1, 0}, "bit": {"B", 0.125, 0},
	"B/s": {"B/s", 1, 0}, "bit/s": {"B/s", 0.125, 0}, "Gy": {"Gy", 1, 0},
	"rad": {"rad", 1, 0}, "kg/m3": {"kg/m3", 1, 0}, "kg/s": {"kg/s", 1, 0},
	"m/s2": {"m/s2", 1, 0}, "W/m2": {"W/m2", 1, 0},
	// A volume per length is an area and a volume per area a length:
	// "8 l/km" is 8e-6 m3/m, which a suite writes as 8e-6 m2; "30
	// litres per square metre" of rain is a depth of 30 mm.
	"m3/m": {"m2", 1, 0}, "m3/m2": {"m", 1, 0},
}

// claimUnit converts a claim's unit to SI; an unknown unit (a currency
// code, or a unit an extractor invented) is its own SI unit.
func claimUnit(name string) unit {
	if u, ok := claimUnits[name]; ok {
		return u
	}
	return unit{name, 1, 0}
}
