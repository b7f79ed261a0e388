package parse

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/vnthidua/thidua/directive"
	"github.com/vnthidua/thidua/internal/fold"
)

// TestFindLaunches: the campaign a document launches, with its kind and
// period, apart from the campaigns launched by others that it mentions.
func TestFindLaunches(t *testing.T) {
	tests := []struct {
		name    string
		title   string
		subject string
		body    []string
		want    []directive.Launch
	}{
		{
			name:  "special spell to the end of a year",
			title: "Phát động Đợt thi đua đặc biệt lập thành tích chào mừng Đại hội Đảng bộ tỉnh lần thứ XXI đến hết năm 2025",
			want: []directive.Launch{{
				Name: "Đợt thi đua đặc biệt lập thành tích chào mừng Đại hội Đảng bộ tỉnh lần thứ XXI đến hết năm 2025",
				Kind: "theo_dot", To: "2025-12-31", Period: "đến hết năm 2025",
			}},
		},
		{
			name:    "a plan for a term",
			title:   "Kế hoạch phát động phong trào thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội giai đoạn 2022 - 2025",
			subject: "45/KH-UBND",
			want: []directive.Launch{{
				Name: "Phong trào thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội giai đoạn 2022 - 2025",
				From: "2022-01-01", To: "2025-12-31", Period: "giai đoạn 2022 - 2025",
			}},
		},
		{
			name: "a subject campaign in the body",
			body: []string{"Ủy ban nhân dân huyện phát động phong trào thi đua chuyên đề “Chung tay xây dựng đô thị văn minh” năm 2024 trong toàn huyện."},
			want: []directive.Launch{{
				Name: "Phong trào thi đua chuyên đề “Chung tay xây dựng đô thị văn minh” năm 2024",
				Kind: "chuyen_de", From: "2024-01-01", To: "2024-12-31", Period: "năm 2024",
			}},
		},
		{
			name:    "the title of a cited document",
			subject: "08/CT-UBND",
			body:    []string{"Thực hiện Chỉ thị số 19/CT-TTg ngày 29/6/2021 của Thủ tướng Chính phủ về việc phát động phong trào thi đua cả nước chung tay phòng, chống dịch COVID-19."},
		},
		{
			name: "launched by someone else",
			body: []string{"Hưởng ứng phong trào thi đua “Cả nước chung sức xây dựng nông thôn mới” do Thủ tướng Chính phủ phát động."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := findLaunches(tt.title, tt.subject, tt.body)
			if len(tt.want) == 0 {
				assert.Empty(t, got)
				return
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestMovementsIn: standing movements named without quotes count after a
// cue and with a capital letter, not as ordinary words.
func TestMovementsIn(t *testing.T) {
	tests := []struct {
		para string
		want []string
	}{
		{"Bộ Chỉ huy Quân sự tỉnh phát động phong trào Thi đua Quyết thắng năm 2020.", []string{"Thi đua Quyết thắng"}},
		{"gắn với phong trào Toàn dân bảo vệ an ninh Tổ quốc trên địa bàn", []string{"Toàn dân bảo vệ an ninh Tổ quốc"}},
		{"đẩy mạnh cuộc vận động Người Việt Nam ưu tiên dùng hàng Việt Nam", []string{"Người Việt Nam ưu tiên dùng hàng Việt Nam"}},
		{"tổ chức phong trào thi đua lao động giỏi, lao động sáng tạo, bảo đảm an toàn", nil},
		{"Lực lượng vũ trang tổ chức phong trào thi đua quyết thắng, bảo vệ vững chắc", nil},
		{"Thi đua Quyết thắng là truyền thống của quân đội", nil}, // no cue
	}
	for _, tt := range tests {
		standing, _ := movementsIn([]string{tt.para}, fold.FoldEach([]string{tt.para}))
		assert.Equal(t, tt.want, standing, tt.para)
	}
}
