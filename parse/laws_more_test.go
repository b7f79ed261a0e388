package parse

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestFindMoreNamedLaws: the laws real published documents cite by name
// (testdata/realpdf) resolve to their numbers, by year or by date; a law
// whose name begins like one of them does not.
func TestFindMoreNamedLaws(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Căn cứ Luật Thanh tra ngày 14/11/2022;", []string{"11/2022/QH15"}},                                   // quangngai-qd86
		{"theo quy định của Luật Tố tụng hành chính năm 2015 và Nghị định", []string{"93/2015/QH13"}},          // quangngai-ct07
		{"1. Thực hiện Luật giá ngày 19 tháng 6 năm 2023 có hiệu lực kể từ ngày 01", []string{"16/2023/QH15"}}, // haugiang-bc-stc
		{"Căn cứ Luật Thuế thu nhập doanh nghiệp năm 2008;", []string{"14/2008/QH12"}},
		{"Căn cứ Luật Giáo dục năm 2019;", nil},
		{"Căn cứ Luật Thanh tra;", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, m := range findNamedLaws(tt.text) {
			got = append(got, m.num.Text)
		}
		assert.Equal(t, tt.want, got, tt.text)
	}
}
