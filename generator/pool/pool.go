// Package pool runs independent pieces of work on all cores: the one
// place where werkboek's build fans out.
package pool

import (
	"runtime"
	"sync"
)

// Each calls f(0), f(1), …, f(n-1) on a pool of GOMAXPROCS goroutines and
// returns when all calls have returned. Calls may run in any order; each
// i is handled once.
func Each(n int, f func(i int)) {
	workers := min(runtime.GOMAXPROCS(0), n)
	if workers <= 1 {
		for i := 0; i < n; i++ {
			f(i)
		}
		return
	}
	var wg sync.WaitGroup
	next := make(chan int, workers)
	for w := 0; w < workers; w++ {
		wg.Go(func() {
			for i := range next {
				f(i)
			}
		})
	}
	for i := 0; i < n; i++ {
		next <- i
	}
	close(next)
	wg.Wait()
}
