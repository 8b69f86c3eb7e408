package render

import (
	"bytes"
	"io"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/claimdiff/claimdiff/internal/golden"
	"github.com/claimdiff/claimdiff/normalize"

	"github.com/claimdiff/claimdiff"
	"github.com/claimdiff/claimdiff/claims"
	"github.com/google/go-cmp/cmp"
)

// reports are the hand-built inputs of the golden tests.
func reports() []struct {
	name string
	r    *claims.Report
} {
	long, _ := fixture()
	short, _ := shortFixture()
	return []struct {
		name string
		r    *claims.Report
	}{
		{"fixture", long},
		{"short", short},
		{"empty", &claims.Report{}},
	}
}

func TestGolden(t *testing.T) {
	formats := []struct {
		ext   string
		write func(io.Writer, *claims.Report) error
	}{
		{"txt", Text},
		{"md", Markdown},
	}
	for _, tt := range reports() {
		for _, f := range formats {
			t.Run(tt.name+"."+f.ext, func(t *testing.T) {
				var b strings.Builder
				if err := f.write(&b, tt.r); err != nil {
					t.Fatal(err)
				}
				golden.Check(t, filepath.Join("testdata", tt.name+"."+f.ext+".golden"), b.String())
			})
		}
	}
}

// TestTextWidth checks that the terminal report fits 100 columns: only a
// word longer than a line may stick out.
func TestTextWidth(t *testing.T) {
	sample, err := claims.Compare(claimdiff.Sample())
	if err != nil {
		t.Fatal(err)
	}
	cases := reports()
	cases = append(cases, struct {
		name string
		r    *claims.Report
	}{"sample", sample})
	for _, tt := range cases {
		var b strings.Builder
		if err := Text(&b, tt.r); err != nil {
			t.Fatal(err)
		}
		for i, line := range strings.Split(b.String(), "\n") {
			if n := utf8.RuneCountInString(line); n > width && len(strings.Fields(line)) > 2 {
				t.Errorf("%s: line %d has %d columns: %q", tt.name, i+1, n, line)
			}
		}
	}
}

// TestTextShowsEverything checks that every shared claim and every value of
// its facts reaches the terminal in full, and that cut lines are marked.
func TestTextShowsEverything(t *testing.T) {
	r, _ := fixture()
	var b strings.Builder
	if err := Text(&b, r); err != nil {
		t.Fatal(err)
	}
	flat := strings.Join(strings.Fields(b.String()), " ")
	for _, c := range r.Clusters {
		for _, cl := range c.Claims {
			if !strings.Contains(flat, cl.Text) {
				t.Errorf("claim %q missing from the text report", cl.Text)
			}
		}
		for _, f := range c.Facts {
			for _, v := range f.Values {
				if !strings.Contains(flat, v.Value+" (") {
					t.Errorf("value %q of a %s fact missing", v.Value, f.Kind)
				}
			}
		}
	}
	for _, u := range r.Unique {
		if !strings.Contains(flat, u.Text) && !strings.Contains(flat, u.Text[:40]) {
			t.Errorf("unique claim %q missing", u.Text)
		}
	}
	if !strings.Contains(b.String(), "…") {
		t.Error("the long unique claim is cut without an ellipsis")
	}
}

func TestMarkdownEscaping(t *testing.T) {
	r, _ := fixture()
	var b bytes.Buffer
	if err := Markdown(&b, r); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, bad := range []string{"<script>", "<wire>"} {
		if strings.Contains(out, bad) {
			t.Errorf("Markdown holds raw %q", bad)
		}
	}
	for _, want := range []string{"&lt;script&gt;", `Reuters &lt;wire&gt; "live"`, "Al Jazeera &amp; Co", "<details>", "</details>"} {
		if !strings.Contains(out, want) {
			t.Errorf("Markdown lacks %q", want)
		}
	}
}

func TestLabels(t *testing.T) {
	tests := []struct {
		names []string
		want  []string
		named bool
	}{
		{[]string{"bbc", "cnn"}, []string{"bbc", "cnn"}, true},
		{[]string{"bbc", "reuters"}, []string{"bbc", "reuters"}, true},
		{[]string{"bbc", "a-very-long-outlet"}, []string{"A", "B"}, false},
		{[]string{"a b", "c"}, []string{"A", "B"}, false},
		{make([]string, 28), nil, false}, // filled below
	}
	tests[4].names = nil
	for i := range 28 {
		tests[4].names = append(tests[4].names, "source"+string(rune('a'+i%26))+strings.Repeat("x", i/26))
	}
	tests[4].want = []string{"A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N",
		"O", "P", "Q", "R", "S", "T", "U", "V", "W", "X", "Y", "Z", "AA", "AB"}
	for _, tt := range tests {
		var ss []claims.Source
		for _, n := range tt.names {
			ss = append(ss, claims.Source{Name: n})
		}
		label, named := labels(ss)
		var got []string
		for _, n := range tt.names {
			got = append(got, label[n])
		}
		if diff := cmp.Diff(tt.want, got); diff != "" || named != tt.named {
			t.Errorf("labels(%v): named %v, diff (-want +got):\n%s", tt.names, named, diff)
		}
	}
}

func TestTruncateMiddle(t *testing.T) {
	for _, tt := range []struct {
		in   string
		n    int
		want string
	}{
		{"wire", 12, "wire"},
		{"outlet_with_a_long_name_12", 12, "outlet…me_12"},
		{"outlet_with_a_long_name_13", 13, "outlet…ame_13"},
		{"Zürcher Zeitung", 9, "Zürc…tung"},
		{"abc", 2, "a…"},
	} {
		got := truncateMiddle(tt.in, tt.n)
		if got != tt.want || utf8.RuneCountInString(got) > tt.n {
			t.Errorf("truncateMiddle(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
		}
	}
}

// TestVerdict: the header of a claim group says who agrees and who
// diverges; a group where some pairs disagree but no source disagrees
// with most others "mostly" agrees; sources agree only on facts compared.
func TestVerdict(t *testing.T) {
	label := map[string]string{"wire": "wire", "daily": "daily", "post": "post"}
	three := []string{"daily", "post", "wire"}
	diverging := []claims.Fact{{Kind: normalize.KindNumber, Status: claims.StatusDiverge}}
	agreeing := []claims.Fact{{Kind: normalize.KindDate, Status: claims.StatusAgree}}
	single := []claims.Fact{{Kind: normalize.KindEntity, Status: claims.StatusSingle}}
	tests := []struct {
		c    claims.Cluster
		want string
	}{
		{claims.Cluster{Sources: three, Agreeing: three, Diverging: []string{}, Facts: agreeing}, "daily, post, wire agree"},
		// Agreement is only said of facts that were compared.
		{claims.Cluster{Sources: three, Agreeing: three, Diverging: []string{}}, "stated by daily, post, wire"},
		{claims.Cluster{Sources: three, Agreeing: three, Diverging: []string{}, Facts: single},
			"stated by daily, post, wire"},
		{claims.Cluster{Sources: three, Agreeing: three, Diverging: []string{}, Facts: diverging},
			"daily, post, wire mostly agree · 1 diverging fact"},
		{claims.Cluster{Sources: three, Agreeing: []string{"daily", "wire"}, Diverging: []string{"post"}, Facts: diverging},
			"daily, wire agree · post diverges · 1 diverging fact"},
	}
	for _, tt := range tests {
		if got := verdict(label, tt.c); got != tt.want {
			t.Errorf("verdict = %q, want %q", got, tt.want)
		}
	}
}

// TestMostlyAgreeLegend: the text report explains "mostly agree" when a
// group says it, and only then.
func TestMostlyAgreeLegend(t *testing.T) {
	three := []string{"daily", "post", "wire"}
	report := func(facts []claims.Fact) *claims.Report {
		return &claims.Report{
			Sources:  []claims.Source{{Name: "daily"}, {Name: "post"}, {Name: "wire"}},
			Clusters: []claims.Cluster{{ID: 1, Sources: three, Agreeing: three, Diverging: []string{}, Facts: facts}},
		}
	}
	const legend = `("mostly agree": some sources differ, but none differs from most of the others)`
	for _, tt := range []struct {
		facts []claims.Fact
		want  bool
	}{
		{[]claims.Fact{{Kind: normalize.KindNumber, Status: claims.StatusDiverge}}, true},
		{[]claims.Fact{{Kind: normalize.KindNumber, Status: claims.StatusAgree}}, false},
	} {
		var b strings.Builder
		if err := Text(&b, report(tt.facts)); err != nil {
			t.Fatal(err)
		}
		if got := strings.Contains(b.String(), legend); got != tt.want {
			t.Errorf("facts %v: legend shown %v, want %v:\n%s", tt.facts, got, tt.want, b.String())
		}
	}
}

// TestFactLineWordings checks that a fact's line shows each source's own
// wording of a value, not the first source's for all of them.
func TestFactLineWordings(t *testing.T) {
	side := func(src, v string) claims.Side { return claims.Side{Source: src, Value: v} }
	label := map[string]string{}
	tests := []struct {
		name string
		fact claims.Fact
		want string
	}{{
		name: "one value, three wordings",
		fact: claims.Fact{Kind: normalize.KindNumber, About: "vehicles", Status: claims.StatusAgree, Values: []claims.Value{{
			Value: "Some 12,000", Sources: []string{"daily", "gazette", "wire"},
			Sides: []claims.Side{side("daily", "Some 12,000"), side("wire", "About 12,000"), side("gazette", "about  12,000")},
		}}},
		want: "vehicles: Some 12,000 (daily), About 12,000 (gazette, wire)",
	}, {
		name: "two values worded alike stay two",
		fact: claims.Fact{Kind: normalize.KindDate, Status: claims.StatusDiverge, Values: []claims.Value{
			{Value: "Tuesday", Sources: []string{"a"}, Sides: []claims.Side{side("a", "Tuesday")}},
			{Value: "Tuesday", Sources: []string{"b"}, Sides: []claims.Side{side("b", "Tuesday")}},
		}},
		want: "date: Tuesday (a), Tuesday (b)",
	}, {
		name: "a value made by hand, with no sides",
		fact: claims.Fact{Kind: normalize.KindNumber, About: "troops", Status: claims.StatusAgree, Values: []claims.Value{
			{Value: "about 2,500", Sources: []string{"a", "b"}},
		}},
		want: "troops: about 2,500 (a, b)",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, got := factLine(label, tt.fact)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("factLine (-want +got):\n%s", diff)
			}
		})
	}
}
