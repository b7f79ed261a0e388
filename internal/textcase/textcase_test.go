package textcase

import "testing"

func TestAllCaps(t *testing.T) {
	for _, tt := range []struct {
		s    string
		min  int
		want bool
	}{
		{"ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN", 2, true},
		{"CHỈ THỊ", 2, true},
		{"Số: 08/CT-UBND", 2, false},
		{"KT. CHỦ TỊCH", 2, true},
		{"A", 2, false},
		{"A", 1, true},
		{"2024 - 2025", 1, false},
		{"ĐỘC LẬP - tự do", 1, false},
		{"", 0, true},
	} {
		if got := AllCaps(tt.s, tt.min); got != tt.want {
			t.Errorf("AllCaps(%q, %d) = %v, want %v", tt.s, tt.min, got, tt.want)
		}
	}
}
