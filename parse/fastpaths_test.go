package parse

import (
	"slices"
	"strings"
	"testing"

	"github.com/vnthidua/thidua/directive"
	"github.com/vnthidua/thidua/internal/lazyregexp"
)

// prefixedRes are the patterns the analysis tries only at their first
// words (lazyregexp.Prefixed): each is its own oracle, tried everywhere.
func prefixedRes() map[string]*lazyregexp.Regexp {
	return map[string]*lazyregexp.Regexp{
		"issuerWordRe": issuerWordRe, "launchRe": launchRe, "issueVerbRe": issueVerbRe, "detailRe": detailRe,
		"numberLineRe": numberLineRe, "mottoRe": mottoRe, "recipientsRe": recipientsRe, "chromeRe": chromeRe,
		"mottoRunRe": mottoRunRe, "placeAfterRe": placeAfterRe, "sloganRe": sloganRe, "partySpacedRe": partySpacedRe,
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
		"Số: 12/KH-UBND", "sỐ 5", "Quyết định số: 3", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc", "cộng hoà xã hội chủ nghĩa",
		"ĐẢNG CỘNG SẢN VIỆT NAM", "Nơi nhận:", "NƠI NHẬN: - Như trên;", "Cỡ chữ", "Trang chủ > Tin", "In trang", "độc lập - tự do - hạnh phúc",
		"Số 12 Hà Nội, ngày 3 tháng 4 năm 2024", "Kế hoạch số 298 KH/TWĐTN", "SỐ: 12 CT/TU và số 3 KH/TW",
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

// FuzzHeaderPrefilters holds the header-line functions with a literal
// prefilter to their patterns alone.
func FuzzHeaderPrefilters(f *testing.F) {
	for _, s := range []string{
		"UBND TỈNH Số: 12/KH-UBND", "UBND TỈNH số: 12", "ỦY BAN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "UBND ĐẢNG CỘNG SẢN VIỆT NAM x",
		"UBND TỈNH Độc lập - Tự do - Hạnh phúc", "UBND TỈNH ĐỘC LẬP - TỰ DO - HẠNH PHÚC", "UBND TỈNH độc lập - tự do", "UBND x Độc lập - Tự do - Hạnh phúc",
		"Số:", "sỐ", "ſố :", "Hà Nội, ngày", "Quảng Ninh, ngày 12 tháng", "ngày", "", "\xff Độc lập - Tự do - Hạnh phúc", "A\u00a0Độc lập-Tự do-Hạnh phúc",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, ln string) {
		if got, want := numberRun(ln), numberRunRe.FindStringSubmatch(ln); !slices.Equal(got, want) {
			t.Fatalf("numberRun(%q) = %q, want %q", ln, got, want)
		}
		if got, want := mottoAfter(ln), mottoAfterRe.FindStringSubmatch(ln); !slices.Equal(got, want) {
			t.Fatalf("mottoAfter(%q) = %q, want %q", ln, got, want)
		}
		if got, want := sloganAfter(ln), sloganAfterRe.FindStringSubmatch(ln); !slices.Equal(got, want) {
			t.Fatalf("sloganAfter(%q) = %q, want %q", ln, got, want)
		}
		if got, want := isWrapEnd(ln), wrapEndRe.MatchString(ln); got != want {
			t.Fatalf("isWrapEnd(%q) = %v, want %v", ln, got, want)
		}
	})
}

// isPersonNameByFields and isUpperNameByFields are isPersonName and
// isUpperName as they were written on a slice of the words, kept as
// their oracle.
func isPersonNameByFields(s string) bool {
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 6 {
		return false
	}
	for _, w := range words {
		if !isNameWord(w) {
			return false
		}
	}
	return !notNameWord[words[0]] && (words[0] != "Văn" || !notVanName[words[1]])
}

func isUpperNameByFields(s string) bool {
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 5 {
		return false
	}
	for _, w := range words {
		if !isUpperWord8(w) {
			return false
		}
	}
	if _, ok := directive.KindByName(s); ok || attachedHeadingRe.MatchString(s) {
		return false
	}
	return !positionWords[strings.ToLower(words[0])]
}

func TestNameLines(t *testing.T) {
	for _, tt := range []struct {
		s             string
		person, upper bool
	}{
		{"Nguyễn Hoàng Thao", true, false},
		{"Văn Hải", true, false},
		{"Văn Phòng Tỉnh Ủy", false, false},
		{"Nguyễn", false, false},
		{"A B C D E F", true, false},
		{"A B C D E F G", false, false},
		{"NGUYỄN VĂN AN", false, true},
		{"CHỦ TỊCH", false, false},
		{"DANH SÁCH", false, false},
		{"KẾ HOẠCH", false, false},
		{"A B C D E F", true, false},
		{"  Trần  Chí\tTiến ", true, false},
	} {
		if got := isPersonName(tt.s); got != tt.person || got != isPersonNameByFields(tt.s) {
			t.Errorf("isPersonName(%q) = %v, want %v", tt.s, got, tt.person)
		}
		if got := isUpperName(tt.s); got != tt.upper || got != isUpperNameByFields(tt.s) {
			t.Errorf("isUpperName(%q) = %v, want %v", tt.s, got, tt.upper)
		}
	}
}

// FuzzNameLines holds isPersonName and isUpperName to their oracles.
func FuzzNameLines(f *testing.F) {
	for _, s := range []string{"Nguyễn Hoàng Thao", "Văn Hải", "Văn Bản Liên Quan", "NGUYỄN VĂN AN", "CHỦ TỊCH", "PHỤ LỤC I", "A B C D E F G", "Ǆa Bb", "\xffA Bb", "A\u00a0Bb"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := isPersonName(s), isPersonNameByFields(s); got != want {
			t.Fatalf("isPersonName(%q) = %v, want %v", s, got, want)
		}
		if got, want := isUpperName(s), isUpperNameByFields(s); got != want {
			t.Fatalf("isUpperName(%q) = %v, want %v", s, got, want)
		}
	})
}

// FuzzTitleStop holds titleStop, which tries titleStopRe only at commas
// and at white space before its words, to the pattern tried everywhere.
func FuzzTitleStop(f *testing.F) {
	for _, s := range []string{
		"tổ chức Hội nghị, nhằm tiếp tục", "khen thưởng cho 6 cá nhân tỉnh Tiền Giang gồm: bà A", "thi đua  \t theo đề nghị của Ban",
		"năm học 2022-2023 của Bộ Giáo dục và Đào tạo xác định chủ đề", "x,phấn đấu đạt 90%", "a ,  các cấp ủy b", ",theo đề nghị ",
		"của", " của Ab xác định ", "gồm:", " gồm :", "\xff, nhằm x", "",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := titleStop(s), titleStopRe.FindStringIndex(s); !slices.Equal(got, want) {
			t.Fatalf("titleStop(%q) = %v, want %v", s, got, want)
		}
	})
}

// FuzzNumbersIn holds numbersIn, which tries the number patterns only at
// runs of digits before their separator, to the patterns tried everywhere.
func FuzzNumbersIn(f *testing.F) {
	for _, s := range []string{
		"Chỉ thị số 08/CT-UBND ngày 12/3/2024", "98/2023/NĐ-CP và 1234567/QĐ-UBND", "Chỉ thị 05- CT/TW, 05-CT/TW", "278/PGD&ĐT-THCS",
		"1635/SGDĐT- GDTrH", "12/2024/", "7/a", "1-a/B", "12345678-KH/TW", "x12/Đ", "/A", "1/Ư 2/Ơ", "\xff3/A", "",
		"30c/NQ-CP, 30a/2008/NQ-CP", "1234567c/A 12ab/B 3c-KH/TW 4C/A",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, c := range []struct {
			name     string
			re, anch *lazyregexp.Regexp
			sep      byte
		}{{"stateNumRe", stateNumRe, stateNumAnchoredRe, '/'}, {"partyNumRe", partyNumRe, partyNumAnchoredRe, '-'}} {
			for _, n := range []int{-1, 1, 2} {
				if got, want := numbersIn(c.anch, c.sep, s, n), c.re.FindAllStringSubmatchIndex(s, n); !slices.EqualFunc(got, want, slices.Equal) {
					t.Fatalf("%s: numbersIn(%q, %d) = %v, want %v", c.name, s, n, got, want)
				}
			}
		}
	})
}
