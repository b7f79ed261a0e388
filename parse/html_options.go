package parse

import (
	"net/http"
	"time"
)

// DefaultMaxHTMLBytes is the largest HTML page read when WithMaxHTMLBytes
// is not given. Portal pages weigh well under a megabyte; a larger input
// is refused with ErrTooLarge rather than parsed at length.
const DefaultMaxHTMLBytes = 16 << 20

// DefaultUserAgent names thidua in the requests of URL.
const DefaultUserAgent = "thidua/0.1 (+https://github.com/vnthidua/thidua)"

// DefaultMaxRedirects is the number of redirects URL follows.
const DefaultMaxRedirects = 10

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

// WithHTTPClient sets the client URL uses for pages and attachments. Its
// own redirect policy is kept when it has one.
func WithHTTPClient(cl *http.Client) Option { return func(c *config) { c.httpClient = cl } }

// WithUserAgent sets the User-Agent of the requests URL makes.
func WithUserAgent(ua string) Option { return func(c *config) { c.userAgent = ua } }

// WithMaxRedirects sets how many redirects URL follows (0 keeps
// DefaultMaxRedirects; a negative value follows none).
func WithMaxRedirects(n int) Option { return func(c *config) { c.maxRedirects = n } }

// WithFollowAttachments makes HTML and URL download the PDF files a page
// attaches (absolute http or https links only) and merge what the PDF
// states into the record: the PDF wins where the page only summarises
// (number, date, issuer, signer, title, tasks, recipients).
func WithFollowAttachments(on bool) Option { return func(c *config) { c.follow = on } }

func (c *config) htmlLimit() int64 {
	n := c.maxHTMLBytes
	if n <= 0 {
		n = DefaultMaxHTMLBytes
	}
	return min(n, c.maxBytes)
}
