package parse

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/vnthidua/thidua/directive"
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

// TestAppendixCitations: the texts an appendix cites after a PDF's
// signature are the document's citations, with spans, but not the
// document the annex says it belongs to ("Kèm theo Kế hoạch số …", here
// misread by OCR); after a web page's footer the lines are the site's and
// cite nothing.
func TestAppendixCitations(t *testing.T) {
	text := "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG BÌNH\nSố: 672/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nQuảng Bình, ngày 17 tháng 4 năm 2024\nKẾ HOẠCH\nThu thập thông tin về người lao động\nThực hiện Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ.\n1. Các sở triển khai.\n2. UBND các huyện thực hiện.\nNơi nhận:\n- Các sở, ban, ngành;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nHoàng Xuân Tân\nMẫu số 01\nPHIẾU THÔNG TIN VỀ NGƯỜI LAO ĐỘNG\n(Kèm theo Kế hoạch số 612/KH-UBND ngày 17/4/2024 của UBND tỉnh)\n9. Trình độ giáo dục theo Quyết định số 01/2017/QĐ-TTg ngày 17/01/2017 của Thủ tướng Chính phủ.\n"
	for _, tt := range []struct {
		format string
		want   []string
	}{
		{"pdf", []string{"06/QĐ-TTg", "01/2017/QĐ-TTg"}},
		{"html", []string{"06/QĐ-TTg"}},
	} {
		t.Run(tt.format, func(t *testing.T) {
			rec, err := analyze(context.Background(), &document{text: text, source: directive.Source{Format: tt.format}}, newConfig(nil))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, c := range rec.Directive.Citations {
				got = append(got, c.Number)
				assert.Contains(t, rec.Text[c.Span.Start:c.Span.End], c.Number, "span of %s", c.Number)
			}
			assert.Equal(t, tt.want, got)
			assert.Equal(t, "672/KH-UBND", rec.Directive.Number)
		})
	}
}
