// Package fit fits the logistic model behind similarity.Default on labelled
// sentence pairs (MRPC) and cross-validates the grouping decision it makes
// (claims.Match's Same: the anchored score at or above the threshold). It
// reads only similarity, never the divergence rules above it: whether two
// sentences state the same claim is decided with their facts' values set
// aside. It is deterministic: the same pairs give the same weights, bit for
// bit.
package fit

import (
	"math"
	"math/rand/v2"
	"slices"

	"github.com/claimdiff/claimdiff/internal/clause"

	"github.com/claimdiff/claimdiff/internal/shareddata"

	"github.com/claimdiff/claimdiff/similarity"
)

// Example is a labelled pair as claims.Match sees it: the features of the
// two whole sentences prepared together (similarity.PrepareAll of the
// pair), on which the model is fitted, and the pairs of their claim units
// (internal/clause), on which Match decides.
type Example struct {
	X    []float64
	Same bool
	// Units are the pairs of claim units of the two sentences: Match calls
	// the sentences the same claim when one pair scores, anchored, at or
	// above the threshold.
	Units []UnitPair
	// Unrelated marks a pair made up by joining the first sentence of one
	// MRPC pair with the second of another (see Examples).
	Unrelated bool
}

// UnitPair is a pair of claim units: their features and what their
// anchors say (see similarity.SharedAnchor), which lifts the anchored
// score.
type UnitPair struct {
	X []float64
	// AnchorShared: the two state a fact about the same thing that
	// identifies a claim; AnchorAgrees: with agreeing, precise values.
	AnchorShared, AnchorAgrees bool
	// Content: they share enough words of content (similarity.SharedContent).
	Content bool
}

// Examples prepares each pair as claims.Match does and returns its Example.
// Anchors do not depend on the scorer, so they are computed once here and
// combined with any candidate model's scores.
//
// After the len(pairs) MRPC examples come as many unrelated ones: pair i's
// first sentence with the second sentence of pair i+10 (i-10 near the end),
// labelled not the same. MRPC's pairs were chosen for their overlap, so it
// has no unrelated sentences, and a model fitted on it alone can call two
// short unrelated sentences the same claim; claimdiff scores mostly such
// pairs. Pair i+10 is in the same cross-validation fold as pair i.
func Examples(pairs []shareddata.Pair) []Example {
	ex := make([]Example, 0, 2*len(pairs))
	for _, p := range pairs {
		ex = append(ex, example(p.A, p.B, p.Same))
	}
	for i, p := range pairs {
		j := i + 10
		if j >= len(pairs) {
			j = i - 10
		}
		if j < 0 {
			continue
		}
		e := example(p.A, pairs[j].B, false)
		e.Unrelated = true
		ex = append(ex, e)
	}
	return ex
}

func example(a, b string, same bool) Example {
	t := similarity.PrepareAll([]string{a, b})
	shared, agrees := similarity.SharedAnchor(t[0], t[1])
	e := Example{X: similarity.Features(t[0], t[1]), Same: same}
	e.Units = append(e.Units, UnitPair{e.X, shared, agrees, similarity.SharedContent(t[0], t[1])})
	// The claim units as claims.Match prepares them: each sentence's units
	// that are not the whole sentence, weighed with the units of the other.
	ua, ub := units(a), units(b)
	if len(ua) == 0 && len(ub) == 0 {
		return e
	}
	ua, ub = orWhole(ua, a), orWhole(ub, b)
	texts := make([]*similarity.Text, 0, len(ua)+len(ub))
	var v similarity.Vocabulary
	for _, u := range append(slices.Clone(ua), ub...) {
		x := similarity.PrepareWith(nil, u)
		v.Add(x)
		texts = append(texts, x)
	}
	for _, x := range texts {
		v.Weigh(x)
	}
	for _, x := range texts[:len(ua)] {
		for _, y := range texts[len(ua):] {
			shared, agrees := similarity.SharedAnchor(x, y)
			e.Units = append(e.Units, UnitPair{similarity.Features(x, y), shared, agrees, similarity.SharedContent(x, y)})
		}
	}
	return e
}

// units returns the claim units of sentence s that are not the whole of it.
func units(s string) []string {
	var out []string
	for _, u := range clause.Split(s) {
		if u.Start != 0 || u.End != len(s) {
			out = append(out, s[u.Start:u.End])
		}
	}
	return out
}

func orWhole(us []string, s string) []string {
	if len(us) == 0 {
		return []string{s}
	}
	return us
}

// Penalty is the L2 penalty of the fit: features are in [0,1], so a
// penalty of 1 barely restrains a useful weight and stops compensating
// pairs of correlated features from growing without bound.
const Penalty = 1.0

// Model is a fitted logistic model. Its bias includes the logit of the
// threshold that maximised the accuracy of the Match verdict on its
// training pairs, so it decides at 0.5; Threshold records that threshold.
type Model struct {
	similarity.Logistic
	Threshold float64
}

// fitLogistic fits a logistic regression with L2 penalty l2 (the bias is
// not penalised) by Newton's method.
func fitLogistic(x [][]float64, y []bool, l2 float64) similarity.Logistic {
	d := len(x[0]) + 1 // weights, then bias
	w := make([]float64, d)
	for iter := 0; iter < 50; iter++ {
		g := make([]float64, d)
		h := make([][]float64, d)
		for i := range h {
			h[i] = make([]float64, d)
		}
		for i, xi := range x {
			z := w[d-1]
			for j, v := range xi {
				z += w[j] * v
			}
			p := 1 / (1 + math.Exp(-z))
			t := 0.0
			if y[i] {
				t = 1
			}
			r, s := p-t, p*(1-p)
			for j := 0; j < d; j++ {
				vj := feature(xi, j)
				g[j] += r * vj
				for k := 0; k <= j; k++ {
					h[j][k] += s * vj * feature(xi, k)
				}
			}
		}
		for j := 0; j < d; j++ {
			for k := 0; k < j; k++ {
				h[k][j] = h[j][k]
			}
			if j < d-1 {
				g[j] += l2 * w[j]
				h[j][j] += l2
			}
			h[j][j] += 1e-9
		}
		step := solve(h, g)
		size := 0.0
		for j := range w {
			w[j] -= step[j]
			size = max(size, math.Abs(step[j]))
		}
		if size < 1e-10 {
			break
		}
	}
	return similarity.Logistic{Weights: w[:d-1], Bias: w[d-1]}
}

func feature(x []float64, j int) float64 {
	if j == len(x) {
		return 1
	}
	return x[j]
}

func (m Model) prob(x []float64) float64 {
	z := m.Bias
	for j, v := range x {
		z += m.Weights[j] * v
	}
	return 1 / (1 + math.Exp(-z))
}

// solve solves h·s = g by Gaussian elimination with partial pivoting.
func solve(h [][]float64, g []float64) []float64 {
	n := len(g)
	a := make([][]float64, n)
	for i := range a {
		a[i] = append(slices.Clone(h[i]), g[i])
	}
	for c := 0; c < n; c++ {
		p := c
		for r := c + 1; r < n; r++ {
			if math.Abs(a[r][c]) > math.Abs(a[p][c]) {
				p = r
			}
		}
		a[c], a[p] = a[p], a[c]
		for r := c + 1; r < n; r++ {
			f := a[r][c] / a[c][c]
			for k := c; k <= n; k++ {
				a[r][k] -= f * a[c][k]
			}
		}
	}
	s := make([]float64, n)
	for r := n - 1; r >= 0; r-- {
		v := a[r][n]
		for k := r + 1; k < n; k++ {
			v -= a[r][k] * s[k]
		}
		s[r] = v / a[r][r]
	}
	return s
}

// BestThreshold returns the threshold t maximising the accuracy of
// "score >= t means same" on scores; ties go to the middle of the widest
// run of equally good thresholds' neighbours, rounded to 0.01.
func BestThreshold(scores []float64, y []bool) float64 {
	best, bestT := -1, 0.5
	for t := 0.01; t < 1; t += 0.01 {
		t = math.Round(t*100) / 100
		n := 0
		for i, s := range scores {
			if (s >= t) == y[i] {
				n++
			}
		}
		if n > best {
			best, bestT = n, t
		}
	}
	return bestT
}

// Metrics are the accuracy and F1 (of the "same" class) of predictions.
type Metrics struct {
	Accuracy, F1 float64
}

// Evaluate scores predictions "score >= threshold" against y.
func Evaluate(scores []float64, y []bool, threshold float64) Metrics {
	var tp, fp, fn, ok int
	for i, s := range scores {
		p := s >= threshold
		switch {
		case p && y[i]:
			tp++
		case p && !y[i]:
			fp++
		case !p && y[i]:
			fn++
		}
		if p == y[i] {
			ok++
		}
	}
	f1 := 0.0
	if tp > 0 {
		f1 = 2 * float64(tp) / float64(2*tp+fp+fn)
	}
	return Metrics{Accuracy: float64(ok) / float64(len(y)), F1: f1}
}

// CrossValidateThreshold is CrossValidate for a single score with no
// weights to fit: each fold's threshold is the best on the other folds.
// It measures one metric on its own, as the baselines do.
func CrossValidateThreshold(scores []float64, y []bool, k int) Metrics {
	var sum Metrics
	for f := 0; f < k; f++ {
		var trS, teS []float64
		var trY, teY []bool
		for i := range scores {
			if i%k == f {
				teS, teY = append(teS, scores[i]), append(teY, y[i])
			} else {
				trS, trY = append(trS, scores[i]), append(trY, y[i])
			}
		}
		r := Evaluate(teS, teY, BestThreshold(trS, trY))
		sum.Accuracy += r.Accuracy
		sum.F1 += r.F1
	}
	return Metrics{Accuracy: sum.Accuracy / float64(k), F1: sum.F1 / float64(k)}
}

// Decide is the decision claims.Match gives with a model whose score of
// features x is score(x), at threshold t: same when the anchored score of a
// pair of claim units (see similarity.Anchored) reaches t.
func (e Example) Decide(score func(x []float64) float64, t float64) bool {
	for _, u := range e.Units {
		if u.AnchorAgrees {
			return true
		}
		if s := score(u.X); u.Content && (s >= t || u.AnchorShared && s >= t/2) {
			return true
		}
	}
	return false
}

// TrainDecision fits the logistic model on the examples, then picks the
// threshold that maximises the accuracy of the decision, Example.Decide, on
// the MRPC examples (not the unrelated ones, which any threshold gets
// right), and folds it into the bias so that the model decides at 0.5.
func TrainDecision(ex []Example, l2 float64) Model {
	x := make([][]float64, len(ex))
	y := make([]bool, len(ex))
	for i, e := range ex {
		x[i], y[i] = e.X, e.Same
	}
	m := Model{Logistic: fitLogistic(x, y, l2)}
	best := -1
	m.Threshold = 0.5
	for t := 0.01; t < 1; t += 0.01 {
		t = math.Round(t*100) / 100
		n := 0
		for _, e := range ex {
			if !e.Unrelated && e.Decide(m.prob, t) == e.Same {
				n++
			}
		}
		if n > best {
			best, m.Threshold = n, t
		}
	}
	m.Bias -= math.Log(m.Threshold / (1 - m.Threshold))
	return m
}

// EvaluateDecision measures the decision of model m (deciding at 0.5) on the
// MRPC examples of ex.
func EvaluateDecision(m Model, ex []Example) Metrics {
	var pred []float64
	var y []bool
	for _, e := range ex {
		if !e.Unrelated {
			pred = append(pred, b2f(e.Decide(m.prob, 0.5)))
			y = append(y, e.Same)
		}
	}
	return Evaluate(pred, y, 0.5)
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// CrossValidateDecision is k-fold cross-validation of the decision
// claims.Match gives (Same): for each fold, TrainDecision on the other folds and
// EvaluateDecision on it. The i-th MRPC example and the i-th unrelated one
// are in fold i mod k, so no sentence of a test fold is seen in training
// (with Examples' pairing and k dividing 10). It returns the mean accuracy
// and F1 over the folds.
func CrossValidateDecision(ex []Example, k int, l2 float64) Metrics {
	var sum Metrics
	for f := 0; f < k; f++ {
		tr, te := fold(ex, k, f)
		r := EvaluateDecision(TrainDecision(tr, l2), te)
		sum.Accuracy += r.Accuracy
		sum.F1 += r.F1
	}
	return Metrics{Accuracy: sum.Accuracy / float64(k), F1: sum.F1 / float64(k)}
}

// fold splits ex into training and test examples for fold f of k: the
// i-th MRPC example and the i-th unrelated one are in fold i mod k.
func fold(ex []Example, k, f int) (tr, te []Example) {
	var nPair, nUnrelated int
	for _, e := range ex {
		n := &nPair
		if e.Unrelated {
			n = &nUnrelated
		}
		if *n%k == f {
			te = append(te, e)
		} else {
			tr = append(tr, e)
		}
		*n++
	}
	return tr, te
}

// CrossValidateShuffled is CrossValidateDecision over a seeded random
// assignment of the pairs to k folds (each unrelated example goes with the
// MRPC pair of the same index), averaged over seeds 1..repeats: the
// standard error of one 10-fold run on 4,076 pairs is about 0.7 point of
// accuracy, more than most single features add, so candidate features are
// compared on several assignments.
func CrossValidateShuffled(ex []Example, k int, l2 float64, repeats int) Metrics {
	var pairs, unrelated []Example
	for _, e := range ex {
		if e.Unrelated {
			unrelated = append(unrelated, e)
		} else {
			pairs = append(pairs, e)
		}
	}
	var sum Metrics
	for seed := 1; seed <= repeats; seed++ {
		rng := rand.New(rand.NewPCG(uint64(seed), 0))
		fold := rng.Perm(len(pairs))
		for f := 0; f < k; f++ {
			var tr, te []Example
			for i, e := range pairs {
				if fold[i]%k == f {
					te = append(te, e)
				} else {
					tr = append(tr, e)
				}
			}
			for i, e := range unrelated {
				if fold[i]%k == f {
					te = append(te, e)
				} else {
					tr = append(tr, e)
				}
			}
			r := EvaluateDecision(TrainDecision(tr, l2), te)
			sum.Accuracy += r.Accuracy
			sum.F1 += r.F1
		}
	}
	n := float64(k * repeats)
	return Metrics{Accuracy: sum.Accuracy / n, F1: sum.F1 / n}
}
