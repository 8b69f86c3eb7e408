package fit

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestTruncatedSVDRecoversLowRank builds a matrix of known rank and
// singular values and checks that the leading singular values and the
// span of the vectors are recovered.
func TestTruncatedSVDRecoversLowRank(t *testing.T) {
	rows, cols, rank := 300, 200, 5
	rng := rand.New(rand.NewPCG(1, 2))
	// m = sum_c s_c · x_c y_c^T with orthonormal-ish random x, y.
	want := []float64{50, 30, 20, 10, 5}
	x := randomOrthonormal(rng, rows, rank)
	y := randomOrthonormal(rng, cols, rank)
	var m Sparse
	m.Rows = rows
	for j := range cols {
		var col []Entry
		for i := range rows {
			v := 0.0
			for c := range rank {
				v += want[c] * x[i*rank+c] * y[j*rank+c]
			}
			col = append(col, Entry{int32(i), v})
		}
		m.Cols = append(m.Cols, col)
	}
	u, sigma := TruncatedSVD(m, 3, 2, 7)
	for c := range 3 {
		if math.Abs(sigma[c]-want[c]) > 1e-6 {
			t.Errorf("sigma[%d] = %g, want %g", c, sigma[c], want[c])
		}
		// u's column c is ±x's column c.
		dot := 0.0
		for i := range rows {
			dot += u[i*3+c] * x[i*rank+c]
		}
		if math.Abs(math.Abs(dot)-1) > 1e-6 {
			t.Errorf("column %d: |<u, x>| = %g, want 1", c, math.Abs(dot))
		}
	}
}

func randomOrthonormal(rng *rand.Rand, n, k int) []float64 {
	a := make([]float64, n*k)
	for i := range a {
		a[i] = rng.NormFloat64()
	}
	orthonormalize(a, n, k)
	return a
}

// TestFitBoostedSeparatesInteraction checks the boosted trees on data a
// logistic model cannot separate: the label is x0 > 0.5 xor x1 > 0.5.
func TestFitBoostedSeparatesInteraction(t *testing.T) {
	var x [][]float64
	var y []bool
	for i := range 400 {
		a, b := float64(i%20)/19, float64((i*7)%23)/22
		x = append(x, []float64{a, b})
		y = append(y, (a > 0.5) != (b > 0.5))
	}
	m := FitBoosted(x, y, BoostConfig{Trees: 50, Depth: 2, Rate: 0.3, Lambda: 1, MinHess: 1, Bins: 32, Subsample: 1})
	wrong := 0
	for i, xi := range x {
		if (m.Logit(xi) > 0) != y[i] {
			wrong++
		}
	}
	// A linear model gets about half wrong; split points are quantiles, so
	// a few examples beside 0.5 may fall on the wrong side.
	if wrong > len(x)/20 {
		t.Errorf("%d of %d training examples wrong, want at most 5%%", wrong, len(x))
	}
}
