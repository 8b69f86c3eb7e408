package fit

import (
	"math"
	"slices"

	"github.com/claimdiff/claimdiff/internal/shareddata"
	"github.com/claimdiff/claimdiff/normalize"
)

// The TF-KLD experiments (Ji and Eisenstein 2013, "Discriminative
// improvements to distributional sentence similarity", EMNLP): term weights
// from the KL divergence of how often a term of one sentence is in the
// other in paraphrase and non-paraphrase pairs, a truncated SVD of the
// weighted term-sentence matrix of the training sentences, and features of
// the two sentences' latent vectors. Everything is fitted inside each
// cross-validation fold. They run on the masked form (Facts.Masked) with
// their own tokens, apart from the similarity package: none of them helped
// enough to be carried into it (see fitmrpc -latent, -kld).

// LatentConfig sets one TF-KLD experiment.
type LatentConfig struct {
	K       int     // latent dimensions
	Stems   bool    // terms are stems rather than words
	Bigrams bool    // bigrams as terms too
	Stop    bool    // keep stop words
	MinDF   int     // a term must occur in this many training sentences
	Smooth  float64 // pseudo-count of the KLD probabilities
	Power   int
	Unit    bool // project unit-length term vectors
	Scale   float64
	Only    bool // latent features alone
	KLD     bool // KLD-weighted overlap features instead of latent ones
	OOF     bool // training features from out-of-fold weights
	Cosine  bool // the cosine of the latent vectors as one feature
}

// termsOf returns the hashed terms of a masked sentence, repeats kept.
func termsOf(masked string, c LatentConfig) []uint64 {
	var seq []uint64
	for w := range normalize.Words(masked) {
		word := masked[w.Start:w.End]
		if !c.Stop && normalize.IsStopWord(word) {
			continue
		}
		if c.Stems {
			word = normalize.Stem(word)
		}
		seq = append(seq, hashString(word))
	}
	out := slices.Clone(seq)
	if c.Bigrams {
		for i := 0; i+1 < len(seq); i++ {
			out = append(out, (seq[i]*31+seq[i+1])^0x9e3779b97f4a7c15)
		}
	}
	return out
}

func hashString(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// KLDWeights returns the TF-KLD weight of each term (Ji and Eisenstein
// 2013): the Kullback-Leibler divergence between the probability that a
// term of one sentence is also in the other in paraphrase pairs (p) and in
// non-paraphrase pairs (q).
func KLDWeights(a, b [][]uint64, same []bool, smooth float64) map[uint64]float64 {
	type count struct{ one, both [2]float64 }
	counts := map[uint64]*count{}
	for i := range a {
		sa, sb := setOf(a[i]), setOf(b[i])
		r := 0
		if same[i] {
			r = 1
		}
		for t := range sa {
			c := counts[t]
			if c == nil {
				c = &count{}
				counts[t] = c
			}
			c.one[r]++
			if sb[t] {
				c.both[r]++
			}
		}
		for t := range sb {
			c := counts[t]
			if c == nil {
				c = &count{}
				counts[t] = c
			}
			c.one[r]++
			if sa[t] {
				c.both[r]++
			}
		}
	}
	w := make(map[uint64]float64, len(counts))
	for t, c := range counts {
		p := (c.both[1] + smooth) / (c.one[1] + 2*smooth)
		q := (c.both[0] + smooth) / (c.one[0] + 2*smooth)
		w[t] = p*math.Log(p/q) + (1-p)*math.Log((1-p)/(1-q))
	}
	return w
}

func setOf(ts []uint64) map[uint64]bool {
	s := make(map[uint64]bool, len(ts))
	for _, t := range ts {
		s[t] = true
	}
	return s
}

// latentModel maps terms to their KLD weight and their row of u, the left
// singular vectors of the weighted term-sentence matrix.
type latentModel struct {
	index  map[uint64]int32
	weight []float64
	u      []float64
	k      int
}

func (m *latentModel) project(terms []uint64, unit bool, scale float64) []float64 {
	z := make([]float64, m.k)
	norm := 0.0
	tf := map[int32]float64{}
	for _, t := range terms {
		if r, ok := m.index[t]; ok {
			tf[r]++
		}
	}
	for r, n := range tf {
		v := n * m.weight[r]
		norm += v * v
		for c := range m.k {
			z[c] += v * m.u[int(r)*m.k+c]
		}
	}
	if unit && norm > 0 {
		for c := range z {
			z[c] /= math.Sqrt(norm)
		}
	}
	for c := range z {
		z[c] *= scale
	}
	return z
}

// fitLatent fits the KLD weights and the factorization on the sentence
// pairs a, b.
func fitLatent(a, b [][]uint64, same []bool, c LatentConfig) *latentModel {
	kld := KLDWeights(a, b, same, c.Smooth)
	df := map[uint64]int{}
	for _, side := range [][][]uint64{a, b} {
		for _, ts := range side {
			for t := range setOf(ts) {
				df[t]++
			}
		}
	}
	var keys []uint64
	for t, n := range df {
		if n >= c.MinDF {
			keys = append(keys, t)
		}
	}
	slices.Sort(keys)
	m := &latentModel{index: map[uint64]int32{}, k: c.K}
	for i, t := range keys {
		m.index[t] = int32(i)
		m.weight = append(m.weight, kld[t])
	}
	var mat Sparse
	mat.Rows = len(keys)
	for _, side := range [][][]uint64{a, b} {
		for _, ts := range side {
			tf := map[int32]float64{}
			for _, t := range ts {
				if r, ok := m.index[t]; ok {
					tf[r]++
				}
			}
			var col []Entry
			for r, n := range tf {
				col = append(col, Entry{r, n * m.weight[r]})
			}
			slices.SortFunc(col, func(x, y Entry) int { return int(x.Row - y.Row) })
			mat.Cols = append(mat.Cols, col)
		}
	}
	m.u, _ = TruncatedSVD(mat, c.K, c.Power, 1)
	return m
}

// CrossValidateLatent is CrossValidateDecision with TF-KLD features
// appended to each example's: the latent vectors' sum and absolute
// difference ([za+zb, |za-zb|]), their cosine (c.Cosine), or KLD-weighted
// overlaps (c.KLD). With c.OOF the training examples' features come from
// weights fitted without their own inner fold (pair i in inner fold i/k mod
// k), as the test examples' come from weights fitted without them:
// otherwise the classifier learns from features fitted on its own labels.
func CrossValidateLatent(pairs []shareddata.Pair, ex []Example, k int, l2 float64, c LatentConfig) Metrics {
	n := len(pairs)
	ta := make([][]uint64, n)
	tb := make([][]uint64, n)
	x := normalize.Default()
	for i, p := range pairs {
		ta[i] = termsOf(x.Extract(p.A).Masked(), c)
		tb[i] = termsOf(x.Extract(p.B).Masked(), c)
	}
	// sentence indices of each example
	sides := make([][2]int, len(ex)) // index into ta / tb
	for i := range n {
		sides[i] = [2]int{i, i}
	}
	for i := range n {
		j := i + 10
		if j >= n {
			j = i - 10
		}
		sides[n+i] = [2]int{i, j}
	}
	var sum Metrics
	for f := 0; f < k; f++ {
		var ta2, tb2 [][]uint64
		var y []bool
		for i := range n {
			if i%k != f {
				ta2, tb2, y = append(ta2, ta[i]), append(tb2, tb[i]), append(y, pairs[i].Same)
			}
		}
		var za, zb [][]float64
		var kw map[uint64]float64
		var inner []map[uint64]float64 // weights without inner fold g, for training pairs i with (i/k)%k == g
		if c.KLD {
			kw = KLDWeights(ta2, tb2, y, c.Smooth)
			for g := range k {
				var a3, b3 [][]uint64
				var y3 []bool
				for i := range n {
					if i%k != f && (i/k)%k != g {
						a3, b3, y3 = append(a3, ta[i]), append(b3, tb[i]), append(y3, pairs[i].Same)
					}
				}
				inner = append(inner, KLDWeights(a3, b3, y3, c.Smooth))
			}
		} else {
			m := fitLatent(ta2, tb2, y, c)
			za = make([][]float64, n)
			zb = make([][]float64, n)
			for i := range n {
				za[i] = m.project(ta[i], c.Unit, c.Scale)
				zb[i] = m.project(tb[i], c.Unit, c.Scale)
			}
			if c.OOF {
				for g := range k {
					var a3, b3 [][]uint64
					var y3 []bool
					for i := range n {
						if i%k != f && (i/k)%k != g {
							a3, b3, y3 = append(a3, ta[i]), append(b3, tb[i]), append(y3, pairs[i].Same)
						}
					}
					mg := fitLatent(a3, b3, y3, c)
					for i := range n {
						if i%k != f && (i/k)%k == g {
							za[i] = mg.project(ta[i], c.Unit, c.Scale)
							zb[i] = mg.project(tb[i], c.Unit, c.Scale)
						}
					}
				}
			}
		}
		var tr, te []Example
		for i, e := range ex {
			s := sides[i]
			idx := i
			if i >= n {
				idx = i - n
			}
			if c.KLD {
				w := kw
				if idx%k != f && c.OOF {
					w = inner[(idx/k)%k]
				}
				e.X = slices.Concat(e.X, kldFeatures(ta[s[0]], tb[s[1]], w))
			} else if c.Cosine {
				e.X = slices.Concat(e.X, []float64{cosine(za[s[0]], zb[s[1]])})
			} else if c.Only {
				e.X = latentFeatures(za[s[0]], zb[s[1]])
			} else {
				e.X = slices.Concat(e.X, latentFeatures(za[s[0]], zb[s[1]]))
			}
			// Whole sentences only: the features of claim units would need
			// the units' terms.
			u := e.Units[0]
			u.X = e.X
			e.Units = []UnitPair{u}
			if idx%k == f {
				te = append(te, e)
			} else {
				tr = append(tr, e)
			}
		}
		r := EvaluateDecision(TrainDecision(tr, l2), te)
		sum.Accuracy += r.Accuracy
		sum.F1 += r.F1
	}
	return Metrics{Accuracy: sum.Accuracy / float64(k), F1: sum.F1 / float64(k)}
}

// latentFeatures is [a+b, |a-b|].
func latentFeatures(a, b []float64) []float64 {
	out := make([]float64, 0, 2*len(a))
	for c := range a {
		out = append(out, a[c]+b[c])
	}
	for c := range a {
		out = append(out, math.Abs(a[c]-b[c]))
	}
	return out
}

// kldFeatures are the KLD-weighted Jaccard of the two term sets, the
// weighted coverage of the less covered one, and the weight of the terms
// only one has, w/(w+2).
func kldFeatures(a, b []uint64, w map[uint64]float64) []float64 {
	sa, sb := setOf(a), setOf(b)
	var inter, wa, wb float64
	for t := range sa {
		wa += w[t]
		if sb[t] {
			inter += w[t]
		}
	}
	for t := range sb {
		wb += w[t]
	}
	union := wa + wb - inter
	jac, cov := 1.0, 1.0
	if union > 0 {
		jac = inter / union
	}
	if wa > 0 && wb > 0 {
		cov = min(inter/wa, inter/wb)
	}
	un := union - inter
	return []float64{jac, cov, un / (un + 2)}
}

func cosine(a, b []float64) float64 {
	var ab, aa, bb float64
	for i := range a {
		ab += a[i] * b[i]
		aa += a[i] * a[i]
		bb += b[i] * b[i]
	}
	if aa == 0 || bb == 0 {
		return 0
	}
	return ab / math.Sqrt(aa*bb)
}
