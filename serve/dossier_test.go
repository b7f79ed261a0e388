package serve

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"

	"github.com/vnthidua/thidua/dossier"
	"github.com/vnthidua/thidua/nomination"
)

// xlsxOf lays a JSON batch out as a dossier workbook.
func xlsxOf(t *testing.T, batchJSON []byte) []byte {
	t.Helper()
	in, err := nomination.DecodeBytes(batchJSON)
	require.NoError(t, err)
	require.NotNil(t, in.Batch)
	var buf bytes.Buffer
	require.NoError(t, dossier.Write(&buf, in.Batch))
	return buf.Bytes()
}

// TestValidateXLSX: an XLSX dossier, by its media type or sniffed, gets
// the same answer as its batch in JSON.
func TestValidateXLSX(t *testing.T) {
	_, ts := newTestServer(t)
	batch := readFile(t, "../nomination/testdata/batch_2023_quota.json")
	code, _, want := do(t, "POST", ts.URL+"/v1/validate", "application/json", bytes.NewReader(batch))
	require.Equal(t, http.StatusOK, code, "%s", want)
	wb := xlsxOf(t, batch)
	for _, ct := range []string{xlsxType, "application/octet-stream", "", "application/x-www-form-urlencoded"} {
		t.Run(ct, func(t *testing.T) {
			code, h, got := do(t, "POST", ts.URL+"/v1/validate", ct, bytes.NewReader(wb))
			require.Equal(t, http.StatusOK, code, "%s", got)
			assert.Equal(t, "application/json; charset=utf-8", h.Get("Content-Type"))
			assert.Equal(t, string(want), string(got))
		})
	}
	// the hand-made office workbook
	code, _, got := do(t, "POST", ts.URL+"/v1/validate", xlsxType, bytes.NewReader(readFile(t, "../dossier/testdata/office.xlsx")))
	require.Equal(t, http.StatusOK, code, "%s", got)
	var br nomination.BatchResult
	require.NoError(t, json.Unmarshal(got, &br))
	assert.Equal(t, "Sở Nội vụ tỉnh Hưng Yên", br.Unit)
	assert.Len(t, br.Results, 3)
}

// TestValidateXLSXErrors: a bad workbook is a 4xx whose field is the cell
// and whose messages name the sheet, row and column.
func TestValidateXLSXErrors(t *testing.T) {
	_, ts := newTestServer(t)
	office := readFile(t, "../dossier/testdata/office.xlsx")
	editCell := func(sheet, ref string, v any) []byte {
		f, err := excelize.OpenReader(bytes.NewReader(office))
		require.NoError(t, err)
		require.NoError(t, f.SetCellValue(sheet, ref, v))
		var buf bytes.Buffer
		require.NoError(t, f.Write(&buf))
		return buf.Bytes()
	}
	for _, tc := range []struct {
		name        string
		body        []byte
		status      int
		code, field string
		vi, en      string
	}{
		{"bad year", editCell("Danh sách", "F9", "hai nghìn"), 422, "invalid_input", "'Danh sách'!F9", "hàng 9, cột F: ", "row 9, column F: "},
		{"unknown award", editCell("Danh sách", "D10", "NOBEL"), 422, "invalid_input", "'Danh sách'!D10", "hàng 10, cột D", "nominations[2].award"},
		{"rating of no nomination", editCell("Đánh giá", "A5", 7), 422, "invalid_input", "'Đánh giá'!A5", "STT 7", "No. 7"},
		{"no dossier", func() []byte {
			var buf bytes.Buffer
			excelize.NewFile().Write(&buf)
			return buf.Bytes()
		}(), 400, "bad_xlsx", "", "Đề nghị", "nominations"},
		{"cell too long", editCell("Danh sách", "B7", strings.Repeat("Nguyễn ", 1000)), 413, "too_large", "'Danh sách'!B7", "hàng 7, cột B", "row 7, column B"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, _, b := do(t, "POST", ts.URL+"/v1/validate", xlsxType, bytes.NewReader(tc.body))
			assert.Equal(t, tc.status, code, "%s", b)
			checkError(t, b, tc.code, tc.field)
			assert.Contains(t, string(b), tc.vi)
			assert.Contains(t, string(b), tc.en)
		})
	}
}

// TestValidateXLSXOversized: a workbook over the body limit is a 413
// before it is read, and one whose parts inflate past the limit too.
func TestValidateXLSXOversized(t *testing.T) {
	_, ts := newTestServer(t)
	big := bytes.Repeat([]byte("PK\x03\x04"), nomination.MaxInput/4+1)
	code, _, b := do(t, "POST", ts.URL+"/v1/validate", xlsxType, bytes.NewReader(big))
	assert.Equal(t, http.StatusRequestEntityTooLarge, code, "%s", b)
	checkError(t, b, "too_large", "")

	// 100 MB of one repeated row, deflated to well under the body limit
	var sheet bytes.Buffer
	sheet.WriteString(`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`)
	sheet.Write(bytes.Repeat([]byte(" "), 100<<20))
	sheet.WriteString(`</sheetData></worksheet>`)
	bomb := zipFiles(t, map[string][]byte{"xl/workbook.xml": []byte("<workbook/>"), "xl/worksheets/sheet1.xml": sheet.Bytes()})
	require.Less(t, len(bomb), nomination.MaxInput)
	code, _, b = do(t, "POST", ts.URL+"/v1/validate", "application/octet-stream", bytes.NewReader(bomb))
	assert.Equal(t, http.StatusRequestEntityTooLarge, code, "%s", b)
	checkError(t, b, "too_large", "")
}

// TestOpenAPIValidateTypes keeps /openapi.json's request types of
// /v1/validate in step with the server: each is read (200 for a workbook
// or a JSON batch sent as that type), XLSX among them.
func TestOpenAPIValidateTypes(t *testing.T) {
	var doc struct {
		Paths map[string]map[string]struct {
			RequestBody struct {
				Content map[string]json.RawMessage `json:"content"`
			} `json:"requestBody"`
		} `json:"paths"`
	}
	require.NoError(t, json.Unmarshal(openAPIJSON, &doc))
	types := doc.Paths["/v1/validate"]["post"].RequestBody.Content
	require.Contains(t, types, xlsxType)
	_, ts := newTestServer(t)
	batch := readFile(t, "../nomination/testdata/batch_2023_quota.json")
	wb := xlsxOf(t, batch)
	for ct, schema := range types {
		body := batch
		if strings.Contains(string(schema), "binary") {
			body = wb
		}
		code, _, b := do(t, "POST", ts.URL+"/v1/validate", ct, bytes.NewReader(body))
		assert.Equal(t, http.StatusOK, code, "%s: %s", ct, b)
	}
}

func zipFiles(t *testing.T, files map[string][]byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, b := range files {
		w, err := zw.Create(name)
		require.NoError(t, err)
		_, err = w.Write(b)
		require.NoError(t, err)
	}
	require.NoError(t, zw.Close())
	return buf.Bytes()
}
