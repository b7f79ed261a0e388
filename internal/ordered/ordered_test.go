package ordered

import (
	"context"
	"math/rand/v2"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestMapOrderAndBound(t *testing.T) {
	var running, peak atomic.Int64
	var got []int
	Map(context.Background(), 200, 3, func(_ context.Context, i int) int {
		r := running.Add(1)
		for {
			p := peak.Load()
			if r <= p || peak.CompareAndSwap(p, r) {
				break
			}
		}
		time.Sleep(time.Duration(rand.IntN(300)) * time.Microsecond)
		running.Add(-1)
		return i * i
	}, func(i, v int) bool {
		assert.Equal(t, i*i, v)
		got = append(got, i)
		return true
	})
	assert.Len(t, got, 200)
	for i, v := range got {
		assert.Equal(t, i, v)
	}
	assert.LessOrEqual(t, peak.Load(), int64(3))
	assert.Greater(t, peak.Load(), int64(1), "the work never ran in parallel")
}

func TestMapStops(t *testing.T) {
	var started atomic.Int64
	n := 0
	Map(context.Background(), 1000, 2, func(context.Context, int) int { started.Add(1); return 0 }, func(i, _ int) bool {
		n++
		return i < 4
	})
	assert.Equal(t, 5, n)
	assert.Less(t, started.Load(), int64(1000), "work went on after emit said stop")

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	n = 0
	Map(ctx, 100, 2, func(context.Context, int) int { return 0 }, func(int, int) bool { n++; return true })
	assert.Less(t, n, 100)
}
