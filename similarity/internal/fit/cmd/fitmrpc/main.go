// Command fitmrpc fits the combined similarity scorer (similarity.Default)
// on MRPC train, prints the 10-fold cross-validated accuracy and F1 of the
// grouping decision claims.Match gives with it (Same), and with -o writes
// the fitted constants as Go source:
//
//	go run ./similarity/internal/fit/cmd/fitmrpc -o similarity/fitted.go ../shared/data/mrpc/train.tsv
//
// -repeat n also cross-validates on n seeded random fold assignments. The
// other flags run the experiments BENCHMARKS.md reports (dropped features,
// penalties, anchor lifts, TF-KLD, boosted trees) and cannot be used with -o.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"go/format"
	"math"
	"os"
	"slices"
	"strings"

	"github.com/claimdiff/claimdiff/internal/shareddata"

	"github.com/claimdiff/claimdiff/similarity"
	"github.com/claimdiff/claimdiff/similarity/internal/fit"
)

func main() {
	out := flag.String("o", "", "write the fitted constants to this Go file")
	drop := flag.String("drop", "", "comma-separated features to leave out (exploration; not with -o)")
	l2 := flag.Float64("l2", fit.Penalty, "L2 penalty (exploration; not with -o)")
	var lc fit.LatentConfig
	flag.IntVar(&lc.K, "latent", 0, "cross-validate with TF-KLD latent features of this many dimensions (exploration)")
	flag.BoolVar(&lc.Stems, "lstems", true, "latent terms are stems")
	flag.BoolVar(&lc.Bigrams, "lbigrams", true, "latent bigram terms")
	flag.BoolVar(&lc.Stop, "lstop", true, "latent terms include stop words")
	flag.IntVar(&lc.MinDF, "lmindf", 2, "latent term min df")
	flag.Float64Var(&lc.Smooth, "lsmooth", 0.05, "KLD pseudo-count")
	flag.IntVar(&lc.Power, "lpower", 2, "power iterations")
	flag.BoolVar(&lc.Unit, "lunit", false, "unit term vectors")
	flag.Float64Var(&lc.Scale, "lscale", 1, "latent scale")
	flag.BoolVar(&lc.KLD, "kld", false, "KLD-weighted overlap features")
	flag.BoolVar(&lc.OOF, "oof", false, "out-of-fold training features")
	flag.BoolVar(&lc.Cosine, "lcos", false, "latent cosine feature")
	flag.BoolVar(&lc.Only, "lonly", false, "latent features alone")
	var bc fit.BoostConfig
	flag.IntVar(&bc.Trees, "trees", 0, "cross-validate boosted trees (exploration)")
	flag.IntVar(&bc.Depth, "depth", 3, "tree depth")
	flag.Float64Var(&bc.Rate, "rate", 0.1, "shrinkage")
	flag.Float64Var(&bc.Lambda, "lambda", 1, "leaf L2")
	flag.Float64Var(&bc.MinHess, "minhess", 1, "min leaf hessian")
	flag.IntVar(&bc.Bins, "bins", 64, "split candidates")
	flag.Float64Var(&bc.Subsample, "subsample", 1, "row subsample")
	norel := flag.Bool("nounrelated", false, "fit without the made-up unrelated pairs (exploration)")
	lift := flag.String("lift", "both", "which anchor lifts the CV counts: both, agree (agreeing anchors only), shared (a shared anchor at half the threshold only), none (exploration)")
	repeat := flag.Int("repeat", 0, "also cross-validate on this many seeded random fold assignments (exploration)")
	single := flag.Bool("single", false, "also cross-validate each feature alone (best threshold per fold, divergences ignored)")
	flag.Parse()
	explore := *drop != "" || *l2 != fit.Penalty || *norel || *lift != "both" || lc.K > 0 || lc.KLD || bc.Trees > 0
	if flag.NArg() != 1 || (*out != "" && explore) {
		fmt.Fprintln(os.Stderr, "usage: fitmrpc [-o fitted.go | exploration flags] [-single] [-repeat n] train.tsv")
		os.Exit(2)
	}
	pairs, err := shareddata.ReadMRPC(flag.Arg(0))
	if err != nil {
		fmt.Fprintln(os.Stderr, "fitmrpc:", err)
		os.Exit(1)
	}
	ex := fit.Examples(pairs)
	for i := range ex {
		for j := range ex[i].Units {
			u := &ex[i].Units[j]
			switch *lift {
			case "none":
				u.AnchorShared, u.AnchorAgrees = false, false
			case "agree":
				u.AnchorShared = false
			case "shared":
				u.AnchorAgrees = false
			}
		}
	}
	if *norel {
		ex = ex[:len(pairs)]
	}
	names := similarity.FeatureNames()
	if *drop != "" {
		names = without(ex, names, strings.Split(*drop, ","))
	}

	if *single {
		y := make([]bool, len(pairs))
		for i := range y {
			y[i] = ex[i].Same
		}
		for j, name := range names {
			col := make([]float64, len(pairs))
			for i := range col {
				col[i] = ex[i].X[j]
			}
			m := fit.CrossValidateThreshold(col, y, 10)
			fmt.Printf("%-18s alone: accuracy %.2f%%, F1 %.2f%%\n", name, 100*m.Accuracy, 100*m.F1)
		}
		for _, metric := range []struct {
			name  string
			score func(a, b string) float64
		}{{"strutil Dice", similarity.Dice}, {"Jaro-Winkler", similarity.JaroWinkler}, {"Levenshtein", similarity.Levenshtein}} {
			col := make([]float64, len(pairs))
			for i, p := range pairs {
				col[i] = metric.score(p.A, p.B)
			}
			m := fit.CrossValidateThreshold(col, y, 10)
			fmt.Printf("%-18s alone on raw strings: accuracy %.2f%%, F1 %.2f%%\n", metric.name, 100*m.Accuracy, 100*m.F1)
		}
		whole := slices.Clone(ex)
		for i := range whole {
			whole[i].Units = []fit.UnitPair{{X: whole[i].X}}
		}
		m := fit.CrossValidateDecision(whole, 10, *l2)
		fmt.Printf("the model's score of the whole sentences (no units, no anchors): accuracy %.2f%%, F1 %.2f%%\n", 100*m.Accuracy, 100*m.F1)
	}
	if bc.Trees > 0 {
		m := fit.CrossValidateBoosted(ex, 10, bc)
		fmt.Printf("boosted %+v: accuracy %.2f%%, F1 %.2f%%\n", bc, 100*m.Accuracy, 100*m.F1)
		return
	}
	if lc.K > 0 || lc.KLD {
		m := fit.CrossValidateLatent(pairs, ex, 10, *l2, lc)
		fmt.Printf("latent %+v: accuracy %.2f%%, F1 %.2f%%\n", lc, 100*m.Accuracy, 100*m.F1)
		return
	}
	if *repeat > 0 {
		m := fit.CrossValidateShuffled(ex, 10, *l2, *repeat)
		fmt.Printf("10-fold CV over %d shuffled fold assignments: accuracy %.2f%%, F1 %.2f%%\n", *repeat, 100*m.Accuracy, 100*m.F1)
	}
	cv := fit.CrossValidateDecision(ex, 10, *l2)
	fmt.Printf("10-fold CV of the grouping decision (Match's Same) on %d pairs: accuracy %.2f%%, F1 %.2f%%\n", len(pairs), 100*cv.Accuracy, 100*cv.F1)
	m := fit.TrainDecision(ex, *l2)
	fmt.Printf("threshold %.2f folded into bias %.4f\n", m.Threshold, m.Bias)
	for i, name := range names {
		fmt.Printf("%-18s %8.4f\n", name, m.Weights[i])
	}
	if *out == "" {
		return
	}
	src, err := generate(m, names, cv, len(pairs), *l2)
	if err == nil {
		err = os.WriteFile(*out, src, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "fitmrpc:", err)
		os.Exit(1)
	}
}

// without removes the named features from every example and returns the
// names kept.
func without(ex []fit.Example, names, drop []string) []string {
	var keep []int
	var kept []string
	for i, n := range names {
		if !slices.Contains(drop, n) {
			keep, kept = append(keep, i), append(kept, n)
		}
	}
	pick := func(x []float64) []float64 {
		row := make([]float64, len(keep))
		for j, k := range keep {
			row[j] = x[k]
		}
		return row
	}
	for i := range ex {
		ex[i].X = pick(ex[i].X)
		for j := range ex[i].Units {
			ex[i].Units[j].X = pick(ex[i].Units[j].X)
		}
	}
	return kept
}

func generate(m fit.Model, names []string, cv fit.Metrics, n int, l2 float64) ([]byte, error) {
	var b bytes.Buffer
	fmt.Fprintf(&b, "// Code generated by similarity/internal/fit/cmd/fitmrpc; DO NOT EDIT.\n\npackage similarity\n\n")
	fmt.Fprintf(&b, "// fitted is a logistic regression (L2 penalty %g) over Features, fitted on\n", l2)
	fmt.Fprintf(&b, "// the pairs of MRPC train (%d) and as many made-up unrelated pairs, each\n", n)
	fmt.Fprintf(&b, "// pair prepared as claims.Match prepares it (PrepareAll of the two\n")
	fmt.Fprintf(&b, "// sentences). Its bias includes the logit of the threshold (%.2f) that\n", m.Threshold)
	fmt.Fprintf(&b, "// maximises the accuracy of the grouping decision (Match's Same: the\n")
	fmt.Fprintf(&b, "// anchored score at or above 0.5) on the MRPC pairs, so the decision is at\n")
	fmt.Fprintf(&b, "// 0.5. That decision, 10-fold cross-validated on the same pairs: accuracy\n")
	fmt.Fprintf(&b, "// %.2f%%, F1 %.2f%%.\n", 100*cv.Accuracy, 100*cv.F1)
	fmt.Fprintf(&b, "var fitted = Logistic{\n\tBias: %s,\n\tWeights: []float64{\n", num(m.Bias))
	for i, w := range m.Weights {
		fmt.Fprintf(&b, "\t\t%s, // %s\n", num(w), names[i])
	}
	fmt.Fprintf(&b, "\t},\n}\n")
	return format.Source(b.Bytes())
}

// num prints a constant with enough digits to round-trip at the precision
// that matters (a score moves by less than 1e-6).
func num(v float64) string {
	return fmt.Sprintf("%.6f", math.Round(v*1e6)/1e6)
}
