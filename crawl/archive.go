package crawl

import (
	"fmt"
	"net/http"
	"net/url"
	"time"

	"github.com/vnthidua/thidua/internal/fetch"
)

// Archive keeps the answers a crawl reads; package warc's Writer writes
// them as WARC request and response records. Archive is called after
// each fetch that got an answer (pages, files, feeds, sitemaps,
// robots.txt; whatever the status), from several workers at once. resp
// carries the status and headers as received and, in resp.Request, the
// URL that answered (after redirects) with the headers the crawler set:
// User-Agent and, when the URL was not redirected, the conditional ones.
// body is what was read: decoded from gzip, empty for answers other than
// 2xx. An error stops the crawl, as a store's does.
type Archive interface {
	Archive(resp *http.Response, body []byte, fetched time.Time) error
}

// WithWARC archives every fetch in a (thidua crawl --warc DIR).
func WithWARC(a Archive) Option { return func(c *Crawler) { c.archive = a } }

// archiveFetch hands one fetch to the archive, if any.
func (c *Crawler) archiveFetch(reqURL string, reqHeader http.Header, resp *fetch.Response) error {
	if c.archive == nil {
		return nil
	}
	u, err := url.Parse(resp.URL)
	if err != nil {
		return nil
	}
	h := http.Header{}
	if resp.URL == reqURL && reqHeader != nil {
		h = reqHeader.Clone()
	}
	h.Set("User-Agent", c.userAgent)
	hr := &http.Response{Status: resp.Status, StatusCode: resp.StatusCode, Proto: "HTTP/1.1", ProtoMajor: 1, ProtoMinor: 1,
		Header: resp.Header, Request: &http.Request{Method: http.MethodGet, URL: u, Header: h}}
	if err := c.archive.Archive(hr, resp.Body, time.Now().UTC()); err != nil {
		return fmt.Errorf("lưu trữ / archive: %w", err)
	}
	return nil
}
