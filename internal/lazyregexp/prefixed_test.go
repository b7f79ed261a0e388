package lazyregexp

import (
	"regexp/syntax"
	"slices"
	"testing"

	"github.com/vnthidua/thidua/internal/textcase"
)

func TestFirstWords(t *testing.T) {
	for _, tt := range []struct {
		pattern string
		want    []string // nil: no set, the pattern is tried everywhere
	}{
		{`(?i)phát\s+động\s+x`, []string{"phát"}},
		{`(?i)(?:ký\s+ban\s+hành|ban\s+hành|đã\s+ký|có)\s*$`, []string{"ký", "ban", "đã", "có"}},
		{`(?:(?:Chủ\s+tịch|Giám\s+đốc)\s+)?(?:UBND|Sở)\s+\p{Lu}`, []string{"Chủ", "Giám", "UBND", "Sở"}},
		{`ab?c`, []string{"abc", "ac"}},
		{`[.-]x`, []string{".x", "-x"}},
		{`a*b`, []string{"a", "b"}},
		{`\ba`, nil},          // reads the character before the match
		{`^a`, []string{"a"}}, // tried at the start only
		{`(?:\bx|y)z`, nil},   // one alternative starts with an assertion
		{`x\b`, []string{"x"}},
		{`\pLx`, nil},
		{`(x)+y`, []string{"x"}},
		{`x{0,2}y`, []string{"x", "y"}},
		{`x*`, nil}, // a match may be empty
		{`(?i)^(?:Cỡ chữ|Font size)\s`, []string{"cỡ chữ", "font size"}},
		{`(?m)^x`, nil},
		{`(?:x{2,3})y`, []string{"x"}},
	} {
		re, err := syntax.Parse(tt.pattern, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		got, _ := patternWords(re)
		if tt.want == nil {
			if got != nil {
				t.Errorf("patternWords(%q) = %q, want none", tt.pattern, got)
			}
			continue
		}
		for _, w := range tt.want {
			if !slices.ContainsFunc(got, func(g string) bool { return textcase.HasPrefixFold(w, g) }) {
				t.Errorf("patternWords(%q) = %q: nothing that starts %q", tt.pattern, got, w)
			}
		}
		for _, g := range got {
			if g == "" {
				t.Errorf("patternWords(%q) holds the empty word", tt.pattern)
			}
		}
	}
}

// prefixedPatterns are the patterns FuzzPrefixed holds Prefixed to the
// plain Regexp on.
var prefixedPatterns = []*Regexp{
	New(`(?i)phát\s+động\s+((?:các\s+)?(?:phong\s+trào|thi\s+đua)(?:\s|“)[^.;:\n]*)`),
	New(`(?i)(?:ký\s+ban\s+hành|ban\s+hành|đã\s+ký|vừa\s+ký|ký|có|ra)\s*(?:kèm theo\s*)?$`),
	New(`(?i)((?:(?:Chủ\s+tịch|Thường\s+trực)\s+)?(?:Ủy\s+ban\s+nhân\s+dân|UBND|Sở)(?:\s+\p{Lu}\pL*)?)\s*(?:vừa\s+)?(?:ban\s+hành)?$`),
	New(`(?i)k\x{212a}?s|ſ(x)?`),
	New(`x\by|\bab`),
	New(`(a|ab)(c|bcd)(d*)`),
	New("\ufffd+a"),
	New(`(?i)^(?:Nơi\s+nhận|Cỡ chữ|ab?)\s*:?\s*(.*)$`),
	New(`^(?:x|xy)z?`),
	New(`ab?c\B`),
}

// FuzzPrefixed holds Prefixed, which tries a pattern only where one of its
// first words stands, to the pattern tried everywhere.
func FuzzPrefixed(f *testing.F) {
	for _, s := range []string{
		"Ngày 5/1, Chủ tịch UBND Tỉnh vừa ban hành", "UBND xã đã ký", "Sở sở SỞ ban hành", "phát  ĐỘNG phong trào thi đua",
		"\u212aý ban hành", "KÝ", "ſ ks kKs", "xy ab xab", "abcd abbcd", "\xff\xffa", "\xffa", "ac abc abcx acb", "", "Nơi nhận: a", "nƠI  NHẬN", "xNơi nhận", "abab", "xyz", "xxyz",
	} {
		for i := range prefixedPatterns {
			f.Add(uint8(i), s)
		}
	}
	f.Fuzz(func(t *testing.T, i uint8, s string) {
		r := prefixedPatterns[int(i)%len(prefixedPatterns)]
		p := r.Prefixed()
		if got, want := p.FindStringSubmatchIndex(s), r.FindStringSubmatchIndex(s); !slices.Equal(got, want) {
			t.Fatalf("%s: Prefixed FindStringSubmatchIndex(%q) = %v, want %v", r, s, got, want)
		}
		if got, want := p.FindStringSubmatch(s), r.FindStringSubmatch(s); !slices.Equal(got, want) {
			t.Fatalf("%s: Prefixed FindStringSubmatch(%q) = %q, want %q", r, s, got, want)
		}
		for _, n := range []int{-1, 0, 1, 2} {
			if got, want := p.FindAllStringSubmatchIndex(s, n), r.FindAllStringSubmatchIndex(s, n); !slices.EqualFunc(got, want, slices.Equal) {
				t.Fatalf("%s: Prefixed FindAllStringSubmatchIndex(%q, %d) = %v, want %v", r, s, n, got, want)
			}
		}
		if got, want := p.MatchString(s), r.MatchString(s); got != want {
			t.Fatalf("%s: Prefixed MatchString(%q) = %v, want %v", r, s, got, want)
		}
	})
}
