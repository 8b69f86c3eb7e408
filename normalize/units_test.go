package normalize

import (
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"golang.org/x/text/currency"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

// quant is the part of a Number a quantity table states.
type quant struct {
	Text           string
	Value, Low, Hi float64
	Hedge          string
	Measure        string // Measure.Name
	Dim            Dimension
	Type           NumberType
}

func quants(s string) []quant {
	var out []quant
	for _, n := range Of[Number](Extract(s)) {
		out = append(out, quant{n.Text, n.Value, n.Low, n.High, n.Hedge, n.Measure.Name, n.Measure.Dim, n.Type})
	}
	return out
}

func TestQuantities(t *testing.T) {
	tests := []struct {
		in   string
		want []quant
	}{
		// Currencies: signs, codes, names; a sign shared by several currencies.
		{"The fund holds $5bn.", []quant{{"$5bn", 5e9, 5e9, 5e9, "", "$", DimMoney, Cardinal}}},
		{"The fund holds €5bn.", []quant{{"€5bn", 5e9, 5e9, 5e9, "", "EUR", DimMoney, Cardinal}}},
		{"Repairs will cost 40 million dollars.", []quant{{"40 million dollars", 4e7, 4e7, 4e7, "", "$", DimMoney, Cardinal}}},
		{"Repairs will cost 40 million euros.", []quant{{"40 million euros", 4e7, 4e7, 4e7, "", "EUR", DimMoney, Cardinal}}},
		{"It raised USD 40m in March.", []quant{{"USD 40m", 4e7, 4e7, 4e7, "", "USD", DimMoney, Cardinal}}},
		{"It raised EUR1.2bn in March.", []quant{{"EUR1.2bn", 1.2e9, 1.2e9, 1.2e9, "", "EUR", DimMoney, Cardinal}}},
		{"It raised 40m EUR from banks.", []quant{{"40m EUR", 4e7, 4e7, 4e7, "", "EUR", DimMoney, Cardinal}}},
		{"The deal is worth A$2.5 billion.", []quant{{"A$2.5 billion", 2.5e9, 2.5e9, 2.5e9, "", "AUD", DimMoney, Cardinal}}},
		{"The deal is worth HK$300m.", []quant{{"HK$300m", 3e8, 3e8, 3e8, "", "HKD", DimMoney, Cardinal}}},
		{"Fines reached £5m.", []quant{{"£5m", 5e6, 5e6, 5e6, "", "GBP", DimMoney, Cardinal}}},
		{"Fines reached 5 million pounds.", []quant{{"5 million pounds", 5e6, 5e6, 5e6, "", "GBP", DimMoney, Cardinal}}},
		{"The box held 5 pounds of sugar.", []quant{{"5 pounds", 5, 5, 5, "", "lb", DimMass, Cardinal}}},
		{"It paid ¥800 billion.", []quant{{"¥800 billion", 8e11, 8e11, 8e11, "", "¥", DimMoney, Cardinal}}},
		{"It paid 800 billion yen.", []quant{{"800 billion yen", 8e11, 8e11, 8e11, "", "JPY", DimMoney, Cardinal}}},
		{"The bill came to Rs 500.", []quant{{"Rs 500", 500, 500, 500, "", "rupee", DimMoney, Cardinal}}},
		{"ALL 5 members voted.", []quant{{"5", 5, 5, 5, "", "", 0, Cardinal}}},
		// Fractions of a scale are amounts: "half a billion" is not "a billion".
		{"They spent half a billion dollars.", []quant{{"half a billion dollars", 5e8, 5e8, 5e8, "", "$", DimMoney, Cardinal}}},
		{"They spent a quarter of a million pounds.", []quant{{"a quarter of a million pounds", 2.5e5, 2.5e5, 2.5e5, "", "GBP", DimMoney, Cardinal}}},
		{"A half million people came.", []quant{{"A half million", 5e5, 5e5, 5e5, "", "", 0, Cardinal}}},
		{"Half a dozen boats sank.", []quant{{"Half a dozen", 6, 6, 6, "", "", 0, Cardinal}}},
		{"They walked half a mile.", []quant{{"half a mile", 0.5, 0.5, 0.5, "", "mi", DimLength, Cardinal}}},
		{"Rates rose a quarter of a percentage point.", []quant{{"a quarter of a percentage point", 0.25, 0.25, 0.25, "", "pp", DimPercentagePoint, Cardinal}}},
		{"Rates rose a quarter percentage point.", []quant{{"a quarter percentage point", 0.25, 0.25, 0.25, "", "pp", DimPercentagePoint, Cardinal}}},
		// "by a fifth" is a share, not the fifth of something.
		{"Sales fell by a fifth.", []quant{{"a fifth", 0.2, 0.2, 0.2, "", "", 0, Fraction}}},
		{"Sales fell by a quarter in 2020.", []quant{{"a quarter", 0.25, 0.25, 0.25, "", "", 0, Fraction}}},
		{"One fifth of voters stayed home.", []quant{{"One fifth", 0.2, 0.2, 0.2, "", "", 0, Fraction}}},
		{"He won a third term.", []quant{{"third", 3, 3, 3, "", "", 0, Ordinal}}},
		// Ranges, and changes that are not ranges.
		{"From 200 to 300 people were evacuated.", []quant{{"From 200 to 300", 250, 200, 300, "from", "", 0, Cardinal}}},
		{"Estimates ranged from 200 to 300 deaths.", []quant{{"from 200 to 300", 250, 200, 300, "from", "", 0, Cardinal}}},
		{"The toll rose from 200 to 300.", []quant{{"200", 200, 200, 200, "", "", 0, Cardinal}, {"300", 300, 300, 300, "", "", 0, Cardinal}}},
		{"Two or three boats sank.", []quant{{"Two or three", 2.5, 2, 3, "", "", 0, Cardinal}}},
		{"In excess of 500 homes flooded.", []quant{{"In excess of 500", 500, 500, inf, "in excess of", "", 0, Cardinal}}},
		// Hedges after the figure.
		{"An 80-plus crowd gathered.", []quant{{"80-plus", 80, 80, inf, "plus", "", 0, Cardinal}}},
		{"80+ people gathered.", []quant{{"80+", 80, 80, inf, "+", "", 0, Cardinal}}},
		{"Some 80-odd people gathered.", []quant{{"Some 80-odd", 80, 80, 88, "odd", "", 0, Cardinal}}},
		{"50 or so people gathered.", []quant{{"50 or so", 50, 47.5, 52.5, "or so", "", 0, Cardinal}}},
		{"Ten or more people gathered.", []quant{{"Ten or more", 10, 10, inf, "or more", "", 0, Cardinal}}},
		// Vague quantities are intervals.
		{"A few people gathered.", []quant{{"A few", 2, 2, 6, "", "", 0, Cardinal}}},
		{"Several people gathered.", []quant{{"Several", 3, 3, 9, "", "", 0, Cardinal}}},
		{"Several hundred people gathered.", []quant{{"Several hundred", 300, 300, 900, "", "", 0, Cardinal}}},
		{"A few thousand people gathered.", []quant{{"A few thousand", 2000, 2000, 6000, "", "", 0, Cardinal}}},
		{"Scores of people gathered.", []quant{{"Scores", 40, 40, 200, "", "", 0, Cardinal}}},
		{"A couple of hundred people gathered.", []quant{{"A couple of hundred", 200, 200, 300, "", "", 0, Cardinal}}},
		// Mixed and vulgar fractions, separators, full-width digits.
		{"The trail is 3 1/2 miles long.", []quant{{"3 1/2 miles", 3.5, 3.5, 3.5, "", "mi", DimLength, Cardinal}}},
		{"The trail is 3-1/2 miles long.", []quant{{"3-1/2 miles", 3.5, 3.5, 3.5, "", "mi", DimLength, Cardinal}}},
		{"The trail is 3½ miles long.", []quant{{"3½ miles", 3.5, 3.5, 3.5, "", "mi", DimLength, Cardinal}}},
		{"The ship carried 12 500 tonnes.", []quant{{"12 500 tonnes", 12500, 12500, 12500, "", "t", DimMass, Cardinal}}},
		{"The ship carried 12\u00a0500 tonnes.", []quant{{"12\u00a0500 tonnes", 12500, 12500, 12500, "", "t", DimMass, Cardinal}}},
		{"The ship carried 12\u202f500 tonnes.", []quant{{"12\u202f500 tonnes", 12500, 12500, 12500, "", "t", DimMass, Cardinal}}},
		{"It has 1 234 567 residents.", []quant{{"1 234 567", 1234567, 1234567, 1234567, "", "", 0, Cardinal}}},
		// Groups of zeros are no telephone number.
		{"It has 1 000 000 residents.", []quant{{"1 000 000", 1e6, 1e6, 1e6, "", "", 0, Cardinal}}},
		{"The ship carried 10\u00a0000\u00a0000 tonnes.", []quant{{"10\u00a0000\u00a0000 tonnes", 1e7, 1e7, 1e7, "", "t", DimMass, Cardinal}}},
		{"Some １２０ people came.", []quant{{"Some １２０", 120, 114, 126, "some", "", 0, Cardinal}}},
		// "m": metres or millions by context.
		{"A 6m wave hit the coast.", []quant{{"6m", 6, 6, 6, "", "m", DimLength, Cardinal}}},
		{"They built a 10m-high wall.", []quant{{"10m", 10, 10, 10, "", "m", DimLength, Cardinal}}},
		{"The dune is 30m high.", []quant{{"30m", 30, 30, 30, "", "m", DimLength, Cardinal}}},
		{"The city has 6m people.", []quant{{"6m", 6e6, 6e6, 6e6, "", "", 0, Cardinal}}},
		{"It held 4.5m cubic meters of water.", []quant{{"4.5m cubic meters", 4.5e6, 4.5e6, 4.5e6, "", "m³", DimVolume, Cardinal}}},
		{"It cost £6m to build.", []quant{{"£6m", 6e6, 6e6, 6e6, "", "GBP", DimMoney, Cardinal}}},
		// Units of measurement.
		{"The river rose by 3 metres.", []quant{{"3 metres", 3, 3, 3, "", "m", DimLength, Cardinal}}},
		{"Water levels climbed nearly 10 feet.", []quant{{"nearly 10 feet", 10, 9, 10, "nearly", "ft", DimLength, Cardinal}}},
		{"The road runs 40 km.", []quant{{"40 km", 40, 40, 40, "", "km", DimLength, Cardinal}}},
		{"The fire burned 2,000 hectares.", []quant{{"2,000 hectares", 2000, 2000, 2000, "", "ha", DimArea, Cardinal}}},
		{"The fire burned 20 sq km.", []quant{{"20 sq km", 20, 20, 20, "", "km²", DimArea, Cardinal}}},
		{"The fire burned 20 km² of forest.", []quant{{"20 km²", 20, 20, 20, "", "km²", DimArea, Cardinal}}},
		{"The tank holds 500 litres.", []quant{{"500 litres", 500, 500, 500, "", "L", DimVolume, Cardinal}}},
		{"Output is 2 million barrels a day.", []quant{{"2 million barrels", 2e6, 2e6, 2e6, "", "bbl", DimVolume, Cardinal}}},
		{"Police seized 5kg of heroin.", []quant{{"5kg", 5, 5, 5, "", "kg", DimMass, Cardinal}}},
		{"Each pill has 5g of sugar.", []quant{{"5g", 5, 5, 5, "", "g", DimMass, Cardinal}}},
		{"The 5G network opened.", []quant{{"5G", 5, 5, 5, "", "", 0, Cardinal}}},
		{"Winds reached 120km/h.", []quant{{"120km/h", 120, 120, 120, "", "km/h", DimSpeed, Cardinal}}},
		{"Winds reached 75 mph.", []quant{{"75 mph", 75, 75, 75, "", "mph", DimSpeed, Cardinal}}},
		{"The talks lasted 36 hours.", []quant{{"36 hours", 36, 36, 36, "", "h", DimDuration, Cardinal}}},
		{"A 30-year-old man was hurt.", []quant{{"30", 30, 30, 30, "", "", 0, Cardinal}}},
		{"It dropped nearly a foot of snow.", []quant{{"nearly a foot", 1, 0.9, 1, "nearly", "ft", DimLength, Cardinal}}},
		{"The talks lasted more than an hour.", []quant{{"more than an hour", 1, 1, inf, "more than", "h", DimDuration, Cardinal}}},
		// "a" is one of a length, area, volume or mass followed by what it
		// measures or how, not of a noun it qualifies, nor a rate.
		{"The storm dropped a foot of rain.", []quant{{"a foot", 1, 1, 1, "", "ft", DimLength, Cardinal}}},
		{"Residents within a mile of the plant left.", []quant{{"a mile", 1, 1, 1, "", "mi", DimLength, Cardinal}}},
		{"The wall is a metre thick.", []quant{{"a metre", 1, 1, 1, "", "m", DimLength, Cardinal}}},
		{"A foot soldier was hurt.", nil},
		{"Officers patrolled on foot a mile marker away.", nil},
		{"The talks lasted an hour.", nil},
		{"Silver rose to $4.83 an ounce from $4.80.", []quant{{"$4.83", 4.83, 4.83, 4.83, "", "$", DimMoney, Cardinal}, {"$4.80", 4.8, 4.8, 4.8, "", "$", DimMoney, Cardinal}}},
		{"He earns $5 a day.", []quant{{"$5", 5, 5, 5, "", "$", DimMoney, Cardinal}}},
		{"The deficit hit Rs 5,000 crore.", []quant{{"Rs 5,000 crore", 5e10, 5e10, 5e10, "", "rupee", DimMoney, Cardinal}}},
		// Temperatures: "45 °C" has a unit; a change drops the offset.
		{"It reached 45 °C on Monday.", []quant{{"45 °C", 45, 45, 45, "", "°C", DimTemperature, Cardinal}}},
		{"It reached 45°C on Monday.", []quant{{"45°C", 45, 45, 45, "", "°C", DimTemperature, Cardinal}}},
		{"It reached 30C on Monday.", []quant{{"30C", 30, 30, 30, "", "°C", DimTemperature, Cardinal}}},
		{"It reached 86F on Monday.", []quant{{"86F", 86, 86, 86, "", "°F", DimTemperature, Cardinal}}},
		{"It reached 30 degrees Celsius.", []quant{{"30 degrees Celsius", 30, 30, 30, "", "°C", DimTemperature, Cardinal}}},
		{"It cost 30c a litre.", []quant{{"30c", 30, 30, 30, "", "", 0, Cardinal}}},
		// Shares and differences of shares.
		{"Rates rose 1 percentage point.", []quant{{"1 percentage point", 1, 1, 1, "", "pp", DimPercentagePoint, Cardinal}}},
		{"Rates rose 1%.", []quant{{"1%", 1, 1, 1, "", "%", DimPercent, Cardinal}}},
		{"Rates rose 25 basis points.", []quant{{"25 basis points", 25, 25, 25, "", "bp", DimPercentagePoint, Cardinal}}},
		{"Rates rose 5pc last year.", []quant{{"5pc", 5, 5, 5, "", "%", DimPercent, Cardinal}}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, quants(tt.in), cmpopts.EquateApprox(1e-12, 0)); diff != "" {
			t.Errorf("quantities of %q (-want +got):\n%s", tt.in, diff)
		}
	}
}

// cmpd is one comparison as a table states it: kind, verdict and both values.
type cmpd struct {
	Kind    Kind
	Verdict Verdict
	A, B    string
}

func compared(a, b string) []cmpd {
	var out []cmpd
	for _, c := range compareNumbers(ptr(Extract(a)), ptr(Extract(b))) {
		out = append(out, cmpd{c.Kind, c.Verdict, a[c.A.Start:c.A.End], b[c.B.Start:c.B.End]})
	}
	return out
}

func ptr(f Facts) *Facts { return &f }

// TestCompareQuantities compares quantities as different newsrooms word
// them: each case asserts the kind, the verdict and both values, and that
// the verdict is the same with the sentences swapped.
func TestCompareQuantities(t *testing.T) {
	tests := []struct {
		a, b string
		want []cmpd
	}{
		// Currencies.
		{"The plan costs $5bn, officials said.", "The plan costs €5bn, officials said.",
			[]cmpd{{KindUnit, Diverge, "$5bn", "€5bn"}}},
		{"Repairs are expected to cost $40 million.", "The repair bill is put at 40 million dollars.",
			[]cmpd{{KindNumber, Agree, "$40 million", "40 million dollars"}}},
		{"Repairs are expected to cost $40 million.", "Officials estimated repairs at €40 million.",
			[]cmpd{{KindUnit, Diverge, "$40 million", "€40 million"}}},
		{"It paid US$40 million.", "It paid $40 million.", []cmpd{{KindNumber, Agree, "US$40 million", "$40 million"}}},
		{"It paid US$40 million.", "It paid A$40 million.", []cmpd{{KindUnit, Diverge, "US$40 million", "A$40 million"}}},
		{"It paid $40 million.", "It paid $45 million.", []cmpd{{KindNumber, Diverge, "$40 million", "$45 million"}}},
		{"They spent half a billion dollars.", "They spent $500 million.",
			[]cmpd{{KindNumber, Agree, "half a billion dollars", "$500 million"}}},
		{"Fines reached £5m.", "Fines reached 5 million pounds sterling.",
			[]cmpd{{KindNumber, Agree, "£5m", "5 million pounds sterling"}}},
		// Lengths, converted.
		{"The river rose by 3 metres.", "Water levels climbed nearly 10 feet.",
			[]cmpd{{KindNumber, Agree, "3 metres", "nearly 10 feet"}}},
		{"The river rose by 5 metres.", "Water levels climbed nearly 10 feet.",
			[]cmpd{{KindNumber, Diverge, "5 metres", "nearly 10 feet"}}},
		{"The river rose by 3 metres.", "The river rose by 10 feet.", []cmpd{{KindNumber, Agree, "3 metres", "10 feet"}}},
		{"The road runs 40 km.", "The road runs 40 miles.", []cmpd{{KindUnit, Diverge, "40 km", "40 miles"}}},
		{"The road runs 40 km.", "The road runs 25 miles.", []cmpd{{KindNumber, Agree, "40 km", "25 miles"}}},
		{"The road runs 100 km.", "The road runs 60 miles.", []cmpd{{KindNumber, Agree, "100 km", "60 miles"}}},
		{"The town is 3 km away.", "The town is 2 miles away.", []cmpd{{KindNumber, Agree, "3 km", "2 miles"}}},
		{"The town is 3 km away.", "The town is 3 miles away.", []cmpd{{KindUnit, Diverge, "3 km", "3 miles"}}},
		{"The fire burned 40 km.", "The fire burned 40 square km.", []cmpd{{KindUnit, Diverge, "40 km", "40 square km"}}},
		{"The trail is 3 1/2 miles long.", "The trail is 3 miles long.", []cmpd{{KindNumber, Diverge, "3 1/2 miles", "3 miles"}}},
		{"A 6m wave hit the coast.", "A 20-foot wave hit the coast.", []cmpd{{KindNumber, Agree, "6m", "20-foot"}}},
		// Volumes and areas.
		{"It held about 4.5 million cubic metres of water.", "It held 4.5m cubic meters of water.",
			[]cmpd{{KindNumber, Agree, "about 4.5 million cubic metres", "4.5m cubic meters"}}},
		{"It held about 4.5 million cubic metres of water.", "It held 45 million cubic metres of water.",
			[]cmpd{{KindNumber, Diverge, "about 4.5 million cubic metres", "45 million cubic metres"}}},
		{"The fire burned 100 acres.", "The fire burned 40 hectares.", []cmpd{{KindNumber, Agree, "100 acres", "40 hectares"}}},
		// Mass: a ton is metric, short or long.
		{"It carried 12 500 tonnes.", "It carried 12,500 tonnes.", []cmpd{{KindNumber, Agree, "12 500 tonnes", "12,500 tonnes"}}},
		{"It carried 500 tonnes.", "It carried 550 tons.", []cmpd{{KindNumber, Agree, "500 tonnes", "550 tons"}}},
		{"Police seized 5kg of heroin.", "Police seized 11 pounds of heroin.", []cmpd{{KindNumber, Agree, "5kg", "11 pounds"}}},
		// Temperatures: an offset, and changes without it.
		{"It reached 30C on Monday.", "It reached 86F on Monday.", []cmpd{{KindNumber, Agree, "30C", "86F"}}},
		{"It reached 30C on Monday.", "It reached 30F on Monday.", []cmpd{{KindUnit, Diverge, "30C", "30F"}}},
		{"It reached 45 °C on Monday.", "It reached 113 degrees Fahrenheit on Monday.", []cmpd{{KindNumber, Agree, "45 °C", "113 degrees Fahrenheit"}}},
		{"It reached 30C on Monday.", "It reached 90F on Monday.", []cmpd{{KindNumber, Diverge, "30C", "90F"}}},
		{"Temperatures rose by 5C.", "Temperatures rose by 9F.", []cmpd{{KindNumber, Agree, "5C", "9F"}}},
		{"It reached 100 degrees on Monday.", "It reached 38C on Monday.", []cmpd{{KindNumber, Agree, "100 degrees", "38C"}}},
		{"The storm dropped 30cm of snow.", "The storm dropped nearly a foot of snow.", []cmpd{{KindNumber, Agree, "30cm", "nearly a foot"}}},
		{"The storm dropped 30cm of snow.", "The storm dropped a foot of snow.", []cmpd{{KindNumber, Agree, "30cm", "a foot"}}},
		{"The storm dropped three feet of snow.", "The storm dropped a foot of snow.", []cmpd{{KindNumber, Diverge, "three feet", "a foot"}}},
		{"The quake struck 10km below the surface.", "The quake struck six miles below the surface.", []cmpd{{KindNumber, Agree, "10km", "six miles"}}},
		{"The tower is 300m tall.", "The tower is 984 feet tall.", []cmpd{{KindNumber, Agree, "300m", "984 feet"}}},
		{"It weighs 2,000lb.", "It weighs about 907kg.", []cmpd{{KindNumber, Agree, "2,000lb", "about 907kg"}}},
		{"Overnight temperatures fell to minus 5C.", "Overnight temperatures fell to 23F.", []cmpd{{KindNumber, Agree, "minus 5C", "23F"}}},
		{"He was fined £1.2bn ($1.5bn).", "He was fined $1.5bn.", []cmpd{{KindNumber, Agree, "$1.5bn", "$1.5bn"}}},
		{"The deficit hit Rs 5,000 crore.", "The deficit hit Rs 50 billion.", []cmpd{{KindNumber, Agree, "Rs 5,000 crore", "Rs 50 billion"}}},
		{"It cost ₹500.", "It cost Rs 500.", []cmpd{{KindNumber, Agree, "₹500", "Rs 500"}}},
		// Speeds and durations.
		{"The car hit 200mph.", "The car hit 322km/h.", []cmpd{{KindNumber, Agree, "200mph", "322km/h"}}},
		{"Gusts reached 100 kilometres an hour.", "Gusts reached 62 miles per hour.", []cmpd{{KindNumber, Agree, "100 kilometres an hour", "62 miles per hour"}}},
		{"The talks lasted more than an hour.", "The talks lasted 75 minutes.", []cmpd{{KindNumber, Agree, "more than an hour", "75 minutes"}}},
		{"The talks lasted more than an hour.", "The talks lasted 45 minutes.", []cmpd{{KindNumber, Diverge, "more than an hour", "45 minutes"}}},
		{"Winds reached 120km/h.", "Winds reached 75 mph.", []cmpd{{KindNumber, Agree, "120km/h", "75 mph"}}},
		{"The talks lasted three years.", "The talks lasted 36 months.", []cmpd{{KindNumber, Agree, "three years", "36 months"}}},
		{"The talks lasted two weeks.", "The talks lasted 14 days.", []cmpd{{KindNumber, Agree, "two weeks", "14 days"}}},
		{"The talks lasted two weeks.", "The talks lasted three weeks.", []cmpd{{KindNumber, Diverge, "two weeks", "three weeks"}}},
		// The same figure pairs first: a loose one ("more than 30 years")
		// does not take the other's counterpart and hide the divergence.
		{"The comet takes nearly 75 years to return; it has been seen for more than 30 years.",
			"The comet takes nearly 150 years to return; it has been seen for more than 30 years.",
			[]cmpd{{KindNumber, Diverge, "nearly 75 years", "nearly 150 years"}, {KindNumber, Agree, "more than 30 years", "more than 30 years"}}},
		// Spans of time in two units that do not agree are taken for two spans.
		{"He was jailed for 15 months after six weeks of trial.", "He was jailed after a trial of six weeks.",
			[]cmpd{{KindNumber, Agree, "six weeks", "six weeks"}}},
		{"The talks lasted two weeks.", "The talks lasted 10 days.", nil},
		{"He was jailed for three years.", "He was jailed for three months.", []cmpd{{KindUnit, Diverge, "three years", "three months"}}},
		// Per cent, percentage points, basis points.
		{"Rates rose 1 percentage point.", "Rates rose 1%.", []cmpd{{KindUnit, Diverge, "1 percentage point", "1%"}}},
		{"Rates were cut by 50 basis points.", "Rates were cut by half a percentage point.",
			[]cmpd{{KindNumber, Agree, "50 basis points", "half a percentage point"}}},
		{"Rates rose 25 basis points.", "Rates rose a quarter of a percentage point.",
			[]cmpd{{KindNumber, Agree, "25 basis points", "a quarter of a percentage point"}}},
		{"Rates rose 50 basis points.", "Rates rose a quarter percentage point.",
			[]cmpd{{KindNumber, Diverge, "50 basis points", "a quarter percentage point"}}},
		{"Prices rose 15 per cent.", "Prices rose 15%.", []cmpd{{KindNumber, Agree, "15 per cent", "15%"}}},
		{"Sales fell by a fifth.", "Sales fell by 20%.", []cmpd{{KindNumber, Agree, "a fifth", "20%"}}},
		// Fractions, ranges, hedges, vague quantities.
		{"Sales fell by a fifth.", "Sales fell by a quarter.", []cmpd{{KindNumber, Diverge, "a fifth", "a quarter"}}},
		{"Two-thirds of members backed the deal.", "About 48% of members backed the deal.", []cmpd{{KindNumber, Diverge, "Two-thirds", "About 48%"}}},
		// Counts of two nouns of one meaning in WordNet.
		{"About 3,000 protesters marched.", "Some 13,000 demonstrators marched.", []cmpd{{KindNumber, Diverge, "About 3,000", "Some 13,000"}}},
		{"About 3,000 protesters marched.", "Some 3,000 demonstrators marched.", []cmpd{{KindNumber, Agree, "About 3,000", "Some 3,000"}}},
		{"About 3,000 protesters marched.", "Some 13,000 police officers marched.", nil},
		{"From 200 to 300 people were evacuated.", "About 250 people were evacuated.",
			[]cmpd{{KindNumber, Agree, "From 200 to 300", "About 250"}}},
		{"In excess of 500 people were evacuated.", "Some 540 people were evacuated.",
			[]cmpd{{KindNumber, Agree, "In excess of 500", "Some 540"}}},
		{"An 80-plus crowd gathered.", "A 50 crowd gathered.", []cmpd{{KindNumber, Diverge, "80-plus", "50"}}},
		{"Dozens of people were hurt.", "A few people were hurt.", []cmpd{{KindNumber, Diverge, "Dozens", "A few"}}},
		{"Dozens of people were hurt.", "Scores of people were hurt.", []cmpd{{KindNumber, Agree, "Dozens", "Scores"}}},
		{"Hundreds of people were hurt.", "Several hundred people were hurt.", []cmpd{{KindNumber, Agree, "Hundreds", "Several hundred"}}},
		{"Thousands of people marched.", "About 5,000 people marched.", []cmpd{{KindNumber, Agree, "Thousands", "About 5,000"}}},
		{"Thousands of people marched.", "About 500 people marched.", []cmpd{{KindNumber, Diverge, "Thousands", "About 500"}}},
		{"Two or three boats sank.", "Three boats sank.", []cmpd{{KindNumber, Agree, "Two or three", "Three"}}},
		{"It carried 12\u202f500 tonnes.", "It carried 500 tonnes.", []cmpd{{KindNumber, Diverge, "12\u202f500 tonnes", "500 tonnes"}}},
		{"Some １２０ people came.", "Some 120 people came.", []cmpd{{KindNumber, Agree, "Some １２０", "Some 120"}}},
		// Numbers that name nothing they count diverge as the lone one or
		// the one tally on each side; else which is which is unknown.
		{"The measure passed 61-38, aides said.", "The measure passed in a city of 85,000, aides said.", nil},
		{"Mabry, 43, was jailed on Friday.", "Mabry, 34, was jailed on Friday.", []cmpd{{KindNumber, Diverge, "43", "34"}}},
		{"The council voted 7-2 to approve the stadium.", "The council voted 6-3 to approve the stadium.",
			[]cmpd{{KindNumber, Diverge, "7", "6"}, {KindNumber, Diverge, "2", "3"}}},
		// "38 vote" names votes; 43 and 61, 60 and 44 are two numbers alone
		// on each side, in two orders.
		{"Mabry, 43, was elected on Friday after a 61-38 vote.", "Mabry was elected on Friday after a 60-39 vote, aged 44.",
			[]cmpd{{KindNumber, Diverge, "38", "39"}}},
		{"Stern, 52, and Varga, 48, were arrested on Monday.", "Varga, 49, and Stern, 53, were arrested on Monday.", nil},
		{"Stern, 52, and Varga, 48, were elected.", "The council voted 7-2.", nil},
		// Different dimensions of different things are not compared.
		{"The road runs 40 km.", "The road took 40 days to build.", nil},
		{"It cost $40 million.", "It took 40 months.", nil},
	}
	for _, tt := range tests {
		got := compared(tt.a, tt.b)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("comparing %q with %q (-want +got):\n%s", tt.a, tt.b, diff)
		}
		back := compared(tt.b, tt.a)
		if len(back) != len(got) {
			t.Errorf("comparing %q with %q: %d comparisons one way, %d the other", tt.a, tt.b, len(got), len(back))
			continue
		}
		for i := range back {
			if back[i].Kind != got[i].Kind || back[i].Verdict != got[i].Verdict {
				t.Errorf("comparing %q with %q is not symmetric: %v, %v", tt.a, tt.b, got[i], back[i])
			}
		}
	}
}

// TestCurrencyTable checks the currency rows against CLDR through
// golang.org/x/text/currency: every code is an ISO 4217 code, and every
// sign written before a figure is CLDR's symbol or narrow symbol of its
// currency in English or in an English locale of the currency's country.
func TestCurrencyTable(t *testing.T) {
	shared := map[string]bool{}
	for _, f := range currencyFamilies {
		shared[f] = true
	}
	valid := func(code string) bool {
		u, err := currency.ParseISO(code)
		return err == nil && u.String() == code
	}
	for _, c := range currencyWords {
		if !valid(c.code) && !shared[c.code] {
			t.Errorf("currency words %v: %q is neither an ISO 4217 code nor a shared sign", c.words, c.code)
		}
	}
	for code := range currencyFamilies {
		if !valid(code) {
			t.Errorf("currencyFamilies: %q is not an ISO 4217 code", code)
		}
	}
	locales := []string{"en", "en-US", "en-GB", "en-AU", "en-CA", "en-NZ", "en-SG", "en-HK", "en-IN", "en-ZA", "en-NG", "en-PH", "en-IL"}
	for sign, code := range currencySigns {
		if shared[code] || newsroomSigns[sign] {
			continue // "$", "¥", "rs": checked as a family below
		}
		u, err := currency.ParseISO(code)
		if err != nil {
			t.Errorf("currencySigns[%q] = %q: %v", sign, code, err)
			continue
		}
		found := false
		for _, l := range locales {
			p := message.NewPrinter(language.MustParse(l))
			for _, f := range []currency.Formatter{currency.Symbol, currency.NarrowSymbol} {
				if s := p.Sprint(f(u)); foldSign(s) == sign {
					found = true
				}
			}
		}
		if !found {
			t.Errorf("currencySigns[%q] = %q: not a CLDR symbol of %s in English", sign, code, code)
		}
	}
	// A shared sign is the narrow symbol of each currency of its family.
	for code, fam := range currencyFamilies {
		if fam != "$" && fam != "¥" && fam != "£" || code == "CAD" || code == "SGD" {
			continue
		}
		p := message.NewPrinter(language.English)
		if s := p.Sprint(currency.NarrowSymbol(currency.MustParseISO(code))); s != fam {
			t.Errorf("%s: narrow symbol %q, family %q", code, s, fam)
		}
	}
}

// foldSign writes a CLDR symbol as the table keys it: lower case, "$"
// last ("US$" -> "us$").
func foldSign(s string) string {
	return lowerASCII(s)
}

// TestUnitFactors checks the factors against relations that hold exactly
// by definition (NIST SP 811, Appendix B).
func TestUnitFactors(t *testing.T) {
	factor := func(words ...string) float64 {
		for _, e := range measuresByFirst[words[0]] {
			if cmp.Equal(e.words, words) {
				return e.m.Factor
			}
		}
		t.Fatalf("no unit %q", words)
		return 0
	}
	tests := []struct {
		name      string
		got, want float64
	}{
		{"mile in feet", factor("mile") / factor("foot"), 5280},
		{"yard in feet", factor("yard") / factor("foot"), 3},
		{"foot in inches", factor("foot") / factor("inch"), 12},
		{"acre in square feet", factor("acre") / factor("square", "feet"), 43560},
		{"square mile in acres", factor("square", "mile") / factor("acre"), 640},
		{"gallon in cubic inches", factor("gallon") / math.Pow(factor("inch"), 3), 231},
		{"barrel in gallons", factor("barrel") / factor("gallon"), 42},
		{"pound in ounces", factor("pound") / factor("ounce"), 16},
		{"nautical mile in metres", factor("nautical", "mile"), 1852},
		{"knot in km/h", factor("knot") / factor("kph"), 1.852},
		{"mph in ft/s", factor("mph") / factor("foot") * 3600 / 5280, 1},
		{"year in days", factor("year") / factor("day"), 365.2425},
		{"basis points in a percentage point", factor("percentage", "point") / factor("basis", "point"), 100},
		{"hectare in square metres", factor("hectare"), 1e4},
		{"212F in kelvin", (Measure{Factor: fahrenheitFactor, Offset: fahrenheitOffset}).toBase(212), 373.15},
	}
	for _, tt := range tests {
		if math.Abs(tt.got-tt.want) > 1e-9*tt.want {
			t.Errorf("%s: %v, want %v", tt.name, tt.got, tt.want)
		}
	}
}

// FuzzCompareQuantities: Compatible is reflexive and symmetric for any
// numbers read from two sentences, whatever their units, and comparing two
// sentences either way gives the same verdicts.
func FuzzCompareQuantities(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s, "3 metres and 10 feet, $40 million and €40 million, 30C and 86F, 1% and 1 percentage point")
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		fa, fb := Extract(a), Extract(b)
		ns := append(Of[Number](fa), Of[Number](fb)...)
		for _, x := range ns {
			if !x.Compatible(x) && x.Type == Cardinal {
				t.Fatalf("%q (%+v) is not compatible with itself", x.Text, x)
			}
			for _, y := range ns {
				if x.Compatible(y) != y.Compatible(x) {
					t.Fatalf("Compatible(%q, %q) is not symmetric", x.Text, y.Text)
				}
				if x.SameThing(y) != y.SameThing(x) {
					t.Fatalf("SameThing(%q, %q) is not symmetric", x.Text, y.Text)
				}
			}
		}
		for _, c := range compareNumbers(&fa, &fb) {
			if c.A.End > len(a) || c.B.End > len(b) {
				t.Fatalf("comparison %+v outside the sentences", c)
			}
		}
	})
}

// TestMaskedMeasures: the masked form writes a measured quantity as its
// dimension, so that sources in other units or currencies are still
// compared, and keeps a vague "a few" or "several" as written.
func TestMaskedMeasures(t *testing.T) {
	tests := []struct{ in, want string }{
		{"The river rose by 3 metres.", "the river rose by length."},
		{"Water levels climbed nearly 10 feet.", "water levels climbed length."},
		{"Repairs will cost €40 million.", "repairs will cost money."},
		{"Repairs will cost 40 million dollars.", "repairs will cost money."},
		{"Rates rose 1 percentage point.", "rates rose percent."},
		{"Rates rose 1%.", "rates rose percent."},
		{"It reached 30C.", "it reached temperature."},
		{"Several people were hurt.", "several people were hurt."},
		{"Dozens of people were hurt.", "of people were hurt."},
	}
	for _, tt := range tests {
		if got := Extract(tt.in).Masked(); got != tt.want {
			t.Errorf("Masked(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
