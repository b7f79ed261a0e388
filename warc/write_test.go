package warc_test

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/nlnwa/gowarc/v3"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnthidua/thidua/internal/warctest"
	"github.com/vnthidua/thidua/warc"
)

func exchange(t *testing.T, raw string, status int, header http.Header) *http.Response {
	u, err := url.Parse(raw)
	require.NoError(t, err)
	return &http.Response{Status: strconv.Itoa(status) + " " + http.StatusText(status), StatusCode: status, Proto: "HTTP/1.1", Header: header,
		Request: &http.Request{Method: http.MethodGet, URL: u, Header: http.Header{"User-Agent": {"thidua-test"}, "If-None-Match": {`"abc"`}}}}
}

func warcFiles(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	var out []string
	for _, e := range entries {
		out = append(out, filepath.Join(dir, e.Name()))
	}
	sort.Strings(out)
	return out
}

func TestWriterRoundTrip(t *testing.T) {
	page, err := os.ReadFile(filepath.Join(warctest.Root(), "parse/testdata/html/hungyen-ct08-2024.html"))
	require.NoError(t, err)
	dir := t.TempDir()
	w, err := warc.NewWriter(dir, warc.WithMaxFileSize(12_000))
	require.NoError(t, err)
	at := time.Date(2025, 5, 1, 8, 0, 0, 123e6, time.UTC)
	var want []string
	var wg sync.WaitGroup
	for i := range 8 {
		u := "http://127.0.0.1:8089/thi-dua/tin-" + strconv.Itoa(i) + ".html"
		want = append(want, u)
		// The crawler's workers archive at once.
		wg.Add(1)
		go func() {
			defer wg.Done()
			h := http.Header{"Content-Type": {"text/html; charset=utf-8"}, "Content-Encoding": {"gzip"}, "Etag": {`"x"`}}
			assert.NoError(t, w.Archive(exchange(t, u, 200, h), page, at))
		}()
	}
	wg.Wait()
	require.NoError(t, w.Archive(exchange(t, "http://127.0.0.1:8089/khong-co", 404, http.Header{"Content-Type": {"text/html"}}), nil, at))
	require.NoError(t, w.Close())
	assert.ErrorIs(t, w.Archive(exchange(t, "http://127.0.0.1:8089/", 200, nil), nil, at), warc.ErrClosed)

	files := warcFiles(t, dir)
	require.Greater(t, len(files), 2, "rotates at the size given")
	var got []string
	types := map[string]int{}
	for _, f := range files {
		assert.True(t, strings.HasSuffix(f, ".warc.gz"), f)
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		for p, err := range warc.Pages(context.Background(), bytes.NewReader(b)) {
			require.NoError(t, err)
			got = append(got, p.URL)
			assert.Equal(t, page, p.Body)
			assert.Equal(t, at, p.Date)
			assert.Empty(t, p.Header.Get("Content-Encoding"), "the body is written decoded")
			assert.Equal(t, "gzip", p.Header.Get("X-Thidua-Removed-Content-Encoding"))
			assert.Equal(t, strconv.Itoa(len(page)), p.Header.Get("Content-Length"))
			// Each record is its own gzip member.
			zr, err := gzip.NewReader(bytes.NewReader(b[p.Offset:]))
			require.NoError(t, err)
			zr.Multistream(false)
			rest, err := io.ReadAll(zr)
			require.NoError(t, err)
			assert.True(t, bytes.HasPrefix(rest, []byte("WARC/1.1\r\n")))
			assert.Contains(t, string(rest), "WARC-Type: response")
			assert.Contains(t, string(rest), "WARC-Concurrent-To: ")
		}
		r, err := gowarc.NewWarcFileReaderFromStream(bufio.NewReader(bytes.NewReader(b)), 0)
		require.NoError(t, err)
		first := true
		for rec, err := range r.Records() {
			require.NoError(t, err)
			if first {
				assert.Equal(t, "warcinfo", rec.WarcRecord.Type().String(), "each file starts with warcinfo")
				first = false
			}
			types[rec.WarcRecord.Type().String()]++
			if rec.WarcRecord.Type() == gowarc.Request {
				blk, err := rec.WarcRecord.Block().RawBytes()
				require.NoError(t, err)
				raw, _ := io.ReadAll(blk)
				assert.Contains(t, string(raw), "GET /")
				assert.Contains(t, string(raw), "User-Agent: thidua-test")
			}
			rec.Close()
		}
	}
	sort.Strings(got)
	assert.Equal(t, want, got)
	assert.Equal(t, len(files), types["warcinfo"])
	assert.Equal(t, 9, types["request"])
	assert.Equal(t, 9, types["response"], "the 404 is archived too, and skipped by Pages")
}
