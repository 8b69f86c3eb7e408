package pipeline

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/google/go-cmp/cmp"

	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/prism"
)

// TestMain runs the pipelines of the tests on the prism runner, in
// process (-runner chooses another).
func TestMain(m *testing.M) { ptest.Main(m) }

// testFeed writes a feed of article records to a file: the invented
// look-alike events of ../stories/testdata/feed.jsonl, the five seed
// articles (one story, no dates), one of the invented records given twice,
// and two articles of one outlet in one story.
func testFeed(t *testing.T) string {
	t.Helper()
	feed, err := os.ReadFile(filepath.Join("..", "stories", "testdata", "feed.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	b.Write(feed)
	lines := strings.Split(strings.TrimSpace(string(feed)), "\n")
	b.WriteString(lines[3] + "\n") // the same record twice
	var second map[string]any
	if err := json.Unmarshal([]byte(lines[0]), &second); err != nil {
		t.Fatal(err)
	}
	second["title"] = "Update: " + second["title"].(string)
	second["published"] = "2025-11-05T11:10:00Z"
	line, err := json.Marshal(second)
	if err != nil {
		t.Fatal(err)
	}
	b.Write(append(line, '\n'))
	seeds, err := filepath.Glob(filepath.Join("..", "testdata", "seeds", "*.txt"))
	if err != nil || len(seeds) == 0 {
		t.Fatalf("seeds: %v", err)
	}
	for _, f := range seeds {
		text, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		line, err := json.Marshal(map[string]string{"source": strings.TrimSuffix(filepath.Base(f), ".txt"), "text": string(text)})
		if err != nil {
			t.Fatal(err)
		}
		b.Write(append(line, '\n'))
	}
	path := filepath.Join(t.TempDir(), "feed.jsonl")
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestPipelineEqualsCLI runs the pipeline on the local runner and checks
// that it writes the lines `claimdiff stories` writes for the same records.
func TestPipelineEqualsCLI(t *testing.T) {
	in := testFeed(t)
	out := filepath.Join(t.TempDir(), "stories.jsonl")
	p, s := beam.NewPipelineWithRoot()
	textio.Write(s, out, Build(s, textio.Read(s, in), Options{}))
	if err := ptest.Run(p); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	sort.Slice(got, func(i, j int) bool {
		a, errA := StoryNumber(got[i])
		b, errB := StoryNumber(got[j])
		if errA != nil || errB != nil {
			t.Fatalf("not story lines: %v %v", errA, errB)
		}
		return a < b
	})

	cmd := exec.Command("go", "run", "github.com/claimdiff/claimdiff/cmd/claimdiff", "stories", in)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	cli, err := cmd.Output()
	if err != nil {
		t.Fatalf("claimdiff stories: %v: %s", err, stderr.String())
	}
	want := strings.Split(strings.TrimSuffix(string(cli), "\n"), "\n")
	if len(want) != 7 {
		t.Errorf("the CLI found %d stories, want 7 (six invented events and the seeds; the update and the copy are in their stories)", len(want))
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("pipeline output differs from claimdiff stories (-cli +pipeline):\n%s", diff)
	}
}

func TestStoryNumber(t *testing.T) {
	for _, c := range []struct {
		line string
		want int
		ok   bool
	}{
		{`{"story":12,"sources":[]}`, 12, true},
		{`{"story":"x"}`, 0, false},
		{`[]`, 0, false},
	} {
		got, err := StoryNumber(c.line)
		if got != c.want || (err == nil) != c.ok {
			t.Errorf("StoryNumber(%q) = %d, %v", c.line, got, err)
		}
	}
}
