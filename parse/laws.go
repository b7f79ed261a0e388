package parse

import (
	"github.com/vnthidua/thidua/internal/lazyregexp"
	"strconv"
	"strings"
)

// namedLaw is a law or decree of the field that documents often cite by
// name and year instead of by number ("Luật Thi đua, khen thưởng năm
// 2022"). Each year maps to the number of the text passed that year.
type namedLaw struct {
	kind    string
	name    *lazyregexp.Regexp
	numbers map[int]string // year → number
	title   string
}

// namedLaws is the small catalogue of the field's principal texts that
// citations resolve against. Numbers are those printed on the texts.
var namedLaws = []namedLaw{
	{"L", lazyregexp.New(`^(?i)Luật\s+sửa\s+đổi,?\s+bổ\s+sung\s+một\s+số\s+điều\s+của\s+Luật\s+Thi\s+đua\s*(?:,|\s[-–])?\s*(?:và\s+)?khen\s+thưởng`),
		map[int]string{2005: "47/2005/QH11", 2009: "32/2009/QH12", 2013: "39/2013/QH13"}, "Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng"},
	{"L", lazyregexp.New(`^(?i)Luật\s+Thi\s+đua\s*(?:,|\s[-–])?\s*(?:và\s+)?khen\s+thưởng`),
		map[int]string{2003: "15/2003/QH11", 2005: "47/2005/QH11", 2009: "32/2009/QH12", 2013: "39/2013/QH13", 2022: "06/2022/QH15"}, "Luật Thi đua, khen thưởng"},
	{"L", lazyregexp.New(`^(?i)Luật\s+Cán\s+bộ,?\s+công\s+chức`), map[int]string{2008: "22/2008/QH12", 2025: "80/2025/QH15"}, "Luật Cán bộ, công chức"},
	{"L", lazyregexp.New(`^(?i)Luật\s+Viên\s+chức`), map[int]string{2010: "58/2010/QH12"}, "Luật Viên chức"},
	{"L", lazyregexp.New(`^(?i)Luật\s+sửa\s+đổi,?\s+bổ\s+sung\s+một\s+số\s+điều\s+của\s+Luật\s+Tổ\s+chức\s+Chính\s+phủ\s+và\s+Luật\s+Tổ\s+chức\s+chính\s+quyền\s+địa\s+phương`),
		map[int]string{2019: "47/2019/QH14"}, "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương"},
	{"L", lazyregexp.New(`^(?i)Luật\s+Tổ\s+chức\s+chính\s+quyền\s+địa\s+phương`), map[int]string{2015: "77/2015/QH13", 2025: "72/2025/QH15"}, "Luật Tổ chức chính quyền địa phương"},
	{"L", lazyregexp.New(`^(?i)Luật\s+Tổ\s+chức\s+(?:Hội\s+đồng\s+nhân\s+dân|HĐND)\s+và\s+(?:[UỦ][yỷ]\s+ban\s+nhân\s+dân|UBND)`), map[int]string{2003: "11/2003/QH11"}, "Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân"},
	{"L", lazyregexp.New(`^(?i)Luật\s+Tổ\s+chức\s+Chính\s+phủ`), map[int]string{2001: "32/2001/QH10", 2015: "76/2015/QH13", 2025: "63/2025/QH15"}, "Luật Tổ chức Chính phủ"},
	{"L", lazyregexp.New(`^(?i)Luật\s+Ban\s+hành\s+văn\s+bản\s+quy\s+phạm\s+pháp\s+luật\s+của\s+(?:Hội\s+đồng\s+nhân\s+dân|HĐND),?\s+(?:[UỦ][yỷ]\s+ban\s+nhân\s+dân|UBND)`),
		map[int]string{2004: "31/2004/QH11"}, "Luật Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân"},
	{"L", lazyregexp.New(`^(?i)Luật\s+sửa\s+đổi,?\s+bổ\s+sung\s+một\s+số\s+điều\s+của\s+Luật\s+Ban\s+hành\s+văn\s+bản\s+quy\s+phạm\s+ph[áa][pt]\s+luật`),
		map[int]string{2020: "63/2020/QH14", 2025: "87/2025/QH15"}, "Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật"},
	{"L", lazyregexp.New(`^(?i)Luật\s+Ban\s+hành\s+văn\s+bản\s+quy\s+phạm\s+ph[áa][pt]\s+luật`), map[int]string{2008: "17/2008/QH12", 2015: "80/2015/QH13", 2025: "64/2025/QH15"}, "Luật Ban hành văn bản quy phạm pháp luật"},
	{"L", lazyregexp.New(`^(?i)Luật\s+sửa\s+đổi,?\s+bổ\s+sung\s+một\s+số\s+điều\s+của\s+Luật\s+Chứng\s+khoán,\s+Luật\s+Kế\s+toán[^;]{0,300}?Luật\s+Xử\s+lý\s+vi\s+phạm\s+hành\s+chính`),
		map[int]string{2024: "56/2024/QH15"}, "Luật sửa đổi, bổ sung một số điều của Luật Chứng khoán, Luật Kế toán, Luật Kiểm toán độc lập, Luật Ngân sách nhà nước, Luật Quản lý tài sản công, Luật Quản lý thuế, Luật Thuế thu nhập cá nhân, Luật Dự trữ quốc gia, Luật Xử lý vi phạm hành chính"},
	{"L", lazyregexp.New(`^(?i)Luật\s+Công\s+nghệ\s+thông\s+tin`), map[int]string{2006: "67/2006/QH11"}, "Luật Công nghệ thông tin"},
	{"L", lazyregexp.New(`^(?i)Luật\s+An\s+toàn\s+thông\s+tin\s+mạng`), map[int]string{2015: "86/2015/QH13"}, "Luật An toàn thông tin mạng"},
	{"L", lazyregexp.New(`^(?i)Luật\s+Tiếp\s+cận\s+thông\s+tin`), map[int]string{2016: "104/2016/QH13"}, "Luật Tiếp cận thông tin"},
	{"L", lazyregexp.New(`^(?i)Luật\s+Ngân\s+sách\s+nhà\s+nước`), map[int]string{2002: "01/2002/QH11", 2015: "83/2015/QH13"}, "Luật Ngân sách nhà nước"},
}

var (
	lawYearRe    = lazyregexp.New(`^\s*(?:số\s+\S+\s+)?(?:ngày\s+\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\s+)?(?:năm|ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm)\s+(\d{4})|^\s*(?:số\s+\S+\s+)?ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(\d{4})`)
	lawAmendedRe = lazyregexp.New(`^\s*(?:năm\s+\d{4}\s*)?[(,]?\s*(?:được\s+)?sửa\s+đổi,?\s+bổ\s+sung(?:\s+(?:các\s+)?năm)?\s+((?:\d{4}\s*(?:,|và)?\s*)+)`)
	yearRe       = lazyregexp.New(`\d{4}`)
	lawYearsRe   = lazyregexp.New(`^\s*năm\s+\d{4}(?:\s*(?:,|và)\s*(?:năm\s+)?\d{4})+`)
)

// findNamedLaws returns the citations of principal laws written by name
// and year. A name written without a year is not resolved: which text it
// means would be a guess.
func findNamedLaws(text string) []mention {
	var out []mention
	taken := make([][2]int, 0, 4)
	// Candidates: each "Luật"/"luật"/"LUẬT" of the text; the anchored
	// patterns are tried there only.
	for off := 0; off < len(text); {
		i := strings.Index(text[off:], "uật")
		if i < 0 {
			i = strings.Index(text[off:], "UẬT")
		}
		if i < 0 {
			break
		}
		start := off + i - 1
		off += i + len("uật")
		if start < 0 || (text[start] != 'L' && text[start] != 'l') {
			continue
		}
		window := text[start:min(len(text), start+400)]
		for _, law := range namedLaws {
			loc := law.name.FindStringIndex(window)
			if loc == nil {
				continue
			}
			loc[0], loc[1] = loc[0]+start, loc[1]+start
			if overlapsAny(loc, taken) {
				break
			}
			taken = append(taken, [2]int{loc[0], loc[1]})
			rest := text[loc[1]:min(len(text), loc[1]+120)]
			yl := lawYearRe.FindStringSubmatchIndex(rest)
			if yl == nil {
				break
			}
			ym := []string{"", sub(rest, yl, 1), sub(rest, yl, 2)}
			year, _ := strconv.Atoi(ym[1] + ym[2])
			add := func(y int) {
				if num, ok := law.numbers[y]; ok {
					// The mention is the name and the year, as written.
					m := mention{start: loc[0], end: loc[1] + yl[1], kindStart: loc[0], kindWord: "Luật", title: law.title}
					m.num.Text = num
					m.num.Year = y
					out = append(out, m)
				}
			}
			add(year)
			// An amending law of several years: "năm 2005, năm 2009, năm
			// 2013" or "năm 2005, 2009 và 2013".
			if ly := lawYearsRe.FindString(rest); ly != "" {
				for _, y := range yearRe.FindAllString(ly, -1) {
					if v, _ := strconv.Atoi(y); v != year {
						add(v)
					}
				}
			}
			if am := lawAmendedRe.FindStringSubmatch(rest); am != nil {
				for _, y := range yearRe.FindAllString(am[1], -1) {
					if v, _ := strconv.Atoi(y); v != year {
						add(v)
					}
				}
			}
			break
		}
	}
	return out
}

func overlapsAny(loc []int, spans [][2]int) bool {
	for _, s := range spans {
		if loc[0] < s[1] && s[0] < loc[1] {
			return true
		}
	}
	return false
}

// sub returns group g of a match loc of s, or "" when it did not take part.
func sub(s string, loc []int, g int) string {
	if loc[2*g] < 0 {
		return ""
	}
	return s[loc[2*g]:loc[2*g+1]]
}
