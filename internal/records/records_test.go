package records

import (
	"strings"
	"testing"
	"time"

	"github.com/claimdiff/claimdiff/claims"
	"github.com/google/go-cmp/cmp"
)

func TestRead(t *testing.T) {
	in := `{"source": "Courier", "title": "Osei wins", "url": "https://c.example/1", "published": "2025-11-05T06:10:00Z", "text": "Renata Osei won.\nTurnout was 31%.", "event": "ignored"}

{"outlet": "Post", "published": "2025-11-05", "text": ""}
`
	got, err := Read(strings.NewReader(in), "feed.jsonl", 0)
	if err != nil {
		t.Fatal(err)
	}
	want := []claims.Document{
		{Name: "Courier", Title: "Osei wins", URL: "https://c.example/1", Published: time.Date(2025, 11, 5, 6, 10, 0, 0, time.UTC), Text: "Renata Osei won.\nTurnout was 31%."},
		{Name: "Post", Published: time.Date(2025, 11, 5, 0, 0, 0, 0, time.UTC)},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Read (-want +got):\n%s", diff)
	}
}

func TestReadErrors(t *testing.T) {
	for _, c := range []struct{ name, in, want string }{
		{"no source", `{"text": "x"}`, `feed.jsonl: line 1: field "source" (or "outlet") is missing or empty`},
		{"no text", `{"source": "a"}` + "\n" + `{"source": "b"}`, `line 1: field "text" is missing`},
		{"not JSON", `{"source": "a", "text": "x"}` + "\n" + `source,text`, `line 2: not a JSON object`},
		{"wrong type", `{"source": "a", "text": 42}`, `line 1: field "text": want a string, got a JSON number`},
		{"bad date", `{"source": "a", "text": "x", "published": "yesterday"}`, `line 1: field "published": "yesterday" is neither RFC 3339`},
		{"two values", `{"source": "a", "text": "x"} {}`, `line 1: more than one JSON value`},
		{"invalid UTF-8", "{\"source\": \"a\", \"text\": \"x\xff\"}", `line 1: not valid UTF-8 at byte 26`},
		{"NUL", `{"source": "a", "text": "x\u0000y"}`, `line 1: field "text": NUL byte at 1`},
		{"too long", `{"source": "a", "text": "` + strings.Repeat("x", 100) + `"}`, `line 1: longer than the limit of 50 bytes`},
	} {
		_, err := Read(strings.NewReader(c.in), "feed.jsonl", 50*boolInt(c.name == "too long"))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: got error %v, want it to contain %q", c.name, err, c.want)
		}
	}
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func FuzzParse(f *testing.F) {
	f.Add([]byte(`{"source": "Courier", "title": "t", "published": "2025-11-05", "text": "Renata Osei won."}`))
	f.Add([]byte(`{"outlet": "P", "text": "\u00e9", "published": 3}`))
	f.Add([]byte("{\"source\": \"a\", \"text\": \"x\xff\"}"))
	f.Fuzz(func(t *testing.T, line []byte) {
		d, err := Parse(line, 1)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "line 1: ") {
				t.Errorf("error %q does not name the line", err)
			}
			return
		}
		if d.Name == "" || strings.IndexByte(d.Text, 0) >= 0 {
			t.Errorf("accepted a record without a name or with a NUL: %+v", d)
		}
	})
}
