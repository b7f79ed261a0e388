package main

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnthidua/thidua/store/sqlite"
)

// lockedBuffer collects the server's log from its goroutines.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

var listening = regexp.MustCompile(`msg=listening addr=(127\.0\.0\.1:\d+)`)

// TestServe starts `thidua serve` on a free port of 127.0.0.1, with a
// store, asks it a few things and stops it as SIGTERM would: the command
// returns 0 once the server has shut down.
func TestServe(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "thidua.db")
	db, err := sqlite.Open(ctx, path)
	require.NoError(t, err)
	require.NoError(t, db.Close())

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var logBuf lockedBuffer
	done := make(chan int, 1)
	go func() {
		done <- run(ctx, []string{"serve", "--addr", "127.0.0.1:0", "--store", path, "--max-concurrent", "2"}, strings.NewReader(""), io.Discard, &logBuf)
	}()
	var addr string
	for addr == "" {
		select {
		case code := <-done:
			t.Fatalf("serve exited with %d: %s", code, logBuf.String())
		default:
		}
		if m := listening.FindStringSubmatch(logBuf.String()); m != nil {
			addr = m[1]
		}
		time.Sleep(5 * time.Millisecond)
	}
	get := func(path string) (int, string) {
		resp, err := http.Get("http://" + addr + path)
		require.NoError(t, err)
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	code, body := get("/healthz")
	assert.Equal(t, 200, code)
	assert.JSONEq(t, `{"status":"ok","in_flight":0,"max_concurrent":2,"store":true}`, body)
	code, body = get("/v1/records")
	assert.Equal(t, 200, code)
	assert.JSONEq(t, `{"count":0,"records":[]}`, body)

	cancel()
	select {
	case code := <-done:
		assert.Equal(t, 0, code, logBuf.String())
	case <-time.After(time.Minute):
		t.Fatal("serve did not stop")
	}
	log := logBuf.String()
	assert.Contains(t, log, "msg=\"shutting down\"")
	assert.Contains(t, log, "msg=stopped")
	assert.Contains(t, log, "path=/healthz status=200")
}

func TestServeBadFlags(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"serve", "extra"}, "takes no arguments"},
		{[]string{"serve", "--timeout", "0s"}, "must be more than 0"},
		{[]string{"serve", "--max-concurrent", "0"}, "must be more than 0"},
		{[]string{"serve", "--addr", "127.0.0.1:0", "--store", filepath.Join(t.TempDir(), "missing.db")}, "no store at"},
		{[]string{"serve", "--addr", "nonsense"}, "--addr"},
		{[]string{"serve", "--nope"}, "flag provided but not defined"},
	} {
		code, _, stderr := runCLI(t, "", tc.args...)
		assert.Equal(t, 2, code, "%v", tc.args)
		assert.Contains(t, stderr, tc.want, "%v", tc.args)
	}
}

// TestOriginList: --cors-origin takes an origin as a browser sends it, or *.
func TestOriginList(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		ok       bool
	}{
		{"https://hr.example.vn", "https://hr.example.vn", true},
		{" http://127.0.0.1:3000/ ", "http://127.0.0.1:3000", true},
		{"*", "*", true},
		{"hr.example.vn", "", false},
		{"https://hr.example.vn/app", "", false},
		{"ftp://hr.example.vn", "", false},
		{"https://hr.example.vn?x=1", "", false},
	} {
		var o originList
		err := o.Set(tc.in)
		if tc.ok {
			if err != nil || len(o) != 1 || o[0] != tc.want {
				t.Errorf("%q: got %v, %v; want %q", tc.in, o, err, tc.want)
			}
		} else if err == nil {
			t.Errorf("%q: accepted as %v", tc.in, o)
		}
	}
}
