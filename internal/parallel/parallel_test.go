package parallel

import (
	"context"
	"errors"
	"sync/atomic"
	"testing"
)

// TestFor: every index runs once, progress ends at n, and a cancelled
// context stops the loop with its error.
func TestFor(t *testing.T) {
	for _, n := range []int{0, 1, 63, 64, 1000} {
		runs := make([]atomic.Int32, n)
		var last int
		err := For(context.Background(), n, 64, func(done int) { last = done }, func(i int) { runs[i].Add(1) })
		if err != nil {
			t.Fatal(err)
		}
		for i := range runs {
			if got := runs[i].Load(); got != 1 {
				t.Fatalf("n=%d: index %d ran %d times", n, i, got)
			}
		}
		if last != n {
			t.Errorf("n=%d: last progress %d", n, last)
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var ran atomic.Int32
	if err := For(ctx, 1000, 8, nil, func(int) { ran.Add(1) }); !errors.Is(err, context.Canceled) || ran.Load() != 0 {
		t.Errorf("cancelled: err %v, %d runs", err, ran.Load())
	}
}
