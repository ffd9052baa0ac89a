package gold

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

// goldQuantity is a gold value such as "4038 km", "4,100km", "$5 million",
// "1.7%" or "120000", in the canonical unit of its dimension: the units
// of package quantity (m, kg, m2, m3, s, m/s, %, ISO currency codes, none
// for counts).
type goldQuantity struct {
	dimension string
	unit      string
	value     float64
}

type unitDef struct {
	dimension, unit string
	factor          float64
	offset          float64 // added after the factor: temperatures
}

// units maps a folded unit as gold files write it to its dimension,
// canonical unit and factor.
var units = map[string]unitDef{}

func init() {
	add := func(dim, unit string, factor float64, names ...string) {
		for _, n := range names {
			units[n] = unitDef{dim, unit, factor, 0}
		}
	}
	// Temperatures in kelvin, as package quantity gives them.
	for _, n := range []string{"°c", "ºc", "degc", "deg c", "celsius", "degree celsius", "degrees celsius", "centigrade", "degrees centigrade"} {
		units[n] = unitDef{"temperature", "K", 1, 273.15}
	}
	for _, n := range []string{"°f", "ºf", "degf", "deg f", "fahrenheit", "degree fahrenheit", "degrees fahrenheit"} {
		units[n] = unitDef{"temperature", "K", 5.0 / 9, 273.15 - 32*5.0/9}
	}
	units["k"], units["kelvin"] = unitDef{"temperature", "K", 1, 0}, unitDef{"temperature", "K", 1, 0}
	add("length", "m", 1, "m", "meter", "meters", "metre", "metres")
	add("length", "m", 1000, "km", "kilometer", "kilometers", "kilometre", "kilometres")
	add("length", "m", 0.01, "cm", "centimeter", "centimeters", "centimetre", "centimetres")
	add("length", "m", 0.001, "mm", "millimeter", "millimeters", "millimetre", "millimetres")
	add("length", "m", 1609.344, "mi", "mile", "miles")
	add("length", "m", 0.3048, "ft", "foot", "feet")
	add("length", "m", 0.9144, "yd", "yard", "yards")
	add("length", "m", 0.0254, "in", "inch", "inches")
	add("length", "m", 1852, "nmi", "nautical mile", "nautical miles")
	add("mass", "kg", 1, "kg", "kilogram", "kilograms", "kilo", "kilos")
	add("mass", "kg", 0.001, "g", "gram", "grams")
	add("mass", "kg", 1000, "t", "tonne", "tonnes", "metric ton", "metric tons")
	add("mass", "kg", 0.45359237, "lb", "lbs", "pound", "pounds")
	add("mass", "kg", 0.028349523125, "oz", "ounce", "ounces")
	add("area", "m2", 1, "m2", "m²", "sq m", "square meter", "square meters", "square metre", "square metres")
	add("area", "m2", 1e6, "km2", "km²", "sq km", "square kilometer", "square kilometers", "square kilometre", "square kilometres")
	add("area", "m2", 1e4, "ha", "hectare", "hectares")
	add("area", "m2", 4046.8564224, "acre", "acres")
	add("area", "m2", 2589988.110336, "sq mi", "mi2", "mi²", "square mile", "square miles")
	add("volume", "m3", 1, "m3", "m³", "cubic meter", "cubic meters", "cubic metre", "cubic metres")
	add("volume", "m3", 0.001, "l", "liter", "liters", "litre", "litres")
	add("volume", "m3", 0.003785411784, "gal", "gallon", "gallons")
	add("volume", "m3", 0.158987294928, "bbl", "barrel", "barrels")
	add("percent", "%", 1, "%", "percent", "per cent", "pct")
	add("duration", "s", 1, "s", "sec", "second", "seconds")
	add("duration", "s", 60, "min", "minute", "minutes")
	add("duration", "s", 3600, "h", "hr", "hour", "hours")
	add("duration", "s", 86400, "day", "days")
	add("duration", "s", 604800, "week", "weeks")
	add("duration", "s", 2629746, "month", "months") // a Gregorian year's twelfth
	add("duration", "s", 31556952, "year", "years", "yr", "yrs")
	add("speed", "m/s", 1, "m/s")
	add("speed", "m/s", 1/3.6, "km/h", "kph", "kmh")
	add("speed", "m/s", 0.44704, "mph")
	add("speed", "m/s", 1852.0/3600, "knot", "knots", "kn")
	// Earthquake magnitudes: "6.2 magnitude" (or "magnitude 6.2").
	add("magnitude", "M", 1, "magnitude")
	for code, names := range map[string][]string{
		"USD": {"$", "us$", "usd", "dollar", "dollars"},
		"EUR": {"€", "eur", "euro", "euros"},
		"GBP": {"£", "gbp", "pound sterling", "pounds sterling"},
		"JPY": {"¥", "jpy", "yen"},
		"MXN": {"mxn", "peso", "pesos"},
		"CNY": {"cny", "yuan", "rmb"},
		"INR": {"₹", "inr", "rupee", "rupees"},
		"CAD": {"cad", "c$"},
		"AUD": {"aud", "a$"},
		"CHF": {"chf"},
	} {
		add("money", code, 1, names...)
	}
}

var scaleWords = map[string]float64{
	"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9,
}

// parseQuantity reads a gold quantity: an optional currency sign, a number
// in digits (with thousands commas and a decimal point), an optional scale
// word, and an optional unit ("magnitude" may come first). A number with no unit, or followed by words
// that are not a unit ("12 injured"), is a count. An amount "per" or "a"
// thing ("€24.50 per share") is a rate of money per that thing.
func parseQuantity(s string) (goldQuantity, error) {
	rest := strings.TrimSpace(s)
	// "magnitude 6.2" is written unit first, as news writes it.
	if w, r, ok := cutWord(rest); ok && strings.EqualFold(w, "magnitude") && r != "" {
		rest = r + " " + w
	}
	var prefix *unitDef
	for _, sign := range []string{"us$", "c$", "a$", "$", "€", "£", "¥", "₹"} {
		if len(rest) > len(sign) && strings.EqualFold(rest[:len(sign)], sign) {
			u := units[sign]
			prefix = &u
			rest = strings.TrimSpace(rest[len(sign):])
			break
		}
	}
	// The number.
	i := 0
	if i < len(rest) && (rest[i] == '-' || rest[i] == '+') {
		i++
	}
	for i < len(rest) && (rest[i] >= '0' && rest[i] <= '9' || rest[i] == ',' || rest[i] == '.') {
		i++
	}
	numText := strings.ReplaceAll(rest[:i], ",", "")
	v, err := strconv.ParseFloat(numText, 64)
	if err != nil || numText == "" {
		return goldQuantity{}, fmt.Errorf("want a quantity such as \"4038 km\", \"$5 million\" or \"12\", not %q", s)
	}
	rest = strings.ToLower(strings.TrimSpace(rest[i:]))
	// A scale word: "5 million".
	if f, r, ok := cutWord(rest); ok {
		if sc, ok := scaleWords[f]; ok {
			v *= sc
			rest = r
		}
	}
	if prefix != nil {
		// "€24.50 per share", "€24.50 a share": an amount for each of a
		// thing, as package quantity writes it ("money per share",
		// "EUR/share").
		if w, r, ok := cutWord(rest); ok && (w == "per" || w == "a" || w == "an") && r != "" && !strings.ContainsAny(r, " \t") {
			if _, isUnit := units[r]; !isUnit {
				return goldQuantity{prefix.dimension + " per " + r, prefix.unit + "/" + r, v}, nil
			}
		}
		if rest != "" {
			if u, ok := units[rest]; !ok || u.dimension != "money" {
				return goldQuantity{}, fmt.Errorf("money value %q has something after the amount", s)
			}
		}
		return goldQuantity{prefix.dimension, prefix.unit, v}, nil
	}
	if rest == "" {
		return goldQuantity{"count", "", v}, nil
	}
	if u, ok := units[rest]; ok {
		return goldQuantity{u.dimension, u.unit, v*u.factor + u.offset}, nil
	}
	// "4038km": the unit glued to the number was taken as the rest; a
	// count noun is any other word.
	if w, _, _ := cutWord(rest); w != "" {
		if _, ok := units[w]; ok {
			return goldQuantity{}, fmt.Errorf("unexpected text after the unit in %q", s)
		}
	}
	return goldQuantity{"count", "", v}, nil
}

// cutWord splits off the first word of s.
func cutWord(s string) (word, rest string, ok bool) {
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	if s == "" {
		return "", "", false
	}
	i := strings.IndexFunc(s, unicode.IsSpace)
	if i < 0 {
		return s, "", true
	}
	return s[:i], strings.TrimSpace(s[i:]), true
}
