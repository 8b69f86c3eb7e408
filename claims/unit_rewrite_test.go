package claims

import (
	"math"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/normalize"
)

// Rewrites of real sentences that change how a quantity's unit is written
// (fact-preserving) or the unit alone (fact-changing), checked like the
// rewrites of rewrite_test.go.

// Each pattern keeps its first group (what comes before the quantity) and
// its last (what comes after it); unitRewrite rewrites what lies between.
var (
	rePercent = regexp.MustCompile(`(^|[^\d.,])(\d[\d,]*(?:\.\d+)?) percent(\W|$)`)
	reDollar  = regexp.MustCompile(`(^|[^A-Za-z$])\$(\d[\d,]*(?:\.\d+)?)(?:[ -](million|billion|trillion)|(bn|m))?([^/\d\w.]|\.\D|\.$|$)`)
	reMiles   = regexp.MustCompile(`(^|[^\d.,])(\d[\d,]*(?:\.\d+)?) miles(\W|$)`)
	reYears   = regexp.MustCompile(`(^|[^\d.,\w])(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten) years(\W|$)`)
	reGroups  = regexp.MustCompile(`(^|[^\d.,])(\d{1,3}(?:,\d{3})+)([^\d,.]|[,.]\D|[,.]$|$)`)
)

var yearWords = map[string]int{"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}

// yearsIn returns the count of years written w ("3", "three").
func yearsIn(w string) int {
	if n, ok := yearWords[w]; ok {
		return n
	}
	n, _ := strconv.Atoi(w)
	return n
}

// unitRewrite rewrites the first match of re in s, but for its first and
// last groups, with f of its groups (m[1] is the first).
func unitRewrite(re *regexp.Regexp, s string, f func(m []string) string) (string, bool) {
	loc := re.FindStringSubmatchIndex(s)
	if loc == nil {
		return s, false
	}
	m := make([]string, len(loc)/2)
	for i := range m {
		if loc[2*i] >= 0 {
			m[i] = s[loc[2*i]:loc[2*i+1]]
		}
	}
	return s[:loc[3]] + f(m) + s[loc[len(loc)-2]:], true
}

// scaleWords spell out the scale abbreviations of reDollar.
var scaleWords = map[string]string{"bn": "billion", "m": "million"}

// amount writes the figure and scale of a reDollar match: "36.9 billion".
func amount(m []string) string {
	scale := m[3]
	if w, ok := scaleWords[m[4]]; ok {
		scale = w
	}
	return strings.TrimSpace(m[2] + " " + scale)
}

// twoDigits rounds v to two significant digits, as a writer converting
// units does: 48.28 -> "48", 160.9 -> "160".
func twoDigits(v float64) string {
	p := math.Pow(10, math.Floor(math.Log10(v))-1)
	return strconv.FormatFloat(math.Round(v/p)*p, 'f', -1, 64)
}

var unitPreserving = []rewrite{
	{"15 percent -> 15%", func(s string) (string, bool) {
		return unitRewrite(rePercent, s, func(m []string) string { return m[2] + "%" })
	}},
	{"$1.2 million -> 1.2 million dollars", func(s string) (string, bool) {
		return unitRewrite(reDollar, s, func(m []string) string { return amount(m) + " dollars" })
	}},
	{"12,500 -> 12 500 (narrow no-break space)", func(s string) (string, bool) {
		return unitRewrite(reGroups, s, func(m []string) string { return strings.ReplaceAll(m[2], ",", "\u202f") })
	}},
	{"30 miles -> 48 kilometres", func(s string) (string, bool) {
		return unitRewrite(reMiles, s, func(m []string) string {
			v, _ := strconv.ParseFloat(strings.ReplaceAll(m[2], ",", ""), 64)
			return twoDigits(v*1.609344) + " kilometres"
		})
	}},
	{"three years -> 36 months", func(s string) (string, bool) {
		return unitRewrite(reYears, s, func(m []string) string { return strconv.Itoa(12*yearsIn(m[2])) + " months" })
	}},
}

var unitChanging = []rewrite{
	{"$40 million -> €40 million", func(s string) (string, bool) {
		return unitRewrite(reDollar, s, func(m []string) string { return "€" + amount(m) })
	}},
	{"15 percent -> 15 percentage points", func(s string) (string, bool) {
		return unitRewrite(rePercent, s, func(m []string) string { return m[2] + " percentage points" })
	}},
	{"30 miles -> 30 km", func(s string) (string, bool) {
		return unitRewrite(reMiles, s, func(m []string) string { return m[2] + " km" })
	}},
	{"three years -> three months", func(s string) (string, bool) {
		if loc := reYears.FindStringIndex(s); loc != nil && strings.HasPrefix(s[loc[1]-1:], " ago") {
			return s, false // "three years ago" is a date, changed as a date
		}
		return unitRewrite(reYears, s, func(m []string) string { return m[2] + " months" })
	}},
}

// TestUnitPreservingRewrites: at least 99% of rewrites that write a unit
// another way must be judged the same claim with no divergence.
func TestUnitPreservingRewrites(t *testing.T) {
	checkPreserving(t, unitPreserving, noDivergence)
}

// TestUnitChangingRewrites: at least 95% of rewrites that change a unit
// alone must stay grouped with the original and be flagged as a unit
// divergence.
func TestUnitChangingRewrites(t *testing.T) {
	checkChanging(t, ofKind(normalize.KindUnit, unitChanging))
}
