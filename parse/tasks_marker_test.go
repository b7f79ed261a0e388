package parse

import (
	"strconv"
	"testing"
)

// markerByPatterns is marker as it was, every pattern tried in turn: the
// oracle of the first-character dispatch.
func markerByPatterns(line string) (lv level, label, text string) {
	if m := articleRe.FindStringSubmatch(line); m != nil {
		return lvArticle, m[1], m[2] + m[3]
	}
	if m := romanRe.FindStringSubmatch(line); m != nil && isRoman(m[1]) {
		return lvRoman, m[1] + ".", m[2]
	}
	if m := subNumRe.FindStringSubmatch(line); m != nil {
		return lvSubNumber, m[1] + ".", m[2]
	}
	if m := numberedRe.FindStringSubmatch(line); m != nil {
		n, _ := strconv.Atoi(m[1])
		if n > 0 && n <= 60 {
			return lvNumber, strconv.Itoa(n) + ".", m[2]
		}
	}
	if m := letteredRe.FindStringSubmatch(line); m != nil {
		return lvLetter, m[1] + ")", m[2]
	}
	if m := dashedRe.FindStringSubmatch(line); m != nil {
		return lvDash, "-", m[1]
	}
	return lvNone, "", line
}

func FuzzMarker(f *testing.F) {
	for _, s := range []string{"Điều 1. Tặng", "Điều 2 Giao", "II. NHIỆM VỤ", "IV) x", "1. Mục", "1.2. Con", "12) x", "a) việc", "đ) việc", "- gạch", "–  x", "• x", "+ x", "* x", "-", "- ", "-\tx", "-\nx", "—\u00a0x", "x", "", "\xff", "61. x", "9.\u00a0x", "123. x", "1 . x", "1\n) x", "a  ) x", "b)", "Điều", "Đ x", "1.2. x", "1.2 x", "1.23. x", "12.3.  ", "1.2.", "1.2.\tx", "1.  23 x", "1. 2", "1.2", "1.23", "1)x", "1 )  \xff", "01. a", "1. ", "12. 3a", "1.2.3 x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		lv, label, text := marker(line)
		wl, wlabel, wtext := markerByPatterns(line)
		if lv != wl || label != wlabel || text != wtext {
			t.Fatalf("marker(%q) = %v %q %q, want %v %q %q", line, lv, label, text, wl, wlabel, wtext)
		}
	})
}
