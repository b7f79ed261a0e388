package parse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestPickSubject: the subject is the first mention with the strongest
// feature (issue verb, then detail, then headline), and a close choice,
// another mention with the same feature, is explained in a warning.
func TestPickSubject(t *testing.T) {
	lead := strings.Repeat("Các cơ quan, đơn vị tổ chức triển khai thực hiện nghiêm túc, hiệu quả các nội dung đã đề ra. ", 3)
	for _, tt := range []struct {
		name, text string
		want       string
		warn       []string // words the warning holds; nil: no warning
	}{
		{
			name: "issue verb over headline",
			text: "Triển khai Kế hoạch số 12/KH-SNV\n" + lead + "\nNgày 12/3/2024, UBND tỉnh ban hành Kế hoạch số 45/KH-UBND về thi đua.",
			want: "45/KH-UBND",
		},
		{
			name: "two issued: the first, and why",
			text: "Tin tức\n" + lead + "\nUBND tỉnh ban hành Kế hoạch số 45/KH-UBND về thi đua. Sở Nội vụ ban hành Kế hoạch số 12/KH-SNV hướng dẫn.",
			want: "45/KH-UBND",
			warn: []string{"45/KH-UBND", "12/KH-SNV", "issue verb"},
		},
		{
			name: "detail over a citation",
			text: "Tin tức\n" + lead + "\nThực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị, các đơn vị báo cáo. Nội dung chi tiết tại Kế hoạch số 45/KH-UBND.",
			want: "45/KH-UBND",
		},
		{
			name: "nothing said of any",
			text: "Tin tức\n" + lead + "\nThực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị, các đơn vị báo cáo.",
		},
	} {
		t.Run(tt.name, func(t *testing.T) {
			m, why := pickSubject(tt.text, findMentions(tt.text))
			got := ""
			if m != nil {
				got = m.num.Text
			}
			assert.Equal(t, tt.want, got)
			if tt.warn == nil {
				assert.Empty(t, why)
			}
			for _, w := range tt.warn {
				assert.Contains(t, why, w)
			}
		})
	}
}
