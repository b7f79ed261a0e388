package crawl

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnthidua/thidua/store"
	"github.com/vnthidua/thidua/store/sqlite"
)

// hit is one request the fake portal got.
type hit struct {
	at   time.Time
	path string // with its query
	inm  string // If-None-Match
}

// fakePortal is a provincial portal on 127.0.0.1: a home page, a category
// listed over three pages, a sitemap named in robots.txt, a path robots.txt
// forbids, an article behind a 429, one that always fails, one article
// under two URLs, one reachable only through the sitemap, a PDF that is
// the page's document and one that is another document, a link to another
// host, and ETags everywhere.
type fakePortal struct {
	srv, other *httptest.Server
	mu         sync.Mutex
	hits       []hit
	otherHits  int
	cancelAt   int    // cancel after this many requests (0: never)
	cancel     func() // what cancels
	slowTries  int
	pages      map[string][]byte
	ctype      map[string]string
}

func read(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", path))
	require.NoError(t, err)
	return b
}

const articleTmpl = `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>%s</title></head><body>
<nav class="menu"><a href="/">Trang chủ</a> <a href="/gioi-thieu">Giới thiệu</a></nav>
<div class="content"><h1>%s</h1><p>%s</p></div></body></html>`

func listing(n int, items [][2]string, next string) []byte {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Thi đua - Khen thưởng</title></head><body>`)
	b.WriteString(`<nav class="menu"><a href="/">Trang chủ</a> <a href="/gioi-thieu">Giới thiệu</a> <a href="/thi-dua/">Thi đua - Khen thưởng</a></nav><ul class="list">`)
	for _, it := range items {
		fmt.Fprintf(&b, `<li><a href="%s">%s</a> <span>(%s)</span></li>`, it[0], it[1], "20/11/2024")
	}
	b.WriteString(`</ul><div class="pager">`)
	for i := 1; i <= 3; i++ {
		if i != n {
			fmt.Fprintf(&b, `<a href="/thi-dua/?page=%d">%d</a> `, i, i)
		}
	}
	if next != "" {
		fmt.Fprintf(&b, `<a href="%s">Trang sau</a>`, next)
	}
	b.WriteString(`</div></body></html>`)
	return []byte(b.String())
}

func newFakePortal(t *testing.T) *fakePortal {
	t.Helper()
	p := &fakePortal{pages: map[string][]byte{}, ctype: map[string]string{}}
	html := func(path string, b []byte) { p.pages[path], p.ctype[path] = b, "text/html; charset=utf-8" }
	hungyen := read(t, "parse/testdata/html/hungyen-ct08-2024.html")
	html("/thi-dua/bai-1.html", hungyen)
	html("/tin/bai-1-ban-in.html", hungyen) // the same article under a second URL
	html("/thi-dua/bai-2.html", read(t, "parse/testdata/html/binhduong-ct01-2021.html"))
	html("/thi-dua/bai-3.html", read(t, "parse/testdata/html/haiphong-kh298-2020.html"))
	html("/thi-dua/chi-thi-08.html", []byte(strings.Replace(string(read(t, "parse/testdata/html/attach/news-08-ct-ubnd.html")), "../files/08-CT-UBND.pdf", "/files/08-CT-UBND.pdf", 1)))
	html("/thi-dua/ke-hoach-152.html", []byte(fmt.Sprintf(articleTmpl, "Triển khai phong trào thi đua năm 2025", "Triển khai phong trào thi đua năm 2025",
		`Ngày 02/12/2024, UBND tỉnh ban hành Kế hoạch số 57/KH-UBND về tổ chức phong trào thi đua năm 2025. Xem thêm kế hoạch liên quan: <a href="/files/152-KH-UBND.pdf">152-KH-UBND.pdf</a>`)))
	html("/thi-dua/chi-sitemap.html", []byte(fmt.Sprintf(articleTmpl, "Tuyên dương điển hình tiên tiến", "Tuyên dương điển hình tiên tiến",
		"Phong trào thi đua yêu nước đã xuất hiện nhiều điển hình tiên tiến được khen thưởng. Hội nghị tuyên dương 50 điển hình tiên tiến trong phong trào thi đua.")))
	html("/tin/giao-thong.html", []byte(fmt.Sprintf(articleTmpl, "Phân luồng giao thông dịp lễ", "Phân luồng giao thông dịp lễ", "Các tuyến đường được phân luồng.")))
	html("/private/ke-hoach-mat.html", []byte(fmt.Sprintf(articleTmpl, "Kế hoạch thi đua nội bộ", "Kế hoạch thi đua nội bộ", "Phong trào thi đua.")))
	html("/thi-dua/cham.html", []byte(fmt.Sprintf(articleTmpl, "Phát động phong trào thi đua", "Phát động phong trào thi đua",
		`UBND tỉnh phát động phong trào thi đua "Chung sức xây dựng nông thôn mới" năm 2025, khen thưởng kịp thời các điển hình tiên tiến trong phong trào thi đua.`)))
	p.pages["/files/08-CT-UBND.pdf"], p.ctype["/files/08-CT-UBND.pdf"] = read(t, "parse/testdata/html/attach/08-CT-UBND.pdf"), "application/pdf"
	p.pages["/files/152-KH-UBND.pdf"], p.ctype["/files/152-KH-UBND.pdf"] = read(t, "parse/testdata/pdf/b_kehoach_table.pdf"), "application/pdf"

	mux := http.NewServeMux()
	serve := func(w http.ResponseWriter, r *http.Request, b []byte, ctype string) {
		sum := sha256.Sum256(b)
		etag := `"` + hex.EncodeToString(sum[:8]) + `"`
		w.Header().Set("ETag", etag)
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("Content-Type", ctype)
		w.Write(b)
	}
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "User-agent: *\nDisallow: /private/\n\nSitemap: %s/sitemap.xml\n", p.srv.URL)
	})
	mux.HandleFunc("/sitemap.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/xml")
		fmt.Fprintf(w, `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>%[1]s/thi-dua/bai-1.html</loc><lastmod>2024-11-26</lastmod></url>
<url><loc>%[1]s/thi-dua/chi-sitemap.html</loc><lastmod>2024-11-27</lastmod></url>
</urlset>`, p.srv.URL)
	})
	mux.HandleFunc("/{$}", func(w http.ResponseWriter, r *http.Request) {
		serve(w, r, []byte(fmt.Sprintf(`<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Cổng thông tin điện tử tỉnh</title></head><body>
<nav class="menu"><a href="/gioi-thieu">Giới thiệu</a></nav>
<div class="main"><h2><a href="/thi-dua/">Thi đua - Khen thưởng</a></h2>
<ul><li><a href="/private/ke-hoach-mat.html">Kế hoạch thi đua nội bộ</a></li>
<li><a href="%s/thi-dua/ngoai.html">Kế hoạch thi đua của tỉnh bạn</a></li>
<li><a href="/tin/bai-1-ban-in.html">Chỉ thị 08 (bản in)</a></li></ul></div></body></html>`, p.other.URL)), "text/html; charset=utf-8")
	})
	mux.HandleFunc("/thi-dua/{$}", func(w http.ResponseWriter, r *http.Request) {
		var b []byte
		switch r.URL.Query().Get("page") {
		case "", "1":
			b = listing(1, [][2]string{{"/thi-dua/bai-1.html", "Chỉ thị đẩy mạnh phong trào thi đua yêu nước"}, {"/thi-dua/bai-2.html", "Thi đua hoàn thành nhiệm vụ năm 2021"}, {"/tin/giao-thong.html", "Phân luồng giao thông dịp lễ"}}, "/thi-dua/?page=2")
		case "2":
			b = listing(2, [][2]string{{"/thi-dua/bai-3.html", "Kế hoạch tổ chức phong trào thi đua"}, {"/thi-dua/chi-thi-08.html", "Chỉ thị số 08/CT-UBND về thi đua"}, {"/thi-dua/cham.html", "Phát động phong trào thi đua"}}, "/thi-dua/?page=3")
		case "3":
			b = listing(3, [][2]string{{"/thi-dua/ke-hoach-152.html", "Kế hoạch triển khai Chỉ thị 08"}, {"/thi-dua/loi.html", "Khen thưởng đột xuất"}}, "")
		default:
			http.NotFound(w, r)
			return
		}
		serve(w, r, b, "text/html; charset=utf-8")
	})
	mux.HandleFunc("/thi-dua/loi.html", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "lỗi máy chủ", http.StatusInternalServerError)
	})
	mux.HandleFunc("/thi-dua/cham.html", func(w http.ResponseWriter, r *http.Request) {
		p.mu.Lock()
		p.slowTries++
		first := p.slowTries == 1
		p.mu.Unlock()
		if first {
			w.Header().Set("Retry-After", "1")
			http.Error(w, "chậm lại", http.StatusTooManyRequests)
			return
		}
		serve(w, r, p.pages[r.URL.Path], p.ctype[r.URL.Path])
	})
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		p.mu.Lock()
		b, ok := p.pages[r.URL.Path]
		ct := p.ctype[r.URL.Path]
		p.mu.Unlock()
		if !ok {
			http.NotFound(w, r)
			return
		}
		serve(w, r, b, ct)
	})
	p.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p.mu.Lock()
		p.hits = append(p.hits, hit{at: time.Now(), path: r.URL.RequestURI(), inm: r.Header.Get("If-None-Match")})
		if p.cancelAt > 0 && len(p.hits) == p.cancelAt {
			p.cancel()
		}
		p.mu.Unlock()
		mux.ServeHTTP(w, r)
	}))
	t.Cleanup(p.srv.Close)
	p.other = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p.mu.Lock()
		p.otherHits++
		p.mu.Unlock()
		http.NotFound(w, r)
	}))
	t.Cleanup(p.other.Close)
	p.other.URL = strings.Replace(p.other.URL, "127.0.0.1", "localhost", 1)
	return p
}

func (p *fakePortal) requested(path string) int {
	p.mu.Lock()
	defer p.mu.Unlock()
	n := 0
	for _, h := range p.hits {
		if h.path == path {
			n++
		}
	}
	return n
}

func (p *fakePortal) reset() []hit {
	p.mu.Lock()
	defer p.mu.Unlock()
	h := p.hits
	p.hits = nil
	return h
}

func openStore(t *testing.T) (*sqlite.DB, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "thidua.db")
	db, err := sqlite.Open(context.Background(), path)
	require.NoError(t, err)
	t.Cleanup(func() { db.Close() })
	return db, path
}

func records(t *testing.T, st store.Store) map[string]*store.Record {
	t.Helper()
	out := map[string]*store.Record{}
	require.NoError(t, st.Records(context.Background(), store.Filter{}, func(r *store.Record) error {
		key := r.Record.Directive.Number
		if key == "" {
			key = r.URLs[0]
		}
		out[key] = r
		return nil
	}))
	return out
}

func keys[V any](m map[string]V) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func testCrawler(st store.Store, opts ...Option) *Crawler {
	return New(st, append([]Option{WithAllowPrivate(true), WithRate(0), WithConcurrency(4), WithBackoff(50 * time.Millisecond), WithMaxTries(3)}, opts...)...)
}

func TestCrawlPortal(t *testing.T) {
	ctx := context.Background()
	p := newFakePortal(t)
	st, _ := openStore(t)
	sum, err := testCrawler(st).Run(ctx, []string{p.srv.URL + "/"})
	require.NoError(t, err)

	recs := records(t, st)
	u := func(path string) string { return p.srv.URL + path }
	// The Bình Dương page does not state its number (the PDF it links to is
	// missing on this portal): its record is known by its URL.
	assert.Equal(t, []string{"08/CT-CTUBND", "08/CT-UBND", "152/KH-UBND", "298/KH-UBND", "57/KH-UBND", u("/thi-dua/bai-2.html"), u("/thi-dua/cham.html"), u("/thi-dua/chi-sitemap.html")}, keys(recs))

	// One article under two URLs is one record with both.
	assert.ElementsMatch(t, []string{u("/thi-dua/bai-1.html"), u("/tin/bai-1-ban-in.html")}, recs["08/CT-CTUBND"].URLs)
	// The PDF that is the page's document is merged into the page's record.
	merged := recs["08/CT-UBND"]
	assert.ElementsMatch(t, []string{u("/thi-dua/chi-thi-08.html"), u("/files/08-CT-UBND.pdf")}, merged.URLs)
	assert.Equal(t, "Nguyễn Minh Khôi", merged.Record.Directive.Signer.Name, "the signer comes from the PDF")
	assert.Equal(t, "Minh Anh", merged.Record.Source.Author, "the page keeps its byline")
	// The PDF that is another document is its own record, linked to the page.
	other := recs["152/KH-UBND"]
	assert.Equal(t, []string{u("/files/152-KH-UBND.pdf")}, other.URLs)
	assert.Equal(t, u("/thi-dua/ke-hoach-152.html"), other.Parent)
	// Text is stored and searchable.
	assert.NotEmpty(t, recs["298/KH-UBND"].Record.Text)
	found, err := st.Search(ctx, "điển hình", 10)
	require.NoError(t, err)
	assert.NotEmpty(t, found)

	// robots.txt, scope, menus and the subject.
	assert.Equal(t, 0, p.requested("/private/ke-hoach-mat.html"), "robots.txt forbids it")
	assert.Equal(t, 0, p.otherHits, "another host was fetched")
	assert.Equal(t, 0, p.requested("/gioi-thieu"), "a menu link was followed")
	assert.Equal(t, 0, p.requested("/tin/giao-thong.html"), "an off-subject link was fetched")
	assert.Equal(t, 1, p.requested("/thi-dua/chi-sitemap.html"), "the page only the sitemap lists")
	assert.Equal(t, 1, p.requested("/thi-dua/?page=3"))
	// 429 then success; 500 given up after three tries.
	assert.Equal(t, 2, p.requested("/thi-dua/cham.html"))
	assert.Equal(t, 3, p.requested("/thi-dua/loi.html"))
	failed := map[string]string{}
	for _, f := range sum.Failures {
		failed[f.URL] = f.Reason
	}
	assert.Contains(t, failed[u("/thi-dua/loi.html")], "500")
	assert.Contains(t, failed[u("/Lists/TinTuc/Attachments/1842/01-CT.signed.pdf")], "404", "the missing attachment")
	assert.NotContains(t, failed, u("/thi-dua/cham.html"))
	e, err := st.Entry(ctx, u("/private/ke-hoach-mat.html"))
	require.NoError(t, err)
	assert.Equal(t, store.Skipped, e.State)
	assert.Equal(t, 1, sum.Skipped)
	assert.Equal(t, 0, sum.Queued)

	// Every page was asked for once, but the ones retried.
	asked := map[string]int{}
	for _, h := range p.reset() {
		asked[h.path]++
	}
	for path, n := range asked {
		switch path {
		case "/thi-dua/cham.html", "/thi-dua/loi.html":
		default:
			assert.Equal(t, 1, n, path)
		}
	}

	// A second run asks conditionally: 304s store nothing new; a changed
	// page is a new version of its record.
	p.mu.Lock()
	p.pages["/thi-dua/bai-3.html"] = append(p.pages["/thi-dua/bai-3.html"], []byte("<!-- sửa -->")...)
	p.mu.Unlock()
	sum2, err := testCrawler(st).Run(ctx, []string{p.srv.URL + "/"})
	require.NoError(t, err)
	hits := p.reset()
	conditional := 0
	for _, h := range hits {
		if h.inm != "" {
			conditional++
		}
	}
	assert.Greater(t, conditional, 8, "known pages are asked for conditionally")
	assert.GreaterOrEqual(t, sum2.NotModified, 8)
	assert.Equal(t, 1, sum2.Records, "only the changed page gives a record")
	again := records(t, st)
	require.Equal(t, keys(recs), keys(again))
	assert.Equal(t, 2, again["298/KH-UBND"].Version)
	assert.Equal(t, 1, again["08/CT-CTUBND"].Version)
}

// TestCrawlRate: the per-host rate holds, measured from the server's own
// log.
func TestCrawlRate(t *testing.T) {
	p := newFakePortal(t)
	st, _ := openStore(t)
	_, err := testCrawler(st, WithRate(10), WithConcurrency(8)).Run(context.Background(), []string{p.srv.URL + "/"})
	require.NoError(t, err)
	hits := p.reset()
	require.Greater(t, len(hits), 15)
	// In any window of one second, at most 10 requests and the burst of 1.
	for i := range hits {
		n := 0
		for j := i; j < len(hits) && hits[j].at.Sub(hits[i].at) < time.Second; j++ {
			n++
		}
		assert.LessOrEqual(t, n, 11, "requests within a second of %s", hits[i].path)
	}
}

// TestCrawlResume: a crawl cancelled midway and run again ends with the
// same records as one never interrupted, and what the first part settled
// is not fetched again.
func TestCrawlResume(t *testing.T) {
	ctx := context.Background()
	p := newFakePortal(t)
	whole, _ := openStore(t)
	_, err := testCrawler(whole).Run(ctx, []string{p.srv.URL + "/"})
	require.NoError(t, err)
	want := records(t, whole)
	p.reset()
	p.mu.Lock()
	p.slowTries = 0
	p.mu.Unlock()

	st, path := openStore(t)
	cctx, cancel := context.WithCancel(ctx)
	p.mu.Lock()
	p.cancelAt, p.cancel = 8, cancel
	p.mu.Unlock()
	_, err = testCrawler(st, WithConcurrency(1)).Run(cctx, []string{p.srv.URL + "/"})
	require.ErrorIs(t, err, context.Canceled)
	st.Close()

	// What the first part settled, from the store's file.
	st2, err := sqlite.Open(ctx, path)
	require.NoError(t, err)
	defer st2.Close()
	var settled []string
	first := p.reset()
	for _, h := range first {
		if e, err := st2.Entry(ctx, p.srv.URL+h.path); err == nil && e.State == store.Done {
			settled = append(settled, h.path)
		}
	}
	require.NotEmpty(t, settled)
	require.Less(t, len(first), 12, "the first part was not cut short")
	p.mu.Lock()
	p.cancelAt = 0
	p.mu.Unlock()

	sum, err := testCrawler(st2).Run(ctx, []string{p.srv.URL + "/"})
	require.NoError(t, err)
	assert.True(t, sum.Resumed)
	for _, s := range settled {
		assert.Equal(t, 0, p.requested(s), "%s fetched again after the resume", s)
	}
	got := records(t, st2)
	assert.Equal(t, keys(want), keys(got))
	for k, w := range want {
		assert.ElementsMatch(t, w.URLs, got[k].URLs, k)
		assert.Equal(t, w.Record.Directive, got[k].Record.Directive, k)
	}
}
