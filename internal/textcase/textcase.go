// Package textcase tells text written in capitals: the headings, the
// bodies' names and the signature blocks of Vietnamese documents
// ("ỦY BAN NHÂN DÂN", "CHỈ THỊ", "PHÓ CHỦ TỊCH"), which the HTML and PDF
// readers and the analysis all look for. One test for all three, so that
// they agree on what a line in capitals is; and ContainsFold, the literal
// prefilter of case-blind patterns.
package textcase

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

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

// ContainsFold reports whether s holds sub under Unicode simple case
// folding, as a (?i) pattern would match it: a literal prefilter for
// case-blind patterns.
func ContainsFold(s, sub string) bool {
	if sub == "" {
		return true
	}
	q, _ := utf8.DecodeRuneInString(sub)
	if q == utf8.RuneError {
		// A pattern reads any byte that is not UTF-8 as U+FFFD.
		for i := range s {
			if HasPrefixFold(s[i:], sub) {
				return true
			}
		}
		return false
	}
	// The first bytes of the runes that fold to sub's first: a match
	// starts only where one stands. No rune's bytes go on with one of
	// them, so every byte is looked at, not every rune decoded.
	var lead [8]byte
	n := 0
	for f := unicode.SimpleFold(q); n < len(lead); f = unicode.SimpleFold(f) {
		lead[n] = string(f)[0]
		n++
		if f == q {
			break
		}
	}
	for i := 0; i < len(s); i++ {
		if b := s[i]; b == lead[0] || slices.Contains(lead[1:n], b) {
			if HasPrefixFold(s[i:], sub) {
				return true
			}
		}
	}
	return false
}

// HasPrefixFold reports whether s starts with prefix under Unicode simple
// case folding, as a (?i) pattern anchored at the start reads it.
func HasPrefixFold(s, prefix string) bool {
	for prefix != "" {
		if s == "" {
			return false
		}
		r, n := utf8.DecodeRuneInString(s)
		q, m := utf8.DecodeRuneInString(prefix)
		if r != q && !strings.EqualFold(s[:n], prefix[:m]) {
			return false
		}
		s, prefix = s[n:], prefix[m:]
	}
	return true
}

// SuffixFold reports whether s ends with suffix under Unicode simple case
// folding, as a (?i) pattern anchored at the end would match it, and
// where in s that ending starts.
func SuffixFold(s, suffix string) (int, bool) {
	i, j := len(s), len(suffix)
	for j > 0 {
		if i == 0 {
			return 0, false
		}
		r, n := utf8.DecodeLastRuneInString(s[:i])
		q, m := utf8.DecodeLastRuneInString(suffix[:j])
		if r != q && !strings.EqualFold(s[i-n:i], suffix[j-m:j]) {
			return 0, false
		}
		i, j = i-n, j-m
	}
	return i, true
}
