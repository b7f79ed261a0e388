package directive

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// oldKinds and oldDCodes are the tables as they were written in Go before
// they became data (lexicon/kinds.tsv, lexicon/dcodes.tsv), kept as the
// oracle of the files.
var (
	oldKinds = []KindInfo{
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
	oldDCodes = map[string]string{
		"ND": "NĐ", "QD": "QĐ", "HDND": "HĐND", "CD": "CĐ",
		"QYD": "QYĐ", "QDi": "QĐi", "DU": "ĐU", "TDKT": "TĐKT", "HDTDKT": "HĐTĐKT",
		"BGDDT": "BGDĐT", "DHQG": "ĐHQG", "TLD": "TLĐ",
	}
)

// TestKindsLexicon: lexicon/kinds.tsv reads to the table it replaced, in
// its order (a name's first kind is the one KindByName gives); a malformed
// line is refused, naming its line.
func TestKindsLexicon(t *testing.T) {
	ks, err := readKinds(kindsTSV)
	require.NoError(t, err)
	assert.Equal(t, oldKinds, ks)
	assert.Equal(t, oldKinds, Kinds())
	for _, bad := range []struct{ line, why string }{
		{"CT\tChỉ thị", "two fields"},
		{"CT\tChỉ thị\tDirective\tx", "four fields"},
		{"CT\tChỉ  thị\tDirective", "two spaces"},
		{"\tChỉ thị\tDirective", "no code"},
		{"C-T\tChỉ thị\tDirective", "a separator in the code"},
		{"Q\u0110\tQuye\u0301t \u0111i\u0323nh\tDecision", "not NFC"},
	} {
		_, err := readKinds("# comment\n" + bad.line + "\n")
		if assert.Error(t, err, bad.why) {
			assert.Contains(t, err.Error(), "directive/lexicon/kinds.tsv line 2:", bad.why)
		}
	}
	_, err = readKinds(kindsTSV + "CT\tChỉ thị\tDirective\n")
	assert.ErrorContains(t, err, "listed twice")
}

// TestDCodesLexicon: lexicon/dcodes.tsv reads to the table it replaced,
// and a number typed with D reads with Đ by it; a malformed line is
// refused, naming its line.
func TestDCodesLexicon(t *testing.T) {
	m, err := readDCodes(dCodesTSV)
	require.NoError(t, err)
	for typed, want := range oldDCodes { // the file may grow, never lose one
		assert.Equal(t, want, m[typed], typed)
	}
	for typed, want := range oldDCodes {
		n, err := ParseNumber("12/" + typed + "-UBND")
		if assert.NoError(t, err, typed) {
			assert.True(t, strings.HasPrefix(n.Text, "12/"+want), "%s: %s", typed, n.Text)
		}
	}
	for _, bad := range []struct{ line, why string }{
		{"ND", "no Đ"},
		{"N Đ", "a space"},
		{"NĐ-CP", "a separator"},
		{"NĐ\tNĐ", "a tab"},
	} {
		_, err := readDCodes("# comment\n" + bad.line + "\n")
		if assert.Error(t, err, bad.why) {
			assert.Contains(t, err.Error(), "directive/lexicon/dcodes.tsv line 2:", bad.why)
		}
	}
	_, err = readDCodes(dCodesTSV + "NĐ\n")
	assert.ErrorContains(t, err, "listed twice")
}
