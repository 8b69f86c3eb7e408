package segment

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/internal/shareddata"
)

// FuzzSplit checks the invariants a caller relies on, for any bytes: no
// panic; sentences in order, not overlapping, inside the input, not empty,
// trimmed, covering every byte that is not white space; Reason set exactly
// when Furniture is.
func FuzzSplit(f *testing.F) {
	for _, s := range []string{
		"Hello World. My name is Jonas.",
		"At 5 a.m. Mr. Smith went to the bank. He left at 6 P.M. Mr. Smith then went home.",
		"1.) The first item 2.) The second item",
		"• 9. The first item • 10. The second item",
		"compounds. . . . The practice was not abandoned. . . .",
		"Her email is Jane.Doe@example.com. I sent her an email.",
		"\"Bohr [...] used the analogy [...]\" (Smith 55).",
		"会谈开始了。双方都很满意！",
		"It was a cold \nnight in the city.\n\nfeatures\ncontact manager\n",
		"Bad \xff\xfe byte. \xe2\x80 Cut rune… Next.",
		"Menu\nNext Article\nA Headline Here\nText...\n[1]",
		"By Lee Park, Associated Press DENVER (AP) — Lawmakers met. [6] He left.[7]",
		"Traffic on Elm Ave. during the commute AFP/Getty Images\n(Photo: J. Roe/AP)",
		"By Ana Ruiz, The storm hit.\nUpdated 6:12 a.m. The river rose.\ni. One ii. Two\nhi. i left. ok!! fine",
		"By Mara Olsen, the river rose.\nBy Ana Ruiz and Tom Bell,  a dam broke\nThe Ledger is reader-funded.",
		"THE LEDGER\nFloods hit.\n© 2025 The Ledger. All rights reserved.\n(c) 2026\nCopyright ©",
		"هل سيحل الجسر المشكلة؟ نعم. डॉ. अनीता ने कहा। ठीक है॥",
	} {
		f.Add(s, false)
		f.Add(s, true)
	}
	// The Golden Rules the splitter is tested against (shared/data).
	if shareddata.Present() {
		for _, r := range shareddata.GoldenRules(f) {
			f.Add(r.Text, false)
			f.Add(r.Text, true)
		}
	}
	if paths, _ := filepath.Glob("../../testdata/seeds/*.txt"); len(paths) > 0 {
		for _, p := range paths {
			if data, err := os.ReadFile(p); err == nil {
				f.Add(string(data), false)
			}
		}
	}
	f.Fuzz(func(t *testing.T, text string, hardWrap bool) {
		prev := 0
		sents := Split(text, Options{HardWrap: hardWrap})
		for i, s := range sents {
			if s.Start < prev || s.End <= s.Start || s.End > len(text) {
				t.Fatalf("sentence %d [%d,%d) after %d in %d bytes", i, s.Start, s.End, prev, len(text))
			}
			first, _ := utf8.DecodeRuneInString(text[s.Start:s.End])
			last, _ := utf8.DecodeLastRuneInString(text[s.Start:s.End])
			if isSpaceRune(first) || isSpaceRune(last) {
				t.Fatalf("sentence %d %q not trimmed", i, text[s.Start:s.End])
			}
			if s.Furniture != (s.Reason != "") {
				t.Fatalf("sentence %d: Furniture %v with Reason %q", i, s.Furniture, s.Reason)
			}
			if gap := text[prev:s.Start]; strings.TrimFunc(gap, isSpaceRune) != "" {
				t.Fatalf("text %q before sentence %d is in no sentence", gap, i)
			}
			prev = s.End
		}
		if tail := text[prev:]; strings.TrimFunc(tail, isSpaceRune) != "" {
			t.Fatalf("text %q after the last sentence is in no sentence", tail)
		}
	})
}
