package textcase

import (
	"regexp"
	"testing"
	"unicode/utf8"
)

func TestAllCaps(t *testing.T) {
	for _, tt := range []struct {
		s    string
		min  int
		want bool
	}{
		{"ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN", 2, true},
		{"CHỈ THỊ", 2, true},
		{"Số: 08/CT-UBND", 2, false},
		{"KT. CHỦ TỊCH", 2, true},
		{"A", 2, false},
		{"A", 1, true},
		{"2024 - 2025", 1, false},
		{"ĐỘC LẬP - tự do", 1, false},
		{"", 0, true},
	} {
		if got := AllCaps(tt.s, tt.min); got != tt.want {
			t.Errorf("AllCaps(%q, %d) = %v, want %v", tt.s, tt.min, got, tt.want)
		}
	}
}

// FuzzContainsFold holds ContainsFold to a case-blind regexp of the
// literal.
func FuzzContainsFold(f *testing.F) {
	for _, s := range [][2]string{{"Người ký: A", "ký"}, {"NGƯỜI KÝ", "ký"}, {"kÝ", "ký"}, {"ky", "ký"}, {"", ""}, {"ſ", "s"}, {"\u212a", "k"}, {"\xff", "\xff"}, {"abc", "bc"}} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, s, sub string) {
		if !utf8.ValidString(sub) {
			return // a regexp cannot hold an invalid literal
		}
		want := regexp.MustCompile(`(?i)` + regexp.QuoteMeta(sub)).MatchString(s)
		if got := ContainsFold(s, sub); got != want {
			t.Fatalf("ContainsFold(%q, %q) = %v, want %v", s, sub, got, want)
		}
	})
}

// FuzzSuffixFold holds SuffixFold to a case-blind regexp of the literal
// anchored at the end.
func FuzzSuffixFold(f *testing.F) {
	for _, s := range [][2]string{{"theo CHỈ THỊ", "chỉ thị"}, {"Kế hoạch", "KẾ HOẠCH"}, {"\u212aế", "kế"}, {"", "x"}, {"x", ""}, {"\xffa", "a"}} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, s, suffix string) {
		if !utf8.ValidString(suffix) {
			return
		}
		at, ok := SuffixFold(s, suffix)
		loc := regexp.MustCompile(`(?i)` + regexp.QuoteMeta(suffix) + `$`).FindStringIndex(s)
		if ok != (loc != nil) || ok && at != loc[0] {
			t.Fatalf("SuffixFold(%q, %q) = %d %v, want %v", s, suffix, at, ok, loc)
		}
	})
}
