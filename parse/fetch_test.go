package parse

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/vnthidua/thidua/directive"
)

// portal is a local HTTP server that serves the corpus pages the way
// portals do, and records the requests it got.
type portal struct {
	*httptest.Server
	mu       sync.Mutex
	agents   []string
	requests []string
}

func newPortal(t *testing.T) *portal {
	t.Helper()
	p := &portal{}
	read := func(path string) []byte {
		b, err := os.ReadFile(path)
		require.NoError(t, err)
		return b
	}
	hungyen := read("testdata/html/hungyen-ct08-2024.html")
	binhduong := read("testdata/html/binhduong-ct01-2021.html")
	news := read("testdata/html/attach/news-08-ct-ubnd.html")
	pdf := read("testdata/html/attach/08-CT-UBND.pdf")
	cp1258 := read("testdata/html/variants/hungyen-ct08-2024.cp1258-as-utf8.html")
	mux := http.NewServeMux()
	mux.HandleFunc("/tin/hungyen.html", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		if strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
			w.Header().Set("Content-Encoding", "gzip")
			zw := gzip.NewWriter(w)
			zw.Write(hungyen)
			zw.Close()
			return
		}
		w.Write(hungyen)
	})
	mux.HandleFunc("/Lists/TinTuc/DispForm.aspx", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write(binhduong)
	})
	// The server's charset says UTF-8; the bytes are windows-1258.
	mux.HandleFunc("/old/hungyen.asp", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(cp1258)
	})
	mux.HandleFunc("/tin-tuc/news-08.html", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(news)
	})
	mux.HandleFunc("/files/08-CT-UBND.pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		w.Write(pdf)
	})
	mux.HandleFunc("/moved", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/Lists/TinTuc/DispForm.aspx?ID=1842", http.StatusFound)
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop", http.StatusFound)
	})
	mux.HandleFunc("/missing", http.NotFound)
	mux.HandleFunc("/broken", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "lỗi máy chủ", http.StatusInternalServerError)
	})
	mux.HandleFunc("/logo.png", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/png")
		w.Write([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))
	})
	mux.HandleFunc("/big.html", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte("<html><body>"))
		for range 1000 {
			w.Write(bytes.Repeat([]byte("<p>thi đua khen thưởng</p>"), 100))
		}
	})
	p.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p.mu.Lock()
		p.agents = append(p.agents, r.UserAgent())
		p.requests = append(p.requests, r.URL.Path)
		p.mu.Unlock()
		mux.ServeHTTP(w, r)
	}))
	t.Cleanup(p.Close)
	return p
}

func (p *portal) got(path string) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, r := range p.requests {
		if r == path {
			return true
		}
	}
	return false
}

func TestURL(t *testing.T) {
	p := newPortal(t)
	ctx := context.Background()

	t.Run("gzip page", func(t *testing.T) {
		rec, err := localURL(ctx, p.URL+"/tin/hungyen.html")
		require.NoError(t, err)
		assert.Equal(t, "08/CT-CTUBND", rec.Directive.Number)
		assert.Equal(t, p.URL+"/tin/hungyen.html", rec.Source.URL)
		assert.Equal(t, "Duy Tùng", rec.Source.Author)
		assert.Equal(t, "html", rec.Source.Format)
		p.mu.Lock()
		ua := p.agents[len(p.agents)-1]
		p.mu.Unlock()
		assert.Equal(t, DefaultUserAgent, ua)
	})

	t.Run("redirect resolves links against the final address", func(t *testing.T) {
		rec, err := localURL(ctx, p.URL+"/moved")
		require.NoError(t, err)
		require.Len(t, rec.Directive.Attachments, 1)
		assert.Equal(t, p.URL+"/Lists/TinTuc/Attachments/1842/01-CT.signed.pdf", rec.Directive.Attachments[0].URL)
		assert.Equal(t, "2021-02-05", rec.Source.Published)
	})

	t.Run("charset header lies", func(t *testing.T) {
		rec, err := localURL(ctx, p.URL+"/old/hungyen.asp")
		require.NoError(t, err)
		plain, err := localURL(ctx, p.URL+"/tin/hungyen.html")
		require.NoError(t, err)
		assert.Equal(t, plain.Directive, rec.Directive)
		assert.Equal(t, plain.Source.Title, rec.Source.Title)
	})

	t.Run("user agent", func(t *testing.T) {
		_, err := localURL(ctx, p.URL+"/tin/hungyen.html", WithUserAgent("thidua-test/1"))
		require.NoError(t, err)
		p.mu.Lock()
		ua := p.agents[len(p.agents)-1]
		p.mu.Unlock()
		assert.Equal(t, "thidua-test/1", ua)
	})

	errCases := []struct {
		name  string
		path  string
		opts  []Option
		check func(t *testing.T, err error)
	}{
		{"404", "/missing", nil, func(t *testing.T, err error) {
			var he *HTTPError
			require.True(t, errors.As(err, &he), "%v", err)
			assert.Equal(t, http.StatusNotFound, he.StatusCode)
		}},
		{"500", "/broken", nil, func(t *testing.T, err error) {
			var he *HTTPError
			require.True(t, errors.As(err, &he), "%v", err)
			assert.Equal(t, 500, he.StatusCode)
		}},
		{"redirect loop", "/loop", nil, func(t *testing.T, err error) {
			assert.True(t, errors.Is(err, ErrTooManyRedirects), "%v", err)
		}},
		{"few redirects allowed", "/moved", []Option{WithMaxRedirects(-1)}, func(t *testing.T, err error) {
			assert.True(t, errors.Is(err, ErrTooManyRedirects), "%v", err)
		}},
		{"not a page", "/logo.png", nil, func(t *testing.T, err error) {
			assert.True(t, errors.Is(err, ErrFormat), "%v", err)
			assert.Contains(t, err.Error(), "image/png")
		}},
		{"too large", "/big.html", []Option{WithMaxBytes(100 << 10)}, func(t *testing.T, err error) {
			assert.True(t, errors.Is(err, ErrTooLarge), "%v", err)
		}},
	}
	for _, tc := range errCases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := localURL(ctx, p.URL+tc.path, tc.opts...)
			require.Error(t, err)
			var ie *InputError
			require.True(t, errors.As(err, &ie), "%T %v", err, err)
			assert.Equal(t, p.URL+tc.path, ie.Input)
			tc.check(t, err)
		})
	}

	t.Run("bad URL", func(t *testing.T) {
		_, err := localURL(ctx, "ftp://example.com/a.pdf")
		assert.True(t, errors.Is(err, ErrFormat), "%v", err)
	})
	t.Run("cancelled", func(t *testing.T) {
		cctx, cancel := context.WithCancel(ctx)
		cancel()
		_, err := localURL(cctx, p.URL+"/tin/hungyen.html")
		assert.True(t, errors.Is(err, context.Canceled), "%v", err)
	})
}

// TestURLFollowAttachments downloads the PDF a news page attaches and
// merges it into the page's record.
func TestURLFollowAttachments(t *testing.T) {
	p := newPortal(t)
	ctx := context.Background()
	page, err := localURL(ctx, p.URL+"/tin-tuc/news-08.html")
	require.NoError(t, err)
	require.Len(t, page.Directive.Attachments, 1)
	assert.Equal(t, p.URL+"/files/08-CT-UBND.pdf", page.Directive.Attachments[0].URL)
	assert.Equal(t, "08/CT-UBND", page.Directive.Number)
	assert.Equal(t, "Minh Anh", page.Source.Author)
	assert.Equal(t, "2024-11-26", page.Source.Published)
	assert.False(t, p.got("/files/08-CT-UBND.pdf"), "attachment fetched without WithFollowAttachments")

	rec, err := localURL(ctx, p.URL+"/tin-tuc/news-08.html", WithFollowAttachments(true))
	require.NoError(t, err)
	assert.True(t, p.got("/files/08-CT-UBND.pdf"), "attachment not fetched")
	pdf, pdfErr := PDF(ctx, bytes.NewReader(mustRead(t, "testdata/html/attach/08-CT-UBND.pdf")), int64(len(mustRead(t, "testdata/html/attach/08-CT-UBND.pdf"))))
	if pdfErr != nil {
		// The PDF reader cannot read it: the page's record stands, with
		// a warning that says why.
		assert.Equal(t, page.Directive, rec.Directive)
		assert.True(t, hasWarning(rec, "08-CT-UBND.pdf"), "%v", rec.Warnings)
		t.Logf("PDF not merged: %v", pdfErr)
		return
	}
	assert.Equal(t, pdf.Directive.Signer, rec.Directive.Signer)
	assert.Equal(t, pdf.Directive.Recipients, rec.Directive.Recipients)
	assert.Equal(t, "Minh Anh", rec.Source.Author, "the page keeps its byline")
	assert.True(t, hasWarning(rec, "read attachment"), "%v", rec.Warnings)
}

// localURL is URL with the opt-in the test servers on 127.0.0.1 need.
func localURL(ctx context.Context, rawURL string, opts ...Option) (*directive.Record, error) {
	return URL(ctx, rawURL, append(opts, WithAllowPrivate(true))...)
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	return b
}

func hasWarning(rec *directive.Record, s string) bool {
	for _, w := range rec.Warnings {
		if strings.Contains(w, s) {
			return true
		}
	}
	return false
}

// TestMergePDF: what the PDF states wins over the page's summary; the
// page keeps its source and what only it says.
func TestMergePDF(t *testing.T) {
	page := &directive.Record{
		Source: directive.Source{Site: "Cổng thông tin điện tử tỉnh Hưng Yên", Author: "Minh Anh", Published: "2024-11-26"},
		Directive: directive.Directive{
			Kind: "CT", Number: "08/CT-UBND", Issued: "2024-11-25",
			Issuer:      directive.Issuer{Name: "Chủ tịch Ủy ban nhân dân tỉnh", Level: directive.LevelProvince, Province: "Hưng Yên"},
			Title:       "về việc đẩy mạnh phong trào thi đua",
			Tasks:       []directive.Task{{Label: "-", Text: "tóm tắt"}},
			Citations:   []directive.Citation{{Number: "19/CT-TTg"}},
			Campaigns:   []directive.Campaign{{ID: "nong-thon-moi"}},
			Recipients:  []string{},
			Attachments: []directive.Attachment{{Name: "08-CT-UBND.pdf", URL: "https://x/08-CT-UBND.pdf"}},
		},
		Warnings: []string{},
	}
	pdf := &directive.Record{
		Directive: directive.Directive{
			Kind: "CT", KindName: "Chỉ thị", Number: "08/CT-UBND", Issued: "2024-11-25", Place: "Hưng Yên",
			Issuer:     directive.Issuer{Name: "ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN", Level: directive.LevelProvince},
			Signer:     directive.Signer{Name: "Nguyễn Minh Khôi", Position: "Chủ tịch"},
			Title:      "Về việc đẩy mạnh phong trào thi đua yêu nước",
			Tasks:      []directive.Task{{Label: "1.", Text: "a"}, {Label: "2.", Text: "b"}},
			Citations:  []directive.Citation{{Number: "98/2023/NĐ-CP"}, {Number: "19/CT-TTg"}},
			Campaigns:  []directive.Campaign{{ID: "nong-thon-moi"}, {Name: "Thi đua đặc biệt"}},
			Recipients: []string{"Văn phòng Chính phủ", "Lưu: VT, NC"},
		},
		Signatures: []directive.Signature{{SignerCN: "UBND tỉnh Hưng Yên"}},
	}
	mergePDF(page, pdf, page.Directive.Attachments[0])
	d := page.Directive
	assert.Equal(t, "Nguyễn Minh Khôi", d.Signer.Name)
	assert.Equal(t, "Về việc đẩy mạnh phong trào thi đua yêu nước", d.Title)
	assert.Equal(t, "ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN", d.Issuer.Name)
	assert.Equal(t, "Hưng Yên", d.Issuer.Province, "the page's province stays when the PDF has none")
	assert.Len(t, d.Tasks, 2)
	assert.Len(t, d.Recipients, 2)
	assert.Len(t, d.Citations, 2)
	assert.Len(t, d.Campaigns, 2)
	assert.Len(t, d.Attachments, 1)
	assert.Equal(t, "Minh Anh", page.Source.Author)
	assert.Len(t, page.Signatures, 1)
	assert.True(t, hasWarning(page, "read attachment 08-CT-UBND.pdf"))
}
