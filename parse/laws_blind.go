package parse

import (
	"regexp"
	"strings"
	"sync"
	"unicode"

	"github.com/vnthidua/thidua/internal/fold"
)

// vietnameseLetters are the letters of Vietnamese with their marks, in
// lower case.
const vietnameseLetters = "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ"

// markVariants maps each letter to every letter that folds to the same
// base ("ậ" → "aàáảãạăằắẳẵặâầấẩẫậ"), for the letters that have marks.
var markVariants = sync.OnceValue(func() map[rune]string {
	groups := map[string][]rune{}
	for _, r := range vietnameseLetters {
		b := fold.String(string(r))
		groups[b] = append(groups[b], r)
	}
	out := map[rune]string{}
	for _, rs := range groups {
		if len(rs) < 2 {
			continue
		}
		for _, r := range rs {
			out[r] = string(rs)
		}
	}
	return out
})

// markBlind rewrites a law's name pattern so that each letter with a
// mark matches the letter under any mark ("quyền" as OCR reads it,
// "quyên"; "đổi" as "đồi"): OCR misreads tone marks more than letters,
// and a law's name is long enough to be told by its letters. Letters
// inside a character class join the class; the pattern's syntax is kept.
// Between two words (the pattern's \s+) one stray letter may stand: OCR
// splits a word whose mark it cannot place ("Tô ồ chức" for "Tổ chức").
func markBlind(pattern string) string {
	pattern = strings.ReplaceAll(pattern, `\s+`, `\s+(?:\pL\s+)?`)
	variants := markVariants()
	var b strings.Builder
	inClass, escaped := false, false
	for _, r := range pattern {
		switch {
		case escaped:
			escaped = false
			b.WriteRune(r)
			continue
		case r == '\\':
			escaped = true
		case r == '[':
			inClass = true
		case r == ']':
			inClass = false
		}
		v, ok := variants[unicode.ToLower(r)]
		switch {
		case !ok:
			b.WriteRune(r)
		case inClass:
			b.WriteString(v)
		default:
			b.WriteString("[" + v + "]")
		}
	}
	return b.String()
}

// blindName compiles the mark-blind form of a law's name pattern.
func blindName(pattern string) (*regexp.Regexp, error) {
	return regexp.Compile(`^(?i)` + markBlind(pattern))
}
