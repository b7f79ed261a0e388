package province

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vnthidua/thidua/internal/nfc"

	"github.com/vnthidua/thidua/internal/fold"
)

// MaxFindBytes is the longest text Find reads; the rest is ignored.
const MaxFindBytes = 1 << 20

type word struct {
	start, end int    // byte offsets in the text
	folded     string // fold.String of the word
	upper      bool   // starts with an upper-case letter or a digit
}

// scanner splits text into runs of letters, digits and combining marks,
// one word at a time, so that Find stops reading at its first hit.
type scanner struct {
	text string
	pos  int
	ws   []word
}

// word returns the i-th word, reading on as needed; false past the end.
func (sc *scanner) word(i int) (word, bool) {
	for len(sc.ws) <= i {
		start := -1
		for sc.pos < len(sc.text) {
			r, n := utf8.DecodeRuneInString(sc.text[sc.pos:])
			in := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
			if in && start < 0 {
				start = sc.pos
			} else if !in && start >= 0 {
				break
			}
			sc.pos += n
		}
		if start < 0 {
			return word{}, false
		}
		sc.ws = append(sc.ws, mkWord(sc.text, start, sc.pos))
	}
	return sc.ws[i], true
}

func mkWord(text string, start, end int) word {
	r, _ := utf8.DecodeRuneInString(text[start:end])
	return word{start: start, end: end, folded: fold.String(text[start:end]), upper: unicode.IsUpper(r) || unicode.IsDigit(r)}
}

// notNames are folded word sequences that contain a province name but are
// not one: "Thái Bình Dương" is the Pacific Ocean.
var notNames = [][]string{
	{"thai", "binh", "duong"},
}

// Find returns the first province or centrally-run city that text names,
// the name as written there (without a prefix such as "tỉnh"), and the unit
// as Lookup gives it. A name counts when its first word starts with a
// capital letter or it follows a prefix ("tỉnh", "thành phố", "TP."), so
// "hòa bình" (peace) is not Tỉnh Hòa Bình; names that have another common
// meaning ("Hồ Chí Minh") count only after a prefix. Text is read up to
// MaxFindBytes.
func Find(text string) (name string, p Province, ok bool) {
	if len(text) > MaxFindBytes {
		text = strings.ToValidUTF8(text[:MaxFindBytes], "")
	}
	text = nfc.String(text)
	x := mustLoad()
	sc := &scanner{text: text}
	folded := func(i int) string { w, _ := sc.word(i); return w.folded }
	for i := 0; ; i++ {
		w, more := sc.word(i)
		if !more {
			break
		}
		if skip := notName(sc, i); skip > 0 {
			i += skip - 1
			continue
		}
		if !x.first[w.folded] {
			continue
		}
		prefixed := afterPrefix(sc, i)
		var seq []string
		for n := 0; n < x.maxFind; n++ {
			if _, ok := sc.word(i + n); !ok {
				break
			}
			seq = append(seq, folded(i+n))
		}
		for n := len(seq); n >= 1; n-- {
			e, hit := x.find[strings.Join(seq[:n], " ")]
			if !hit {
				continue
			}
			if !prefixed && (e.ambiguous || !w.upper) {
				continue
			}
			name = text[w.start:sc.ws[i+n-1].end]
			if e.current {
				return name, clone(x.data.Current[e.i]), true
			}
			return name, clone(x.data.Before2025[e.i]), true
		}
	}
	return "", Province{}, false
}

func notName(sc *scanner, i int) int {
next:
	for _, s := range notNames {
		for j, f := range s {
			if w, ok := sc.word(i + j); !ok || w.folded != f {
				continue next
			}
		}
		return len(s)
	}
	return 0
}

// afterPrefix reports whether the words before a position end with a
// prefix.
func afterPrefix(sc *scanner, i int) bool {
	before := make([]string, 0, 6)
	for j := max(0, i-6); j < i; j++ {
		before = append(before, sc.ws[j].folded)
	}
	for _, p := range prefixes {
		if len(before) >= len(p) && equalWords(before[len(before)-len(p):], p) {
			return true
		}
	}
	return false
}
