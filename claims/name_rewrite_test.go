package claims

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/normalize"
)

// Rewrites of real sentences that change how a name is written
// (fact-preserving: a title, a given name, an initial, dots, hyphens, a
// typo) or whom it names (fact-changing), checked like the rewrites of
// rewrite_test.go. The patterns find names by their own regular
// expressions, not by the extractor.

var (
	// A title and the capitalized words after it: "Sen. Ted Cruz".
	reTitled = regexp.MustCompile(`\b(Mr\.|Mrs\.|Ms\.|Dr\.|Sen\.|Senator|Gov\.|Governor|Rep\.|Representative|Gen\.|General|President|Judge|Prime Minister) ((?:[A-Z][a-z-]+ |[A-Z]\. )*)([A-Z][a-z'’-]+)\b`)
	// A given name, a middle initial and a surname: "George W. Bush".
	reInitial = regexp.MustCompile(`\b([A-Z][a-z]+) [A-Z]\. ([A-Z][a-z]{2,})\b`)
	// An acronym written with dots, or without: "U.N.", "UN".
	reDotted      = regexp.MustCompile(`\b([A-Z])\.([A-Z])\.(?:([A-Z])\.)?(?:([A-Z])\.)?`)
	reBareAcronym = regexp.MustCompile(`(^|[ (“"])([A-Z]{2,4})([ ,;:’'”")]|$)`)
	// Two capitalized words joined by a hyphen: "Coca-Cola".
	reHyphened = regexp.MustCompile(`\b([A-Z][a-z]{2,})-([A-Z][a-z]{2,})\b`)
)

// titleSwaps write a title the other way.
var titleSwaps = map[string]string{
	"Sen.": "Senator", "Senator": "Sen.", "Gov.": "Governor", "Governor": "Gov.",
	"Rep.": "Representative", "Representative": "Rep.", "Gen.": "General", "General": "Gen.",
}

// namePreserving rewrites write a name another way newsrooms do.
var namePreserving = []rewrite{
	{"title abbreviated or spelt out", func(s string) (string, bool) {
		for _, m := range reTitled.FindAllStringSubmatchIndex(s, -1) {
			if to, ok := titleSwaps[s[m[2]:m[3]]]; ok {
				return s[:m[2]] + to + s[m[3]:], true
			}
		}
		return s, false
	}},
	{"given names dropped after a title", func(s string) (string, bool) {
		for _, m := range reTitled.FindAllStringSubmatchIndex(s, -1) {
			if m[4] < m[5] { // given names to drop
				return s[:m[4]] + s[m[5]:], true
			}
		}
		return s, false
	}},
	{"middle initial dropped", func(s string) (string, bool) {
		m := reInitial.FindStringSubmatchIndex(s)
		if m == nil {
			return s, false
		}
		return s[:m[0]] + s[m[2]:m[3]] + " " + s[m[4]:m[5]] + s[m[1]:], true
	}},
	{"acronym dots dropped", func(s string) (string, bool) {
		m := reDotted.FindStringIndex(s)
		if m == nil || m[1] < len(s) && s[m[1]] == ' ' && m[1]+1 < len(s) && isUpperASCII(s[m[1]+1]) && strings.Count(s[m[0]:m[1]], ".") == 2 {
			return s, false // "U.S. Army" keeps its dots; "U.S. The" would end a sentence
		}
		if m[1] == len(s) {
			return s, false // the last dot also ends the sentence
		}
		return s[:m[0]] + strings.ReplaceAll(s[m[0]:m[1]], ".", "") + s[m[1]:], true
	}},
	{"acronym dotted", func(s string) (string, bool) {
		m := reBareAcronym.FindStringSubmatchIndex(s)
		if m == nil || m[6] == len(s) {
			return s, false
		}
		acr := s[m[4]:m[5]]
		var b strings.Builder
		for _, r := range acr {
			b.WriteRune(r)
			b.WriteByte('.')
		}
		return s[:m[4]] + b.String() + s[m[5]:], true
	}},
	{"hyphen to space", func(s string) (string, bool) {
		m := reHyphened.FindStringSubmatchIndex(s)
		if m == nil {
			return s, false
		}
		return s[:m[2]] + s[m[2]:m[3]] + " " + s[m[4]:], true
	}},
	{"surname misspelt", func(s string) (string, bool) {
		// Two neighbouring letters of a long surname swapped, at every
		// mention: "Ortega" -> "Ortgea".
		for _, m := range reTitled.FindAllStringSubmatchIndex(s, -1) {
			name := s[m[6]:m[7]]
			if len(name) < 6 || strings.ContainsAny(name, "'’-") || name[3] == name[4] {
				continue
			}
			typo := name[:3] + name[4:5] + name[3:4] + name[5:]
			return regexp.MustCompile(`\b`+regexp.QuoteMeta(name)+`\b`).ReplaceAllString(s, typo), true
		}
		return s, false
	}},
}

func isUpperASCII(c byte) bool { return c >= 'A' && c <= 'Z' }

// nameChanging rewrites name another person.
var nameChanging = []rewrite{
	{"given name changed", func(s string) (string, bool) {
		// Another given name before the same surname: "Jeb Bush" for
		// "George Bush", at its first mention.
		for _, m := range reTitled.FindAllStringSubmatchIndex(s, -1) {
			given := strings.Fields(s[m[4]:m[5]])
			if len(given) == 0 || len(given[0]) < 3 || strings.HasSuffix(given[0], ".") {
				continue
			}
			other := "Olga"
			if given[0][0] == 'O' {
				other = "Pavel"
			}
			return s[:m[4]] + other + s[m[4]+len(given[0]):], true
		}
		return s, false
	}},
	{"surname changed", func(s string) (string, bool) {
		// Another surname after the same title and given names, at every
		// mention.
		m := reTitled.FindStringSubmatchIndex(s)
		if m == nil {
			return s, false
		}
		old, name := s[m[6]:m[7]], "Kowalczyk"
		if old == name {
			name = "Okonkwo"
		}
		return regexp.MustCompile(`\b`+regexp.QuoteMeta(old)+`\b`).ReplaceAllString(s, name), true
	}},
}

// sameNoDivergence judges a fact-preserving rewrite: the same claim and no
// divergence (a note, such as a spelling, is no divergence).
func sameNoDivergence(m MatchResult) bool {
	return m.Same && !slices.ContainsFunc(m.Divergences, func(d Divergence) bool { return !d.Note })
}

// TestNamePreservingRewrites: at least 99% of rewrites that write a name
// another way must be judged the same claim with no divergence.
func TestNamePreservingRewrites(t *testing.T) {
	checkPreserving(t, namePreserving, sameNoDivergence)
}

// TestNameMisspeltNoted: a misspelt surname is noted as a spelling in at
// least 95% of cases.
func TestNameMisspeltNoted(t *testing.T) {
	sentences := realSentences(t)
	rw := namePreserving[slices.IndexFunc(namePreserving, func(r rewrite) bool { return r.name == "surname misspelt" })]
	checkRewrite(t, sentences, rw, 0.95, "noted as a spelling", func(m MatchResult) bool {
		return sameNoDivergence(m) && slices.ContainsFunc(m.Divergences, func(d Divergence) bool { return d.Kind == normalize.KindSpelling })
	})
}

// TestNameChangingRewrites: at least 95% of rewrites that name another
// person must stay grouped with the original and be flagged as an entity
// divergence.
func TestNameChangingRewrites(t *testing.T) {
	checkChanging(t, ofKind(normalize.KindEntity, nameChanging))
}
