package parse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestNameAfterRecipients reads the end of real scans whose position is
// lost under the seal (OCR of quangngai-ct07 and quangngai-ct08, last
// page): the name right after the recipients list is the signer's, with a
// warning and no position; a stray mark before it is dropped, and OCR's
// surname restored ("Trân" → "Trần"). A name that is not the last
// line, or a text that is not a document, gives no signer.
func TestNameAfterRecipients(t *testing.T) {
	head := "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 07/CT-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nQuảng Ngãi, ngày 20 tháng 3 năm 2018\nCHỈ THỊ\nVề việc tăng cường công tác thi hành án hành chính\nTrong thời gian qua, công tác thi hành án có kết quả.\n1. Các sở thực hiện.\n2. Các huyện thực hiện.\n"
	tests := []struct {
		name, text, signer, ocrSigner string
	}{
		{"ct07", head + "dõi, chỉ đạo./.\nNơi nhận:\n- Phó Thủ tướng TT Trương Hòa Bình\n(báo cáo);\n- Văn phòng Chính phủ;\n- VPUB: CVP, PCVP (NC), CBTH;\n- Lưu: VT, NCbdv205.\nPhạm Trường Thọ\n", "Phạm Trường Thọ", "Phạm Trường Thọ"},
		{"ct08", head + "theo quy định./.\nNơi nhận:\n- Phòng TM và CN Việt Nam (VCCI);\n- VPUB: PCVP, các P.N/cứu, CBTH;\n- Lưu: VT, P.ThhtlvanS4.\n\"Trân Ngọc Căng\n", "Trân Ngọc Căng", "Trần Ngọc Căng"},
		{"name then text", head + "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nPhạm Trường Thọ\nCác đơn vị báo cáo kết quả thực hiện về Sở Tư pháp.\n", "", ""},
		{"news byline", "Tăng cường thi hành án hành chính\nỦy ban nhân dân tỉnh vừa ban hành chỉ thị về thi hành án hành chính trên địa bàn.\nNơi nhận:\n- Như trên;\nPhạm Trường Thọ\n", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := parseString(t, tt.text)
			assert.Equal(t, tt.signer, rec.Directive.Signer.Name)
			// A PDF read by OCR restores the surname's marks.
			assert.Equal(t, tt.ocrSigner, fixOCRName(rec.Directive.Signer.Name))
			assert.Empty(t, rec.Directive.Signer.Position)
			if tt.signer != "" {
				assert.Contains(t, rec.Warnings, "đọc được tên người ký nhưng không đọc được chức vụ / the signer's name was read, not the position above it")
			}
		})
	}
}

// TestSignerStrayMarks reads a signing block whose name OCR read with a
// mark of the signature before it (quangbinh-ttr2753: "“Trần Chí Tiến"):
// the name is the signer's without the mark. A recipient's dash is no
// stray mark: "- Sở Nội Vụ;" stays a recipient; nor are a date line's
// digits: "Thứ Ba, 12/03/2024 09:15" is no name.
func TestSignerStrayMarks(t *testing.T) {
	head := "UBND TỈNH QUẢNG BÌNH\nSỞ TƯ PHÁP\nSố: 2753/TTr-STP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nQuảng Bình, ngày 28 tháng 9 năm 2022\nTỜ TRÌNH\nV/v đề nghị xét khen thưởng\nSở Tư pháp kính trình xem xét, quyết định./.\n"
	rec := parseString(t, head+"Nơi nhận:\n- Hội đồng TĐ-KT tỉnh;\n- Lưu: VT, VP.\nGIÁM ĐỐC\n“Trần Chí Tiến\n")
	assert.Equal(t, "Trần Chí Tiến", rec.Directive.Signer.Name)
	assert.Equal(t, "Giám đốc", rec.Directive.Signer.Position)
	// A portal's date line under its masthead is no signing block.
	rec = parseString(t, "Phát động phong trào thi đua\nNgày 11/3/2024, Phó Chủ tịch UBND tỉnh đã ký ban hành Kế hoạch số 88/KH-UBND.\nMinh Hải (CTV)\nTin liên quan\nBÁO NINH BÌNH ĐIỆN TỬ\nThứ Ba, 12/03/2024 09:15\n")
	assert.Empty(t, rec.Directive.Signer.Name)
	rec = parseString(t, head+"Nơi nhận:\n- Hội đồng TĐ-KT tỉnh;\n- Sở Nội Vụ;\n")
	assert.Empty(t, rec.Directive.Signer.Name)
	assert.Equal(t, []string{"Hội đồng TĐ-KT tỉnh", "Sở Nội Vụ"}, rec.Directive.Recipients)
}

// TestConcurrentOffice reads the signing block of a steering committee's
// decision (quangngai-qd04, as OCR reads it): the position signed in is
// the line above the office its head holds besides. A deputy's block
// ("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH") and a department head's ("GIÁM ĐỐC")
// keep theirs.
func TestConcurrentOffice(t *testing.T) {
	head := "UBND TỈNH QUẢNG NGÃI\nBAN CHỈ ĐẠO 138\nSố: 04/QĐ-BCĐ138\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nQuảng Ngãi, ngày 05 tháng 02 năm 2025\nQUYẾT ĐỊNH\nVề việc công nhận địa bàn trọng điểm\nĐiều 1. Công nhận.\nĐiều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.\nNơi nhận:\n- Như Điều 3;\n- Lưu: VT, NC (Inphong55)\n"
	tests := []struct{ block, position string }{
		{"TRƯỞNG BAN\nCHỦ TỊCH UBND TỈNH\nNguyễn Hoàng Giang\n", "Trưởng ban"},
		{"KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Hoàng Giang\n", "Phó Chủ tịch"},
		{"TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Hoàng Giang\n", "Chủ tịch"},
		{"GIÁM ĐỐC\nNguyễn Hoàng Giang\n", "Giám đốc"},
	}
	for _, tt := range tests {
		s := parseString(t, head+tt.block).Directive.Signer
		assert.Equal(t, "Nguyễn Hoàng Giang", s.Name, tt.block)
		assert.Equal(t, tt.position, s.Position, tt.block)
	}
}

// TestRecipientsAroundBlock reads recipients lists of real scans whose
// signing block OCR put between their items (cucthue-cv2191: "TL. CỤC
// TRƯỞNG / KT. TRƯỞNG BAN ..."; dhcongthuong-kh753: the block and specks
// of the seal): the list goes on after the block down to its "Lưu:" item,
// which closes it also without its dash. A list that has its "Lưu:" item,
// or has none ahead, ends at the block as before.
func TestRecipientsAroundBlock(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"cucthue", "Nơi nhận:\n- Như trên;\n- PCTr. Đặng Ngọc Minh (đề bíc};\nTL. CỤC TRƯỞNG\nKT. TRƯỞNG BAN BAN CHÍNH SÁCH, THUÉ QUỐC TE\nTP RRƯỞNG BAN\n- Cục QLUGS CST:\n- Ban PC:\n- Website CT;\nLưu: VT,CS ( Cb).Ả¿\n49€/(s\n",
			[]string{"Như trên", "PCTr. Đặng Ngọc Minh (đề bíc}", "Cục QLUGS CST:", "Ban PC:", "Website CT", "Lưu: VT,CS ( Cb).Ả¿"}},
		{"dhcongthuong", "Nơi nhận:\nG. HIỆU TRƯỞNG\nHÀ I50HBIJ\n124618\n- BGH (b/©);\nj\n-\n- ĐT, CTSV và 05\nkhoa được chọn (th);\n- Lưu: VT, QLCL\n\" XẾ\n",
			[]string{"BGH (b/©)", "ĐT, CTSV và 05 khoa được chọn (th)", "Lưu: VT, QLCL"}},
		{"store item read", "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n- Phụ lục kèm theo;\n- Lưu: hồ sơ.\n",
			[]string{"Như trên", "Lưu: VT"}},
		{"no store item ahead", "Nơi nhận:\n- Như trên;\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n- Phụ lục kèm theo;\n",
			[]string{"Như trên"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, items, _ := findRecipients(strings.Split(strings.TrimSpace(tt.text), "\n"))
			assert.Equal(t, tt.want, items)
		})
	}
}
