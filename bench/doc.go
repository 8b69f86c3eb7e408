// Package bench compares claimdiff's sentence splitter with other Go
// splitters on the same real news text: neurosnap/sentences (Punkt) and
// clipperhouse/uax29 (Unicode UAX #29 sentences); and its reader of clock
// times and relative dates (normalize) with olebedev/when. It is a
// separate module so that those libraries stay out of claimdiff's own
// go.mod.
//
// Speed, from this directory (the figures are in ../BENCHMARKS.md):
//
//	go test -run '^$' -bench . -count 10 | tee bench.txt
//	go run golang.org/x/perf/cmd/benchstat@latest bench.txt
//
// Accuracy (boundary F1 on MRPC sentences with known boundaries):
//
//	go test -run Accuracy -v
//
// Times (labelled sentences written for the comparison; speed on MRPC):
//
//	go test -run TimesAccuracy -v
//	go test -run '^$' -bench Times
package bench
