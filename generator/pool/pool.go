// Package pool runs independent pieces of work on all cores: the one
// place where werkboek's build fans out.
package pool

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// Each calls f(0), f(1), …, f(n-1) on a pool of GOMAXPROCS goroutines and
// returns when all calls have returned. Calls start in order of i, each
// on the first goroutine that is free, and may end in any order; each i
// is handled once. The goroutines take the next i from a counter, so
// handing out work costs no channel and wakes no goroutine.
func Each(n int, f func(i int)) {
	workers := min(runtime.GOMAXPROCS(0), n)
	if workers <= 1 {
		for i := 0; i < n; i++ {
			f(i)
		}
		return
	}
	var wg sync.WaitGroup
	var next atomic.Int64
	work := func() {
		for i := int(next.Add(1) - 1); i < n; i = int(next.Add(1) - 1) {
			f(i)
		}
	}
	for w := 1; w < workers; w++ {
		wg.Go(work)
	}
	work() // the caller is one of the workers
	wg.Wait()
}
