package pipeline

import (
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/prism"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/passert"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/transforms/stats"
)

// Feasibility spike: a word count on the prism runner, in process.

func splitWords(line string, emit func(string)) {
	for _, w := range strings.Fields(line) {
		emit(w)
	}
}

func init() {
	register.Function2x0(splitWords)
	register.Emitter1[string]()
}

func TestSpikePrism(t *testing.T) {
	p, s := beam.NewPipelineWithRoot()
	words := beam.ParDo(s, splitWords, beam.Create(s, "a b", "b c"))
	passert.Count(s, stats.Count(s, words), "distinct words", 3)
	if err := ptest.Run(p); err != nil {
		t.Fatal(err)
	}
}

func TestMain(m *testing.M) { ptest.Main(m) }
