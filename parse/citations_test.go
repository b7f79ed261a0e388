package parse

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestCitedNumberForms: a number with a letter after its digits
// ("30c/NQ-CP", "30a/2008/NQ-CP") is cited; a form's number after "Mẫu"
// or "Mẫu số" is not a document.
func TestCitedNumberForms(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"letter after the digits",
			"Báo cáo kết quả\nThực hiện Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của Chính phủ và Nghị quyết số 30a/2008/NQ-CP ngày 27/12/2008 của Chính phủ, Ủy ban nhân dân tỉnh báo cáo kết quả như sau.\n",
			[]string{"30c/NQ-CP", "30a/2008/NQ-CP"}},
		{"forms of an appendix",
			"Hướng dẫn hồ sơ\nHồ sơ gồm báo cáo thành tích theo Mẫu số 01a/TĐKT, mẫu 02/TĐKT và (Mẫu 03/TĐKT) ban hành kèm theo Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ và Quyết định số 12/QĐ-UBND của UBND tỉnh.\n",
			[]string{"98/2023/NĐ-CP", "12/QĐ-UBND"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parseString(t, tt.text).Directive
			got := []string{}
			if d.Number != "" {
				got = append(got, d.Number)
			}
			for _, c := range d.Citations {
				got = append(got, c.Number)
			}
			assert.ElementsMatch(t, tt.want, got)
		})
	}
}
