package fold

import (
	"strings"
	"testing"
)

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

func TestMapped(t *testing.T) {
	s := "Phong trào  “Cả nước chung tay vì người nghèo”."
	f, at := Mapped(s)
	if strings.TrimRight(f, " ") != String(s) || len(at) != len(f) {
		t.Fatalf("Mapped(%q) = %q, %d offsets; want String's %q", s, f, len(at), String(s))
	}
	i := strings.Index(f, "ca nuoc")
	if got := s[at[i]:at[i+len("ca nuoc")]]; got != "Cả nước" {
		t.Errorf("mapped back %q, want %q", got, "Cả nước")
	}
}
