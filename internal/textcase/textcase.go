// Package textcase tells text written in capitals: the headings, the
// bodies' names and the signature blocks of Vietnamese documents
// ("ỦY BAN NHÂN DÂN", "CHỈ THỊ", "PHÓ CHỦ TỊCH"), which the HTML and PDF
// readers and the analysis all look for. One test for all three, so that
// they agree on what a line in capitals is.
package textcase

import "unicode"

// AllCaps reports whether s has at least min letters and no letter in
// lower case. Digits, marks and punctuation do not count either way.
func AllCaps(s string, min int) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n >= min
}
