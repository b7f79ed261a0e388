package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"

	"github.com/vnthidua/thidua/dossier"
	"github.com/vnthidua/thidua/nomination"
)

// TestDossierTemplate: `thidua dossier template` writes a workbook that
// reads as an empty dossier.
func TestDossierTemplate(t *testing.T) {
	out := filepath.Join(t.TempDir(), "mau.xlsx")
	code, stdout, stderr := runCLI(t, "", "dossier", "template", out)
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, stdout, out)
	f, err := os.Open(out)
	require.NoError(t, err)
	defer f.Close()
	d, err := dossier.Read(f)
	require.NoError(t, err)
	assert.Empty(t, d.Batch.Nominations)

	for _, args := range [][]string{{"dossier"}, {"dossier", "template"}, {"dossier", "template", "x.json"}, {"dossier", "convert", "a.json", "b.csv"}, {"dossier", "frobnicate", "a", "b"}} {
		code, _, stderr := runCLI(t, "", args...)
		assert.Equal(t, 2, code, "%v: %s", args, stderr)
	}
}

// TestDossierConvertRoundTrip: JSON → XLSX → JSON gives the same
// nominations and the same verdict (`thidua validate` output) for every
// batch of the tests and the batch scenarios.
func TestDossierConvertRoundTrip(t *testing.T) {
	files, _ := filepath.Glob("../../nomination/testdata/batch_*.json")
	scen, _ := filepath.Glob("../../nomination/testdata/scenarios/batch_*.json")
	require.NotEmpty(t, scen)
	dir := t.TempDir()
	for i, p := range append(files, scen...) {
		t.Run(filepath.Base(p), func(t *testing.T) {
			in := p
			if b, _ := os.ReadFile(p); bytes.Contains(b, []byte(`"input"`)) {
				var s struct {
					Input json.RawMessage `json:"input"`
				}
				require.NoError(t, json.Unmarshal(b, &s))
				in = filepath.Join(dir, filepath.Base(p))
				require.NoError(t, os.WriteFile(in, s.Input, 0o644))
			}
			xlsx := filepath.Join(dir, "b"+itoa(i)+".xlsx")
			back := filepath.Join(dir, "b"+itoa(i)+".json")
			code, _, stderr := runCLI(t, "", "dossier", "convert", in, xlsx)
			require.Equal(t, 0, code, stderr)
			code, _, stderr = runCLI(t, "", "dossier", "convert", xlsx, back)
			require.Equal(t, 0, code, stderr)

			orig := readBatch(t, in)
			got := readBatch(t, back)
			assert.Equal(t, len(orig.Nominations), len(got.Nominations))
			assert.Equal(t, orig.Unit, got.Unit)
			assert.Equal(t, orig.Year, got.Year)
			assert.Equal(t, orig.AsOf, got.AsOf)
			assert.Equal(t, len(orig.Caps), len(got.Caps))
			for k, v := range orig.Caps {
				assert.Equal(t, v, got.Caps[k])
			}
			for j := range orig.Nominations {
				assert.Equal(t, emptyAsNil(orig.Nominations[j]), emptyAsNil(got.Nominations[j]))
			}
			c1, out1, _ := runCLI(t, "", "validate", in)
			c2, out2, _ := runCLI(t, "", "validate", back)
			c3, out3, _ := runCLI(t, "", "validate", xlsx)
			assert.Equal(t, c1, c2)
			assert.Equal(t, c1, c3)
			if c1 == 2 { // an input error: no verdict, and the same code
				assert.Empty(t, out1+out2+out3)
				return
			}
			assert.JSONEq(t, out1, out2)
			assert.JSONEq(t, out1, out3)
		})
	}
}

// emptyAsNil is a nomination with its empty lists nil: JSON's [] and
// null, the workbook's no rows.
func emptyAsNil(n nomination.Nomination) nomination.Nomination {
	if len(n.History) == 0 {
		n.History = nil
	}
	if len(n.Ratings) == 0 {
		n.Ratings = nil
	}
	if len(n.Initiatives) == 0 {
		n.Initiatives = nil
	}
	if len(n.Disciplines) == 0 {
		n.Disciplines = nil
	}
	if len(n.Leaves) == 0 {
		n.Leaves = nil
	}
	if len(n.BlocResults) == 0 {
		n.BlocResults = nil
	}
	return n
}

func itoa(i int) string { return string(rune('a'+i/26)) + string(rune('a'+i%26)) }

func readBatch(t *testing.T, p string) *nomination.Batch {
	t.Helper()
	b, err := os.ReadFile(p)
	require.NoError(t, err)
	in, err := nomination.DecodeBytes(b)
	require.NoError(t, err)
	require.NotNil(t, in.Batch)
	return in.Batch
}

// TestValidateXLSX: `thidua validate FILE.xlsx` reads the workbook; a bad
// cell is an input error naming sheet, row and column; --format xlsx -o
// writes the results beside the input's sheets.
func TestValidateXLSX(t *testing.T) {
	office := "../../dossier/testdata/office.xlsx"
	code, stdout, stderr := runCLI(t, "", "validate", office)
	require.Contains(t, []int{0, 1}, code, stderr)
	var br nomination.BatchResult
	require.NoError(t, json.Unmarshal([]byte(stdout), &br))
	assert.Equal(t, "Sở Nội vụ tỉnh Hưng Yên", br.Unit)
	require.Len(t, br.Results, 3)
	assert.Equal(t, "Trần Thị Bình", br.Results[1].Subject)

	// from standard input, recognised by its content; JSON on standard
	// input is read as before
	wb, err := os.ReadFile(office)
	require.NoError(t, err)
	code2, stdout2, stderr := runCLI(t, string(wb), "validate", "-")
	assert.Equal(t, code, code2, stderr)
	assert.JSONEq(t, stdout, stdout2)
	js, err := os.ReadFile("../../nomination/testdata/batch_2023_quota.json")
	require.NoError(t, err)
	code, stdout2, stderr = runCLI(t, string(js), "validate", "-")
	assert.Equal(t, 1, code, stderr)
	assert.Contains(t, stdout2, `"unit": "Phòng Tổ chức cán bộ"`)

	code, stdout, _ = runCLI(t, "", "validate", "--format", "text", office)
	assert.Contains(t, []int{0, 1}, code)
	assert.Contains(t, stdout, "Sở Nội vụ tỉnh Hưng Yên")

	out := filepath.Join(t.TempDir(), "ketqua.xlsx")
	code2, stdout, stderr = runCLI(t, "", "validate", "--format", "xlsx", "-o", out, office)
	assert.Equal(t, code, code2, stderr)
	assert.Contains(t, stdout, "3 đề nghị")
	f, err := excelize.OpenFile(out)
	require.NoError(t, err)
	defer f.Close()
	assert.Equal(t, []string{"Thông tin chung", "Danh sách", "Đánh giá", "khen thưởng đã có", dossier.SheetResults, dossier.SheetFindings}, f.GetSheetList())
	v, _ := f.GetCellValue(dossier.SheetResults, "G4")
	assert.Equal(t, map[bool]string{true: "Đủ điều kiện", false: "Không đủ điều kiện"}[br.Results[1].Eligible], v)

	// from JSON too: the batch laid out, the results beside it
	out2 := filepath.Join(t.TempDir(), "ketqua2.xlsx")
	code, _, stderr = runCLI(t, "", "validate", "--format", "xlsx", "-o", out2, "../../nomination/testdata/batch_2023_quota.json")
	assert.Equal(t, 1, code, stderr)
	f2, err := excelize.OpenFile(out2)
	require.NoError(t, err)
	defer f2.Close()
	assert.Contains(t, f2.GetSheetList(), dossier.SheetResults)

	// a workbook on standard input, the results to a file
	out3 := filepath.Join(t.TempDir(), "ketqua3.xlsx")
	code, _, stderr = runCLI(t, string(wb), "validate", "--format", "xlsx", "-o", out3, "-")
	assert.Equal(t, code2, code, stderr)
	f4, err := excelize.OpenFile(out3)
	require.NoError(t, err)
	defer f4.Close()
	assert.Contains(t, f4.GetSheetList(), "Danh sách")

	// a bad cell
	bad := filepath.Join(t.TempDir(), "bad.xlsx")
	f3, err := excelize.OpenFile(office)
	require.NoError(t, err)
	f3.SetCellValue("Danh sách", "F9", "hai nghìn")
	require.NoError(t, f3.SaveAs(bad))
	code, _, stderr = runCLI(t, "", "validate", bad)
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, `trang "Danh sách", hàng 9, cột F`)
	assert.Contains(t, stderr, "['Danh sách'!F9]")
	// a value the law cannot judge, placed by its cell
	f3.SetCellValue("Danh sách", "F9", 2024)
	f3.SetCellValue("Danh sách", "D9", "NOBEL")
	require.NoError(t, f3.SaveAs(bad))
	code, _, stderr = runCLI(t, "", "validate", bad)
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, "['Danh sách'!D9]")

	code, _, stderr = runCLI(t, "", "validate", "--format", "xlsx", office)
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, "-o")
}
