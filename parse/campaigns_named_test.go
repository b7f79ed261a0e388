package parse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/vnthidua/thidua/internal/fold"
)

// TestNationalNamed: the inner-words prefilter must keep every form the
// text holds, glued words included, and find none it does not hold.
func TestNationalNamed(t *testing.T) {
	tests := []struct {
		text string
		want string // campaign id, or "" for none
	}{
		{"Đẩy mạnh phong trào toàn dân chung sức xây dựng nông thôn mới.", "nong-thon-moi"},
		{"Hưởng ứng vàchung sức xây dựng nông thôn mớiở địa phương", "nong-thon-moi"}, // glued by OCR
		{"chung sức xây dựng nông\nthôn mới", "nong-thon-moi"},
		{"chung sức xây dựng nông thôn", ""},
		{"chung sức xây nông thôn mới", ""},
		{"Cả nước chung tay vì người nghèo", "vi-nguoi-ngheo"},
		{"Không có phong trào nào", ""},
	}
	ids := func(named []bool) (out []string) {
		for i, n := range nationalForms() {
			if named[i] {
				out = append(out, n.id)
			}
		}
		return out
	}
	for _, tt := range tests {
		words := fold.Words(tt.text)
		got := ids(nationalNamed(words, strings.Join(words, " ")))
		if tt.want == "" {
			assert.Empty(t, got, tt.text)
		} else {
			assert.Contains(t, got, tt.want, tt.text)
		}
	}
}
