package parse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/vnthidua/thidua/directive"
)

// TestNumberInName reads the number a file name shows next to the code of
// its symbol or kind. The names are those the real PDFs of
// testdata/realpdf had where they were published (its README), and names
// that show other numbers: a Unix time, a register number, a year.
func TestNumberInName(t *testing.T) {
	tests := []struct {
		name, code, kind, want string
	}{
		{"2352 ( 07-CT-UBND).signed_1.pdf", "CT", "CT", "07"}, // register number 2352 first
		{"2770 (08-CT-UBND)..signed_1.pdf", "CT", "CT", "08"},
		{"16CT.signed_1.pdf", "CT", "CT", "16"},
		{"04 QĐ 138.signed_1.pdf", "QĐ", "QĐ", "04"}, // 138 of BCĐ138 after the kind
		{"86 QĐ CT.signed_1.pdf", "QĐ", "QĐ", "86"},
		{"2191_CT-CS.pdf", "CT", "CV", "2191"},
		{"464-ttg.signed.pdf", "TTg", "CV", "464"},
		{"kh-753-ke-hoach-e.pdf", "KH", "KH", "753"},
		{"quangngai-ct07-2018.pdf", "CT", "CT", "07"},
		{"cucthue-cv2191-ctcs-2026.pdf", "CT", "CV", "2191"},
		{"phutho-cv4532-ubnd-2011.pdf", "UBND", "CV", "4532"},
		{"vht507.signed_1.pdf", "UBND", "CV", ""},           // no code beside it
		{"1723079619KH_TINH_QB_signed.pdf", "KH", "KH", ""}, // a Unix time
		{"1668482344_totrinh.pdf", "TTr", "TTr", ""},
		{"CV-huong-dan-2022_signed.pdf", "SLĐTBXH", "CV", ""}, // the year after other words
		{"07-CT-UBND va 08-CT-UBND.pdf", "CT", "CT", ""},      // two numbers
		{"haugiang-bc-stc-giathitruong-2024.pdf", "BC", "BC", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, numberInName(tt.name, tt.code, tt.kind))
		})
	}
}

// TestNumberFromName fills a number the header leaves blank or illegible
// from the file name, with a warning naming the file; a number read on
// the page, a header without a symbol, or a name whose number is the
// year of the document give nothing.
func TestNumberFromName(t *testing.T) {
	const header = "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\n{number}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nQuảng Ngãi, ngày 20 tháng 3 năm 2018\nCHỈ THỊ\nVề việc tăng cường công tác thi hành án hành chính\n"
	tests := []struct {
		name, numberLine, file, number, want string
	}{
		{"illegible", "# /CT-UBND", "quangngai-ct07-2018.pdf", "", "07/CT-UBND"},
		{"blank", "/CT-UBND", "2352 ( 07-CT-UBND).signed.pdf", "", "07/CT-UBND"},
		{"read on the page", "07/CT-UBND", "quangngai-ct09-2018.pdf", "07/CT-UBND", "07/CT-UBND"},
		{"no symbol", "", "quangngai-ct07-2018.pdf", "", ""},
		{"year", "/CT-UBND", "ct-2018.pdf", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			line := ""
			if tt.numberLine != "" {
				line = "Số: " + tt.numberLine + "\n"
			}
			text := strings.Replace(header, "{number}", line, 1)
			rec := &directive.Record{Directive: directive.Directive{Number: tt.number, Kind: "CT", Issued: "2018-03-20"}}
			numberFromName(rec, readHeader(strings.Split(text, "\n")).symbol, tt.file)
			assert.Equal(t, tt.want, rec.Directive.Number)
			if tt.number == "" && tt.want != "" {
				assert.Len(t, rec.Warnings, 1)
				assert.Contains(t, rec.Warnings[0], tt.file)
			} else {
				assert.Empty(t, rec.Warnings)
			}
		})
	}
}
