package quantity

// Currencies. Money is never converted between currencies, only named by
// its ISO 4217 code.

// currencySymbols are written before the amount: "$5", "€10M", "US$2bn".
// A symbol may be glued to a country prefix ("US", "C", "A", "HK"), which
// the tokenizer gives as a word right before it.
var currencySymbols = map[string]string{
	"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₩": "KRW",
	"₽": "RUB", "₺": "TRY", "₱": "PHP", "₦": "NGN", "₪": "ILS", "₫": "VND",
	"₴": "UAH", "฿": "THB", "₡": "CRC", "₲": "PYG", "₵": "GHS", "元": "CNY",
}

// dollarPrefixes name the dollar (or peso) a "$" stands for: "US$",
// "C$", "A$", "HK$", "NZ$", "S$", "NT$", "R$", "MX$".
var dollarPrefixes = map[string]string{
	"us": "USD", "u.s.": "USD", "usd": "USD", "c": "CAD", "ca": "CAD", "can": "CAD", "cad": "CAD",
	"a": "AUD", "au": "AUD", "aud": "AUD", "hk": "HKD", "nz": "NZD", "s": "SGD", "sg": "SGD",
	"nt": "TWD", "r": "BRL", "mx": "MXN", "mex": "MXN", "col": "COP", "ar": "ARS", "cl": "CLP",
	"z": "ZWL", "j": "JMD", "tt": "TTD", "bds": "BBD", "ec": "XCD", "rd": "DOP", "n": "NAD",
	"fj": "FJD", "l": "LRD",
}

// currencyCodes are ISO codes (and a few common abbreviations) written
// before or after the amount: "USD 5 million", "500 euros", "Rs 200".
var currencyCodes = map[string]string{
	"USD": "USD", "EUR": "EUR", "GBP": "GBP", "JPY": "JPY", "CNY": "CNY", "RMB": "CNY",
	"INR": "INR", "MXN": "MXN", "CAD": "CAD", "AUD": "AUD", "CHF": "CHF", "RUB": "RUB",
	"BRL": "BRL", "KRW": "KRW", "ZAR": "ZAR", "TRY": "TRY", "SEK": "SEK", "NOK": "NOK",
	"DKK": "DKK", "PLN": "PLN", "HUF": "HUF", "CZK": "CZK", "ILS": "ILS", "AED": "AED",
	"SAR": "SAR", "QAR": "QAR", "KWD": "KWD", "EGP": "EGP", "NGN": "NGN", "KES": "KES",
	"GHS": "GHS", "PKR": "PKR", "BDT": "BDT", "LKR": "LKR", "IDR": "IDR", "MYR": "MYR",
	"THB": "THB", "VND": "VND", "PHP": "PHP", "SGD": "SGD", "HKD": "HKD", "TWD": "TWD",
	"NZD": "NZD", "ARS": "ARS", "CLP": "CLP", "COP": "COP", "PEN": "PEN", "UAH": "UAH",
	"VES": "VES", "BTC": "BTC", "Rs": "INR", "Rs.": "INR", "INR.": "INR", "Sh": "KES",
	"Ksh": "KES", "KSh": "KES", "Tk": "BDT", "Rp": "IDR", "RM": "MYR", "zł": "PLN",
	"Dh": "AED", "Dhs": "AED", "SR": "SAR", "QR": "QAR", "Fr": "CHF", "SFr": "CHF",
	"kr": "SEK", "Kč": "CZK", "R": "ZAR", "N": "NGN", "P": "PHP", "Rupees": "INR",
}

// currencyWords name a currency after the amount: "500 dollars",
// "2 million pesos". Words whose currency depends on the country are
// refined by a nationality before them (see nationalCurrency).
var currencyWords = map[string]string{
	"dollar": "USD", "dollars": "USD", "buck": "USD", "bucks": "USD",
	"euro": "EUR", "euros": "EUR", "eur": "EUR",
	"sterling": "GBP", "quid": "GBP",
	"yen": "JPY", "yuan": "CNY", "renminbi": "CNY",
	"peso": "MXN", "pesos": "MXN",
	"rupee": "INR", "rupees": "INR",
	"rouble": "RUB", "roubles": "RUB", "ruble": "RUB", "rubles": "RUB",
	"reais": "BRL", "real": "BRL",
	"lira": "TRY", "liras": "TRY", "lire": "TRY",
	"rand": "ZAR", "naira": "NGN", "cedi": "GHS", "cedis": "GHS",
	"shekel": "ILS", "shekels": "ILS", "sheqel": "ILS",
	"dirham": "AED", "dirhams": "AED", "riyal": "SAR", "riyals": "SAR",
	"dinar": "KWD", "dinars": "KWD",
	"franc": "CHF", "francs": "CHF",
	"krona": "SEK", "kronor": "SEK", "krone": "NOK", "kroner": "NOK",
	"zloty": "PLN", "zlotys": "PLN", "zlotych": "PLN", "forint": "HUF", "forints": "HUF",
	"koruna": "CZK", "hryvnia": "UAH", "hryvnias": "UAH", "hryvnas": "UAH",
	"baht": "THB", "ringgit": "MYR", "rupiah": "IDR", "dong": "VND",
	"taka": "BDT", "bolivar": "VES", "bolivars": "VES", "bolívares": "VES",
	"soles": "PEN", "sol": "PEN", "quetzal": "GTQ", "quetzales": "GTQ",
	"lempira": "HNL", "lempiras": "HNL", "cordoba": "NIO", "cordobas": "NIO",
	"colon": "CRC", "colones": "CRC", "bitcoin": "BTC", "bitcoins": "BTC",
	"cents": "USD", "cent": "USD", "pence": "GBP", "penny": "GBP", "dime": "USD", "dimes": "USD",
	"nickel": "USD", "nickels": "USD", "shilling": "KES", "shillings": "KES", "rial": "IRR", "rials": "IRR",
	"won": "KRW", "pound": "GBP", "pounds": "GBP",
}

// subunits are the fractions of a currency some coins name.
var subunits = map[string]float64{"cents": 0.01, "cent": 0.01, "pence": 0.01, "penny": 0.01,
	"dime": 0.1, "dimes": 0.1, "nickel": 0.05, "nickels": 0.05}

// nationalCurrency refines a currency word by the nationality before it:
// "Canadian dollars", "Argentine pesos", "Pakistani rupees".
var nationalCurrency = map[string]map[string]string{
	"dollar": {
		"us": "USD", "u.s.": "USD", "american": "USD", "canadian": "CAD", "australian": "AUD",
		"hong": "HKD", "kong": "HKD", "singapore": "SGD", "singaporean": "SGD", "taiwan": "TWD",
		"taiwanese": "TWD", "zealand": "NZD", "jamaican": "JMD", "namibian": "NAD", "zimbabwean": "ZWL",
		"liberian": "LRD", "fijian": "FJD", "caribbean": "XCD", "barbadian": "BBD", "trinidad": "TTD",
	},
	"peso": {
		"mexican": "MXN", "argentine": "ARS", "argentinian": "ARS", "argentinean": "ARS",
		"colombian": "COP", "chilean": "CLP", "philippine": "PHP", "filipino": "PHP", "cuban": "CUP",
		"dominican": "DOP", "uruguayan": "UYU",
	},
	"rupee": {
		"indian": "INR", "pakistani": "PKR", "sri": "LKR", "lankan": "LKR", "nepali": "NPR",
		"nepalese": "NPR", "mauritian": "MUR",
	},
	"pound": {
		"british": "GBP", "egyptian": "EGP", "lebanese": "LBP", "sudanese": "SDG", "syrian": "SYP",
	},
	"franc": {
		"swiss": "CHF", "cfa": "XOF", "congolese": "CDF", "rwandan": "RWF", "guinean": "GNF",
	},
	"dinar": {
		"kuwaiti": "KWD", "iraqi": "IQD", "jordanian": "JOD", "bahraini": "BHD", "libyan": "LYD",
		"algerian": "DZD", "tunisian": "TND", "serbian": "RSD",
	},
	"riyal":    {"saudi": "SAR", "qatari": "QAR", "omani": "OMR", "iranian": "IRR", "yemeni": "YER"},
	"rial":     {"iranian": "IRR", "omani": "OMR", "yemeni": "YER"},
	"krona":    {"swedish": "SEK", "icelandic": "ISK"},
	"krone":    {"norwegian": "NOK", "danish": "DKK"},
	"yuan":     {"chinese": "CNY"},
	"yen":      {"japanese": "JPY"},
	"won":      {"korean": "KRW", "south": "KRW", "north": "KPW"},
	"shilling": {"kenyan": "KES", "ugandan": "UGX", "tanzanian": "TZS", "somali": "SOS"},
}

// currencyBase maps plural and subunit words to the key used in
// nationalCurrency.
// moneyNouns are what an amount of pounds sterling pays for or is:
// "5 million pounds of funding" is money, "5 million pounds of copper"
// a mass.
var moneyNouns = map[string]bool{
	"funding": true, "funds": true, "aid": true, "investment": true, "investments": true,
	"spending": true, "cash": true, "money": true, "revenue": true, "revenues": true,
	"damages": true, "debt": true, "debts": true, "savings": true, "profit": true,
	"profits": true, "losses": true, "taxpayers": true, "taxpayers'": true, "public": true,
	"grants": true, "loans": true, "support": true, "subsidies": true, "compensation": true,
	"assets": true, "income": true, "sales": true, "bonuses": true, "fines": true,
}

func currencyBase(w string) string {
	switch w {
	case "dollars", "cents", "cent", "bucks", "dimes", "dime", "nickel", "nickels":
		return "dollar"
	case "pesos":
		return "peso"
	case "rupees":
		return "rupee"
	case "pounds", "pence":
		return "pound"
	case "francs":
		return "franc"
	case "dinars":
		return "dinar"
	case "riyals":
		return "riyal"
	case "rials":
		return "rial"
	case "kronor":
		return "krona"
	case "kroner":
		return "krone"
	case "shillings":
		return "shilling"
	}
	return w
}

// currencySign gives the display prefix of a currency.
func currencySign(code string) string {
	switch code {
	case "USD":
		return "$"
	case "EUR":
		return "€"
	case "GBP":
		return "£"
	case "JPY":
		return "¥"
	case "INR":
		return "₹"
	}
	return code + " "
}
