package parse

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/vnthidua/thidua/internal/ocr"
	"github.com/vnthidua/thidua/internal/pdflayout"
	"github.com/vnthidua/thidua/parse/pdf"
)

// TestRereadSignature reads the signing block of real scanned pages a
// second time on its own: quangbinh-kh672, page 5 ("KT. CHỦ TỊCH / PHÓ
// CHỦ TỊCH", a signature and a red seal over them, "Hoàng Xuân Tân"),
// whose page OCR drops the name and splits the position, and
// quangbinh-ttr2753, page 1 ("GIÁM ĐỐC / Trần Chí Tiến" under the rim
// of a red seal), read whole only with its dark ink kept. The words of
// the page outside the block are kept.
func TestRereadSignature(t *testing.T) {
	needTesseract(t)
	tests := []struct {
		file       string
		page       int
		want       []string
		recipients []string // of the page's record, when it holds them all
	}{
		{"quangbinh-kh672-2024", 4, []string{"PHÓ CHỦ TỊCH", "Hoàng Xuân Tân", "Nơi nhận:", "Lưu: VT, KSTTHC, NCVX.", "Trung tâm Dịch vụ việc làm Quảng Bình"}, nil},
		{"quangbinh-ttr2753-khenthuong-2022", 0, []string{"GIÁM ĐÓC", "Trần Chí Tiến", "Nơi nhận:", "Lưu: VT, VP."},
			[]string{"Hội đồng TĐ-KT tỉnh", "Sở Nội vụ", "Lãnh đạo Sở", "Lưu: VT, VP"}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			ctx := context.Background()
			b, err := os.ReadFile("testdata/realpdf/" + tt.file + ".pdf")
			if err != nil {
				t.Fatal(err)
			}
			d, err := pdf.Default().Open(ctx, b)
			if err != nil {
				t.Fatal(err)
			}
			defer d.Close()
			img, err := renderForOCR(ctx, d, d.(pdf.Renderer), tt.page)
			if err != nil {
				t.Fatal(err)
			}
			var tess ocr.Tesseract
			words, err := tess.Read(ctx, img, ocrDPI)
			if err != nil {
				t.Fatal(err)
			}
			text := func(ws []ocr.Word) string {
				var s []string
				for _, w := range ws {
					s = append(s, w.Text)
				}
				return strings.Join(s, " ")
			}
			again := rereadSignature(ctx, tess, img, ocrDPI, words)
			got := text(again)
			for _, want := range tt.want {
				if !strings.Contains(got, want) {
					t.Errorf("no %q in %q", want, got[max(0, len(got)-600):])
				}
			}
			if tt.recipients == nil {
				return
			}
			// The lines the block shared with the recipients list keep to
			// their own baselines (refitLines).
			p, err := d.Page(ctx, tt.page)
			if err != nil {
				t.Fatal(err)
			}
			p.Chars = ocrChars(again, ocrDPI)
			rec, err := Text(ctx, strings.NewReader(pdflayout.Text([]*pdf.Page{p}, pdflayout.Options{})))
			if err != nil {
				t.Fatal(err)
			}
			assert.Equal(t, tt.recipients, rec.Directive.Recipients)
		})
	}
}

// TestLosesCaps: a second reading of a signing block that loses a
// confidently read word in capitals of the first (the position) is not
// kept; one that keeps them, or loses only doubtful ones, is.
func TestLosesCaps(t *testing.T) {
	w := func(text string, conf float64) ocr.Word { return ocr.Word{Text: text, Conf: conf} }
	tests := []struct {
		name          string
		before, again []ocr.Word
		want          bool
	}{
		{"position lost (quangbinh-ttr2753)", []ocr.Word{w("GIÁM", 91), w("ĐÓC", 88), w("lau", 30)}, []ocr.Word{w("riận", 60), w("Chí", 92), w("Tiến", 90)}, true},
		{"position kept (quangbinh-kh672)", []ocr.Word{w("PHÓ", 85), w("KƑCHỦ", 40)}, []ocr.Word{w("KƑCHỦ", 60), w("PHÓ", 93), w("CHỦ", 95), w("TỊCH", 96), w("Hoàng", 95)}, false},
		{"doubtful capitals", []ocr.Word{w("ĐEN", 45), w("N", 90)}, []ocr.Word{w("Hoàng", 95)}, false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, losesCaps(tt.before, tt.again), tt.name)
	}
}
