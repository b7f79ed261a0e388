package crawl

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnthidua/thidua/store"
	"github.com/vnthidua/thidua/store/sqlite"
)

// TestMain lets TestCrawlKill run a crawl in a child process it can kill.
func TestMain(m *testing.M) {
	if store, seed := os.Getenv("THIDUA_CRAWL_CHILD_STORE"), os.Getenv("THIDUA_CRAWL_CHILD_SEED"); store != "" {
		os.Exit(crawlChild(store, seed))
	}
	os.Exit(m.Run())
}

func crawlChild(path, seed string) int {
	ctx := context.Background()
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer db.Close()
	if _, err := testCrawler(db, WithConcurrency(2), WithRate(20)).Run(ctx, []string{seed}); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	return 0
}

// TestCrawlKill: a crawl killed with SIGKILL mid-way, then run again,
// ends with the records of a crawl never interrupted; what the killed one
// committed is kept and not fetched again.
func TestCrawlKill(t *testing.T) {
	ctx := context.Background()
	p, srv, _ := newPortal(t, 40)
	whole, _ := openStore(t)
	_, err := testCrawler(whole).Run(ctx, []string{srv.URL + "/"})
	require.NoError(t, err)
	want := records(t, whole)
	p.Hits()

	path := t.TempDir() + "/killed.db"
	killed := make(chan struct{})
	p.OnHit(func(n int) {
		if n == 25 {
			close(killed)
		}
	})
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "THIDUA_CRAWL_CHILD_STORE="+path, "THIDUA_CRAWL_CHILD_SEED="+srv.URL+"/")
	cmd.Stderr = os.Stderr
	require.NoError(t, cmd.Start())
	select {
	case <-killed:
	case <-time.After(60 * time.Second):
		t.Fatal("the child crawl did not get going")
	}
	require.NoError(t, cmd.Process.Signal(syscall.SIGKILL))
	_ = cmd.Wait()
	p.OnHit(nil)
	first := p.Hits()

	st, err := sqlite.Open(ctx, path)
	require.NoError(t, err)
	defer st.Close()
	var settled []string
	for _, h := range first {
		if e, err := st.Entry(ctx, srv.URL+h.Path); err == nil && e.State == store.Done {
			settled = append(settled, h.Path)
		}
	}
	require.NotEmpty(t, settled, "nothing was committed before the kill")
	require.Less(t, len(first), 80, "the crawl ended before the kill")

	sum, err := testCrawler(st).Run(ctx, []string{srv.URL + "/"})
	require.NoError(t, err)
	assert.True(t, sum.Resumed)
	for _, s := range settled {
		assert.Equal(t, 0, p.Requested(s), "%s fetched again after the kill", s)
	}
	got := records(t, st)
	assert.Equal(t, keys(want), keys(got))
	for k, w := range want {
		assert.ElementsMatch(t, w.URLs, got[k].URLs, k)
	}
}
