package render

import (
	"fmt"
	"slices"
	"strings"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/normalize"
)

// The fixtures are reports built by hand, independent of the pipeline, so
// that every feature of the formats is exercised: divergences of several
// kinds, a cluster with two claims of one source, a repeated claim, unique
// claims, furniture, long text, Unicode, and HTML-special characters in
// texts and source names.

const (
	alj     = "Al Jazeera & Co"
	bbc     = "BBC News"
	reuters = `Reuters <wire> "live"`
)

func fixtureDocs() []claims.Document {
	return []claims.Document{
		{Name: alj, Text: "Some 3,000 US troops are stationed in Iraq, officials said. The talks began on Monday in Baghdad. " +
			"The talks began on Monday in Baghdad, again.\n" +
			"The minister said <script>alert(\"x\")</script> & 'quotes' are fine.\n\nRead more\n"},
		{Name: bbc, Text: "About 2,500 US troops are stationed in Iraq. Talks started Monday in Baghdad. The US will withdraw soon.\n" +
			"Ministers met in Zürich on “Tuesday” — café 🇮🇶 talks. Ministers met in Zürich on “Tuesday”, officials confirmed.\n" +
			"An unusually long sentence that keeps going well past the width of any reasonable terminal, so that the text report " +
			"must wrap or cut it and mark the cut.\n"},
		{Name: reuters, Text: "Iraq talks: 2,500 troops\n" +
			"About 2,500 US troops are stationed in Iraq, officials said.  The talks began on Monday in Baghdad.\r\n" +
			"The US will not withdraw soon.\nSubscribe to our newsletter"},
	}
}

// fixture returns the hand-built report on fixtureDocs.
func fixture() (*claims.Report, []claims.Document) {
	docs := fixtureDocs()
	a := locate(docs[0], "Some 3,000 US troops are stationed in Iraq, officials said.", "The talks began on Monday in Baghdad.",
		"The talks began on Monday in Baghdad, again.", `The minister said <script>alert("x")</script> & 'quotes' are fine.`, "Read more")
	b := locate(docs[1], "About 2,500 US troops are stationed in Iraq.", "Talks started Monday in Baghdad.", "The US will withdraw soon.",
		"Ministers met in Zürich on “Tuesday” — café 🇮🇶 talks.", "Ministers met in Zürich on “Tuesday”, officials confirmed.",
		"An unusually long sentence that keeps going well past the width of any reasonable terminal, so that the text report must wrap or cut it and mark the cut.")
	c := locate(docs[2], "Iraq talks: 2,500 troops", "About 2,500 US troops are stationed in Iraq, officials said.",
		"The talks began on Monday in Baghdad.", "The US will not withdraw soon.", "Subscribe to our newsletter")
	r := &claims.Report{
		Sources: []claims.Source{
			{Name: alj, Sentences: 5, Furniture: 1, Claims: 4, Shared: 3, Unique: 1, SharedWith: map[string]int{bbc: 2, reuters: 2}},
			{Name: bbc, Sentences: 6, Claims: 6, Shared: 3, Unique: 1, SharedWith: map[string]int{alj: 2, reuters: 3}},
			{Name: reuters, Sentences: 5, Furniture: 1, Claims: 4, Shared: 3, Unique: 1, SharedWith: map[string]int{alj: 2, bbc: 3}},
		},
		Clusters: []claims.Cluster{
			{ID: 1, Sources: []string{alj, bbc, reuters}, Claims: []claims.Claim{a[1], a[2], b[1], c[2]},
				Divergences: []claims.Divergence{}, Agreeing: []string{alj, bbc, reuters}, Diverging: []string{}},
			{ID: 2, Sources: []string{alj, bbc, reuters}, Claims: []claims.Claim{a[0], b[0], c[1]},
				Facts: []claims.Fact{fact(normalize.KindNumber, "us troops", claims.StatusDiverge,
					value(side(a[0], "Some 3,000")), value(side(b[0], "About 2,500"), side(c[1], "About 2,500")))},
				Divergences: []claims.Divergence{
					{Kind: normalize.KindNumber, A: side(a[0], "3,000"), B: side(b[0], "2,500")},
					{Kind: normalize.KindNumber, A: side(a[0], "3,000"), B: side(c[1], "2,500")},
				},
				Agreeing: []string{bbc, reuters}, Diverging: []string{alj}},
			{ID: 3, Sources: []string{bbc, reuters}, Claims: []claims.Claim{b[2], c[3]},
				Facts: []claims.Fact{fact(normalize.KindNegation, "", claims.StatusDiverge,
					value(side(b[2], "withdraw")), value(side(c[3], "not withdraw")))},
				Divergences: []claims.Divergence{{Kind: normalize.KindNegation,
					A: claims.Side{Source: bbc, Sentence: 2, Value: "affirmed", Start: b[2].Start, End: b[2].End},
					B: side(c[3], "not")}},
				Agreeing: []string{}, Diverging: []string{bbc, reuters}},
			{ID: 4, Sources: []string{bbc}, Claims: []claims.Claim{b[3], b[4]},
				Divergences: []claims.Divergence{}, Agreeing: []string{bbc}, Diverging: []string{}},
		},
		Unique:    []claims.Claim{a[3], b[5], c[0]},
		Furniture: []claims.Sentence{furniture(a[4]), furniture(c[4])},
	}
	return r, docs
}

// shortFixture has short source names, which label themselves.
func shortFixture() (*claims.Report, []claims.Document) {
	docs := []claims.Document{
		{Name: "bbc", Text: "Talks began on 27 January. Nothing else."},
		{Name: "cnn", Text: "Talks began on 28 January."},
	}
	a := locate(docs[0], "Talks began on 27 January.", "Nothing else.")
	b := locate(docs[1], "Talks began on 28 January.")
	r := &claims.Report{
		Sources: []claims.Source{
			{Name: "bbc", Sentences: 2, Claims: 2, Shared: 1, Unique: 1, SharedWith: map[string]int{"cnn": 1}},
			{Name: "cnn", Sentences: 1, Claims: 1, Shared: 1, SharedWith: map[string]int{"bbc": 1}},
		},
		Clusters: []claims.Cluster{{ID: 1, Sources: []string{"bbc", "cnn"}, Claims: []claims.Claim{a[0], b[0]},
			Facts: []claims.Fact{fact(normalize.KindDate, "", claims.StatusDiverge,
				value(side(a[0], "27 January")), value(side(b[0], "28 January")))},
			Divergences: []claims.Divergence{{Kind: normalize.KindDate, A: side(a[0], "27 January"), B: side(b[0], "28 January")}},
			Agreeing:    []string{}, Diverging: []string{"bbc", "cnn"}}},
		Unique:    []claims.Claim{a[1]},
		Furniture: []claims.Sentence{},
	}
	return r, docs
}

// locate finds each sentence in doc, in order, and returns it as a claim
// with its byte offsets.
func locate(doc claims.Document, sentences ...string) []claims.Claim {
	var out []claims.Claim
	pos := 0
	for i, s := range sentences {
		at := strings.Index(doc.Text[pos:], s)
		if at < 0 {
			panic(fmt.Sprintf("fixture: %q not in %s after byte %d", s, doc.Name, pos))
		}
		start := pos + at
		out = append(out, claims.Claim{Source: doc.Name, Sentence: i, Start: start, End: start + len(s), Text: s})
		pos = start + len(s)
	}
	return out
}

// side locates value inside claim c.
func side(c claims.Claim, value string) claims.Side {
	at := strings.Index(c.Text, value)
	if at < 0 {
		panic(fmt.Sprintf("fixture: %q not in %q", value, c.Text))
	}
	return claims.Side{Source: c.Source, Sentence: c.Sentence, Value: value, Start: c.Start + at, End: c.Start + at + len(value)}
}

// furniture returns the furniture line of the report at claim c's place.
func furniture(c claims.Claim) claims.Sentence {
	return claims.Sentence{Source: c.Source, Index: c.Sentence, Start: c.Start, End: c.End, Text: c.Text, Furniture: true}
}

// fact builds a cluster's fact from its values.
func fact(kind normalize.Kind, about string, status claims.Status, values ...claims.Value) claims.Fact {
	return claims.Fact{Kind: kind, About: about, Status: status, Values: values}
}

// value is one value of a fact, stated at sides (the first one's text).
func value(sides ...claims.Side) claims.Value {
	v := claims.Value{Value: sides[0].Value, Sides: sides}
	for _, s := range sides {
		if !slices.Contains(v.Sources, s.Source) {
			v.Sources = append(v.Sources, s.Source)
		}
	}
	return v
}
