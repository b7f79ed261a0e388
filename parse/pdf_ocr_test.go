package parse

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/vnthidua/thidua/internal/ocr"
	"github.com/vnthidua/thidua/internal/pdflayout"
	"github.com/vnthidua/thidua/parse/pdf"
)

// TestOCRCharsEth reads the eth tesseract makes of a bold Đ (quangngai-qd86:
// "/QĐÐ-UBND") as the Đ it is: Vietnamese has no eth, and the doubled
// letter kept the symbol of the number from being read.
func TestOCRCharsEth(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"/QĐÐ-UBND", "/QĐ-UBND "},
		{"/QÐ-UBND", "/QĐ-UBND "},
		{"ĐÀO", "ĐÀO "},
		// quangngai-ct08: the day "03" written in by hand.
		{"Ø3", "03 "},
		{"2Ø18", "2018 "},
		{"Ø", "Ø "},
		{"Øresund", "Øresund "},
		// quangngai-ct07: the day "20" written in by hand.
		{"|2", "l2 "},
		// quangngai-ct16: a speck read as a section sign in a number.
		{"119/KH-BCĐ38§9QNg", "119/KH-BCĐ389QNg "},
		{"01/KH-BCĐ389QN§g", "01/KH-BCĐ389QNg "},
		{"§2", "§2 "},
	} {
		var got []rune
		for _, c := range ocrChars([]ocr.Word{{Text: tt.in, Left: 100, Right: 400, Top: 10, Bottom: 50, LineTop: 10, LineBottom: 50}}, 300) {
			got = append(got, c.R)
		}
		assert.Equal(t, tt.want, string(got), tt.in)
	}
}

// TestOCRBarDay reads the date line of quangngai-ct07 as OCR gives it,
// the day "20" written in by hand read as "|2": the day is not legible,
// and no date is given; before, the bar split the line into cells and
// left the day 2.
func TestOCRBarDay(t *testing.T) {
	words := []ocr.Word{
		{Text: "Quảng", Left: 1290, Top: 397, Right: 1433, Bottom: 447},
		{Text: "Ngãi,", Left: 1443, Top: 397, Right: 1556, Bottom: 446},
		{Text: "ngày", Left: 1577, Top: 396, Right: 1690, Bottom: 447},
		{Text: "|2", Left: 1700, Top: 382, Right: 1735, Bottom: 451},
		{Text: "tháng", Left: 1751, Top: 396, Right: 1867, Bottom: 447},
		{Text: "3", Left: 1885, Top: 397, Right: 1908, Bottom: 435},
		{Text: "năm", Left: 1937, Top: 398, Right: 2027, Bottom: 435},
		{Text: "2018", Left: 2043, Top: 397, Right: 2148, Bottom: 436},
	}
	for i := range words {
		words[i].LineTop, words[i].LineBottom, words[i].Conf = 385, 447, 90
	}
	p := &pdf.Page{Width: 595, Height: 842, Chars: ocrChars(words, 300)}
	text := "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 07/CT-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n" + pdflayout.Text([]*pdf.Page{p}, pdflayout.Options{}) + "CHỈ THỊ\nVề việc tăng cường công tác thi hành án hành chính\n"
	rec, err := Text(context.Background(), strings.NewReader(text))
	if err != nil {
		t.Fatal(err)
	}
	assert.Empty(t, rec.Directive.Issued, text)
	assert.Equal(t, "Quảng Ngãi", rec.Directive.Place, text)
}

// TestJoinSplitSymbols joins the symbol OCR split at its dash in
// quangbinh-kh672 ("Quyết định số 90/QĐ- -TTg ngày 18/01/2022"): the
// number is then cited. A list dash after a number is left alone.
func TestJoinSplitSymbols(t *testing.T) {
	text := joinSplitSymbols("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG BÌNH\nSố: 672/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nQuảng Bình, ngày 17 tháng 4 năm 2024\nKẾ HOẠCH\nThu thập thông tin về người lao động\nThực hiện Quyết định số 90/QĐ- -TTg ngày 18/01/2022 của Thủ tướng Chính phủ và Thông tư số 11/2022/TT-BLĐTBXH.\nTổng số: 12/3 - - Các đơn vị\n")
	assert.Contains(t, text, "số 90/QĐ-TTg ngày")
	assert.Contains(t, text, "12/3 - - Các")
	rec, err := Text(context.Background(), strings.NewReader(text))
	if err != nil {
		t.Fatal(err)
	}
	var cites []string
	for _, c := range rec.Directive.Citations {
		cites = append(cites, c.Number)
	}
	assert.Contains(t, cites, "90/QĐ-TTg")
}

// TestJoinSplitNumbers: a number OCR split after a one misread as "l"
// (quangngai-qd04's "2l" "05/UBND-NC") is joined; words a real space
// apart, on other lines, or with other letters are kept.
func TestJoinSplitNumbers(t *testing.T) {
	w := func(text string, left, right, top int) ocr.Word {
		return ocr.Word{Text: text, Left: left, Right: right, Top: top, Bottom: top + 40, LineTop: top, LineBottom: top + 40, Conf: 90}
	}
	tests := []struct {
		name  string
		words []ocr.Word
		want  []string
	}{
		{"qd04", []ocr.Word{w("sô", 984, 1036, 100), w("2l", 1057, 1109, 100), w("05/UBND-NC", 1116, 1445, 100)}, []string{"sô", "2105/UBND-NC"}},
		{"I for one", []ocr.Word{w("I2", 0, 50, 100), w("3/KH-UBND", 55, 300, 100)}, []string{"123/KH-UBND"}},
		{"a real space", []ocr.Word{w("2l", 1057, 1109, 100), w("05/UBND-NC", 1130, 1445, 100)}, []string{"2l", "05/UBND-NC"}},
		{"another line", []ocr.Word{w("2l", 1057, 1109, 100), w("05/UBND-NC", 1110, 1445, 160)}, []string{"2l", "05/UBND-NC"}},
		{"a word", []ocr.Word{w("Il", 0, 50, 100), w("05/UBND-NC", 55, 300, 100)}, []string{"Il", "05/UBND-NC"}},
		{"digits only", []ocr.Word{w("21", 0, 50, 100), w("05/UBND-NC", 55, 300, 100)}, []string{"21", "05/UBND-NC"}},
		{"no number after", []ocr.Word{w("2l", 0, 50, 100), w("tháng", 55, 300, 100)}, []string{"2l", "tháng"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, w := range joinSplitNumbers(tt.words) {
				got = append(got, w.Text)
			}
			assert.Equal(t, tt.want, got)
		})
	}
}
