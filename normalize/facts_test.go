package normalize

import (
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var inf = math.Inf(1)

// num is the part of a Number a table states.
type num struct {
	Text           string
	Value, Low, Hi float64
	Hedge, Unit    string
	Kind           NumberType
}

func nums(s string) []num {
	var out []num
	for _, n := range Of[Number](Extract(s)) {
		out = append(out, num{n.Text, n.Value, n.Low, n.High, n.Hedge, n.Unit, n.Type})
	}
	return out
}

func TestNumbers(t *testing.T) {
	tests := []struct {
		in   string
		want []num
	}{
		{"They sent 2,500 troops.", []num{{"2,500", 2500, 2500, 2500, "", "troops", Cardinal}}},
		{"They sent 2500 troops.", []num{{"2500", 2500, 2500, 2500, "", "troops", Cardinal}}},
		{"They sent 2.5 thousand troops.", []num{{"2.5 thousand", 2500, 2500, 2500, "", "troops", Cardinal}}},
		{"They sent two thousand five hundred troops.", []num{{"two thousand five hundred", 2500, 2500, 2500, "", "troops", Cardinal}}},
		{"They sent two thousand, five hundred troops.", []num{{"two thousand", 2000, 2000, 2000, "", "", Cardinal}, {"five hundred", 500, 500, 500, "", "troops", Cardinal}}},
		{"The city has 3.5 million people.", []num{{"3.5 million", 3.5e6, 3.5e6, 3.5e6, "", "people", Cardinal}}},
		{"It pledged $1.2bn in aid.", []num{{"$1.2bn", 1.2e9, 1.2e9, 1.2e9, "", "dollars", Cardinal}}},
		{"It struck a $6.8-billion deal.", []num{{"$6.8-billion", 6.8e9, 6.8e9, 6.8e9, "", "dollars", Cardinal}}},
		{"Prices rose 15% in a year.", []num{{"15%", 15, 15, 15, "", "percent", Cardinal}}},
		{"Prices rose 15 percent in a year.", []num{{"15 percent", 15, 15, 15, "", "percent", Cardinal}}},
		{"Prices rose 15 per cent in a year.", []num{{"15 per cent", 15, 15, 15, "", "percent", Cardinal}}},
		{"Three ships sank.", []num{{"Three", 3, 3, 3, "", "ships", Cardinal}}},
		{"It was the third round of talks.", []num{{"third", 3, 3, 3, "", "round", Ordinal}}},
		{"In the 21st century.", []num{{"21st", 21, 21, 21, "", "century", Ordinal}}},
		{"It is the No. 2 soft drink maker.", []num{{"2", 2, 2, 2, "", "soft drink maker", Ordinal}}},
		{"Some 10-15 people were hurt.", []num{{"Some 10-15", 12.5, 9.5, 15.75, "some", "people", Cardinal}}},
		{"Between 10 and 15 people were hurt.", []num{{"Between 10 and 15", 12.5, 10, 15, "between", "people", Cardinal}}},
		{"Earnings will be 13 cents to 14 cents.", []num{{"13 cents to 14", 13.5, 13, 14, "", "cents", Cardinal}}},
		{"Half of the troops left.", []num{{"Half", 0.5, 0.5, 0.5, "", "troops", Fraction}}},
		{"Two-thirds of voters agreed.", []num{{"Two-thirds", 2.0 / 3, 2.0 / 3, 2.0 / 3, "", "voters", Fraction}}},
		{"Temperatures fell to -5 degrees.", []num{{"-5 degrees", -5, -5, -5, "", "degrees", Cardinal}}},
		{"About 2,500 US troops remain.", []num{{"About 2,500", 2500, 2375, 2625, "about", "us troops", Cardinal}}},
		{"Approximately 2,500 US troops remain.", []num{{"Approximately 2,500", 2500, 2375, 2625, "approximately", "us troops", Cardinal}}},
		{"There were over 150 attacks.", []num{{"over 150", 150, 150, inf, "over", "attacks", Cardinal}}},
		{"There were more than 150 attacks.", []num{{"more than 150", 150, 150, inf, "more than", "attacks", Cardinal}}},
		{"Up to 40 people died.", []num{{"Up to 40", 40, 0, 40, "up to", "people", Cardinal}}},
		{"Nearly 300 homes burned.", []num{{"Nearly 300", 300, 270, 300, "nearly", "homes", Cardinal}}},
		{"Thousands of people marched.", []num{{"Thousands", 2000, 2000, 10000, "", "people", Cardinal}}},
		{"Tens of thousands of people marched.", []num{{"Tens of thousands", 20000, 20000, 100000, "", "people", Cardinal}}},
		{"A dozen men and a hundred women came.", []num{{"A dozen", 12, 12, 12, "", "men", Cardinal}, {"a hundred", 100, 100, 100, "", "women", Cardinal}}},
		{"Twenty-five years later.", []num{{"Twenty-five years", 25, 25, 25, "", "years", Cardinal}}},
		{"It took two and a half million votes.", []num{{"two and a half million", 2.5e6, 2.5e6, 2.5e6, "", "votes", Cardinal}}},
		// Years and clock times are not counts.
		{"In 2014, 2000 people marched at 10:30 GMT.", []num{{"2000", 2000, 2000, 2000, "", "people", Cardinal}}},
		{"Trading opened around 0335 GMT.", nil},
		{"There are only 2000 Roman Catholics left.", []num{{"2000", 2000, 2000, 2000, "", "roman catholics", Cardinal}}},
		{"The risk rose from one in 2000.", []num{{"one", 1, 1, 1, "", "", Cardinal}, {"2000", 2000, 2000, 2000, "", "", Cardinal}}},
		{"It has a margin of plus or minus 4 percentage points.", []num{{"4 percentage points", 4, 4, 4, "", "percentage points", Cardinal}}},
		{"Trans fat is 1% to 3% of fat.", []num{{"1% to 3%", 2, 1, 3, "", "percent", Cardinal}}},
		{"He met eight a.m. Friday.", nil},
		{"No one came, and they loved one another.", nil},
		// A decimal without its leading zero.
		{"Ozone reached .20 parts per million.", []num{{".20", 0.2, 0.2, 0.2, "", "parts", Cardinal}}},
		{"Tickets cost $.50 each.", []num{{"$.50", 0.5, 0.5, 0.5, "", "dollars", Cardinal}}},
		// Decades written with an apostrophe are not counts.
		{"He won three titles in the 90's.", []num{{"three", 3, 3, 3, "", "titles", Cardinal}}},
		// Codes are numbers of their own series, not quantities.
		{"Four C-17 planes and the N225 fell.", []num{{"Four", 4, 4, 4, "", "c 17 planes", Cardinal}, {"C-17", 17, 17, 17, "", "c", Code}, {"N225", 225, 225, 225, "", "n", Code}}},
		{"France's CAC-40 fell 0.8 percent.", []num{{"CAC-40", 40, 40, 40, "", "cac", Code}, {"0.8 percent", 0.8, 0.8, 0.8, "", "percent", Cardinal}}},
		{"A mid-2003 start and pre-2003 levels.", nil},
		// A telephone number is one identifier, not three counts.
		{"Call police on 0800 555 0199 or 555-010-4477.", []num{{"0800 555 0199", 8005550199, 8005550199, 8005550199, "", "phone", Code}, {"555-010-4477", 5550104477, 5550104477, 5550104477, "", "phone", Code}}},
		{"Call +44 20 7946 0958 or (555) 010-4477.", []num{{"+44 20 7946 0958", 442079460958, 442079460958, 442079460958, "", "phone", Code}, {"(555) 010-4477", 5550104477, 5550104477, 5550104477, "", "phone", Code}}},
		{"Call 555-0199.", []num{{"555-0199", 5550199, 5550199, 5550199, "", "phone", Code}}},
		// Not telephone numbers: years in a row, a date.
		{"Floods came in 1998 2002 2006 and on 2024-05-12.", nil},
		{"Call 01.23.45.67.89 in Lyon.", []num{{"01.23.45.67.89", 123456789, 123456789, 123456789, "", "phone", Code}}},
		// Nor a decimal: two groups make a number only with a hyphen.
		{"The index closed at 1234.0567 points.", []num{{"1234.0567", 1234.0567, 1234.0567, 1234.0567, "", "points", Cardinal}}},
		// A decimal comma; "one of" is no count.
		{"About 1,2 million women take it.", []num{{"About 1,2 million", 1.2e6, 1.14e6, 1.26e6, "about", "women", Cardinal}}},
		{"He was one of the last explorers.", nil},
		{"The index fell to 1,506,76 and 1,00,000 shares traded.", []num{{"1,506,76", 1506.76, 1506.76, 1506.76, "", "", Cardinal}, {"1,00,000", 100000, 100000, 100000, "", "shares", Cardinal}}},
		// A currency written after its sign.
		{"It paid $US13.15 a share and $A9.2 million.", []num{{"$US13.15", 13.15, 13.15, 13.15, "", "us dollars", Cardinal}, {"$A9.2 million", 9.2e6, 9.2e6, 9.2e6, "", "australian dollars", Cardinal}}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, nums(tt.in)); diff != "" {
			t.Errorf("Of[Number](Extract(%q)) (-want +got):\n%s", tt.in, diff)
		}
	}
}

// date is the part of a Date a table states.
type date struct {
	Text                      string
	Year, Month, Day, Weekday int
	Part                      Part
	Precision                 Precision
}

func dates(s string) []date {
	var out []date
	for _, d := range Of[Date](Extract(s)) {
		out = append(out, date{d.Text, d.Year, d.Month, d.Day, d.Weekday, d.Part, d.Precision})
	}
	return out
}

// TestPhoneNumbers: the telephone numbers a sentence holds, as read (see
// parser.phone); dates, thousands marked by points and addresses are none.
func TestPhoneNumbers(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Call 01.23.45.67.89 or 555.010.4477.", []string{"01.23.45.67.89", "555.010.4477"}},
		{"Call +1 (555) 010-4477 or 07700 900123.", []string{"+1 (555) 010-4477", "07700 900123"}},
		{"Scores were 0 7 and 05 12.", nil},
		{"It opened on 12-05-2024, 12.05.2024 and 2024-05-12.", nil},
		{"The server at 192.168.0.1 logged 1.234.567 visits.", nil},
		{"It has 1 000 000 residents and 10 000 000 tonnes of grain.", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, n := range Of[Number](Extract(tt.in)) {
			if n.Type == Code && n.Unit == "phone" {
				got = append(got, n.Text)
			}
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("telephone numbers of %q (-want +got):\n%s", tt.in, diff)
		}
	}
}

func TestDates(t *testing.T) {
	tests := []struct {
		in   string
		want []date
	}{
		{"It happened on January 27 near Mosul.", []date{{"January 27", 0, 1, 27, 0, 0, Day}}},
		{"It happened on Jan. 27 near Mosul.", []date{{"Jan. 27", 0, 1, 27, 0, 0, Day}}},
		{"It happened on 27 January near Mosul.", []date{{"27 January", 0, 1, 27, 0, 0, Day}}},
		{"It happened on the 27th of January.", []date{{"27th of January", 0, 1, 27, 0, 0, Day}}},
		{"The vote is on Jan 27, 2024 in Baghdad.", []date{{"Jan 27, 2024", 2024, 1, 27, 0, 0, Day}}},
		{"The report is dated 2024-01-27.", []date{{"2024-01-27", 2024, 1, 27, 0, 0, Day}}},
		{"The report is dated 1/27/2024.", []date{{"1/27/2024", 2024, 1, 27, 0, 0, Day}}},
		{"The group was founded in 2014.", []date{{"2014", 2014, 0, 0, 0, 0, Year}}},
		{"2014 was a hard year.", []date{{"2014", 2014, 0, 0, 0, 0, Year}}},
		{"Troops withdrew in October.", []date{{"October", 0, 10, 0, 0, 0, Month}}},
		{"Troops withdrew in May.", []date{{"May", 0, 5, 0, 0, 0, Month}}},
		{"The jets arrive in September 2006.", []date{{"September 2006", 2006, 9, 0, 0, 0, Month}}},
		{"Fighting resumed in mid-October.", []date{{"mid-October", 0, 10, 0, 0, Mid, PartOfMonth}}},
		{"It opens in late 2017.", []date{{"late 2017", 2017, 0, 0, 0, Late, PartOfYear}}},
		{"It opens at the end of 2017.", []date{{"the end of 2017", 2017, 0, 0, 0, Late, PartOfYear}}},
		{"They met in the summer of 2012.", []date{{"summer of 2012", 2012, 0, 0, 0, Summer, PartOfYear}}},
		{"Police said on Tuesday that it was over.", []date{{"Tuesday", 0, 0, 0, 2, 0, DayOfWeek}}},
		// A weekday's possessive: the race is on Sunday.
		{"The team stops racing after Sunday's race.", []date{{"Sunday's", 0, 0, 0, 7, 0, DayOfWeek}}},
		{"The team stops after Wednesday’s race.", []date{{"Wednesday’s", 0, 0, 0, 3, 0, DayOfWeek}}},
		{"It began on Tuesday, January 27, 2015.", []date{{"Tuesday, January 27, 2015", 2015, 1, 27, 2, 0, Day}}},
		{"Levels have dropped since the 1970s.", []date{{"1970s", 1970, 0, 0, 0, 0, Decade}}},
		{"A blast at the 1996 Olympics killed one.", []date{{"1996", 1996, 0, 0, 0, 0, Year}}},
		{"It runs Windows 2000 machines.", []date{{"2000", 2000, 0, 0, 0, 0, Year}}},
		// Not dates.
		{"The company said it may cut jobs.", nil},
		{"Protesters march on the capital.", nil},
		{"The second round of talks ended.", nil},
		{"Jan Smith said 2000 people came.", nil},
		{"It costs $2014 now.", nil},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, dates(tt.in)); diff != "" {
			t.Errorf("Of[Date](Extract(%q)) (-want +got):\n%s", tt.in, diff)
		}
	}
}

type name struct{ Text, Key string }

func names(s string) []name {
	var out []name
	for _, n := range Of[Name](Extract(s)) {
		out = append(out, name{n.Text, n.Key})
	}
	return out
}

func TestNames(t *testing.T) {
	tests := []struct {
		in   string
		want []name
	}{
		{"Prime Minister Mohammed Shia al-Sudani spoke.", []name{{"Prime Minister Mohammed Shia al-Sudani", "mahamad shia sadana"}}},
		{"He met Iraq's army chief in Baghdad.", []name{{"Iraq's", "iraq"}, {"Baghdad", "baghdad"}}},
		{"Iraq's army advanced.", []name{{"Iraq's", "iraq"}}},
		{"The troops left on Monday in January.", nil},
		{"Shares of Genentech rose.", []name{{"Genentech", "ganantach"}}},
		{"Meanwhile, the U.S.-led coalition struck ISIS.", []name{{"U.S.", "unatad statas"}, {"ISIS", "islamac state"}}},
		{"Gyorgy Heizler, head of the unit, spoke.", []name{{"Gyorgy Heizler", "garga hazlar"}}},
		{"He called Bank of America and Standard & Poor's.", []name{{"Bank of America", "bank of amaraca"}, {"Standard & Poor's", "standard por"}}},
		{"\"We will win,\" said José Núñez.", []name{{"José Núñez", "jose nunez"}}},
		// A capital that opens the sentence is a name when English does not
		// know the word; not when it does.
		{"Amrozi accused his brother.", []name{{"Amrozi", "amraza"}}},
		{"Marchetti issued an emergency declaration for Brandt County.", []name{{"Marchetti", "marchata"}, {"Brandt County", "brandt canta"}}},
		{"Officials said it's time.", nil},
		{"It's time, Policymakers said.", []name{{"Policymakers", "palacamakars"}}},
		{"Policymakers said it's time.", nil},
		{"Everyone knew Ortega.", []name{{"Ortega", "ortaga"}}},
		{"Don't go, Ortega said.", []name{{"Ortega", "ortaga"}}},
		{"Bank of America and Wells Fargo rose.", []name{{"Bank of America", "bank of amaraca"}, {"Wells Fargo", "wels fargo"}}},
		// Names of organisations go on after "for", "and", "of the" and
		// abbreviations; a title opens a person's name, not a place's.
		{"The Centers for Disease Control and Prevention said so.",
			[]name{{"Centers for Disease Control and Prevention", "cantars for dasasa cantral and pravantan"}}},
		{"The Food and Drug Administration approved it.", []name{{"Food and Drug Administration", "fod and drug admanastratan"}}},
		{"The Dept. of Health and Human Services said so.", []name{{"Dept. of Health and Human Services", "dept of halth and human sarvacas"}}},
		{"He met the International Committee of the Red Cross.", []name{{"International Committee of the Red Cross", "intarnatanal camata of the red cros"}}},
		{"He thanked Clinton for Brown's support.", []name{{"Clinton", "clantan"}, {"Brown's", "brown"}}},
		{"King County officials met Gov. Ann Ruiz.", []name{{"King County", "king canta"}, {"Gov. Ann Ruiz", "an ruiz"}}},
		{"Secretary of State John Kerry met them.", []name{{"Secretary of State John Kerry", "state john kery"}}},
		{"Martin Luther King Jr. met John Major.", []name{{"Martin Luther King Jr", "martan lathar king"}, {"John Major", "john major"}}},
		{"He asked Mr. Obama about it, but Mr. declined.", []name{{"Mr. Obama", "obama"}}},
		{"They said Obama as President met Al Qaida.", []name{{"Obama", "obama"}, {"Al Qaida", "qaeda"}}},
		{"Sen. Ted Cruz flew to St. Louis.", []name{{"Sen. Ted Cruz", "ted cruz"}, {"St. Louis", "st louis"}}},
		// A hyphenated given name opens a sentence whole; a capitalized
		// prefix does not open a name.
		{"Jean-Luc Picard resigned.", []name{{"Jean-Luc Picard", "janlac pacard"}}},
		{"Pro-Russian forces attacked.", []name{{"Russian", "rasan"}}},
		// A middle initial is inside the name; a party tag, a time zone and
		// a weekday are no names.
		{"He said Adm. Harold W. Gehman wrote it.", []name{{"Adm. Harold W. Gehman", "harald w gahman"}}},
		{"Said Sen. Bill Frist, R-Tenn., on Tuesday’s show.", []name{{"Sen. Bill Frist", "bil frist"}}},
		{"The index closed at 4 p.m. EDT in New York.", []name{{"New York", "new york"}}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, names(tt.in)); diff != "" {
			t.Errorf("Of[Name](Extract(%q)) (-want +got):\n%s", tt.in, diff)
		}
	}
}

func TestNameKeys(t *testing.T) {
	same := [][]string{
		{"Mohammed", "Mohamed", "Muhammad", "MOHAMMED"},
		{"al-Sudani", "Al Sudani", "al Sudani", "Sudani"},
		{"IS", "ISIS", "ISIL", "Islamic State", "the Islamic State", "Daesh"},
		{"U.S.", "US", "United States", "USA"},
		{"Iraq's", "Iraq", "IRAQ"},
		{"José", "Jose"},
		{"Gaddafi", "Qaddafi", "Kadhafi"},
		{"Wal-Mart", "Walmart", "WalMart"},
		{"al-Qaeda", "Al Qaida", "al-Qaida", "al Qaeda"},
		{"President Obama", "Obama", "Mr. Obama"},
	}
	for _, group := range same {
		for _, s := range group[1:] {
			if a, b := NameKey(group[0]), NameKey(s); a != b {
				t.Errorf("NameKey(%q) = %q, NameKey(%q) = %q; want equal", group[0], a, s, b)
			}
		}
	}
	different := [][2]string{{"Iran", "Iraq"}, {"Dan", "Don"}, {"Obama", "Romney"}, {"Austria", "Australia"}, {"US", "UK"}}
	for _, d := range different {
		if NameKey(d[0]) == NameKey(d[1]) {
			t.Errorf("NameKey(%q) == NameKey(%q) = %q; want different", d[0], d[1], NameKey(d[0]))
		}
	}
}

func TestWithAliases(t *testing.T) {
	x := New(WithAliases("Hamas", "Harakat al-Muqawama al-Islamiya"))
	if a, b := x.NameKey("Hamas"), x.NameKey("Harakat al-Muqawama al-Islamiya"); a != b {
		t.Errorf("with alias: keys %q and %q differ", a, b)
	}
	if NameKey("Hamas") == NameKey("Harakat al-Muqawama al-Islamiya") {
		t.Error("the default Extractor must not see aliases added to another")
	}
	if a, b := x.NameKey("ISIS"), x.NameKey("Islamic State"); a != b {
		t.Errorf("WithAliases dropped the defaults: %q, %q", a, b)
	}
}

type neg struct{ Cue, Scope, Predicate string }

func negs(s string) []neg {
	var out []neg
	for _, n := range Of[Negation](Extract(s)) {
		if s[n.Start:n.End] == "" {
			panic("empty cue")
		}
		out = append(out, neg{n.Cue, s[n.Scope.Start:n.Scope.End], n.Predicate})
	}
	return out
}

func TestNegations(t *testing.T) {
	tests := []struct {
		in   string
		want []neg
	}{
		{"The army did not attack the base.", []neg{{"not", "attack the base", "attack"}}},
		{"The army didn't attack the base, officials said.", []neg{{"n't", "attack the base", "attack"}}},
		{"The army never attacked the base.", []neg{{"never", "attacked the base", "attack"}}},
		{"There was no evidence of fraud.", []neg{{"no", "evidence of fraud", "evidenc"}}},
		{"He denied the report but resigned.", []neg{{"deny", "the report", "report"}}},
		{"He acted alone and not in response to pressure.", []neg{{"not", "in response to pressure", "respons"}}},
		{"They left without warning.", []neg{{"without", "warning", "warn"}}},
		{"The talks failed to produce a deal.", []neg{{"fail to", "produce a deal", "produc"}}},
		{"It is not only cheap but also fast.", nil},
		{"Whether or not it rains, we go.", nil},
		{"It is the No. 2 maker.", nil},
		{"It is the No. two maker.", nil},
		{"There is not ''a shred of truth'' in it.", []neg{{"not", "''a shred of truth'' in it", "shred"}}},
		// ", not" denies the alternative of a contrast: another source may
		// state it ("started by arson").
		{"The blaze was started by a faulty heater, not by arson.", []neg{{"not", "by arson", "arson"}}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, negs(tt.in)); diff != "" {
			t.Errorf("Of[Negation](Extract(%q)) (-want +got):\n%s", tt.in, diff)
		}
	}
}

func TestTitleCase(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"US and Iraq Set to Commence Talks on Ending Military Presence", true},
		{"Balancing Sovereignty and Security", true},
		{"Foreign Minister Fuad Hussein spoke in Antalya on Friday about the talks.", false},
		{"The talks began on January 27 in Baghdad.", false},
		{"Key Players", false}, // too short to tell
		{"Secretary of State John Kerry met Iraqi Leaders in Baghdad.", false}, // a sentence: it ends in a stop
	}
	for _, tt := range tests {
		if got := titleCase(tt.s); got != tt.want {
			t.Errorf("titleCase(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestParseDecimal checks parseDecimal's reading of digits, separators and
// decimal places, and that its table of powers of ten is math.Pow's.
func TestParseDecimal(t *testing.T) {
	for k, p := range powersOf10 {
		if want := math.Pow(10, float64(k)); p != want {
			t.Errorf("powersOf10[%d] = %v, math.Pow gives %v", k, p, want)
		}
	}
	type result struct {
		V  float64
		OK bool
	}
	for _, c := range []struct {
		in   string
		want result
	}{
		{"2,500", result{2500, true}},
		{"1,2", result{1.2, true}},
		{"1,506,76", result{1506.76, true}},
		{"3.25", result{3.25, true}},
		{".20", result{0.2, true}},
		{"0.1234567890123456789012", result{0.1234567890123456789012, true}},
		{"１２", result{12, true}},
		{"10:30", result{0, false}},
	} {
		v, ok := parseDecimal(c.in)
		if diff := cmp.Diff(c.want, result{v, ok}); diff != "" {
			t.Errorf("parseDecimal(%q) (-want +got):\n%s", c.in, diff)
		}
	}
}
