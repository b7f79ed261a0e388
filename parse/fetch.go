package parse

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strings"

	"github.com/vnthidua/thidua/directive"
)

// HTTPError reports a response that is not a success. Test for it with
// errors.As; the status code tells what the server said.
type HTTPError struct {
	URL        string
	StatusCode int
	Status     string
}

func (e *HTTPError) Error() string {
	return fmt.Sprintf("máy chủ trả lời / server answered %s for %s", e.Status, e.URL)
}

// ErrTooManyRedirects means a URL redirected more often than allowed.
var ErrTooManyRedirects = errors.New("too many redirects")

// fetched is the body of a response with what describes it.
type fetched struct {
	body        []byte
	contentType string
	url         string // after redirects
}

// URL fetches a page or PDF over HTTP(S) and parses it: an HTML page as
// HTML does (links resolved against the address after redirects), a PDF as
// PDF does, plain text as Text does. Anything else is an ErrFormat error
// naming its Content-Type; a response that is not a success is an
// *HTTPError. Requests name thidua in their User-Agent (WithUserAgent),
// accept gzip, follow at most DefaultMaxRedirects redirects
// (WithMaxRedirects) and read at most WithMaxBytes bytes (after
// decompression). Without WithTimeout or a deadline on ctx, one request is
// bounded by DefaultFetchTimeout.
func URL(ctx context.Context, rawURL string, opts ...Option) (*directive.Record, error) {
	c := newConfig(append(opts, WithURL(rawURL)))
	ctx, cancel := c.context(ctx)
	defer cancel()
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, inputErr(c, "", fmt.Errorf("%w: not an http or https URL", ErrFormat))
	}
	f, err := fetch(ctx, rawURL, c, c.maxBytes)
	if err != nil {
		return nil, inputErr(c, "", err)
	}
	var rec *directive.Record
	switch kind := responseKind(f); kind {
	case KindHTML:
		cc := *c
		cc.contentType = f.contentType
		if f.url != rawURL {
			cc.baseURL = f.url
		}
		if int64(len(f.body)) > cc.htmlLimit() {
			return nil, inputErr(c, "", fmt.Errorf("%w: page of %d bytes, more than %d", ErrTooLarge, len(f.body), cc.htmlLimit()))
		}
		rec, err = htmlRecord(ctx, f.body, &cc)
		if err != nil {
			return nil, err
		}
		if c.follow {
			followAttachments(ctx, rec, c)
		}
	case KindPDF:
		rec, err = PDF(ctx, bytes.NewReader(f.body), int64(len(f.body)), append(opts, WithURL(rawURL))...)
		if err == nil {
			rec.Source.URL = rawURL
		}
	case KindText:
		rec, err = Text(ctx, bytes.NewReader(f.body), append(opts, WithURL(rawURL))...)
	default:
		return nil, inputErr(c, "", fmt.Errorf("%w: Content-Type %q is neither HTML, PDF nor text", ErrFormat, f.contentType))
	}
	return rec, err
}

// responseKind tells what a response holds, from its Content-Type and,
// when that is missing or generic, from its first bytes.
func responseKind(f *fetched) Kind {
	mt, _, _ := mime.ParseMediaType(f.contentType)
	switch mt {
	case "text/html", "application/xhtml+xml":
		if Sniff(f.body) == KindPDF {
			return KindPDF
		}
		return KindHTML
	case "application/pdf", "application/x-pdf":
		return KindPDF
	case "text/plain":
		if Sniff(f.body) == KindHTML {
			return KindHTML
		}
		return KindText
	case "", "application/octet-stream", "binary/octet-stream", "application/force-download", "application/download":
		switch Sniff(f.body) {
		case KindPDF:
			return KindPDF
		case KindHTML:
			return KindHTML
		}
	}
	return ""
}

// client is the HTTP client of c, with the redirect policy of c unless the
// caller's client has its own.
func (c *config) client() *http.Client {
	cl := http.Client{Timeout: DefaultFetchTimeout}
	if c.httpClient != nil {
		cl = *c.httpClient
	}
	if cl.CheckRedirect == nil {
		max := c.maxRedirects
		if max == 0 {
			max = DefaultMaxRedirects
		}
		cl.CheckRedirect = func(req *http.Request, via []*http.Request) error {
			if len(via) > max {
				return fmt.Errorf("%w: more than %d", ErrTooManyRedirects, max)
			}
			return nil
		}
	}
	return &cl
}

// fetch gets one URL and reads its body, at most limit bytes after
// decompression.
func fetch(ctx context.Context, rawURL string, c *config, limit int64) (*fetched, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrFormat, err)
	}
	ua := c.userAgent
	if ua == "" {
		ua = DefaultUserAgent
	}
	req.Header.Set("User-Agent", ua)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/pdf;q=0.9,text/plain;q=0.8,*/*;q=0.5")
	req.Header.Set("Accept-Language", "vi,en;q=0.5")
	req.Header.Set("Accept-Encoding", "gzip")
	resp, err := c.client().Do(req)
	if err != nil {
		return nil, fmt.Errorf("tải / fetch: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
		return nil, &HTTPError{URL: resp.Request.URL.String(), StatusCode: resp.StatusCode, Status: resp.Status}
	}
	var body io.Reader = resp.Body
	if strings.EqualFold(strings.TrimSpace(resp.Header.Get("Content-Encoding")), "gzip") {
		zr, err := gzip.NewReader(resp.Body)
		if err != nil {
			return nil, fmt.Errorf("%w: gzip: %w", ErrFormat, err)
		}
		defer zr.Close()
		body = zr
	}
	if resp.ContentLength > limit {
		return nil, fmt.Errorf("%w: Content-Length %d, more than %d bytes", ErrTooLarge, resp.ContentLength, limit)
	}
	b, err := io.ReadAll(io.LimitReader(body, limit+1))
	if err != nil {
		return nil, fmt.Errorf("đọc / read: %w", err)
	}
	if int64(len(b)) > limit {
		return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, limit)
	}
	return &fetched{body: b, contentType: resp.Header.Get("Content-Type"), url: resp.Request.URL.String()}, nil
}
