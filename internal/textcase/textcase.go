// Package textcase tells text written in capitals: the headings, the
// bodies' names and the signature blocks of Vietnamese documents
// ("ỦY BAN NHÂN DÂN", "CHỈ THỊ", "PHÓ CHỦ TỊCH"), which the HTML and PDF
// readers and the analysis all look for. One test for all three, so that
// they agree on what a line in capitals is; and ContainsFold, the literal
// prefilter of case-blind patterns.
package textcase

import (
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
	for i := range s {
		if hasPrefixFold(s[i:], sub) {
			return true
		}
	}
	return false
}

func hasPrefixFold(s, prefix string) bool {
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
