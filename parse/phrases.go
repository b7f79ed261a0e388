package parse

import "strings"

// phrases is a list of folded words (fold.String: lower case, no marks,
// one space between words), looked for as whole words in folded text, as
// a pattern \b(?:a|b|...)\b would find them, without the backtracker: a
// search for each phrase and a look at the bytes on either side. levelOf
// reads an issuer's name with a dozen such lists, and placeIssuer with
// two, on every record; as patterns they were a tenth of the analysis of
// a portal page. The patterns they replace are the oracle
// (phrases_test.go, FuzzLevelPhrases).
type phrases []string

// in reports whether one of the phrases stands in s as whole words: not
// after or before a letter, digit or underscore of ASCII, which is what
// \b tells apart (so a letter with a mark, whose bytes are not ASCII, is
// a boundary, as it is to the pattern).
func (p phrases) in(s string) bool {
	for _, w := range p {
		if wordAt(s, w, 0) >= 0 {
			return true
		}
	}
	return false
}

// wordAt returns the offset of the first whole-word w in s at or after
// from, or -1.
func wordAt(s, w string, from int) int {
	for from <= len(s) {
		i := strings.Index(s[from:], w)
		if i < 0 {
			return -1
		}
		i += from
		if (i == 0 || !isREWordByte(s[i-1])) && (i+len(w) == len(s) || !isREWordByte(s[i+len(w)])) {
			return i
		}
		from = i + 1
	}
	return -1
}

// isREWordByte reports whether b is a byte of \w: an ASCII letter, digit
// or underscore.
func isREWordByte(b byte) bool {
	return b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b == '_'
}

// isRESpace reports whether b is a byte of \s: ASCII white space.
func isRESpace(b byte) bool {
	return b == ' ' || b == '\t' || b == '\n' || b == '\f' || b == '\r'
}
