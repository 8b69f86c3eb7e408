// Package shareddata finds the team's external evaluation data (../shared/data
// beside the repository: Golden Rules, MRPC, news clusters) for tests and
// benchmarks. The data is not part of the module: its licences forbid
// redistribution, so it is read in place and never copied.
package shareddata

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// Dir returns the absolute path of shared/data. When the directory is
// missing the test is skipped, except under CI (CI set in the environment),
// where a missing data set must fail loudly rather than pass vacuously.
func Dir(tb testing.TB) string {
	tb.Helper()
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		tb.Fatal("shareddata: cannot locate the source file")
	}
	// file is <repo>/internal/shareddata/shareddata.go.
	repo := filepath.Dir(filepath.Dir(filepath.Dir(file)))
	dir := filepath.Join(filepath.Dir(repo), "shared", "data")
	if env := os.Getenv("CLAIMDIFF_SHARED_DATA"); env != "" {
		dir = env
	}
	if _, err := os.Stat(dir); err != nil {
		if os.Getenv("CI") != "" {
			tb.Fatalf("shareddata: %v (CI needs ../shared/data beside the repository)", err)
		}
		tb.Skipf("shareddata: %v; set CLAIMDIFF_SHARED_DATA to run this test", err)
	}
	return dir
}

// Path returns the path of a file under shared/data, such as "mrpc/train.tsv".
func Path(tb testing.TB, name string) string {
	tb.Helper()
	return filepath.Join(Dir(tb), filepath.FromSlash(name))
}
