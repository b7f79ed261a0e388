package parse

import (
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestUnfoldRun: a document a forum ran into one line comes apart at the
// marks of its layout; short lines and lines without a header stay whole.
func TestUnfoldRun(t *testing.T) {
	run := "BAN CHẤP HÀNH TRUNG ƯƠNG***Số: 367 - QĐ/TWĐTN-VPĐOÀN TNCS HỒ CHÍ MINH Hà Nội, ngày 29 tháng 10 năm 2013 QUYẾT ĐỊNHVề việc ban hành Quy định--------- " +
		strings.Repeat("- Căn cứ Điều lệ Đoàn; ", 20) + "QUYẾT ĐỊNH Điều 1. Ban hành. Điều 2. Thi hành./. Nơi nhận: - Như điều 2; - Lưu VT. TM. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀNBÍ THƯ THƯỜNG TRỰC (đã ký) Phan Văn Mãi"
	got := unfoldRuns([]string{run})
	for _, want := range []string{"Số: 367 - QĐ/TWĐTN-VP", "ĐOÀN TNCS HỒ CHÍ MINH", "Hà Nội, ngày 29 tháng 10 năm 2013", "QUYẾT ĐỊNH", "Về việc ban hành Quy định",
		"Điều 1. Ban hành.", "Nơi nhận:", "- Như điều 2;", "TM. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN", "BÍ THƯ THƯỜNG TRỰC", "(đã ký)", "Phan Văn Mãi"} {
		assert.Contains(t, got, want)
	}
	short := []string{"Số: 12/KH-UBND Hà Nội, ngày 1 tháng 2 năm 2024"}
	assert.Equal(t, short, unfoldRuns(short))
	prose := []string{strings.Repeat("Phong trào thi đua được triển khai sâu rộng. ", 30)}
	assert.Equal(t, prose, unfoldRuns(prose))
	assert.Equal(t, "abc", runStart("abc"))
	assert.LessOrEqual(t, len(runStart(strings.Repeat("ư", 500))), 800)
}

// TestHeaderNumber: numbers as offices type them on the "Số:" line.
func TestHeaderNumber(t *testing.T) {
	tests := map[string]string{
		"10./QĐ- MN": "10/QĐ-MN",
		"01 /BC-HĐTĐKT Vạn Thắng, ngày tháng năm": "01/BC-HĐTĐKT",
		"278/PGD&ĐT-THCS": "278/PGD&ĐT-THCS",
		"20 -QĐ/HĐĐTW":    "20-QĐ/HĐĐTW",
	}
	for in, want := range tests {
		n, err := headerNumber(in)
		require.NoError(t, err, in)
		assert.Equal(t, want, n.Text, in)
	}
	_, err := headerNumber("/TTr-…")
	assert.Error(t, err)
}

// TestReadVV: a công văn's V/v wraps inside its cell; the date and the
// addressee end it.
func TestReadVV(t *testing.T) {
	lines := []string{"V/v: tổng kết công tác thi đua, khen thưởng", "năm 2013", "Hà Nội, ngày 15 tháng 11 năm 2013", "Kính gửi:"}
	title, next := readVV(lines, 0)
	assert.Equal(t, "V/v: tổng kết công tác thi đua, khen thưởng năm 2013", title)
	assert.Equal(t, 2, next)
	lines = []string{"V/v Hướng dẫn thực hiện nhiệm vụ", "Giáo dục trung học năm học 2014-2015", "Kính gửi: Hiệu trưởng các trường"}
	title, _ = readVV(lines, 0)
	assert.Equal(t, "V/v Hướng dẫn thực hiện nhiệm vụ Giáo dục trung học năm học 2014-2015", title)
}

// TestSignerVariants: a form's position without a name, the signer a
// site's metadata names, a signature run onto the Nơi nhận line, and an
// attached text's header under the signature.
func TestSignerVariants(t *testing.T) {
	s, _ := findSigner([]string{"Nơi nhận:", "- Như trên;", "THỦ TRƯỞNG ĐƠN VỊ", "(Ký, đóng dấu (nếu có), ghi rõ họ tên)"}, 0)
	assert.Equal(t, "Thủ trưởng đơn vị", s.Position)
	assert.Empty(t, s.Name)

	s, at := findSigner([]string{"Số hiệu: 28/HD-TĐKT Loại văn bản: Hướng dẫn", "Nơi ban hành: Tỉnh Yên Bái Người ký: Hoàng Xuân Lộc", "HƯỚNG DẪN", "Căn cứ Luật Thi đua, Khen thưởng;"}, 2)
	assert.Equal(t, "Hoàng Xuân Lộc", s.Name)
	assert.Empty(t, s.Position)
	assert.Equal(t, -1, at)

	s, _ = findSigner([]string{"Người ký", "Lại Thế Nguyên", "Căn cứ Luật Ngân sách nhà nước;"}, 1)
	assert.Equal(t, "Lại Thế Nguyên", s.Name)

	s, _ = findSigner([]string{"Nơi nhận:", "- Lưu: VT.", "HIỆU TRƯỞNG", "Nguyễn Thị Lan", "UBND HUYỆN CAN LỘC", "TRƯỜNG MN HOA HỒNG"}, 0)
	assert.Equal(t, "Nguyễn Thị Lan", s.Name)
	assert.Equal(t, "Hiệu trưởng", s.Position)

	got := splitCells([]string{"Nơi nhận: THỦ TRƯỞNG", "- Như trên;", "- Lưu.", "(Ký tên, đóng dấu)"})
	assert.Equal(t, []string{"Nơi nhận:", "- Như trên;", "- Lưu.", "THỦ TRƯỞNG", "(Ký tên, đóng dấu)"}, got)
}

// TestOiAsU: ƣ that legacy PDF fonts print for ư is read as ư.
func TestOiAsU(t *testing.T) {
	lines, _ := splitLines("Luật Thi đua, khen thƣởng\nTHỦ TRƢỞNG")
	assert.Equal(t, []string{"Luật Thi đua, khen thưởng", "THỦ TRƯỞNG"}, lines)
}

// FuzzPlainLine checks the fast path of splitLines: a line plainLine
// lets through must come out of cleanLine as a mere trim.
func FuzzPlainLine(f *testing.F) {
	for _, s := range []string{"", " a ", "a  b", "a\tb", "khen thƣởng", "x\u00a0y", "x\u2003y", "\x85", "\xff", "Chỉ thị số 08/CT-UBND", "a\u0300", "\ufeffa"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if plainLine(s) && strings.TrimSpace(s) != cleanLine(s) {
			t.Fatalf("plainLine(%q) but cleanLine gives %q", s, cleanLine(s))
		}
	})
}

// FuzzCollapseSpaces holds collapseSpaces to the regexp it replaced.
func FuzzCollapseSpaces(f *testing.F) {
	spaceRun := regexp.MustCompile(`[ \t\x{00A0}\x{2000}-\x{200B}\x{202F}\x{205F}\x{3000}\x{FEFF}]+`)
	for _, s := range []string{"", "a  b", " \t\u00a0x\u2003\u200b y ", "\xff \xfe", "khen\u3000\ufeffthưởng"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := collapseSpaces(s), spaceRun.ReplaceAllString(s, " "); got != want {
			t.Fatalf("collapseSpaces(%q) = %q, want %q", s, got, want)
		}
	})
}
