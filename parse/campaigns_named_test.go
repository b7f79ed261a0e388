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
		{"xcả nước chung tay vì người nghèo", "vi-nguoi-ngheo"},
		{"chung sức xây dựng nông thôn mới chung sức xây dựng nông thôn mới", "nong-thon-moi"},
		{"sức xây dựng nông thôn mới", ""},
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
		got := ids(nationalNamed(sliceWords(words)))
		// The search it replaced: the folded text, one string.
		var want []string
		for _, n := range nationalForms() {
			for _, f := range n.forms {
				if strings.Contains(strings.Join(words, " "), f) {
					want = append(want, n.id)
					break
				}
			}
		}
		assert.Equal(t, want, got, tt.text)
		if tt.want == "" {
			assert.Empty(t, got, tt.text)
		} else {
			assert.Contains(t, got, tt.want, tt.text)
		}
	}
}

// FuzzNationalNamed holds nationalNamed to a search of the folded text as
// one string.
func FuzzNationalNamed(f *testing.F) {
	for _, s := range []string{"vàchung sức xây dựng nông thôn mớiở", "Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau", "thi đua thực hiện văn hóa công sở", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		words := fold.Words(text)
		joined := strings.Join(words, " ")
		named := nationalNamed(sliceWords(words))
		for i, n := range nationalForms() {
			want := false
			for _, form := range n.forms {
				want = want || strings.Contains(joined, form)
			}
			if named[i] != want {
				t.Fatalf("nationalNamed(%q)[%s] = %v, want %v", text, n.id, named[i], want)
			}
		}
	})
}
