package htmltext_test

import (
	"fmt"

	"github.com/vnthidua/thidua/internal/htmltext"
)

func ExampleRead() {
	page := []byte(`<html><head><title>Phát động thi đua năm 2025 - Cổng thông tin điện tử tỉnh Hưng Yên</title></head>
<body><nav><a href="/">Trang chủ</a> <a href="/tin">Tin tức</a></nav>
<div class="detail"><h1>Phát động thi đua năm 2025</h1><div class="date">Thứ 3, Ngày 26/11/2024, 08:30</div>
<div class="content"><p>Ngày 25/11/2024, Chủ tịch Ủy ban nhân dân tỉnh ký ban hành Chỉ thị số 08/CT-UBND về việc đẩy mạnh phong trào thi đua.</p>
<p>Các sở, ban, ngành tổ chức thực hiện nghiêm túc, hiệu quả.</p>
<p><a href="/files/08-CT-UBND.pdf">08-CT-UBND.pdf</a></p><p>Duy Tùng</p></div>
<div class="related"><h3>Tin liên quan</h3><ul><li><a href="/tin/1">Hội nghị thi đua</a></li><li><a href="/tin/2">Tập huấn</a></li></ul></div></div>
<footer>Bản quyền thuộc Cổng thông tin điện tử tỉnh Hưng Yên</footer></body></html>`)
	p, err := htmltext.Read(page, htmltext.Options{BaseURL: "https://hungyen.gov.vn/tin/1.html"})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(p.Text)
	fmt.Println("--")
	fmt.Println("site:", p.Site)
	fmt.Println("published:", p.Published)
	fmt.Println("author:", p.Author)
	fmt.Println("attachment:", p.Attachments[0].URL)
	// Output:
	// Phát động thi đua năm 2025
	//
	// Ngày 25/11/2024, Chủ tịch Ủy ban nhân dân tỉnh ký ban hành Chỉ thị số 08/CT-UBND về việc đẩy mạnh phong trào thi đua.
	//
	// Các sở, ban, ngành tổ chức thực hiện nghiêm túc, hiệu quả.
	//
	// 08-CT-UBND.pdf
	//
	// Duy Tùng
	// --
	// site: Cổng thông tin điện tử tỉnh Hưng Yên
	// published: 2024-11-26
	// author: Duy Tùng
	// attachment: https://hungyen.gov.vn/files/08-CT-UBND.pdf
}
