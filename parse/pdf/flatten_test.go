package pdf_test

import (
	"context"
	"os"
	"slices"
	"testing"
	"unicode"

	"github.com/vnthidua/thidua/internal/pdflayout"
	"github.com/vnthidua/thidua/parse/pdf"
)

// TestWidgetChars reads the number and day an e-office system stamped into
// signature fields of born-digital letters ("Số: 1445 /SLĐTBXH-LĐVLDN",
// "ngày 03 tháng 10", the 03 slanted), which PDFium's text layer leaves
// out: they are on the header's lines, once. The stamp boxes of a hybrid
// scan (quangngai-qd86, whose pages hold no text of their own) are not
// added, so that its page is still read by OCR.
func TestWidgetChars(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		file       string
		lines      []string // lines of page 1
		maxLetters int      // letters on page 1 at most, for a scan
	}{
		{file: "quangbinh-cv1445-sldtbxh-2022.pdf", lines: []string{"Số: 1445 /SLĐTBXH-LĐVLDN", "Quảng Bình, ngày 03 tháng 10 năm 2022"}},
		{file: "quangngai-cv507-2025.pdf", lines: []string{"Số: 507 /UBND-KGVX", "Quảng Ngãi, ngày 24 tháng 01 năm 2025"}},
		{file: "quangngai-qd86-2025.pdf", maxLetters: 0},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			b, err := os.ReadFile("../testdata/realpdf/" + tt.file)
			if err != nil {
				t.Fatal(err)
			}
			d, err := pdf.Default().Open(ctx, b)
			if err != nil {
				t.Fatal(err)
			}
			defer d.Close()
			p, err := d.Page(ctx, 0)
			if err != nil {
				t.Fatal(err)
			}
			if tt.lines == nil {
				n := 0
				for _, c := range p.Chars {
					if unicode.IsLetter(c.R) {
						n++
					}
				}
				if n > tt.maxLetters {
					t.Errorf("scan page with %d letters: its stamp boxes were taken for text", n)
				}
				return
			}
			got := pdflayout.Lines(p, pdflayout.Options{})
			for _, l := range tt.lines {
				if !slices.Contains(got, l) {
					t.Errorf("no line %q in %q", l, got[:min(len(got), 12)])
				}
			}
		})
	}
}
