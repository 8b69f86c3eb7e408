package claims

import (
	"slices"
	"time"

	"github.com/claimdiff/claimdiff/internal/clause"

	"github.com/claimdiff/claimdiff/normalize"
	"github.com/claimdiff/claimdiff/similarity"
)

// Divergence is a fact on which two claims of one cluster disagree, or,
// when Note is set, a note on a fact they agree on (kind "spelling": one
// name spelt two ways), which is no disagreement.
type Divergence struct {
	Kind normalize.Kind `json:"kind"` // normalize.KindNumber, KindDate, ..., KindSpelling
	A    Side           `json:"a"`
	B    Side           `json:"b"`
	Note bool           `json:"note,omitempty"` // a note, not a disagreement (see normalize.Comparison.Note)
}

// Side is one claim's version of a divergent fact.
type Side struct {
	Source   string `json:"source,omitempty"`
	Sentence int    `json:"sentence"`
	Value    string `json:"value"` // as written, e.g. "about 2,500"
	Start    int    `json:"start"` // byte offsets of Value in the source's text
	End      int    `json:"end"`
}

// String returns a short description such as
// `number: wire "about 2,500" vs daily "3,000"`, or, for a note,
// `spelling (note): wire "Marchetti" vs daily "Marcheti"`.
func (d Divergence) String() string {
	kind := string(d.Kind)
	if d.Note {
		kind += " (note)"
	}
	return kind + ": " + d.A.String() + " vs " + d.B.String()
}

func (s Side) String() string {
	if s.Source == "" {
		return `"` + s.Value + `"`
	}
	return s.Source + ` "` + s.Value + `"`
}

// claim is a claim unit of a sentence (see internal/clause), prepared for
// comparison: text is of the unit, and its spans are into the unit.
type claim struct {
	Sentence
	unit  normalize.Span // the claim's bytes within the sentence
	text  *similarity.Text
	view  *view // the whole sentence, when the claim is not all of it
	quote bool  // the claim is a quoted passage
	// passages are the folded words of the quoted passages of the claim
	// (the whole of it when it is one), nil when it quotes nothing: two
	// claims that quote one passage state one claim (sharesQuote).
	passages []passage
	// facts are the facts the claim states, read in its whole sentence:
	// those of its unit and of the words around it that no other claim of
	// the sentence has, so that who said it ("Mayor Ruiz announced") is
	// compared too. Spans are into the sentence.
	facts normalize.Facts
	// origin numbers the factsOrigin of facts in the corpus: claims of
	// one origin state the same facts, and compare alike (compareFacts).
	origin int
	// textID numbers the textOrigin of text in the corpus: copies of one
	// text score alike (Corpus.scoreOnce).
	textID int
}

// factsOrigin is what a claim's facts are read from in one comparison (one
// Extractor, but for the day relative dates are read against): its
// sentence, its unit (with the sentence, that gives the other units) and
// its document's day of publication. Claims of one origin state the same
// facts: Extractor.At reads relative dates against the day of its time
// alone.
type factsOrigin struct {
	sentence string
	unit     normalize.Span
	day      publicationDay
}

// textOrigin is what a prepared text is made of: the text, and the day
// its relative dates are read against.
type textOrigin struct {
	text string
	day  publicationDay
}

// publicationDay is the calendar day of a publication time in its
// location; the zero value for an unknown time.
type publicationDay struct {
	known      bool
	year, yday int
}

func dayOf(t time.Time) publicationDay {
	if t.IsZero() {
		return publicationDay{}
	}
	return publicationDay{true, t.Year(), t.YearDay()}
}

// newClaim returns the claim that unit u of sentence s states, given the
// unit's text prepared. Its facts are those of its text until setFacts
// reads them in the whole sentence.
func newClaim(s Sentence, u normalize.Span, text *similarity.Text) *claim {
	return &claim{Sentence: s, unit: u, text: text, facts: text.Facts}
}

// setFacts sets the facts of the claims of one sentence, whose whole text
// is prepared in v: each claim states the facts of the sentence that lie
// outside every other claim's unit, but for the day or time its attribution
// says it was said ("police said on Sunday": see clause.SaidWhen) and a
// negation outside its unit, which negates the clause it stands in
// ("“I take full responsibility,” she said, without taking questions"), not
// one whose scope reaches into it ("Police would not confirm that “the
// driver had been drinking”"). A claim
// nested in another (an aside: "formed in 2014") states the facts within
// its unit only; the claim around it states them too, so that they are
// compared where the clause is grouped though the aside is not.
func setFacts(v *view, cs []*claim) {
	for _, c := range cs {
		nested := slices.ContainsFunc(cs, func(o *claim) bool { return o != c && holds(o.unit, c.unit) })
		c.facts = v.text.Facts.Select(func(x normalize.Fact) bool {
			b := x.Bounds()
			if nested {
				return c.unit.Start <= b.Start && b.End <= c.unit.End
			}
			if k := x.Kind(); (k == normalize.KindDate || k == normalize.KindTime) && (b.End <= c.unit.Start || c.unit.End <= b.Start) &&
				clause.SaidWhen(v.text.Facts.Text, b.Start) {
				return false
			}
			if n, ok := x.(normalize.Negation); ok && !overlaps(b, c.unit) && !overlaps(n.Scope, c.unit) {
				return false // it negates its own clause: "..., she said, without taking questions"
			}
			return !slices.ContainsFunc(cs, func(o *claim) bool {
				return o != c && overlaps(o.unit, b) && !holds(c.unit, o.unit)
			})
		})
	}
}

// overlaps reports whether spans a and b share a byte.
func overlaps(a, b normalize.Span) bool {
	return a.Start < b.End && b.Start < a.End
}

// holds reports whether unit a holds unit b nested in it.
func holds(a, b normalize.Span) bool {
	return a.Start <= b.Start && b.End <= a.End && a != b
}

// body returns the text of the claim: its unit of the sentence.
func (c *claim) body() string { return c.text.Raw }

// claim locates c in its source.
func (c *claim) claim() Claim {
	return Claim{Source: c.Source, Sentence: c.Index, Start: c.Start + c.unit.Start, End: c.Start + c.unit.End, Text: c.body()}
}

// side locates span s of claim c's facts (into its sentence) in its source.
func (c *claim) side(s normalize.Span) Side {
	return Side{Source: c.Source, Sentence: c.Index, Value: c.facts.Text[s.Start:s.End], Start: c.Start + s.Start, End: c.Start + s.End}
}

// diverge returns the facts on which a and b disagree, and the notes on
// facts they agree on, a's side first, kind by kind in the order of
// normalize's table of kinds. A fact that only one claim mentions is not a
// divergence: the other claim is silent on it, not contradicting it.
func diverge(a, b *claim) []Divergence {
	var out []Divergence
	for _, c := range normalize.Compare(a.facts, b.facts) {
		if c.Verdict == normalize.Diverge || c.Note() {
			out = append(out, Divergence{c.Kind, a.side(c.A), b.side(c.B), c.Note()})
		}
	}
	return out
}
