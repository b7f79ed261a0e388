package parse

import (
	"crypto/x509"
	"net/http"
	"time"

	"github.com/vnthidua/thidua/parse/pdf"
)

// Option changes how an input is read. Options follow the functional
// options pattern so new ones never break callers.
type Option func(*config)

// config holds the settings of one call. Each input kind reads the fields it
// needs; the others are ignored.
type config struct {
	path     string        // file name, for Source.Path and error messages
	url      string        // address the input came from, for Source.URL
	maxBytes int64         // inputs larger than this are refused
	timeout  time.Duration // 0: only the caller's context bounds the work
	site     string        // site name known to the caller

	// HTML pages and URLs (html_options.go).
	contentType  string       // HTTP Content-Type of an HTML input
	baseURL      string       // address links are resolved against, when not url
	maxHTMLBytes int64        // largest HTML page read (0: DefaultMaxHTMLBytes)
	httpClient   *http.Client // client for URL and attachments (nil: a default one)
	userAgent    string       // User-Agent of requests (empty: DefaultUserAgent)
	maxRedirects int          // redirects followed (0: DefaultMaxRedirects)
	follow       bool         // download attached PDFs and merge what they state
	allowPrivate bool         // let the fetch guard reach private and loopback addresses
	attachHosts  []string     // hosts attachments may be fetched from besides the page's site

	// PDF files (pdf_options.go).
	pdfBackend pdf.Backend    // nil: pdf.Default(), PDFium in WebAssembly
	ocr        ocrMode        // OCR of pages without text: auto (default), on or off
	ocrCommand string         // tesseract program (empty: "tesseract" on PATH)
	ocrLang    string         // tesseract languages (empty: "vie")
	trustPool  *x509.CertPool // CAs a signature must chain to (nil: no trust check)
	maxPages   int            // pages read at most (0: DefaultMaxPages)
}

// DefaultMaxBytes is the largest input read when WithMaxBytes is not given.
const DefaultMaxBytes = 64 << 20

func newConfig(opts []Option) *config {
	c := &config{maxBytes: DefaultMaxBytes}
	for _, o := range opts {
		o(c)
	}
	return c
}

// WithPath records the file name of the input in Source.Path and in errors.
func WithPath(path string) Option { return func(c *config) { c.path = path } }

// WithURL records the address the input was fetched from. Relative links of
// an HTML page are resolved against it.
func WithURL(url string) Option { return func(c *config) { c.url = url } }

// WithMaxBytes sets the largest input accepted; larger inputs return
// ErrTooLarge. Zero or less keeps the default.
func WithMaxBytes(n int64) Option {
	return func(c *config) {
		if n > 0 {
			c.maxBytes = n
		}
	}
}

// WithTimeout bounds the time one call may take, in addition to the
// caller's context.
func WithTimeout(d time.Duration) Option { return func(c *config) { c.timeout = d } }

// WithSite gives the name of the portal the input comes from, when the
// caller knows it. It helps to place an issuer ("UBND thành phố" on a Hải
// Phòng portal means Hải Phòng).
func WithSite(name string) Option { return func(c *config) { c.site = name } }
