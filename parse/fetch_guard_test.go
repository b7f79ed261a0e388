package parse

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestURLGuard: a URL on the machine's own loopback address is refused
// without the opt-in, and the server is never reached.
func TestURLGuard(t *testing.T) {
	hits := 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits++
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(mustRead(t, "testdata/html/hungyen-ct08-2024.html"))
	}))
	defer srv.Close()
	ctx := context.Background()
	for _, raw := range []string{srv.URL + "/tin", strings.Replace(srv.URL, "127.0.0.1", "localhost", 1) + "/tin"} {
		_, err := URL(ctx, raw)
		require.Error(t, err, raw)
		assert.True(t, errors.Is(err, ErrPrivateAddress), "%v", err)
		var re *RefusedError
		require.True(t, errors.As(err, &re), "%v", err)
		var ie *InputError
		require.True(t, errors.As(err, &ie), "%v", err)
		assert.Equal(t, raw, ie.Input)
		assert.Contains(t, err.Error(), "--allow-private")
	}
	assert.Equal(t, 0, hits, "the refused server was reached")
	rec, err := URL(ctx, srv.URL+"/tin", WithAllowPrivate(true))
	require.NoError(t, err)
	assert.Equal(t, "08/CT-CTUBND", rec.Directive.Number)
	assert.Equal(t, 1, hits)
}

// attachPortal serves a news page whose attachment links are given by the
// test, and the files they lead to, on 127.0.0.1; other is a second
// server on "localhost", another site.
type attachPortal struct {
	srv, other *httptest.Server
	mu         sync.Mutex
	seen       []string
}

func newAttachPortal(t *testing.T) *attachPortal {
	t.Helper()
	page := string(mustRead(t, "testdata/html/attach/news-08-ct-ubnd.html"))
	pdf := mustRead(t, "testdata/html/attach/08-CT-UBND.pdf")
	p := &attachPortal{}
	record := func(host string, h http.HandlerFunc) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			p.mu.Lock()
			p.seen = append(p.seen, host+r.URL.Path)
			p.mu.Unlock()
			h(w, r)
		}
	}
	files := func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/tin":
			// The page's link paragraph is the one the test asks for.
			links := r.URL.Query().Get("links")
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, strings.Replace(page, `<a href="../files/08-CT-UBND.pdf">08-CT-UBND.pdf</a>`, links, 1))
		case "/files/08-CT-UBND.pdf", "/other/08-CT-UBND.pdf":
			w.Header().Set("Content-Type", "application/pdf")
			w.Write(pdf)
		case "/Download.aspx":
			// A download handler: nothing in its address names a PDF.
			w.Header().Set("Content-Type", "application/octet-stream")
			w.Write(pdf)
		case "/files/QD.docx":
			w.Header().Set("Content-Type", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
			w.Write([]byte("PK\x03\x04 not a pdf"))
		case "/files/loi.pdf":
			// An error page labelled as a PDF.
			w.Header().Set("Content-Type", "application/pdf")
			fmt.Fprint(w, "<!DOCTYPE html><html><body><p>Không tìm thấy tệp</p></body></html>")
		case "/files/away.pdf":
			http.Redirect(w, r, p.other.URL+"/other/08-CT-UBND.pdf", http.StatusFound)
		default:
			http.NotFound(w, r)
		}
	}
	p.srv = httptest.NewServer(record("127.0.0.1", files))
	t.Cleanup(p.srv.Close)
	p.other = httptest.NewServer(record("localhost", files))
	t.Cleanup(p.other.Close)
	p.other.URL = strings.Replace(p.other.URL, "127.0.0.1", "localhost", 1)
	return p
}

func (p *attachPortal) got(hostPath string) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, s := range p.seen {
		if s == hostPath {
			return true
		}
	}
	return false
}

func (p *attachPortal) page(links string) string {
	return p.srv.URL + "/tin?links=" + url.QueryEscape(links)
}

func TestFollowAttachmentsGuard(t *testing.T) {
	ctx := context.Background()
	cases := []struct {
		name    string
		links   string // with OTHER for the other site's address
		opts    []Option
		fetched []string // host+path the servers must have been asked for
		skipped []string // ... and must not
		merged  bool
		warn    string
	}{
		{
			name:    "same site",
			links:   `<a href="/files/08-CT-UBND.pdf">Chỉ thị</a>`,
			fetched: []string{"127.0.0.1/files/08-CT-UBND.pdf"},
			merged:  true,
		},
		{
			name:    "another site is not fetched",
			links:   `<a href="OTHER/other/08-CT-UBND.pdf">08-CT-UBND.pdf</a>`,
			skipped: []string{"localhost/other/08-CT-UBND.pdf"},
			warn:    "not on the page's site",
		},
		{
			name:    "another site the caller allows",
			links:   `<a href="OTHER/other/08-CT-UBND.pdf">08-CT-UBND.pdf</a>`,
			opts:    []Option{WithAttachmentHosts("localhost")},
			fetched: []string{"localhost/other/08-CT-UBND.pdf"},
			merged:  true,
		},
		{
			name:    "a redirect to another site is not followed",
			links:   `<a href="/files/away.pdf">08-CT-UBND.pdf</a>`,
			fetched: []string{"127.0.0.1/files/away.pdf"},
			skipped: []string{"localhost/other/08-CT-UBND.pdf"},
			warn:    "out of scope",
		},
		{
			name:    "a download handler is a PDF by its bytes",
			links:   `<a href="/Download.aspx?id=5">08-CT-UBND.pdf</a>`,
			fetched: []string{"127.0.0.1/Download.aspx"},
			merged:  true,
		},
		{
			name:    "a Word file whose text says .pdf is not fetched",
			links:   `<a href="/files/QD.docx">QD.pdf</a>`,
			skipped: []string{"127.0.0.1/files/QD.docx"},
		},
		{
			name:    "an HTML page labelled application/pdf is not a PDF",
			links:   `<a href="/files/loi.pdf">loi.pdf</a>`,
			fetched: []string{"127.0.0.1/files/loi.pdf"},
			warn:    "attachment is not a PDF",
		},
		{
			name:  "a file: link says what it is",
			links: `<a href="file:///C:/Users/VanThu/Desktop/08-CT-UBND.pdf">08-CT-UBND.pdf</a>`,
			warn:  "a file on the author's own computer (file:)",
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p := newAttachPortal(t)
			links := strings.ReplaceAll(tc.links, "OTHER", p.other.URL)
			rec, err := URL(ctx, p.page(links), append(tc.opts, WithAllowPrivate(true), WithFollowAttachments(true))...)
			require.NoError(t, err)
			for _, f := range tc.fetched {
				assert.True(t, p.got(f), "%s not fetched; seen %v", f, p.seen)
			}
			for _, f := range tc.skipped {
				assert.False(t, p.got(f), "%s fetched", f)
			}
			assert.Equal(t, tc.merged, hasWarning(rec, "read attachment"), "%v", rec.Warnings)
			if tc.merged {
				assert.Equal(t, "Nguyễn Minh Khôi", rec.Directive.Signer.Name)
			}
			if tc.warn != "" {
				assert.True(t, hasWarning(rec, tc.warn), "no warning %q in %v", tc.warn, rec.Warnings)
			}
		})
	}
}

// TestURLSniffsBytes: a page served as application/pdf is read as the
// page it is, and a PDF served as text/html as a PDF.
func TestURLSniffsBytes(t *testing.T) {
	page := mustRead(t, "testdata/html/hungyen-ct08-2024.html")
	pdf := mustRead(t, "testdata/html/attach/08-CT-UBND.pdf")
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/page.pdf":
			w.Header().Set("Content-Type", "application/pdf")
			w.Write(page)
		case "/doc.html":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write(pdf)
		}
	}))
	defer srv.Close()
	ctx := context.Background()
	rec, err := localURL(ctx, srv.URL+"/page.pdf")
	require.NoError(t, err)
	assert.Equal(t, "html", rec.Source.Format)
	assert.Equal(t, "08/CT-CTUBND", rec.Directive.Number)
	rec, err = localURL(ctx, srv.URL+"/doc.html")
	require.NoError(t, err)
	assert.Equal(t, "pdf", rec.Source.Format)
	assert.Equal(t, "08/CT-UBND", rec.Directive.Number)
}
