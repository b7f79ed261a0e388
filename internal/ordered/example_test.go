package ordered_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/vnthidua/thidua/internal/ordered"
)

func Example() {
	inputs := []string{"chỉ thị", "kế hoạch", "quyết định"}
	ordered.Map(context.Background(), len(inputs), 2, func(_ context.Context, i int) string {
		return strings.ToUpper(inputs[i])
	}, func(i int, v string) bool {
		fmt.Println(i, v)
		return true
	})
	// Output:
	// 0 CHỈ THỊ
	// 1 KẾ HOẠCH
	// 2 QUYẾT ĐỊNH
}
