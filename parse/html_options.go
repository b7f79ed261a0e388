package parse

import (
	"net/http"
	"time"

	"github.com/vnthidua/thidua/internal/fetch"
)

// DefaultMaxHTMLBytes is the largest HTML page read when WithMaxHTMLBytes
// is not given. Portal pages weigh well under a megabyte; a larger input
// is refused with ErrTooLarge rather than parsed at length.
const DefaultMaxHTMLBytes = 16 << 20

// DefaultUserAgent names thidua in the requests of URL.
const DefaultUserAgent = fetch.DefaultUserAgent

// DefaultMaxRedirects is the number of redirects URL follows.
const DefaultMaxRedirects = fetch.DefaultMaxRedirects

// DefaultFetchTimeout bounds one request of URL when neither the caller's
// context nor WithTimeout does.
const DefaultFetchTimeout = 60 * time.Second

// WithContentType gives the HTTP Content-Type an HTML input came with; its
// charset parameter is honoured unless the bytes show it is wrong.
func WithContentType(ct string) Option { return func(c *config) { c.contentType = ct } }

// WithBaseURL gives the address relative links of an HTML page are
// resolved against, when it differs from WithURL (after a redirect).
func WithBaseURL(u string) Option { return func(c *config) { c.baseURL = u } }

// WithMaxHTMLBytes sets the largest HTML page accepted (also bounded by
// WithMaxBytes); larger pages return ErrTooLarge. Zero or less keeps
// DefaultMaxHTMLBytes.
func WithMaxHTMLBytes(n int64) Option {
	return func(c *config) {
		if n > 0 {
			c.maxHTMLBytes = n
		}
	}
}

// WithHTTPClient sets the client URL starts from for pages and
// attachments: its Transport, cookie jar and timeout. The fetch guard
// still holds when its Transport is an *http.Transport (a clone gets the
// guarded dialer); any other RoundTripper is used as given, and the
// caller answers for where it connects. Redirects are always those of the
// guard (WithMaxRedirects, http and https only).
func WithHTTPClient(cl *http.Client) Option { return func(c *config) { c.httpClient = cl } }

// WithUserAgent sets the User-Agent of the requests URL makes.
func WithUserAgent(ua string) Option { return func(c *config) { c.userAgent = ua } }

// WithMaxRedirects sets how many redirects URL follows (0 keeps
// DefaultMaxRedirects; a negative value follows none).
func WithMaxRedirects(n int) Option { return func(c *config) { c.maxRedirects = n } }

// WithFollowAttachments makes HTML and URL download the PDF files a page
// attaches and merge what the PDF states into the record: the PDF wins
// where the page only summarises (number, date, issuer, signer, title,
// tasks, recipients). Only links on the page's own site (its registrable
// domain: stnmt.hungyen.gov.vn from hungyen.gov.vn) or on the hosts of
// WithAttachmentHosts are fetched, redirects included. A link is taken
// for a PDF by its URL path (.pdf, or a download handler such as
// .aspx or .ashx) and then by the bytes of the response, never by the
// link's text.
func WithFollowAttachments(on bool) Option { return func(c *config) { c.follow = on } }

// WithAttachmentHosts adds hosts attachments may be fetched from besides
// the page's own site; each admits its subdomains too ("files.example.vn"
// admits "cdn.files.example.vn").
func WithAttachmentHosts(hosts ...string) Option {
	return func(c *config) { c.attachHosts = append(c.attachHosts, hosts...) }
}

// WithAllowPrivate lets URL and the attachments of a page reach
// loopback, private (10/8, 172.16/12, 192.168/16, fc00::/7), link-local,
// CGNAT and other addresses that are refused by default
// (ErrPrivateAddress): for intranet portals and for tests on 127.0.0.1.
func WithAllowPrivate(on bool) Option { return func(c *config) { c.allowPrivate = on } }

func (c *config) htmlLimit() int64 {
	n := c.maxHTMLBytes
	if n <= 0 {
		n = DefaultMaxHTMLBytes
	}
	return min(n, c.maxBytes)
}
