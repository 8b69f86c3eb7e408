module github.com/claimdiff/claimdiff/bench

go 1.26.0

require (
	github.com/claimdiff/claimdiff v0.0.0-00010101000000-000000000000
	github.com/clipperhouse/uax29/v2 v2.7.0
	github.com/google/go-cmp v0.7.0
	github.com/neurosnap/sentences v1.1.2
)

require (
	github.com/adrg/strutil v0.3.1 // indirect
	golang.org/x/text v0.43.0 // indirect
)

replace github.com/claimdiff/claimdiff => ../
