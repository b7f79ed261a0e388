// Package warctest builds WARC files from the repository's test pages for
// the tests of package warc, of thidua parse and of the Beam pipeline: the
// same bytes everywhere, written by gowarc record by record.
package warctest

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strconv"
	"time"

	"github.com/nlnwa/gowarc/v3"
)

// Item is one WARC record to write.
type Item struct {
	Type        gowarc.RecordType
	URL         string
	Date        time.Time
	ContentType string            // the WARC Content-Type
	Fields      map[string]string // more WARC header fields
	Block       []byte
}

// Response is an HTTP response record. A Content-Length header is added
// unless the header has one or sets Transfer-Encoding.
func Response(url string, date time.Time, status int, header http.Header, body []byte) Item {
	var b bytes.Buffer
	fmt.Fprintf(&b, "HTTP/1.1 %d %s\r\n", status, http.StatusText(status))
	h := header.Clone()
	if h == nil {
		h = http.Header{}
	}
	if h.Get("Content-Length") == "" && h.Get("Transfer-Encoding") == "" {
		h.Set("Content-Length", strconv.Itoa(len(body)))
	}
	h.Write(&b)
	b.WriteString("\r\n")
	b.Write(body)
	return Item{Type: gowarc.Response, URL: url, Date: date, ContentType: "application/http;msgtype=response", Block: b.Bytes()}
}

// Request is an HTTP GET request record.
func Request(url string, date time.Time) Item {
	path := url
	if m := regexp.MustCompile(`^https?://([^/]+)(/.*)?$`).FindStringSubmatch(url); m != nil {
		path = m[2]
		if path == "" {
			path = "/"
		}
		return Item{Type: gowarc.Request, URL: url, Date: date, ContentType: "application/http;msgtype=request",
			Block: []byte("GET " + path + " HTTP/1.1\r\nHost: " + m[1] + "\r\nUser-Agent: warctest\r\n\r\n")}
	}
	return Item{Type: gowarc.Request, URL: url, Date: date, ContentType: "application/http;msgtype=request", Block: []byte("GET / HTTP/1.1\r\n\r\n")}
}

// Write writes the items as a WARC file, each record its own gzip member
// when gz is set, and returns where each record starts.
func Write(w io.Writer, gz bool, items ...Item) ([]int64, error) {
	cw := &counter{w: w}
	m := gowarc.NewMarshaler()
	var offsets []int64
	for _, it := range items {
		rb := gowarc.NewRecordBuilder(it.Type, gowarc.WithAddMissingRecordId(true), gowarc.WithAddMissingContentLength(true),
			gowarc.WithAddMissingDigest(true), gowarc.WithFixContentLength(true))
		if it.URL != "" {
			rb.AddWarcHeader(gowarc.WarcTargetURI, it.URL)
		}
		rb.AddWarcHeaderTime(gowarc.WarcDate, it.Date)
		if it.ContentType != "" {
			rb.AddWarcHeader(gowarc.ContentType, it.ContentType)
		}
		keys := make([]string, 0, len(it.Fields))
		for k := range it.Fields {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			rb.AddWarcHeader(k, it.Fields[k])
		}
		if _, err := rb.Write(it.Block); err != nil {
			return nil, err
		}
		rec, _, err := rb.Build()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", it.URL, err)
		}
		offsets = append(offsets, cw.n)
		var out io.Writer = cw
		var zw *gzip.Writer
		if gz {
			zw = gzip.NewWriter(cw)
			out = zw
		}
		if _, _, err := m.Marshal(out, rec, 0); err != nil {
			return nil, err
		}
		rec.Close()
		if zw != nil {
			if err := zw.Close(); err != nil {
				return nil, err
			}
		}
	}
	return offsets, nil
}

type counter struct {
	w io.Writer
	n int64
}

func (c *counter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// Root is the repository's root directory.
func Root() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..")
}

// The sample's URLs and date.
const (
	Host        = "https://thanhtra.haiphong.gov.vn"
	UTF8URL     = "https://hungyen.gov.vn/tin/chi-thi-08.html"
	CP1258URL   = Host + "/tin/ke-hoach-298.html"
	MislabelURL = Host + "/tin/ke-hoach-298-utf8.html"
	GzipURL     = "https://binhduong.gov.vn/tin/chi-thi-01.html"
	PDFURL      = "https://vpcp.chinhphu.vn/files/chi-thi.pdf"
	ImageURL    = "https://hungyen.gov.vn/anh/logo.png"
	MissingURL  = "https://hungyen.gov.vn/tin/khong-co.html"
	ForeignURL  = "https://example.com/chi-thi-08.html"
)

// Date is the WARC-Date of the sample's records.
var Date = time.Date(2025, 3, 14, 9, 26, 53, 0, time.UTC)

// CP1258 is the windows-1258 variant of the Hải Phòng page with its
// charset declaration removed: only the HTTP Content-Type names it.
func CP1258() ([]byte, error) {
	b, err := os.ReadFile(filepath.Join(Root(), "parse/testdata/html/variants/haiphong-kh298-2020.cp1258.html"))
	if err != nil {
		return nil, err
	}
	out := regexp.MustCompile(`(?i)<meta[^>]*charset[^>]*>`).ReplaceAll(b, nil)
	if bytes.Equal(out, b) {
		return nil, fmt.Errorf("no charset declaration to remove")
	}
	return out, nil
}

// Sample is a small crawl's WARC: a warcinfo record; an HTML page in
// UTF-8 (UTF8URL); the windows-1258 page (CP1258URL) whose charset is only
// in the HTTP header, and the same bytes wrongly served as UTF-8
// (MislabelURL); a page sent gzip-encoded and chunked (GzipURL); a PDF;
// a revisit of the first page, an image, a 404 page, a metadata record,
// the request of each response, and a page of another domain
// (ForeignURL). Pages are the files named in the code.
func Sample() ([]Item, error) {
	root := Root()
	read := func(p string) ([]byte, error) { return os.ReadFile(filepath.Join(root, p)) }
	hungyen, err := read("parse/testdata/html/hungyen-ct08-2024.html")
	if err != nil {
		return nil, err
	}
	binhduong, err := read("parse/testdata/html/binhduong-ct01-2021.html")
	if err != nil {
		return nil, err
	}
	pdf, err := read("parse/testdata/pdf/a_chithi_unicode.pdf")
	if err != nil {
		return nil, err
	}
	cp, err := CP1258()
	if err != nil {
		return nil, err
	}
	png := []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89")
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write(binhduong)
	zw.Close()
	chunked := chunk(gz.Bytes(), 1000)

	d := func(s int) time.Time { return Date.Add(time.Duration(s) * time.Second) }
	html := func(cs string) http.Header { return http.Header{"Content-Type": {"text/html; charset=" + cs}} }
	items := []Item{
		{Type: gowarc.Warcinfo, Date: d(0), ContentType: gowarc.ApplicationWarcFields,
			Fields: map[string]string{gowarc.WarcFilename: "sample.warc.gz"}, Block: []byte("software: warctest\r\nformat: WARC File Format 1.1\r\n")},
		Request(UTF8URL, d(1)),
		Response(UTF8URL, d(1), 200, html("utf-8"), hungyen),
		Request(CP1258URL, d(2)),
		Response(CP1258URL, d(2), 200, html("windows-1258"), cp),
		Response(MislabelURL, d(3), 200, html("utf-8"), cp),
		Response(GzipURL, d(4), 200, http.Header{"Content-Type": {"text/html"}, "Content-Encoding": {"gzip"}, "Transfer-Encoding": {"chunked"}}, chunked),
		Request(PDFURL, d(5)),
		Response(PDFURL, d(5), 200, http.Header{"Content-Type": {"application/pdf"}}, pdf),
		{Type: gowarc.Revisit, URL: UTF8URL, Date: d(6), ContentType: "application/http;msgtype=response",
			Fields: map[string]string{gowarc.WarcProfile: gowarc.ProfileIdenticalPayloadDigestV1_1, gowarc.WarcRefersToTargetURI: UTF8URL,
				gowarc.WarcRefersToDate: d(1).Format(time.RFC3339)},
			Block: []byte("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n")},
		Response(ImageURL, d(7), 200, http.Header{"Content-Type": {"image/png"}}, png),
		Response(MissingURL, d(8), 404, html("utf-8"), []byte("<!DOCTYPE html><html><body><h1>Không tìm thấy trang</h1></body></html>")),
		{Type: gowarc.Metadata, URL: UTF8URL, Date: d(9), ContentType: gowarc.ApplicationWarcFields, Block: []byte("outlinks: " + PDFURL + "\r\n")},
		Response(ForeignURL, d(10), 200, html("utf-8"), hungyen),
	}
	return items, nil
}

// chunk writes b in the chunked transfer coding.
func chunk(b []byte, size int) []byte {
	var out bytes.Buffer
	for len(b) > 0 {
		n := min(size, len(b))
		fmt.Fprintf(&out, "%x\r\n", n)
		out.Write(b[:n])
		out.WriteString("\r\n")
		b = b[n:]
	}
	out.WriteString("0\r\n\r\n")
	return out.Bytes()
}

// Generated is n responses, each the Hưng Yên page under its own number
// and URL (as internal/testportal generates its articles), with their
// requests: a WARC for benchmarks.
func Generated(n int) ([]Item, error) {
	page, err := os.ReadFile(filepath.Join(Root(), "parse/testdata/html/hungyen-ct08-2024.html"))
	if err != nil {
		return nil, err
	}
	items := make([]Item, 0, 2*n)
	for i := 1; i <= n; i++ {
		u := "https://hungyen.gov.vn/thi-dua/tin-" + strconv.Itoa(i) + ".html"
		body := bytes.ReplaceAll(page, []byte("08/CT-CTUBND"), []byte(strconv.Itoa(1000+i)+"/CT-UBND"))
		d := Date.Add(time.Duration(i) * time.Second)
		items = append(items, Request(u, d), Response(u, d, 200, http.Header{"Content-Type": {"text/html; charset=utf-8"}}, body))
	}
	return items, nil
}
