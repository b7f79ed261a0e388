package parse

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestPlacedAuthority: a header cell that names the body without its
// place is completed by the enacting line under the title; a header that
// names its place, or an authority of another body, is kept.
func TestPlacedAuthority(t *testing.T) {
	tests := []struct{ name, authority, want string }{
		{"ỦY BAN NHÂN DÂN", "ỦY BAN NHÂN DÂN HUYỆN BÌNH CHÁNH", "ỦY BAN NHÂN DÂN HUYỆN BÌNH CHÁNH"},
		{"HỘI ĐỒNG NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN TỈNH LẠNG SƠN", "HỘI ĐỒNG NHÂN DÂN TỈNH LẠNG SƠN"},
		{"ỦY BAN NHÂN DÂN TỈNH AN GIANG", "ỦY BAN NHÂN DÂN TỈNH AN GIANG", "ỦY BAN NHÂN DÂN TỈNH AN GIANG"},
		{"ỦY BAN NHÂN DÂN", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH", "ỦY BAN NHÂN DÂN"},
		{"ỦY BAN NHÂN DÂN", "", "ỦY BAN NHÂN DÂN"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, placedAuthority(tt.name, tt.authority), tt.name+" / "+tt.authority)
	}
	d := parseString(t, "ỦY BAN NHÂN DÂN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 06/2015/QĐ-UBND\nBình Chánh, ngày 05 tháng 10 năm 2015\nQUYẾT ĐỊNH\nBAN HÀNH QUY ĐỊNH VỀ CÔNG TÁC THI ĐUA, KHEN THƯỞNG\nỦY BAN NHÂN DÂN HUYỆN BÌNH CHÁNH\nCăn cứ Luật Thi đua, Khen thưởng ngày 26 tháng 11 năm 2003;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành Quy định.\n").Directive
	assert.Equal(t, "ỦY BAN NHÂN DÂN HUYỆN BÌNH CHÁNH", d.Issuer.Name)
	assert.Equal(t, "district", string(d.Issuer.Level))
}
