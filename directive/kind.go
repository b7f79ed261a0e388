package directive

import (
	"strings"

	"golang.org/x/text/unicode/norm"
)

// KindInfo describes one kind of document: its abbreviation in the number
// (Decree 30/2020/NĐ-CP, Appendix III; Party documents per Hướng dẫn
// 36-HD/VPTW) and its Vietnamese and English names.
type KindInfo struct {
	Code    string // abbreviation as used in the number: CT, QĐ, NĐ, ...
	Name    string // Vietnamese name: Chỉ thị
	English string // English name: Directive
}

// kinds lists the document kinds thidua knows.
var kinds = []KindInfo{
	{"NQ", "Nghị quyết", "Resolution"},
	{"QĐ", "Quyết định", "Decision"},
	{"CT", "Chỉ thị", "Directive"},
	{"QC", "Quy chế", "Regulation"},
	{"QYĐ", "Quy định", "Rules"},
	{"TC", "Thông cáo", "Communiqué"},
	{"TB", "Thông báo", "Notice"},
	{"HD", "Hướng dẫn", "Guidance"},
	{"CTr", "Chương trình", "Programme"},
	{"KH", "Kế hoạch", "Plan"},
	{"PA", "Phương án", "Scheme"},
	{"ĐA", "Đề án", "Project proposal"},
	{"DA", "Dự án", "Project"},
	{"BC", "Báo cáo", "Report"},
	{"BB", "Biên bản", "Minutes"},
	{"TTr", "Tờ trình", "Submission"},
	{"HĐ", "Hợp đồng", "Contract"},
	{"CĐ", "Công điện", "Official telegram"},
	{"BGN", "Bản ghi nhớ", "Memorandum"},
	{"BTT", "Bản thỏa thuận", "Agreement"},
	{"GUQ", "Giấy ủy quyền", "Power of attorney"},
	{"GM", "Giấy mời", "Invitation"},
	{"GGT", "Giấy giới thiệu", "Letter of introduction"},
	{"GNP", "Giấy nghỉ phép", "Leave permit"},
	{"PG", "Phiếu gửi", "Dispatch slip"},
	{"PC", "Phiếu chuyển", "Transfer slip"},
	{"PB", "Phiếu báo", "Notification slip"},
	{"CV", "Công văn", "Official letter"},
	{"NĐ", "Nghị định", "Decree"},
	{"TT", "Thông tư", "Circular"},
	{"TTLT", "Thông tư liên tịch", "Joint circular"},
	{"L", "Luật", "Law"},
	{"PL", "Pháp lệnh", "Ordinance"},
	{"KL", "Kết luận", "Conclusion"},
	{"QĐi", "Quy định", "Rules (Party)"},
}

// Kind returns the information for an abbreviation such as "CT", "QĐ" or
// "QD" (a plain D is read as Đ). The second result is false for an unknown
// code.
func Kind(code string) (KindInfo, bool) {
	code = norm.NFC.String(strings.TrimSpace(code))
	for _, k := range kinds {
		if k.Code == code {
			return k, true
		}
	}
	for _, k := range kinds {
		if strings.EqualFold(foldD(k.Code), foldD(code)) {
			return k, true
		}
	}
	return KindInfo{}, false
}

// KindByName returns the kind whose Vietnamese name is name, in any case
// ("CHỈ THỊ", "Chỉ thị", "chỉ thị").
func KindByName(name string) (KindInfo, bool) {
	name = strings.ToLower(norm.NFC.String(strings.Join(strings.Fields(name), " ")))
	for _, k := range kinds { // the first of equal names wins: QYĐ before the Party's QĐi
		if strings.ToLower(k.Name) == name {
			return k, true
		}
	}
	return KindInfo{}, false
}

// Kinds returns every document kind thidua knows.
func Kinds() []KindInfo {
	return append([]KindInfo(nil), kinds...)
}

// foldD reads Đ and đ as D, for comparing codes typed without Đ.
func foldD(s string) string {
	return strings.NewReplacer("Đ", "D", "đ", "d").Replace(s)
}
