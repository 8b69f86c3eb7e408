package memo

import (
	"fmt"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestGet: a key is computed at its first and second call and kept from
// the second on, up to max keys; a nil Memo computes every time.
func TestGet(t *testing.T) {
	var calls int
	square := func(k int) func() int { return func() int { calls++; return k * k } }
	type call struct {
		Key, Value int
		Kept       bool
		Calls      int // f's calls so far
	}
	m := New[int, int](1)
	var got []call
	for _, k := range []int{3, 3, 3, 4, 4, 4, 3} {
		v, kept := m.Get(k, square(k))
		got = append(got, call{k, v, kept, calls})
	}
	want := []call{
		{3, 9, false, 1}, {3, 9, true, 2}, {3, 9, true, 2}, // kept at its second call
		{4, 16, false, 3}, {4, 16, false, 4}, {4, 16, false, 5}, // full: 4 is never kept
		{3, 9, true, 5},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("calls (-want +got):\n%s", diff)
	}
	var none *Memo[int, int]
	if v, kept := none.Get(5, square(5)); v != 25 || kept {
		t.Errorf("nil Memo: %d, %v; want 25, false", v, kept)
	}
}

// TestGetConcurrent: goroutines asking for the same keys at once get the
// right values, and each key is kept once.
func TestGetConcurrent(t *testing.T) {
	m := New[string, string](100)
	var calls atomic.Int32
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for i := range 200 {
				k := fmt.Sprint((i + g) % 20)
				v, _ := m.Get(k, func() string { calls.Add(1); return "v" + k })
				if v != "v"+k {
					t.Errorf("Get(%q) = %q", k, v)
				}
			}
		})
	}
	wg.Wait()
	if len(m.kept) != 20 {
		t.Errorf("%d keys kept, want 20", len(m.kept))
	}
	if n := calls.Load(); n >= 8*200 {
		t.Errorf("f called %d times for %d calls: nothing kept", n, 8*200)
	}
}
