package province_test

import (
	"fmt"

	"github.com/vnthidua/thidua/province"
)

func Example() {
	for _, name := range []string{"tỉnh Bình Dương", "Thái Bình", "Hoà Bình", "TP.HCM", "Thừa Thiên - Huế"} {
		p, _ := province.Current(name)
		fmt.Printf("%s → %s\n", name, p.Name)
	}
	name, p, _ := province.Find("ỦY BAN NHÂN DÂN TỈNH BÌNH DƯƠNG")
	now, _ := province.ByID(p.Becomes)
	fmt.Println(name, "|", p.Name, "|", now.Name)
	fmt.Println(len(province.All()), len(province.Before2025()))
	// Output:
	// tỉnh Bình Dương → Thành phố Hồ Chí Minh
	// Thái Bình → Tỉnh Hưng Yên
	// Hoà Bình → Tỉnh Phú Thọ
	// TP.HCM → Thành phố Hồ Chí Minh
	// Thừa Thiên - Huế → Thành phố Huế
	// BÌNH DƯƠNG | Tỉnh Bình Dương | Thành phố Hồ Chí Minh
	// 34 63
}
