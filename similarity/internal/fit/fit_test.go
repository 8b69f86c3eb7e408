package fit

import (
	"math"
	"testing"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/claimdiff/claimdiff/internal/shareddata"
	"github.com/claimdiff/claimdiff/similarity"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// The figures BENCHMARKS.md and the similarity package doc claim for
// 10-fold cross-validation (pair i in fold i mod 10) on MRPC train of the
// grouping decision claims.Match gives (Same).
const (
	claimedAccuracy = 0.7458
	claimedF1       = 0.8255
	tolerance       = 0.0005
)

// TestMRPC recomputes the cross-validated figures from MRPC train and
// checks that the constants behind similarity.Default are the fit of the
// current code. Provenance: ../shared/data/mrpc/train.tsv, Microsoft
// Research Paraphrase Corpus, train split (see shared/data/README.md).
func TestMRPC(t *testing.T) {
	pairs := shareddata.MRPC(t)
	if len(pairs) != 4076 {
		t.Fatalf("read %d MRPC train pairs, want 4076", len(pairs))
	}
	ex := Examples(pairs)
	cv := CrossValidateDecision(ex, 10, Penalty)
	t.Logf("10-fold CV of the grouping decision: accuracy %.2f%%, F1 %.2f%%", 100*cv.Accuracy, 100*cv.F1)
	if cv.Accuracy < claimedAccuracy-tolerance || cv.F1 < claimedF1-tolerance {
		t.Errorf("10-fold CV accuracy %.4f, F1 %.4f; claimed %.4f and %.4f", cv.Accuracy, cv.F1, claimedAccuracy, claimedF1)
	}

	m := TrainDecision(ex, Penalty)
	committed, ok := similarity.Default().(similarity.Logistic)
	if !ok {
		t.Fatalf("similarity.Default is a %T, want similarity.Logistic", similarity.Default())
	}
	if diff := cmp.Diff(committed, m.Logistic, cmpopts.EquateApprox(0, 1e-5)); diff != "" {
		t.Errorf("similarity.Default is not the fit of the current code; run go generate ./similarity (-committed +fit):\n%s", diff)
	}

	// The committed model decides on each pair exactly as claims.Match
	// does: Example.Decide is a faithful stand-in for the real decision.
	_ = prepared
	for i, p := range pairs[:200] {
		got := claims.Match(p.A, p.B)
		want := ex[i].Decide(Model{Logistic: committed}.prob, similarity.DefaultThreshold)
		if got.Same != want {
			t.Errorf("pair %d: Match says same %v (score %.3f); Example.Decide says %v", i, got.Same, got.Score, want)
		}
	}
}

func prepared(p shareddata.Pair) (a, b *similarity.Text) {
	t := similarity.PrepareAll([]string{p.A, p.B})
	return t[0], t[1]
}

func TestTrainSeparatesSimpleData(t *testing.T) {
	// Label is "x0 > 0.5"; x1 is noise.
	var x [][]float64
	var y []bool
	for i := range 200 {
		a, b := float64(i%20)/19, float64((i*7)%13)/12
		x = append(x, []float64{a, b})
		y = append(y, a > 0.5)
	}
	m := Model{Logistic: fitLogistic(x, y, 0.01)}
	if m.Weights[0] <= 0 || math.Abs(m.Weights[1]) > m.Weights[0]/10 {
		t.Errorf("weights %v: want a large positive weight on x0 and little on x1", m.Weights)
	}
	var scores []float64
	for _, xi := range x {
		scores = append(scores, m.prob(xi))
	}
	if got := Evaluate(scores, y, BestThreshold(scores, y)); got.Accuracy != 1 {
		t.Errorf("accuracy on separable data = %v, want 1", got.Accuracy)
	}
}

func TestEvaluate(t *testing.T) {
	scores := []float64{0.9, 0.8, 0.3, 0.6, 0.1}
	y := []bool{true, false, true, true, false}
	// At 0.5: tp 2, fp 1, fn 1, tn 1.
	want := Metrics{Accuracy: 3.0 / 5, F1: 4.0 / 6}
	if diff := cmp.Diff(want, Evaluate(scores, y, 0.5), cmpopts.EquateApprox(0, 1e-12)); diff != "" {
		t.Errorf("Evaluate (-want +got):\n%s", diff)
	}
	// Any threshold in (0.1, 0.3] is right on 4 of 5; the lowest is kept.
	if diff := cmp.Diff(0.11, BestThreshold(scores, y)); diff != "" {
		t.Errorf("BestThreshold (-want +got):\n%s", diff)
	}
}

func TestDecide(t *testing.T) {
	// The decision of claims.Match: the anchored score of a pair of claim
	// units reaches the threshold (see similarity.Anchored). The score of a
	// pair is its one feature here.
	unit := func(score float64, shared, agrees bool) UnitPair {
		return UnitPair{[]float64{score}, shared, agrees, true}
	}
	tests := []struct {
		name  string
		units []UnitPair
		want  bool
	}{
		{"above", []UnitPair{unit(0.7, false, false)}, true},
		{"at", []UnitPair{unit(0.5, false, false)}, true},
		{"below", []UnitPair{unit(0.3, false, false)}, false},
		{"agreeing anchor", []UnitPair{unit(0.1, true, true)}, true},
		{"shared anchor, half the threshold", []UnitPair{unit(0.3, true, false)}, true},
		{"shared anchor, below half", []UnitPair{unit(0.2, true, false)}, false},
		{"one unit pair of several", []UnitPair{unit(0.2, false, false), unit(0.6, false, false)}, true},
		{"no unit pair", nil, false},
		{"too little content", []UnitPair{{[]float64{0.9}, false, false, false}}, false},
	}
	score := func(x []float64) float64 { return x[0] }
	got, want := map[string]bool{}, map[string]bool{}
	for _, tt := range tests {
		got[tt.name], want[tt.name] = Example{Units: tt.units}.Decide(score, 0.5), tt.want
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Decide at 0.5 (-want +got):\n%s", diff)
	}
}

func TestTrainDecision(t *testing.T) {
	// x0 separates the pairs. Anchored paraphrases are decided same
	// whatever x0 says: they must not move the threshold off the
	// separating one. Unrelated pairs train the model but are not scored.
	var ex []Example
	whole := func(x []float64, same, agrees, unrelated bool) Example {
		return Example{X: x, Same: same, Units: []UnitPair{{X: x, AnchorShared: agrees, AnchorAgrees: agrees, Content: true}}, Unrelated: unrelated}
	}
	for i := range 100 {
		v := float64(i) / 99
		ex = append(ex, whole([]float64{v}, v > 0.6, false, false))
		ex = append(ex, whole([]float64{1 - v}, true, true, false))
		ex = append(ex, whole([]float64{v / 3}, false, false, true))
	}
	m := TrainDecision(ex, 0.01)
	var wrong []float64
	for _, e := range ex {
		if !e.Unrelated && e.Decide(m.prob, 0.5) != e.Same {
			wrong = append(wrong, e.X[0])
		}
	}
	if len(wrong) > 0 {
		t.Errorf("threshold %.2f, weights %v: wrong at x0 = %v", m.Threshold, m.Weights, wrong)
	}
	if got := EvaluateDecision(m, ex).Accuracy; got != 1 {
		t.Errorf("EvaluateDecision accuracy %v, want 1: unrelated pairs not scored", got)
	}
}
