package claims

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/normalize"
)

// Rewrites of clock times, parts of days and relative dates in real news
// sentences (the shared MRPC and BASIL text), judged by Match as in
// rewrite_test.go. The rewriters find what they rewrite with their own
// regular expressions, not with the extractor.

var (
	reClock12 = regexp.MustCompile(`\b(\d{1,2})(?::(\d\d))? ?(a\.m\.|p\.m\.|am\b|pm\b)`)
	reDayPart = regexp.MustCompile(`\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|this) (morning|afternoon|evening|night)\b`)
	reLastYM  = regexp.MustCompile(`\blast (year|week|month)\b`)
	reRelDay  = regexp.MustCompile(`\b(yesterday|today|tomorrow)\b`)
)

// clock12 returns the hour (1-12), minutes and whether a 12-hour clock
// match m is after noon; ok is false for an hour that is no clock.
func clock12(m []string) (hour, minute int, pm, ok bool) {
	hour, _ = strconv.Atoi(m[1])
	if m[2] != "" {
		minute, _ = strconv.Atoi(m[2])
	}
	return hour, minute, strings.HasPrefix(m[3], "p"), hour >= 1 && hour <= 12 && minute < 60
}

// replaceFirst rewrites the first match of re in s with repl, or reports
// false when there is none or repl declines it ("" keeps it).
func replaceFirst(s string, re *regexp.Regexp, repl func(m []string) string) (string, bool) {
	for _, loc := range re.FindAllStringSubmatchIndex(s, -1) {
		m := make([]string, len(loc)/2)
		for k := range m {
			if loc[2*k] >= 0 {
				m[k] = s[loc[2*k]:loc[2*k+1]]
			}
		}
		if r := repl(m); r != "" {
			return s[:loc[0]] + r + s[loc[1]:], true
		}
	}
	return s, false
}

// timePreserving rewrites change how a time or relative date is written.
var timePreserving = []rewrite{
	{"clock 9:30 p.m. -> 21:30", func(s string) (string, bool) {
		return replaceFirst(s, reClock12, func(m []string) string {
			h, min, pm, ok := clock12(m)
			if !ok {
				return ""
			}
			h %= 12
			if pm {
				h += 12
			}
			return fmt.Sprintf("%02d:%02d", h, min)
		})
	}},
	{"clock p.m. -> pm", func(s string) (string, bool) {
		return replaceFirst(s, reClock12, func(m []string) string {
			if _, _, pm, ok := clock12(m); !ok || !strings.Contains(m[3], ".") {
				return ""
			} else if pm {
				return strings.TrimSuffix(m[0], m[3]) + "pm"
			}
			return strings.TrimSuffix(m[0], m[3]) + "am"
		})
	}},
	{"day part Monday morning -> the morning of Monday", func(s string) (string, bool) {
		return replaceFirst(s, reDayPart, func(m []string) string {
			if m[1] == "yesterday" || m[1] == "this" {
				return ""
			}
			return "the " + m[2] + " of " + m[1]
		})
	}},
	{"relative last year -> a year ago", func(s string) (string, bool) {
		return replaceFirst(s, reLastYM, func(m []string) string { return "a " + m[1] + " ago" })
	}},
}

// timeChanging rewrites change one time or relative date.
var timeChanging = []factChange{
	{normalize.KindTime, rewrite{"clock hour changed", func(s string) (string, bool) {
		return replaceFirst(s, reClock12, func(m []string) string {
			h, _, _, ok := clock12(m)
			if !ok {
				return ""
			}
			if h += 3; h > 12 {
				h -= 6
			}
			return strconv.Itoa(h) + m[0][len(m[1]):]
		})
	}}},
	{normalize.KindTime, rewrite{"clock a.m. <-> p.m.", func(s string) (string, bool) {
		return replaceFirst(s, reClock12, func(m []string) string {
			if _, _, _, ok := clock12(m); !ok {
				return ""
			}
			swap := map[string]string{"a.m.": "p.m.", "p.m.": "a.m.", "am": "pm", "pm": "am"}
			return strings.TrimSuffix(m[0], m[3]) + swap[m[3]]
		})
	}}},
	{normalize.KindTime, rewrite{"day part changed", func(s string) (string, bool) {
		return replaceFirst(s, reDayPart, func(m []string) string {
			other := map[string]string{"morning": "evening", "evening": "morning", "afternoon": "night", "night": "afternoon"}
			return m[1] + " " + other[m[2]]
		})
	}}},
	{normalize.KindDate, rewrite{"relative day changed", func(s string) (string, bool) {
		return replaceFirst(s, reRelDay, func(m []string) string {
			return map[string]string{"yesterday": "today", "today": "yesterday", "tomorrow": "today"}[m[1]]
		})
	}}},
	{normalize.KindDate, rewrite{"relative week changed", func(s string) (string, bool) {
		out, ok := replaceFirst(s, reLastYM, func(m []string) string { return "this " + m[1] })
		return out, ok && !strings.Contains(out, "the this") // "the last year" is a span of time
	}}},
}

// TestTimePreservingRewrites: at least 99% of rewrites of how a time or a
// relative date is written are judged the same claim with no divergence.
func TestTimePreservingRewrites(t *testing.T) {
	checkPreserving(t, timePreserving, noDivergence)
}

// TestTimeChangingRewrites: at least 95% of changes of one time or
// relative date stay grouped with the original and are flagged with the
// right kind.
func TestTimeChangingRewrites(t *testing.T) {
	checkChanging(t, timeChanging)
}
