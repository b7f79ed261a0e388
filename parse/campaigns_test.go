package parse

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/vnthidua/thidua/internal/fold"
)

// TestWrappedQuotes: a campaign's name in quotes that the page's layout
// or OCR wrapped over two or three lines is read whole, and its span
// covers the name as written, line end included; quotes closed on their
// own line, and a quote never closed, change nothing.
func TestWrappedQuotes(t *testing.T) {
	head := "UBND TỈNH QUẢNG NGÃI\nSố: 16/CT-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nQuảng Ngãi, ngày 27 tháng 12 năm 2021\nCHỈ THỊ\nVề việc đón Tết\n"
	tests := []struct {
		name, body string
		want       []string
	}{
		{"straight quotes over a line end",
			"1. Sở Công Thương thực hiện tốt Cuộc vận động \"Người Việt Nam\nưu tiên dùng hàng Việt Nam\", Chương trình đưa hàng Việt về nông thôn.\n2. Các sở thực hiện.\n",
			[]string{"Người Việt Nam ưu tiên dùng hàng Việt Nam"}},
		{"curly quotes over two line ends",
			"1. Đẩy mạnh phong trào thi đua “Cả nước chung\ntay vì người nghèo - Không\nđể ai bị bỏ lại phía sau” trong toàn tỉnh.\n",
			[]string{"Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau"}},
		{"closed on its line",
			"1. Đẩy mạnh phong trào thi đua “Dân vận khéo” năm 2022.\n2. Các sở thực hiện.\n",
			[]string{"Dân vận khéo"}},
		{"never closed",
			"1. Đẩy mạnh phong trào thi đua “tuổi trẻ sáng tạo\n2. Các sở thực hiện.\n3. Báo cáo kết quả.\n4. Tổng kết.\n",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := parseString(t, head+tt.body)
			var names []string
			for _, c := range rec.Directive.Campaigns {
				names = append(names, c.Name)
				assert.Equal(t, fold.Words(c.Name), fold.Words(rec.Text[c.Span.Start:c.Span.End]), "span of %q", c.Name)
			}
			assert.Equal(t, tt.want, names)
		})
	}
}

// TestLocalMovements: a movement outside the catalogue named without
// quotes after "phong trào" counts when the text names it so twice (a
// headline and its lead); once is not enough, a run of words too long
// for a name is a sentence, and a standing movement with its year's round
// is not read a second time.
func TestLocalMovements(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"headline and lead",
			"Tiếp tục thực hiện hiệu quả phong trào Ngày Chủ nhật Xanh - Sạch - Đẹp\n\nNhằm tiếp tục thực hiện có hiệu quả phong trào Ngày Chủ nhật Xanh - Sạch - Đẹp, Chủ tịch UBND thành phố vừa ban hành văn bản chỉ đạo các quận, huyện xây dựng kế hoạch thực hiện.\n",
			[]string{"Ngày Chủ nhật Xanh - Sạch - Đẹp"}},
		{"named once",
			"Nhằm tiếp tục thực hiện có hiệu quả phong trào Ngày Chủ nhật Xanh - Sạch - Đẹp, Chủ tịch UBND thành phố vừa ban hành văn bản chỉ đạo các quận, huyện xây dựng kế hoạch thực hiện.\n",
			nil},
		{"a sentence, not a name",
			"Tham gia phong trào Hội Phụ nữ tỉnh phát động từ đầu năm đến nay với nhiều hoạt động thiết thực.\n\nTham gia phong trào Hội Phụ nữ tỉnh phát động từ đầu năm đến nay với nhiều hoạt động thiết thực.\n",
			nil},
		{"a standing movement's round",
			"Bộ Chỉ huy Quân sự tỉnh phát động phong trào Thi đua Quyết thắng năm 2020\n\nBộ Chỉ huy Quân sự tỉnh vừa tổ chức phát động phong trào Thi đua Quyết thắng năm 2020.\n",
			[]string{"Thi đua Quyết thắng"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var names []string
			for _, c := range parseString(t, tt.text).Directive.Campaigns {
				names = append(names, c.Name)
			}
			assert.Equal(t, tt.want, names)
		})
	}
}
