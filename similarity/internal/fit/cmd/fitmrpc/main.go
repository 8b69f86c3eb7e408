// Command fitmrpc fits the combined similarity scorer (similarity.Default)
// on MRPC train, prints the 10-fold cross-validated accuracy and F1 of the
// verdict claims.Match gives with it (same and no divergence), and with -o
// writes the fitted constants as Go source:
//
//	go run ./similarity/internal/fit/cmd/fitmrpc -o similarity/fitted.go ../shared/data/mrpc/train.tsv
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
	kinds := flag.Bool("kinds", false, "also report, for each kind of divergence, the pairs it rules out and the verdict without it")
	single := flag.Bool("single", false, "also cross-validate each feature alone (best threshold per fold, divergences ignored)")
	flag.Parse()
	if flag.NArg() != 1 || (*out != "" && (*drop != "" || *l2 != fit.Penalty)) {
		fmt.Fprintln(os.Stderr, "usage: fitmrpc [-o fitted.go | -drop f1,f2 -l2 x] [-single] [-kinds] train.tsv")
		os.Exit(2)
	}
	pairs, err := shareddata.ReadMRPC(flag.Arg(0))
	if err != nil {
		fmt.Fprintln(os.Stderr, "fitmrpc:", err)
		os.Exit(1)
	}
	ex := fit.Examples(pairs)
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
		free := slices.Clone(ex)
		for i := range free {
			free[i].Diverges = false
		}
		m := fit.CrossValidateDecision(free, 10, *l2)
		fmt.Printf("the model's score alone (divergences ignored): accuracy %.2f%%, F1 %.2f%%\n", 100*m.Accuracy, 100*m.F1)
	}
	if *kinds {
		reportKinds(ex, len(pairs), *l2)
	}
	cv := fit.CrossValidateDecision(ex, 10, *l2)
	fmt.Printf("10-fold CV of the Match verdict on %d pairs: accuracy %.2f%%, F1 %.2f%%\n", len(pairs), 100*cv.Accuracy, 100*cv.F1)
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

// reportKinds prints, for each kind of divergence, how many MRPC pairs of
// each label it rules out, and the cross-validated verdict if claims.Match
// did not report that kind; then the verdict with no divergences at all.
func reportKinds(ex []fit.Example, n int, l2 float64) {
	var all []string
	for _, e := range ex[:n] {
		for _, k := range e.Kinds {
			if !slices.Contains(all, k) {
				all = append(all, k)
			}
		}
	}
	slices.Sort(all)
	ignoring := func(skip func(string) bool) fit.Metrics {
		alt := slices.Clone(ex)
		for i := range alt {
			alt[i].Diverges = slices.ContainsFunc(alt[i].Kinds, func(k string) bool { return !skip(k) })
		}
		return fit.CrossValidateDecision(alt, 10, l2)
	}
	for _, k := range all {
		var same, differ int
		for _, e := range ex[:n] {
			if slices.Contains(e.Kinds, k) {
				if e.Same {
					same++
				} else {
					differ++
				}
			}
		}
		m := ignoring(func(x string) bool { return x == k })
		fmt.Printf("%-9s divergences in %4d paraphrase and %4d other pairs; without them: accuracy %.2f%%, F1 %.2f%%\n",
			k, same, differ, 100*m.Accuracy, 100*m.F1)
	}
	m := ignoring(func(string) bool { return true })
	fmt.Printf("no divergences at all: accuracy %.2f%%, F1 %.2f%%\n", 100*m.Accuracy, 100*m.F1)
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
	for i := range ex {
		row := make([]float64, len(keep))
		for j, k := range keep {
			row[j] = ex[i].X[k]
		}
		ex[i].X = row
	}
	return kept
}

func generate(m fit.Model, names []string, cv fit.Metrics, n int, l2 float64) ([]byte, error) {
	var b bytes.Buffer
	fmt.Fprintf(&b, "// Code generated by similarity/internal/fit/cmd/fitmrpc; DO NOT EDIT.\n\npackage similarity\n\n")
	fmt.Fprintf(&b, "// fitted is a logistic regression (L2 penalty %g) over Features, fitted on\n", l2)
	fmt.Fprintf(&b, "// the pairs of MRPC train (%d) where claims.Match finds no divergence, and\n", n)
	fmt.Fprintf(&b, "// as many made-up unrelated pairs, each pair prepared as Match prepares it\n")
	fmt.Fprintf(&b, "// (PrepareAll of the two sentences). Its bias includes the logit of the\n")
	fmt.Fprintf(&b, "// threshold (%.2f) that maximises the accuracy of Match's verdict (same and\n", m.Threshold)
	fmt.Fprintf(&b, "// no divergence) on the MRPC pairs, so the decision is at 0.5. That verdict,\n")
	fmt.Fprintf(&b, "// 10-fold cross-validated on the same pairs: accuracy %.2f%%, F1 %.2f%%.\n", 100*cv.Accuracy, 100*cv.F1)
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
