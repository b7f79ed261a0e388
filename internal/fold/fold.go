package fold

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// tableSize covers Latin, Latin Extended and the Vietnamese block
// (U+1E00–U+1EFF) with one lookup each.
const tableSize = 0x2000

// table maps a rune below tableSize to its folded form: a lower-case base
// letter or digit, 0 for a mark to drop, or ' ' for a separator.
var table = sync.OnceValue(func() *[tableSize]rune {
	var t [tableSize]rune
	for r := rune(0); r < tableSize; r++ {
		t[r] = foldRune(r)
	}
	return &t
})

func foldRune(r rune) rune {
	switch {
	case unicode.Is(unicode.Mn, r):
		return 0
	case r == 'đ' || r == 'Đ':
		return 'd'
	case unicode.IsLetter(r) || unicode.IsDigit(r):
		d := []rune(norm.NFD.String(string(r)))
		return unicode.ToLower(d[0])
	}
	return ' '
}

// String returns s in lower case, without diacritics (đ becomes d), with
// every run of characters other than letters and digits turned into one
// space, and trimmed. "Hạ  tầng; Đồng-bộ" becomes "ha tang dong bo".
func String(s string) string {
	t := table()
	var b strings.Builder
	b.Grow(len(s))
	space := true
	for _, r := range s {
		var f rune
		if r < tableSize {
			f = t[r]
		} else {
			f = foldRune(r)
		}
		switch f {
		case 0:
			continue
		case ' ':
			if !space {
				b.WriteByte(' ')
				space = true
			}
			continue
		}
		if f < utf8.RuneSelf {
			b.WriteByte(byte(f))
		} else {
			b.WriteRune(f)
		}
		space = false
	}
	return strings.TrimRight(b.String(), " ")
}

// Words returns the words of String(s).
func Words(s string) []string { return strings.Fields(String(s)) }
