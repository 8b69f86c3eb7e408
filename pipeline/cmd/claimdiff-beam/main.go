// Command claimdiff-beam runs claimdiff stories as an Apache Beam pipeline
// (see package pipeline): it reads article records (JSON Lines) from the
// files -input matches and writes one JSON line per story to -output, the
// lines `claimdiff stories` writes, in the runner's order.
//
// On this machine (the prism runner, in process):
//
//	go run ./cmd/claimdiff-beam -input feed.jsonl -output stories.jsonl
//
// On a cluster, choose the runner and its options with Beam's own flags,
// for example Dataflow:
//
//	go run ./cmd/claimdiff-beam -runner dataflow -project P -region R \
//	    -staging_location gs://B/staging -input 'gs://B/feed/*.jsonl' -output gs://B/stories.jsonl
//
// or Flink or Spark through their job servers:
//
//	go run ./cmd/claimdiff-beam -runner flink -endpoint localhost:8099 -environment_type LOOPBACK ...
//	go run ./cmd/claimdiff-beam -runner spark -endpoint localhost:8099 ...
package main

import (
	"context"
	"flag"
	"fmt"
	"os"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"
	"github.com/claimdiff/claimdiff/pipeline"
	"github.com/claimdiff/claimdiff/similarity"
	"github.com/claimdiff/claimdiff/stories"
)

func main() {
	input := flag.String("input", "", "article records to read, one JSON object a line: a file or a glob (required)")
	output := flag.String("output", "", "file to write, one JSON line per story (required)")
	threshold := flag.Float64("threshold", similarity.DefaultThreshold, "score at or above which two sentences are the same claim")
	hardWrap := flag.Bool("hard-wrap", false, "treat single line breaks as spaces (PDF, e-mail text)")
	window := flag.Duration("window", stories.DefaultParams.Window, "longest time between the publication of two articles of one story")
	flag.Parse()
	if *input == "" || *output == "" {
		fmt.Fprintln(os.Stderr, "claimdiff-beam: -input and -output are required")
		os.Exit(2)
	}
	beam.Init()
	p, s := beam.NewPipelineWithRoot()
	lines := textio.Read(s, *input)
	textio.Write(s, *output, pipeline.Build(s, lines, pipeline.Options{Threshold: *threshold, HardWrap: *hardWrap, Window: *window}))
	if err := beamx.Run(context.Background(), p); err != nil {
		fmt.Fprintln(os.Stderr, "claimdiff-beam:", err)
		os.Exit(1)
	}
}
