// Package bench holds what would make claimdiff's own go.mod heavy or its
// tests slow: it compares claimdiff's sentence splitter with other Go
// splitters on the same real news text (neurosnap/sentences, Punkt, and
// clipperhouse/uax29, Unicode UAX #29 sentences), its page extraction with
// go-readability, and its reader of clock times and relative dates
// (normalize) with olebedev/when; and it measures the grouping of a feed
// into stories (package stories) on days of news made by its generator
// (package newsday, command cmd/newsday). It is a separate module so that
// those libraries stay out of claimdiff's go.mod.
//
// Splitter speed, from this directory (the figures are in ../BENCHMARKS.md):
//
//	go test -run '^$' -bench Split -count 10 | tee bench.txt
//	go run golang.org/x/perf/cmd/benchstat@latest bench.txt
//
// Splitter accuracy (boundary F1 on MRPC sentences with known boundaries):
//
//	go test -run Accuracy -v
//
// Times (labelled sentences written for the comparison; speed on MRPC):
//
//	go test -run TimesAccuracy -v
//	go test -run '^$' -bench Times
//
// Story grouping, purity and adjusted Rand index (Agree) on a mix of the
// seed articles, the BASIL events, invented and generated articles (add a
// generated day of a million sentences with CLAIMDIFF_QUALITY_SENTENCES):
//
//	go test -run StoryQuality -v
//	CLAIMDIFF_QUALITY_SENTENCES=1000000 go test -run StoryQuality -v -timeout 30m
//
// Stories at scale, in process (CLAIMDIFF_BENCH_SENTENCES picks one size):
//
//	go test -run '^$' -bench 'Stories|Find' -benchtime 1x -count 5
//	CLAIMDIFF_BENCH_SENTENCES=1000000 go test -run '^$' -bench Stories -benchtime 1x -count 5
package bench
