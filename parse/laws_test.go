package parse

import (
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestFindNamedLaws: laws cited by name and year resolve to their numbers;
// a name without a year does not.
func TestFindNamedLaws(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Căn cứ Luật Thi đua, khen thưởng năm 2022;", []string{"06/2022/QH15"}},
		{"Căn cứ Luật Thi đua, Khen thưởng ngày 26/11/2003 và Luật sửa đổi, bổ sung một số điều của Luật Thi đua, Khen thưởng năm 2005, năm 2009, năm 2013;",
			[]string{"15/2003/QH11", "47/2005/QH11", "32/2009/QH12", "39/2013/QH13"}},
		{"Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;", []string{"72/2025/QH15"}},
		{"Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 19 tháng 02 năm 2025; Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm phát luật ngày 25 tháng 6 năm 2025;",
			[]string{"64/2025/QH15", "87/2025/QH15"}},
		// extra5 mttq-bacgiang: the year in brackets.
		{"Căn cứ Luật Thi đua, Khen thưởng (2003) và Luật sửa đổi, bổ sung một số điều của Luật Thi đua, Khen thưởng (2013);", []string{"15/2003/QH11", "39/2013/QH13"}},
		{"Căn cứ Luật Thi đua, khen thưởng (sửa đổi);", nil},
		{"Căn cứ Luật Thi đua, khen thưởng;", nil},
		{"Căn cứ Luật Di sản văn hóa năm 2001;", nil}, // outside the catalogue
	}
	for _, tt := range tests {
		var got []string
		for _, m := range findNamedLaws(tt.text) {
			got = append(got, m.num.Text)
		}
		assert.Equal(t, tt.want, got, tt.text)
	}
}

// TestLawsLexicon: the embedded catalogue reads, each law's pattern
// matches its own title (an amending law's pattern before its base law's,
// so the longer name wins), and each number carries its year; a malformed
// line is refused with its line number.
func TestLawsLexicon(t *testing.T) {
	laws, err := readLaws(lawsTSV)
	if err != nil {
		t.Fatal(err)
	}
	if len(laws) < 10 {
		t.Fatalf("%d laws read", len(laws))
	}
	for i, law := range laws {
		if !law.name.MatchString(law.title) {
			t.Errorf("%s: its pattern does not match its title", law.title)
		}
		for _, other := range laws[:i] {
			if other.name.MatchString(law.title) {
				t.Errorf("%s: matched first by the pattern of %s", law.title, other.title)
			}
		}
		for y, n := range law.numbers {
			if !strings.Contains(n, "/"+strconv.Itoa(y)+"/") {
				t.Errorf("%s: number %s for year %d", law.title, n, y)
			}
		}
	}
	for _, bad := range []string{"L\tLuật X\t2020=1/2020/QH14", "L\tLuật X\t2020\tLuật X", "L\tLuật X\t2020=1/2020/QH14\tLuật (X"} {
		if _, err := readLaws(bad); err == nil || !strings.Contains(err.Error(), "line 1") {
			t.Errorf("readLaws(%q) = %v, want an error at line 1", bad, err)
		}
	}
}

// TestCuesLexicon: the embedded cues read, each kind of quotation has its
// cues, and a malformed line is refused with its line number.
func TestCuesLexicon(t *testing.T) {
	cs, err := readCues(cuesTSV)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[quoteKind]int{}
	for _, c := range cs {
		seen[c.what]++
	}
	for _, k := range []quoteKind{quoteCampaign, quoteTheme, quoteMaybe, quoteOther} {
		if seen[k] == 0 {
			t.Errorf("no cue of kind %d", k)
		}
	}
	for _, bad := range []string{"campaign", "slogan\tkhẩu hiệu", "other\tKhẩu hiệu", "other\tkhẩu  hiệu"} {
		if _, err := readCues(bad); err == nil || !strings.Contains(err.Error(), "line 1") {
			t.Errorf("readCues(%q) = %v, want an error at line 1", bad, err)
		}
	}
	// The closest cue decides, then the longer.
	for before, want := range map[string]quoteKind{
		"phát động phong trào thi đua ":        quoteCampaign,
		"với chủ đề thi đua ":                  quoteTheme,
		"hưởng ứng cuộc vận động ":             quoteMaybe,
		"phong trào thi đua với khẩu hiệu ":    quoteOther,
		"phong trào thi đua, cán bộ sẵn sàng ": quoteOther,
	} {
		if got := cueKind(before); got != want {
			t.Errorf("cueKind(%q) = %d, want %d", before, got, want)
		}
	}
}

// TestLawsUnderMisreadMarks: a law named with marks OCR misread ("chính
// quyên", "sửa đồi", "Thi đua, khen thướng") is resolved as if read
// right; other words are still no law, and a name read right is found
// as before.
func TestLawsUnderMisreadMarks(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Căn cứ Luật Tổ chức chính quyên địa phương ngày 19/6/2015;", "77/2015/QH13"},
		{"Luật sửa đồi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyên địa phương ngày 22/11/2019;", "47/2019/QH14"},
		{"Căn cứ Luật Thi đua, khen thướng năm 2022;", "06/2022/QH15"},
		{"Căn cứ Luật Thi đua, khen thưởng năm 2022;", "06/2022/QH15"},
		{"Căn cứ Luật Tô ồ chức chính quyên địa phương ngày 19/6/2015;", "77/2015/QH13"},
		{"Căn cứ Luật Tổ chức chính phương địa quyền ngày 19/6/2015;", ""},
		{"Căn cứ Luật Tổ ab chức chính quyền địa phương ngày 19/6/2015;", ""},
	}
	for _, tt := range tests {
		var got string
		if ms := findNamedLaws(tt.text); len(ms) > 0 {
			got = ms[0].num.Text
		}
		assert.Equal(t, tt.want, got, tt.text)
	}
	assert.Equal(t, `L[uùúủũụưừứửữự][aàáảãạăằắẳẵặâầấẩẫậ]t\s+(?:\pL\s+)?[uùúủũụưừứửữựuùúủũụưừứửữự]`, markBlind(`Luật\s+[UỦ]`))
}
