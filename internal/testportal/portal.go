package testportal

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"
)

//go:embed site
var site embed.FS

func file(name string) []byte {
	b, err := site.ReadFile("site/" + name)
	if err != nil {
		panic(err)
	}
	return b
}

// Hit is one request the portal got.
type Hit struct {
	At          time.Time
	Path        string // with its query
	IfNoneMatch string
}

// Portal is an http.Handler; serve it with httptest.NewServer or
// http.ListenAndServe on a loopback address.
type Portal struct {
	// OtherHost is the address of another site the home page links to
	// ("http://localhost:8090"); empty for none.
	OtherHost string
	// Plain lists only the generated articles in the category, without
	// the fixed ones (no 429, no 500): a benchmark's portal.
	Plain bool
	// CrawlDelay, when set, is the Crawl-delay robots.txt asks for
	// ("0.2", in seconds).
	CrawlDelay string

	mu        sync.Mutex
	pages     map[string][]byte
	ctype     map[string]string
	hits      []Hit
	slowTries int
	generated int
	onHit     func(n int)
}

// PerListing is how many articles one listing page shows.
const PerListing = 20

const articleTmpl = `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>%s</title></head><body>
<nav class="menu"><a href="/">Trang chủ</a> <a href="/gioi-thieu">Giới thiệu</a></nav>
<div class="content"><h1>%s</h1><p>%s</p></div></body></html>`

func article(title, body string) []byte {
	return []byte(fmt.Sprintf(articleTmpl, title, title, body))
}

// New returns a portal with the fixed articles and generated more, each
// a copy of a real page under its own number.
func New(generated int) *Portal {
	p := &Portal{pages: map[string][]byte{}, ctype: map[string]string{}, generated: generated}
	html := func(path string, b []byte) { p.pages[path], p.ctype[path] = b, "text/html; charset=utf-8" }
	hungyen := file("hungyen-ct08-2024.html")
	html("/thi-dua/bai-1.html", hungyen)
	html("/tin/bai-1-ban-in.html", hungyen) // the same article under a second URL
	html("/thi-dua/bai-2.html", file("binhduong-ct01-2021.html"))
	html("/thi-dua/bai-3.html", file("haiphong-kh298-2020.html"))
	html("/thi-dua/chi-thi-08.html", file("news-08-ct-ubnd.html"))
	html("/thi-dua/ke-hoach-57.html", article("Triển khai phong trào thi đua năm 2025",
		`Ngày 02/12/2024, UBND tỉnh ban hành Kế hoạch số 57/KH-UBND về tổ chức phong trào thi đua năm 2025. Xem thêm kế hoạch liên quan: <a href="/files/152-KH-UBND.pdf">152-KH-UBND.pdf</a>`))
	html("/thi-dua/chi-sitemap.html", article("Tuyên dương điển hình tiên tiến",
		"Phong trào thi đua yêu nước đã xuất hiện nhiều điển hình tiên tiến được khen thưởng. Hội nghị tuyên dương 50 điển hình tiên tiến trong phong trào thi đua."))
	html("/thi-dua/chi-rss.html", article("Khen thưởng thành tích xuất sắc",
		"Chủ tịch UBND tỉnh tặng Bằng khen cho 12 tập thể có thành tích xuất sắc trong phong trào thi đua yêu nước năm 2024."))
	html("/tin/giao-thong.html", article("Phân luồng giao thông dịp lễ", "Các tuyến đường được phân luồng."))
	html("/private/ke-hoach-mat.html", article("Kế hoạch thi đua nội bộ", "Phong trào thi đua."))
	html("/thi-dua/cham.html", article("Phát động phong trào thi đua",
		`UBND tỉnh phát động phong trào thi đua "Chung sức xây dựng nông thôn mới" năm 2025, khen thưởng kịp thời các điển hình tiên tiến trong phong trào thi đua.`))
	p.pages["/files/08-CT-UBND.pdf"], p.ctype["/files/08-CT-UBND.pdf"] = file("08-CT-UBND.pdf"), "application/pdf"
	p.pages["/files/152-KH-UBND.pdf"], p.ctype["/files/152-KH-UBND.pdf"] = file("152-KH-UBND.pdf"), "application/pdf"
	page := string(hungyen)
	for i := 1; i <= generated; i++ {
		// A real page under another number, so that each is a record.
		html(genPath(i), []byte(strings.ReplaceAll(page, "08/CT-CTUBND", strconv.Itoa(1000+i)+"/CT-UBND")))
	}
	return p
}

func genPath(i int) string { return "/thi-dua/tin-" + strconv.Itoa(i) + ".html" }

// SetPage replaces a page's bytes (a page changed between two crawls).
func (p *Portal) SetPage(path string, b []byte) {
	p.mu.Lock()
	p.pages[path] = b
	p.mu.Unlock()
}

// Page returns a page's bytes.
func (p *Portal) Page(path string) []byte {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.pages[path]
}

// OnHit is called with the number of requests so far after each one.
func (p *Portal) OnHit(fn func(n int)) {
	p.mu.Lock()
	p.onHit = fn
	p.mu.Unlock()
}

// Hits returns the requests so far and forgets them; the 429 article
// answers 429 again on its next request.
func (p *Portal) Hits() []Hit {
	p.mu.Lock()
	defer p.mu.Unlock()
	h := p.hits
	p.hits, p.slowTries = nil, 0
	return h
}

// Requested counts the requests for a path (with its query) so far.
func (p *Portal) Requested(path string) int {
	p.mu.Lock()
	defer p.mu.Unlock()
	n := 0
	for _, h := range p.hits {
		if h.Path == path {
			n++
		}
	}
	return n
}

func (p *Portal) serve(w http.ResponseWriter, r *http.Request, b []byte, ctype string) {
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

// listingPages is the number of pages of the category.
func (p *Portal) listingPages() int { return p.fixedPages() + (p.generated+PerListing-1)/PerListing }

// fixedPages is the number of listing pages of the fixed articles.
func (p *Portal) fixedPages() int {
	if p.Plain {
		return 0
	}
	return 3
}

func (p *Portal) listing(n int) []byte {
	var items [][2]string
	switch k := n - p.fixedPages(); {
	case k > 0:
		for i := (k-1)*PerListing + 1; i <= min(k*PerListing, p.generated); i++ {
			items = append(items, [2]string{genPath(i), "Chỉ thị số " + strconv.Itoa(1000+i) + "/CT-UBND về phong trào thi đua"})
		}
	case n == 1:
		items = [][2]string{{"/thi-dua/bai-1.html", "Chỉ thị đẩy mạnh phong trào thi đua yêu nước"}, {"/thi-dua/bai-2.html", "Thi đua hoàn thành nhiệm vụ năm 2021"}, {"/tin/giao-thong.html", "Phân luồng giao thông dịp lễ"}}
	case n == 2:
		items = [][2]string{{"/thi-dua/bai-3.html", "Kế hoạch tổ chức phong trào thi đua"}, {"/thi-dua/chi-thi-08.html", "Chỉ thị số 08/CT-UBND về thi đua"}, {"/thi-dua/cham.html", "Phát động phong trào thi đua"}}
	case n == 3:
		items = [][2]string{{"/thi-dua/ke-hoach-57.html", "Kế hoạch triển khai phong trào thi đua năm 2025"}, {"/thi-dua/loi.html", "Khen thưởng đột xuất"}}
	}
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Thi đua - Khen thưởng</title></head><body>`)
	b.WriteString(`<nav class="menu"><a href="/">Trang chủ</a> <a href="/gioi-thieu">Giới thiệu</a> <a href="/thi-dua/">Thi đua - Khen thưởng</a></nav><ul class="list">`)
	for _, it := range items {
		fmt.Fprintf(&b, `<li><a href="%s">%s</a> <span>(20/11/2024)</span></li>`, it[0], it[1])
	}
	b.WriteString(`</ul><div class="pager">`)
	last := p.listingPages()
	for i := max(1, n-2); i <= min(last, n+2); i++ {
		if i != n {
			fmt.Fprintf(&b, `<a href="/thi-dua/?page=%d">%d</a> `, i, i)
		}
	}
	if n < last {
		fmt.Fprintf(&b, `<a href="/thi-dua/?page=%d">Trang sau</a>`, n+1)
	}
	b.WriteString(`</div></body></html>`)
	return []byte(b.String())
}

// ServeHTTP implements http.Handler.
func (p *Portal) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	p.mu.Lock()
	p.hits = append(p.hits, Hit{At: time.Now(), Path: r.URL.RequestURI(), IfNoneMatch: r.Header.Get("If-None-Match")})
	n, onHit := len(p.hits), p.onHit
	p.mu.Unlock()
	if onHit != nil {
		onHit(n)
	}
	base := "http://" + r.Host
	switch path := r.URL.Path; {
	case path == "/robots.txt":
		delay := ""
		if p.CrawlDelay != "" {
			delay = "Crawl-delay: " + p.CrawlDelay + "\n"
		}
		fmt.Fprintf(w, "User-agent: *\nDisallow: /private/\n%s\nSitemap: %s/sitemap.xml\n", delay, base)
	case path == "/sitemap.xml":
		w.Header().Set("Content-Type", "application/xml")
		fmt.Fprintf(w, `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>%[1]s/thi-dua/bai-1.html</loc><lastmod>2024-11-26</lastmod></url>
<url><loc>%[1]s/thi-dua/chi-sitemap.html</loc><lastmod>2024-11-27</lastmod></url>
</urlset>`, base)
	case path == "/rss.xml":
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Tin mới</title><link>%[1]s/</link>
<item><title>Khen thưởng thành tích xuất sắc</title><link>%[1]s/thi-dua/chi-rss.html</link><pubDate>Tue, 03 Dec 2024 08:00:00 +0700</pubDate></item>
</channel></rss>`, base)
	case path == "/":
		other := ""
		if p.OtherHost != "" {
			other = `<li><a href="` + p.OtherHost + `/thi-dua/ngoai.html">Kế hoạch thi đua của tỉnh bạn</a></li>`
		}
		p.serve(w, r, []byte(`<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Cổng thông tin điện tử tỉnh</title>
<link rel="alternate" type="application/rss+xml" title="Tin mới" href="/rss.xml"></head><body>
<nav class="menu"><a href="/gioi-thieu">Giới thiệu</a></nav>
<div class="main"><h2><a href="/thi-dua/">Thi đua - Khen thưởng</a></h2>
<ul><li><a href="/private/ke-hoach-mat.html">Kế hoạch thi đua nội bộ</a></li>`+other+`
<li><a href="/tin/bai-1-ban-in.html">Chỉ thị 08 (bản in)</a></li></ul></div></body></html>`), "text/html; charset=utf-8")
	case path == "/thi-dua/":
		n := 1
		if v := r.URL.Query().Get("page"); v != "" {
			n, _ = strconv.Atoi(v)
		}
		if n < 1 || n > p.listingPages() {
			http.NotFound(w, r)
			return
		}
		p.serve(w, r, p.listing(n), "text/html; charset=utf-8")
	case path == "/thi-dua/loi.html":
		http.Error(w, "lỗi máy chủ", http.StatusInternalServerError)
	case path == "/thi-dua/cham.html":
		p.mu.Lock()
		p.slowTries++
		first := p.slowTries == 1
		p.mu.Unlock()
		if first {
			w.Header().Set("Retry-After", "1")
			http.Error(w, "chậm lại", http.StatusTooManyRequests)
			return
		}
		fallthrough
	default:
		p.mu.Lock()
		b, ok := p.pages[path]
		ct := p.ctype[path]
		p.mu.Unlock()
		if !ok {
			http.NotFound(w, r)
			return
		}
		p.serve(w, r, b, ct)
	}
}
