// Package golden compares test output with golden files under testdata/ and
// rewrites them when the tests run with -update:
//
//	go test ./some/package -update
//
// Review the diff of the golden files after an update: it is the change in
// behaviour the update accepts.
package golden

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/ instead of comparing with them")

// Updating reports whether the tests run with -update.
func Updating() bool { return *update }

// Check compares got with the file at path (relative to the test's package
// directory, usually under testdata/) and reports a diff as a test error.
// With -update it writes got to path first, creating directories as needed.
func Check(tb testing.TB, path, got string) {
	tb.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		tb.Fatalf("golden: %v (run the test with -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), got); diff != "" {
		tb.Errorf("golden: %s differs (-want +got); if the change is intended, run the test with -update and review the diff:\n%s", path, diff)
	}
}
