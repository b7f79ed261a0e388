package htmltext

import (
	"testing"

	"golang.org/x/net/html/atom"
)

func TestReadByline(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Bài viết.\n\nDuy Tùng", "Duy Tùng"},
		{"Bài viết.\n\nLê Phương - (Haiphong.gov.vn)", "Lê Phương"},
		{"Bài viết.\n\nNguồn: Báo Hưng Yên", "Báo Hưng Yên"},
		{"Bài viết.\n\nTin: Lan Anh; Ảnh: Hùng", "Lan Anh"},
		{"Bài viết.\n\nMinh Tuấn\nNguồn: Sở Nội vụ", "Minh Tuấn"},
		{"Bài viết.\n\nThu Hà (Sở Nội vụ)", "Thu Hà"},
		{"Nơi nhận:\n- Như trên;\n\nCHỦ TỊCH\nNguyễn Hoàng Thao", ""},
		{"Điều khoản thi hành.\n\nCHỦ TỊCH\nNguyễn Hoàng Thao", ""},
		{"Các cơ quan, đơn vị tổ chức thực hiện nghiêm túc.", ""},
	}
	for _, tt := range tests {
		if got := readByline(tt.text); got != tt.want {
			t.Errorf("readByline(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestMetaLabels(t *testing.T) {
	page := `<html><body><div class="menu"><a href="/">Trang chủ</a></div>
<table class="vb"><tr><td>Số ký hiệu</td><td>08/CT-UBND</td></tr><tr><td>Ngày ban hành:</td><td>25/11/2024</td></tr>
<tr><td>Ngày đăng:</td><td>26/11/2024</td></tr><tr><td>Tác giả</td><td>Duy Tùng</td></tr></table>
<div class="content"><p>Ngày 25/11/2024, Chủ tịch Ủy ban nhân dân tỉnh ký ban hành Chỉ thị số 08/CT-UBND về việc đẩy mạnh phong trào thi đua yêu nước, lập thành tích chào mừng các ngày lễ lớn.</p></div>
<table class="ms-formtable" style="display:none"><tr><td>Tác giả</td><td>Ẩn Danh</td></tr></table></body></html>`
	p, err := Read([]byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if p.Published != "2024-11-26" {
		t.Errorf("published %q, want the page's date, not the document's", p.Published)
	}
	if p.Author != "Duy Tùng" {
		t.Errorf("author %q", p.Author)
	}
}

func TestSite(t *testing.T) {
	tests := []struct{ page, want string }{
		{`<title>Phát động thi đua năm 2021 - Sở Nội vụ tỉnh Bình Dương</title><p>x</p>`, "Sở Nội vụ tỉnh Bình Dương"},
		{`<title>Phát triển kinh tế - xã hội năm 2021</title><p>x</p>`, ""},
		{`<title>Thanh tra thành phố Hải Phòng | Phát động phong trào thi đua thực hiện thắng lợi</title><p>x</p>`, "Thanh tra thành phố Hải Phòng"},
		{`<title>Tin</title><div class="banner-name">THANH TRA THÀNH PHỐ HẢI PHÒNG</div><p>x</p><div class="footer">Bản quyền thuộc Thanh tra thành phố Hải Phòng. Địa chỉ: 51 Lương Khánh Thiện</div>`, "Thanh tra thành phố Hải Phòng"},
		{`<title>Tin</title><p>x</p><div>Cơ quan chủ quản: Ủy ban nhân dân tỉnh Bình Dương. Điện thoại: 0274</div>`, "Ủy ban nhân dân tỉnh Bình Dương"},
	}
	for _, tt := range tests {
		root, _, err := parseTree(tt.page)
		if err != nil {
			t.Fatal(err)
		}
		mi := readHead(root)
		if got := pageSite(find(root, atom.Body), mi); got != tt.want {
			t.Errorf("site of %q = %q, want %q", tt.page, got, tt.want)
		}
	}
}

// A date in the banner is today's, not the article's.
func TestBannerDate(t *testing.T) {
	page := `<html><body><div class="top"><span class="today">Thứ Hai, ngày 25/11/2024</span></div>
<h1>Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023</h1>
<div class="content"><p>Sáng nay, Ủy ban nhân dân tỉnh tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023 và triển khai nhiệm vụ năm 2024, với sự tham dự của lãnh đạo các sở, ban, ngành.</p></div></body></html>`
	p, err := Read([]byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if p.Published != "" {
		t.Errorf("published %q from the banner", p.Published)
	}
}
