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

// lookup folds r: from the table when it holds r, else computed.
func lookup(t *[tableSize]rune, r rune) rune {
	if r < tableSize {
		return t[r]
	}
	return foldRune(r)
}

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
	folded, _ := fold(s, false)
	return strings.TrimRight(folded, " ")
}

// Words returns the words of String(s).
func Words(s string) []string { return strings.Fields(String(s)) }

// Mapped returns String(s) without the final trim, and for each of its
// bytes the offset in s of the character it comes from, so that a match
// in the folded text can be mapped back to the words as written. A space
// stands for the first character of the run it replaces.
func Mapped(s string) (folded string, at []int) {
	return fold(s, true)
}

// fold is the loop of String and Mapped: s folded, not trimmed. With
// track, at gets for each byte written the offset in s of the character
// the byte comes from; without, at is nil.
func fold(s string, track bool) (folded string, at []int) {
	t := table()
	var b strings.Builder
	b.Grow(len(s))
	if track {
		at = make([]int, 0, len(s))
	}
	space := true
	for i, r := range s {
		f := lookup(t, r)
		switch f {
		case 0:
			continue
		case ' ':
			if space {
				continue
			}
			space = true
		default:
			space = false
		}
		if f < utf8.RuneSelf {
			b.WriteByte(byte(f))
			if track {
				at = append(at, i)
			}
			continue
		}
		n := b.Len()
		b.WriteRune(f)
		if track {
			for range b.Len() - n {
				at = append(at, i)
			}
		}
	}
	return b.String(), at
}

// Spans splits s into words, runs of letters, digits and combining marks,
// and returns each word folded as String folds it (a word of marks alone
// folds to "") with its byte span in s. One pass does both, for callers
// that match folded words and then quote the words as written.
func Spans(s string) (words []string, spans [][2]int) {
	t := table()
	buf := make([]byte, 0, len(s))
	guess := len(s)/5 + 1 // words of Vietnamese text average 5 bytes and a space
	spans = make([][2]int, 0, guess)
	ends := make([]int, 0, guess) // end of each word in buf
	start := -1
	for i, r := range s {
		f := lookup(t, r)
		if f == ' ' {
			if start >= 0 {
				spans = append(spans, [2]int{start, i})
				ends = append(ends, len(buf))
				start = -1
			}
			continue
		}
		if start < 0 {
			start = i
		}
		if f == 0 {
			continue
		}
		if f < utf8.RuneSelf {
			buf = append(buf, byte(f))
		} else {
			buf = utf8.AppendRune(buf, f)
		}
	}
	if start >= 0 {
		spans = append(spans, [2]int{start, len(s)})
		ends = append(ends, len(buf))
	}
	all := string(buf)
	words = make([]string, len(ends))
	from := 0
	for k, e := range ends {
		words[k] = all[from:e]
		from = e
	}
	return words, spans
}

// WordsEach returns the words of each of texts as Spans gives them
// (without the spans), in one buffer for all: the words of texts[i] are
// words[ends[i-1]:ends[i]] (from 0 for the first). A caller that folds
// every paragraph of a document allocates two slices and one buffer, not
// five slices a paragraph, and asks for the spans (AppendBounds) only of
// the paragraphs it quotes.
func WordsEach(texts []string) (words []string, ends []int) {
	t := table()
	size := 0
	for _, s := range texts {
		size += len(s)
	}
	// Each word is a slice of the builder's text so far: a Builder never
	// changes the bytes it holds, and a string taken from it stays as it
	// was whatever is written after.
	var b strings.Builder
	b.Grow(size)
	words = make([]string, 0, size/5+1) // words average 5 bytes and a space
	ends = make([]int, len(texts))
	for k, s := range texts {
		start := -1 // where the word being read starts in b
		for i := 0; i < len(s); {
			var f rune
			if c := s[i]; c < utf8.RuneSelf {
				f = t[c]
				i++
			} else {
				r, n := utf8.DecodeRuneInString(s[i:])
				f = lookup(t, r)
				i += n
			}
			if f == ' ' {
				if start >= 0 {
					words = append(words, b.String()[start:])
					start = -1
				}
				continue
			}
			if start < 0 {
				start = b.Len()
			}
			switch {
			case f == 0:
			case f < utf8.RuneSelf:
				b.WriteByte(byte(f))
			default:
				b.WriteRune(f)
			}
		}
		if start >= 0 {
			words = append(words, b.String()[start:])
		}
		ends[k] = len(words)
	}
	return words, ends
}

// AppendBounds appends to dst the byte spans in s of the words of
// Spans(s), without folding them, and returns the extended slice.
func AppendBounds(dst [][2]int, s string) [][2]int {
	t := table()
	start := -1
	for i, r := range s {
		if lookup(t, r) == ' ' {
			if start >= 0 {
				dst = append(dst, [2]int{start, i})
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		dst = append(dst, [2]int{start, len(s)})
	}
	return dst
}
