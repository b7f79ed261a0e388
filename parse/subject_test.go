package parse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestPickSubject: the subject is the mention with the strongest feature
// (issue verb, then detail, then headline); among mentions with the same
// strongest feature, the one whose title is in the headline, then the one
// issued nearest before the page, then the first; a close choice is
// explained in a warning.
func TestPickSubject(t *testing.T) {
	lead := strings.Repeat("Các cơ quan, đơn vị tổ chức triển khai thực hiện nghiêm túc, hiệu quả các nội dung đã đề ra. ", 3)
	for _, tt := range []struct {
		name, text string
		published  string
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
			name: "two issued: the one whose title is in the headline",
			text: "Sở Nội vụ hướng dẫn khen thưởng kháng chiến năm 2024\n" + lead + "\nUBND tỉnh ban hành Kế hoạch số 45/KH-UBND về phong trào thi đua yêu nước năm 2024. Sở Nội vụ ban hành Kế hoạch số 12/KH-SNV về hướng dẫn khen thưởng kháng chiến.",
			want: "12/KH-SNV",
			warn: []string{"12/KH-SNV", "45/KH-UBND", "headline"},
		},
		{
			name:      "two issued: the one issued nearest before the page",
			text:      "Tin tức\n" + lead + "\nUBND tỉnh ban hành Kế hoạch số 45/KH-UBND ngày 02/01/2024 về thi đua. Sở Nội vụ ban hành Kế hoạch số 12/KH-SNV ngày 10/3/2024 hướng dẫn.",
			published: "2024-03-12",
			want:      "12/KH-SNV",
			warn:      []string{"12/KH-SNV", "45/KH-UBND", "nearest"},
		},
		{
			name:      "two issued, both long before the page: the first",
			text:      "Tin tức\n" + lead + "\nUBND tỉnh ban hành Kế hoạch số 45/KH-UBND ngày 02/01/2023 về thi đua. Sở Nội vụ ban hành Kế hoạch số 12/KH-SNV ngày 10/3/2023 hướng dẫn.",
			published: "2024-03-12",
			want:      "45/KH-UBND",
			warn:      []string{"named first"},
		},
		{
			name: "nothing said of any",
			text: "Tin tức\n" + lead + "\nThực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị, các đơn vị báo cáo.",
		},
	} {
		t.Run(tt.name, func(t *testing.T) {
			m, why := pickSubject(tt.text, findMentions(tt.text), tt.published)
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
