package normalize

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

var fuzzSeeds = []string{
	"About 2,500 US troops were killed in 2014, officials said.",
	"Over 150 attacks; two-thirds of them failed between 10 and 15 March.",
	"Prime Minister Mohammed Shia al-Sudani didn't attack on Jan. 27, 2024.",
	"It opens in late 2017 or mid-October, on Tuesday, the 1990s, 2024-01-27.",
	"$1.2bn, -5, 15%, two and a half million, No. 2, A$4.56, 10:30 GMT, 1/27/2024",
	"“Curly” ‘quotes’ — Café ﬁne \u00ad\u200b\xff\xfe invalid",
	"al- - -5 $ 2,,5 1.2.3 between and 10-",
	"It broke shortly before 11 p.m. on Saturday, 23:00 local time, 21:45 UTC or 5:45 p.m. EDT, late Sunday night.",
	"From 7-9 p.m., between 2 and 4 p.m., the '60s, the early seventies, May 12-14, 5/6/2025, yesterday, three days ago.",
	"at 10:30 GMT+8 (local time) half past ten o'clock in the early hours of last night noon midnight 0335 GMT",
	"3 metres, nearly 10 feet, €5bn, US$40m, USD 40m, 45 °C, 86F, 120km/h, 25 basis points, half a billion dollars",
	"from 200 to 300, 80-plus, 80+, some 80-odd, 50 or so, a few, several hundred, by a fifth, 3 1/2 miles, 3½, 12\u202f500 t, １２０, a 6m wave",
}

func FuzzFold(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		once := Fold(s)
		if twice := Fold(once); twice != once {
			t.Fatalf("Fold not idempotent: %q -> %q -> %q", s, once, twice)
		}
		if !utf8.ValidString(once) {
			t.Fatalf("Fold(%q) = %q is not valid UTF-8", s, once)
		}
		if _, ascii := foldASCII(s); ascii {
			if slow := slowFold(s); slow != once {
				t.Fatalf("fast path Fold(%q) = %q, chain gives %q", s, once, slow)
			}
		}
	})
}

func FuzzExtract(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		facts := Extract(s)
		if !slices.IsSortedFunc(facts.All, func(a, b Fact) int { return a.Bounds().Start - b.Bounds().Start }) {
			t.Fatalf("Extract(%q): facts not in text order: %v", s, facts.All)
		}
		check := func(kind string, sp Span, text string) {
			if sp.Start < 0 || sp.End > len(s) || sp.Start > sp.End {
				t.Fatalf("%s span %v outside %d bytes of %q", kind, sp, len(s), s)
			}
			if text != "" && s[sp.Start:sp.End] != text {
				t.Fatalf("%s text %q != s[%d:%d] = %q", kind, text, sp.Start, sp.End, s[sp.Start:sp.End])
			}
		}
		for _, x := range facts.All {
			switch f := x.(type) {
			case Number:
				check("number", f.Span, f.Text)
				if f.Low > f.High || f.Value != f.Value {
					t.Fatalf("number %+v: bad interval", f)
				}
			case Date:
				check("date", f.Span, f.Text)
			case Name:
				check("name", f.Span, f.Text)
				// The key's words are joined by single spaces (spelt splits
				// it at them), and masking finds its head as beforeOf does.
				if f.Key == "" || strings.Join(strings.Fields(f.Key), " ") != f.Key {
					t.Fatalf("name %+v: bad key", f)
				}
				want := 0
				if h := f.spelt().head; len(h) > 1 {
					want = len(strings.Join(h[:len(h)-1], " ")) + 1
				}
				if got := keyHead(f.Key); got != want {
					t.Fatalf("name %+v: keyHead %d, want %d", f, got, want)
				}
				if pre := preKey(f.Text); strings.Join(strings.Fields(pre), " ") != pre {
					t.Fatalf("name %+v: pre-key %q is not words joined by single spaces", f, pre)
				}
			case Time:
				check("time", f.Span, f.Text)
				if f.Day.Precision != 0 {
					check("time day", f.Day.Span, f.Day.Text)
					if f.Day.Start < f.Start || f.Day.End > f.End {
						t.Fatalf("time %q: day %q outside it", f.Text, f.Day.Text)
					}
				}
				if f.From < 0 || f.From > 1440 || f.To < 0 || f.To > 1440 {
					t.Fatalf("time %+v: minutes outside a day", f)
				}
			case Negation:
				check("negation", f.Span, "")
				check("negation scope", f.Scope, "")
			default:
				check(string(x.Kind()), x.Bounds(), "")
			}
		}
		if c := facts.Canonical(); !utf8.ValidString(c) {
			t.Fatalf("Canonical(%q) = %q is not valid UTF-8", s, c)
		}
	})
}
