// Package parallel runs the iterations of a loop on all cores.
package parallel

import (
	"context"
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

// For runs fn(i) for i in [0, n) on GOMAXPROCS goroutines, each taking
// chunk indexes at a time, stops early when ctx is cancelled, and returns
// ctx.Err(). fn must be safe to call from many goroutines at once. When
// progress is not nil it is called from the calling goroutine, so it needs
// no locking, with how many indexes are done: 0 first, then every 100 ms,
// then the final count.
func For(ctx context.Context, n, chunk int, progress func(done int), fn func(i int)) error {
	chunk = max(chunk, 1)
	var next, done atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), (n+chunk-1)/chunk) {
		wg.Go(func() {
			for ctx.Err() == nil {
				start := int(next.Add(int64(chunk))) - chunk
				if start >= n {
					return
				}
				end := min(start+chunk, n)
				for i := start; i < end; i++ {
					fn(i)
				}
				done.Add(int64(end - start))
			}
		})
	}
	if progress == nil {
		wg.Wait()
		return ctx.Err()
	}
	finished := make(chan struct{})
	go func() { wg.Wait(); close(finished) }()
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	progress(0)
	for {
		select {
		case <-finished:
			progress(int(done.Load()))
			return ctx.Err()
		case <-tick.C:
			progress(int(done.Load()))
		}
	}
}
