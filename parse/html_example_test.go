package parse_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/vnthidua/thidua/parse"
)

func ExampleHTML() {
	page := `<html><head><meta charset="utf-8">
<title>Đẩy mạnh phong trào thi đua năm 2025 - Cổng thông tin điện tử tỉnh Hưng Yên</title></head>
<body><div class="menu"><a href="/">Trang chủ</a> <a href="/tin">Tin tức</a></div>
<div class="detail"><h1>Đẩy mạnh phong trào thi đua năm 2025</h1>
<div class="date">Thứ 3, Ngày 26/11/2024, 08:30</div>
<div class="content"><p>Ngày 25/11/2024, Chủ tịch Ủy ban nhân dân tỉnh ký ban hành Chỉ thị số 08/CT-UBND về việc đẩy mạnh phong trào thi đua yêu nước năm 2025.</p>
<p>Nội dung chi tiết tại <a href="/files/08-CT-UBND.pdf">08-CT-UBND.pdf</a></p>
<p>Duy Tùng</p></div></div>
<div class="other-news"><h3>Tin khác</h3><ul><li><a href="/tin/1">Hội nghị thi đua</a></li><li><a href="/tin/2">Tập huấn</a></li></ul></div>
</body></html>`
	rec, err := parse.HTML(context.Background(), strings.NewReader(page), parse.WithURL("https://hungyen.gov.vn/tin/1.html"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("site:", rec.Source.Site)
	fmt.Println("published:", rec.Source.Published)
	fmt.Println("author:", rec.Source.Author)
	fmt.Println("number:", rec.Directive.Number)
	fmt.Println("attachment:", rec.Directive.Attachments[0].URL)
	// Output:
	// site: Cổng thông tin điện tử tỉnh Hưng Yên
	// published: 2024-11-26
	// author: Duy Tùng
	// number: 08/CT-UBND
	// attachment: https://hungyen.gov.vn/files/08-CT-UBND.pdf
}
