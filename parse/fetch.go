package parse

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"mime"
	"net/url"

	"github.com/vnthidua/thidua/directive"
	"github.com/vnthidua/thidua/internal/fetch"
)

// HTTPError reports a response that is not a success. Test for it with
// errors.As; the status code tells what the server said.
type HTTPError = fetch.HTTPError

// RefusedError names an address the fetch guard refused to connect to;
// errors.Is(err, ErrPrivateAddress) holds for it.
type RefusedError = fetch.RefusedError

var (
	// ErrTooManyRedirects means a URL redirected more often than allowed.
	ErrTooManyRedirects = fetch.ErrTooManyRedirects
	// ErrPrivateAddress means a URL, or one it redirected to, resolved to
	// a loopback, private, link-local, CGNAT, unspecified, multicast or
	// reserved address, which is not fetched without WithAllowPrivate.
	// The check is made on the resolved address at connection time, so
	// host names and redirects cannot get around it.
	ErrPrivateAddress = fetch.ErrPrivateAddress
)

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
// bounded by DefaultFetchTimeout. Addresses on the caller's own machine or
// network are refused (ErrPrivateAddress) unless WithAllowPrivate. What a
// response holds is told from its bytes first, its Content-Type second: a
// page served as application/pdf is read as the page it is.
func URL(ctx context.Context, rawURL string, opts ...Option) (*directive.Record, error) {
	c := newConfig(append(opts, WithURL(rawURL)))
	ctx, cancel := c.context(ctx)
	defer cancel()
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, inputErr(c, "", fmt.Errorf("%w: not an http or https URL", ErrFormat))
	}
	f, err := fetchURL(ctx, rawURL, c, c.maxBytes, nil)
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
			bound(rec) // what the attachment added
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

// responseKind tells what a response holds: from its first bytes when
// they show a PDF or an HTML page, whatever the Content-Type says
// (portals label error pages application/pdf and PDFs text/html), and
// from the Content-Type when the bytes show neither.
func responseKind(f *fetched) Kind {
	switch Sniff(f.body) {
	case KindPDF:
		return KindPDF
	case KindHTML:
		return KindHTML
	}
	mt, _, _ := mime.ParseMediaType(f.contentType)
	switch mt {
	case "text/html", "application/xhtml+xml":
		return KindHTML
	case "application/pdf", "application/x-pdf":
		// Not a PDF by its bytes: PDF says what is wrong with it.
		return KindPDF
	case "text/plain":
		return KindText
	}
	return ""
}

// client is the SDK's guarded client with the settings of c.
func (c *config) client() *fetch.Client {
	return fetch.New(
		fetch.WithAllowPrivate(c.allowPrivate),
		fetch.WithUserAgent(c.userAgent),
		fetch.WithMaxRedirects(c.maxRedirects),
		fetch.WithTimeout(DefaultFetchTimeout),
		fetch.WithHTTPClient(c.httpClient),
	)
}

// fetch gets one URL through the guarded client and reads its body, at
// most limit bytes after decompression. scope, when not nil, holds the
// URL and its redirects to a set of hosts.
func fetchURL(ctx context.Context, rawURL string, c *config, limit int64, scope func(*url.URL) error) (*fetched, error) {
	resp, err := c.client().Get(ctx, &fetch.Request{URL: rawURL, MaxBytes: limit, Scope: scope})
	if err != nil {
		if errors.Is(err, fetch.ErrScheme) {
			return nil, fmt.Errorf("%w: %w", ErrFormat, err)
		}
		return nil, err
	}
	return &fetched{body: resp.Body, contentType: resp.Header.Get("Content-Type"), url: resp.URL}, nil
}
