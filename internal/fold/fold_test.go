package fold

import "testing"

func TestString(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Hạ  tầng; Đồng-bộ", "ha tang dong bo"},
		{"hạ tâng", "ha tang"},
		{"Hoà Bình", "hoa binh"},
		{"Hòa Bình", "hoa binh"},
		{"Ho\u0300a Bi\u0300nh", "hoa binh"}, // NFD
		{"“Vì người nghèo - Không để ai bị bỏ lại phía sau”", "vi nguoi ngheo khong de ai bi bo lai phia sau"},
		{"", ""},
		{" ,. ", ""},
		{"TP.HCM", "tp hcm"},
	}
	for _, tt := range tests {
		if got := String(tt.in); got != tt.want {
			t.Errorf("String(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
