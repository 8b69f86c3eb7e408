package claims

import (
	"cmp"
	"slices"
)

// edge is the score of two claims, identified by index, a < b, and the
// cosine of their rare words among the claims compared (similarity.Cosine).
type edge struct {
	a, b   int
	score  float64
	cosine float64
	rare   bool // they share a word few claims use (similarity.SharedRare)
	quoted bool // they quote one passage (sharesQuote)
	// content is set when they share words of content enough to state one
	// claim (similarity.SharedContent), for pairs that may be aligned.
	content bool
	// restated is set for a pair of one source at the threshold, under
	// repeatScore, one of which states the other whole (see restated).
	restated bool
	// lift is how much of score a figure or a phrase the claims share
	// adds to the score of their words (see similarity.Anchored), 0 when
	// their words alone score it; a float32 beside rare keeps the edge
	// 40 bytes (millions of them in a large comparison).
	lift float32
}

// words returns the score of e's claims on their words alone, before a
// lift.
func (e edge) words() float64 { return e.score - float64(e.lift) }

// claimTests are what grouping asks of two claims, by index, beyond the
// scores of their pairs.
type claimTests struct {
	// shareWord reports whether they share a word of content (see mayJoin).
	shareWord func(a, b int) bool
	// shareContent reports whether they share words of content enough to
	// state one claim (a headline and its lede's group: see group).
	shareContent func(a, b int) bool
	// shareValue reports whether they state a value in common (see
	// keptEdges).
	shareValue func(a, b int) bool
}

// node is what grouping knows of a claim: its source (numbered) and whether
// it is a headline, the lede under one, or neither.
type node struct {
	source int
	// sentence numbers the claim's sentence among those of its source
	// that state claims: furniture and fragments between are not counted.
	sentence int
	// lede is the index of the claim a headline introduces, or -1.
	lede int
	// part is set for a headline that is one of several claim units of
	// its sentence ("Dam collapses; two dead, 1,800 evacuated"): each may
	// state a claim of its own, so it keeps its pairs, and joins its
	// lede's group only when no pair joins it to one.
	part bool
}

// group returns the groups of claims that state the same claim, each
// group sorted, groups ordered by their first claim, singletons included:
// the pairs grouping keeps (see keptEdges) join their claims' groups, but
// an aligned or lifted pair that would join two groups a source has claims
// in, or an aligned pair that would join groups that share no word beyond
// it (see mayJoin). tests says what grouping needs to know of two claims
// beyond their scores.
//
// Grouping decides "same claim?" pair by pair, from the scores alone:
// whether a pair is kept depends only on the two claims' sources, so that
// a source added to a comparison joins groups through pairs at the
// threshold on their words and never splits them; only a pair that is
// weak evidence (aligned, or lifted by a figure) is weighed against the
// groups it would join. Headlines are placed last, by their ledes and best
// matches, so a source added may move a headline. A claim that half-matches
// two different claims at the threshold can still join them; claim units
// keep most such claims apart before grouping.
func group(nodes []node, edges []edge, threshold float64, tests claimTests) [][]int {
	keep := keptEdges(nodes, edges, threshold, tests.shareValue)
	parent := make([]int, len(nodes))
	for i := range parent {
		parent[i] = i
	}
	union := func(a, b int) {
		ra, rb := find(parent, a), find(parent, b)
		if ra > rb {
			ra, rb = rb, ra
		}
		parent[rb] = ra
	}
	// Pairs join their claims' groups strongest first (a source's repeats,
	// then pairs that quote one passage, then by score and cosine), unless
	// mayJoin refuses a pair that is weak evidence.
	slices.SortFunc(keep, func(x, y edge) int {
		return cmp.Or(boolFirst(nodes[x.a].source == nodes[x.b].source, nodes[y.a].source == nodes[y.b].source), strongerFirst(x, y))
	})
	j := newJoining(len(nodes))
	for _, e := range keep {
		ra, rb := find(parent, e.a), find(parent, e.b)
		// Weak evidence: a pair aligned under the threshold, or lifted to
		// it by a figure or a phrase, not by its words (see keptEdges).
		weak := nodes[e.a].source != nodes[e.b].source && !e.quoted && (e.score < threshold || e.lift > 0)
		if ra == rb || weak && !j.mayJoin(nodes, ra, rb, e, e.score < threshold, tests.shareWord) {
			continue
		}
		union(ra, rb)
		j.merge(nodes, ra, rb)
	}
	size := make([]int, len(nodes))
	for i := range nodes {
		size[find(parent, i)]++
	}
	// A headline joins its lede's group, unless its best match in another
	// source, a pair of at least half the threshold, is in another group:
	// a lede may state several claims ("fined €118 million for fixing the
	// prices of milk, butter and cheese") and its group be about one its
	// headline does not state. The headline then joins its best match (its
	// group, or the claim alone) if their pair reaches the threshold; under
	// it, it stands alone when the match is in a group of several, and
	// joins its lede when the match is alone, which says nothing of the
	// lede's group. A lede no other source states yields only to a match
	// at the threshold; a weaker match tells nothing of which claim a
	// headline states. Each headline is decided on the groups pairs made,
	// before any headline joins.
	//
	// A headline (not a part: see node.part) joins its lede's group of
	// several only when it shares words of content enough to state one
	// claim (tests.shareContent) with a claim of another source there: a
	// lede of several claims is grouped with other outlets' claims of one
	// of them, and a headline of another ("Skarvik fishermen fear for their
	// livelihoods" over a lede on the vote to ban kelp harvesting) shares
	// too few of their words. It then stands alone. Words, not pairs: a
	// headline made of the story's common words ("Kelp harvesting banned")
	// scores near nothing with any claim, though it states its lede's.
	best := headlineMatches(nodes, edges)
	var joins [][2]int
	for i, n := range nodes {
		if n.lede < 0 || n.part && size[find(parent, i)] > 1 {
			continue
		}
		lede, to := find(parent, n.lede), n.lede
		if e, ok := best[i]; ok {
			match := find(parent, e.a+e.b-i)
			switch elsewhere := match != lede && e.score >= threshold/2 && (size[lede] > 1 || e.score >= threshold); {
			case !elsewhere:
			case e.score >= threshold:
				to = match
			case size[match] > 1:
				to = -1
			}
		}
		if to == n.lede && size[lede] > 1 && !n.part &&
			!slices.ContainsFunc(j.of(lede), func(o int) bool { return nodes[o].source != n.source && tests.shareContent(i, o) }) {
			to = -1
		}
		if to >= 0 {
			joins = append(joins, [2]int{i, to})
		}
	}
	for _, p := range joins {
		union(p[0], p[1])
	}
	members := make([][]int, len(nodes))
	for i := range parent {
		root := find(parent, i)
		members[root] = append(members[root], i) // in increasing order
	}
	out := make([][]int, 0, len(nodes))
	for _, m := range members {
		if m != nil {
			out = append(out, m) // roots in increasing order: groups by first item
		}
	}
	return out
}

// headlineMatches returns the best pair (strongerFirst) of each headline
// that joins a lede with a claim of another source, among the pairs
// scored, by the headline's index. Another such headline is no match: it
// has no pairs of its own, so two headlines would match each other and
// neither its lede.
func headlineMatches(nodes []node, edges []edge) map[int]edge {
	best := map[int]edge{}
	for _, e := range edges {
		if nodes[e.a].source == nodes[e.b].source {
			continue
		}
		for _, i := range [2]int{e.a, e.b} {
			other := nodes[e.a+e.b-i]
			if b, ok := best[i]; nodes[i].lede >= 0 && (other.lede < 0 || other.part) && (!ok || strongerFirst(e, b) < 0) {
				best[i] = e
			}
		}
	}
	return best
}

// joining holds the claims of each group as pairs join them, by the
// group's root.
type joining struct {
	self    []int   // self[i] == i: the members of a claim alone
	members [][]int // nil: the root alone
	// sources holds the sources of a group's members, so that a refusal
	// for a source in both groups costs the smaller group's size, not
	// the product of the two; nil: the root alone.
	sources []map[int]bool
}

func newJoining(n int) joining {
	self := make([]int, n)
	for i := range self {
		self[i] = i
	}
	return joining{self: self, members: make([][]int, n), sources: make([]map[int]bool, n)}
}

// holds reports whether the group of root r holds a claim of source src.
func (j joining) holds(nodes []node, r, src int) bool {
	if j.sources[r] == nil {
		return nodes[r].source == src
	}
	return j.sources[r][src]
}

func (j joining) of(r int) []int {
	if j.members[r] == nil {
		return j.self[r : r+1 : r+1] // capped: an append copies
	}
	return j.members[r]
}

// mayJoin reports whether e, a pair of two sources that is weak evidence
// (aligned, or lifted to the threshold), may join the groups of roots ra
// and rb. It may not when a source has a claim in both: an outlet states a
// claim once (see oneToOne; a claim it repeats joins at the threshold),
// and two of its claims in one group are two claims chained together. An
// aligned pair (needWord) may not join groups that, but for e's two
// claims, share no word of content either (shareWord): a sentence that
// states two claims ("lifts pay 12%, with starting salaries reaching
// $58,000") is aligned with the claim of one source that states the first
// and with that of another that states the second, and those two share
// nothing; a claim that states a group's claim shares a word with more of
// it than its one partner. A lifted pair is not held to that, as a
// dissenter's words may be its own: "Two motorists were killed" joins "Two
// people were killed" though the group holds "No deaths were reported".
// Pairs that reach the threshold on their words join as they are: a pair
// the candidate index misses would change which others join.
func (j joining) mayJoin(nodes []node, ra, rb int, e edge, needWord bool, shareWord func(a, b int) bool) bool {
	xs, ys := j.of(ra), j.of(rb)
	if len(xs) == 1 && len(ys) == 1 {
		return true
	}
	small, big := xs, rb
	if len(xs) > len(ys) {
		small, big = ys, ra
	}
	for _, x := range small {
		if j.holds(nodes, big, nodes[x].source) {
			return false
		}
	}
	if !needWord {
		return true
	}
	for _, x := range xs {
		for _, y := range ys {
			if !(x == e.a && y == e.b || x == e.b && y == e.a) && shareWord(x, y) {
				return true
			}
		}
	}
	return false
}

// merge records that the groups of roots a and b are one, rooted at the
// lower.
func (j joining) merge(nodes []node, a, b int) {
	root, other := min(a, b), max(a, b)
	xs, ys := j.of(root), j.of(other)
	big := root
	if len(xs) < len(ys) {
		xs, ys, big = ys, xs, other
	}
	srcs := j.sources[big]
	if srcs == nil {
		srcs = map[int]bool{nodes[big].source: true}
	}
	for _, y := range ys {
		srcs[nodes[y].source] = true
	}
	j.members[root], j.members[other] = append(xs, ys...), nil
	j.sources[root], j.sources[other] = srcs, nil
}

// keptEdges returns the edges that state one claim:
//
//   - a score at or above threshold, unless each claim has a better-scoring
//     partner in the other's source. Two sources that each state a claim
//     once, in different words, are paired even if one of them states
//     another claim in similar words. Within one source, a score at or
//     above threshold and repeatScore is a claim the source repeats, and
//     so is one at the threshold of two claims one of which states the
//     other whole (edge.restated).
//   - a pair lifted to the threshold by a figure or a phrase it shares
//     (see edge.lift), not by its words: only when each claim is the
//     other's best match in its source on words alone, among the pairs
//     at the threshold. A figure, such as a deal's price, comes up in
//     several claims of a story ("agreed to buy the dairy for $40m",
//     "60 jobs will go in the $40m sale"); it tells which claim of one
//     source states another's only when their words agree too. Within one
//     source such a pair is no repeated claim. A lifted pair that fails
//     may still be aligned (below).
//   - alignment: within one story a claim of one source has few
//     counterparts in another, so two claims of two sources that are each
//     other's best match by the rare words they share (a cosine of at least
//     alignCosine, or a word at most rareClaims claims use) state one claim,
//     though in words too different to score high, when their score is not
//     negligible: at least minAligned of the threshold when they state a
//     value in common (shareValue: a figure, a date, a denial, whether
//     the values agree or not, or two names that diverge), at least
//     minAlignedBare of it when they do not. A value stated by both is
//     evidence beyond the words that the two report one thing, and is
//     what a reader compares; two claims aligned on a few shared words
//     alone more often state two claims of the story. Two sources tell one story when they state at least
//     storyClaims claims alike at the threshold; articles of other events
//     are not aligned. Two claims that share too few words of content to
//     state one claim (similarity.SharedContent: a name, a place) are
//     aligned only near a pair their sources state or quote alike, within
//     alignNear sentences in each (sentences that state claims: lines of
//     furniture between do not count): outlets tell a story in much the same
//     order, and a lone shared name far from it is more often a claim one
//     outlet states and the other does not (after Barzilay and Elhadad,
//     "Sentence alignment for monolingual comparable corpora", 2003, who
//     align by the context of sentences around a pair). Two claims aligned
//     by their cosine alone, with no rare word in common, keep to the
//     story's order as the pair stated alike nearest to them sets it (see
//     alignOrder). A short quoted passage is aligned only with a claim that
//     quotes it whole (see mayAlign).
//   - a pair of two sources that quote one passage (see sharesQuote), at
//     any score: "We let our patients down" and a sentence that says the
//     hospital had "let our patients down" and goes on to other things.
//   - of these, a claim keeps at most one edge with the claims of each
//     other source, matched one to one, best first (see oneToOne).
//
// A headline that joins its lede (see node) has no edges of its own: it
// says in short what its lede says, and joins the lede's group (or, when
// its best match is in another group, that group or none: see group), so
// that two headlines that match loosely do not join two ledes that do not.
// A part of a headline of several claims keeps its edges (see node.part).
func keptEdges(nodes []node, edges []edge, threshold float64, shareValue func(a, b int) bool) []edge {
	edges = slices.DeleteFunc(slices.Clone(edges), func(e edge) bool {
		return nodes[e.a].lede >= 0 && !nodes[e.a].part || nodes[e.b].lede >= 0 && !nodes[e.b].part
	})
	score := func(e edge) float64 { return e.score }
	cosine := func(e edge) float64 { return e.cosine }
	bestScore, bestCosine := orZero(bestPerSource(nodes, edges, score)), orZero(bestPerSource(nodes, edges, cosine))
	// The best score of words alone of the pairs at the threshold (0 for
	// the others, which no lifted pair needs to outdo).
	bestWords := orZero(bestPerSource(nodes, edges, func(e edge) float64 {
		if e.score < threshold {
			return 0
		}
		return e.words()
	}))
	keep := make([]edge, 0, len(edges))
	var aligned []edge
	// The pairs two sources state alike (at the threshold) or quote
	// alike, by source pair.
	alike := map[[2]int][]anchor{}
	note := func(e edge, quoted bool) {
		if k, at := sourcePair(nodes, e); k[0] != k[1] {
			alike[k] = append(alike[k], anchor{at, quoted})
		}
	}
	for _, e := range edges {
		sa, sb := nodes[e.a].source, nodes[e.b].source
		switch {
		case e.score >= threshold && e.lift > 0 && sa == sb:
			// A figure a source states twice is not a claim it repeats.
		case e.score >= threshold && e.lift > 0 && bestWords(e.a, sb) <= e.words() && bestWords(e.b, sa) <= e.words():
			keep = append(keep, e)
			note(e, false)
		case e.score >= threshold && e.lift == 0 && sa == sb:
			if e.score >= repeatScore || e.restated {
				keep = append(keep, e)
			}
		case e.score >= threshold && e.lift == 0 && (bestScore(e.a, sb) <= e.score || bestScore(e.b, sa) <= e.score):
			keep = append(keep, e)
			note(e, false)
		case sa != sb && e.quoted:
			keep = append(keep, e) // one passage quoted, however the sentences go on
			note(e, true)
		case sa != sb && (e.cosine >= alignCosine || e.rare) && e.score >= minAligned*threshold &&
			bestCosine(e.a, sb) <= e.cosine && bestCosine(e.b, sa) <= e.cosine &&
			(e.score >= minAlignedBare*threshold || shareValue(e.a, e.b)):
			aligned = append(aligned, e)
		}
	}
	for _, e := range aligned {
		k, at := sourcePair(nodes, e)
		stated := 0
		near := e.content
		// The pair stated alike nearest in both sources sets the offset
		// between their orders there (quoted passages may stand anywhere);
		// of two as near, the one in whose order the pair keeps better.
		gap, drift := -1, 0
		for _, x := range alike[k] {
			near = near || abs(x.at[0]-at[0]) <= alignNear && abs(x.at[1]-at[1]) <= alignNear
			if x.quoted {
				continue
			}
			stated++
			g := abs(x.at[0]-at[0]) + abs(x.at[1]-at[1])
			d := abs((at[1] - at[0]) - (x.at[1] - x.at[0]))
			if gap < 0 || g < gap || g == gap && d < drift {
				gap, drift = g, d
			}
		}
		if !e.rare && gap >= 0 && drift > alignOrder {
			near = false // aligned by cosine alone, far out of the story's order
		}
		if stated >= storyClaims && near {
			keep = append(keep, e)
		}
	}
	return oneToOne(nodes, keep)
}

// anchor is a pair of claims two sources state alike: their sentences,
// in the order of sourcePair, and whether they only quote one passage.
type anchor struct {
	at     [2]int
	quoted bool
}

// sourcePair returns the sources of e's claims, the lower first, and
// their sentences in that order.
func sourcePair(nodes []node, e edge) (sources, sentences [2]int) {
	x, y := nodes[e.a], nodes[e.b]
	if x.source > y.source {
		x, y = y, x
	}
	return [2]int{x.source, y.source}, [2]int{x.sentence, y.sentence}
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// oneToOne keeps, of the kept edges between two sources, at most one edge
// of each claim: a one-to-one matching of the two sources' claims, taken
// best first (pairs that quote one passage, then by score, then cosine,
// then the lower indexes). Within one
// story an outlet states a claim once in its own words; a claim that
// matches two claims of another source (a sentence of its own that
// carries both, or a claim and a background sentence that shares its
// names) would join them, and chain two groups into one. It may still join
// claims of two other sources. The matching depends on the two sources
// only: a source added changes no pair kept between two others.
func oneToOne(nodes []node, keep []edge) []edge {
	// The edges between two sources, best first; a source's repeated
	// claims are kept as they are.
	var cand []int
	for k, e := range keep {
		if nodes[e.a].source != nodes[e.b].source {
			cand = append(cand, k)
		}
	}
	slices.SortFunc(cand, func(i, j int) int { return strongerFirst(keep[i], keep[j]) })
	// matched holds (claim, other source) pairs a kept edge links.
	type claimSource struct{ claim, source int }
	matched := make(map[claimSource]bool, 2*len(cand))
	drop := make([]bool, len(keep))
	for _, k := range cand {
		e := keep[k]
		ka, kb := claimSource{e.a, nodes[e.b].source}, claimSource{e.b, nodes[e.a].source}
		if matched[ka] || matched[kb] {
			drop[k] = true
			continue
		}
		matched[ka], matched[kb] = true, true
	}
	out := keep[:0]
	for k, e := range keep {
		if !drop[k] {
			out = append(out, e)
		}
	}
	return out
}

// scoreFloors returns, for each of the candidate pairs looks (edges with
// their cosine and rare word, not yet scored), the least score at which it
// can change what keptEdges keeps, so that scoring may stop below it:
// minAligned of the threshold for a pair of two sources that could be
// aligned, or that could keep such a pair from being aligned by a higher
// cosine; the threshold for any other pair, which counts only as a claim
// stated alike (a weaker score is never the best of a claim that has one
// at the threshold). more are the other edges, already scored.
func scoreFloors(nodes []node, looks, more []edge, threshold float64) []float64 {
	alignable := func(e edge) bool {
		return nodes[e.a].source != nodes[e.b].source && (e.cosine >= alignCosine || e.rare)
	}
	n := 0
	for _, list := range [][]edge{looks, more} {
		for _, e := range list {
			if alignable(e) {
				n++
			}
		}
	}
	could := make([]edge, 0, n)
	for _, list := range [][]edge{looks, more} {
		for _, e := range list {
			if alignable(e) {
				could = append(could, e)
			}
		}
	}
	// The lowest cosine of a pair that could be aligned, per claim and
	// source of the other claim.
	lowest := bestPerSource(nodes, could, func(e edge) float64 { return -e.cosine })
	outdoes := func(i, src int, cos float64) bool {
		v, ok := lowest(i, src)
		return ok && cos > -v
	}
	floors := make([]float64, len(looks))
	for k, e := range looks {
		sa, sb := nodes[e.a].source, nodes[e.b].source
		floors[k] = threshold
		switch {
		case sa != sb && e.quoted:
			floors[k] = 0 // kept at any score
		case sa != sb && (alignable(e) || outdoes(e.a, sb, e.cosine) || outdoes(e.b, sa, e.cosine)):
			floors[k] = minAligned * threshold
		}
	}
	return floors
}

// bestPerSource returns, for a claim and another source, the best value of
// an edge of the claim with a claim of that source, and whether there is one.
func bestPerSource(nodes []node, edges []edge, value func(edge) float64) func(i, src int) (float64, bool) {
	// best[i] holds, per other source, the best value, sorted by source:
	// a claim meets few sources. Each has room for as many as it has
	// edges, in one allocation for all.
	room := make([]int, len(nodes))
	total := 0
	for _, e := range edges {
		if nodes[e.a].source != nodes[e.b].source {
			room[e.a]++
			room[e.b]++
			total += 2
		}
	}
	mem := make([]sourceScore, total)
	best := make([][]sourceScore, len(nodes))
	for i, r := range room {
		best[i], mem = mem[:0:r], mem[r:]
	}
	raise := func(i, src int, v float64) {
		k, found := slices.BinarySearchFunc(best[i], src, func(x sourceScore, src int) int { return x.source - src })
		if !found {
			best[i] = slices.Insert(best[i], k, sourceScore{src, v})
		} else if v > best[i][k].score {
			best[i][k].score = v
		}
	}
	for _, e := range edges {
		if sa, sb := nodes[e.a].source, nodes[e.b].source; sa != sb {
			raise(e.a, sb, value(e))
			raise(e.b, sa, value(e))
		}
	}
	return func(i, src int) (float64, bool) {
		k, found := slices.BinarySearchFunc(best[i], src, func(x sourceScore, src int) int { return x.source - src })
		if !found {
			return 0, false
		}
		return best[i][k].score, true
	}
}

// orZero turns a best value and whether there is one into the value, 0
// when there is none.
func orZero(best func(i, src int) (float64, bool)) func(i, src int) float64 {
	return func(i, src int) float64 {
		v, _ := best(i, src)
		return v
	}
}

// storyClaims is how many claims two sources must state alike (at or above
// the threshold) for their other claims to be aligned.
const storyClaims = 2

// alignCosine is the cosine of rare words two claims need, as each other's
// best match across two sources, to be aligned; minAligned the share of
// the threshold their score needs when they state a value in common,
// minAlignedBare when they do not (see keptEdges). minAlignedBare was
// chosen by leaving out each of the 26 folders of tuning events in turn
// (claims.TestGroupingBASIL), taking the least share of 0.1, 0.2, 0.3,
// 0.35, 0.4, 0.45, 0.5, 0.6, 0.7, 0.8 and 1 that puts 95% of the other
// folders' groups right, or else the share that puts the most right: 0.6
// in fifteen folds, 0.45 in six, 0.5 in three, 0.4 in two. Over all the
// folders, 0.6 puts the most groups right (95.1%, against 94.0% with no
// second floor); every share up to 0.6 flags the same divergences, and
// each step up groups fewer claims in other words.
const (
	alignCosine    = 0.4
	minAligned     = 0.1
	minAlignedBare = 0.6
	rareClaims     = 2
	alignWords     = 3
)

// alignNear is how far apart, in sentences of each source (3: two
// sentences between), two claims aligned without words of content in
// common may be from a pair their sources state or quote alike (see
// keptEdges). Chosen by leaving out each of the
// twelve folders of tuning events in turn (claims.TestGroupingBASIL): 3 in
// eleven of the twelve folds, 4 in the other.
const alignNear = 3

// repeatScore is the least score at which two claims of one source are one
// claim it repeats (a quote given twice, a fact restated lower down), when
// the threshold is under it, unless one states the other whole (see
// restated). The sentences of one article share its vocabulary, so two of
// them that only half-match more often state two claims of one story, and
// joined, chain them ("the plant will close in May", "the plant, which
// employs 400 people, will be sold"). Chosen by leaving out each of the 22
// folders of tuning events in turn (the most groups right with no
// divergence flagged less and 99% of claims in other words still grouped),
// before restated: 0.7 in 21 of the 22 folds, 0.65 in the other; every
// score from 0.7 up gave the same figures.
const repeatScore = 0.7

// alignOrder is how far out of the story's order two claims aligned by
// their cosine alone (no rare word shared) may stand: how many sentences
// (that state claims) the offset between their places in their sources
// may differ from the offset of the pair stated alike nearest to them in
// both. Outlets tell a story in much the same order, each at its own
// pace; a pair far out of it more often joins two claims than states one.
// Chosen by leaving out each of the 22 folders of tuning events in turn
// (claims.TestGroupingBASIL, the most groups right with no divergence
// flagged less and 99% of claims in other words still grouped): 8 in 21
// of the 22 folds, 6 in the other.
const alignOrder = 8

// sourceScore is the best score of a claim with any claim of a source.
type sourceScore struct {
	source int
	score  float64
}

// strongerFirst orders pairs the stronger first: a pair that quotes one
// passage, then by score, then by cosine, then by the lower indexes.
func strongerFirst(x, y edge) int {
	return cmp.Or(boolFirst(x.quoted, y.quoted), cmp.Compare(y.score, x.score), cmp.Compare(y.cosine, x.cosine), cmp.Compare(x.a, y.a), cmp.Compare(x.b, y.b))
}

// boolFirst orders true before false.
func boolFirst(x, y bool) int {
	switch {
	case x == y:
		return 0
	case x:
		return -1
	}
	return 1
}

func find(parent []int, i int) int {
	for parent[i] != i {
		parent[i] = parent[parent[i]]
		i = parent[i]
	}
	return i
}
