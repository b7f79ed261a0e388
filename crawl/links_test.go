package crawl

import (
	"net/url"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestReadXMLList(t *testing.T) {
	cases := []struct {
		name, kind, body string
		want             []xmlEntry
	}{
		{"sitemap", "sitemap", `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc> https://a.gov.vn/1 </loc><lastmod>2024-11-26T08:00:00+07:00</lastmod></url></urlset>`,
			[]xmlEntry{{url: "https://a.gov.vn/1", date: "2024-11-26T08:00:00+07:00"}}},
		{"sitemap index", "sitemapindex", `<sitemapindex><sitemap><loc>https://a.gov.vn/s1.xml</loc></sitemap><sitemap><loc>https://a.gov.vn/s2.xml</loc></sitemap></sitemapindex>`,
			[]xmlEntry{{url: "https://a.gov.vn/s1.xml"}, {url: "https://a.gov.vn/s2.xml"}}},
		{"news sitemap", "sitemap", `<urlset xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url><loc>https://a.gov.vn/n</loc><news:news><news:publication_date>2025-01-02</news:publication_date><news:title>Phát động thi đua</news:title></news:news></url></urlset>`,
			[]xmlEntry{{url: "https://a.gov.vn/n", date: "2025-01-02", title: "Phát động thi đua"}}},
		{"rss", "rss", "<?xml version=\"1.0\" encoding=\"windows-1258\"?><rss><channel><title>Tin</title><link>https://a.gov.vn/</link><item><title>Khen th\xfd\xf5\xd2ng</title>" + `<link>https://a.gov.vn/k</link><pubDate>Mon, 02 Dec 2024 08:00:00 +0700</pubDate></item></channel></rss>`,
			[]xmlEntry{{url: "https://a.gov.vn/k", date: "Mon, 02 Dec 2024 08:00:00 +0700", title: "Khen thưởng"}}},
		{"atom", "atom", `<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>Kế hoạch</title><link rel="self" href="https://a.gov.vn/self"/><link href="https://a.gov.vn/kh"/><updated>2024-12-01</updated></entry></feed>`,
			[]xmlEntry{{url: "https://a.gov.vn/kh", date: "2024-12-01", title: "Kế hoạch"}}},
		{"broken after one", "sitemap", `<urlset><url><loc>https://a.gov.vn/1</loc></url><url><loc>https://a.gov.vn/2`,
			[]xmlEntry{{url: "https://a.gov.vn/1"}}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.kind, xmlKind([]byte(tc.body)))
			assert.Equal(t, tc.want, readXMLList([]byte(tc.body), 100))
		})
	}
	assert.Equal(t, "", xmlKind([]byte("<!DOCTYPE html><html></html>")))
	assert.Equal(t, "", xmlKind([]byte("%PDF-1.7")))
	many := "<urlset>"
	for range 200 {
		many += "<url><loc>https://a.gov.vn/x</loc></url>"
	}
	assert.Len(t, readXMLList([]byte(many+"</urlset>"), 50), 50, "the count is bounded")
}

func TestReadLinks(t *testing.T) {
	base, _ := url.Parse("https://a.gov.vn/tin-tuc/")
	page := `<html><head><link rel="canonical" href="https://a.gov.vn/tin-tuc/"><link rel="alternate" type="application/rss+xml" href="/rss"></head><body>
<header><a href="/gioi-thieu">Giới thiệu</a></header>
<div id="main-menu"><a href="/lien-he">Liên hệ</a></div>
<ul class="list"><li><a href="bai-1.html?utm_source=zalo#top">Chỉ thị thi đua</a> 25/11/2024</li>
<li><a href="javascript:void(0)">In</a></li><li><a href="mailto:x@a.gov.vn">Thư</a></li></ul>
<div class="paging"><a href="?page=2">2</a> <a href="/tin-tuc/trang-3">3</a> <a href="/tin-tuc/khac">Trang sau</a></div>
<nav class="pager"><a href="?page=4" rel="next">›</a></nav></body></html>`
	pl := readLinks([]byte(page), base)
	assert.Equal(t, "https://a.gov.vn/tin-tuc/", pl.canonical)
	assert.Equal(t, []string{"2024-11-25"}, pl.dates)
	var urls []string
	var next []string
	for _, l := range pl.links {
		urls = append(urls, l.url)
		if l.next {
			next = append(next, l.url)
		}
	}
	assert.Equal(t, []string{"https://a.gov.vn/rss", "https://a.gov.vn/tin-tuc/bai-1.html", "https://a.gov.vn/tin-tuc/?page=2", "https://a.gov.vn/tin-tuc/trang-3", "https://a.gov.vn/tin-tuc/khac", "https://a.gov.vn/tin-tuc/?page=4"}, urls)
	assert.Equal(t, []string{"https://a.gov.vn/tin-tuc/?page=2", "https://a.gov.vn/tin-tuc/trang-3", "https://a.gov.vn/tin-tuc/khac", "https://a.gov.vn/tin-tuc/?page=4"}, next)
	assert.True(t, pl.links[0].feed)
}

func TestNormalize(t *testing.T) {
	for in, want := range map[string]string{
		"HTTPS://A.GOV.VN:443/x?utm_source=fb&id=5#top": "https://a.gov.vn/x?id=5",
		"http://a.gov.vn:80":                            "http://a.gov.vn/",
		"http://a.gov.vn/x?fbclid=1":                    "http://a.gov.vn/x",
		"ftp://a.gov.vn/x":                              "",
		"file:///C:/x.pdf":                              "",
	} {
		u, _ := url.Parse(in)
		assert.Equal(t, want, normalize(u), in)
	}
}

func TestRetryAfter(t *testing.T) {
	now := time.Date(2026, 12, 7, 10, 0, 0, 0, time.UTC)
	assert.Equal(t, 7*time.Second, retryAfter("7", now))
	assert.Equal(t, 90*time.Second, retryAfter("Mon, 07 Dec 2026 10:01:30 GMT", now))
	assert.Equal(t, time.Duration(0), retryAfter("Mon, 07 Dec 2026 09:00:00 GMT", now))
	assert.Equal(t, time.Duration(0), retryAfter("soon", now))
	assert.Equal(t, time.Duration(0), retryAfter("-3", now))
}

func TestLinkRelevant(t *testing.T) {
	assert.True(t, linkRelevant("Phát động phong trào thi đua", "https://a/x"))
	assert.True(t, linkRelevant("Tin mới", "https://a/thi-dua-khen-thuong/123"))
	assert.True(t, linkRelevant("", "https://a/files/QD.pdf"))
	assert.False(t, linkRelevant("Phân luồng giao thông", "https://a/tin/456"))
	assert.False(t, linkRelevant("Dự báo thời tiết", "https://a/thoi-tiet"))
}
