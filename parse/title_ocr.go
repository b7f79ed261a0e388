package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// fixOCRAbbrevs restores an abbreviation OCR misread in the title of a
// scan from the abbreviations its body uses. The title line ("V/v chính
// sách thuế TNDN") is set small under the number, and OCR reads its
// abbreviations worst ("ITNIN", cucthue-cv2191), while the body repeats
// them in larger print ("thuế TNDN" nine times). An abbreviation of the
// title that the text uses nowhere else becomes the one body abbreviation,
// used three times at least, that is at most two edits and half its length
// away; when none or two are, the title is kept as read. Only titles in
// mixed case are read, where a word in capitals is an abbreviation; an
// abbreviation is two to eight capitals without marks (Đ allowed). It
// returns the title and the replacements made, "ITNIN → TNDN".
func fixOCRAbbrevs(title, text string) (string, []string) {
	if !strings.ContainsFunc(title, unicode.IsLower) {
		return title, nil
	}
	uses := map[string]int{}
	for _, w := range strings.FieldsFunc(text, notWordRune) {
		if isAbbrev(w) {
			uses[w]++
		}
	}
	inTitle := map[string]int{}
	for _, w := range strings.FieldsFunc(title, notWordRune) {
		inTitle[w]++
	}
	var fixes []string
	for t, n := range inTitle {
		if !isAbbrev(t) || uses[t] > n {
			continue
		}
		best, bestD, ties := "", 3, 0
		for c, k := range uses {
			if k < 3 || c == t {
				continue
			}
			d := editDistance(t, c, 2)
			if d > 2 || 2*d > utf8.RuneCountInString(c) {
				continue
			}
			switch {
			case d < bestD:
				best, bestD, ties = c, d, 0
			case d == bestD:
				ties++
			}
		}
		if best == "" || ties > 0 {
			continue
		}
		title = replaceWord(title, t, best)
		fixes = append(fixes, t+" → "+best)
	}
	return title, fixes
}

func notWordRune(r rune) bool { return !isWordRune(r) }

// isAbbrev reports whether w is two to eight capitals without marks, Đ
// allowed ("TNDN", "UBND", "HĐND").
func isAbbrev(w string) bool {
	n := 0
	for _, r := range w {
		if !(r >= 'A' && r <= 'Z' || r == 'Đ') {
			return false
		}
		n++
	}
	return n >= 2 && n <= 8
}

// replaceWord replaces the whole-word occurrences of old in s by new.
func replaceWord(s, old, new string) string {
	var b strings.Builder
	for {
		i := strings.Index(s, old)
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		j := i + len(old)
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		after, _ := utf8.DecodeRuneInString(s[j:])
		b.WriteString(s[:i])
		if (i == 0 || notWordRune(before)) && (j == len(s) || notWordRune(after)) {
			b.WriteString(new)
		} else {
			b.WriteString(old)
		}
		s = s[j:]
	}
}

// editDistance returns the Levenshtein distance of a and b in runes, or
// limit+1 as soon as it is known to exceed limit.
func editDistance(a, b string, limit int) int {
	ra, rb := []rune(a), []rune(b)
	if d := len(ra) - len(rb); d > limit || -d > limit {
		return limit + 1
	}
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		low := cur[0]
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			low = min(low, cur[j])
		}
		if low > limit {
			return limit + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
