package claims

import (
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/claimdiff/claimdiff/normalize"
)

// The checks of rewrite_test.go for directions, roles, implied negations
// and outcomes: programmatic rewrites of real news sentences (the shared
// MRPC and BASIL text) that keep the facts must be judged the same claim
// with no divergence, and rewrites that change one such fact must be
// grouped with the original and flagged with its kind. The rewrites find
// what they change with their own patterns and word lists, not with the
// extractor.

// wordSwap rewrites the first word of s found in pairs (as a whole,
// lower-case word) into its partner.
func wordSwap(pairs map[string]string) func(string) (string, bool) {
	var words []string
	for w := range pairs {
		words = append(words, regexp.QuoteMeta(w))
	}
	slices.Sort(words)
	re := regexp.MustCompile(`(^|[^-])\b(` + strings.Join(words, "|") + `)\b([^'’-]|$)`)
	return func(s string) (string, bool) {
		loc := re.FindStringSubmatchIndex(s)
		if loc == nil {
			return s, false
		}
		return s[:loc[4]] + pairs[s[loc[4]:loc[5]]] + s[loc[5]:], true
	}
}

// firstOf applies the first of rewrites that applies to s.
func firstOf(rewrites ...func(string) (string, bool)) func(string) (string, bool) {
	return func(s string) (string, bool) {
		for _, rw := range rewrites {
			if out, ok := rw(s); ok {
				return out, true
			}
		}
		return s, false
	}
}

// patternRewrite applies repl to the first match of re in s.
func patternRewrite(re *regexp.Regexp, repl func(s string, m []int) (string, bool)) func(string) (string, bool) {
	return func(s string) (string, bool) {
		m := re.FindStringSubmatchIndex(s)
		if m == nil {
			return s, false
		}
		return repl(s, m)
	}
}

var (
	// A subject, a verb in the past tense and its object, each a name of one
	// or two capitalized words or "the" and a noun, inside a clause.
	reSVO = regexp.MustCompile(`(^|[^,;:] )((?:[Tt]he [a-z]{3,}|[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)*)) ` +
		`([a-z]{3,}[^e]ed|bought|sold|beat|won|hit|led|struck|shot|caught|sent|met|held|took|overtook)` +
		` ((?:the [a-z]{3,}|[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)*))` +
		`([,.;:]|$| (?:in|on|at|for|last|over|with|after|and|by|from|to|as|because|this|during|before|since|until|when|while|but|of|earlier|late|early|on)\b)`)
	// Words that open a clause without being its subject.
	notSubjects = map[string]bool{"Also": true, "They": true, "He": true, "She": true, "It": true, "We": true,
		"I": true, "You": true, "But": true, "And": true, "Monday": true, "Tuesday": true, "Wednesday": true,
		"Thursday": true, "Friday": true, "Saturday": true, "Sunday": true, "Then": true, "No": true,
		"only": true, "first": true, "last": true, "same": true, "other": true, "latest": true, "new": true,
		"former": true, "late": true, "Mr": true, "Mrs": true, "Ms": true, "Dr": true}
	reDeclinable = regexp.MustCompile(`\b(did not|didn't|would not|wouldn't) (comment|confirm|say|disclose|elaborate|discuss|specify|identify|reveal|name|provide|release|give)\b`)
	rePlainIf    = regexp.MustCompile(`\b([a-z]{3,}) if\b`)
	reNegative   = regexp.MustCompile(`\b(not|no|never|nor)\b|n't\b|n’t\b`)
	reApproved   = regexp.MustCompile(`\b(was|were|has been|have been) ([a-z]{3,}ed)\b`)
	reAffirmed   = regexp.MustCompile(`\b(has|have|had|[a-z]+) (confirmed|disclosed|identified|revealed|named)\b`)
	reLightable  = regexp.MustCompile(`\b(sued|attacked|charged|investigated|warned) (the|a|an|[A-Z])`)
	reCouldNot   = regexp.MustCompile(`\b(could not|couldn't|couldn’t) ([a-z]{3,})\b`)
	reVerbObject = regexp.MustCompile(`\b([a-z]{3,}[^e]ed|met|told|hit|shot|sent|caught|sold|bought) the ([a-z]{3,}[a-rt-z])([,.;:]|$| (?:in|on|at|for|last|over|with|after|and|by|from|to|as|because|during|before|since|until|when|while|but|that)\b)`)
)

// askWords before "if" make it "whether", or qualify it: "asked if", "even if".
var askWords = map[string]bool{"ask": true, "asked": true, "asks": true, "see": true, "know": true, "knew": true,
	"wonder": true, "wondered": true, "decide": true, "decided": true, "determine": true, "check": true,
	"tell": true, "say": true, "said": true, "unclear": true, "clear": true, "sure": true, "doubt": true,
	"even": true, "only": true, "and": true, "but": true, "that": true, "what": true, "whether": true,
	"not": true, "then": true, "especially": true, "except": true, "confirm": true, "known": true,
	"unknown": true, "determined": true, "learn": true, "find": true, "out": true}

// firstWord returns the first word of s.
func firstWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return strings.Trim(f[0], ",.;:")
}

// capitalize writes the first letter of s in upper case.
func capitalize(s string) string {
	for i, r := range s {
		return string(unicode.ToUpper(r)) + s[i+len(string(r)):]
	}
	return s
}

// uncapitalize writes "The" as "the"; names keep their capitals.
func uncapitalize(s string) string {
	if strings.HasPrefix(s, "The ") {
		return "the" + s[3:]
	}
	return s
}

// withCase writes np as it must stand at position at of s.
func withCase(s string, at int, np string) string {
	if at == 0 {
		return capitalize(np)
	}
	return uncapitalize(np)
}

// svo returns the subject, verb and object of a match of reSVO, and
// whether they are a clause's: no pronoun or adverb as the subject, and no
// noun that a preposition or a participle ties to a noun before it ("the
// split among the justices raised": the split raised).
func svo(s string, m []int) (subj, verb, obj string, ok bool) {
	subj, verb, obj = s[m[4]:m[5]], s[m[6]:m[7]], s[m[8]:m[9]]
	first, rest, _ := strings.Cut(subj, " ")
	if first == "The" || first == "the" {
		first = rest // "The only announced Republican": an adjective, not a noun
	}
	before := strings.Fields(s[:m[4]])
	if n := len(before); n > 0 {
		w := strings.ToLower(before[n-1])
		if qualifiers[w] || strings.HasSuffix(w, "ing") && n > 1 && !strings.ContainsAny(before[n-2], ",;:") {
			return subj, verb, obj, false
		}
		// "in northern Iraq", "in late April", "in the Gaza Strip"
		if n > 1 && w == before[n-1] && !strings.HasSuffix(w, "ed") && qualifiers[strings.ToLower(before[n-2])] {
			return subj, verb, obj, false
		}
	}
	return subj, verb, obj, !notSubjects[first] && !notSubjects[obj] && !strings.EqualFold(subj, obj)
}

// qualifiers are prepositions that tie the noun after them to one before.
var qualifiers = map[string]bool{"of": true, "in": true, "on": true, "at": true, "for": true, "from": true,
	"between": true, "with": true, "near": true, "over": true, "under": true, "across": true, "among": true,
	"to": true, "into": true, "about": true, "behind": true, "inside": true, "outside": true, "by": true}

// toPassive writes "A verbed B" as "B was verbed by A".
func toPassive(s string, m []int) (string, bool) {
	subj, verb, obj, ok := svo(s, m)
	if !ok {
		return s, false
	}
	be := "was"
	if strings.HasSuffix(obj, "s") && !unicode.IsUpper(rune(obj[0])) {
		be = "were"
	}
	participle := map[string]string{"beat": "beaten", "overtook": "overtaken"}[verb]
	if participle == "" {
		participle = verb
	}
	out := s[:m[4]] + withCase(s, m[4], obj) + " " + be + " " + participle + " by " + uncapitalize(subj) + s[m[9]:]
	return out, true
}

// swapRoles writes "A verbed B" as "B verbed A".
func swapRoles(s string, m []int) (string, bool) {
	subj, verb, obj, ok := svo(s, m)
	if !ok {
		return s, false
	}
	return s[:m[4]] + withCase(s, m[4], obj) + " " + verb + " " + uncapitalize(subj) + s[m[9]:], true
}

// Direction words and their synonyms and antonyms, past tense, as news
// writes them.
var (
	directionSynonyms = map[string]string{
		"rose": "climbed", "climbed": "rose", "fell": "dropped", "dropped": "fell",
		"increased": "rose", "decreased": "fell", "jumped": "surged", "surged": "jumped",
		"plunged": "tumbled", "tumbled": "plunged", "gained": "rose", "slipped": "fell",
		"approved": "endorsed", "rejected": "turned down", "grew": "increased", "soared": "jumped",
		"bought": "purchased", "improved": "got better", "widened": "grew", "declines": "drops",
		"increase": "rise", "rising": "climbing", "falling": "dropping", "lower": "smaller",
	}
	directionAntonyms = map[string]string{
		"rose": "fell", "fell": "rose", "climbed": "dropped", "dropped": "climbed",
		"increased": "decreased", "decreased": "increased", "jumped": "plunged", "plunged": "jumped",
		"gained": "lost", "raised": "lowered", "lowered": "raised", "higher": "lower", "lower": "higher",
		"approved": "rejected", "rejected": "approved", "won": "lost", "rising": "falling", "falling": "rising",
		"increase": "decrease", "wider": "narrower", "narrower": "wider", "stronger": "weaker",
		"weaker": "stronger", "bought": "sold", "sold": "bought", "upgraded": "downgraded",
		"downgraded": "upgraded", "better": "worse", "worse": "better", "accepted": "rejected",
		"grew": "shrank", "expanded": "contracted", "surged": "plunged", "soared": "tumbled",
		"strengthened": "weakened", "weakened": "strengthened", "improved": "worsened",
		"passed": "rejected", "allowed": "banned", "banned": "allowed", "supported": "opposed",
		"opposed": "supported", "highest": "lowest", "lowest": "highest", "largest": "smallest",
		"biggest": "smallest", "larger": "smaller", "smaller": "larger", "succeeded": "failed",
		"convicted": "acquitted", "acquitted": "convicted", "widened": "narrowed", "narrowed": "widened",
		"accelerated": "slowed", "slowed": "accelerated", "upheld": "overturned", "overturned": "upheld",
		"imposed": "lifted", "lifted": "imposed", "profit": "loss", "losses": "profits",
	}
	outcomeSynonyms = map[string]string{
		"injured": "wounded", "wounded": "injured", "injuries": "wounds", "slain": "killed",
		"killed": "slain", "deaths": "fatalities", "hurt": "injured", "jail": "prison", "prison": "jail",
		"truck": "lorry", "died": "perished",
	}
	lightVerbSynonyms = map[string]string{
		"sued": "filed a lawsuit against", "attacked": "launched an attack on",
		"charged": "filed charges against", "investigated": "launched an investigation into",
		"warned": "issued a warning to",
	}
	outcomeChanges = map[string]string{
		"killed": "injured", "injured": "killed", "wounded": "killed", "died": "were injured",
		"dead": "injured", "killing": "injuring", "injuring": "killing", "deaths": "injuries",
		"injuries": "deaths", "school": "hospital", "hospital": "school", "north": "south",
		"south": "north", "northern": "southern", "southern": "northern", "eastern": "western",
		"western": "eastern", "wife": "daughter", "son": "brother", "car": "bus", "truck": "train",
	}
)

// predicatesPreserving rewrites keep every direction, role, negation and
// outcome as it is.
var predicatesPreserving = []rewrite{
	{"direction synonym", wordSwap(directionSynonyms)},
	{"passive voice", patternRewrite(reSVO, toPassive)},
	{"implied negation", firstOf(
		patternRewrite(reDeclinable, func(s string, m []int) (string, bool) {
			return s[:m[0]] + "declined to " + s[m[4]:m[5]] + s[m[1]:], true
		}),
		patternRewrite(reCouldNot, func(s string, m []int) (string, bool) {
			return s[:m[0]] + "was unable to " + s[m[4]:m[5]] + s[m[1]:], true
		}))},
	{"outcome synonym", wordSwap(outcomeSynonyms)},
	{"light verb", patternRewrite(reLightable, func(s string, m []int) (string, bool) {
		return s[:m[2]] + lightVerbSynonyms[s[m[2]:m[3]]] + s[m[3]:], true
	})},
}

// predicatesChanging rewrites change one direction, role, implied negation
// or outcome.
var predicatesChanging = []factChange{
	{normalize.KindDirection, rewrite{"direction flipped", wordSwap(directionAntonyms)}},
	{normalize.KindRole, rewrite{"roles swapped", patternRewrite(reSVO, swapRoles)}},
	{normalize.KindNegation, rewrite{"yet to be", patternRewrite(reApproved, func(s string, m []int) (string, bool) {
		have := "has"
		if w := s[m[2]:m[3]]; w == "were" || w == "have been" {
			have = "have"
		}
		return s[:m[0]] + have + " yet to be " + s[m[4]:m[5]] + s[m[1]:], true
	})}},
	{normalize.KindNegation, rewrite{"declined to confirm", patternRewrite(reAffirmed, func(s string, m []int) (string, bool) {
		if aux := s[m[2]:m[3]]; aux == "not" || aux == "never" || aux == "was" || aux == "were" || aux == "be" || aux == "been" || aux == "being" || aux == "is" || aux == "are" ||
			reNegative.MatchString(firstWord(s[m[1]:])) || firstWord(s[m[1]:]) == "nothing" {
			return s, false // a passive or a negation: "were not named", "revealed nothing"
		}
		base := map[string]string{"confirmed": "confirm", "disclosed": "disclose", "identified": "identify",
			"revealed": "reveal", "named": "name"}[s[m[4]:m[5]]]
		return s[:m[4]] + "declined to " + base + s[m[5]:], true
	})}},
	{normalize.KindNegation, rewrite{"only if", patternRewrite(rePlainIf, func(s string, m []int) (string, bool) {
		if askWords[s[m[2]:m[3]]] || reNegative.MatchString(s[max(0, m[0]-40):m[0]]) {
			return s, false // "asked if" is "asked whether"; "not ... only if" a double negation
		}
		return s[:m[1]-2] + "only if" + s[m[1]:], true
	})}},
	{normalize.KindPredicate, rewrite{"outcome changed", wordSwap(outcomeChanges)}},
	{normalize.KindPredicate, rewrite{"object changed", patternRewrite(reVerbObject, func(s string, m []int) (string, bool) {
		return s[:m[5]] + "'s aide" + s[m[5]:], true
	})}},
}

// TestPredicatesPreservingRewrites: at least 99% of rewrites that keep the
// directions, roles, negations and outcomes of real sentences are judged
// the same claim with no divergence.
func TestPredicatesPreservingRewrites(t *testing.T) {
	checkPreserving(t, predicatesPreserving, noDivergence)
}

// TestPredicatesChangingRewrites: at least 95% of rewrites that change one
// direction, role, implied negation or outcome stay grouped with the
// original and are flagged with that kind.
func TestPredicatesChangingRewrites(t *testing.T) {
	checkChanging(t, predicatesChanging)
}
