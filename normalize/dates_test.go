package normalize

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSameApostrophe(t *testing.T) {
	cases := []struct {
		lc, w string
		want  bool
	}{
		{"day", "day", true},
		{"valentine's", "valentine's", true},
		{"valentine’s", "valentine's", true},
		{"year’s", "year's", true},
		{"year’s", "years", false},
		{"years", "year's", false},
		{"new", "year's", false},
		{"christmas", "christmas", true},
		{"", "", true},
	}
	for _, c := range cases {
		if diff := cmp.Diff(c.want, sameApostrophe(c.lc, c.w)); diff != "" {
			t.Errorf("sameApostrophe(%q, %q) (-want +got):\n%s", c.lc, c.w, diff)
		}
	}
}
