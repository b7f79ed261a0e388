package pdf

import (
	"context"
	"fmt"
	"sync"
)

// readAhead reads the pages of a document on other PDFium instances while
// the caller reads them one by one, so that a long document uses several
// cores. Each helper opens the file in an instance of its own and takes
// the first page nobody has taken, at most window pages past the last page
// asked for (pages past the caller's limit are then read in vain, at most
// window of them). The caller, while it waits for a page a helper has,
// reads the next free page itself.
//
// The helpers work under the context of the first Page call: when it
// ends, they stop.
type readAhead struct {
	mu     sync.Mutex
	pages  []aheadPage
	asked  int           // the highest page asked for
	window int           // pages read past asked
	wake   chan struct{} // closed (and replaced) when a page is done or asked for
	cancel context.CancelFunc
	wg     sync.WaitGroup
}

type aheadPage struct {
	taken, done bool
	given       bool // to the caller, who keeps it
	p           *Page
	err         error
}

func startReadAhead(ctx context.Context, b *PDFium, data []byte, pages, helpers int) *readAhead {
	hctx, cancel := context.WithCancel(ctx)
	ra := &readAhead{pages: make([]aheadPage, pages), window: helpers + 1, wake: make(chan struct{}), cancel: cancel}
	for range helpers {
		ra.wg.Add(1)
		go ra.help(hctx, b, data)
	}
	return ra
}

// signal wakes whoever waits for a change. ra.mu is held.
func (ra *readAhead) signal() {
	close(ra.wake)
	ra.wake = make(chan struct{})
}

// claim takes the first free page within the window, -1 when there is
// none. ra.mu is held.
func (ra *readAhead) claim() int {
	for j := range min(ra.asked+ra.window+1, len(ra.pages)) {
		if !ra.pages[j].taken {
			ra.pages[j].taken = true
			return j
		}
	}
	return -1
}

// allTaken tells whether every page is taken. ra.mu is held.
func (ra *readAhead) allTaken() bool {
	for _, p := range ra.pages {
		if !p.taken {
			return false
		}
	}
	return true
}

// store keeps the result of page j. ra.mu is held.
func (ra *readAhead) store(j int, p *Page, err error) {
	ra.pages[j] = aheadPage{taken: true, done: true, p: p, err: err}
	ra.signal()
}

// page returns page i, read by r (the caller's reader) or by a helper.
func (ra *readAhead) page(ctx context.Context, r *reader, i int) (*Page, error) {
	ra.mu.Lock()
	if i > ra.asked {
		ra.asked = i
		ra.signal()
	}
	for {
		st := &ra.pages[i]
		switch {
		case st.given:
			// Asked for again: read it again.
			ra.mu.Unlock()
			return r.page(ctx, i)
		case st.done:
			p, err := st.p, st.err
			*st = aheadPage{taken: true, done: true, given: true}
			ra.mu.Unlock()
			return p, err
		case !st.taken:
			st.taken = true
			ra.mu.Unlock()
			p, err := r.page(ctx, i)
			ra.mu.Lock()
			ra.pages[i] = aheadPage{taken: true, done: true, given: true}
			ra.signal()
			ra.mu.Unlock()
			return p, err
		}
		// A helper has page i: read another meanwhile, or wait.
		if j := ra.claim(); j >= 0 && !r.dead {
			ra.mu.Unlock()
			p, err := r.page(ctx, j)
			ra.mu.Lock()
			ra.store(j, p, err)
			continue
		}
		wake := ra.wake
		ra.mu.Unlock()
		select {
		case <-wake:
		case <-ctx.Done():
			return nil, fmt.Errorf("page %d: %w", i+1, ctx.Err())
		}
		ra.mu.Lock()
	}
}

// help reads pages on an instance of its own until every page is taken or
// ctx ends.
func (ra *readAhead) help(ctx context.Context, b *PDFium, data []byte) {
	defer ra.wg.Done()
	r, err := b.openReader(ctx, data)
	if err != nil {
		return // the caller reads the pages itself
	}
	defer r.Close()
	ra.mu.Lock()
	defer ra.mu.Unlock()
	for !ra.allTaken() {
		j := ra.claim()
		if j < 0 {
			wake := ra.wake
			ra.mu.Unlock()
			select {
			case <-wake:
			case <-ctx.Done():
			}
			ra.mu.Lock()
			if ctx.Err() != nil {
				return
			}
			continue
		}
		ra.mu.Unlock()
		p, err := r.page(ctx, j)
		ra.mu.Lock()
		if ctx.Err() != nil {
			// Stopped: leave the page to the caller, if it still asks.
			ra.pages[j].taken = false
			ra.signal()
			return
		}
		ra.store(j, p, err)
		if r.dead || r.c.failed {
			return // this instance is no longer to be trusted
		}
	}
}

// stop ends the helpers and waits for them to give back their instances.
func (ra *readAhead) stop() {
	ra.cancel()
	ra.wg.Wait()
}
