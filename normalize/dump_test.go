package normalize

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/claimdiff/claimdiff/internal/segment"
	"github.com/claimdiff/claimdiff/internal/shareddata"
)

// dumpFacts names a file to write every fact Extract reads from a large
// body of text to, for checking that a change meant to make Extract faster
// leaves its output byte-identical: dump before and after, then cmp.
//
//	CLAIMDIFF_SHARED_DATA=/work/shared/data go test ./normalize -run TestDumpFacts -dumpfacts /tmp/before.txt
var dumpFacts = flag.String("dumpfacts", "", "write the facts of every test sentence to this file (TestDumpFacts)")

// dumpSharedDir is the team's shared directory (seeds, stories) beside
// shared/data.
var dumpSharedDir = flag.String("dumpshared", "", "the shared directory holding seeds/ and stories/ (default: beside shared/data)")

// TestDumpFacts writes, for every sentence of MRPC train (both columns),
// the news clusters, the Golden Rules, the seed articles, the shared
// stories and the texts under the module's testdata directories, the
// sentence and every fact Extract reads from it (all fields, pointers
// followed), once without and once with a reference date.
func TestDumpFacts(t *testing.T) {
	if *dumpFacts == "" {
		t.Skip("no -dumpfacts file")
	}
	var sents []string // with a "# source" line before each source's sentences
	add := func(source string, texts ...string) {
		sents = append(sents, "# "+source)
		for _, text := range texts {
			for _, s := range segment.Split(text, segment.Options{}) {
				sents = append(sents, text[s.Start:s.End])
			}
		}
	}
	for i, p := range shareddata.MRPC(t) {
		sents = append(sents, "# mrpc "+strconv.Itoa(i), p.A, p.B)
	}
	for _, c := range shareddata.Clusters(t) {
		for _, a := range c.Articles {
			add("news "+c.ID+" "+a.Source, a.Title, a.Text)
		}
	}
	for _, r := range shareddata.GoldenRules(t) {
		add("golden rule "+strconv.Itoa(r.ID), r.Text)
		sents = append(sents, r.Sentences...)
	}
	shared := *dumpSharedDir
	if shared == "" {
		shared = filepath.Dir(shareddata.Dir(t))
	}
	for _, pattern := range []string{"seeds/*.txt", "stories/*/*.txt"} {
		files, err := filepath.Glob(filepath.Join(shared, pattern))
		if err != nil || len(files) == 0 {
			t.Fatalf("no %s under %s (%v)", pattern, shared, err)
		}
		for _, f := range files {
			add(f, readFile(t, f))
		}
	}
	// The module's testdata: text files split into sentences, every cell of
	// a table, every string of a JSON document.
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.Contains(path, string(filepath.Separator)+"testdata"+string(filepath.Separator)) {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		switch ext := filepath.Ext(path); {
		case strings.HasSuffix(path, ".golden"):
		case ext == ".txt":
			add(rel, readFile(t, path))
		case ext == ".tsv":
			var cells []string
			for line := range strings.Lines(readFile(t, path)) {
				cells = append(cells, strings.Split(strings.TrimRight(line, "\r\n"), "\t")...)
			}
			add(rel, cells...)
		case ext == ".json" || ext == ".jsonl":
			var texts []string
			dec := json.NewDecoder(strings.NewReader(readFile(t, path)))
			for {
				var v any
				if err := dec.Decode(&v); err != nil {
					break
				}
				texts = jsonStrings(texts, v)
			}
			add(rel, texts...)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}

	out, err := os.Create(*dumpFacts)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(out)
	ref := time.Date(2020, time.June, 17, 12, 0, 0, 0, time.UTC)
	n, distinct := 0, map[string]bool{}
	for _, s := range sents {
		if strings.HasPrefix(s, "# ") {
			fmt.Fprintln(w, s)
			continue
		}
		n++
		distinct[s] = true
		fmt.Fprintf(w, "%q\n", s)
		for _, f := range []Facts{Extract(s), ExtractAt(s, ref)} {
			fmt.Fprintf(w, "  headline=%v facts=%d\n", f.headline, len(f.All))
			for _, x := range f.All {
				var b strings.Builder
				dumpValue(&b, reflect.ValueOf(dumpView(x)))
				fmt.Fprintf(w, "  %s %v %s\n", x.Kind(), x.Bounds(), b.String())
			}
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := out.Close(); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d sentences (%d distinct) written to %s", n, len(distinct), *dumpFacts)
}

// nameView is what the dump writes of a Name made by Extract: its forms as
// comparing reads them (the spelling worked out), not as they are stored.
type nameView struct {
	Span
	Text  string
	Key   string
	forms formsView
}

type formsView struct {
	words, head              []string
	acronym                  string
	caps, person, org, place bool
}

// dumpView returns what the dump writes of fact x.
func dumpView(x Fact) any {
	n, ok := x.(Name)
	if !ok || n.forms == nil {
		return x
	}
	s := n.spelt()
	return nameView{n.Span, n.Text, n.Key, formsView{s.words, s.head, s.acronym, s.caps, n.forms.person, n.forms.org, n.forms.place}}
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// jsonStrings appends the strings of a decoded JSON value, object keys in
// sorted order.
func jsonStrings(dst []string, v any) []string {
	switch v := v.(type) {
	case string:
		dst = append(dst, v)
	case []any:
		for _, x := range v {
			dst = jsonStrings(dst, x)
		}
	case map[string]any:
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			dst = jsonStrings(dst, v[k])
		}
	}
	return dst
}

// dumpValue writes v with every field, exported or not, following
// pointers; sync types (a Once) are left out.
func dumpValue(b *strings.Builder, v reflect.Value) {
	switch v.Kind() {
	case reflect.Interface, reflect.Pointer:
		if v.IsNil() {
			b.WriteString("nil")
			return
		}
		dumpValue(b, v.Elem())
	case reflect.Struct:
		b.WriteString(v.Type().Name() + "{")
		for i := range v.NumField() {
			f := v.Type().Field(i)
			if f.Type.PkgPath() == "sync" {
				continue
			}
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(f.Name + ":")
			dumpValue(b, v.Field(i))
		}
		b.WriteByte('}')
	case reflect.Slice, reflect.Array:
		b.WriteByte('[')
		for i := range v.Len() {
			if i > 0 {
				b.WriteByte(' ')
			}
			dumpValue(b, v.Index(i))
		}
		b.WriteByte(']')
	case reflect.String:
		b.WriteString(strconv.Quote(v.String()))
	case reflect.Float32, reflect.Float64:
		b.WriteString(strconv.FormatFloat(v.Float(), 'g', -1, 64))
	case reflect.Bool:
		b.WriteString(strconv.FormatBool(v.Bool()))
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		b.WriteString(strconv.FormatInt(v.Int(), 10))
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		b.WriteString(strconv.FormatUint(v.Uint(), 10))
	default:
		fmt.Fprintf(b, "<%s>", v.Kind())
	}
}
