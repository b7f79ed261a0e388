package parse

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/vnthidua/thidua/internal/ocr"
	"github.com/vnthidua/thidua/internal/pdflayout"
	"github.com/vnthidua/thidua/parse/pdf"
)

// TestDropMailStamp reads the first page of two real scans on which an
// incoming-mail stamp ("TRUNG TÂM CÔNG BÁO & TIN HỌC Q. NGÃI / CV ĐẾN /
// Số / Ngày / Chuyển") is printed over the title's second line or beside
// it: with the stamp's words dropped, the title is the document's, and
// the stamp's receiver, fields and number are nowhere in the text.
func TestDropMailStamp(t *testing.T) {
	needTesseract(t)
	tests := []struct {
		file, title, end string
	}{
		{"quangngai-ct07-2018", "Về việc tăng cường công tác thi hành án hành chính", "trên địa bàn tỉnh Quảng Ngãi"},
		// "thực hiện dự" is under the stamp's receiver line and lost.
		{"quangngai-ct08-2018", "Về việc tăng cường công tác quản lý nhà nước để hỗ trợ nhà đầu tư", "án sử dụng vốn ngoài ngân sách nhà nước tại tỉnh Quảng Ngãi"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			ctx := context.Background()
			b, err := os.ReadFile("testdata/realpdf/" + tt.file + ".pdf")
			require.NoError(t, err)
			d, err := pdf.Default().Open(ctx, b)
			require.NoError(t, err)
			defer d.Close()
			p, err := d.Page(ctx, 0)
			require.NoError(t, err)
			img, err := renderForOCR(ctx, d, d.(pdf.Renderer), 0)
			require.NoError(t, err)
			words, err := ocr.Tesseract{}.Read(ctx, img, ocrDPI)
			require.NoError(t, err)
			p.Chars = ocrChars(dropMailStamp(words, ocrDPI), ocrDPI)
			text := pdflayout.Text([]*pdf.Page{p}, pdflayout.Options{})
			rec, err := Text(ctx, strings.NewReader(text))
			require.NoError(t, err)
			title := rec.Directive.Title
			assert.True(t, strings.HasPrefix(title, tt.title) && strings.HasSuffix(title, tt.end) && len(title) < len(tt.title)+len(tt.end)+10, "title %q", title)
			for _, stamp := range []string{"ĐẾN", "Chuyển", "NGÃI €V"} {
				assert.NotContains(t, text, stamp)
			}
			assert.Contains(t, text, "CHỈ THỊ")
		})
	}
}

// TestMailStampBody reads a page of a real scan whose body has "đến",
// "Số" and "ngày" close together (quangbinh-kh672, page 2: "kê khai ...
// theo Nghị định SỐ 122/2020/NĐ-CP ngày 15/10/2020 ... đến ..."): it has
// no stamp, and no word is dropped.
func TestMailStampBody(t *testing.T) {
	needTesseract(t)
	ctx := context.Background()
	b, err := os.ReadFile("testdata/realpdf/quangbinh-kh672-2024.pdf")
	require.NoError(t, err)
	d, err := pdf.Default().Open(ctx, b)
	require.NoError(t, err)
	defer d.Close()
	img, err := renderForOCR(ctx, d, d.(pdf.Renderer), 1)
	require.NoError(t, err)
	words, err := ocr.Tesseract{}.Read(ctx, img, ocrDPI)
	require.NoError(t, err)
	assert.Len(t, dropMailStamp(words, ocrDPI), len(words))
}
