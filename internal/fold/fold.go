// Package fold reduces Vietnamese text to a form for matching names that
// people write in many ways: without diacritics, in any case, with any
// punctuation and spacing, in NFC or NFD, with old or new tone placement.
package fold

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// String returns s in lower case, without diacritics (đ becomes d), with
// every run of characters other than letters and digits turned into one
// space, and trimmed. "Hạ  tầng; Đồng-bộ" becomes "ha tang dong bo".
func String(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := true
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == 'đ' || r == 'Đ':
			r = 'd'
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			r = unicode.ToLower(r)
		default:
			if !space {
				b.WriteByte(' ')
				space = true
			}
			continue
		}
		b.WriteRune(r)
		space = false
	}
	return strings.TrimRight(b.String(), " ")
}

// Words returns the words of String(s).
func Words(s string) []string { return strings.Fields(String(s)) }
