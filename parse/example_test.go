package parse_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/vnthidua/thidua/parse"
)

func ExampleText() {
	article := `Ngày 25/11/2024, Chủ tịch Ủy ban nhân dân tỉnh ký ban hành Chỉ thị số 08/CT-UBND về việc đẩy mạnh phong trào thi đua yêu nước năm 2025.
Theo Chỉ thị, các cơ quan thực hiện Luật Thi đua, khen thưởng năm 2022 và Quyết định số 1526/QĐ-TTg ngày 09/12/2022 của Thủ tướng Chính phủ; gắn với các phong trào thi đua: “Cả nước chung sức xây dựng nông thôn mới”, “Vì người nghèo - Không để ai bị bỏ lại phía sau”.
Duy Tùng`
	rec, err := parse.Text(context.Background(), strings.NewReader(article))
	if err != nil {
		fmt.Println(err)
		return
	}
	d := rec.Directive
	fmt.Println(d.KindName, d.Number, d.Issued, d.Issuer.Level)
	fmt.Println(d.Title)
	for _, c := range d.Citations {
		fmt.Println("cites", c.Number)
	}
	for _, c := range d.Campaigns {
		fmt.Println("campaign", c.ID)
	}
	fmt.Println("author:", rec.Source.Author, "| signer:", d.Signer.Name == "")
	// Output:
	// Chỉ thị 08/CT-UBND 2024-11-25 province
	// về việc đẩy mạnh phong trào thi đua yêu nước năm 2025
	// cites 1526/QĐ-TTg
	// cites 06/2022/QH15
	// campaign nong-thon-moi
	// campaign vi-nguoi-ngheo
	// author: Duy Tùng | signer: true
}
