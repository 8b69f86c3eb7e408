package claims

import (
	"context"
	"slices"
	"sort"
	"time"

	"github.com/claimdiff/claimdiff/internal/clause"
	"github.com/claimdiff/claimdiff/normalize"
	"github.com/claimdiff/claimdiff/similarity"
)

// Report is the result of comparing documents: what each source says, which
// claims the sources share and where they diverge.
type Report struct {
	Sources   []Source   `json:"sources"`
	Clusters  []Cluster  `json:"clusters"`  // groups of two or more claims that say the same thing
	Unique    []Claim    `json:"unique"`    // claims no other claim matches, by source and position
	Furniture []Sentence `json:"furniture"` // sentences set aside as site furniture, by source and position
	// Fragments are article sentences too short to state a claim ("Why?",
	// a section heading), by source and position: not compared.
	Fragments []Sentence `json:"fragments"`
}

// Source summarises one document.
type Source struct {
	Name      string `json:"name"`
	Sentences int    `json:"sentences"` // all sentences, furniture and fragments included
	Furniture int    `json:"furniture"` // sentences marked as site furniture
	Fragments int    `json:"fragments"` // article sentences too short to state a claim
	// Claims counts the claim units of the other sentences: one a
	// sentence, or more where a sentence quotes or joins several claims
	// or has a unit nested in a clause, a subject's aside or a clause in
	// -ing (counted only where it is reported: in a group its clause is
	// not in; alone, its clause says it).
	Claims int `json:"claims"`
	Shared int `json:"shared"` // claims in a cluster with another source
	Unique int `json:"unique"` // claims no other claim matches
	// SharedWith counts, for each other source, the clusters both appear
	// in: one row of the agreement matrix. Sources sharing nothing are absent.
	SharedWith map[string]int `json:"shared_with"`
	// The document's metadata, when known (see Document).
	Title     string    `json:"title,omitempty"`
	URL       string    `json:"url,omitempty"`
	Published time.Time `json:"published,omitzero"`
	// Text is the document's text, which offsets point into. Compare
	// leaves it empty (the caller has the text); a caller that derived the
	// text from its input (an extracted web page, a record's field, decoded
	// legacy text) sets it so that the report can be checked on its own.
	Text string `json:"text,omitempty"`
}

// Cluster is a group of claims that state the same thing.
type Cluster struct {
	ID      int      `json:"id"`      // 1-based position in Report.Clusters
	Sources []string `json:"sources"` // sorted, each once
	Claims  []Claim  `json:"claims"`  // sorted by source, then sentence
	// Facts lists each fact the claims state, once, with its values and
	// who states each; in order of first mention.
	Facts []Fact `json:"facts"`
	// Divergences lists the facts on which two claims of different
	// sources disagree, pair by pair (Facts says the same per fact), and
	// the notes on facts they agree on (Note set: a name spelt two ways).
	Divergences []Divergence `json:"divergences"`
	// Agreeing and Diverging partition Sources: a source diverges when its
	// claims disagree on some fact with more than half of the other sources
	// in the cluster (in a cluster of two, both diverge).
	Agreeing  []string `json:"agreeing"`
	Diverging []string `json:"diverging"`
}

// Claim is a claim unit of an article sentence (a quote, a clause, a
// subject's aside or a clause in -ing nested in the unit of its clause, or
// the whole sentence), located in its source.
type Claim struct {
	Source   string `json:"source"`
	Sentence int    `json:"sentence"` // index among the source's sentences
	Start    int    `json:"start"`    // byte offsets into the source's text, within the sentence
	End      int    `json:"end"`
	Text     string `json:"text"`
}

// Compare splits each document into sentences, groups the sentences that
// state the same claim (across sources and within one), and reports the
// facts on which grouped claims diverge. It is a one-batch Corpus.
//
// The report does not depend on the order of docs: sources are sorted by
// name. Documents need distinct names, not empty nor only spaces.
func Compare(docs []Document, opts ...Option) (*Report, error) {
	return CompareContext(context.Background(), docs, opts...)
}

// CompareContext is Compare with cancellation: it stops early and returns
// ctx.Err() when ctx is done.
func CompareContext(ctx context.Context, docs []Document, opts ...Option) (*Report, error) {
	c := NewCorpus(opts...)
	if err := c.Add(ctx, docs...); err != nil {
		return nil, err
	}
	return c.Report(ctx)
}

func newCluster(all []*claim, members []int) Cluster {
	c := Cluster{Claims: make([]Claim, 0, len(members))}
	claims := make([]*claim, len(members))
	for i, m := range members {
		claims[i] = all[m]
		c.Claims = append(c.Claims, all[m].claim())
		if !slices.Contains(c.Sources, all[m].Source) {
			c.Sources = append(c.Sources, all[m].Source)
		}
	}
	sort.Strings(c.Sources)
	c.Facts, c.Divergences = compareFacts(claims)
	c.Agreeing, c.Diverging = sides(c.Sources, c.Divergences)
	return c
}

// sides splits the sources of a cluster into those that agree and those that
// diverge from more than half of the others.
func sides(sources []string, ds []Divergence) (agreeing, diverging []string) {
	against := map[string]map[string]bool{}
	mark := func(a, b string) {
		if against[a] == nil {
			against[a] = map[string]bool{}
		}
		against[a][b] = true
	}
	for _, d := range ds {
		if !d.Note {
			mark(d.A.Source, d.B.Source)
			mark(d.B.Source, d.A.Source)
		}
	}
	agreeing, diverging = []string{}, []string{}
	for _, s := range sources {
		if 2*len(against[s]) > len(sources)-1 {
			diverging = append(diverging, s)
		} else {
			agreeing = append(agreeing, s)
		}
	}
	return agreeing, diverging
}

// sortClusters orders clusters by how widely they are shared (most sources,
// then most claims) and then by where they first appear, and numbers them.
func sortClusters(cs []Cluster) {
	sort.SliceStable(cs, func(i, j int) bool {
		a, b := cs[i], cs[j]
		if len(a.Sources) != len(b.Sources) {
			return len(a.Sources) > len(b.Sources)
		}
		if len(a.Claims) != len(b.Claims) {
			return len(a.Claims) > len(b.Claims)
		}
		if a.Claims[0].Source != b.Claims[0].Source {
			return a.Claims[0].Source < b.Claims[0].Source
		}
		return a.Claims[0].Sentence < b.Claims[0].Sentence
	})
	for i := range cs {
		cs[i].ID = i + 1
	}
}

func countCoverage(r *Report) {
	index := map[string]int{} // of each source in r.Sources
	for i := range r.Sources {
		index[r.Sources[i].Name] = i
	}
	// The pairs of sources of each cluster, numbered and packed as a<<32 |
	// b, counted below by sorting: each SharedWith map is then made once,
	// at its size.
	n := 0
	for _, c := range r.Clusters {
		n += len(c.Sources) * (len(c.Sources) - 1)
	}
	pairs := make([]uint64, 0, n)
	var srcs []int
	for _, c := range r.Clusters {
		if len(c.Sources) < 2 {
			continue
		}
		for _, cl := range c.Claims {
			r.Sources[index[cl.Source]].Shared++
		}
		srcs = srcs[:0]
		for _, name := range c.Sources {
			srcs = append(srcs, index[name])
		}
		for i, a := range srcs {
			for j, b := range srcs {
				if i != j {
					pairs = append(pairs, uint64(a)<<32|uint64(b))
				}
			}
		}
	}
	slices.Sort(pairs)
	for k := 0; k < len(pairs); {
		a := int(pairs[k] >> 32)
		n := 0 // the sources a shares with
		end := k
		for end < len(pairs) && int(pairs[end]>>32) == a {
			if end == k || pairs[end] != pairs[end-1] {
				n++
			}
			end++
		}
		shared := make(map[string]int, n)
		for _, p := range pairs[k:end] {
			shared[r.Sources[p&(1<<32-1)].Name]++
		}
		r.Sources[a].SharedWith = shared
		k = end
	}
	for _, u := range r.Unique {
		r.Sources[index[u.Source]].Unique++
	}
}

// Match scores two sentences as Compare would and lists the facts on which
// they diverge. It scores the whole sentences, and, where a sentence has
// claim units other than the whole of it (a quote, a clause, attribution
// set apart), each unit of one with each unit of the other: Score is the
// best of these, and Same is Compare's decision for it. Compare groups two
// sentences of two sources that Match calls the same, whatever other
// sources are present, unless each has a better-matching partner in the
// other's source. Match weighs the words of the two sentences alone; in
// Compare the other sentences weigh them too. The divergences are those of
// the whole sentences, with offsets into a and b respectively.
func Match(a, b string, opts ...MatchOption) MatchResult {
	cfg := newConfig(opts)
	wa, ua := matchClaims(a, cfg.extractor)
	wb, ub := matchClaims(b, cfg.extractor)
	weigh := func(cs ...*claim) {
		var v similarity.Vocabulary
		for _, c := range cs {
			v.Add(c.text)
		}
		for _, c := range cs {
			v.Weigh(c.text)
		}
	}
	score := 0.0
	if len(ua) > 0 || len(ub) > 0 {
		if len(ua) == 0 {
			ua = []*claim{matchClaim(a, normalize.Span{End: len(a)}, cfg.extractor)}
		}
		if len(ub) == 0 {
			ub = []*claim{matchClaim(b, normalize.Span{End: len(b)}, cfg.extractor)}
		}
		weigh(append(slices.Clone(ua), ub...)...)
		for _, x := range ua {
			for _, y := range ub {
				score = max(score, cfg.scorer.Score(x.text, y.text))
			}
		}
	}
	weigh(wa, wb)
	score = max(score, cfg.scorer.Score(wa.text, wb.text))
	return MatchResult{Score: score, Same: score >= cfg.threshold, Divergences: nonNil(diverge(wa, wb))}
}

// matchClaims returns sentence s as one claim, and its claim units that are
// not the whole of it.
func matchClaims(s string, x *normalize.Extractor) (whole *claim, units []*claim) {
	for _, u := range clause.Split(s) {
		if u.Start != 0 || u.End != len(s) {
			units = append(units, matchClaim(s, normalize.Span{Start: u.Start, End: u.End}, x))
		}
	}
	return matchClaim(s, normalize.Span{End: len(s)}, x), units
}

// matchClaim returns span u of sentence s as a claim.
func matchClaim(s string, u normalize.Span, x *normalize.Extractor) *claim {
	return newClaim(Sentence{End: len(s), Text: s}, u, similarity.PrepareWith(x, s[u.Start:u.End]))
}

// MatchResult is the verdict on one pair of sentences.
type MatchResult struct {
	Score       float64      `json:"score"`
	Same        bool         `json:"same"`        // the two state the same claim: Compare would group them
	Divergences []Divergence `json:"divergences"` // and notes (Note set), as in Cluster.Divergences
}

func nonNil(d []Divergence) []Divergence {
	if d == nil {
		return []Divergence{}
	}
	return d
}
