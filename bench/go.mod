module github.com/claimdiff/claimdiff/bench

go 1.26.0

require (
	github.com/claimdiff/claimdiff v0.0.0-00010101000000-000000000000
	github.com/clipperhouse/uax29/v2 v2.7.0
	github.com/neurosnap/sentences v1.1.2
)

replace github.com/claimdiff/claimdiff => ../
