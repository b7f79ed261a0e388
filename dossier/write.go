package dossier

import (
	"bytes"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/vnthidua/thidua/nomination"
)

// Template writes an empty dossier: the instructions, the general sheet,
// the nominations and their lists with Vietnamese headers (English below
// them) and drop-down lists, and the lists' values (Danh mục).
func Template(w io.Writer) error { return Write(w, &nomination.Batch{}) }

// Write writes a batch as a dossier workbook that Read reads back to the
// same batch (dates as YYYY-MM-DD, text cleaned as Read cleans it).
func Write(w io.Writer, b *nomination.Batch) error {
	prepare()
	f, err := FromBatch(b).workbook()
	if err != nil {
		return err
	}
	defer f.Close()
	return f.Write(w)
}

// firstData is the first data row of a table sheet written here: row 1
// holds the Vietnamese headers, row 2 the English ones.
const firstData = 3

// templateRows is how many rows below the data the drop-down lists reach,
// for an office to fill in.
const templateRows = 500

type styles struct {
	head, headEn, date, share, wrap, ok, bad, title int
}

type writer struct {
	f  *excelize.File
	st styles
}

func newWriter(f *excelize.File) (*writer, error) {
	wr := &writer{f: f}
	border := []excelize.Border{{Type: "left", Color: "A0A0A0", Style: 1}, {Type: "right", Color: "A0A0A0", Style: 1}, {Type: "top", Color: "A0A0A0", Style: 1}, {Type: "bottom", Color: "A0A0A0", Style: 1}}
	dateFmt := "dd/mm/yyyy"
	for _, s := range []struct {
		id *int
		st *excelize.Style
	}{
		{&wr.st.head, &excelize.Style{Font: &excelize.Font{Bold: true}, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDEBF7"}}, Alignment: &excelize.Alignment{WrapText: true, Vertical: "center", Horizontal: "center"}, Border: border}},
		{&wr.st.headEn, &excelize.Style{Font: &excelize.Font{Italic: true, Color: "595959"}, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"F2F2F2"}}, Alignment: &excelize.Alignment{WrapText: true, Vertical: "center", Horizontal: "center"}, Border: border}},
		{&wr.st.date, &excelize.Style{CustomNumFmt: &dateFmt}},
		{&wr.st.share, &excelize.Style{NumFmt: 9}},
		{&wr.st.wrap, &excelize.Style{Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"}}},
		{&wr.st.ok, &excelize.Style{Font: &excelize.Font{Bold: true, Color: "006100"}, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"C6EFCE"}}, Alignment: &excelize.Alignment{Vertical: "top"}}},
		{&wr.st.bad, &excelize.Style{Font: &excelize.Font{Bold: true, Color: "9C0006"}, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"FFC7CE"}}, Alignment: &excelize.Alignment{Vertical: "top"}}},
		{&wr.st.title, &excelize.Style{Font: &excelize.Font{Bold: true, Size: 14}}},
	} {
		id, err := f.NewStyle(s.st)
		if err != nil {
			return nil, fmt.Errorf("dossier: style: %w", err)
		}
		*s.id = id
	}
	return wr, nil
}

func cell(col, row int) string {
	s, _ := excelize.CoordinatesToCellName(col, row)
	return s
}

// header writes a table's two header rows and its column widths.
func (wr *writer) header(sheet string, vi, en []string, widths []float64) error {
	f := wr.f
	for i := range vi {
		c := colName(i + 1)
		f.SetCellValue(sheet, c+"1", vi[i])
		f.SetCellValue(sheet, c+"2", en[i])
		if err := f.SetColWidth(sheet, c, c, widths[i]); err != nil {
			return err
		}
	}
	last := colName(len(vi))
	f.SetCellStyle(sheet, "A1", last+"1", wr.st.head)
	f.SetCellStyle(sheet, "A2", last+"2", wr.st.headEn)
	f.SetRowHeight(sheet, 1, 32)
	return f.SetPanes(sheet, &excelize.Panes{Freeze: true, YSplit: 2, TopLeftCell: "A3", ActivePane: "bottomLeft"})
}

// table writes a table sheet's header, its drop-down lists down to last,
// and the date and share columns' formats.
func (wr *writer) table(spec *sheetSpec, last int) error {
	f := wr.f
	if _, err := f.NewSheet(spec.name); err != nil {
		return fmt.Errorf("dossier: sheet %s: %w", spec.name, err)
	}
	vi, en, widths := make([]string, len(spec.cols)), make([]string, len(spec.cols)), make([]float64, len(spec.cols))
	for i, c := range spec.cols {
		vi[i], en[i], widths[i] = c.vi, c.en, c.width
	}
	for i, c := range spec.cols {
		// a column's style, not its cells': blank rows stay absent
		switch c.kind {
		case day:
			f.SetColStyle(spec.name, colName(i+1), wr.st.date)
		case share:
			f.SetColStyle(spec.name, colName(i+1), wr.st.share)
		}
	}
	if err := wr.header(spec.name, vi, en, widths); err != nil {
		return err
	}
	for i, c := range spec.cols {
		col := colName(i + 1)
		rng := col + strconv.Itoa(firstData) + ":" + col + strconv.Itoa(last)
		if c.list == nil {
			continue
		}
		dv := excelize.NewDataValidation(true)
		dv.SetSqref(rng)
		dv.SetSqrefDropList(listRange(c.list))
		dv.SetError(excelize.DataValidationErrorStyleWarning, "Giá trị ngoài danh mục", "Giá trị này không có trong danh mục (trang "+SheetLists+"). / Not a value of the list.")
		if err := f.AddDataValidation(spec.name, dv); err != nil {
			return fmt.Errorf("dossier: drop-down list: %w", err)
		}
	}
	return nil
}

// listCol is the column of an enum in the lists sheet: the award codes in
// A (names in B and C), the others from D on.
func listCol(e *enum) int {
	if e == enumAward {
		return 1
	}
	for i, x := range enums {
		if x == e {
			return i + 3
		}
	}
	return 0
}

func listRange(e *enum) string {
	c := colName(listCol(e))
	return fmt.Sprintf("'%s'!$%s$3:$%s$%d", SheetLists, c, c, len(e.codes)+2)
}

func (wr *writer) lists() error {
	f := wr.f
	s := SheetLists
	if _, err := f.NewSheet(s); err != nil {
		return err
	}
	cat := nomination.Default()
	vi := []string{"Mã danh hiệu", "Tên danh hiệu, hình thức", "Tên tiếng Anh"}
	en := []string{"Award code", "Name", "English name"}
	widths := []float64{14, 50, 40}
	for _, e := range enums[1:] {
		a, b, _ := strings.Cut(e.name, " / ")
		vi, en, widths = append(vi, a), append(en, b), append(widths, 22)
	}
	if err := wr.header(s, vi, en, widths); err != nil {
		return err
	}
	for i, code := range enumAward.codes {
		a := cat.Lookup(code)
		f.SetSheetRow(s, cell(1, i+firstData), &[]any{code, a.NameVi, a.NameEn})
	}
	for _, e := range enums[1:] {
		for i, v := range e.values() {
			f.SetCellValue(s, cell(listCol(e), i+firstData), v)
		}
	}
	return nil
}

func (d *Dossier) workbook() (*excelize.File, error) {
	f := excelize.NewFile()
	wr, err := newWriter(f)
	if err != nil {
		f.Close()
		return nil, err
	}
	if err := wr.fill(d); err != nil {
		f.Close()
		return nil, fmt.Errorf("dossier: writing the workbook: %w", err)
	}
	return f, nil
}

func (wr *writer) fill(d *Dossier) error {
	f := wr.f
	b := &d.Batch
	if err := f.SetSheetName("Sheet1", SheetInstructions); err != nil {
		return err
	}
	wr.instructions()
	// general
	g := SheetGeneral
	if _, err := f.NewSheet(g); err != nil {
		return err
	}
	f.SetColWidth(g, "A", "A", 34)
	f.SetColWidth(g, "B", "B", 40)
	for i, c := range generalRows {
		r := i + 1
		f.SetCellValue(g, cell(1, r), c.vi+" / "+c.en)
		f.SetCellStyle(g, cell(1, r), cell(1, r), wr.st.head)
		switch c.key {
		case "unit":
			f.SetCellValue(g, cell(2, r), b.Unit)
		case "year":
			if b.Year != 0 {
				f.SetCellValue(g, cell(2, r), b.Year)
			}
		case "as_of":
			wr.date(g, cell(2, r), b.AsOf)
		}
	}
	last := max(len(b.Nominations)+firstData-1, templateRows)
	if err := wr.table(&specNominations, last); err != nil {
		return err
	}
	for i := range b.Nominations {
		wr.nomination(d.stt[i], &b.Nominations[i], i+firstData)
	}
	for _, spec := range listSpecs {
		if err := wr.list(spec, d, templateRows); err != nil {
			return err
		}
	}
	if err := wr.table(&specCaps, firstData+20); err != nil {
		return err
	}
	codes := make([]string, 0, len(b.Caps))
	for c := range b.Caps {
		codes = append(codes, c)
	}
	sort.Strings(codes)
	for i, c := range codes {
		f.SetSheetRow(SheetCaps, cell(1, i+firstData), &[]any{c, b.Caps[c]})
	}
	if err := wr.lists(); err != nil {
		return err
	}
	idx, _ := f.GetSheetIndex(SheetNominations)
	f.SetActiveSheet(idx)
	return nil
}

// date writes a date: a date cell when it is YYYY-MM-DD, else its text as
// it is (a malformed date stays for Validate to report).
func (wr *writer) date(sheet, ref, v string) {
	if v == "" {
		return
	}
	t, err := time.Parse("2006-01-02", v)
	if err != nil {
		wr.f.SetCellStr(sheet, ref, v)
		return
	}
	serial := t.Sub(time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)).Hours() / 24
	wr.f.SetCellValue(sheet, ref, serial)
	wr.f.SetCellStyle(sheet, ref, ref, wr.st.date)
}

func yes(b bool) string {
	if b {
		return "Có"
	}
	return ""
}

func num(n int) any {
	if n == 0 {
		return nil
	}
	return n
}

func (wr *writer) nomination(stt string, n *nomination.Nomination, row int) {
	f, s := wr.f, SheetNominations
	vals := map[string]any{
		"stt":                  stt,
		"subject.name":         n.Subject.Name,
		"subject.kind":         enumKind.label(n.Subject.Kind),
		"subject.id":           n.Subject.ID,
		"subject.armed_forces": yes(n.Subject.ArmedForces),
		"award":                n.Award,
		"year":                 num(n.Year),
		"conferrer":            enumConferrer.label(n.Conferrer),
		"ground":               enumGround.label(n.Ground),
	}
	if m := n.Members; m != nil {
		vals["members.total"], vals["members.completed"], vals["members.advanced"] = m.Total, m.Completed, m.Advanced
		vals["members.fighters"], vals["members.disciplined"] = m.Fighters, m.Disciplined
	}
	for i, c := range specNominations.cols {
		ref := cell(i+1, row)
		switch c.key {
		case "as_of":
			wr.date(s, ref, n.AsOf)
		case "employed_from":
			wr.date(s, ref, n.EmployedFrom)
		case "decision_date":
			wr.date(s, ref, n.DecisionDate)
		default:
			if v := vals[c.key]; v != nil && v != "" {
				if str, ok := v.(string); ok {
					f.SetCellStr(s, ref, str)
				} else {
					f.SetCellValue(s, ref, v)
				}
			}
		}
	}
}

// list writes one of the nominations' lists, an entry a row.
func (wr *writer) list(spec *sheetSpec, d *Dossier, minRows int) error {
	var rows [][]any
	for i := range d.Batch.Nominations {
		n := &d.Batch.Nominations[i]
		stt := d.stt[i]
		switch spec.list {
		case "history":
			for _, g := range n.History {
				rows = append(rows, []any{stt, g.Award, num(g.Year)})
			}
		case "ratings":
			for _, r := range n.Ratings {
				rows = append(rows, []any{stt, num(r.Year), r.Rating})
			}
		case "initiatives":
			for _, x := range n.Initiatives {
				rows = append(rows, []any{stt, num(x.Year), enumScope.label(x.Scope)})
			}
		case "disciplines":
			for _, x := range n.Disciplines {
				rows = append(rows, []any{stt, enumForm.label(x.Form), dateVal(x.Date)})
			}
		case "leaves":
			for _, x := range n.Leaves {
				rows = append(rows, []any{stt, enumLeave.label(x.Kind), dateVal(x.From), dateVal(x.To)})
			}
		case "bloc_results":
			for _, x := range n.BlocResults {
				var rank any
				if x.Rank != 0 {
					rank = x.Rank
				}
				rows = append(rows, []any{stt, num(x.Year), x.Bloc, rank, yes(x.Leading)})
			}
		}
	}
	if err := wr.table(spec, max(len(rows)+firstData-1, minRows)); err != nil {
		return err
	}
	for i, r := range rows {
		for j, v := range r {
			ref := cell(j+1, i+firstData)
			switch v := v.(type) {
			case nil:
			case dateVal:
				wr.date(spec.name, ref, string(v))
			case string:
				if v != "" {
					wr.f.SetCellStr(spec.name, ref, v)
				}
			default:
				wr.f.SetCellValue(spec.name, ref, v)
			}
		}
	}
	return nil
}

type dateVal string

// Instructions: a line of Vietnamese, then its English.
var instructions = [][2]string{
	{"HỒ SƠ ĐỀ NGHỊ KHEN THƯỞNG — HƯỚNG DẪN ĐIỀN", "NOMINATION DOSSIER — HOW TO FILL IT IN"},
	{"Tệp này được đọc bởi thidua (thidua validate TỆP.xlsx): mỗi đề nghị được kiểm tra theo Luật Thi đua, khen thưởng, từng điều, khoản.", "This file is read by thidua (thidua validate FILE.xlsx): each nomination is checked against the Law on Emulation and Commendation, article by article."},
	{"1. Trang \"" + SheetGeneral + "\": đơn vị đề nghị, năm thành tích, ngày đề nghị (dd/mm/yyyy).", "1. Sheet \"" + SheetGeneral + "\": the proposing unit, the year of the achievements, the date of the proposal."},
	{"2. Trang \"" + SheetNominations + "\": mỗi hàng một đề nghị. STT là số thứ tự, dùng để nối với các trang sau. Chọn danh hiệu, loại đối tượng, cấp quyết định từ danh sách thả xuống.", "2. Sheet \"" + SheetNominations + "\": one nomination a row. STT (No.) links the row to the following sheets. Pick award, subject kind and conferrer from the drop-down lists."},
	{"   Tập thể: ghi số thành viên (tổng số, hoàn thành nhiệm vụ, đạt LĐTT/CSTT, đạt CSTĐ cơ sở, bị kỷ luật từ cảnh cáo).", "   Collectives: fill the member counts (total, completed duties, LĐTT/CSTT, CSTĐ cơ sở, disciplined with a warning or heavier)."},
	{"3. Trang \"" + SheetHistory + "\": danh hiệu, hình thức đã nhận (mỗi hàng một lần, ghi STT của người, tập thể).", "3. Sheet \"" + SheetHistory + "\": titles and awards already received (one a row, with the nomination's STT)."},
	{"4. Trang \"" + SheetRatings + "\": xếp loại từng năm (HTXSNV, HTTNV, HTNV, KHTNV).", "4. Sheet \"" + SheetRatings + "\": the yearly rating (HTXSNV, HTTNV, HTNV, KHTNV)."},
	{"5. Các trang \"" + SheetInitiatives + "\", \"" + SheetDisciplines + "\", \"" + SheetLeaves + "\", \"" + SheetBlocs + "\": sáng kiến, kỷ luật, thời gian nghỉ, kết quả cụm, khối thi đua — chỉ điền khi có.", "5. Sheets \"" + SheetInitiatives + "\", \"" + SheetDisciplines + "\", \"" + SheetLeaves + "\", \"" + SheetBlocs + "\": initiatives, disciplines, leaves, emulation bloc results — only when there are any."},
	{"6. Trang \"" + SheetCaps + "\": tỷ lệ tối đa của bộ, ngành, tỉnh cho một danh hiệu (ví dụ CSTD_CS 15%), khi có.", "6. Sheet \"" + SheetCaps + "\": the ministry's or province's cap for a title (e.g. CSTD_CS 15%), when there is one."},
	{"7. Trang \"" + SheetLists + "\": các mã và nhãn được chấp nhận; mã danh hiệu kèm tên đầy đủ.", "7. Sheet \"" + SheetLists + "\": the accepted codes and labels; award codes with their full names."},
	{"Ngày: ô ngày của Excel, hoặc gõ dd/mm/yyyy. Mã viết hoa hay thường đều được. Khoảng trắng thừa trong tên được bỏ. Ô gộp được hiểu là giá trị lặp lại cho mọi ô trong vùng gộp.", "Dates: Excel date cells, or typed dd/mm/yyyy. Codes in any case. Extra spaces in names are dropped. A merged cell's value counts for every cell it covers."},
	{"Có thể thêm tiêu đề, dòng trống, cột đánh số (1) (2) (3) dưới hàng tiêu đề; hàng không có danh hiệu và tên được bỏ qua.", "Titles above the table, blank rows and a row of column numbers under the header are fine; a row with neither award nor name is skipped."},
	{"Lỗi được báo theo trang, hàng, cột. Kết quả kiểm tra được ghi vào trang \"" + SheetResults + "\" và \"" + SheetFindings + "\" (thidua validate --format xlsx -o KETQUA.xlsx TỆP.xlsx).", "Errors name the sheet, row and column. Results go to the sheets \"" + SheetResults + "\" and \"" + SheetFindings + "\" (thidua validate --format xlsx -o RESULTS.xlsx FILE.xlsx)."},
}

func (wr *writer) instructions() {
	f, s := wr.f, SheetInstructions
	f.SetColWidth(s, "A", "A", 110)
	for i, l := range instructions {
		r := 2*i + 1
		f.SetCellStr(s, cell(1, r), l[0])
		f.SetCellStr(s, cell(1, r+1), l[1])
		if i == 0 {
			f.SetCellStyle(s, cell(1, r), cell(1, r), wr.st.title)
		} else {
			f.SetCellStyle(s, cell(1, r), cell(1, r), wr.st.wrap)
		}
		f.SetCellStyle(s, cell(1, r+1), cell(1, r+1), wr.st.headEn)
	}
}

// WriteResults writes the dossier's workbook with the verdicts beside its
// sheets: "Kết quả" (a row per nomination: verdict and reasons) and "Chi
// tiết kết quả" (a row per finding, the batch's own last). A dossier read
// from a workbook keeps every sheet of it; one made by FromBatch is laid
// out first. br is ValidateBatch's verdict on d.Batch.
func (d *Dossier) WriteResults(w io.Writer, br *nomination.BatchResult) error {
	prepare()
	var f *excelize.File
	var err error
	if d.src != nil {
		f, err = excelize.OpenReader(bytes.NewReader(d.src), excelize.Options{UnzipSizeLimit: DefaultMaxUnzipped << 1, UnzipXMLSizeLimit: DefaultMaxUnzipped << 1})
	} else {
		f, err = d.workbook()
	}
	if err != nil {
		return fmt.Errorf("dossier: %w", err)
	}
	defer f.Close()
	wr, err := newWriter(f)
	if err != nil {
		return err
	}
	if err := wr.results(d, br); err != nil {
		return fmt.Errorf("dossier: writing the results: %w", err)
	}
	return f.Write(w)
}

// resultColumn is a column of the results sheet: adding a field of
// nomination.Result to the sheet is adding an entry to resultColumns, for
// example, once results carry alternatives:
//
//	{"Có thể đề nghị", "Alternatives", 30, func(_ string, r *nomination.Result) any {
//		var s []string
//		for _, a := range r.Alternatives {
//			if a.Eligible {
//				s = append(s, a.Award)
//			}
//		}
//		return strings.Join(s, ", ")
//	}},
//
// and a finding's new field is an entry of findingColumns.
type resultColumn struct {
	vi, en string
	width  float64
	value  func(stt string, r *nomination.Result) any
}

var resultColumns = []resultColumn{
	{"STT", "No.", 6, func(stt string, _ *nomination.Result) any { return stt }},
	{"Họ và tên / Tên tập thể", "Name", 28, func(_ string, r *nomination.Result) any { return r.Subject }},
	{"Danh hiệu, hình thức", "Award", 14, func(_ string, r *nomination.Result) any { return r.Award }},
	{"Tên danh hiệu, hình thức", "Award name", 34, func(_ string, r *nomination.Result) any { return awardName(r.Award, "vi") }},
	{"Năm", "Year", 8, func(_ string, r *nomination.Result) any { return r.Year }},
	{"Chế độ pháp lý", "Regime", 10, func(_ string, r *nomination.Result) any { return r.Regime }},
	{"Kết quả", "Verdict", 20, func(_ string, r *nomination.Result) any { return verdict(r.Eligible, "vi") }},
	{"Lý do", "Reasons", 90, func(_ string, r *nomination.Result) any { return reasons(r.Findings, "vi") }},
	{"Reasons", "(English)", 90, func(_ string, r *nomination.Result) any { return reasons(r.Findings, "en") }},
	{"Sớm nhất đủ điều kiện", "Earliest eligible", 12, func(_ string, r *nomination.Result) any { return num(r.NextEligible) }},
	{"Có thể đề nghị thay", "Alternatives earned", 40, func(_ string, r *nomination.Result) any { return alternatives(r.Alternatives) }},
}

// alternatives lists the awards the same facts earn, code and name.
func alternatives(alts []nomination.Alternative) string {
	var s []string
	for _, a := range alts {
		if a.Eligible {
			s = append(s, a.Award+" ("+awardName(a.Award, "vi")+")")
		}
	}
	return strings.Join(s, "; ")
}

// findingColumn is a column of the findings sheet, a finding a row.
type findingColumn struct {
	vi, en string
	width  float64
	value  func(f *nomination.Finding) any
}

var findingColumns = []findingColumn{
	{"Mức", "Severity", 11, func(f *nomination.Finding) any { return severity(f.Severity) }},
	{"Quy tắc", "Rule", 22, func(f *nomination.Finding) any { return f.Rule }},
	{"Nội dung", "Message", 70, func(f *nomination.Finding) any { return f.Message }},
	{"Message", "(English)", 70, func(f *nomination.Finding) any { return f.MessageEn }},
	{"Căn cứ", "Provision", 34, func(f *nomination.Finding) any { return f.Citation.Text("vi") }},
	{"Đã kiểm chứng", "Verified", 10, func(f *nomination.Finding) any { return yes(f.Citation.Verified) }},
	{"Dữ kiện", "Fact", 22, func(f *nomination.Finding) any { return f.Fact }},
	{"Năm", "Year", 8, func(f *nomination.Finding) any { return num(f.Year) }},
	{"Có", "Have", 7, func(f *nomination.Finding) any { return num(f.Have) }},
	{"Cần", "Need", 7, func(f *nomination.Finding) any { return num(f.Need) }},
	{"Diễn giải", "Trace", 60, func(f *nomination.Finding) any { return f.Trace.Text("vi") }},
	{"Trace", "(English)", 60, func(f *nomination.Finding) any { return f.Trace.Text("en") }},
}

func awardName(code, lang string) string {
	if a := nomination.Default().Lookup(code); a != nil {
		return a.Name(lang)
	}
	return ""
}

func verdict(ok bool, lang string) string {
	switch {
	case lang == "en" && ok:
		return "eligible"
	case lang == "en":
		return "not eligible"
	case ok:
		return "Đủ điều kiện"
	}
	return "Không đủ điều kiện"
}

func severity(s nomination.Severity) string {
	switch s {
	case nomination.Error:
		return "Lỗi"
	case nomination.Warning:
		return "Lưu ý"
	}
	return "Đạt"
}

// reasons are a result's errors and warnings, a line each with the
// provision; an eligible result without any gives what was checked.
func reasons(fs []nomination.Finding, lang string) string {
	var b strings.Builder
	line := func(f *nomination.Finding) {
		mark := map[nomination.Severity]string{nomination.Error: "✗", nomination.Warning: "!", nomination.Info: "✓"}[f.Severity]
		msg := f.Message
		if lang == "en" {
			msg = f.MessageEn
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		fmt.Fprintf(&b, "%s %s [%s]", mark, msg, f.Citation.Text(lang))
	}
	for i := range fs {
		if fs[i].Severity != nomination.Info {
			line(&fs[i])
		}
	}
	if b.Len() == 0 {
		for i := range fs {
			line(&fs[i])
		}
	}
	return b.String()
}

// results writes the two sheets of results with excelize's stream writer:
// a row at a time, not a cell tree (10 000 results have 70 000 findings).
func (wr *writer) results(d *Dossier, br *nomination.BatchResult) error {
	f := wr.f
	for _, s := range []string{SheetResults, SheetFindings} {
		if idx, _ := f.GetSheetIndex(s); idx >= 0 {
			if err := f.DeleteSheet(s); err != nil {
				return err
			}
		}
	}
	stt := func(i int) string {
		if i < len(d.stt) {
			return d.stt[i]
		}
		return strconv.Itoa(i + 1)
	}
	// the results
	vi, en, widths := []string{}, []string{}, []float64{}
	for _, c := range resultColumns {
		vi, en, widths = append(vi, c.vi), append(en, c.en), append(widths, c.width)
	}
	verdictCol := 0
	for i, c := range resultColumns {
		if c.vi == "Kết quả" {
			verdictCol = i
		}
	}
	sw, err := wr.stream(SheetResults, vi, en, widths)
	if err != nil {
		return err
	}
	row := firstData
	put := func(vals []any, verdictStyle int) error {
		cells := make([]any, len(vals))
		for j, v := range vals {
			st := wr.st.wrap
			if j == verdictCol && verdictStyle != 0 {
				st = verdictStyle
			}
			cells[j] = excelize.Cell{StyleID: st, Value: v}
		}
		err := sw.SetRow(cell(1, row), cells)
		row++
		return err
	}
	style := func(ok bool) int {
		if ok {
			return wr.st.ok
		}
		return wr.st.bad
	}
	for i := range br.Results {
		r := &br.Results[i]
		vals := make([]any, len(resultColumns))
		for j, c := range resultColumns {
			vals[j] = c.value(stt(i), r)
		}
		if err := put(vals, style(r.Eligible)); err != nil {
			return err
		}
	}
	// the batch's verdict under the results
	row++
	vals := make([]any, len(resultColumns))
	vals[1] = "Danh sách / The list"
	vals[verdictCol] = map[bool]string{true: "Hợp lệ", false: "Không hợp lệ"}[br.Valid]
	if verdictCol+2 < len(vals) {
		vals[verdictCol+1], vals[verdictCol+2] = reasons(br.Findings, "vi"), reasons(br.Findings, "en")
	}
	if err := put(vals, style(br.Valid)); err != nil {
		return err
	}
	if err := sw.Flush(); err != nil {
		return err
	}

	// the findings
	vi, en, widths = []string{"STT", "Danh hiệu"}, []string{"No.", "Award"}, []float64{10, 14}
	for _, c := range findingColumns {
		vi, en, widths = append(vi, c.vi), append(en, c.en), append(widths, c.width)
	}
	if sw, err = wr.stream(SheetFindings, vi, en, widths); err != nil {
		return err
	}
	row = firstData
	finding := func(key, award string, fd *nomination.Finding) error {
		vals := []any{key, award}
		for _, c := range findingColumns {
			vals = append(vals, c.value(fd))
		}
		return put(vals, 0)
	}
	for i := range br.Results {
		r := &br.Results[i]
		for j := range r.Findings {
			if err := finding(stt(i), r.Award, &r.Findings[j]); err != nil {
				return err
			}
		}
	}
	for j := range br.Findings {
		if err := finding("Danh sách", "", &br.Findings[j]); err != nil {
			return err
		}
	}
	// The workbook opens on the sheet it opened on: making the results
	// active (SetActiveSheet) would build every sheet's cell tree.
	return sw.Flush()
}

// stream starts a new sheet written by a stream writer, with the two
// header rows, the widths and the header frozen.
func (wr *writer) stream(sheet string, vi, en []string, widths []float64) (*excelize.StreamWriter, error) {
	if _, err := wr.f.NewSheet(sheet); err != nil {
		return nil, err
	}
	sw, err := wr.f.NewStreamWriter(sheet)
	if err != nil {
		return nil, err
	}
	for i, w := range widths {
		if err := sw.SetColWidth(i+1, i+1, w); err != nil {
			return nil, err
		}
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 2, TopLeftCell: "A3", ActivePane: "bottomLeft"}); err != nil {
		return nil, err
	}
	h1, h2 := make([]any, len(vi)), make([]any, len(en))
	for i := range vi {
		h1[i] = excelize.Cell{StyleID: wr.st.head, Value: vi[i]}
		h2[i] = excelize.Cell{StyleID: wr.st.headEn, Value: en[i]}
	}
	if err := sw.SetRow("A1", h1, excelize.RowOpts{Height: 32}); err != nil {
		return nil, err
	}
	return sw, sw.SetRow("A2", h2)
}
