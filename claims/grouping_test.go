package claims_test

import (
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/internal/shareddata"
)

// handClaim is one claim of a hand list: the claims two or more outlets of
// one event state (testdata/basil/README.md describes the format).
type handClaim struct {
	ID      string      `json:"id"`
	Type    string      `json:"type"` // quote, paraphrase or headline
	Members [][2]string `json:"members"`
	Diverge [][2]string `json:"diverge"`
}

// event is one story told by several outlets, with its hand list.
type event struct {
	name   string
	docs   []claims.Document
	claims []handClaim
}

// basilEventsWithClaims returns the six BASIL events (shared data), each
// article's title as its first line, with the hand list of
// testdata/basil/claims.json.
func basilEventsWithClaims(t *testing.T) []event {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "testdata", "basil", "claims.json"))
	if err != nil {
		t.Fatal(err)
	}
	var lists []struct {
		ClusterID string      `json:"cluster_id"`
		Claims    []handClaim `json:"claims"`
	}
	if err := json.Unmarshal(b, &lists); err != nil {
		t.Fatal(err)
	}
	byID := map[string][]handClaim{}
	for _, l := range lists {
		byID[l.ClusterID] = l.Claims
	}
	var out []event
	for _, c := range shareddata.Clusters(t) {
		e := event{name: c.ID, claims: byID[c.ID]}
		for _, a := range c.Articles {
			e.docs = append(e.docs, claims.Document{Name: a.Source, Text: a.Title + "\n" + a.Text})
		}
		out = append(out, e)
	}
	return out
}

// eventsIn returns the events of a folder of testdata (heldout7/events:
// held out; dev/events, check/events and heldout/events to
// heldout6/events: tuned on), if present: one folder per event, an
// article per outlet (outlet.txt) and the hand list (claims.json).
func eventsIn(t *testing.T, folder string) []event {
	t.Helper()
	dirs, _ := filepath.Glob(filepath.Join("..", "testdata", folder, "events", "*"))
	var out []event
	for _, dir := range dirs {
		if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
			continue // README.md, verify.py
		}
		b, err := os.ReadFile(filepath.Join(dir, "claims.json"))
		if err != nil {
			t.Fatalf("event %s: %v", dir, err)
		}
		e := event{name: filepath.Base(dir)}
		if err := json.Unmarshal(b, &e.claims); err != nil {
			t.Fatalf("%s: %v", dir, err)
		}
		files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
		for _, f := range files {
			text, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			e.docs = append(e.docs, claims.Document{Name: strings.TrimSuffix(filepath.Base(f), ".txt"), Text: string(text)})
		}
		out = append(out, e)
	}
	return out
}

// groupingScore counts, over events, how the report groups the hand
// claims: a claim is grouped when the statements of two of its outlets
// share a cluster; a cross-outlet cluster is right when two of its outlets
// state one hand claim in it and every claim of it that states some hand
// claim states that one (claims that state none may be statements the hand
// list leaves out).
type groupingScore struct {
	claims, grouped map[string]int // by type
	clusters, right int            // cross-outlet clusters touching the hand list
	unlisted        int            // cross-outlet clusters touching none of it
	divergences     int            // hand divergences
	flagged         int            // of them, flagged against that source and value
	// shown counts the divergences the report flags (notes aside), and
	// unplanted those that name no planted value: mostly false ones (a
	// wrong group, a misread fact), some a difference the writer did not
	// plant.
	shown, unplanted int
	wrong            []string // the first wrong clusters, for the log
	missed           []string // the first hand divergences not flagged, for the log
}

func scoreGrouping(t *testing.T, events []event) groupingScore {
	t.Helper()
	s := groupingScore{claims: map[string]int{}, grouped: map[string]int{}}
	for _, e := range events {
		r, err := claims.Compare(e.docs)
		if err != nil {
			t.Fatalf("%s: %v", e.name, err)
		}
		states := e.locate(t)
		// Recall.
		clusterOf := map[[2]any][]int{}
		for ci, c := range r.Clusters {
			for _, cl := range c.Claims {
				for _, h := range states(cl) {
					clusterOf[[2]any{h, cl.Source}] = append(clusterOf[[2]any{h, cl.Source}], ci)
				}
			}
		}
		for i, h := range e.claims {
			s.claims[h.Type]++
			outlets := map[string]bool{}
			for _, m := range h.Members {
				outlets[m[0]] = true
			}
			count := map[int]int{} // cluster -> outlets in it
			for o := range outlets {
				seen := map[int]bool{}
				for _, ci := range clusterOf[[2]any{i, o}] {
					if !seen[ci] {
						seen[ci] = true
						count[ci]++
					}
				}
			}
			grouped := false
			for _, n := range count {
				if n >= 2 {
					s.grouped[h.Type]++
					grouped = true
					break
				}
			}
			// Divergences of the claim: flagged in a cluster holding it.
			for _, d := range h.Diverge {
				s.divergences++
				found := false
				for ci := range count {
					for _, dv := range r.Clusters[ci].Divergences {
						if names(dv.A, d) || names(dv.B, d) {
							found = true
						}
					}
				}
				if found {
					s.flagged++
				} else if len(s.missed) < 24 {
					var shown []string
					for _, ci := range slices.Sorted(maps.Keys(count)) {
						for _, dv := range r.Clusters[ci].Divergences {
							shown = append(shown, dv.String())
						}
					}
					s.missed = append(s.missed, fmt.Sprintf("%s %s: %s %q (grouped: %v) shown: %v", e.name, h.ID, d[0], d[1], grouped, shown))
				}
			}
		}
		for _, c := range r.Clusters {
			for _, d := range c.Divergences {
				if d.Note {
					continue
				}
				s.shown++
				if !slices.ContainsFunc(e.claims, func(h handClaim) bool {
					return slices.ContainsFunc(h.Diverge, func(dv [2]string) bool { return names(d.A, dv) || names(d.B, dv) })
				}) {
					s.unplanted++
				}
			}
		}
		// Precision.
		for _, c := range r.Clusters {
			if len(c.Sources) < 2 {
				continue
			}
			right, judged := clusterRight(c.Claims, states)
			if !judged {
				s.unlisted++
				continue
			}
			s.clusters++
			if right {
				s.right++
			} else if len(s.wrong) < 12 {
				var lines []string
				for _, cl := range c.Claims {
					lines = append(lines, fmt.Sprintf("%s: %.90s", cl.Source, cl.Text))
				}
				s.wrong = append(s.wrong, e.name+"\n    "+strings.Join(lines, "\n    "))
			}
		}
	}
	return s
}

// names reports whether side states the planted divergence dv (outlet,
// value), as the recall count above matches them.
func names(side claims.Side, dv [2]string) bool {
	return side.Source == dv[0] && (strings.Contains(side.Value, dv[1]) || strings.Contains(dv[1], side.Value))
}

// locate returns, for a claim of a report on e, the hand claims it states:
// those with a member of its outlet that overlaps it.
func (e event) locate(t *testing.T) func(cl claims.Claim) []int {
	t.Helper()
	texts := map[string]string{}
	for _, d := range e.docs {
		texts[d.Name] = d.Text
	}
	type span struct{ start, end int }
	members := make([][]span, len(e.claims)) // parallel to Members
	for i, h := range e.claims {
		for _, m := range h.Members {
			at := strings.Index(texts[m[0]], m[1])
			if at < 0 {
				t.Fatalf("%s %s: %q not in %s", e.name, h.ID, m[1], m[0])
			}
			members[i] = append(members[i], span{at, at + len(m[1])})
		}
	}
	return func(cl claims.Claim) []int {
		var hs []int
		for i, h := range e.claims {
			for j, m := range h.Members {
				if m[0] == cl.Source && members[i][j].start < cl.End && cl.Start < members[i][j].end {
					hs = append(hs, i)
					break
				}
			}
		}
		return hs
	}
}

// clusterRight reports whether a cross-outlet cluster touches the hand
// list (judged) and whether it is right: two of its outlets state one
// hand claim in it, and every claim of it that states some hand claim
// states that one.
func clusterRight(cs []claims.Claim, states func(claims.Claim) []int) (right, judged bool) {
	support := map[int]map[string]bool{}
	var listed [][]int
	for _, cl := range cs {
		hs := states(cl)
		if len(hs) > 0 {
			listed = append(listed, hs)
		}
		for _, h := range hs {
			if support[h] == nil {
				support[h] = map[string]bool{}
			}
			support[h][cl.Source] = true
		}
	}
	for h, outlets := range support {
		if len(outlets) >= 2 && !slices.ContainsFunc(listed, func(hs []int) bool { return !slices.Contains(hs, h) }) {
			right = true
		}
	}
	return right, len(listed) > 0
}

func (s groupingScore) log(t *testing.T, name string, details bool) {
	t.Helper()
	var types []string
	for k := range s.claims {
		types = append(types, k)
	}
	sort.Strings(types)
	for _, k := range types {
		t.Logf("%s: %s claims grouped %d/%d = %.0f%%", name, k, s.grouped[k], s.claims[k], 100*s.rate(k))
	}
	t.Logf("%s: cross-outlet clusters right %d/%d = %.0f%% (%d more touch no listed claim); divergences flagged %d/%d",
		name, s.right, s.clusters, 100*s.precision(), s.unlisted, s.flagged, s.divergences)
	t.Logf("%s: divergences shown %d, %d of them naming no planted value", name, s.shown, s.unplanted)
	if testing.Verbose() && details {
		for _, w := range s.wrong {
			t.Logf("wrong cluster: %s", w)
		}
		for _, m := range s.missed {
			t.Logf("divergence not flagged: %s", m)
		}
	}
}

func (s groupingScore) rate(kind string) float64 {
	if s.claims[kind] == 0 {
		return 0
	}
	return float64(s.grouped[kind]) / float64(s.claims[kind])
}

// flaggedRate is the share of hand divergences flagged.
func (s groupingScore) flaggedRate() float64 {
	if s.divergences == 0 {
		return 0
	}
	return float64(s.flagged) / float64(s.divergences)
}

func (s groupingScore) precision() float64 {
	if s.clusters == 0 {
		return 0
	}
	return float64(s.right) / float64(s.clusters)
}

// TestGroupingBASIL measures grouping on the six BASIL events against the
// hand list of the claims two or more outlets state (testdata/basil), on
// the invented events of tuningSets and, when asked, on those of heldOut.
// Quoted
// claims, claims in other words (paraphrase, headline) and the precision of
// cross-outlet clusters are logged and held to floors just under today's
// figures, so that a change that loses grouping fails.
func TestGroupingBASIL(t *testing.T) {
	s := scoreGrouping(t, basilEventsWithClaims(t))
	s.log(t, "BASIL", true)
	// Today: 23/30, 11/114, 2/11 and 29/31; divergences 0/15. Since
	// aligned pairs without a value in common need minAlignedBare and a
	// headline joins its lede's group only when it shares words with
	// another source's claim there: two quotes and six claims in other
	// words fewer grouped, and five wrong groups fewer (24/30, 17/114 and
	// 35/41 before). Since a sentence inside a quotation of several is
	// quoted and a passage may differ by a word: one quote more, and one
	// group more that the hand list judges wrong (two outlets quote "are
	// alleged to be (both) discriminators and victims", a part of c30 that
	// its HuffPost member leaves out).
	s.atLeast(t, "BASIL", 0.70, 0.09, 0.15, 0.90, 0)
	for _, set := range tuningSets {
		events := eventsIn(t, set.folder)
		if len(events) == 0 {
			t.Fatalf("no events in testdata/%s/events", set.folder)
		}
		h := scoreGrouping(t, events)
		h.log(t, set.folder+" events", true)
		h.atLeast(t, set.folder+" events", set.quotes, set.paraphrases, set.headlines, set.right, set.flagged)
	}
	// Figures on the held-out events are looked at only when asked for
	// (CLAIMDIFF_HELDOUT=1), so that tuning does not see them by chance.
	if os.Getenv("CLAIMDIFF_HELDOUT") != "" {
		for _, folder := range heldOut {
			if held := eventsIn(t, folder); len(held) > 0 {
				h := scoreGrouping(t, held)
				h.log(t, folder+" (held out)", false) // held out: figures only, no cases to tune on
			}
		}
	}
}

// TestGroupingCeiling measures how far pair decisions limit the precision
// of grouping on the tuning events (those of TestGroupingBASIL but BASIL):
// the cross-outlet clusters right when every pair of claims of two
// outlets that states no one hand claim is dropped before grouping, as a
// perfect judge of pairs would. What stays wrong then is a claim unit that
// states two hand claims, or a headline joined to its lede (see
// claims.Compare). The ceiling is logged, and must be at least today's
// precision.
func TestGroupingCeiling(t *testing.T) {
	var events []event
	for _, set := range tuningSets {
		events = append(events, eventsIn(t, set.folder)...)
	}
	today := scoreGrouping(t, events)
	right, clusters := 0, 0
	for _, e := range events {
		states := e.locate(t)
		groups, err := claims.GroupsKeeping(e.docs, func(a, b claims.Claim) bool {
			hb := states(b)
			return slices.ContainsFunc(states(a), func(h int) bool { return slices.Contains(hb, h) })
		})
		if err != nil {
			t.Fatalf("%s: %v", e.name, err)
		}
		for _, g := range groups {
			sources := map[string]bool{}
			for _, cl := range g {
				sources[cl.Source] = true
			}
			if len(sources) < 2 {
				continue
			}
			if r, judged := clusterRight(g, states); judged {
				clusters++
				if r {
					right++
				}
			}
		}
	}
	ceiling := float64(right) / float64(clusters)
	t.Logf("%d events: cross-outlet clusters right %d/%d = %.1f%% today; with every pair decision right %d/%d = %.1f%%",
		len(events), today.right, today.clusters, 100*today.precision(), right, clusters, 100*ceiling)
	if ceiling < today.precision() {
		t.Errorf("ceiling %.1f%% under today's precision %.1f%%", 100*ceiling, 100*today.precision())
	}
}

// tuningSets are the folders of invented events rules are tuned on, each
// with floors just under today's figures (see groupingScore.atLeast):
// testdata/dev, testdata/check (held out through stop 26), and the sets
// written as held out (heldout to heldout6 in stop 27, heldout8 to
// heldout11 in stop 28, heldout16 and heldout17 in stop 29, heldout20 to
// heldout23 in stop 30, heldout28 and heldout29 in stop 31, heldout32 and
// heldout33 in stop 32, heldout36 to heldout43 in stops 32 and 33) whose
// looks are spent: each was tuned on after its first figures.
var tuningSets = []struct {
	folder                                         string
	quotes, paraphrases, headlines, right, flagged float64
}{
	// Today: 9/11, 28/50, 13/17 and 43/44; divergences 7/20.
	{"dev", 0.80, 0.56, 0.64, 0.85, 0.29},
	// Today: 10/10, 42/63, 7/16 and 48/53; divergences 6/17.
	{"check", 0.80, 0.66, 0.35, 0.82, 0.25},
	// Today: 10/10, 28/62, 6/15 and 48/50; divergences 5/18.
	{"heldout", 0.90, 0.44, 0.39, 0.78, 0.25},
	// Today: 10/10, 39/66, 11/15 and 62/65; divergences 9/19.
	{"heldout2", 0.90, 0.58, 0.65, 0.88, 0.40},
	// Today: 10/11, 29/52, 9/16 and 48/49; divergences 4/19.
	{"heldout3", 0.85, 0.54, 0.55, 0.86, 0.20},
	// Today: 10/10, 37/63, 9/14 and 47/50; divergences 10/19.
	{"heldout4", 0.90, 0.57, 0.60, 0.84, 0.50},
	// Today: 8/8, 30/57, 10/15 and 42/46; divergences 10/24.
	{"heldout5", 0.70, 0.51, 0.58, 0.80, 0.40},
	// Today: 8/12, 34/58, 8/13 and 40/42; divergences 5/14.
	{"heldout6", 0.62, 0.58, 0.58, 0.88, 0.35},
	// Today: 16/17, 34/68, 8/11 and 56/57; divergences 8/17.
	{"heldout8", 0.90, 0.49, 0.54, 0.88, 0.40},
	// Today: 12/15, 33/49, 16/21 and 57/58; divergences 11/16.
	{"heldout9", 0.70, 0.66, 0.75, 0.92, 0.65},
	// Today: 14/15, 42/62, 8/12 and 61/63; divergences 12/16.
	{"heldout10", 0.90, 0.66, 0.49, 0.86, 0.60},
	// Today: 13/15, 41/53, 14/17 and 62/64; divergences 12/16.
	{"heldout11", 0.85, 0.74, 0.81, 0.85, 0.70},
	// Today: 11/12, 43/78, 3/9 and 44/47; divergences 8/16.
	{"heldout16", 0.90, 0.54, 0.30, 0.90, 0.40},
	// Today: 11/11, 47/69, 11/14 and 52/58; divergences 12/16.
	{"heldout17", 0.90, 0.64, 0.75, 0.85, 0.65},
	// Today: 7/8, 41/68, 10/12 and 43/46; divergences 8/16.
	{"heldout20", 0.86, 0.59, 0.82, 0.90, 0.45},
	// Today: 13/13, 39/66, 10/13 and 51/54; divergences 8/16.
	{"heldout21", 0.90, 0.59, 0.75, 0.87, 0.45},
	// Today: 12/12, 49/75, 10/13 and 57/58; divergences 9/16.
	{"heldout22", 0.90, 0.60, 0.60, 0.85, 0.30},
	// Today: 11/11, 41/69, 12/14 and 51/53; divergences 6/16.
	{"heldout23", 0.90, 0.56, 0.60, 0.85, 0.30},
	// Today: 9/10, 52/73, 11/13 and 53/55; divergences 12/16.
	{"heldout28", 0.75, 0.71, 0.65, 0.92, 0.70},
	// Today: 10/11, 41/63, 10/14 and 57/57; divergences 8/16.
	{"heldout29", 0.85, 0.65, 0.55, 0.92, 0.45},
	// Today: 11/11, 40/81, 6/11 and 46/47; divergences 5/16.
	{"heldout32", 0.90, 0.47, 0.53, 0.92, 0.25},
	// Today: 10/10, 35/70, 9/10 and 46/50; divergences 6/16.
	{"heldout33", 0.90, 0.48, 0.70, 0.85, 0.25},
	// Today: 9/10, 50/72, 7/15 and 50/54; divergences 6/16.
	{"heldout36", 0.89, 0.65, 0.45, 0.89, 0.32},
	// Today: 9/10, 49/73, 6/16 and 52/58; divergences 4/16.
	{"heldout37", 0.85, 0.66, 0.30, 0.82, 0.20},
	// Today: 8/10, 41/73, 7/11 and 40/41; divergences 3/16.
	{"heldout38", 0.75, 0.56, 0.58, 0.95, 0.13},
	// Today: 8/9, 52/76, 6/15 and 51/55; divergences 3/16.
	{"heldout39", 0.83, 0.63, 0.35, 0.87, 0.13},
	// Today: 12/14, 29/89, 2/5 and 32/35; divergences 3/16.
	{"heldout40", 0.80, 0.30, 0.35, 0.88, 0.13},
	// Today: 14/15, 50/76, 6/10 and 54/57; divergences 6/16.
	{"heldout41", 0.90, 0.64, 0.55, 0.92, 0.32},
	// Today: 10/11, 47/73, 8/11 and 54/56; divergences 8/16.
	{"heldout42", 0.85, 0.64, 0.68, 0.93, 0.45},
	// Today: 8/8, 50/75, 6/9 and 52/55; divergences 3/16.
	{"heldout43", 0.90, 0.64, 0.62, 0.92, 0.13},
}

// heldOut are the folders of held-out events (see testdata/heldout7): no
// rule is tuned on them, and TestGroupingBASIL prints their figures only
// when asked.
var heldOut = []string{"heldout7", "heldout12", "heldout13", "heldout14", "heldout15", "heldout18", "heldout19", "heldout24", "heldout25", "heldout26", "heldout27", "heldout30", "heldout31", "heldout34", "heldout35", "heldout44", "heldout45"}

// atLeast fails the test when the share of quote, paraphrase or headline
// claims grouped, of cross-outlet clusters right, or of hand divergences
// flagged is under its floor.
func (s groupingScore) atLeast(t *testing.T, name string, quotes, paraphrases, headlines, right, flagged float64) {
	t.Helper()
	for _, want := range []struct {
		what     string
		got, min float64
	}{
		{"quotes grouped", s.rate("quote"), quotes},
		{"paraphrases grouped", s.rate("paraphrase"), paraphrases},
		{"headlines grouped", s.rate("headline"), headlines},
		{"cross-outlet clusters right", s.precision(), right},
		{"divergences flagged", s.flaggedRate(), flagged},
	} {
		if want.got < want.min {
			t.Errorf("%s: %s: %.1f%% < %.0f%%", name, want.what, 100*want.got, 100*want.min)
		}
	}
}

// maxMember is the most characters a member of a hand list may have: it
// locates a claim, a part of a sentence at most.
const maxMember = 100

// TestEventData checks the hand lists of every folder of events (the
// format of testdata/check/README.md): each member is a substring of at
// most maxMember characters on one line that occurs exactly once in its
// outlet's text, members of one outlet do not
// overlap, each claim has members from two or more outlets, a known type
// and an id of its own, and each diverging value lies within a member of
// its outlet. It reads the held-out events too, for their format only.
func TestEventData(t *testing.T) {
	folders, _ := filepath.Glob(filepath.Join("..", "testdata", "*", "events"))
	if len(folders) == 0 {
		t.Fatal("no folders of events in testdata")
	}
	types := map[string]bool{"quote": true, "paraphrase": true, "headline": true}
	for _, folder := range folders {
		events, claimsListed := eventsIn(t, filepath.Base(filepath.Dir(folder))), 0
		for _, e := range events {
			claimsListed += len(e.claims)
			texts := map[string]string{}
			for _, d := range e.docs {
				texts[d.Name] = d.Text
			}
			type span struct{ start, end int }
			taken := map[string][]span{}
			ids := map[string]bool{}
			for _, h := range e.claims {
				where := fmt.Sprintf("%s/%s %q", folder, e.name, h.ID)
				if h.ID == "" || ids[h.ID] {
					t.Errorf("%s: an id empty or used twice", where)
				}
				ids[h.ID] = true
				if !types[h.Type] {
					t.Errorf("%s: type %q", where, h.Type)
				}
				outlets := map[string]bool{}
				for _, m := range h.Members {
					text, ok := texts[m[0]]
					if n := strings.Count(text, m[1]); !ok || n != 1 || m[1] == "" {
						t.Errorf("%s: member %q occurs %d times in %q", where, m[1], n, m[0])
						continue
					}
					if len([]rune(m[1])) > maxMember || strings.Contains(m[1], "\n") {
						t.Errorf("%s: member %q is longer than %d characters or spans two lines", where, m[1], maxMember)
					}
					at := strings.Index(text, m[1])
					s := span{at, at + len(m[1])}
					if slices.ContainsFunc(taken[m[0]], func(o span) bool { return o.start < s.end && s.start < o.end }) {
						t.Errorf("%s: member %q overlaps another of %q", where, m[1], m[0])
					}
					taken[m[0]] = append(taken[m[0]], s)
					outlets[m[0]] = true
				}
				if len(outlets) < 2 {
					t.Errorf("%s: members from %d outlet(s)", where, len(outlets))
				}
				for _, d := range h.Diverge {
					if !slices.ContainsFunc(h.Members, func(m [2]string) bool { return m[0] == d[0] && strings.Contains(m[1], d[1]) }) {
						t.Errorf("%s: diverging value %q of %q is in no member of it", where, d[1], d[0])
					}
				}
			}
		}
		t.Logf("%s: %d events, %d claims", folder, len(events), claimsListed)
	}
}
