package campaign_test

import (
	"fmt"

	"github.com/vnthidua/thidua/campaign"
)

func ExampleMatch() {
	for _, name := range []string{
		"Đẩy mạnh phát triển kết cấu hạ tâng đồng bộ, hiện đại; thực hành tiết kiệm, chống lãng phí",
		"Cả nước chung tay vì người nghèo, không để ai bị bỏ lại phía sau",
		"Hưng Yên đẩy mạnh thực hiện Đề án Chuyển đổi số",
	} {
		n, _, ok := campaign.Match(name)
		fmt.Println(ok, n.ID)
	}
	// Output:
	// true ket-cau-ha-tang
	// true vi-nguoi-ngheo
	// false
}
