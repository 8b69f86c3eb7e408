package claims_test

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/rand"
	"slices"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff"
	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/normalize"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// tricky texts that stress offsets: multi-byte runes, CRLF, leading and
// trailing space, invalid UTF-8, no final punctuation.
var tricky = []claims.Document{
	{Name: "empty", Text: ""},
	{Name: "spaces", Text: " \n\t \r\n "},
	{Name: "crlf", Text: "First line here.\r\nSecond line, no stop\r\n\r\nThird. Fourth!"},
	{Name: "runes", Text: "  Ünïcödé “quotes” — dashes… Next one?  Yes。\n"},
	{Name: "invalid", Text: "Bad \xff\xfe bytes. Then more.\xc3"},
}

func docsByName(docs []claims.Document) map[string]string {
	m := map[string]string{}
	for _, d := range docs {
		m[d.Name] = d.Text
	}
	return m
}

func TestSplitOffsets(t *testing.T) {
	for _, doc := range append(claimdiff.Sample(), tricky...) {
		prevEnd := 0
		for i, s := range claims.Split(doc) {
			if s.Index != i || s.Source != doc.Name {
				t.Errorf("%s: sentence %d has index %d, source %q", doc.Name, i, s.Index, s.Source)
			}
			if s.Start < prevEnd || s.End <= s.Start || s.End > len(doc.Text) {
				t.Fatalf("%s: sentence %d has bad range [%d,%d) after %d", doc.Name, i, s.Start, s.End, prevEnd)
			}
			if got := doc.Text[s.Start:s.End]; got != s.Text {
				t.Errorf("%s: sentence %d: text %q != input[%d:%d] %q", doc.Name, i, s.Text, s.Start, s.End, got)
			}
			if strings.TrimSpace(s.Text) != s.Text {
				t.Errorf("%s: sentence %d is not trimmed: %q", doc.Name, i, s.Text)
			}
			prevEnd = s.End
		}
	}
}

// TestSplitLosesNoText checks that every non-space byte of the input is in
// some sentence: splitting marks furniture but never drops text.
func TestSplitLosesNoText(t *testing.T) {
	for _, doc := range append(claimdiff.Sample(), tricky...) {
		covered := make([]bool, len(doc.Text))
		for _, s := range claims.Split(doc) {
			for i := s.Start; i < s.End; i++ {
				covered[i] = true
			}
		}
		for i, c := range covered {
			if !c && !strings.ContainsRune(" \t\r\n", rune(doc.Text[i])) {
				t.Errorf("%s: byte %d (%q) is in no sentence", doc.Name, i, doc.Text[i])
				break
			}
		}
	}
}

func TestCompareOffsets(t *testing.T) {
	docs := append(claimdiff.Sample(), tricky...)
	text := docsByName(docs)
	r, err := claims.Compare(docs)
	if err != nil {
		t.Fatal(err)
	}
	check := func(what string, source string, start, end int, want string) {
		t.Helper()
		src, ok := text[source]
		if !ok {
			t.Fatalf("%s: unknown source %q", what, source)
		}
		if start < 0 || end > len(src) || start > end || src[start:end] != want {
			t.Errorf("%s: %q is not %s[%d:%d]", what, want, source, start, end)
		}
	}
	for _, c := range r.Clusters {
		for _, cl := range c.Claims {
			check("cluster claim", cl.Source, cl.Start, cl.End, cl.Text)
		}
		for _, d := range c.Divergences {
			check("divergence a", d.A.Source, d.A.Start, d.A.End, d.A.Value)
			check("divergence b", d.B.Source, d.B.Start, d.B.End, d.B.Value)
		}
	}
	for _, u := range r.Unique {
		check("unique claim", u.Source, u.Start, u.End, u.Text)
	}
}

// TestCompareAccountsForEveryClaim checks that each article sentence is
// either a fragment or covered by claim units that lie inside it, overlap
// only by nesting, and are each in exactly one cluster or in the unique list; and
// that the source counts add up: no claim is lost or counted twice.
func TestCompareAccountsForEveryClaim(t *testing.T) {
	docs := claimdiff.Sample()
	r, err := claims.Compare(docs)
	if err != nil {
		t.Fatal(err)
	}
	type key struct {
		source   string
		sentence int
	}
	units := map[key][]claims.Claim{}
	for _, c := range r.Clusters {
		if len(c.Claims) < 2 {
			t.Errorf("cluster %d has %d claims", c.ID, len(c.Claims))
		}
		for _, cl := range c.Claims {
			units[key{cl.Source, cl.Sentence}] = append(units[key{cl.Source, cl.Sentence}], cl)
		}
	}
	for _, u := range r.Unique {
		units[key{u.Source, u.Sentence}] = append(units[key{u.Source, u.Sentence}], u)
	}
	fragment := map[key]bool{}
	for _, f := range r.Fragments {
		fragment[key{f.Source, f.Index}] = true
	}
	perSource := map[string]int{}
	for _, d := range docs {
		for _, s := range claims.Split(d) {
			us := units[key{d.Name, s.Index}]
			perSource[d.Name] += len(us)
			switch {
			case s.Furniture && (len(us) > 0 || fragment[key{d.Name, s.Index}]):
				t.Errorf("%s [%d] is furniture but reported as a claim or fragment: %q", d.Name, s.Index, s.Text)
			case !s.Furniture && fragment[key{d.Name, s.Index}] == (len(us) > 0):
				t.Errorf("%s [%d]: %d claims, fragment %v: %q", d.Name, s.Index, len(us), fragment[key{d.Name, s.Index}], s.Text)
			}
			for i, u := range us {
				// Units overlap only by nesting (an aside in its clause).
				crosses := slices.ContainsFunc(us[:i], func(v claims.Claim) bool {
					disjoint := u.End <= v.Start || v.End <= u.Start
					nested := v.Start <= u.Start && u.End <= v.End || u.Start <= v.Start && v.End <= u.End
					return !disjoint && (!nested || u.Start == v.Start && u.End == v.End)
				})
				if u.Start < s.Start || u.End > s.End || crosses || d.Text[u.Start:u.End] != u.Text {
					t.Errorf("%s [%d]: claim %d..%d %q is not a piece of its sentence %d..%d or crosses another", d.Name, s.Index, u.Start, u.End, u.Text, s.Start, s.End)
				}
			}
		}
	}
	for _, s := range r.Sources {
		if s.Claims != perSource[s.Name] || s.Sentences != s.Furniture+s.Fragments+countSentencesWithClaims(r, s.Name) {
			t.Errorf("%s: counts do not add up: %+v, %d claims reported", s.Name, s, perSource[s.Name])
		}
	}
}

// countSentencesWithClaims counts the sentences of a source with a claim in r.
func countSentencesWithClaims(r *claims.Report, source string) int {
	seen := map[int]bool{}
	for _, c := range r.Clusters {
		for _, cl := range c.Claims {
			if cl.Source == source {
				seen[cl.Sentence] = true
			}
		}
	}
	for _, u := range r.Unique {
		if u.Source == source {
			seen[u.Sentence] = true
		}
	}
	return len(seen)
}

func TestCompareIgnoresSourceOrder(t *testing.T) {
	docs := append(claimdiff.Sample(), tricky...)
	want, err := claims.Compare(docs)
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewSource(3))
	for i := 0; i < 5; i++ {
		rng.Shuffle(len(docs), func(i, j int) { docs[i], docs[j] = docs[j], docs[i] })
		got, err := claims.Compare(docs)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("report depends on source order (-want +got):\n%s", diff)
		}
	}
}

func TestCompareRejectsBadDocuments(t *testing.T) {
	tests := []struct {
		name string
		docs []claims.Document
		want error
		msg  string
	}{
		{"no name", []claims.Document{{Name: "", Text: "x"}}, claims.ErrNoName, "document 0"},
		{"blank name", []claims.Document{{Name: "a", Text: "x"}, {Name: "  ", Text: "y"}}, claims.ErrNoName, "document 1"},
		{"duplicate", []claims.Document{{Name: "a", Text: "x"}, {Name: "a", Text: "y"}}, claims.ErrDuplicateName, `source "a"`},
		{"too large", []claims.Document{{Name: "big", Text: strings.Repeat("x", 11)}}, claims.ErrTooLarge, `source "big": 11 bytes`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := claims.Compare(tt.docs, claims.WithMaxBytes(10))
			if !errors.Is(err, tt.want) || r != nil {
				t.Fatalf("Compare() = %v, %v; want error %v", r, err, tt.want)
			}
			if !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("error %q does not name %s", err, tt.msg)
			}
		})
	}
}

func TestCompareRejectsBadOptions(t *testing.T) {
	docs := []claims.Document{{Name: "a", Text: "Talks began on Monday."}, {Name: "b", Text: "Talks began Monday."}}
	tests := []struct {
		name string
		opt  claims.Option
		msg  string // nil error when empty
	}{
		{"threshold above 1", claims.WithThreshold(2), "WithThreshold: threshold 2 is outside [0, 1]"},
		{"threshold below 0", claims.WithThreshold(-0.1), "WithThreshold: threshold -0.1 is outside [0, 1]"},
		{"threshold NaN", claims.WithThreshold(math.NaN()), "WithThreshold: threshold NaN is outside [0, 1]"},
		{"scorer threshold", claims.WithScorer(nil, 7), "WithScorer: threshold 7 is outside [0, 1]"},
		{"threshold 0", claims.WithThreshold(0), ""},
		{"threshold 1", claims.WithThreshold(1), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := claims.Compare(docs, tt.opt)
			if tt.msg == "" {
				if err != nil || r == nil {
					t.Fatalf("Compare() = %v, %v; want a report", r, err)
				}
				return
			}
			if !errors.Is(err, claims.ErrBadOption) || r != nil || !strings.Contains(err.Error(), tt.msg) {
				t.Fatalf("Compare() = %v, %v; want ErrBadOption saying %q", r, err, tt.msg)
			}
			// A corpus made with the option refuses both steps.
			c := claims.NewCorpus(tt.opt)
			if err := c.Add(context.Background(), docs...); !errors.Is(err, claims.ErrBadOption) {
				t.Errorf("Add: %v, want ErrBadOption", err)
			}
			if _, err := c.Report(context.Background()); !errors.Is(err, claims.ErrBadOption) {
				t.Errorf("Report: %v, want ErrBadOption", err)
			}
		})
	}
}

func TestCompareNoDocuments(t *testing.T) {
	r, err := claims.Compare(nil)
	if err != nil {
		t.Fatal(err)
	}
	want := &claims.Report{Sources: []claims.Source{}, Clusters: []claims.Cluster{}, Unique: []claims.Claim{}, Furniture: []claims.Sentence{}, Fragments: []claims.Sentence{}}
	if diff := cmp.Diff(want, r); diff != "" {
		t.Errorf("Compare(nil) (-want +got):\n%s", diff)
	}
}

// TestFactValuesQuoteDivergences: a fact's values quote what its
// divergences quote ("did not resign" against "resigned"), not the bare cue.
func TestFactValuesQuoteDivergences(t *testing.T) {
	docs := []claims.Document{
		{Name: "courier", Text: "The harbour master did not resign after the collision, the port authority said on Friday."},
		{Name: "daily", Text: "The harbour master resigned after the collision, the port authority said on Friday."},
		{Name: "wire", Text: "The harbour master did not resign after the collision, the port authority said Friday."},
	}
	r, err := claims.Compare(docs)
	if err != nil {
		t.Fatal(err)
	}
	type quote struct{ Kind, Value string }
	var divs, values []quote
	for _, c := range r.Clusters {
		for _, d := range c.Divergences {
			for _, s := range []claims.Side{d.A, d.B} {
				if q := (quote{string(d.Kind), s.Value}); !slices.Contains(divs, q) {
					divs = append(divs, q)
				}
			}
		}
		for _, f := range c.Facts {
			if f.Status == claims.StatusDiverge {
				for _, v := range f.Values {
					values = append(values, quote{string(f.Kind), v.Value})
				}
			}
		}
	}
	sortQuotes := cmpopts.SortSlices(func(a, b quote) bool { return a.Value < b.Value })
	want := []quote{{"negation", "not resign"}, {"negation", "resigned"}}
	if diff := cmp.Diff(want, divs, sortQuotes); diff != "" {
		t.Errorf("divergences quote (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(want, values, sortQuotes); diff != "" {
		t.Errorf("diverging facts' values (-want +got):\n%s", diff)
	}
}

// TestFactValuesAtTheirSpan: a fact noted on a name inside a longer fact
// (a spelling inside the role of its clause) quotes the name, as its
// divergence does, not the longer fact's words.
func TestFactValuesAtTheirSpan(t *testing.T) {
	docs := []claims.Document{
		{Name: "h", Text: "A state of emergency was declared by Gov. Ilse Marcheti on Sunday morning."},
		{Name: "c", Text: "Governor Ilse Marchetti declared a state of emergency early on Sunday."},
	}
	r, err := claims.Compare(docs)
	if err != nil {
		t.Fatal(err)
	}
	type quote struct{ Kind, Source, Value string }
	var divs, values []quote
	for _, c := range r.Clusters {
		for _, d := range c.Divergences {
			for _, s := range []claims.Side{d.A, d.B} {
				divs = append(divs, quote{string(d.Kind), s.Source, s.Value})
			}
		}
		for _, f := range c.Facts {
			if f.Kind == normalize.KindSpelling {
				for _, v := range f.Values {
					for _, s := range v.Sides {
						values = append(values, quote{string(f.Kind), s.Source, s.Value})
					}
				}
			}
		}
	}
	sortQuotes := cmpopts.SortSlices(func(a, b quote) bool { return a.Source < b.Source })
	want := []quote{{"spelling", "c", "Governor Ilse Marchetti"}, {"spelling", "h", "Gov. Ilse Marcheti"}}
	if diff := cmp.Diff(want, divs, sortQuotes); diff != "" {
		t.Errorf("divergences quote (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(want, values, sortQuotes); diff != "" {
		t.Errorf("spelling facts' values (-want +got):\n%s", diff)
	}
}

// TestAttributionDateNotCompared: the day an attribution says a claim was
// made ("police said on Sunday") is not the day of the event the claim
// states: it is not compared with it.
func TestAttributionDateNotCompared(t *testing.T) {
	docs := []claims.Document{
		{Name: "post", Text: "Twelve people died after a ferry overturned in a storm on Lake Varn, police said on Sunday."},
		{Name: "wire", Text: "Twelve people died when a ferry overturned in a storm on Lake Varn on Saturday evening."},
		{Name: "daily", Text: "Twelve people died after a ferry overturned in a storm on Lake Varn, coastguards said on Sunday."},
	}
	groups, got := divergencesOf(t, docs)
	if groups != 1 {
		t.Fatalf("%d groups of two or more sources, want 1", groups)
	}
	if diff := cmp.Diff([]string(nil), got); diff != "" {
		t.Errorf("divergences (-want +got):\n%s", diff)
	}
}

// divergencesOf compares docs and returns how many groups of two or more
// sources the report has, and its divergences ("kind: a / b").
func divergencesOf(t *testing.T, docs []claims.Document) (groups int, divergences []string) {
	t.Helper()
	r, err := claims.Compare(docs)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range r.Clusters {
		if len(c.Sources) > 1 {
			groups++
		}
		for _, d := range c.Divergences {
			divergences = append(divergences, string(d.Kind)+": "+d.A.Value+" / "+d.B.Value)
		}
	}
	return groups, divergences
}

// TestAttributionNegation: a negation beside a quote, in the clause of who
// said it ("without taking questions"), negates that clause, not what was
// said: two outlets that quote the mayor alike agree. A negation whose
// scope reaches into the quote ("would not confirm that") is compared.
func TestAttributionNegation(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want []string
	}{
		{"negation of the attribution",
			"\"I made mistakes, and I take full responsibility for them,\" Mayor Ines Kalb said before leaving the chamber without taking questions.",
			"\"I made mistakes, and I take full responsibility for them,\" Mayor Ines Kalb said in a statement.",
			nil},
		{"negation of what was said",
			"Police would not confirm that \"the driver of the truck had been drinking before the crash,\" as a witness told reporters.",
			"Police confirmed that \"the driver of the truck had been drinking before the crash,\" as a witness told reporters.",
			[]string{"negation: not confirm / confirmed"}},
	}
	for _, tt := range tests {
		groups, got := divergencesOf(t, []claims.Document{{Name: "post", Text: tt.a}, {Name: "wire", Text: tt.b}})
		if groups != 1 {
			t.Errorf("%s: %d groups of two or more sources, want 1", tt.name, groups)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: divergences (-want +got):\n%s", tt.name, diff)
		}
	}
}

// TestAttributionToWhomDateNotCompared: the day in an attribution set
// apart up to "that" ("told the union on Monday that", "said in a
// statement on Tuesday that") is when the claim was made, not a fact of
// it: the outlets agree on the day the talks resume.
func TestAttributionToWhomDateNotCompared(t *testing.T) {
	docs := []claims.Document{
		{Name: "post", Text: "The health ministry told the union on Monday that talks would resume on Thursday."},
		{Name: "wire", Text: "Talks with the nurses' union will resume on Thursday, the ministry said."},
		{Name: "daily", Text: "The ministry said in a statement on Tuesday that talks with the union would resume on Thursday."},
	}
	r, err := claims.Compare(docs)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range r.Clusters {
		for _, f := range c.Facts {
			for _, v := range f.Values {
				got = append(got, string(f.Kind)+" "+string(f.Status)+": "+v.Value+" "+strings.Join(v.Sources, ","))
			}
		}
	}
	want := []string{"date agree: Thursday daily,post,wire"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("facts (-want +got):\n%s", diff)
	}
}

// TestCompareGroupsAnchoredPairWithoutSharedWords: two sentences that
// share no word but agree on an anchor ("63 survivors", "Sixty-three
// people were rescued") are the same claim for Match, and Compare groups
// them too.
func TestCompareGroupsAnchoredPairWithoutSharedWords(t *testing.T) {
	a, b := "Rescuers pulled 63 survivors from the water.", "Sixty-three people were rescued from the lake."
	if m := claims.Match(a, b); !m.Same {
		t.Fatalf("Match(%q, %q) = %+v, want the same claim", a, b, m)
	}
	r, err := claims.Compare([]claims.Document{{Name: "a", Text: a}, {Name: "b", Text: b}})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Clusters) != 1 || len(r.Clusters[0].Sources) != 2 {
		t.Errorf("Compare: %d clusters, unique %d; want one cluster of both", len(r.Clusters), len(r.Unique))
	}
}

// TestCompareHeadlineJoinsLede: a headline joins the group of its lede
// when they share a word of content, not when they only both state a
// date: "Council vote set for Monday" is not "The mayor resigned on
// Tuesday", and joined to it would show a date the outlets diverge on.
func TestCompareHeadlineJoinsLede(t *testing.T) {
	lede := "The mayor resigned on Tuesday after a corruption inquiry into city contracts."
	other := "The mayor resigned on Tuesday after a corruption inquiry into city contracts, officials said."
	tests := []struct {
		headline string
		joins    bool
	}{
		{"Mayor resigns over contracts inquiry", true},
		{"Council vote set for Monday", false},
	}
	for _, tt := range tests {
		r, err := claims.Compare([]claims.Document{{Name: "a", Text: tt.headline + "\n\n" + lede}, {Name: "b", Text: other}})
		if err != nil {
			t.Fatal(err)
		}
		if len(r.Clusters) != 1 {
			t.Fatalf("%q: %d clusters, want 1", tt.headline, len(r.Clusters))
		}
		c := r.Clusters[0]
		joined := slices.ContainsFunc(c.Claims, func(cl claims.Claim) bool { return cl.Text == tt.headline })
		if joined != tt.joins {
			t.Errorf("%q joined its lede's group: %v, want %v (claims %v)", tt.headline, joined, tt.joins, c.Claims)
		}
		if !tt.joins && len(c.Divergences) > 0 {
			t.Errorf("%q: divergences %+v, want none", tt.headline, c.Divergences)
		}
	}
}

// TestCompareHeadlineJoinsLedeGroup: a headline that restates its lede
// joins the lede's group with another outlet's claim, though it is made of
// the story's common words, whatever unrelated source is added; a headline
// that shares no words with the other outlet's claim stands alone.
func TestCompareHeadlineJoinsLedeGroup(t *testing.T) {
	lede := "The Skarvik council voted 7-2 on Monday to ban the harvesting of kelp in the fjord for five years."
	body := "Harvesting companies said the decision would cost jobs along the coast."
	other := "Skarvik councillors on Monday approved a five-year ban on harvesting kelp in the fjord by seven votes to two.\n\n" +
		"The harvesting firms warned that jobs on the coast would be lost."
	unrelated := "Ferry delays on the fjord\n\nThe morning ferry across the fjord ran two hours late on Tuesday because of fog."
	tests := []struct {
		headline string
		joins    bool
	}{
		{"Kelp harvesting banned", true},
		{"Skarvik kelp ban passes 7-2", true},
		{"Council votes to halt kelp cutting", true},
		{"Skarvik fishermen fear for their livelihoods", false},
	}
	for _, tt := range tests {
		for _, extra := range []bool{false, true} {
			docs := []claims.Document{{Name: "a", Text: tt.headline + "\n\n" + lede + "\n\n" + body}, {Name: "b", Text: other}}
			if extra {
				docs = append(docs, claims.Document{Name: "c", Text: unrelated})
			}
			r, err := claims.Compare(docs)
			if err != nil {
				t.Fatal(err)
			}
			joins := slices.ContainsFunc(r.Clusters, func(c claims.Cluster) bool {
				return slices.ContainsFunc(c.Claims, func(cl claims.Claim) bool { return cl.Source == "a" && cl.Sentence == 0 }) &&
					slices.ContainsFunc(c.Claims, func(cl claims.Claim) bool { return cl.Source == "b" })
			})
			if joins != tt.joins {
				t.Errorf("%q (unrelated source: %v): in the lede's group with b: %v, want %v", tt.headline, extra, joins, tt.joins)
			}
		}
	}
}

// TestCompareHeadlinePartJoinsLede: a headline of two claim units ("roof
// caves in; three hurt, 40 evacuated") is compared part by part; a part no
// pair groups joins its lede's group when it shares a word or a figure
// with the lede's sentence, and stays out when it shares neither.
func TestCompareHeadlinePartJoinsLede(t *testing.T) {
	lede := "The roof of the Hallam Road warehouse caved in at 9 a.m. on Monday, and 40 workers were ordered out of the building, the company said."
	other := "Some 40 workers were evacuated after the roof of the Hallam Road warehouse caved in shortly before 9 a.m. on Monday, the company said."
	tests := []struct {
		headline, part string
		joins          bool
	}{
		{"Hallam Road warehouse roof caves in; three hurt, 40 evacuated", "three hurt, 40 evacuated", true},
		{"Hallam Road warehouse roof caves in; questions for its owners remain unanswered", "questions for its owners remain unanswered", false},
		// A figure of a clock time ("9 a.m.") is no count the part shares.
		{"Hallam Road warehouse roof caves in; 9 hurt, 12 evacuated", "9 hurt, 12 evacuated", false},
	}
	for _, tt := range tests {
		r, err := claims.Compare([]claims.Document{{Name: "a", Text: tt.headline + "\n\n" + lede}, {Name: "b", Text: other}})
		if err != nil {
			t.Fatal(err)
		}
		var in []string // the parts of the headline in the lede's group
		for _, c := range r.Clusters {
			if !slices.ContainsFunc(c.Claims, func(cl claims.Claim) bool { return cl.Source == "b" }) {
				continue
			}
			for _, cl := range c.Claims {
				if cl.Source == "a" && cl.Sentence == 0 {
					in = append(in, cl.Text)
				}
			}
		}
		want := []string{"Hallam Road warehouse roof caves in"}
		if tt.joins {
			want = append(want, tt.part)
		}
		if diff := cmp.Diff(want, in); diff != "" {
			t.Errorf("%q: headline parts in the lede's group (-want +got):\n%s", tt.headline, diff)
		}
	}
}

// TestFactAbout: a fact says what it is about; where the units are what
// differ, what was measured ("money", "length"), not one side's unit, and
// a count its counted thing.
func TestFactAbout(t *testing.T) {
	tests := []struct {
		a, b string
		want []string // kind: about, of each fact whose sources diverge
	}{
		{"The state pledged $40 million to rebuild the dam.", "The state pledged €40 million to rebuild the dam.", []string{"unit: money"}},
		{"The wave reached 30 feet at the harbour wall.", "The wave reached 30 metres at the harbour wall.", []string{"unit: length"}},
		{"About 2,000 residents were evacuated from the valley.", "About 3,500 residents were evacuated from the valley.", []string{"number: residents"}},
		// An identifier is a code, not a count of "c".
		{"The Air Force flew a C-17 to the base on Monday.", "The Air Force flew a C-130 to the base on Monday.", []string{"number: code"}},
	}
	for _, tt := range tests {
		r, err := claims.Compare([]claims.Document{{Name: "a", Text: tt.a}, {Name: "b", Text: tt.b}})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, c := range r.Clusters {
			for _, f := range c.Facts {
				if f.Status == claims.StatusDiverge {
					got = append(got, string(f.Kind)+": "+f.About)
				}
			}
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%q vs %q: diverging facts (-want +got):\n%s", tt.a, tt.b, diff)
		}
	}
}

// TestCopiesBeyondAllPairs: beyond the claims scored all pairs, a sentence
// that many outlets print word for word (wire copy), some with another
// figure, is still one group with the divergence flagged: copies count once
// in the candidate index, which would otherwise find every word of the
// sentence too common to key it.
func TestCopiesBeyondAllPairs(t *testing.T) {
	var docs []claims.Document
	for k := range 85 {
		figure := "2,500"
		if k%3 == 0 {
			figure = "3,000"
		}
		var b strings.Builder
		fmt.Fprintf(&b, "About %s US troops arrived in Iraq on Monday, officials said.\n", figure)
		for j := range 18 {
			fmt.Fprintf(&b, "Residents of district %d met the council of ward %d about road %d.\n", k, j, k*18+j)
		}
		docs = append(docs, claims.Document{Name: fmt.Sprintf("outlet%02d", k), Text: b.String()})
	}
	r, err := claims.Compare(docs)
	if err != nil {
		t.Fatal(err)
	}
	var troops *claims.Cluster
	for i, c := range r.Clusters {
		for _, cl := range c.Claims {
			if strings.Contains(cl.Text, "troops") {
				troops = &r.Clusters[i]
			}
		}
	}
	if troops == nil {
		t.Fatalf("the copied sentence is in no group (%d groups)", len(r.Clusters))
	}
	var values []string
	for _, f := range troops.Facts {
		if f.Kind == normalize.KindNumber {
			for _, v := range f.Values {
				values = append(values, v.Value)
			}
			if f.Status != claims.StatusDiverge {
				t.Errorf("troops: status %s, want diverge", f.Status)
			}
		}
	}
	if got := len(troops.Claims); got != 85 {
		t.Errorf("the group holds %d of the 85 copies", got)
	}
	if diff := cmp.Diff([]string{"About 3,000", "About 2,500"}, values); diff != "" {
		t.Errorf("troops values (-want +got):\n%s", diff)
	}
}

// TestCompareAsides: a sentence that states two claims, one in an aside
// ("The coalition, formed in 2014 ..., has 2,500 troops"), joins the group
// of each, with the facts of each: the aside's year is not compared with
// the troops' figure, nor the troops' figure with the year. A unit nested
// in its clause (an aside, a clause in -ing) in no group is not listed
// apart, whether its clause is in a group or not: its clause says it.
func TestCompareAsides(t *testing.T) {
	docs := []claims.Document{
		{Name: "wire", Text: "About 2,500 US troops are stationed in Iraq. The coalition was formed in 2015 to fight the Islamic State group. " +
			"The tanker ran aground near Port Elm on Sunday night."},
		{Name: "gazette", Text: "The coalition, formed in 2014 to fight ISIS, has approximately 2,500 US troops in Iraq. " +
			"The ferry, built in 1962, sank off the coast on Monday. " +
			"The tanker ran aground near Port Elm on Sunday night, spilling about 40 tonnes of diesel into the bay."},
	}
	r, err := claims.Compare(docs)
	if err != nil {
		t.Fatal(err)
	}
	type group struct {
		Claims      []string
		Divergences []string
	}
	var got []group
	for _, c := range r.Clusters {
		var g group
		for _, cl := range c.Claims {
			g.Claims = append(g.Claims, cl.Source+": "+cl.Text)
		}
		for _, d := range c.Divergences {
			g.Divergences = append(g.Divergences, string(d.Kind)+": "+d.A.Value+" / "+d.B.Value)
		}
		got = append(got, g)
	}
	want := []group{
		{Claims: []string{
			"gazette: The coalition, formed in 2014 to fight ISIS, has approximately 2,500 US troops in Iraq.",
			"wire: About 2,500 US troops are stationed in Iraq.",
		}},
		{Claims: []string{
			"gazette: The coalition, formed in 2014 to fight ISIS",
			"wire: The coalition was formed in 2015 to fight the Islamic State group.",
		}, Divergences: []string{"date: 2014 / 2015"}},
		{Claims: []string{
			"gazette: The tanker ran aground near Port Elm on Sunday night, spilling about 40 tonnes of diesel into the bay.",
			"wire: The tanker ran aground near Port Elm on Sunday night.",
		}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("groups (-want +got):\n%s", diff)
	}
	var unique []string
	for _, u := range r.Unique {
		unique = append(unique, u.Text)
	}
	if diff := cmp.Diff([]string{"The ferry, built in 1962, sank off the coast on Monday."}, unique); diff != "" {
		t.Errorf("unique claims (-want +got):\n%s", diff)
	}
}

// TestCompareAsideNotItsClausesRepeat: a clause and the aside nested in it
// are one sentence, not a claim its source states twice; they never form a
// group of their own ("The dam, which holds back 40 million cubic metres
// of water, was not damaged" and "The dam, which holds back 40 million
// cubic metres of water" were grouped as the source repeating itself).
func TestCompareAsideNotItsClausesRepeat(t *testing.T) {
	docs := []claims.Document{
		{Name: "gazette", Text: "The dam, which holds back 40 million cubic metres of water, was not damaged, engineers said.\n" +
			"The bridge, built in 1962, was closed on Monday.\n"},
		{Name: "wire", Text: "Heavy rain fell across the region on Sunday."},
	}
	r, err := claims.Compare(docs)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range r.Clusters {
		for i, a := range c.Claims {
			for _, b := range c.Claims[i+1:] {
				if a.Source == b.Source && a.Sentence == b.Sentence && (a.Start <= b.Start && b.End <= a.End || b.Start <= a.Start && a.End <= b.End) {
					t.Errorf("group %d holds %q and %q, nested in it", c.ID, a.Text, b.Text)
				}
			}
		}
	}
	var unique []string
	for _, u := range r.Unique {
		unique = append(unique, u.Text)
	}
	want := []string{
		"The dam, which holds back 40 million cubic metres of water, was not damaged",
		"The bridge, built in 1962, was closed on Monday.",
		"Heavy rain fell across the region on Sunday.",
	}
	if diff := cmp.Diff(want, unique); diff != "" {
		t.Errorf("unique claims (-want +got):\n%s", diff)
	}
}

// TestCompareAsideFactsInItsClause: the facts of an aside that joins no
// group are compared where its clause is grouped: the clause states them
// too.
func TestCompareAsideFactsInItsClause(t *testing.T) {
	r, err := claims.Compare([]claims.Document{
		{Name: "a", Text: "The bridge, built in 1962, was closed on Monday after inspectors found cracks."},
		{Name: "b", Text: "Inspectors closed the bridge, which was built in 1963, on Monday after finding cracks."},
	})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range r.Clusters {
		for _, d := range c.Divergences {
			got = append(got, string(d.Kind)+": "+d.A.Value+" / "+d.B.Value)
		}
	}
	if diff := cmp.Diff([]string{"date: 1962 / 1963"}, got); diff != "" {
		t.Errorf("divergences (-want +got):\n%s", diff)
	}
}

// TestQuotationHardWrapped: in hard-wrapped text a line break inside a
// paragraph is a space, so a quotation of several sentences runs across
// it: each of its sentences is quoted as on one line.
func TestQuotationHardWrapped(t *testing.T) {
	para := func(sep string) string {
		return "“The water rose faster than anyone expected at the plant." + sep +
			"We lost the pumps within an hour and the generators soon after." + sep +
			"The crews did all they could,” Fire Chief Dana Ortiz said."
	}
	r, err := claims.Compare([]claims.Document{{Name: "mail", Text: para("\n")}, {Name: "web", Text: para(" ")}}, claims.WithHardWrap())
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range r.Clusters {
		for _, cl := range c.Claims {
			if cl.Source == "mail" {
				got = append(got, cl.Text)
			}
		}
	}
	want := []string{
		"The water rose faster than anyone expected at the plant",
		"We lost the pumps within an hour and the generators soon after",
		"The crews did all they could",
	}
	if diff := cmp.Diff(want, got, cmpopts.SortSlices(func(a, b string) bool { return a < b })); diff != "" {
		t.Errorf("claims of the hard-wrapped quotation (-want +got):\n%s", diff)
	}
}
