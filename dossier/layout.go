package dossier

import (
	"strings"
	"sync"

	"github.com/vnthidua/thidua/nomination"
)

// The workbook's sheets. Names are Vietnamese, as an office names them;
// the reader also finds a sheet by its English name (see sheetSpec.en).
const (
	SheetInstructions = "Hướng dẫn"
	SheetGeneral      = "Thông tin chung"
	SheetNominations  = "Đề nghị"
	SheetHistory      = "Khen thưởng đã có"
	SheetRatings      = "Đánh giá"
	SheetInitiatives  = "Sáng kiến"
	SheetDisciplines  = "Kỷ luật"
	SheetLeaves       = "Nghỉ"
	SheetBlocs        = "Cụm, khối thi đua"
	SheetCaps         = "Tỷ lệ trần"
	SheetLists        = "Danh mục"
	SheetResults      = "Kết quả"
	SheetFindings     = "Chi tiết kết quả"
)

// kind is how a column's cells are read and written.
type kind int

const (
	text  kind = iota // a string: NFC, trimmed, inner spaces collapsed
	code              // a code or its Vietnamese label (see enum)
	year              // a whole number (a year)
	count             // a whole number (a count, a rank)
	day               // a date: date cell, Excel serial, dd/mm/yyyy or yyyy-mm-dd
	flag              // Có/Không, x, true/false
	share             // a share: 0.15, 15%, 0,15
)

// column is one column of a table sheet. key is the JSON path of the value
// inside its record ("subject.name", "year"): the reader matches a header
// against vi, en, key and aliases, and errors name the JSON path too.
type column struct {
	key     string
	vi, en  string
	kind    kind
	list    *enum // drop-down values, nil when none
	width   float64
	aliases []string
	names   map[string]bool // folded vi, en, key, "vi / en" and aliases
}

// sheetSpec is a table sheet: a header row, then one record per row. list
// is the JSON name of the nomination's list the sheet holds ("ratings"),
// "" for the nominations and the caps.
type sheetSpec struct {
	name, en string
	list     string
	cols     []column
}

// enum is a closed set of values: the codes the library reads and the
// Vietnamese labels an office picks from a drop-down. The reader takes
// either (any case); the writer writes the label when there is one.
type enum struct {
	name   string // column of the Danh mục sheet
	codes  []string
	labels []string // same length as codes; "" for none
	index  map[string]string
}

func (e *enum) label(c string) string {
	for i, x := range e.codes {
		if x == c && e.labels[i] != "" {
			return e.labels[i]
		}
	}
	return c
}

// code returns the code a cell's text names, or the text itself when it
// names none (Validate then reports it).
func (e *enum) code(s string) string {
	if c := e.index[fold(s)]; c != "" {
		return c
	}
	if c := e.index[squash(s)]; c != "" {
		return c
	}
	return s
}

// build makes the index of folded codes and labels, and of their squashed
// forms (LĐTT, CSTĐCS, "cstd cs" for LDTT, CSTD_CS); the award codes also
// by their Vietnamese names ("Chiến sĩ thi đua cơ sở").
func (e *enum) build() {
	e.index = make(map[string]string, 4*len(e.codes))
	add := func(k, code string) {
		if c, dup := e.index[k]; dup && c != code {
			e.index[k] = "" // ambiguous: matches nothing
			return
		}
		e.index[k] = code
	}
	for i, x := range e.codes {
		names := []string{x, e.labels[i]}
		if e == enumAward {
			names = append(names, nomination.Default().Lookup(x).NameVi)
		}
		for _, n := range names {
			if n != "" {
				add(fold(n), x)
				add(squash(n), x)
			}
		}
	}
}

// squash is fold without spaces, underscores, dashes and dots, and with
// đ as d: how an abbreviation is compared.
func squash(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case ' ', '_', '-', '.':
			return -1
		case 'đ':
			return 'd'
		}
		return r
	}, fold(s))
}

// values are the drop-down's entries: labels where given, else codes.
func (e *enum) values() []string {
	out := make([]string, len(e.codes))
	for i := range e.codes {
		out[i] = e.label(e.codes[i])
	}
	return out
}

var (
	enumAward = &enum{name: "Mã danh hiệu / Award code"}
	enumKind  = &enum{name: "Loại đối tượng / Subject kind",
		codes:  []string{nomination.Individual, nomination.Collective, nomination.Household},
		labels: []string{"Cá nhân", "Tập thể", "Hộ gia đình"}}
	enumRating = &enum{name: "Xếp loại / Rating",
		codes:  []string{nomination.RatingExcellent, nomination.RatingGood, nomination.RatingCompleted, nomination.RatingFailed},
		labels: []string{"", "", "", ""}}
	enumConferrer = &enum{name: "Cấp quyết định / Conferrer",
		codes:  []string{nomination.ConferrerUnit, nomination.ConferrerCommune, nomination.ConferrerDistrict, nomination.ConferrerMinistryProvince, nomination.ConferrerPrimeMinister, nomination.ConferrerPresident},
		labels: []string{"Cấp cơ sở", "Chủ tịch UBND cấp xã", "Chủ tịch UBND cấp huyện (đến 30/6/2025)", "Bộ, ngành, tỉnh", "Thủ tướng Chính phủ", "Chủ tịch nước"}}
	enumGround = &enum{name: "Căn cứ / Ground",
		codes:  []string{"regular", "campaign", "sudden", "dedication"},
		labels: []string{"Thường xuyên", "Chuyên đề", "Đột xuất", "Quá trình cống hiến"}}
	enumScope = &enum{name: "Phạm vi / Scope",
		codes:  []string{nomination.ScopeGrassroots, nomination.ScopeMinistryProvince, nomination.ScopeNational},
		labels: []string{"Cơ sở", "Bộ, ngành, tỉnh", "Toàn quốc"}}
	enumForm = &enum{name: "Hình thức kỷ luật / Discipline",
		codes:  []string{nomination.DisciplineReprimand, nomination.DisciplineWarning, nomination.DisciplineSalary, nomination.DisciplineDemotion, nomination.DisciplineDismissal, nomination.DisciplineFiring},
		labels: []string{"Khiển trách", "Cảnh cáo", "Hạ bậc lương", "Giáng chức", "Cách chức", "Buộc thôi việc"}}
	enumLeave = &enum{name: "Loại nghỉ / Leave",
		codes:  []string{nomination.LeaveMaternity, nomination.LeaveStudy, nomination.LeaveSick, nomination.LeaveMilitary, nomination.LeaveUnpaid},
		labels: []string{"Thai sản", "Đi học", "Ốm đau", "Điều trị vết thương", "Không lương"}}
	enumYesNo = &enum{name: "Có/Không / Yes/No", codes: []string{"Có", "Không"}, labels: []string{"", ""}}
)

// enums are the Danh mục sheet's columns, in order.
var enums = []*enum{enumAward, enumKind, enumRating, enumConferrer, enumGround, enumScope, enumForm, enumLeave, enumYesNo}

// prepare fills the lists and columns from the catalogue, once, on first
// use rather than at package init (a program that imports dossier and
// never reads a workbook pays nothing).
var prepare = sync.OnceFunc(func() {
	cat := nomination.Default()
	enumAward.codes = cat.Codes()
	enumAward.labels = make([]string, len(enumAward.codes))
	for _, e := range enums {
		e.build()
	}
	for _, spec := range append(listSpecs, &specNominations, &specCaps) {
		for i := range spec.cols {
			spec.cols[i].build()
		}
	}
	for i := range generalRows {
		generalRows[i].build()
	}
	colSTT.build()
})

// colSTT links a row of a list sheet to its nomination.
var colSTT = column{key: "stt", vi: "STT", en: "No.", kind: text, width: 6, aliases: []string{"số thứ tự", "tt", "stt đề nghị", "no"}}

var (
	specNominations = sheetSpec{name: SheetNominations, en: "Nominations", cols: []column{
		colSTT,
		{key: "subject.name", vi: "Họ và tên / Tên tập thể", en: "Name", kind: text, width: 28, aliases: []string{"họ và tên", "họ tên", "tên tập thể", "tên", "tên cá nhân, tập thể"}},
		{key: "subject.kind", vi: "Loại đối tượng", en: "Subject kind", kind: code, list: enumKind, width: 14, aliases: []string{"đối tượng", "kind"}},
		{key: "subject.id", vi: "Mã định danh", en: "ID", kind: text, width: 14, aliases: []string{"mã số", "số định danh", "cccd"}},
		{key: "subject.armed_forces", vi: "Lực lượng vũ trang", en: "Armed forces", kind: flag, list: enumYesNo, width: 10, aliases: []string{"llvt"}},
		{key: "award", vi: "Danh hiệu, hình thức đề nghị", en: "Award proposed", kind: code, list: enumAward, width: 16, aliases: []string{"danh hiệu đề nghị", "hình thức đề nghị", "danh hiệu", "mã danh hiệu"}},
		{key: "year", vi: "Năm thành tích", en: "Year", kind: year, width: 9, aliases: []string{"năm"}},
		{key: "as_of", vi: "Ngày đề nghị", en: "Date of proposal", kind: day, width: 12},
		{key: "employed_from", vi: "Ngày tuyển dụng", en: "Employed from", kind: day, width: 12},
		{key: "conferrer", vi: "Cấp quyết định", en: "Conferrer", kind: code, list: enumConferrer, width: 16, aliases: []string{"thẩm quyền"}},
		{key: "decision_date", vi: "Ngày quyết định", en: "Date of decision", kind: day, width: 12, aliases: []string{"ngày ký quyết định"}},
		{key: "ground", vi: "Căn cứ khen", en: "Ground", kind: code, list: enumGround, width: 14},
		{key: "members.total", vi: "Tổng số thành viên", en: "Members: total", kind: count, width: 10},
		{key: "members.completed", vi: "Số hoàn thành nhiệm vụ", en: "Members: completed duties", kind: count, width: 10},
		{key: "members.advanced", vi: "Số đạt LĐTT/CSTT", en: "Members: advanced", kind: count, width: 10},
		{key: "members.fighters", vi: "Số đạt CSTĐ cơ sở", en: "Members: CSTĐ cơ sở", kind: count, width: 10},
		{key: "members.disciplined", vi: "Số bị kỷ luật", en: "Members: disciplined", kind: count, width: 10},
	}}
	specHistory = sheetSpec{name: SheetHistory, en: "History", list: "history", cols: []column{
		colSTT,
		{key: "award", vi: "Danh hiệu, hình thức đã nhận", en: "Award received", kind: code, list: enumAward, width: 16, aliases: []string{"danh hiệu", "hình thức", "mã danh hiệu"}},
		{key: "year", vi: "Năm thành tích", en: "Year", kind: year, width: 9, aliases: []string{"năm"}},
	}}
	specRatings = sheetSpec{name: SheetRatings, en: "Ratings", list: "ratings", cols: []column{
		colSTT,
		{key: "year", vi: "Năm", en: "Year", kind: year, width: 9, aliases: []string{"năm đánh giá"}},
		{key: "rating", vi: "Xếp loại", en: "Rating", kind: code, list: enumRating, width: 12, aliases: []string{"mức xếp loại", "kết quả đánh giá", "đánh giá"}},
	}}
	specInitiatives = sheetSpec{name: SheetInitiatives, en: "Initiatives", list: "initiatives", cols: []column{
		colSTT,
		{key: "year", vi: "Năm công nhận", en: "Year", kind: year, width: 9, aliases: []string{"năm"}},
		{key: "scope", vi: "Phạm vi ảnh hưởng", en: "Scope", kind: code, list: enumScope, width: 16, aliases: []string{"phạm vi"}},
	}}
	specDisciplines = sheetSpec{name: SheetDisciplines, en: "Disciplines", list: "disciplines", cols: []column{
		colSTT,
		{key: "form", vi: "Hình thức kỷ luật", en: "Form", kind: code, list: enumForm, width: 16, aliases: []string{"hình thức"}},
		{key: "date", vi: "Ngày quyết định", en: "Date", kind: day, width: 12, aliases: []string{"ngày"}},
	}}
	specLeaves = sheetSpec{name: SheetLeaves, en: "Leaves", list: "leaves", cols: []column{
		colSTT,
		{key: "kind", vi: "Loại nghỉ", en: "Kind", kind: code, list: enumLeave, width: 16},
		{key: "from", vi: "Từ ngày", en: "From", kind: day, width: 12},
		{key: "to", vi: "Đến ngày", en: "To", kind: day, width: 12},
	}}
	specBlocs = sheetSpec{name: SheetBlocs, en: "Bloc results", list: "bloc_results", cols: []column{
		colSTT,
		{key: "year", vi: "Năm", en: "Year", kind: year, width: 9},
		{key: "bloc", vi: "Cụm, khối thi đua", en: "Bloc", kind: text, width: 24, aliases: []string{"cụm", "khối"}},
		{key: "rank", vi: "Xếp hạng", en: "Rank", kind: count, width: 9, aliases: []string{"thứ hạng"}},
		{key: "leading", vi: "Dẫn đầu", en: "Leading", kind: flag, list: enumYesNo, width: 9},
	}}
	specCaps = sheetSpec{name: SheetCaps, en: "Caps", cols: []column{
		{key: "award", vi: "Danh hiệu", en: "Award", kind: code, list: enumAward, width: 16, aliases: []string{"mã danh hiệu"}},
		{key: "share", vi: "Tỷ lệ tối đa", en: "Cap (share)", kind: share, width: 12, aliases: []string{"tỷ lệ"}},
	}}
	// listSpecs are the sheets of a nomination's lists, in JSON order.
	listSpecs = []*sheetSpec{&specHistory, &specRatings, &specInitiatives, &specDisciplines, &specLeaves, &specBlocs}
)

// The general sheet's rows: label in column A, value in column B.
var generalRows = []column{
	{key: "unit", vi: "Đơn vị đề nghị", en: "Unit", kind: text, aliases: []string{"đơn vị", "cơ quan, đơn vị"}},
	{key: "year", vi: "Năm thành tích", en: "Year", kind: year, aliases: []string{"năm"}},
	{key: "as_of", vi: "Ngày đề nghị", en: "Date of proposal", kind: day, aliases: []string{"ngày"}},
}

// fold is the form in which headers, labels and codes are compared: NFC,
// lower case, spaces collapsed, a trailing "(*)", "*" or ":" dropped.
func fold(s string) string {
	s = strings.ToLower(clean(s))
	for {
		t := strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(s, "(*)"), "*"), ":"))
		if t == s {
			return s
		}
		s = t
	}
}

// build makes the set of folded headers that name c.
func (c *column) build() {
	c.names = map[string]bool{fold(c.vi): true, fold(c.en): true, c.key: true, fold(c.vi + " / " + c.en): true}
	for _, a := range c.aliases {
		c.names[fold(a)] = true
	}
}

// matches reports whether a folded header cell names column c.
func (c *column) matches(h string) bool {
	return h != "" && c.names[h]
}
