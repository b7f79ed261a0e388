package parse

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/vnthidua/thidua/internal/ocr"
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
	} {
		var got []rune
		for _, c := range ocrChars([]ocr.Word{{Text: tt.in, Left: 100, Right: 400, Top: 10, Bottom: 50, LineTop: 10, LineBottom: 50}}, 300) {
			got = append(got, c.R)
		}
		assert.Equal(t, tt.want, string(got), tt.in)
	}
}
