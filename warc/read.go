package warc

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"context"
	"errors"
	"fmt"
	"io"
	"iter"
	"mime"
	"net/http"
	"net/http/httputil"
	"net/textproto"
	"net/url"
	"strings"
	"time"

	"github.com/nlnwa/gowarc/v3"

	"github.com/vnthidua/thidua/parse"
)

// DefaultMaxRecordBytes is the largest payload read from one record, the
// same as the largest input package parse reads.
const DefaultMaxRecordBytes = parse.DefaultMaxBytes

// memoryPerRecord is how much of one record gowarc keeps in memory before
// it spills the rest to a temporary file.
const memoryPerRecord = 1 << 20

// Errors of a record, wrapped in a *RecordError; test with errors.Is.
var (
	// ErrDamaged means a record could not be read: bad framing, a
	// truncated or corrupt gzip member, a wrong block digest, a length
	// that does not match.
	ErrDamaged = errors.New("bản ghi WARC hỏng / damaged WARC record")
	// ErrTooLarge means a record's payload is larger than the limit.
	ErrTooLarge = errors.New("bản ghi WARC quá lớn / WARC record too large")
	// ErrEncoding means a body's Content-Encoding cannot be undone
	// (br, zstd, compress) or its compressed bytes are corrupt.
	ErrEncoding = errors.New("mã hoá nội dung không đọc được / unreadable Content-Encoding")
)

// RecordError reports a record that was not read, and where it starts.
// Reading goes on with the next record.
type RecordError struct {
	Offset int64  // of the record in the file (in the compressed file for .warc.gz)
	URL    string // WARC-Target-URI, when the header could be read
	Err    error
}

func (e *RecordError) Error() string {
	if e.URL != "" {
		return fmt.Sprintf("offset %d (%s): %v", e.Offset, e.URL, e.Err)
	}
	return fmt.Sprintf("offset %d: %v", e.Offset, e.Err)
}

func (e *RecordError) Unwrap() error { return e.Err }

// Page is one HTTP response read from a WARC file that holds an HTML page
// or a PDF.
type Page struct {
	Offset     int64     // where its record starts in the file
	RecordID   string    // WARC-Record-ID
	URL        string    // WARC-Target-URI
	Date       time.Time // WARC-Date: when it was fetched
	StatusCode int
	Header     http.Header // the HTTP response's headers
	Kind       parse.Kind  // KindHTML or KindPDF
	// Body is the payload with its transfer and content encodings
	// (chunked, gzip, deflate) undone.
	Body []byte
}

// ContentType is the page's HTTP Content-Type.
func (p *Page) ContentType() string { return p.Header.Get("Content-Type") }

// Option configures reading.
type Option func(*reader)

// WithDomains keeps only pages whose host is one of these domains or
// under one ("gov.vn" keeps www.hungyen.gov.vn). None keeps every host.
func WithDomains(suffixes ...string) Option {
	return func(r *reader) {
		for _, s := range suffixes {
			s = strings.Trim(strings.ToLower(strings.TrimSpace(s)), ".")
			if s != "" {
				r.domains = append(r.domains, s)
			}
		}
	}
}

// WithMaxRecordBytes sets the largest payload read from one record, before
// and after decompression (default DefaultMaxRecordBytes).
func WithMaxRecordBytes(n int64) Option {
	return func(r *reader) {
		if n > 0 {
			r.maxBytes = n
		}
	}
}

// WithTempDir sets where the part of a record over 1 MiB is buffered
// (default os.TempDir()).
func WithTempDir(dir string) Option { return func(r *reader) { r.tempDir = dir } }

type reader struct {
	domains  []string
	maxBytes int64
	tempDir  string
}

// Pages reads a WARC file, gzipped per record or not, and yields its
// HTML and PDF responses in file order. A record that cannot be read
// yields a nil page and a *RecordError, and reading goes on. An error of
// r itself, or ctx ending, yields that error and stops.
func Pages(ctx context.Context, r io.Reader, opts ...Option) iter.Seq2[*Page, error] {
	rd := &reader{maxBytes: DefaultMaxRecordBytes}
	for _, o := range opts {
		o(rd)
	}
	return func(yield func(*Page, error) bool) {
		cr := &countingReader{r: r}
		br := bufio.NewReaderSize(cr, 64<<10)
		wopts := []gowarc.WarcRecordOption{
			gowarc.WithSyntaxErrorPolicy(gowarc.ErrWarn), gowarc.WithSpecViolationPolicy(gowarc.ErrWarn),
			gowarc.WithUnknownRecordTypePolicy(gowarc.ErrWarn), gowarc.WithBufferMaxMemBytes(memoryPerRecord),
		}
		if rd.tempDir != "" {
			wopts = append(wopts, gowarc.WithBufferTmpDir(rd.tempDir))
		}
		u := gowarc.NewUnmarshaler(wopts...)
		// damaged is set from a record that could not be read until one
		// can: the bytes between are one damaged stretch, reported once.
		damaged := false
		for {
			if err := ctx.Err(); err != nil {
				yield(nil, err)
				return
			}
			skipSpace(br)
			head, _ := br.Peek(2)
			gz := len(head) == 2 && head[0] == 0x1f && head[1] == 0x8b
			pos := cr.n - int64(br.Buffered())
			rec, skipped, validation, err := u.Unmarshal(br)
			after := cr.n - int64(br.Buffered())
			start := pos + skipped
			if cr.err != nil {
				if rec != nil {
					rec.Close()
				}
				yield(nil, fmt.Errorf("đọc / read WARC at offset %d: %w", after, cr.err))
				return
			}
			if err != nil {
				if rec != nil {
					rec.Close()
				}
				if errors.Is(err, io.EOF) && rec == nil && after == pos {
					return // the end
				}
				if !damaged {
					damaged = true
					rerr := &RecordError{Offset: pos, Err: fmt.Errorf("%w: %w", ErrDamaged, err)}
					if errors.Is(err, gowarc.ErrNoRecord) {
						rerr.Err = fmt.Errorf("%w: %d bytes at the end that are not a WARC record", ErrDamaged, after-pos)
					}
					if !yield(nil, rerr) {
						return
					}
				}
				if after == pos {
					// gowarc read nothing: step over a byte so that the
					// next try looks for a record further on.
					if _, derr := br.Discard(1); derr != nil {
						return
					}
				}
				continue
			}
			if skipped > 0 && !damaged {
				// Bytes that are no record: the rest of a damaged one.
				if !yield(nil, &RecordError{Offset: pos, Err: fmt.Errorf("%w: %d bytes that are not a WARC record", ErrDamaged, skipped)}) {
					rec.Close()
					return
				}
			}
			damaged = false
			page, perr := rd.page(rec, validation)
			lost := gz && skipped == 0 && wholeGzip(rec, after-start)
			rec.Close()
			if perr != nil {
				perr.Offset = start
				if !yield(nil, perr) {
					return
				}
			} else if page != nil {
				page.Offset = start
				if !yield(page, nil) {
					return
				}
			}
			if lost {
				if !yield(nil, &RecordError{Offset: start, Err: fmt.Errorf("%w: the gzip member holds more than one record, the rest of it was not read (a WARC gzipped as a whole? gunzip it, or gzip each record)", ErrDamaged)}) {
					return
				}
			}
			continue
		}
	}
}

// page reads a response record into a Page; nil, nil when the record is
// not one thidua reads.
func (rd *reader) page(rec gowarc.WarcRecord, validation []error) (*Page, *RecordError) {
	if rec.Type() != gowarc.Response {
		return nil, nil
	}
	target := strings.Trim(strings.TrimSpace(rec.WarcHeader().Get(gowarc.WarcTargetURI)), "<>")
	if !rd.admits(target) {
		return nil, nil
	}
	fail := func(err error) *RecordError { return &RecordError{URL: target, Err: err} }
	for _, v := range validation {
		// A wrong length or block digest means the bytes are not the
		// ones written; other findings (a payload digest computed
		// another way, a missing CR) do not.
		var cl *gowarc.ContentLengthError
		if errors.As(v, &cl) || strings.HasPrefix(v.Error(), "block: ") {
			return nil, fail(fmt.Errorf("%w: %w", ErrDamaged, v))
		}
	}
	block, ok := rec.Block().(gowarc.HttpResponseBlock)
	if !ok || block.HttpHeader() == nil {
		return nil, nil // not an HTTP response (a DNS answer, a bare resource)
	}
	if s := block.HttpStatusCode(); s < 200 || s > 299 {
		return nil, nil
	}
	hdr := rawHeader(block.ProtocolHeaderBytes())
	if n, err := rec.ContentLength(); err == nil && n > rd.maxBytes+int64(len(block.ProtocolHeaderBytes())) {
		return nil, fail(fmt.Errorf("%w: Content-Length %d, more than %d bytes", ErrTooLarge, n, rd.maxBytes))
	}
	if !wanted(hdr.Get("Content-Type")) {
		return nil, nil
	}
	payload, err := block.PayloadBytes()
	if err != nil {
		return nil, fail(fmt.Errorf("%w: %w", ErrDamaged, err))
	}
	body, err := decode(payload, hdr, rd.maxBytes)
	if err != nil {
		return nil, fail(err)
	}
	kind := kindOf(hdr.Get("Content-Type"), body)
	if kind == "" {
		return nil, nil
	}
	date, _ := rec.Date()
	return &Page{RecordID: rec.RecordId(), URL: target, Date: date.UTC(), StatusCode: block.HttpStatusCode(), Header: hdr, Kind: kind, Body: body}, nil
}

// rawHeader reads the HTTP headers as the record holds them (net/http
// would take Transfer-Encoding out of them).
func rawHeader(b []byte) http.Header {
	tp := textproto.NewReader(bufio.NewReader(bytes.NewReader(b)))
	tp.ReadLine() // the status line
	h, _ := tp.ReadMIMEHeader()
	return http.Header(h)
}

// admits tells whether a URL's host is in the domains asked for.
func (rd *reader) admits(target string) bool {
	if len(rd.domains) == 0 {
		return true
	}
	u, err := url.Parse(target)
	if err != nil {
		return false
	}
	return InDomains(u.Hostname(), rd.domains)
}

// InDomains tells whether host is one of the domains or under one.
func InDomains(host string, domains []string) bool {
	host = strings.TrimSuffix(strings.ToLower(host), ".")
	for _, d := range domains {
		d = strings.Trim(strings.ToLower(d), ".")
		if host == d || strings.HasSuffix(host, "."+d) {
			return true
		}
	}
	return false
}

// mediaType is the type/subtype of a Content-Type, lower case.
func mediaType(contentType string) string {
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		mt, _, _ = strings.Cut(strings.ToLower(contentType), ";")
	}
	return strings.TrimSpace(mt)
}

// wanted tells from its Content-Type whether a response may be an HTML
// page or a PDF, before its body is read.
func wanted(contentType string) bool {
	switch mediaType(contentType) {
	case "text/html", "application/xhtml+xml", "application/pdf", "application/x-pdf",
		"", "application/octet-stream", "binary/octet-stream", "application/download", "application/force-download":
		return true
	}
	return false
}

// kindOf tells whether a response is an HTML page or a PDF from its
// Content-Type, and from its first bytes when the type is missing or
// generic; "" for anything else. A PDF served as HTML is a PDF.
func kindOf(contentType string, body []byte) parse.Kind {
	sniffed := parse.Sniff(body[:min(len(body), 1024)])
	switch mediaType(contentType) {
	case "text/html", "application/xhtml+xml":
		if sniffed == parse.KindPDF {
			return parse.KindPDF
		}
		return parse.KindHTML
	case "application/pdf", "application/x-pdf":
		return parse.KindPDF
	case "", "application/octet-stream", "binary/octet-stream", "application/download", "application/force-download":
		if sniffed == parse.KindHTML || sniffed == parse.KindPDF {
			return sniffed
		}
	}
	return ""
}

// decode undoes a payload's Transfer-Encoding (chunked) and
// Content-Encoding (gzip, deflate), reading at most max bytes of each;
// the headers it undid are removed from hdr.
func decode(payload io.Reader, hdr http.Header, max int64) ([]byte, error) {
	raw, err := io.ReadAll(io.LimitReader(payload, max+1))
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrDamaged, err)
	}
	if int64(len(raw)) > max {
		return nil, fmt.Errorf("%w: payload more than %d bytes", ErrTooLarge, max)
	}
	if te := strings.ToLower(hdr.Get("Transfer-Encoding")); strings.Contains(te, "chunked") {
		// Some archivers keep the header but store the body dechunked:
		// a body that does not parse as chunks is taken as it is.
		if b, err := io.ReadAll(io.LimitReader(httputil.NewChunkedReader(bytes.NewReader(raw)), max+1)); err == nil {
			raw = b
		}
		hdr.Del("Transfer-Encoding")
	}
	var zr io.ReadCloser
	switch ce := strings.ToLower(strings.TrimSpace(hdr.Get("Content-Encoding"))); ce {
	case "", "identity":
		return raw, nil
	case "gzip", "x-gzip":
		if zr, err = gzip.NewReader(bytes.NewReader(raw)); err != nil {
			return nil, fmt.Errorf("%w: gzip: %w", ErrEncoding, err)
		}
	case "deflate":
		// Servers send zlib-wrapped or bare deflate alike.
		if zr, err = zlib.NewReader(bytes.NewReader(raw)); err != nil {
			zr = flate.NewReader(bytes.NewReader(raw))
		}
	default:
		return nil, fmt.Errorf("%w: %q", ErrEncoding, ce)
	}
	defer zr.Close()
	b, err := io.ReadAll(io.LimitReader(zr, max+1))
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrEncoding, err)
	}
	if int64(len(b)) > max {
		return nil, fmt.Errorf("%w: decompressed payload more than %d bytes", ErrTooLarge, max)
	}
	hdr.Del("Content-Encoding")
	return b, nil
}

// wholeGzip tells, from the compressed size of the gzip member a record
// was read from, that the member held more than the record: gowarc reads
// one record a member and drops the rest. Deflate never grows data by more
// than a few bytes a block, so a member much larger than its record holds
// more. A record not gzipped is read alone.
func wholeGzip(rec gowarc.WarcRecord, compressed int64) bool {
	n, err := rec.ContentLength()
	if err != nil {
		return false
	}
	hdr, _ := rec.WarcHeader().Write(io.Discard)
	size := int64(len("WARC/1.1\r\n")) + hdr + 2 + n + 4
	return compressed > size+size/1000+128
}

// skipSpace steps over the blank lines some writers leave between
// records, so that any other byte before a record is damage.
func skipSpace(br *bufio.Reader) {
	for {
		b, err := br.Peek(1)
		if err != nil || (b[0] != '\r' && b[0] != '\n' && b[0] != ' ' && b[0] != '\t') {
			return
		}
		br.Discard(1)
	}
}

// countingReader counts the bytes read and keeps the first error that is
// not the end of the input: an error of the file, not of a record.
type countingReader struct {
	r   io.Reader
	n   int64
	err error
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	if err != nil && err != io.EOF && c.err == nil {
		c.err = err
	}
	return n, err
}
