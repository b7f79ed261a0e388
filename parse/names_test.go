package parse

import "testing"

func TestFixOCRName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Nguyên Minh Khôi", "Nguyễn Minh Khôi"},
		{"Nguyễn Minh Khôi", "Nguyễn Minh Khôi"},
		{"Lễ Văn Hùng", "Lê Văn Hùng"},
		{"Võ Văn Thưởng", "Võ Văn Thưởng"}, // Võ and Vũ are both family names
		{"Vũ Đức Đam", "Vũ Đức Đam"},
		{"Hổ Quang Minh", "Hồ Quang Minh"},
		{"Khôi", "Khôi"},                   // one word: not a full name
		{"Lý Thị Hoa", "Lý Thị Hoa"},       // already a family name
		{"Mạnh Văn Hùng", "Mạnh Văn Hùng"}, // unknown family name, kept
		{"Lă Văn Hùng", "Lă Văn Hùng"},     // La or Lã: no guess
		{"", ""},
	}
	for _, tt := range tests {
		if got := fixOCRName(tt.in); got != tt.want {
			t.Errorf("fixOCRName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
