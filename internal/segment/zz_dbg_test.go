package segment

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestDebugClusters(t *testing.T) {
	f, _ := os.ReadFile("/work/shared/data/news/clusters.jsonl")
	for _, l := range strings.Split(strings.TrimSpace(string(f)), "\n") {
		var c struct{ Articles []struct{ Source, Title, Text string } }
		json.Unmarshal([]byte(l), &c)
		for _, a := range c.Articles {
			for _, s := range Split(a.Text, Options{}) {
				txt := a.Text[s.Start:s.End]
				if s.Furniture || len(strings.Fields(txt)) < 5 {
					fmt.Printf("%v %q %q\n", s.Furniture, s.Reason, txt)
				}
			}
		}
	}
}
