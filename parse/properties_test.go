package parse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPropertiesLexicon reads lexicon/properties.tsv and refuses broken
// lines.
func TestPropertiesLexicon(t *testing.T) {
	ls, err := readPropertyLabels(propertiesTSV)
	require.NoError(t, err)
	got := map[string]bool{}
	for _, l := range ls {
		got[l.field+"\t"+l.label] = true
	}
	for _, want := range []string{"number\tSố hiệu", "issued\tNgày ban hành", "signer\tNgười ký", "issuer\tCơ quan ban hành", "kind\tLoại văn bản"} {
		assert.True(t, got[want], "lexicon lacks %q", want)
	}
	for _, bad := range []string{"number Số hiệu", "date\tNgày ban hành", "number\tSố hiệu:", "number\t", "number\t Số hiệu"} {
		_, err := readPropertyLabels(bad + "\n")
		assert.Error(t, err, "%q", bad)
	}
}

// TestSplitGluedLabels: labels glued to the value before them come apart;
// a label at the start, one after a space and prose without a label's
// colon are kept as they are.
func TestSplitGluedLabels(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Số hiệu:999/QĐ-TLĐNgày đăng công báo:Đang cập nhật", "Số hiệu:999/QĐ-TLĐ | Ngày đăng công báo:Đang cập nhật"},
		{"Loại văn bản:Quyết địnhNgười ký:Nguyễn Đình Khang", "Loại văn bản:Quyết định | Người ký:Nguyễn Đình Khang"},
		{"Nơi ban hành: Tỉnh Yên Bái Người ký: Hoàng Xuân Lộc", "Nơi ban hành: Tỉnh Yên Bái Người ký: Hoàng Xuân Lộc"},
		{"Người ký: Nguyễn Văn A", "Người ký: Nguyễn Văn A"},
		{"Giao Sở Nội vụ tham mưu; thời gian: tháng 6", "Giao Sở Nội vụ tham mưu; thời gian: tháng 6"},
		{"Tình trạng hiệu lực:Còn hiệu lựcLĩnh vực:Lao động", "Tình trạng hiệu lực:Còn hiệu lực | Lĩnh vực:Lao động"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, strings.Join(splitGluedLabels([]string{tt.in}), " | "), tt.in)
	}
}

// TestPropertyPage: a legal-text site's page that gives a document only
// by its property table (labels glued to values, an explanation line
// between a date label and its value) gives the record the table's date
// of issue, issuing body and signer, and the title the page restates;
// a table without a number fills nothing; where the body cites other texts
// first, the table's number is still the page's document.
func TestPropertyPage(t *testing.T) {
	page := "Quyết định 999/QĐ-TLĐ 2024 Quy chế Khen thưởng của tổ chức Công đoàn\n" +
		"Tóm tắt\nNội dung\nVB gốc\n" +
		"thuộc tính Quyết định 999/QĐ-TLĐ\n" +
		"Quyết định 999/QĐ-TLĐ của Tổng Liên đoàn Lao động Việt Nam về việc ban hành Quy chế Khen thưởng của tổ chức Công đoàn\n" +
		"Cơ quan ban hành: Tổng Liên đoàn Lao động Việt Nam\n" +
		"Số hiệu:%sNgày đăng công báo:Đang cập nhật\n" +
		"Loại văn bản:Quyết địnhNgười ký:Nguyễn Đình Khang\n" +
		"Ngày ban hành:\nNgày ban hành là ngày, tháng, năm văn bản được thông qua hoặc ký ban hành.\n29/05/2024\n" +
		"Ngày hết hiệu lực:\nĐang cập nhật\nÁp dụng:\n"
	rec := parseString(t, strings.Replace(page, "%s", "999/QĐ-TLĐ", 1))
	d := rec.Directive
	assert.Equal(t, "QĐ", d.Kind)
	assert.Equal(t, "999/QĐ-TLĐ", d.Number)
	assert.Equal(t, "2024-05-29", d.Issued)
	assert.Equal(t, "Tổng Liên đoàn Lao động Việt Nam", d.Issuer.Name)
	assert.Equal(t, "Nguyễn Đình Khang", d.Signer.Name)
	assert.Equal(t, "về việc ban hành Quy chế Khen thưởng của tổ chức Công đoàn", d.Title)
	assert.Empty(t, d.Citations, "the document's own number glued to the next label is no citation")

	// A page that names no number but in its table: the table's number
	// is the page's document, not a citation.
	bare := "Quy chế Khen thưởng của tổ chức Công đoàn\nCơ quan ban hành: Tổng Liên đoàn Lao động Việt Nam\nSố hiệu:999/QĐ-TLĐLoại văn bản:Quyết định\nNgày ban hành: 29/05/2024\n"
	b := parseString(t, bare).Directive
	assert.Equal(t, "999/QĐ-TLĐ", b.Number)
	assert.Equal(t, "QĐ", b.Kind)
	assert.Equal(t, "2024-05-29", b.Issued)
	assert.Empty(t, b.Citations)

	// The body cites texts before the table: the table's number is the
	// page's document, the others are citations.
	cited := parseString(t, "Quy chế Khen thưởng của tổ chức Công đoàn\nCăn cứ Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ và Quyết định số 12/QĐ-TLĐ của Tổng Liên đoàn.\nCơ quan ban hành: Tổng Liên đoàn Lao động Việt Nam\nSố hiệu:999/QĐ-TLĐLoại văn bản:Quyết định\nNgày ban hành: 29/05/2024\n").Directive
	assert.Equal(t, "999/QĐ-TLĐ", cited.Number)
	assert.Equal(t, "2024-05-29", cited.Issued)
	var cites []string
	for _, c := range cited.Citations {
		cites = append(cites, c.Number)
	}
	assert.Equal(t, []string{"98/2023/NĐ-CP", "12/QĐ-TLĐ"}, cites)

	// A table without a number is not known to be about the headline's
	// document: it fills nothing.
	other := parseString(t, strings.Replace(page, "%s", "Đang cập nhật", 1)).Directive
	assert.Equal(t, "999/QĐ-TLĐ", other.Number)
	assert.Empty(t, other.Issued, "a table without a number")
	assert.NotEqual(t, "Tổng Liên đoàn Lao động Việt Nam", other.Issuer.Name, "a table without a number")
}

// TestSplitGluedLabelsBounded: a line of labels glued over and over is
// left whole, in time linear in its length.
func TestSplitGluedLabelsBounded(t *testing.T) {
	ln := strings.Repeat("xSố hiệu:", 100000)
	assert.Equal(t, []string{ln}, splitGluedLabels([]string{ln}))
	few := strings.Repeat("xSố hiệu:", 3)
	assert.Equal(t, []string{"x", "Số hiệu:x", "Số hiệu:x", "Số hiệu:"}, splitGluedLabels([]string{few}))
}
