package parse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestWithoutQuotedLaw: the articles and clauses a letter quotes, and the
// lead-ins that announce them, are not its tasks; its own items, and
// quotations that are not law (a slogan starting a line), stay.
func TestWithoutQuotedLaw(t *testing.T) {
	tests := []struct {
		name, body string
		want       string // the lines kept, joined with " | "
		tasks      int
	}{
		{"answer quoting a decree's article, closing mark lost",
			"Cục Thuế có ý kiến như sau:\n- Điều 53 Nghị định số 268/2025/NĐ-CP quy định:\n\"Điều 53. Thu hồi Giấy chứng nhận\n1. Định kỳ 03 năm cơ quan có thẩm quyền kiểm tra.\n2. Cơ quan có thẩm quyền thông báo cho doanh nghiệp:\na) Doanh nghiệp giải thể;\nb) Doanh nghiệp không báo cáo.\n- Khoản 1 Điều 68 Nghị định số 268/2025/NĐ-CP quy định:\n\"1. Doanh nghiệp được cấp Giấy chứng nhận tiếp tục được hưởng ưu đãi.\"\nĐề nghị Thuế tỉnh căn cứ quy định trên để thực hiện.",
			"Cục Thuế có ý kiến như sau: | Đề nghị Thuế tỉnh căn cứ quy định trên để thực hiện.", 0},
		{"lead-in wrapped onto a line of its own",
			"- Điểm e khoản 2 Điều 12 Luật Thuế TNDN số 67/2025/QH15\nquy định:\n“e) doanh nghiệp khoa học và công nghệ” thuộc ngành, nghề ưu đãi.\nCăn cứ quy định trên, doanh nghiệp được áp dụng thuế suất 10%.",
			"Căn cứ quy định trên, doanh nghiệp được áp dụng thuế suất 10%.", 0},
		{"the letter's own items around a quoted clause",
			"1. Sở Tài chính hướng dẫn doanh nghiệp.\n2. Khoản 1 Điều 5 Luật quy định:\n“1. Người nộp thuế được miễn thuế.”\n3. Sở Nội vụ báo cáo kết quả.",
			"1. Sở Tài chính hướng dẫn doanh nghiệp. | 2. Khoản 1 Điều 5 Luật quy định: | 3. Sở Nội vụ báo cáo kết quả.", 3},
		{"a slogan starting a line is no law",
			"1. Tiếp tục thực hiện phong trào thi đua\n“Dân vận khéo” trong toàn tỉnh.\n2. Các sở báo cáo kết quả.",
			"1. Tiếp tục thực hiện phong trào thi đua | “Dân vận khéo” trong toàn tỉnh. | 2. Các sở báo cáo kết quả.", 2},
		{"no quotation", "1. Một.\n2. Hai.", "1. Một. | 2. Hai.", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := withoutQuotedLaw(strings.Split(tt.body, "\n"))
			assert.Equal(t, tt.want, strings.Join(got, " | "))
			assert.Len(t, extractTasks(got), tt.tasks)
		})
	}
}

// TestWithoutQuotedLawBounded: a quotation never closed ends after
// maxQuotedLines lines, and the lines after it are the letter's again.
func TestWithoutQuotedLawBounded(t *testing.T) {
	body := []string{"“1. Một."}
	for range maxQuotedLines + 10 {
		body = append(body, "tiếp")
	}
	assert.Len(t, withoutQuotedLaw(body), 10)
}
