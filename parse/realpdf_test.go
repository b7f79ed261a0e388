package parse

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/vnthidua/thidua/directive"
)

// TestBlankHeader reads headers whose number or day is left blank for the
// hand (drafts, copies printed before they were numbered) or was written
// by hand and read by OCR as stray marks: the record is the document's,
// with its kind, title and issuer, and nothing is filled in where the
// header is blank. Before, such a header was not recognised and the first
// number cited in the body was taken for the document's own.
func TestBlankHeader(t *testing.T) {
	tests := []struct {
		name, text                         string
		kind, number, issued, place, title string
		level                              directive.Level
		citations                          []string
		tasks                              int
	}{
		{
			name: "report with number and day blank",
			text: "UBND TỈNH HẬU GIANG\nSỞ TÀI CHÍNH\nSố: /BC-STC\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHậu Giang, ngày tháng năm 2024\nBÁO CÁO\nGiá thị trường tháng 7 năm 2024\nKính gửi: Bộ Tài chính (Cục Quản lý giá)\nThực hiện Quyết định số 22/2024/QĐ-UBND ngày 11 tháng 7 năm 2024 của UBND tỉnh Hậu Giang, Sở Tài chính báo cáo như sau:\nI. TỔNG QUAN\nGiá cả ổn định.\nII. DỰ BÁO\nGiá tiếp tục biến động.\nNơi nhận:\n- Cục QL giá;\n- Lưu: VP.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Thị Kim Loan\n",
			kind: "BC", place: "Hậu Giang", title: "Giá thị trường tháng 7 năm 2024", level: directive.LevelProvince,
			citations: []string{"22/2024/QĐ-UBND"}, tasks: 2,
		},
		{
			name: "official letter numbered by hand, read by OCR",
			text: "UBND TỈNH PHÚ THỌ\nSỞ THÔNG TIN VÀ TRUYỀN THÔNG\nSố: J†§ /STTTT-CNTT\nV/v đăng ký danh sách tham gia Hội thi kỹ năng sử dụng máy tính.\nKính gửi:\nCỘNG HOÀ XÃ HỌI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nPhú Thọ, ngày |B tháng 12 năm 2011\n- Các đơn vị trực thuộc sở;\nThực hiện Kế hoạch số 25/KH-STTTT, ngày 6 tháng 12 năm 2011 của sở Thông tin và Truyền thông.\nNơi nhận:\n- Như trên;\n- Lưu: CNTT, VT.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNguyễn Hữu Việt\n",
			kind: "CV", place: "Phú Thọ", title: "V/v đăng ký danh sách tham gia Hội thi kỹ năng sử dụng máy tính.", level: directive.LevelProvince,
			citations: []string{"25/KH-STTTT"}, tasks: 0, // the addressees under "Kính gửi:" are no tasks
		},
		{
			name: "department of labour, invalids and social affairs is no commune",
			text: "UBND TỈNH QUẢNG BÌNH\nSỞ LAO ĐỘNG – THƯƠNG BINH\nVÀ XÃ HỘI\nSố: /SLĐTBXH-LĐVLDN\nV/v hướng dẫn thu thập thông tin thị trường lao động năm 2022\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nQuảng Bình, ngày tháng 10 năm 2022\nKính gửi: UBND các huyện, thị xã, thành phố.\nCăn cứ Kế hoạch số 884/KH-UBND ngày 24/5/2022 của Ủy ban nhân dân tỉnh, Sở hướng dẫn như sau:\n1. Xây dựng kế hoạch.\n2. Báo cáo kết quả.\n",
			kind: "CV", place: "Quảng Bình", title: "V/v hướng dẫn thu thập thông tin thị trường lao động năm 2022", level: directive.LevelProvince,
			citations: []string{"884/KH-UBND"}, tasks: 2,
		},
		{
			name: "day glued to ngày, motto after a stray mark",
			text: "THỦ TƯỚNG CHÍNH PHỦ\nSố: 464/TTg-CĐS\nˆ CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Nội, ngày30 tháng 4 năm 2026\nV/v triển khai các Nghị quyết cắt giảm, đơn giản hóa TTHC, ĐKKD\nKính gửi: Các bộ, cơ quan ngang bộ.\nTriển khai Kết luận số 18-KL/TW ngày 02 tháng 4 năm 2026 của Ban Chấp hành Trung ương.\n",
			kind: "CV", number: "464/TTg-CĐS", issued: "2026-04-30", place: "Hà Nội", title: "V/v triển khai các Nghị quyết cắt giảm, đơn giản hóa TTHC, ĐKKD", level: directive.LevelCentral,
			citations: []string{"18-KL/TW"}, tasks: 0,
		},
		{
			name: "number left blank, a body line starting with số",
			text: "THỦ TƯỚNG CHÍNH PHỦ\nSố: /TTg-CĐS\n97:\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Nội, ngày 30 tháng 4 năm 2026\nV/v triển khai các Nghị quyết cắt giảm,\nđơn giản hóa TTHC, ĐKKD\nKính gửi:\n- Bộ trưởng, Thủ trưởng cơ quan ngang Bộ;\n- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố.\nĐể triển khai kịp thời, trên cơ sở Báo cáo của Bộ Tài chính tại văn bản\nsố 5166/BTC-PC ngày 23 tháng 4 năm 2026, Thủ tướng Chính phủ có ý kiến như sau:\n1. Các bộ khẩn trương triển khai.\n2. Văn phòng Chính phủ theo dõi, đôn đốc.\n",
			kind: "CV", issued: "2026-04-30", place: "Hà Nội", title: "V/v triển khai các Nghị quyết cắt giảm, đơn giản hóa TTHC, ĐKKD", level: directive.LevelCentral,
			citations: []string{"5166/BTC-PC"}, tasks: 2,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parseString(t, tt.text).Directive
			assert.Equal(t, tt.kind, d.Kind, "kind")
			assert.Equal(t, tt.number, d.Number, "number")
			assert.Equal(t, tt.issued, d.Issued, "issued")
			assert.Equal(t, tt.place, d.Place, "place")
			assert.Equal(t, tt.title, d.Title, "title")
			assert.Equal(t, tt.level, d.Issuer.Level, "level")
			var cites []string
			for _, c := range d.Citations {
				cites = append(cites, c.Number)
			}
			assert.Equal(t, tt.citations, cites, "citations")
			assert.Len(t, d.Tasks, tt.tasks, "tasks")
		})
	}
}

// TestRealPDF reads published PDFs of testdata/realpdf end to end and
// checks the fields listed for each against its gold record (written by
// reading the document). The other fields of these files are not read
// right yet; the score of the whole folder is measured with
// eval_directives.py (see testdata/realpdf/README.md).
func TestRealPDF(t *testing.T) {
	tests := []struct {
		name   string
		ocr    bool
		fields []string
		warns  []string // ends of warnings the record must hold
	}{
		// Text layer, number and day left blank: nothing filled in.
		{"haugiang-bc-stc-giathitruong-2024", false, []string{"kind", "number", "issued", "title", "issuer.level", "issuer.province", "signer.name", "signer.position"}, nil},
		// Text layer; number and day are stamped in signature widgets,
		// which PDFium's text layer leaves out and parse/pdf adds
		// (widgetChars).
		// Its "11/2022/TT-BLĐTBXH" has the narrow boxes of two "1".
		{"quangbinh-cv1445-sldtbxh-2022", false, []string{"kind", "number", "issued", "title", "issuer.level", "issuer.province", "signer.name", "signer.position", "citations"}, nil},
		{"quangngai-cv507-2025", false, []string{"kind", "number", "issued", "title", "issuer.level", "issuer.province", "signer.name", "signer.position", "citations"}, nil},
		// Scan: number and day by hand, read by OCR as stray marks; the
		// motto and the position with a mark misread.
		// The number by hand, illegible, is taken from the file name.
		{"phutho-cv275-stttt-2011", true, []string{"kind", "number", "title", "issuer.level", "issuer.province", "signer.name", "signer.position", "tasks"}, nil},
		// Scan of two documents: page 2 is the first page of another
		// letter (620/VP-KSTTHC), whose citations are not this one's; the
		// number by hand, illegible, is taken from the file name.
		// "30c/NQ-CP" is not read yet.
		{"phutho-cv4532-ubnd-2011", true, []string{"kind", "number", "title", "issuer.level", "issuer.province", "signer.name", "tasks"},
			[]string{"page 2 starts another document (a header of its own): only the first 1 pages are read", `taken from the file name "phutho-cv4532-ubnd-2011.pdf": no number could be read on the page`}},
		// Hybrid scan: number by hand, read as blank; the motto after a
		// stray mark, the day glued to "ngày", a body line that starts
		// with "số 5166/BTC-PC".
		{"ttg-cv464-cds-2026", true, []string{"kind", "number", "issued", "title", "issuer.level", "issuer.province", "tasks"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.ocr {
				needTesseract(t)
			}
			b, err := os.ReadFile(filepath.Join("testdata", "realpdf", tt.name+".pdf"))
			if err != nil {
				t.Fatal(err)
			}
			var gold struct {
				Directive struct {
					Kind, Number, Issued, Title string
					Issuer                      struct{ Level, Province string }
					Signer                      directive.Signer
					TaskCount                   *int `json:"task_count"`
					Citations                   []string
				}
			}
			g, err := os.ReadFile(filepath.Join("testdata", "realpdf", tt.name+".gold.json"))
			if err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal(g, &gold); err != nil {
				t.Fatal(err)
			}
			rec, err := PDF(context.Background(), bytes.NewReader(b), int64(len(b)), WithPath(tt.name+".pdf"))
			if err != nil {
				t.Fatal(err)
			}
			d, w := rec.Directive, gold.Directive
			got := map[string][2]string{
				"kind":            {d.Kind, w.Kind},
				"number":          {d.Number, w.Number},
				"issued":          {d.Issued, w.Issued},
				"title":           {d.Title, w.Title},
				"issuer.level":    {string(d.Issuer.Level), w.Issuer.Level},
				"issuer.province": {strings.ToLower(d.Issuer.Province), strings.ToLower(w.Issuer.Province)},
				"signer.name":     {d.Signer.Name, w.Signer.Name},
				"signer.position": {strings.ToLower(d.Signer.Position), strings.ToLower(w.Signer.Position)},
			}
			var cites []string
			for _, c := range d.Citations {
				cites = append(cites, c.Number)
			}
			slices.Sort(cites)
			slices.Sort(w.Citations)
			got["citations"] = [2]string{strings.Join(cites, " "), strings.Join(w.Citations, " ")}
			if w.TaskCount != nil {
				got["tasks"] = [2]string{strconv.Itoa(len(d.Tasks)), strconv.Itoa(*w.TaskCount)}
			}
			for _, want := range tt.warns {
				if !slices.ContainsFunc(rec.Warnings, func(w string) bool { return strings.HasSuffix(w, want) }) {
					t.Errorf("no warning ending %q in %q", want, rec.Warnings)
				}
			}
			for _, f := range tt.fields {
				if got[f][0] != got[f][1] {
					t.Errorf("%s = %q, want %q", f, got[f][0], got[f][1])
				}
			}
		})
	}
}
