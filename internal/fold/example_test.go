package fold_test

import (
	"fmt"

	"github.com/vnthidua/thidua/internal/fold"
)

func Example() {
	fmt.Println(fold.String("Tỉnh Hoà Bình") == fold.String("tinh  HÒA-BÌNH"))
	fmt.Println(fold.String("“Cả nước chung tay vì người nghèo”"))
	// Output:
	// true
	// ca nuoc chung tay vi nguoi ngheo
}
