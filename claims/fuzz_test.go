package claims_test

import (
	"math"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
)

// FuzzCompare feeds arbitrary bytes as two documents: Compare must not
// panic, and every claim and divergence must point at the bytes it quotes.
func FuzzCompare(f *testing.F) {
	f.Add("About 2,500 US troops are in Iraq.\nTalks began Jan. 27.", "Some 3,000 US troops are in Iraq. Talks began on January 29.")
	f.Add("", "\xff\xfe\x00")
	f.Add("No time to read?\nGet a summary", "He did not say so… “Yes.” 。！？")
	f.Fuzz(func(t *testing.T, a, b string) {
		docs := []claims.Document{{Name: "a", Text: a}, {Name: "b", Text: b}}
		r, err := claims.Compare(docs)
		if err != nil {
			t.Fatal(err)
		}
		text := map[string]string{"a": a, "b": b}
		check := func(source string, start, end int, want string) {
			s := text[source]
			if start < 0 || start > end || end > len(s) || s[start:end] != want {
				t.Fatalf("%q is not %s[%d:%d]", want, source, start, end)
			}
		}
		n := 0
		for _, c := range r.Clusters {
			for _, cl := range c.Claims {
				check(cl.Source, cl.Start, cl.End, cl.Text)
				n++
			}
			for _, d := range c.Divergences {
				check(d.A.Source, d.A.Start, d.A.End, d.A.Value)
				check(d.B.Source, d.B.Start, d.B.End, d.B.Value)
			}
		}
		for _, u := range r.Unique {
			check(u.Source, u.Start, u.End, u.Text)
			n++
		}
		for _, fu := range r.Furniture {
			check(fu.Source, fu.Start, fu.End, fu.Text)
		}
		if want := r.Sources[0].Claims + r.Sources[1].Claims; n != want {
			t.Fatalf("report holds %d claims, sources count %d", n, want)
		}
	})
}

// FuzzMatch checks the pair verdict: a score in [0,1], never NaN, the same
// both ways round, and divergence values that are the bytes they point at.
func FuzzMatch(f *testing.F) {
	f.Add("About 2,500 US troops are in Iraq.", "Approximately 2,500 US troops are in Iraq.")
	f.Add("The talks began on January 27.", "The talks did not begin on January 29.")
	f.Add("", "")
	f.Fuzz(func(t *testing.T, a, b string) {
		ab, ba := claims.Match(a, b), claims.Match(b, a)
		if math.IsNaN(ab.Score) || ab.Score < 0 || ab.Score > 1 {
			t.Fatalf("score %v out of [0,1]", ab.Score)
		}
		if ab.Score != ba.Score || ab.Same != ba.Same {
			t.Fatalf("asymmetric: %v/%v vs %v/%v", ab.Score, ab.Same, ba.Score, ba.Same)
		}
		for _, d := range ab.Divergences {
			if a[d.A.Start:d.A.End] != d.A.Value || b[d.B.Start:d.B.End] != d.B.Value {
				t.Fatalf("divergence %v does not point at its values", d)
			}
		}
	})
}
