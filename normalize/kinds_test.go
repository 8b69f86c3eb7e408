package normalize

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/claimdiff/claimdiff/internal/shareddata"
)

// TestKindTable walks the table of kinds: every row is complete, named once,
// and reads, compares and writes facts of its own kind.
func TestKindTable(t *testing.T) {
	// One sentence with a fact of each kind the table has today.
	s := "About 2,500 US troops did not leave Iraq at 11 p.m. in 2014, and the army sued the ministry as violence rose, killing 9 people."
	facts := Extract(s)
	seen := map[Kind]bool{}
	for _, k := range kinds {
		if seen[k.name] {
			t.Errorf("kind %q has two rows", k.name)
		}
		seen[k.name] = true
		if k.read == nil && k.after == nil || k.compare == nil || k.canonical == nil || k.mask == nil {
			t.Errorf("kind %q: row lacks a reader, comparer or writer", k.name)
		}
		var own []Fact
		for _, f := range facts.All {
			if f.Kind() == k.name {
				own = append(own, f)
			}
		}
		if len(own) == 0 {
			t.Errorf("kind %q: no fact read from %q", k.name, s)
			continue
		}
		for _, f := range own {
			if kindOf(f) != &kinds[slices.IndexFunc(kinds, func(r kind) bool { return r.name == k.name })] {
				t.Errorf("kind %q: kindOf gives another row", k.name)
			}
			b := f.Bounds()
			if b.Start < 0 || b.End > len(s) || b.Start >= b.End {
				t.Errorf("kind %q: span %v outside %q", k.name, b, s)
			}
		}
		// A sentence agrees with itself on every fact it states.
		cs := k.compare(&facts, &facts)
		if len(cs) == 0 {
			t.Errorf("kind %q: comparing a sentence with itself compares nothing", k.name)
		}
		for _, c := range cs {
			if c.Verdict != Agree {
				t.Errorf("kind %q: %q against itself: %v", k.name, s[c.A.Start:c.A.End], c.Verdict)
			}
		}
		var b strings.Builder
		k.canonical(&b, own[0], s)
	}
	if got := Kinds(); len(got) != len(kinds) {
		t.Errorf("Kinds() = %v, want %d kinds", got, len(kinds))
	}
}

// TestOfKept checks that the facts of a kind kept for comparisons are
// those Of picks, and are worked out again when All is replaced.
func TestOfKept(t *testing.T) {
	f := Extract("About 2,500 US troops and 40 civilians left Baghdad on Monday, officials said.")
	for range 2 { // worked out, then kept
		if diff := cmp.Diff(Of[Number](f), of[Number](&f), cmp.AllowUnexported(Number{})); diff != "" {
			t.Errorf("of[Number] (-Of +of):\n%s", diff)
		}
	}
	f.All = f.All[1:]
	if diff := cmp.Diff(Of[Number](f), of[Number](&f), cmp.AllowUnexported(Number{})); diff != "" {
		t.Errorf("of[Number] after All changed (-Of +of):\n%s", diff)
	}
	if got := of[Time](&f); got != nil {
		t.Errorf("of[Time] = %v, want none", got)
	}
}

// TestReadersOpen checks each row's opens (see kind.opens): at every token
// of the test sentences, of MRPC and of the news clusters whose read key
// has none of its flags, its reader turns the token away and reads nothing,
// so that Extract may skip it there.
func TestReadersOpen(t *testing.T) {
	for _, k := range kinds {
		if k.opens&fUpper != 0 && k.name != KindEntity {
			t.Fatalf("%s reader opens at a capital: Extract drops it from a capitalized stop word for the names reader alone", k.name)
		}
	}
	sents := append(testSentences(t), fuzzSeeds...)
	sents = append(sents, weakOpenerSentences...)
	sents = append(sents, numeralTimeSentences...)
	for _, tt := range timeAnchorTests {
		sents = append(sents, tt.in)
	}
	if shareddata.Present() {
		for _, p := range shareddata.MRPC(t) {
			sents = append(sents, p.A, p.B)
		}
		sents = append(sents, newsSentences(t)...)
	}
	tokens, skipped := 0, 0
	for _, s := range sents {
		lower := append(appendLowerASCII(nil, s), make([]byte, 8)...)
		p := &parser{s: s, lc: string(lower[:len(s)]), x: defaultExtractor}
		p.toks = tokenize(nil, s, p.lc, lower)
		tokens += len(p.toks)
		for i := range p.toks {
			for _, k := range kinds {
				if k.read == nil || k.opens&p.readKey(i) != 0 {
					continue
				}
				skipped++
				if next, ok := k.read(p, i); ok || next != i || len(p.facts) > 0 {
					t.Fatalf("%s reader read at token %d (%q, key %b) of %q, which its row's opens leave out", k.name, i, p.toks[i].lc, p.readKey(i), s)
				}
			}
			for form, opens := range timeFormOpens {
				if opens&p.readKey(i) != 0 {
					continue
				}
				skipped++
				var tm Time
				if next, ok := p.timeForm(form, i, &tm); ok || next != i {
					t.Fatalf("time form %d read at token %d (%q, key %b) of %q, which its opens leave out", form, i, p.toks[i].lc, p.readKey(i), s)
				}
			}
			if tok := &p.toks[i]; tok.kind == tNum && tok.lex&timeOpeners == 0 && !p.numeralOpensTime(i) {
				skipped++
				_, ok := p.clockRange(i)
				for form := range timeFormOpens {
					var tm Time
					if _, read := p.timeForm(form, i, &tm); read {
						ok = true
					}
				}
				if ok || len(p.facts) > 0 {
					t.Fatalf("time read at numeral %d (%q) of %q, which numeralOpensTime turns away", i, p.toks[i].lc, s)
				}
			}
			p.timeAnchors.scanned = false // scanned afresh, as at the reader's first call
			if !p.timeAnchorFrom(i) && p.toks[i].lc != "tonight" {
				skipped++
				// The time reader's every reading, called without the test.
				_, ok := p.clockRange(i)
				var tm Time
				if _, read := p.timeFromClock(i+1, &tm); read && p.lcAt(i) == "between" {
					ok = true
				}
				for form := range timeFormOpens {
					if _, read := p.timeForm(form, i, &tm); read {
						ok = true
					}
				}
				if ok || len(p.facts) > 0 {
					t.Fatalf("time read at token %d (%q) of %q, where timeAnchorFrom finds no word it needs", i, p.toks[i].lc, s)
				}
			}
			if p.is(i, fCardinal) && p.noDateAt(i) {
				skipped++
				// A cardinal the date reader turns away: decade and dateCore,
				// called without the test.
				_, _, ok := p.decade(i, i)
				if _, _, r := p.dateCore(i, false); r {
					ok = true
				}
				if _, _, r := p.dateCore(i, true); r {
					ok = true
				}
				if ok {
					t.Fatalf("date read at cardinal %d (%q) of %q, which the date reader turns away", i, p.toks[i].lc, s)
				}
			}
			if p.is(i, fStop) && p.capitalStopWord(i) {
				skipped++
				// Extract drops the capital of such a word from its read
				// key: the names reader would pass over it, with no fact.
				if next, ok := p.name(i); ok && next != i+1 || len(p.facts) > 0 {
					t.Fatalf("name read at capitalized stop word %d (%q) of %q, which Extract passes over", i, p.toks[i].lc, s)
				}
			}
			if !p.clockMayOpen(i) {
				skipped++
				_, ok := p.clock(i, false)
				if _, ctx := p.clock(i, true); ok || ctx {
					t.Fatalf("clock read at token %d (%q) of %q, which clockMayOpen turns away", i, p.toks[i].lc, s)
				}
			}
			if tok := &p.toks[i]; tok.kind == tNum && tok.lex&dateOpeners == 0 && !p.numeralOpensDate(i) {
				skipped++
				// Each reading date makes at a numeral, called without the test.
				_, _, ok := p.relativeDate(i)
				for _, read := range []func(int) (Date, int, bool){p.dayFirstRange, p.numericDate} {
					if _, _, r := read(i); r {
						ok = true
					}
				}
				if _, _, r := p.decade(i, i); r {
					ok = true
				}
				if _, _, r := p.dateCore(i, false); r {
					ok = true
				}
				if _, _, r := p.dateCore(i, true); r {
					ok = true
				}
				if ok || len(p.facts) > 0 {
					t.Fatalf("date read at numeral %d (%q) of %q, which numeralOpensDate turns away", i, p.toks[i].lc, s)
				}
			}
		}
	}
	t.Logf("%d tokens of %d sentences, %d reader calls skipped", tokens, len(sents), skipped)
}

// numeralTimeSentences state times that open with a numeral, in each form
// numeralOpensTime lets through.
var numeralTimeSentences = []string{
	"The blast came at 0335 GMT, at 10:30 a.m. local time, or 2300 hours on 3 May.",
	"They met from 7-9 p.m. on 2024-01-27, at 12 noon on 1/27/2024 and at 8 (EDT).",
	"Polls closed at 7.30pm, at 11 o'clock and at 6pm ET, 4-5 hours later.",
	"By eleven p.m., shortly after ten o'clock and at a quarter past six, or half past nine, at noon.",
	// and dates, each form that numeralOpensDate lets through
	"In the 60s and the 1960's, on 27 January, the 3rd of May, 12-14 May, 5.6.2025 and three days ago.",
	"It ran from 12 to 14 May 2025, between 2 and 3 June, 1 through 4 July, in 2014 and 10 years ago.",
}

// weakOpenerSentences state facts that open with a word whose flags
// weakenKey keeps only before certain words: hedges, time hedges and part
// phrases of two words or more, and "a" or "an".
var weakOpenerSentences = []string{
	"They met at a quarter to six, a half hour later than planned.",
	"It rose a little over 5 percent, a little before noon.",
	"The deal closed a week ago, in excess of $200 million.",
	"At least 12 people and a dozen police officers were hurt at the end of 2017.",
	"An estimated 5,000 attended; a few hundred left a minimum of 3 hours early.",
	"Shortly before 10 p.m., minutes after the vote, a third of the members left.",
	"Sometime around 3 p.m. on Monday, up to 40 percent of a couple of thousand voters had voted.",
	"No more than two-thirds of the seats, as many as 300, changed hands in the middle of May.",
	// Time hedges, their clock at the far end of their reach or after it.
	"Some time around a quarter past ten, a little after eleven o'clock, just before 2300 hours and approx. 7:30 it rained.",
	"By the company's count, about half past six, after talks, nearly 0335 GMT and by 9 pm were the times.",
}

// TestFactsInTextOrder checks that Extract returns facts in text order (by
// start), as Facts.All promises, on the test sentences and the MRPC
// sentences: Extract sorts them only when a reader added one out of order
// (see parser.add), so a reader that appended otherwise, or gave add a
// wrong start, would show here.
func TestFactsInTextOrder(t *testing.T) {
	check := func(t *testing.T, sents []string) {
		for _, s := range sents {
			all := Extract(s).All
			if !slices.IsSortedFunc(all, func(a, b Fact) int { return a.Bounds().Start - b.Bounds().Start }) {
				t.Errorf("Extract(%q): facts not in text order: %v", s, all)
			}
		}
	}
	t.Run("test sentences", func(t *testing.T) { check(t, testSentences(t)) })
	t.Run("MRPC", func(t *testing.T) { check(t, mrpcSentences(t)) }) // skipped without the shared data
}

// foreignFact is a Fact of a kind the table lacks, as a caller may make.
type foreignFact struct{ Span }

func (foreignFact) Kind() Kind     { return "sentiment" }
func (f foreignFact) Bounds() Span { return f.Span }

// TestFactsMadeByHand checks that a nil Fact, one of a kind the table
// lacks (a caller's own type, its span even outside the text), or a name
// whose span lies outside the text, in Facts made by hand, is passed over
// as if it were not there by every function that takes Facts or a Fact,
// rather than panicking.
func TestFactsMadeByHand(t *testing.T) {
	a, b := Extract("About 2,500 US troops are in Iraq, Ilse Brandt said on Monday."),
		Extract("Some 3,000 US troops are in Iraq, Ilse Brant said on Tuesday.")
	for _, extra := range []Fact{nil, foreignFact{Span{3, 9}}, foreignFact{Span{-5, 900}}, Name{Span: Span{40, 90}, Text: "Ilse Brant", Key: "ilse brant"}} {
		withExtra := func(f Facts) Facts {
			all := append([]Fact{extra}, f.All...)
			return Facts{Text: f.Text, All: append(all, extra)}
		}
		ha, hb := withExtra(a), withExtra(b)
		plain := func(f Facts) Facts { return Facts{Text: f.Text, All: f.All} }
		type results struct {
			Compare                     []Comparison
			Masked, Canonical           string
			Anchors                     int
			PairKeys                    []string
			Unpaired, Selected, Numbers int
			Agrees                      bool
			About, Value                string
		}
		of := func(a, b Facts) results {
			cs := Compare(a, b)
			return results{
				Compare: cs, Masked: a.Masked(), Canonical: a.Canonical(), Anchors: len(a.Anchors()),
				PairKeys: a.PairKeys(), Unpaired: Unpaired(a, b, cs),
				Selected: len(a.Select(func(Fact) bool { return true }).All), Numbers: len(Of[Number](a)),
				Agrees: Agrees(extra, extra), About: About(extra), Value: CanonicalValue(extra, a.Text),
			}
		}
		want := of(plain(a), plain(b))
		want.Selected = len(a.All) // Select keeps a caller's own facts, drops nil ones
		if extra != nil {
			want.Selected += 2
		}
		if diff := cmp.Diff(want, of(ha, hb)); diff != "" {
			t.Errorf("with %#v among the facts (-without +with):\n%s", extra, diff)
		}
	}
}
