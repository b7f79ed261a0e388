package nomination_test

import (
	"fmt"
	"strings"

	"github.com/vnthidua/thidua/nomination"
)

func Example() {
	in, err := nomination.Decode(strings.NewReader(`{
		"award": "CSTD_CS", "year": 2024, "as_of": "2025-01-10",
		"subject": {"kind": "individual", "name": "Nguyễn Thị Lan"},
		"ratings": [{"year": 2024, "rating": "HTTNV"}],
		"leaves": [{"kind": "maternity", "from": "2024-03-01", "to": "2024-08-31"}],
		"conferrer": "unit"
	}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	r, err := nomination.Validate(in.Nomination)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("đủ điều kiện:", r.Eligible, "— chế độ", r.Regime)
	for _, f := range r.Findings {
		if f.Severity == nomination.Error {
			fmt.Printf("%s Điều %d khoản %d: %s\n", f.Citation.Document, f.Citation.Article, f.Citation.Clause, f.Message)
		}
	}
	// Output:
	// đủ điều kiện: false — chế độ 2022
	// 06/2022/QH15 Điều 23 khoản 2: Chưa hoàn thành xuất sắc nhiệm vụ và không có sáng kiến, đề tài khoa học được công nhận trong năm.
}
