package htmltext

import (
	"strings"
	"testing"
)

// TestLDJSON: the article a JSON-LD block describes, alone, in a list or
// in @graph; other types give nothing.
func TestLDJSON(t *testing.T) {
	tests := []struct{ in, pub, author string }{
		{`{"@type":"NewsArticle","datePublished":"2023-02-23T11:05:00+07:00","author":{"@type":"Person","name":"Phúc Hiếu"}}`, "2023-02-23T11:05:00+07:00", "Phúc Hiếu"},
		{`[{"@type":"BreadcrumbList"},{"@type":"Article","datePublished":"2024-01-22","author":[{"name":"Nguyễn Tuyết Mai"}]}]`, "2024-01-22", "Nguyễn Tuyết Mai"},
		{`{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Cổng"},{"@type":"BlogPosting","datePublished":"2021-03-26","author":"Báo Hòa Bình"}]}`, "2021-03-26", "Báo Hòa Bình"},
		{`{"@type":"Organization","name":"Sở Nội vụ"}`, "", ""},
		{`{not json`, "", ""},
	}
	for _, tt := range tests {
		pub, author, _ := readLDJSON(tt.in)
		if pub != tt.pub || author != tt.author {
			t.Errorf("readLDJSON(%s) = %q, %q; want %q, %q", tt.in, pub, author, tt.pub, tt.author)
		}
	}
}

// TestPortalMarkup reads small pages built on what the portals of
// testdata (../../parse/testdata/html/portals) taught.
func TestPortalMarkup(t *testing.T) {
	para := "<p>Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện công tác thi đua, khen thưởng năm 2024, gắn với nhiệm vụ chính trị của từng cơ quan, đơn vị, địa phương.</p>"
	tests := []struct {
		name, page                  string
		title, published, author    string
		hasText, lacksText, siteHas string
	}{
		{
			name: "footer cell in a layout table does not win over the article",
			page: `<html><head><title>Trang thông tin điện tử huyện Sơn Dương - tỉnh Tuyên Quang</title></head><body><table><tr><td><img src="banner.jpg" alt="Trang thông tin điện tử huyện Sơn Dương"></td></tr>` +
				`<tr><td class="tieude"><b>Đẩy mạnh phong trào thi đua yêu nước năm 2024</b></td></tr><tr><td>` + para + `</td></tr>` +
				`<tr><td><font size="1">Bản quyền thuộc Ủy ban nhân dân huyện Sơn Dương, tỉnh Tuyên Quang<br>Địa chỉ: Thị trấn Sơn Dương, huyện Sơn Dương, tỉnh Tuyên Quang</font></td></tr></table></body></html>`,
			title: "Đẩy mạnh phong trào thi đua yêu nước năm 2024", hasText: "Kế hoạch thực hiện", lacksText: "Bản quyền", siteHas: "tỉnh Tuyên Quang",
		},
		{
			name: "article split into sibling divs, date in the breadcrumb, today's date in the top bar",
			page: `<html><head><title>Cổng thông tin điện tử tỉnh Phú Yên</title></head><body><div class="top-bar"><span class="today">Thứ Năm, 29/10/2020</span></div><img class="logo" src="logo.png" alt="Cổng thông tin điện tử tỉnh Phú Yên"><div class="col">` +
				`<div class="breadcrumb-box"><a href="/">Trang chủ</a> » <a href="/vb">Văn bản</a> » <span>28/10/2020</span></div><h2 class="tieude-tin">Quyết định sửa đổi Quy chế công tác thi đua, khen thưởng</h2>` +
				`<div><table><tr><td>ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN</td><td>Số: 31/2020/QĐ-UBND</td></tr></table></div><div>` + para + `</div><div>` + para + para + `</div>` +
				`<div class="box-share"><a href="https://facebook.com/x">Facebook</a></div></div></body></html>`,
			title: "Quyết định sửa đổi Quy chế công tác thi đua, khen thưởng", published: "2020-10-28", hasText: "Số: 31/2020/QĐ-UBND", lacksText: "Facebook",
		},
		{
			name: "comments with their writers are left out; an author-and-date box holding the date is no byline",
			page: `<html><head><title>Tin - Cổng thông tin điện tử tỉnh Hòa Bình</title></head><body><div class="sfnewsDetails"><h1 class="sfnewsTitle">Đẩy mạnh phong trào thi đua bảo vệ an ninh Tổ quốc</h1><div class="sfnewsAuthorAndDate">(26/03/2021)</div>` +
				`<div class="sfnewsContent">` + para + `<p>Nguồn: Báo Hòa Bình</p></div></div><div class="sfcommentsModuleWrp"><h2>Bình luận (1)</h2><ul><li><strong class="sfcommentAuthor">Trần Văn Hùng</strong><div class="sfcommentText">Phong trào rất thiết thực, mong các xã vùng sâu được quan tâm hơn nữa trong thời gian tới.</div></li></ul></div></body></html>`,
			published: "2021-03-26", author: "Báo Hòa Bình", hasText: "Nguồn: Báo Hòa Bình", lacksText: "Trần Văn Hùng",
		},
		{
			name:      "JSON-LD date and author; NukeViet's meta date",
			page:      `<html><head><title>Khối kinh tế ký kết giao ước thi đua | Báo Bà Rịa - Vũng Tàu</title><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-02-23T11:05:00+07:00","author":{"@type":"Person","name":"Phúc Hiếu"}}</script></head><body><h1>Khối kinh tế ký kết giao ước thi đua</h1><div>` + para + `</div></body></html>`,
			published: "2023-02-23T11:05:00+07:00", author: "Phúc Hiếu",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := Read([]byte(tt.page), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if tt.title != "" && p.Title != tt.title {
				t.Errorf("title %q, want %q", p.Title, tt.title)
			}
			if tt.published != "" && p.Published != tt.published {
				t.Errorf("published %q, want %q", p.Published, tt.published)
			}
			if tt.author != "" && p.Author != tt.author {
				t.Errorf("author %q, want %q", p.Author, tt.author)
			}
			if tt.hasText != "" && !strings.Contains(p.Text, tt.hasText) {
				t.Errorf("text lacks %q:\n%s", tt.hasText, p.Text)
			}
			if tt.lacksText != "" && strings.Contains(p.Text, tt.lacksText) {
				t.Errorf("text has %q:\n%s", tt.lacksText, p.Text)
			}
			if tt.siteHas != "" && !strings.Contains(p.Site, tt.siteHas) {
				t.Errorf("site %q lacks %q", p.Site, tt.siteHas)
			}
		})
	}
}
