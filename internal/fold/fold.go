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

// Folded is the words of several texts folded as Spans folds them, held
// in one string with their spans: a word is a slice of that string, taken
// when asked for, so that folding a document's paragraphs allocates a few
// slices without pointers, not a string header a word.
type Folded struct {
	text  string
	ends  []int    // end of each word in text; a word starts where the one before ends
	spans [][2]int // each word's byte span in its own text
	last  []int    // for each text, the index past its last word
}

// FoldEach folds the words of each of texts (see Spans).
func FoldEach(texts []string) *Folded {
	t := table()
	size := 0
	for _, s := range texts {
		size += len(s)
	}
	guess := size/5 + 1 // words average 5 bytes and a space
	buf := make([]byte, 0, size)
	f := &Folded{ends: make([]int, 0, guess), spans: make([][2]int, 0, guess), last: make([]int, len(texts))}
	for k, s := range texts {
		start := -1 // where the word being read starts in s
		for i, r := range s {
			var c rune
			if r < tableSize {
				c = t[r]
			} else {
				c = foldRune(r)
			}
			if c == ' ' {
				if start >= 0 {
					f.ends = append(f.ends, len(buf))
					f.spans = append(f.spans, [2]int{start, i})
					start = -1
				}
				continue
			}
			if start < 0 {
				start = i
			}
			switch {
			case c == 0:
			case c < utf8.RuneSelf:
				buf = append(buf, byte(c))
			default:
				buf = utf8.AppendRune(buf, c)
			}
		}
		if start >= 0 {
			f.ends = append(f.ends, len(buf))
			f.spans = append(f.spans, [2]int{start, len(s)})
		}
		f.last[k] = len(f.ends)
	}
	f.text = string(buf)
	return f
}

// Len is the number of words of all the texts.
func (f *Folded) Len() int { return len(f.ends) }

// Word returns word k, folded.
func (f *Folded) Word(k int) string {
	from := 0
	if k > 0 {
		from = f.ends[k-1]
	}
	return f.text[from:f.ends[k]]
}

// Span returns the byte span of word k in its own text.
func (f *Folded) Span(k int) [2]int { return f.spans[k] }

// SpansOf returns the spans of the words of texts[i] in it.
func (f *Folded) SpansOf(i int) [][2]int {
	from, to := f.Of(i)
	return f.spans[from:to:to]
}

// Of returns the indexes of the words of texts[i]: from, up to to.
func (f *Folded) Of(i int) (from, to int) {
	if i > 0 {
		from = f.last[i-1]
	}
	return from, f.last[i]
}
