package normalize

import (
	"math"
	"strings"

	"golang.org/x/text/currency"
)

// The unit table: what a quantity is measured in, and how units convert.
//
// Factors are the exact definitions of NIST Special Publication 811 (2008
// edition), Appendix B.8 (the international foot, mile and pound of 1959,
// the US gallon, the oil barrel of 42 US gallons, the Gregorian year of
// 365.2425 days); the metric ones are SI. Currency codes are ISO 4217 as
// golang.org/x/text/currency (CLDR) knows them; the signs and English names
// are those newsrooms write, each checked against CLDR's symbols by
// TestCurrencySigns.

// KindUnit is the kind of a divergence between two quantities of one thing
// stated in units that do not agree: two currencies ("$5bn", "€5bn"), two
// dimensions that are easily confused ("1 percentage point", "1%"; "40 km",
// "40 square km"), or the same figure in two units of one dimension ("40
// km", "40 miles"; "30C", "30F").
const KindUnit Kind = "unit"

// Dimension is what a unit measures. Quantities of one dimension convert
// into each other; quantities of two dimensions, or of two currencies, do
// not.
type Dimension uint8

// Dimensions, with the base unit each converts to. The zero value is no
// unit of measurement (a count of things).
const (
	DimLength          Dimension = iota + 1 // metre
	DimArea                                 // square metre
	DimVolume                               // cubic metre
	DimMass                                 // kilogram
	DimTemperature                          // kelvin
	DimSpeed                                // metre per second
	DimDuration                             // second
	DimPercent                              // per cent: a share
	DimPercentagePoint                      // percentage point: a difference of shares
	DimMoney                                // a currency; currencies never convert
)

var dimensionNames = [...]string{"", "length", "area", "volume", "mass", "temperature",
	"speed", "duration", "percent", "percentage points", "money"}

// String returns the dimension as a word: "length", "money"; "" for none.
// The masked form writes a measured quantity as this word.
func (d Dimension) String() string {
	if int(d) < len(dimensionNames) {
		return dimensionNames[d]
	}
	return ""
}

// Measure is the unit a quantity is stated in: a unit of measurement or a
// currency. The zero value is none (a count of things).
type Measure struct {
	// Name is the unit's symbol: "km", "m³", "°C", "%", "pp"; for money an
	// ISO 4217 code ("EUR"), or a sign that several currencies share when
	// the text does not say which: "$" ("$40 million", "40 million
	// dollars"), "¥", "rupee", "franc", "peso", "krone".
	Name string
	Dim  Dimension
	// Factor and Offset give the value in the base unit of Dim: v*Factor +
	// Offset. Offset is non-zero only for a temperature read as a reading
	// ("30C"), zero for a change of temperature ("rose by 5C"), so that
	// changes convert by the factor alone. Factor is zero for money and for
	// "degrees" of no stated scale.
	Factor, Offset float64
}

// family returns the shared sign of a currency: "$" for "USD" and "AUD".
func (m Measure) family() string {
	if f, ok := currencyFamilies[m.Name]; ok {
		return f
	}
	return m.Name
}

// sameCurrency reports whether two amounts of money can be in one
// currency: one code, or a shared sign and a code of that family ("$" and
// "USD").
func sameCurrency(a, b Measure) bool {
	if a.Name == b.Name {
		return true
	}
	fa, fb := a.family(), b.family()
	return fa == fb && (fa == a.Name || fb == b.Name)
}

// related reports whether quantities in a and b may be compared as one
// thing: the same dimension, two amounts of money, or two dimensions that
// writers confuse (per cent and percentage points; lengths, areas and
// volumes).
func related(a, b Measure) bool {
	if a.Dim == b.Dim {
		return true
	}
	pct := func(d Dimension) bool { return d == DimPercent || d == DimPercentagePoint }
	space := func(d Dimension) bool { return d == DimLength || d == DimArea || d == DimVolume }
	return pct(a.Dim) && pct(b.Dim) || space(a.Dim) && space(b.Dim)
}

// convertible reports whether values in a and b convert into each other.
func convertible(a, b Measure) bool {
	switch {
	case a.Dim != b.Dim:
		return false
	case a.Dim == DimMoney:
		return sameCurrency(a, b)
	}
	return true
}

// temperature readings: kelvin = (v + offset) * factor, written here as
// v*Factor + Offset.
const (
	celsiusOffset    = 273.15
	fahrenheitFactor = 5.0 / 9
	fahrenheitOffset = 459.67 * 5 / 9
)

// measureEntry is one way of writing a unit: its words as tokens (lower
// case), the measure, and whether it must be glued to the digits ("5kg";
// "30C" but not "30 C").
type measureEntry struct {
	words []string
	m     Measure
	glued bool
	upper bool // the first token must be a capital ("30C", not "30c": cents)
	lower bool // it must not be ("5g" is grams, "5G" a network)
}

// measureTable lists the units, grouped by dimension. Plural and singular,
// British and American spellings each have a row.
var measureTable = func() []measureEntry {
	var t []measureEntry
	add := func(m Measure, forms ...string) {
		for _, f := range forms {
			e := measureEntry{m: m}
			if strings.HasPrefix(f, "=") { // only glued to the digits
				e.glued, f = true, f[1:]
			}
			if strings.HasPrefix(f, "^") { // glued, and a capital
				e.glued, e.upper, f = true, true, f[1:]
			}
			if strings.HasPrefix(f, "_") { // glued, and lower case
				e.glued, e.lower, f = true, true, f[1:]
			}
			e.words = strings.Fields(f)
			t = append(t, e)
		}
	}
	metre := func(name string, f float64, prefixes ...string) {
		var forms []string
		for _, p := range prefixes {
			forms = append(forms, p+"metre", p+"metres", p+"meter", p+"meters")
		}
		add(Measure{name, DimLength, f, 0}, forms...)
		var sq, cu []string
		for _, p := range prefixes {
			for _, w := range []string{"metre", "metres", "meter", "meters"} {
				sq = append(sq, "square "+p+w, "sq "+p+w, "sq . "+p+w)
				cu = append(cu, "cubic "+p+w)
			}
		}
		add(Measure{name + "²", DimArea, f * f, 0}, sq...)
		add(Measure{name + "³", DimVolume, f * f * f, 0}, cu...)
	}
	// Length.
	metre("m", 1, "")
	add(Measure{"m", DimLength, 1, 0}, "m")
	metre("km", 1000, "kilo")
	add(Measure{"km", DimLength, 1000, 0}, "km", "kms", "kilometre", "kilometres")
	metre("cm", 0.01, "centi")
	add(Measure{"cm", DimLength, 0.01, 0}, "cm", "cms")
	metre("mm", 0.001, "milli")
	add(Measure{"mm", DimLength, 0.001, 0}, "mm")
	add(Measure{"mi", DimLength, 1609.344, 0}, "mile", "miles", "mi")
	add(Measure{"nmi", DimLength, 1852, 0}, "nautical mile", "nautical miles")
	add(Measure{"ft", DimLength, 0.3048, 0}, "foot", "feet", "ft")
	add(Measure{"in", DimLength, 0.0254, 0}, "inch", "inches", "=in")
	add(Measure{"yd", DimLength, 0.9144, 0}, "yard", "yards", "yd", "yds")
	// Area.
	add(Measure{"m²", DimArea, 1, 0}, "m2", "m ²", "sq m", "sqm")
	add(Measure{"km²", DimArea, 1e6, 0}, "km2", "km ²", "sq km", "sq . km", "square km", "square kilometer", "square kilometers")
	add(Measure{"mi²", DimArea, 1609.344 * 1609.344, 0}, "square mile", "square miles", "sq mi", "sq . mi", "sq miles", "sq . miles")
	add(Measure{"ft²", DimArea, 0.3048 * 0.3048, 0}, "square foot", "square feet", "sq ft", "sq . ft", "sq feet", "sq . feet")
	add(Measure{"ha", DimArea, 1e4, 0}, "hectare", "hectares", "ha")
	add(Measure{"acre", DimArea, 4046.8564224, 0}, "acre", "acres")
	// Volume.
	add(Measure{"m³", DimVolume, 1, 0}, "m3", "m ³", "cubic m", "cu m")
	add(Measure{"ft³", DimVolume, 0.3048 * 0.3048 * 0.3048, 0}, "cubic foot", "cubic feet", "cu ft")
	add(Measure{"L", DimVolume, 1e-3, 0}, "litre", "litres", "liter", "liters", "=l")
	add(Measure{"mL", DimVolume, 1e-6, 0}, "millilitre", "millilitres", "milliliter", "milliliters", "ml")
	add(Measure{"gal", DimVolume, 3.785411784e-3, 0}, "gallon", "gallons", "gal")
	add(Measure{"bbl", DimVolume, 0.158987294928, 0}, "barrel", "barrels", "bbl")
	// Mass. A "ton" is a short, long or metric ton as the writer's country
	// has it: its factor is the metric ton's, and tonSlack covers the others.
	add(Measure{"kg", DimMass, 1, 0}, "kg", "kgs", "kilogram", "kilograms", "kilogramme", "kilogrammes", "kilo", "kilos")
	add(Measure{"g", DimMass, 1e-3, 0}, "gram", "grams", "gramme", "grammes", "_g")
	add(Measure{"mg", DimMass, 1e-6, 0}, "milligram", "milligrams", "mg")
	add(Measure{"t", DimMass, 1000, 0}, "tonne", "tonnes", "metric ton", "metric tons")
	add(Measure{"ton", DimMass, 1000, 0}, "ton", "tons")
	add(Measure{"lb", DimMass, 0.45359237, 0}, "pound", "pounds", "lb", "lbs")
	add(Measure{"oz", DimMass, 0.028349523125, 0}, "ounce", "ounces", "oz")
	// Temperature: a reading; a change of it drops the Offset (see Measure).
	celsius := Measure{"°C", DimTemperature, 1, celsiusOffset}
	fahrenheit := Measure{"°F", DimTemperature, fahrenheitFactor, fahrenheitOffset}
	add(celsius, "° c", "º c", "℃", "degrees c", "degree c", "degrees celsius", "degree celsius", "celsius",
		"degrees centigrade", "centigrade", "^c")
	add(fahrenheit, "° f", "º f", "℉", "degrees f", "degree f", "degrees fahrenheit", "degree fahrenheit", "fahrenheit", "^f")
	add(Measure{"°", DimTemperature, 0, 0}, "degrees", "°", "º")
	// Speed.
	add(Measure{"km/h", DimSpeed, 1 / 3.6, 0}, "km / h", "km / hr", "kph", "kmh", "km per hour", "km an hour",
		"kilometres per hour", "kilometers per hour", "kilometres an hour", "kilometers an hour")
	add(Measure{"mph", DimSpeed, 0.44704, 0}, "mph", "miles per hour", "miles an hour", "mile per hour", "mile an hour")
	add(Measure{"m/s", DimSpeed, 1, 0}, "m / s", "metres per second", "meters per second", "metres a second", "meters a second")
	add(Measure{"kn", DimSpeed, 1852.0 / 3600, 0}, "knot", "knots", "kt", "kts")
	// Duration. A month is a twelfth of the Gregorian year.
	add(Measure{"s", DimDuration, 1, 0}, "second", "seconds", "sec", "secs")
	add(Measure{"min", DimDuration, 60, 0}, "minute", "minutes", "min", "mins")
	add(Measure{"h", DimDuration, 3600, 0}, "hour", "hours", "hr", "hrs")
	add(Measure{"d", DimDuration, 86400, 0}, "day", "days")
	add(Measure{"wk", DimDuration, 7 * 86400, 0}, "week", "weeks")
	add(Measure{"fortnight", DimDuration, 14 * 86400, 0}, "fortnight", "fortnights")
	add(Measure{"mo", DimDuration, 31556952.0 / 12, 0}, "month", "months")
	add(Measure{"yr", DimDuration, 31556952, 0}, "year", "years", "yr", "yrs")
	add(Measure{"decade", DimDuration, 315569520, 0}, "decade", "decades")
	add(Measure{"century", DimDuration, 3155695200, 0}, "century", "centuries")
	// Shares and differences of shares.
	add(Measure{"%", DimPercent, 1, 0}, "%", "percent", "per cent", "per - cent", "pct", "=pc")
	add(Measure{"pp", DimPercentagePoint, 1, 0}, "percentage point", "percentage points", "percent point", "percent points",
		"per cent point", "per cent points", "pp", "ppt", "ppts", "% point", "% points")
	add(Measure{"bp", DimPercentagePoint, 0.01, 0}, "basis point", "basis points", "bp", "bps", "=bp")
	// Money, written after the figure: "40 million dollars", "5bn yen".
	for _, c := range currencyWords {
		add(Measure{c.code, DimMoney, 0, 0}, c.words...)
	}
	return t
}()

// measuresByFirst indexes measureTable by first token, longest forms first.
var measuresByFirst = func() map[string][]measureEntry {
	m := map[string][]measureEntry{}
	for _, e := range measureTable {
		m[e.words[0]] = append(m[e.words[0]], e)
	}
	for k, es := range m {
		for i := 1; i < len(es); i++ { // insertion sort: longest first, stable
			for j := i; j > 0 && len(es[j].words) > len(es[j-1].words); j-- {
				es[j], es[j-1] = es[j-1], es[j]
			}
		}
		m[k] = es
	}
	return m
}()

// tonSlack is how far a "ton" may be from a metric ton: a short ton is
// 907.18474 kg, a long ton 1016.0469088 kg.
const tonSlack = 0.1

// currencyWord is a currency as English text names it after a figure.
type currencyWord struct {
	code  string
	words []string
}

// currencyWords are the English names of currencies, with the country
// adjectives newsrooms put before them. A name that several currencies
// share ("dollars", "francs") is their family sign (see Measure.Name).
var currencyWords = []currencyWord{
	{"$", []string{"dollar", "dollars"}},
	{"USD", []string{"us dollar", "us dollars", "u.s. dollar", "u.s. dollars", "american dollars", "usd"}},
	{"AUD", []string{"australian dollar", "australian dollars", "aud"}},
	{"CAD", []string{"canadian dollar", "canadian dollars", "cad"}},
	{"HKD", []string{"hong kong dollar", "hong kong dollars", "hkd"}},
	{"NZD", []string{"new zealand dollar", "new zealand dollars", "nzd"}},
	{"SGD", []string{"singapore dollar", "singapore dollars", "sgd"}},
	{"TWD", []string{"taiwan dollar", "taiwan dollars", "new taiwan dollars", "twd"}},
	{"EUR", []string{"euro", "euros", "eur"}},
	{"GBP", []string{"pounds sterling", "pound sterling", "sterling", "british pounds", "gbp"}},
	{"EGP", []string{"egyptian pound", "egyptian pounds", "egp"}},
	{"JPY", []string{"yen", "japanese yen", "jpy"}},
	{"CNY", []string{"yuan", "renminbi", "chinese yuan", "cny", "rmb"}},
	{"rupee", []string{"rupee", "rupees"}},
	{"INR", []string{"indian rupee", "indian rupees", "inr"}},
	{"PKR", []string{"pakistani rupee", "pakistani rupees", "pkr"}},
	{"RUB", []string{"rouble", "roubles", "ruble", "rubles", "rub"}},
	{"franc", []string{"franc", "francs"}},
	{"CHF", []string{"swiss franc", "swiss francs", "chf"}},
	{"peso", []string{"peso", "pesos"}},
	{"MXN", []string{"mexican peso", "mexican pesos", "mxn"}},
	{"krone", []string{"krona", "kronor", "krone", "kroner"}},
	{"SEK", []string{"swedish krona", "swedish kronor", "sek"}},
	{"NOK", []string{"norwegian krone", "norwegian kroner", "nok"}},
	{"DKK", []string{"danish krone", "danish kroner", "dkk"}},
	{"KRW", []string{"krw"}}, // "won" only after a scale, see measureAt
	{"ZAR", []string{"rand", "zar"}},
	{"NGN", []string{"naira", "ngn"}},
	{"ILS", []string{"shekel", "shekels", "ils"}},
	{"TRY", []string{"lira", "liras", "lire", "turkish lira"}},
	{"BRL", []string{"reais", "brazilian real", "brazilian reais", "brl"}},
	{"IDR", []string{"rupiah", "idr"}},
	{"MYR", []string{"ringgit", "myr"}},
	{"THB", []string{"baht", "thb"}},
	{"PLN", []string{"zloty", "zlotys", "zlotys", "pln"}},
	{"HUF", []string{"forint", "forints", "huf"}},
	{"UAH", []string{"hryvnia", "hryvnias", "uah"}},
	{"dinar", []string{"dinar", "dinars"}},
	{"riyal", []string{"riyal", "riyals", "rial", "rials"}},
	{"AED", []string{"dirham", "dirhams", "aed"}},
	{"shilling", []string{"shilling", "shillings"}},
	{"KES", []string{"kenyan shilling", "kenyan shillings", "kes"}},
}

// currencyFamilies maps a currency code to the sign or name it shares with
// others, for the codes whose family a text may name without the country.
var currencyFamilies = map[string]string{
	"USD": "$", "AUD": "$", "CAD": "$", "HKD": "$", "NZD": "$", "SGD": "$", "TWD": "$",
	"JPY": "¥", "CNY": "¥", "INR": "rupee", "PKR": "rupee", "CHF": "franc", "MXN": "peso",
	"SEK": "krone", "NOK": "krone", "DKK": "krone", "KES": "shilling",
	"GBP": "£", "IQD": "dinar", "KWD": "dinar", "JOD": "dinar", "BHD": "dinar", "LYD": "dinar",
	"TND": "dinar", "DZD": "dinar", "RSD": "dinar", "SAR": "riyal", "QAR": "riyal", "OMR": "riyal",
	"YER": "riyal", "IRR": "riyal",
}

// newsroomSigns are signs that wire services write and CLDR does not list
// for their currency in English: Reuters' "C$" and "S$", and "AU$".
var newsroomSigns = set("c$", "s$", "au$")

// currencySigns map a sign written before a figure, or a prefix glued to
// "$", to its currency (see currencyWords for the shared signs).
var currencySigns = map[string]string{
	"$": "$", "us$": "USD", "a$": "AUD", "au$": "AUD", "c$": "CAD", "ca$": "CAD",
	"hk$": "HKD", "nz$": "NZD", "s$": "SGD", "nt$": "TWD", "r$": "BRL",
	"€": "EUR", "£": "GBP", "¥": "¥", "₹": "INR", "₽": "RUB", "₩": "KRW", "₪": "ILS",
	"₺": "TRY", "₦": "NGN", "₱": "PHP", "₫": "VND", "฿": "THB", "₴": "UAH",
	"rs": "rupee", "rs.": "rupee",
}

// currencyNames are what Number.Unit says of a currency sign: "$" ->
// "dollars", as the text would say it.
var currencyNames = map[string]string{
	"$": "dollars", "USD": "us dollars", "AUD": "australian dollars", "CAD": "canadian dollars",
	"HKD": "hong kong dollars", "NZD": "new zealand dollars", "SGD": "singapore dollars",
	"TWD": "taiwan dollars", "BRL": "reais", "EUR": "euros", "GBP": "pounds", "¥": "yen",
	"INR": "rupees", "RUB": "roubles", "KRW": "won", "ILS": "shekels", "TRY": "lira",
	"NGN": "naira", "PHP": "pesos", "VND": "dong", "THB": "baht", "UAH": "hryvnias", "rupee": "rupees",
}

// isoCodeAt reports whether token i is an ISO 4217 currency code written in
// capitals ("USD 40 million", "40m EUR"), by golang.org/x/text/currency.
// Codes that are also English words in capitals ("ALL", "TOP") are not.
func (p *parser) isoCodeAt(i int) (string, bool) {
	if p.kindAt(i) != tWord || len(p.toks[i].lc) != 3 {
		return "", false
	}
	t := &p.toks[i]
	raw := p.s[t.Start:t.End]
	for k := 0; k < 3; k++ {
		if raw[k] < 'A' || raw[k] > 'Z' {
			return "", false
		}
	}
	if notCodes[raw] {
		return "", false
	}
	u, err := currency.ParseISO(raw)
	if err != nil || u.String() == "XXX" {
		return "", false
	}
	return u.String(), true
}

// notCodes are ISO 4217 codes that, in capitals, are more often words or
// names in news text.
var notCodes = set("ALL", "TOP", "CUP", "PEN", "MAD", "BOB", "GEL", "SOS", "MOP", "AMD", "BAM",
	"CVE", "GIP", "MRO", "STD", "SRD", "BND", "KID", "ANG", "ERN", "HNL", "LAK")

// measureAt reads a unit of measurement or currency at token i, after a
// figure: "km", "cubic metres", "°C", "per cent", "basis points", "euros".
// money says that the figure reads as money ("£5m", "5 million pounds"):
// "pounds" is then sterling, not weight. It returns the measure, its name
// as Number.Unit writes it, and the index after it.
func (p *parser) measureAt(i int, money bool) (Measure, string, int, bool) {
	if p.kindAt(i) == 0 {
		return Measure{}, "", i, false
	}
	if code, ok := p.isoCodeAt(i); ok {
		return Measure{code, DimMoney, 0, 0}, Fold(code), i + 1, true
	}
	lc := p.toks[i].lc
	if lc == "won" && money && !p.glued(i) {
		return Measure{"KRW", DimMoney, 0, 0}, "won", i + 1, true
	}
	if !p.is(i, fUnitStart) {
		return Measure{}, "", i, false // most words after a figure: no map lookup
	}
	measures, _ := measuresByEntry.valueAt(p, i)
	for _, e := range measures {
		if e.glued && !p.glued(i) || e.upper && !p.toks[i].isUpper() || e.lower && p.toks[i].isUpper() {
			continue
		}
		end, ok := p.match(i, e.words)
		if !ok {
			continue
		}
		// Inside the words of a unit there is no space before punctuation
		// ("km/h", "m²"), and the unit ends at a word boundary ("km" is not
		// "kmart").
		if p.kindAt(end) == tWord && p.glued(end) {
			continue
		}
		m := e.m
		if m.Dim == DimMass && m.Name == "lb" && money {
			m = Measure{"GBP", DimMoney, 0, 0}
		}
		return m, foldWords(p.text(i, end)), end, true
	}
	return Measure{}, "", i, false
}

// toBase returns v, a value in m, in the base unit of its dimension.
func (m Measure) toBase(v float64) float64 {
	if math.IsInf(v, 0) {
		return v
	}
	return v*m.Factor + m.Offset
}
