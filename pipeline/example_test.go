package pipeline_test

import (
	"encoding/json"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/claimdiff/claimdiff/pipeline"
)

// Build on three records: two outlets report a mayoral race, one of them a
// fire too. The lines come in the runner's order; sorted by story, they are
// what claimdiff stories writes for the same records.
func ExampleBuild() {
	dir, err := os.MkdirTemp("", "claimdiff-beam")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	out := filepath.Join(dir, "stories.jsonl")

	p, s := beam.NewPipelineWithRoot()
	lines := beam.Create(s,
		`{"source": "Courier", "title": "Osei wins", "text": "Renata Osei won the race for mayor of Alder Springs with 54% of the vote, defeating Curtis Vail.\nCity clerk Joan Petrakis put turnout at 31%."}`,
		`{"source": "Courier", "title": "Fire destroys warehouse", "text": "A fire destroyed a warehouse of Brandt Logistics in Harwick.\nFire chief Odile Marsh said 45 firefighters fought the blaze."}`,
		`{"source": "Post", "title": "Alder Springs elects Osei", "text": "Renata Osei was elected mayor of Alder Springs, taking 56% of the vote against Curtis Vail.\nTurnout was 31%, said clerk Joan Petrakis."}`,
	)
	textio.Write(s, out, pipeline.Build(s, lines, pipeline.Options{}))
	if err := ptest.Run(p); err != nil { // in a program: beamx.Run
		log.Fatal(err)
	}

	data, err := os.ReadFile(out)
	if err != nil {
		log.Fatal(err)
	}
	got := strings.Split(strings.TrimSpace(string(data)), "\n")
	sort.Slice(got, func(i, j int) bool {
		a, _ := pipeline.StoryNumber(got[i])
		b, _ := pipeline.StoryNumber(got[j])
		return a < b
	})
	for _, line := range got {
		var story struct {
			Story   int
			Sources []string
		}
		if err := json.Unmarshal([]byte(line), &story); err != nil {
			log.Fatal(err)
		}
		fmt.Println(story.Story, story.Sources)
	}
	// Output:
	// 1 [Courier]
	// 2 [Courier Post]
}
