// Package ordered runs one piece of work per input on a pool of
// goroutines and hands the results back in input order: `thidua parse`
// over many files and URLs parses on every core and still prints its
// records in the order it was given.
package ordered

import (
	"context"
	"sync"
)

// Map calls work for i = 0 .. n-1 on at most workers goroutines at once
// and emit with each result in order of i. At most 4×workers results wait
// for their turn, so memory stays bounded however large n is. When emit
// returns false or ctx is done, no further work starts and Map returns
// once the work under way has ended.
func Map[T any](ctx context.Context, n, workers int, work func(ctx context.Context, i int) T, emit func(i int, v T) bool) {
	if workers < 1 {
		workers = 1
	}
	window := 4 * workers
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	slots := make([]chan T, n)
	for i := range slots {
		slots[i] = make(chan T, 1)
	}
	var wg sync.WaitGroup
	sem := make(chan struct{}, workers)
	ahead := make(chan struct{}, window) // results started and not yet emitted
	dispatched := make(chan struct{})
	finish := func() {
		cancel()
		<-dispatched
		wg.Wait()
	}
	go func() {
		defer close(dispatched)
		for i := range n {
			select {
			case ahead <- struct{}{}:
			case <-ctx.Done():
				return
			}
			select {
			case sem <- struct{}{}:
			case <-ctx.Done():
				return
			}
			wg.Add(1)
			go func() {
				defer wg.Done()
				slots[i] <- work(ctx, i)
				<-sem
			}()
		}
	}()
	for i := range n {
		var v T
		select {
		case v = <-slots[i]:
		case <-ctx.Done():
			finish()
			return
		}
		<-ahead
		if !emit(i, v) {
			break
		}
	}
	finish()
}
