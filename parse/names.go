package parse

import (
	"strings"
	"sync"

	"github.com/vnthidua/thidua/internal/fold"
)

// surnames are the family names most Vietnamese bear (họ), which is also
// the word OCR most often misreads in a signature block: tesseract's
// Vietnamese model reads "Nguyễn" as "Nguyên" when the tilde and the
// circumflex run together.
var surnames = []string{
	"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
	"Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Đoàn",
	"Trịnh", "Lâm", "Mai", "Trương", "Đào", "Cao", "Lương", "Tạ", "Hà",
	"Lưu", "Tô", "Triệu", "Chu", "Quách", "Thái", "Kiều", "Khổng", "La",
	"Lã", "Lại", "Tăng", "Đàm", "Lục", "Hứa", "Thân", "Tống", "Vương",
	"Phùng", "Nông", "Đồng", "Mạc", "Lò", "Kim", "Giang", "Doãn", "Ninh",
	"Bế", "Diệp", "Âu", "Hầu", "Ông", "Tiêu", "Vi",
}

// surnameByFold maps a family name without its marks to the name, built
// on first use: folding builds fold's table, which package init must not.
var surnameByFold = sync.OnceValue(func() map[string]string {
	m := make(map[string]string, len(surnames))
	for _, s := range surnames {
		k := fold.String(s)
		if _, dup := m[k]; dup {
			m[k] = "" // two family names differ only in marks (La, Lã): no guess
			continue
		}
		m[k] = s
	}
	return m
})

var surnameSet = func() map[string]bool {
	m := make(map[string]bool, len(surnames))
	for _, s := range surnames {
		m[s] = true
	}
	return m
}()

// fixOCRName restores the diacritics of the family name of a name read by
// OCR ("Nguyên Minh Khôi" → "Nguyễn Minh Khôi") when the word read is not
// itself a family name but differs from one only in its marks. Other words
// are left as read: given names have too many valid spellings to guess.
func fixOCRName(name string) string {
	first, rest, _ := strings.Cut(name, " ")
	if first == "" || rest == "" || surnameSet[first] {
		return name
	}
	if s := surnameByFold()[fold.String(first)]; s != "" {
		return s + " " + rest
	}
	return name
}
