package clause

import "testing"

// FuzzSplit checks that Split never panics and that its units are spans of
// the sentence, in order of their start, overlapping only by nesting.
func FuzzSplit(f *testing.F) {
	for _, s := range []string{
		`"We will not negotiate under threat," the minister said on Friday, before flying to Geneva.`,
		`The coalition, formed in 2014 to fight ISIS, has approximately 2,500 US troops in Iraq.`,
		`The company, which employs 400 people, said on Monday that it would cut 120 jobs.`,
		`According to police, 1,500 people fled the town; the bridge, built in 1962, "was closed," he said.`,
		"“a, which b c d, is”", ", which", "\xff, built",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		us := Split(s)
		for i, u := range us {
			if u.Start < 0 || u.End > len(s) || u.Start >= u.End {
				t.Fatalf("unit %d %d..%d outside %q", i, u.Start, u.End, s)
			}
			if i == 0 {
				continue
			}
			p := us[i-1]
			if u.Start < p.Start || u.Start == p.Start && u.End > p.End {
				t.Fatalf("units out of order: %v then %v in %q", p, u, s)
			}
			for _, v := range us[:i] {
				if u.Start < v.End && !(v.Start <= u.Start && u.End <= v.End && v != u) {
					t.Fatalf("unit %v crosses %v in %q", u, v, s)
				}
			}
		}
	})
}
