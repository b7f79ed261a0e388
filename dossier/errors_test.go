package dossier

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"

	"github.com/vnthidua/thidua/nomination"
)

// sample is a batch with a nomination of each kind and an entry in every
// list, as a test's starting point.
func sample() *nomination.Batch {
	return &nomination.Batch{Unit: "Sở Nội vụ", Year: 2024, AsOf: "2025-01-10", Caps: map[string]float64{"CSTD_CS": 0.15},
		Nominations: []nomination.Nomination{
			{Award: "CSTD_CS", Year: 2024, Subject: nomination.Subject{Kind: "individual", Name: "Nguyễn Văn An", ID: "001"},
				History:     []nomination.Grant{{Award: "LDTT", Year: 2023}, {Award: "LDTT", Year: 2024}},
				Ratings:     []nomination.Rating{{Year: 2023, Rating: "HTXSNV"}, {Year: 2024, Rating: "HTXSNV"}},
				Initiatives: []nomination.Initiative{{Year: 2024, Scope: "co_so"}},
				Leaves:      []nomination.Leave{{Kind: "maternity", From: "2024-03-01", To: "2024-08-31"}},
				Conferrer:   "unit", EmployedFrom: "2015-09-01"},
			{Award: "TTLDXS", Year: 2024, Subject: nomination.Subject{Kind: "collective", Name: "Phòng Tổ chức"},
				Ratings:     []nomination.Rating{{Year: 2024, Rating: "HTXSNV"}},
				Disciplines: []nomination.Discipline{{Form: "khien_trach", Date: "2024-05-02"}},
				BlocResults: []nomination.BlocResult{{Year: 2024, Bloc: "Khối các sở", Rank: 1, Leading: true}},
				Members:     &nomination.Members{Total: 10, Completed: 10, Advanced: 8, Fighters: 2}},
		}}
}

func sampleXLSX(t testing.TB) []byte {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, Write(&buf, sample()))
	return buf.Bytes()
}

// edit opens a workbook, changes it and returns its bytes.
func edit(t testing.TB, b []byte, fn func(f *excelize.File)) []byte {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(b))
	require.NoError(t, err)
	fn(f)
	var buf bytes.Buffer
	require.NoError(t, f.Write(&buf))
	return buf.Bytes()
}

func set(sheet, ref string, v any) func(f *excelize.File) {
	return func(f *excelize.File) {
		if err := f.SetCellValue(sheet, ref, v); err != nil {
			panic(err)
		}
	}
}

// TestCellErrors: a cell that cannot be read as its column needs, or a
// value the law cannot judge (through Where), is a *CellError naming the
// sheet, the row and the column, and the JSON path it fills.
func TestCellErrors(t *testing.T) {
	for _, tc := range []struct {
		name  string
		edit  func(f *excelize.File)
		where bool // the error comes from ValidateBatch, placed by Where
		sheet string
		row   int
		col   string
		field string
		is    error
	}{
		{"year not a number", set(SheetNominations, "G3", "hai nghìn"), false, SheetNominations, 3, "G", "nominations[0].year", ErrValue},
		{"count not whole", set(SheetNominations, "M4", "10,5"), false, SheetNominations, 4, "M", "nominations[1].members.total", ErrValue},
		{"flag not yes or no", set(SheetNominations, "E3", "có lẽ"), false, SheetNominations, 3, "E", "nominations[0].subject.armed_forces", ErrValue},
		{"rating year", set(SheetRatings, "B4", "năm ngoái"), false, SheetRatings, 4, "B", "nominations[0].ratings[1].year", ErrValue},
		{"bloc rank", set(SheetBlocs, "D3", "nhất"), false, SheetBlocs, 3, "D", "nominations[1].bloc_results[0].rank", ErrValue},
		{"no such STT", set(SheetRatings, "A5", 9), false, SheetRatings, 5, "A", "", ErrValue},
		{"duplicate STT", set(SheetNominations, "A4", 1), false, SheetNominations, 4, "A", "", ErrValue},
		{"bad cap", set(SheetCaps, "B3", "nhiều"), false, SheetCaps, 3, "B", "caps.CSTD_CS", ErrValue},
		{"unknown award", set(SheetNominations, "F4", "NOBEL"), true, SheetNominations, 4, "F", "nominations[1].award", nomination.ErrInput},
		{"unknown kind", set(SheetNominations, "C3", "robot"), true, SheetNominations, 3, "C", "nominations[0].subject.kind", nomination.ErrInput},
		{"history year out of range", set(SheetHistory, "C4", 1800), true, SheetHistory, 4, "C", "nominations[0].history[1].year", nomination.ErrOutOfRange},
		{"count out of range", set(SheetNominations, "N4", -1), true, SheetNominations, 4, "N", "nominations[1].members.completed", nomination.ErrOutOfRange},
		{"batch year", set(SheetGeneral, "B2", 1900), true, SheetGeneral, 2, "B", "year", nomination.ErrOutOfRange},
		{"cap over 1", set(SheetCaps, "B3", "150%"), true, SheetCaps, 3, "B", "caps.CSTD_CS", nomination.ErrOutOfRange},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := edit(t, sampleXLSX(t), tc.edit)
			d, err := Read(bytes.NewReader(b))
			if tc.where {
				require.NoError(t, err)
				_, err = nomination.ValidateBatch(&d.Batch)
				require.Error(t, err)
				err = d.Where(err)
			}
			require.Error(t, err)
			var ce *CellError
			require.True(t, errors.As(err, &ce), "%T %v", err, err)
			assert.Equal(t, tc.sheet, ce.Sheet)
			assert.Equal(t, tc.row, ce.Row)
			assert.Equal(t, tc.col, ce.Col)
			assert.Equal(t, tc.field, ce.Field)
			assert.ErrorIs(t, err, tc.is)
			assert.ErrorIs(t, err, nomination.ErrInput)
			assert.Contains(t, err.Error(), fmt.Sprintf("hàng %d", tc.row))
			assert.Contains(t, err.Error(), "sheet \""+tc.sheet+"\"")
		})
	}
}

// TestNotADossier: what is not a workbook of nominations says so.
func TestNotADossier(t *testing.T) {
	empty := excelize.NewFile()
	var buf bytes.Buffer
	require.NoError(t, empty.Write(&buf))
	for _, tc := range []struct {
		name string
		b    []byte
	}{
		{"empty", nil},
		{"text", []byte("STT,Họ và tên\n1,An\n")},
		{"zip of something else", zipOf(t, map[string]string{"a.txt": "hello"})},
		{"workbook without nominations", buf.Bytes()},
		{"truncated", sampleXLSX(t)[:2000]},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Read(bytes.NewReader(tc.b))
			require.Error(t, err)
			assert.ErrorIs(t, err, ErrFormat)
			var ce *CellError
			require.True(t, errors.As(err, &ce))
		})
	}
}

func zipOf(t testing.TB, files map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, body := range files {
		w, err := zw.Create(name)
		require.NoError(t, err)
		io.WriteString(w, body)
	}
	require.NoError(t, zw.Close())
	return buf.Bytes()
}

// workbookWith is a minimal workbook whose one sheet, "Đề nghị", has the
// XML body given (sheetData and what follows it).
func workbookWith(t testing.TB, sheetXML func(w io.Writer)) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	add := func(name, body string) {
		w, err := zw.Create(name)
		require.NoError(t, err)
		io.WriteString(w, body)
	}
	add("[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`)
	add("_rels/.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`)
	add("xl/workbook.xml", `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Đề nghị" sheetId="1" r:id="rId1"/></sheets></workbook>`)
	add("xl/_rels/workbook.xml.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`)
	w, err := zw.Create("xl/worksheets/sheet1.xml")
	require.NoError(t, err)
	io.WriteString(w, `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">`)
	sheetXML(w)
	io.WriteString(w, `</worksheet>`)
	require.NoError(t, zw.Close())
	return buf.Bytes()
}

const headerXML = `<row r="1"><c r="A1" t="inlineStr"><is><t>STT</t></is></c><c r="B1" t="inlineStr"><is><t>Họ và tên</t></is></c><c r="C1" t="inlineStr"><is><t>Danh hiệu</t></is></c></row>`

// TestLimits: input over a limit fails with ErrTooLarge, naming where,
// before its content is held: a zip bomb before anything is inflated, a
// sheet of a million rows at the limit's row.
func TestLimits(t *testing.T) {
	ok := sampleXLSX(t)
	t.Run("file size", func(t *testing.T) {
		_, err := Read(bytes.NewReader(ok), WithMaxBytes(int64(len(ok)-1)))
		assert.ErrorIs(t, err, ErrTooLarge)
		_, err = ReadAt(bytes.NewReader(ok), int64(len(ok)), WithMaxBytes(int64(len(ok)-1)))
		assert.ErrorIs(t, err, ErrTooLarge)
		_, err = ReadAt(bytes.NewReader(ok), 1<<40) // the size alone refuses it
		assert.ErrorIs(t, err, ErrTooLarge)
		_, err = Read(bytes.NewReader(ok), WithMaxBytes(int64(len(ok))))
		assert.NoError(t, err)
	})
	t.Run("zip bomb", func(t *testing.T) {
		// 200 MB of spaces deflated to about 200 KB
		b := workbookWith(t, func(w io.Writer) {
			io.WriteString(w, "<sheetData>"+headerXML)
			sp := bytes.Repeat([]byte(" "), 1<<20)
			for range 200 {
				w.Write(sp)
			}
			io.WriteString(w, "</sheetData>")
		})
		require.Less(t, len(b), 1<<20)
		var m0, m1 runtime.MemStats
		runtime.ReadMemStats(&m0)
		_, err := Read(bytes.NewReader(b))
		runtime.ReadMemStats(&m1)
		assert.ErrorIs(t, err, ErrTooLarge)
		assert.Contains(t, err.Error(), "uncompressed")
		assert.Less(t, m1.TotalAlloc-m0.TotalAlloc, uint64(8<<20), "allocated while refusing a 200 MB bomb")
	})
	t.Run("zip declaring a terabyte", func(t *testing.T) {
		var buf bytes.Buffer
		zw := zip.NewWriter(&buf)
		w, err := zw.CreateRaw(&zip.FileHeader{Name: "xl/worksheets/sheet1.xml", Method: zip.Deflate, CompressedSize64: 2, UncompressedSize64: 1 << 40})
		require.NoError(t, err)
		w.Write([]byte{3, 0})
		require.NoError(t, zw.Close())
		_, err = Read(bytes.NewReader(buf.Bytes()))
		assert.ErrorIs(t, err, ErrTooLarge)
	})
	t.Run("a million rows", func(t *testing.T) {
		b := workbookWith(t, func(w io.Writer) {
			io.WriteString(w, "<sheetData>"+headerXML)
			for i := 2; i <= 1_000_000; i++ {
				fmt.Fprintf(w, `<row r="%d"><c r="A%d"><v>%d</v></c></row>`, i, i, i)
			}
			io.WriteString(w, "</sheetData>")
		})
		_, err := Read(bytes.NewReader(b), WithMaxUnzipped(1<<30), WithMaxBytes(1<<30))
		var ce *CellError
		require.True(t, errors.As(err, &ce), "%v", err)
		assert.ErrorIs(t, err, ErrTooLarge)
		assert.Equal(t, SheetNominations, ce.Sheet)
		assert.Equal(t, DefaultMaxRows+1, ce.Row)
	})
	t.Run("one row far down", func(t *testing.T) {
		b := workbookWith(t, func(w io.Writer) {
			io.WriteString(w, "<sheetData>"+headerXML+`<row r="1048576"><c r="C1048576" t="inlineStr"><is><t>LDTT</t></is></c></row></sheetData>`)
		})
		_, err := Read(bytes.NewReader(b))
		var ce *CellError
		require.True(t, errors.As(err, &ce), "%v", err)
		assert.ErrorIs(t, err, ErrTooLarge)
		assert.Equal(t, DefaultMaxRows+1, ce.Row)
	})
	t.Run("cells", func(t *testing.T) {
		// a cell in the last column makes its row 16 384 cells wide
		b := workbookWith(t, func(w io.Writer) {
			io.WriteString(w, "<sheetData>"+headerXML)
			for i := 2; i <= 300; i++ {
				fmt.Fprintf(w, `<row r="%d"><c r="XFD%d"><v>1</v></c></row>`, i, i)
			}
			io.WriteString(w, "</sheetData>")
		})
		_, err := Read(bytes.NewReader(b))
		var ce *CellError
		require.True(t, errors.As(err, &ce), "%v", err)
		assert.ErrorIs(t, err, ErrTooLarge)
		assert.Equal(t, 1+DefaultMaxCells/16384, ce.Row)
	})
	t.Run("cell length", func(t *testing.T) {
		b := edit(t, ok, set(SheetNominations, "B4", strings.Repeat("Nguyễn ", 1000)))
		_, err := Read(bytes.NewReader(b))
		var ce *CellError
		require.True(t, errors.As(err, &ce), "%v", err)
		assert.ErrorIs(t, err, ErrTooLarge)
		assert.Equal(t, [3]any{SheetNominations, 4, "B"}, [3]any{ce.Sheet, ce.Row, ce.Col})
	})
	t.Run("merged ranges", func(t *testing.T) {
		b := workbookWith(t, func(w io.Writer) {
			io.WriteString(w, "<sheetData>"+headerXML+"</sheetData><mergeCells>")
			for i := 0; i <= maxMerges; i++ {
				fmt.Fprintf(w, `<mergeCell ref="D%d:E%d"/>`, i+2, i+2)
			}
			io.WriteString(w, "</mergeCells>")
		})
		_, err := Read(bytes.NewReader(b))
		assert.ErrorIs(t, err, ErrTooLarge)
	})
}
