package dossier

import (
	"bytes"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"

	"github.com/vnthidua/thidua/nomination"
)

// TestTemplate: the empty dossier has its sheets, Vietnamese headers with
// English below, drop-down lists on the coded columns pointing at the
// lists sheet, and instructions in both languages; it reads as an empty
// batch.
func TestTemplate(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, Template(&buf))
	f, err := excelize.OpenReader(bytes.NewReader(buf.Bytes()))
	require.NoError(t, err)
	defer f.Close()
	assert.Equal(t, []string{SheetInstructions, SheetGeneral, SheetNominations, SheetHistory, SheetRatings, SheetInitiatives,
		SheetDisciplines, SheetLeaves, SheetBlocs, SheetCaps, SheetLists}, f.GetSheetList())
	row1, _ := f.GetRows(SheetNominations)
	require.GreaterOrEqual(t, len(row1), 2)
	assert.Equal(t, "Họ và tên / Tên tập thể", row1[0][1])
	assert.Equal(t, "Name", row1[1][1])
	dvs, err := f.GetDataValidations(SheetNominations)
	require.NoError(t, err)
	lists := map[string]string{}
	for _, dv := range dvs {
		lists[dv.Sqref] = dv.Formula1
	}
	assert.Equal(t, "'Danh mục'!$A$3:$A$"+itoa(len(nomination.Default().Codes())+2), lists["F3:F500"], "award codes")
	assert.Contains(t, lists["C3:C500"], "'Danh mục'!$D$3:$D$5", "subject kinds")
	dvs, _ = f.GetDataValidations(SheetRatings)
	require.Len(t, dvs, 1)
	assert.Equal(t, "C3:C500", dvs[0].Sqref)
	// the lists the drop-downs point at
	codes, _ := f.GetCellValue(SheetLists, "A3")
	kind, _ := f.GetCellValue(SheetLists, "D3")
	rating, _ := f.GetCellValue(SheetLists, "E6")
	assert.Equal(t, nomination.Default().Codes()[0], codes)
	assert.Equal(t, "Cá nhân", kind)
	assert.Equal(t, "KHTNV", rating)
	rows, _ := f.GetRows(SheetInstructions)
	text := ""
	for _, r := range rows {
		text += strings.Join(r, " ") + "\n"
	}
	assert.Contains(t, text, "HƯỚNG DẪN")
	assert.Contains(t, text, "HOW TO FILL")
	d, err := Read(bytes.NewReader(buf.Bytes()))
	require.NoError(t, err)
	assert.Empty(t, d.Batch.Nominations)
}

func itoa(n int) string { return strconv.Itoa(n) }

// TestMessyCells: what an office types reads as it means it.
func TestMessyCells(t *testing.T) {
	b := edit(t, sampleXLSX(t), func(f *excelize.File) {
		s := SheetNominations
		f.SetCellValue(s, "B3", "  Nguyễn\u00a0 Văn\n An  ")                   // stray, non-breaking spaces and a line break
		f.SetCellValue(s, "B4", "Pho\u0300ng To\u0302\u0309 chu\u031b\u0301c") // NFD
		f.SetCellValue(s, "F3", " cstd_cs ")
		f.SetCellValue(s, "C4", "TẬP THỂ")
		f.SetCellValue(s, "E3", "x")
		f.SetCellValue(s, "H3", "5/1/2025")   // d/m/yyyy
		f.SetCellValue(s, "I3", "01.09.2015") // dd.mm.yyyy
		f.SetCellValue(s, "G3", "2024")       // a year typed as text
		f.SetCellValue(s, "J3", "Cấp cơ sở")  // a label
		f.SetCellValue(SheetRatings, "C3", "Hoàn thành xuất sắc nhiệm vụ")
		f.SetCellValue(SheetHistory, "B3", "LĐTT")               // the abbreviation with Đ
		f.SetCellValue(SheetHistory, "B4", "Lao động tiên tiến") // the name
		f.SetCellValue(SheetNominations, "F4", "TTLĐXS")         // the abbreviation with Đ
		f.SetCellValue(SheetInitiatives, "C3", "cơ sở")          // a label in lower case
		f.SetCellValue(SheetDisciplines, "B3", "KHIỂN TRÁCH")    // a label in capitals
		f.SetCellValue(SheetCaps, "B3", "20%")
		f.SetCellValue(SheetLeaves, "C3", "2024-03-01T00:00:00") // an ISO date cell as some programs store it
	})
	d, err := Read(bytes.NewReader(b))
	require.NoError(t, err)
	n := d.Batch.Nominations
	assert.Equal(t, "Nguyễn Văn An", n[0].Subject.Name)
	assert.Equal(t, "Phòng Tổ chức", n[1].Subject.Name)
	assert.Equal(t, "CSTD_CS", n[0].Award)
	assert.Equal(t, "collective", n[1].Subject.Kind)
	assert.True(t, n[0].Subject.ArmedForces)
	assert.Equal(t, "2025-01-05", n[0].AsOf)
	assert.Equal(t, "2015-09-01", n[0].EmployedFrom)
	assert.Equal(t, 2024, n[0].Year)
	assert.Equal(t, "unit", n[0].Conferrer)
	assert.Equal(t, "HTXSNV", n[0].Ratings[0].Rating)
	assert.Equal(t, 0.2, d.Batch.Caps["CSTD_CS"])
	assert.Equal(t, "2024-03-01", n[0].Leaves[0].From)
	assert.Equal(t, []nomination.Grant{{Award: "LDTT", Year: 2023}, {Award: "LDTT", Year: 2024}}, n[0].History)
	assert.Equal(t, "TTLDXS", n[1].Award)
	assert.Equal(t, "co_so", n[0].Initiatives[0].Scope)
	assert.Equal(t, "khien_trach", n[1].Disciplines[0].Form)
}

// TestDate1904: a workbook counting days from 1904 reads its serial dates
// so.
func TestDate1904(t *testing.T) {
	b := edit(t, sampleXLSX(t), func(f *excelize.File) {
		yes := true
		require.NoError(t, f.SetWorkbookProps(&excelize.WorkbookPropsOptions{Date1904: &yes}))
		f.SetCellValue(SheetNominations, "H3", 44205) // 2025-01-10 counted from 1904-01-01
	})
	d, err := Read(bytes.NewReader(b))
	require.NoError(t, err)
	assert.Equal(t, "2025-01-10", d.Batch.Nominations[0].AsOf)
}

// TestWriteResults: the results sheets come beside the input's, which
// stay as they were; a row per nomination with its verdict and reasons, a
// row per finding.
func TestWriteResults(t *testing.T) {
	in := edit(t, sampleXLSX(t), func(f *excelize.File) {
		f.NewSheet("Ghi chú")
		f.SetCellValue("Ghi chú", "A1", "sheet of the office's own")
	})
	d, err := Read(bytes.NewReader(in))
	require.NoError(t, err)
	br, err := nomination.ValidateBatch(&d.Batch)
	require.NoError(t, err)
	var out bytes.Buffer
	require.NoError(t, d.WriteResults(&out, &br))
	f, err := excelize.OpenReader(bytes.NewReader(out.Bytes()))
	require.NoError(t, err)
	defer f.Close()
	sheets := f.GetSheetList()
	assert.Contains(t, sheets, "Ghi chú")
	assert.Contains(t, sheets, SheetNominations)
	assert.Equal(t, []string{SheetResults, SheetFindings}, sheets[len(sheets)-2:])
	note, _ := f.GetCellValue("Ghi chú", "A1")
	assert.Equal(t, "sheet of the office's own", note)
	rows, err := f.GetRows(SheetResults)
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(rows), 2+len(br.Results))
	for i, r := range br.Results {
		row := rows[2+i]
		assert.Equal(t, d.stt[i], row[0])
		assert.Equal(t, r.Subject, row[1])
		assert.Equal(t, r.Award, row[2])
		assert.Equal(t, verdict(r.Eligible, "vi"), row[6])
		for _, fd := range r.Findings {
			if fd.Severity == nomination.Error {
				assert.Contains(t, row[7], fd.Message)
				assert.Contains(t, row[7], fd.Citation.Text("vi"))
				assert.Contains(t, row[8], fd.MessageEn)
			}
		}
	}
	frows, _ := f.GetRows(SheetFindings)
	n := 0
	for _, r := range br.Results {
		n += len(r.Findings)
	}
	assert.Len(t, frows, 2+n+len(br.Findings))
	// written again, the results replace the old ones
	d1, err := Read(bytes.NewReader(in))
	require.NoError(t, err)
	d2, err := Read(bytes.NewReader(out.Bytes()))
	require.NoError(t, err)
	assert.Equal(t, d1.Batch, d2.Batch)
	var again bytes.Buffer
	require.NoError(t, d2.WriteResults(&again, &br))
	f2, err := excelize.OpenReader(bytes.NewReader(again.Bytes()))
	require.NoError(t, err)
	assert.Equal(t, sheets, f2.GetSheetList())
}
