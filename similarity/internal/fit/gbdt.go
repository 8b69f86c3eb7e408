package fit

import (
	"math"
	"slices"
)

// BoostConfig sets gradient boosting of regression trees on the logistic
// loss (Friedman 2001, "Greedy function approximation: a gradient boosting
// machine"; second-order leaf values as in XGBoost, Chen and Guestrin 2016).
type BoostConfig struct {
	Trees     int     // boosting rounds
	Depth     int     // levels of splits per tree
	Rate      float64 // shrinkage of each tree's values
	Lambda    float64 // L2 penalty on leaf values
	MinHess   float64 // least sum of hessians in a leaf
	Bins      int     // candidate split points per feature (quantiles)
	Subsample float64 // share of examples drawn for each tree (1: all)
}

// Tree is one regression tree, stored level by level: node i splits on
// Feature[i] at Split[i] (x < Split goes left, to 2i+1; else right, 2i+2);
// the 2^Depth leaves follow the 2^Depth-1 splits in Leaf.
type Tree struct {
	Feature []int
	Split   []float64
	Leaf    []float64
}

// Boosted is a sum of trees plus a bias: the logit of "same".
type Boosted struct {
	Bias  float64
	Trees []Tree
}

// Logit returns the model's logit for x.
func (m Boosted) Logit(x []float64) float64 {
	z := m.Bias
	for _, t := range m.Trees {
		i := 0
		for i < len(t.Split) {
			if x[t.Feature[i]] < t.Split[i] {
				i = 2*i + 1
			} else {
				i = 2*i + 2
			}
		}
		z += t.Leaf[i-len(t.Split)]
	}
	return z
}

// FitBoosted fits a Boosted model to x, y. Split points are the quantiles
// of each feature over x; the fit is deterministic.
func FitBoosted(x [][]float64, y []bool, c BoostConfig) Boosted {
	n, d := len(x), len(x[0])
	// Candidate splits per feature: distinct quantiles.
	splits := make([][]float64, d)
	bin := make([][]uint8, d) // bin[f][i]: index of the first split above x[i][f]
	for f := range d {
		vals := make([]float64, n)
		for i := range n {
			vals[i] = x[i][f]
		}
		slices.Sort(vals)
		var s []float64
		for q := 1; q < c.Bins; q++ {
			v := vals[q*n/c.Bins]
			if v > vals[0] && (len(s) == 0 || v > s[len(s)-1]) {
				s = append(s, v)
			}
		}
		splits[f] = s
		bin[f] = make([]uint8, n)
		for i := range n {
			b, _ := slices.BinarySearch(s, x[i][f])
			if b < len(s) && s[b] == x[i][f] {
				b++ // x >= split goes right: bin b+1
			}
			bin[f][i] = uint8(b)
		}
	}
	pos := 0
	for _, v := range y {
		if v {
			pos++
		}
	}
	p0 := (float64(pos) + 1) / (float64(n) + 2)
	m := Boosted{Bias: math.Log(p0 / (1 - p0))}
	z := make([]float64, n)
	for i := range z {
		z[i] = m.Bias
	}
	g := make([]float64, n)
	h := make([]float64, n)
	node := make([]int, n)
	nSplits := 1<<c.Depth - 1
	var rng uint64 = 88172645463325252
	for range c.Trees {
		for i := range n {
			p := 1 / (1 + math.Exp(-z[i]))
			t := 0.0
			if y[i] {
				t = 1
			}
			g[i], h[i] = p-t, max(p*(1-p), 1e-6)
			node[i] = 0
			if c.Subsample > 0 && c.Subsample < 1 {
				rng ^= rng << 13
				rng ^= rng >> 7
				rng ^= rng << 17
				if float64(rng%1000000)/1e6 >= c.Subsample {
					node[i] = -1 // left out of this tree's fit
				}
			}
		}
		t := Tree{Feature: make([]int, nSplits), Split: make([]float64, nSplits), Leaf: make([]float64, nSplits+1)}
		for level := range c.Depth {
			first, count := 1<<level-1, 1<<level
			// Histograms of g and h per node, feature and bin.
			type gh struct{ g, h float64 }
			hist := make([][][]gh, count)
			tot := make([]gh, count)
			for k := range count {
				hist[k] = make([][]gh, d)
				for f := range d {
					hist[k][f] = make([]gh, len(splits[f])+1)
				}
			}
			for i := range n {
				k := node[i] - first
				if node[i] < 0 {
					continue
				}
				tot[k].g += g[i]
				tot[k].h += h[i]
				for f := range d {
					e := &hist[k][f][bin[f][i]]
					e.g += g[i]
					e.h += h[i]
				}
			}
			for k := range count {
				score := func(s gh) float64 { return s.g * s.g / (s.h + c.Lambda) }
				best, bf, bs := 0.0, 0, math.Inf(1)
				for f := range d {
					var left gh
					for b, e := range hist[k][f][:len(splits[f])] {
						left.g += e.g
						left.h += e.h
						right := gh{tot[k].g - left.g, tot[k].h - left.h}
						if left.h < c.MinHess || right.h < c.MinHess {
							continue
						}
						if gain := score(left) + score(right) - score(tot[k]); gain > best+1e-12 {
							best, bf, bs = gain, f, splits[f][b]
						}
					}
				}
				t.Feature[first+k], t.Split[first+k] = bf, bs // no gain: all go left
			}
			for i := range n {
				if node[i] < 0 {
					continue
				}
				if x[i][t.Feature[node[i]]] < t.Split[node[i]] {
					node[i] = 2*node[i] + 1
				} else {
					node[i] = 2*node[i] + 2
				}
			}
		}
		sums := make([]struct{ g, h float64 }, nSplits+1)
		for i := range n {
			if node[i] < 0 {
				continue
			}
			l := node[i] - nSplits
			sums[l].g += g[i]
			sums[l].h += h[i]
		}
		for l, s := range sums {
			t.Leaf[l] = -c.Rate * s.g / (s.h + c.Lambda)
		}
		m.Trees = append(m.Trees, t)
		for i := range n {
			z[i] += leafOf(t, x[i])
		}
	}
	return m
}

func leafOf(t Tree, x []float64) float64 {
	i := 0
	for i < len(t.Split) {
		if x[t.Feature[i]] < t.Split[i] {
			i = 2*i + 1
		} else {
			i = 2*i + 2
		}
	}
	return t.Leaf[i-len(t.Split)]
}

// CrossValidateBoosted is CrossValidateDecision with a boosted model in
// place of the logistic one.
func CrossValidateBoosted(ex []Example, k int, c BoostConfig) Metrics {
	var sum Metrics
	for f := 0; f < k; f++ {
		tr, te := fold(ex, k, f)
		x := make([][]float64, len(tr))
		y := make([]bool, len(tr))
		for i, e := range tr {
			x[i], y[i] = e.X, e.Same
		}
		m := FitBoosted(x, y, c)
		prob := func(x []float64) float64 { return 1 / (1 + math.Exp(-m.Logit(x))) }
		t := bestDecisionThreshold(tr, prob)
		var pred []float64
		var yt []bool
		for _, e := range te {
			if !e.Unrelated {
				pred = append(pred, b2f(e.Decide(prob, t)))
				yt = append(yt, e.Same)
			}
		}
		r := Evaluate(pred, yt, 0.5)
		sum.Accuracy += r.Accuracy
		sum.F1 += r.F1
	}
	return Metrics{Accuracy: sum.Accuracy / float64(k), F1: sum.F1 / float64(k)}
}

func bestDecisionThreshold(ex []Example, prob func([]float64) float64) float64 {
	// Each unit pair is scored once; Decide asks for the units' scores in
	// order, so the k-th call gets the k-th unit's.
	cache := make([][]float64, len(ex))
	for i, e := range ex {
		for _, u := range e.Units {
			cache[i] = append(cache[i], prob(u.X))
		}
	}
	best, bestT := -1, 0.5
	for t := 0.01; t < 1; t += 0.01 {
		t = math.Round(t*100) / 100
		n := 0
		for i, e := range ex {
			k := 0
			score := func([]float64) float64 { k++; return cache[i][k-1] }
			if !e.Unrelated && e.Decide(score, t) == e.Same {
				n++
			}
		}
		if n > best {
			best, bestT = n, t
		}
	}
	return bestT
}
