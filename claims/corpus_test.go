package claims_test

import (
	"context"
	"errors"
	"runtime"
	"testing"

	"github.com/claimdiff/claimdiff"
	"github.com/claimdiff/claimdiff/claims"
	"github.com/google/go-cmp/cmp"
)

func TestCorpusIncrementalMatchesBatch(t *testing.T) {
	docs := claimdiff.Sample()
	want, err := claims.Compare(docs)
	if err != nil {
		t.Fatal(err)
	}
	// Add in reverse order, one or two documents at a time.
	c := claims.NewCorpus()
	for i := len(docs); i > 0; i -= 2 {
		if err := c.Add(context.Background(), docs[max(0, i-2):i]...); err != nil {
			t.Fatal(err)
		}
	}
	if diff := cmp.Diff(want, report(t, c)); diff != "" {
		t.Errorf("incremental report differs from batch (-batch +incremental):\n%s", diff)
	}
}

func report(t *testing.T, c *claims.Corpus) *claims.Report {
	t.Helper()
	r, err := c.Report(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestCorpusReportCancelled(t *testing.T) {
	c := claims.NewCorpus()
	if err := c.Add(context.Background(), claimdiff.Sample()...); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if r, err := c.Report(ctx); !errors.Is(err, context.Canceled) || r != nil {
		t.Fatalf("Report with a cancelled context: %v, %v; want nil, context.Canceled", r, err)
	}
}

func TestCorpusRejectsKnownName(t *testing.T) {
	c := claims.NewCorpus()
	doc := claims.Document{Name: "wire", Text: "Talks began on Monday."}
	if err := c.Add(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	if err := c.Add(context.Background(), doc); !errors.Is(err, claims.ErrDuplicateName) {
		t.Fatalf("second Add of %q: %v, want ErrDuplicateName", doc.Name, err)
	}
}

func TestCorpusCancelLeavesCorpusUnchanged(t *testing.T) {
	docs := claimdiff.Sample()
	c := claims.NewCorpus()
	if err := c.Add(context.Background(), docs[:2]...); err != nil {
		t.Fatal(err)
	}
	before := report(t, c)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := c.Add(ctx, docs[2:]...); !errors.Is(err, context.Canceled) {
		t.Fatalf("Add with a cancelled context: %v, want context.Canceled", err)
	}
	if diff := cmp.Diff(before, report(t, c)); diff != "" {
		t.Errorf("cancelled Add changed the corpus (-before +after):\n%s", diff)
	}
	// The corpus still works after the failed batch.
	if err := c.Add(context.Background(), docs[2:]...); err != nil {
		t.Fatal(err)
	}
	want, _ := claims.Compare(docs)
	if diff := cmp.Diff(want, report(t, c)); diff != "" {
		t.Errorf("report after retry differs from batch (-batch +retry):\n%s", diff)
	}
}

func TestCompareIgnoresGOMAXPROCS(t *testing.T) {
	docs := claimdiff.Sample()
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	want, err := claims.Compare(docs)
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range []int{2, 4, 7} {
		runtime.GOMAXPROCS(n)
		got, err := claims.Compare(docs)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("GOMAXPROCS=%d changes the report (-1 +%d):\n%s", n, n, diff)
		}
	}
}

func TestCompareReportsProgress(t *testing.T) {
	last := map[claims.Stage]claims.Progress{}
	_, err := claims.Compare(claimdiff.Sample(), claims.WithProgress(func(p claims.Progress) {
		if prev, ok := last[p.Stage]; ok && (p.Done < prev.Done || p.Total != prev.Total) {
			t.Errorf("progress went from %+v to %+v", prev, p)
		}
		last[p.Stage] = p
	}))
	if err != nil {
		t.Fatal(err)
	}
	for _, stage := range []claims.Stage{claims.StagePrepare, claims.StageWeigh, claims.StageScore} {
		p, ok := last[stage]
		if !ok || p.Done != p.Total || p.Total == 0 {
			t.Errorf("stage %q: last progress %+v (reported: %v), want Done == Total > 0", stage, p, ok)
		}
	}
}
