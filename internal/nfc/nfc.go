// Package nfc brings text to Unicode NFC, as golang.org/x/text/unicode/norm
// does, with a shorter road for the text it is mostly given: Vietnamese in
// precomposed letters, already NFC. Every input and every decoded page
// passes through NFC once, and norm's quick check looks each letter up in
// its tables; here the characters below U+2100 (Latin and its Vietnamese
// block U+1E00–U+1EFF, Greek, Cyrillic, the quotes and dashes of General
// Punctuation) are looked up in one table made on first use.
package nfc

import (
	"sync"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// tableSize bounds the runes the table holds.
const tableSize = 0x2100

// inert tells, for each rune below tableSize, whether it stands unchanged
// in NFC whatever stands around it: NFC by itself, of combining class 0,
// and combining with nothing before it. A text of such runes is NFC (no
// rune is replaced, reordered or composed with the one before it).
var inert = sync.OnceValue(func() *[tableSize]bool {
	var t [tableSize]bool
	for r := rune(0); r < tableSize; r++ {
		s := string(r)
		t[r] = utf8.ValidRune(r) && norm.NFC.IsNormalString(s) && norm.NFC.PropertiesString(s).BoundaryBefore()
	}
	return &t
})

// String returns s in NFC: s itself when it is already, as norm.NFC.String
// does.
func String(s string) string {
	if IsNormal(s) {
		return s
	}
	return norm.NFC.String(s)
}

// IsNormal reports whether s is in NFC as far as the table tells: false
// may also mean that s holds a rune past the table or a byte that is not
// UTF-8, which norm then reads.
func IsNormal(s string) bool {
	t := inert()
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			if !t[s[i]] {
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r >= tableSize || !t[r] {
			return false
		}
		i += n
	}
	return true
}
