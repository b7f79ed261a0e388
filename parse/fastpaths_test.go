package parse

import (
	"slices"
	"testing"

	"github.com/vnthidua/thidua/internal/lazyregexp"
)

// prefixedRes are the patterns the analysis tries only at their first
// words (lazyregexp.Prefixed): each is its own oracle, tried everywhere.
func prefixedRes() map[string]*lazyregexp.Regexp {
	return map[string]*lazyregexp.Regexp{
		"issuerWordRe": issuerWordRe, "launchRe": launchRe, "issueVerbRe": issueVerbRe, "detailRe": detailRe,
	}
}

// TestPrefixedWords: each pattern has first words, so that it is not
// tried everywhere after all, and a table of texts reads the same either
// way.
func TestPrefixedWords(t *testing.T) {
	for name, re := range prefixedRes() {
		if len(re.Prefixed().Words()) == 0 {
			t.Errorf("%s has no first words: Prefixed tries it everywhere", name)
		}
	}
	for _, tt := range []struct {
		re   *lazyregexp.Regexp
		s    string
		want bool
	}{
		{issueVerbRe, "Ngày 12/3, UBND tỉnh vừa ký ban hành ", true},
		{issueVerbRe, "UBND tỉnh đã KÝ ", true},
		{issueVerbRe, "theo quy định tại ", false},
		{detailRe, "Xem toàn văn tại ", true},
		{detailRe, "chi tiết xem ", true},
		{detailRe, "văn bản ", false},
		{launchRe, "UBND tỉnh phát động phong trào thi đua “Chung sức”", true},
		{launchRe, "do Thủ tướng phát động.", false},
		{issuerWordRe, "Ngày 25/11/2024, Chủ tịch Ủy ban nhân dân tỉnh ký ban hành", true},
		{issuerWordRe, "Ngày 25/11/2024, ông A cho biết", false},
	} {
		if got := tt.re.Prefixed().MatchString(tt.s); got != tt.want || got != tt.re.MatchString(tt.s) {
			t.Errorf("%s Prefixed MatchString(%q) = %v, want %v", tt.re, tt.s, got, tt.want)
		}
	}
}

// FuzzPrefixedRes holds the patterns tried at their first words to the
// same patterns tried everywhere.
func FuzzPrefixedRes(f *testing.F) {
	for _, s := range []string{
		"Ngày 25/11/2024, Chủ tịch Ủy ban nhân dân tỉnh ký ban hành", "Sở Nội vụ vừa ban hành ", "UBND tỉnh đã \u212aÝ kèm theo ",
		"xem CHI TIẾT tại", "nội dung chi tiết trong ", "phát động các phong trào thi đua “A”; phát  động đợt thi đua x", "PHÁT ĐỘNG thi đua\"x",
		"\xffban hành", "rara ra", "",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for name, re := range prefixedRes() {
			p := re.Prefixed()
			if got, want := p.FindStringSubmatchIndex(s), re.FindStringSubmatchIndex(s); !slices.Equal(got, want) {
				t.Fatalf("%s: Prefixed FindStringSubmatchIndex(%q) = %v, want %v", name, s, got, want)
			}
			if got, want := p.FindAllStringSubmatchIndex(s, -1), re.FindAllStringSubmatchIndex(s, -1); !slices.EqualFunc(got, want, slices.Equal) {
				t.Fatalf("%s: Prefixed FindAllStringSubmatchIndex(%q) = %v, want %v", name, s, got, want)
			}
			if got, want := p.MatchString(s), re.MatchString(s); got != want {
				t.Fatalf("%s: Prefixed MatchString(%q) = %v, want %v", name, s, got, want)
			}
		}
	})
}
