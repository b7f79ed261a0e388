package campaign

import (
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"
)

// findPeriodLegacy and firstInLegacy are FindPeriod and firstIn of
// 01aaa71, which tried every pattern on every window: the oracle of
// TestFindPeriodMarks and FuzzFindPeriodMarks.
func findPeriodLegacy(text string) (Period, bool) {
	t := prepare(text)
	pos := 0
	for pos < len(t) {
		y := yearRe.FindStringIndex(t[pos:])
		if y == nil {
			return Period{}, false
		}
		lo, _ := window(t, pos+y[0], pos+y[1])
		lo = max(lo, backToWord(t, pos))
		hi := min(len(t), pos+y[1]+periodWindow)
		for hi < len(t) && !utf8.RuneStart(t[hi]) {
			hi++
		}
		// An expression that ends past limit may be cut by the window;
		// it is read again from the next window.
		limit := hi
		if hi < len(t) {
			limit = hi - periodReach
		}
		p, start, found := firstInLegacy(t[lo:hi], limit-lo)
		if found {
			return p, true
		}
		if start >= 0 && lo+start > pos {
			pos = lo + start
		} else {
			pos = max(limit, pos+y[1])
		}
		if hi == len(t) {
			return Period{}, false
		}
	}
	return Period{}, false
}

func firstInLegacy(w string, limit int) (p Period, start int, found bool) {
	var cs []candidate
	for _, f := range periodForms {
		for _, loc := range f.re.FindAllStringSubmatchIndex(w, -1) {
			m := make([]string, len(loc)/2)
			for i := range m {
				if loc[2*i] >= 0 {
					m[i] = w[loc[2*i]:loc[2*i+1]]
				}
			}
			from, to, err := f.read(m)
			cs = append(cs, candidate{loc[0], loc[1], Period{From: from, To: to, AsWritten: strings.Join(strings.Fields(w[loc[0]:loc[1]]), " ")}, err})
		}
	}
	sort.Slice(cs, func(i, j int) bool {
		if cs[i].start != cs[j].start {
			return cs[i].start < cs[j].start
		}
		return cs[i].end > cs[j].end
	})
	skip := 0
	for _, c := range cs {
		if c.start < skip || c.start >= limit {
			continue
		}
		if c.end > limit {
			return Period{}, c.start, false
		}
		if c.err != nil {
			skip = c.end
			continue
		}
		return c.p, c.start, true
	}
	return Period{}, -1, false
}

// TestFindPeriodMarks holds FindPeriod to findPeriodLegacy on every line
// of parse's test inputs, on each line's text from each year on, and on
// a table of periods in upper case, in NFD and with other marks.
func TestFindPeriodMarks(t *testing.T) {
	var texts []string
	err := filepath.WalkDir("../parse/testdata", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.Contains(path, "fuzz") || !strings.HasSuffix(path, ".txt") {
			return err
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, ln := range strings.Split(string(b), "\n") {
			texts = append(texts, ln)
			for _, y := range yearRe.FindAllStringIndex(ln, -1) {
				from := max(0, y[0]-40)
				for from > 0 && !utf8.RuneStart(ln[from]) {
					from--
				}
				texts = append(texts, ln[from:])
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	texts = append(texts,
		"TỪ NGÀY 01/01/2025 ĐẾN NGÀY 31/12/2025", "05 NĂM (2021 – 2025)", "TỚI HẾT NĂM 2030", "ĐẾN HẾT NGÀY 31/12/2025",
		"NĂM 2024", "Năm 2024", "nam 2024", "đến hết nam 2025", "tu ngay 1/1/2025 den ngay 2/2/2025",
		"n\u0103m 2024", "na\u0306m 2024", "đe\u0302\u0301n năm 2025", "5 năm 2021 - 2025)", "(2021-2025", "ngày 1.1.2025 - 2.2.2026",
	)
	found := 0
	for _, s := range texts {
		want, wok := findPeriodLegacy(s)
		got, ok := FindPeriod(s)
		if ok != wok || got != want {
			t.Fatalf("FindPeriod(%q) = %+v %v, findPeriodLegacy gives %+v %v", s, got, ok, want, wok)
		}
		if ok {
			found++
		}
	}
	if found < 300 {
		t.Fatalf("only %d of %d texts hold a period: the test tries too little", found, len(texts))
	}
}

// FuzzFindPeriodMarks holds FindPeriod to findPeriodLegacy. Seeds in
// testdata/fuzz/FuzzFindPeriodMarks.
func FuzzFindPeriodMarks(f *testing.F) {
	f.Fuzz(func(t *testing.T, s string) {
		want, wok := findPeriodLegacy(s)
		got, ok := FindPeriod(s)
		if ok != wok || got != want {
			t.Fatalf("FindPeriod(%q) = %+v %v, findPeriodLegacy gives %+v %v", s, got, ok, want, wok)
		}
	})
}

// launchTexts are what parse's findLaunches hands FindPeriod on the
// documents of its BenchmarkText.
var launchTexts = []string{
	"phong trào thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội năm 2021 và tổ chức thành công cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2021 - 2026",
	"phong trào thi đua năm 2025",
	"phong trào thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội năm 2021",
	"phong trào thi đua năm 2021 với những nội dung như sau",
	"phong trào thi đua thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ thành phố lần thứ XVI, nhiệm kỳ 2020-2025",
	"phong trào thi đua thường xuyên, theo đợt, chuyên đề nhằm thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ thành phố lần thứ XVI, nhiệm kỳ 2020-2025",
	"thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội hằng năm và Kế hoạch 5 năm (2021-2025) theo Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng",
}

// BenchmarkFindPeriodLaunches reads launchTexts; the sub-benchmark legacy
// tries every pattern, as FindPeriod did before the marks.
func BenchmarkFindPeriodLaunches(b *testing.B) {
	for _, bb := range []struct {
		name string
		fn   func(string) (Period, bool)
	}{{"marks", FindPeriod}, {"legacy", findPeriodLegacy}} {
		b.Run(bb.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				for _, s := range launchTexts {
					bb.fn(s)
				}
			}
		})
	}
}
