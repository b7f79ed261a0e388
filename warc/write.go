package warc

import (
	"bytes"
	"errors"
	"fmt"
	"net/http"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/nlnwa/gowarc/v3"
)

// DefaultMaxFileSize is the size at which a Writer starts a new file.
const DefaultMaxFileSize = 1 << 30

// ErrClosed means a Writer was used after Close.
var ErrClosed = errors.New("WARC writer is closed")

// Writer writes fetches as WARC 1.1 request and response records into
// gzip-per-record files (PREFIX-TIMESTAMP-SERIAL-HOST.warc.gz) in a
// directory, starting a new file when one reaches the maximum size. Each
// file begins with a warcinfo record naming thidua. A file being written
// ends in ".open" until Close. A Writer is safe for concurrent use; it
// implements crawl.Archive.
type Writer struct {
	fw     *gowarc.WarcFileWriter
	mu     sync.Mutex
	closed bool
}

// WriterOption configures a Writer.
type WriterOption func(*writerConfig)

type writerConfig struct {
	maxSize  int64
	prefix   string
	software string
}

// WithMaxFileSize sets the size in bytes at which a new file is started
// (default DefaultMaxFileSize, 1 GB); a record is never split.
func WithMaxFileSize(n int64) WriterOption {
	return func(c *writerConfig) {
		if n > 0 {
			c.maxSize = n
		}
	}
}

// WithPrefix sets the start of the file names (default "thidua-").
func WithPrefix(p string) WriterOption { return func(c *writerConfig) { c.prefix = p } }

// WithSoftware sets the software named in each file's warcinfo record.
func WithSoftware(s string) WriterOption { return func(c *writerConfig) { c.software = s } }

// NewWriter returns a Writer into dir, which it creates if missing.
func NewWriter(dir string, opts ...WriterOption) (*Writer, error) {
	c := writerConfig{maxSize: DefaultMaxFileSize, prefix: "thidua-", software: "thidua (+https://github.com/vnthidua/thidua)"}
	for _, o := range opts {
		o(&c)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("thư mục WARC / WARC directory: %w", err)
	}
	host, _ := os.Hostname()
	if host == "" {
		host = "localhost"
	}
	fw := gowarc.NewWarcFileWriter(
		gowarc.WithFileNameGenerator(&gowarc.PatternNameGenerator{Directory: dir, Prefix: c.prefix,
			Pattern: "%{prefix}s%{ts}s-%05{serial}d-%{h}s.%{ext}s", Params: map[string]any{"h": host}}),
		gowarc.WithMaxFileSize(c.maxSize), gowarc.WithCompression(true), gowarc.WithAddWarcConcurrentToHeader(true),
		gowarc.WithWarcInfoFunc(func(b gowarc.WarcRecordBuilder) error {
			_, err := fmt.Fprintf(b, "software: %s\r\nformat: WARC File Format 1.1\r\nconformsTo: http://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/\r\n"+
				"description: bodies as the crawler read them: Content-Encoding and Transfer-Encoding undone, see X-Thidua-Removed-* headers\r\n", c.software)
			return err
		}),
		gowarc.WithRecordOptions(recordOptions()...),
	)
	return &Writer{fw: fw}, nil
}

func recordOptions() []gowarc.WarcRecordOption {
	return []gowarc.WarcRecordOption{gowarc.WithAddMissingRecordId(true), gowarc.WithAddMissingContentLength(true),
		gowarc.WithAddMissingDigest(true), gowarc.WithFixContentLength(true), gowarc.WithBufferMaxMemBytes(memoryPerRecord)}
}

// Archive writes one fetch: a request record built from resp.Request (its
// URL and headers) and a response record with resp's status, headers and
// body, both dated fetched. body is what was read, already decoded:
// Content-Encoding and Transfer-Encoding are removed from the headers
// written (kept as X-Thidua-Removed-Content-Encoding and
// X-Thidua-Removed-Transfer-Encoding) and Content-Length is the body's
// length. resp.Body is not read.
func (w *Writer) Archive(resp *http.Response, body []byte, fetched time.Time) error {
	if resp == nil || resp.Request == nil || resp.Request.URL == nil {
		return errors.New("warc: Archive needs a response with its Request and URL")
	}
	reqRec, err := buildRequest(resp.Request, fetched)
	if err != nil {
		return err
	}
	respRec, err := buildResponse(resp, body, fetched)
	if err != nil {
		reqRec.Close()
		return err
	}
	defer reqRec.Close()
	defer respRec.Close()
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.closed {
		return ErrClosed
	}
	for _, r := range w.fw.Write(reqRec, respRec) {
		if r.Err != nil {
			return fmt.Errorf("ghi / write WARC %s: %w", r.FileName, r.Err)
		}
	}
	return nil
}

// Close finishes the last file. Archive after Close returns ErrClosed.
func (w *Writer) Close() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.closed {
		return nil
	}
	w.closed = true
	return w.fw.Close()
}

func buildRequest(req *http.Request, at time.Time) (gowarc.WarcRecord, error) {
	var b bytes.Buffer
	method := req.Method
	if method == "" {
		method = http.MethodGet
	}
	fmt.Fprintf(&b, "%s %s HTTP/1.1\r\nHost: %s\r\n", method, req.URL.RequestURI(), req.URL.Host)
	h := req.Header.Clone()
	if h == nil {
		h = http.Header{}
	}
	h.Del("Host")
	if err := h.Write(&b); err != nil {
		return nil, err
	}
	b.WriteString("\r\n")
	return build(gowarc.Request, req.URL.String(), "application/http;msgtype=request", at, b.Bytes())
}

func buildResponse(resp *http.Response, body []byte, at time.Time) (gowarc.WarcRecord, error) {
	var b bytes.Buffer
	proto := resp.Proto
	if !strings.HasPrefix(proto, "HTTP/") {
		proto = "HTTP/1.1"
	}
	status := resp.Status
	if status == "" {
		status = strconv.Itoa(resp.StatusCode) + " " + http.StatusText(resp.StatusCode)
	}
	if !strings.HasPrefix(status, strconv.Itoa(resp.StatusCode)) {
		status = strconv.Itoa(resp.StatusCode) + " " + status
	}
	fmt.Fprintf(&b, "%s %s\r\n", proto, status)
	h := resp.Header.Clone()
	if h == nil {
		h = http.Header{}
	}
	for _, name := range []string{"Content-Encoding", "Transfer-Encoding"} {
		if v := h.Values(name); len(v) > 0 {
			h.Del(name)
			h["X-Thidua-Removed-"+name] = v
		}
	}
	h.Set("Content-Length", strconv.Itoa(len(body)))
	if err := h.Write(&b); err != nil {
		return nil, err
	}
	b.WriteString("\r\n")
	b.Write(body)
	return build(gowarc.Response, resp.Request.URL.String(), "application/http;msgtype=response", at, b.Bytes())
}

func build(t gowarc.RecordType, target, contentType string, at time.Time, block []byte) (gowarc.WarcRecord, error) {
	rb := gowarc.NewRecordBuilder(t, recordOptions()...)
	rb.AddWarcHeader(gowarc.WarcTargetURI, target)
	rb.AddWarcHeaderTime(gowarc.WarcDate, at.UTC())
	rb.AddWarcHeader(gowarc.ContentType, contentType)
	if _, err := rb.Write(block); err != nil {
		rb.Close()
		return nil, err
	}
	rec, _, err := rb.Build()
	if err != nil {
		return nil, fmt.Errorf("bản ghi WARC / WARC record for %s: %w", target, err)
	}
	return rec, nil
}
