package parse

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestFixOCRPosition restores the marks OCR misreads in a known position
// and keeps any other position as read.
func TestFixOCRPosition(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Phó Giám đóc", "Phó Giám đốc"},
		{"Chủ tich", "Chủ tịch"},
		{"Phó Chủ tịch", "Phó Chủ tịch"},
		{"Chánh văn phòng", "Chánh văn phòng"},
		{"Trưởng ban ban chính sách, thué quỏc tế", "Trưởng ban ban chính sách, thué quỏc tế"}, // no known position: kept
		{"", ""},
	} {
		assert.Equal(t, tt.want, fixOCRPosition(tt.in), tt.in)
	}
}

// TestProvinceOCRMarks reads a province named in capitals whose marks OCR
// misread as the province it stands for, and keeps one written right as
// written.
func TestProvinceOCRMarks(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"ỦY BAN NHÂN DÂN TĨNH PHỦ THỌ", "Phú Thọ"},
		{"UBND TỈNH HẬU GIANG", "HẬU GIANG"},
		{"UBND tỉnh Quảng Ngãi", "Quảng Ngãi"},
	} {
		got, _, _, ok := provinceIn(tt.in)
		assert.True(t, ok, tt.in)
		assert.Equal(t, tt.want, got, tt.in)
	}
}
