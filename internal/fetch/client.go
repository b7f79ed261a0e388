package fetch

import (
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/netip"
	"net/url"
	"strings"
	"time"
)

// Defaults of a Client.
const (
	// DefaultUserAgent names thidua and where to read about it.
	DefaultUserAgent = "thidua/0.1 (+https://github.com/vnthidua/thidua)"
	// DefaultMaxRedirects is the number of redirects one request follows.
	DefaultMaxRedirects = 10
	// DefaultTimeout bounds one request when the context has no deadline.
	DefaultTimeout = 60 * time.Second
	// DefaultMaxBytes is the largest body read when a Request sets none.
	DefaultMaxBytes = 64 << 20
)

// ErrTooLarge means a body is larger than the request's limit.
var ErrTooLarge = errors.New("input too large")

// ErrTooManyRedirects means a URL redirected more often than allowed.
var ErrTooManyRedirects = errors.New("too many redirects")

// ErrOutOfScope means a URL or a redirect leads outside what the request
// allows (Request.Scope).
var ErrOutOfScope = errors.New("out of scope")

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

// Client is the SDK's one HTTP client: every page, attachment, feed and
// robots.txt the SDK fetches goes through a Client. It refuses private
// addresses at dial time (see ErrPrivateAddress), fetches only http and
// https, bounds redirects, time and body size, names thidua in its
// User-Agent and decompresses gzip itself so that the size limit applies
// to what is read, not to what was sent. A Client is safe for concurrent
// use and keeps its connections alive between requests.
type Client struct {
	hc           *http.Client
	userAgent    string
	maxRedirects int
	timeout      time.Duration
	allowPrivate bool
	refused      func(netip.Addr) (string, bool) // the guard's policy (Refused; tests narrow it)
	base         *http.Client                    // caller's client, if any
}

// Option configures a Client.
type Option func(*Client)

// WithAllowPrivate lets the Client reach loopback, private, link-local and
// the other refused addresses: intranet portals and tests on 127.0.0.1.
func WithAllowPrivate(on bool) Option { return func(c *Client) { c.allowPrivate = on } }

// WithUserAgent sets the User-Agent of every request (empty keeps the
// default).
func WithUserAgent(ua string) Option {
	return func(c *Client) {
		if ua != "" {
			c.userAgent = ua
		}
	}
}

// WithMaxRedirects sets how many redirects a request follows: 0 keeps
// DefaultMaxRedirects, a negative value follows none.
func WithMaxRedirects(n int) Option {
	return func(c *Client) {
		if n != 0 {
			c.maxRedirects = max(n, 0)
		}
	}
}

// WithTimeout bounds one request, including reading its body (0 keeps
// DefaultTimeout). The context's deadline bounds it too.
func WithTimeout(d time.Duration) Option {
	return func(c *Client) {
		if d > 0 {
			c.timeout = d
		}
	}
}

// WithHTTPClient starts from the caller's client: its Transport, cookie
// jar and timeout. When the Transport is an *http.Transport (or nil), a
// clone of it gets the guarded dialer, so the guard holds; its proxy
// setting is kept, and with a proxy the guard checks the proxy's address.
// Any other RoundTripper is used as given, and the caller answers for
// where it connects.
func WithHTTPClient(hc *http.Client) Option { return func(c *Client) { c.base = hc } }

// New returns a Client.
func New(opts ...Option) *Client {
	c := &Client{userAgent: DefaultUserAgent, maxRedirects: DefaultMaxRedirects, timeout: DefaultTimeout, refused: Refused}
	for _, o := range opts {
		o(c)
	}
	if c.allowPrivate {
		c.refused = nil
	}
	hc := &http.Client{}
	var rt http.RoundTripper
	if c.base != nil {
		*hc = *c.base
		rt = c.base.Transport
	}
	switch t := rt.(type) {
	case nil:
		tr := http.DefaultTransport.(*http.Transport).Clone()
		// Proxies from the environment would make the dial-time check
		// see the proxy, not the target: a guarded client dials itself.
		tr.Proxy = nil
		tr.DialContext = dialer(c.refused)
		tr.ResponseHeaderTimeout = c.timeout
		tr.MaxIdleConnsPerHost = 4
		hc.Transport = tr
	case *http.Transport:
		tr := t.Clone()
		tr.DialContext = dialer(c.refused)
		tr.DialTLSContext = nil
		hc.Transport = tr
	default:
		hc.Transport = rt
	}
	c.hc = hc
	return c
}

// Request is one GET.
type Request struct {
	URL      string
	Header   http.Header // added to the Client's own (If-None-Match, Accept, ...)
	MaxBytes int64       // largest body read, after decompression (0: DefaultMaxBytes)
	// Scope, when set, is asked about the URL and about every redirect
	// before it is followed; an error stops the request with
	// ErrOutOfScope.
	Scope func(*url.URL) error
}

// Response is what a server answered. Body is read for 2xx answers only.
type Response struct {
	URL        string // after redirects
	StatusCode int
	Status     string
	Header     http.Header
	Body       []byte
}

// Do sends one GET and returns the answer whatever its status: a crawler
// wants 304 and 429 as answers, not as errors. An error means no answer
// was read: a refused address, a URL out of scope, too many redirects, a
// body over the limit, the network.
func (c *Client) Do(ctx context.Context, r *Request) (*Response, error) {
	u, err := url.Parse(r.URL)
	if err != nil {
		return nil, fmt.Errorf("địa chỉ không hợp lệ / bad URL %q: %w", r.URL, err)
	}
	if err := c.allowed(u, r.Scope); err != nil {
		return nil, err
	}
	if _, ok := ctx.Deadline(); !ok {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, c.timeout)
		defer cancel()
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("địa chỉ không hợp lệ / bad URL %q: %w", r.URL, err)
	}
	req.Header.Set("User-Agent", c.userAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/pdf;q=0.9,text/plain;q=0.8,*/*;q=0.5")
	req.Header.Set("Accept-Language", "vi,en;q=0.5")
	for k, vs := range r.Header {
		req.Header[k] = vs
	}
	req.Header.Set("Accept-Encoding", "gzip")
	hc := *c.hc
	hc.CheckRedirect = func(next *http.Request, via []*http.Request) error {
		if len(via) > c.maxRedirects {
			return fmt.Errorf("%w: more than %d", ErrTooManyRedirects, c.maxRedirects)
		}
		if err := c.allowed(next.URL, r.Scope); err != nil {
			return fmt.Errorf("chuyển hướng / redirect from %s: %w", via[len(via)-1].URL, err)
		}
		// Conditional headers were for the first URL only.
		next.Header.Del("If-None-Match")
		next.Header.Del("If-Modified-Since")
		return nil
	}
	resp, err := hc.Do(req)
	if err != nil {
		return nil, fmt.Errorf("tải / fetch: %w", err)
	}
	defer resp.Body.Close()
	out := &Response{URL: resp.Request.URL.String(), StatusCode: resp.StatusCode, Status: resp.Status, Header: resp.Header}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
		return out, nil
	}
	limit := r.MaxBytes
	if limit <= 0 {
		limit = DefaultMaxBytes
	}
	var body io.Reader = resp.Body
	if strings.EqualFold(strings.TrimSpace(resp.Header.Get("Content-Encoding")), "gzip") {
		zr, err := gzip.NewReader(resp.Body)
		if err != nil {
			return nil, fmt.Errorf("%s: gzip: %w", out.URL, err)
		}
		defer zr.Close()
		body = zr
	} else if resp.ContentLength > limit {
		return nil, fmt.Errorf("%w: %s: Content-Length %d, more than %d bytes", ErrTooLarge, out.URL, resp.ContentLength, limit)
	}
	b, err := io.ReadAll(io.LimitReader(body, limit+1))
	if err != nil {
		return nil, fmt.Errorf("đọc / read %s: %w", out.URL, err)
	}
	if int64(len(b)) > limit {
		return nil, fmt.Errorf("%w: %s: more than %d bytes", ErrTooLarge, out.URL, limit)
	}
	out.Body = b
	return out, nil
}

// Get fetches a URL and returns its body; an answer that is not a
// success is an *HTTPError.
func (c *Client) Get(ctx context.Context, r *Request) (*Response, error) {
	resp, err := c.Do(ctx, r)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, &HTTPError{URL: resp.URL, StatusCode: resp.StatusCode, Status: resp.Status}
	}
	return resp, nil
}

// allowed checks a URL's scheme and the request's scope.
func (c *Client) allowed(u *url.URL, scope func(*url.URL) error) error {
	if u.Scheme != "http" && u.Scheme != "https" {
		return fmt.Errorf("%w: %q", ErrScheme, u.Redacted())
	}
	if u.Host == "" {
		return fmt.Errorf("%w: %q has no host", ErrScheme, u.Redacted())
	}
	if scope != nil {
		if err := scope(u); err != nil {
			return fmt.Errorf("%w: %s: %w", ErrOutOfScope, u.Redacted(), err)
		}
	}
	return nil
}
