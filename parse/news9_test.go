package parse

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnthidua/thidua/directive"
)

// TestNewsSourceNinthRound covers the source lines of the ninth held-out
// round (testdata/news9): "Tác giả bài viết:" above "Nguồn tin:" (the
// author, not where the news came from), a byline in a cell before the
// date (split into its own line above the date line), and a date line
// with a labelled view counter after it.
func TestNewsSourceNinthRound(t *testing.T) {
	none := func(int) bool { return false }
	for _, tc := range []struct {
		lines []string
		want  string
	}{
		{[]string{"Tặng Bằng khen cho 9 cá nhân ...", "", "Tác giả bài viết: Đình Hải", "", "Nguồn tin: Ấp Bắc"}, "Đình Hải"},
		{[]string{"... tiếp tục.", "Nguồn tin: Ấp Bắc"}, "Ấp Bắc"},
	} {
		got, _ := readByline(tc.lines, none)
		assert.Equal(t, tc.want, got, tc.lines)
	}
	for _, tc := range []struct {
		lines []string
		want  string
	}{
		{[]string{"Phan Tân", "18/12/2020 08:54"}, "Phan Tân"},
		{[]string{"Đình Thế 01/08/2025 20:34"}, "Đình Thế"},
		{[]string{"Bộ đội biên phòng tỉnh", "Chiều 17/12, ..."}, ""},
	} {
		assert.Equal(t, tc.want, headBylineDate(tc.lines), tc.lines)
	}
	assert.Equal(t, "2026-01-26", readPublished([]string{"Tin địa phương", "Đăng ngày: 26/01/2026 - Lượt xem: 101", "Xã Đông Hưng phát động phong trào thi đua yêu nước năm 2026"}))
}

// TestHeadlineThenLeadNinthRound covers an unnumbered document a headline
// names by kind and short title without saying who issued it, while the
// lead, the text's last line, names the issuer ("Tỉnh Quảng Ngãi vừa ban
// hành Kế hoạch ..."): the issuer and the full title come from the lead.
func TestHeadlineThenLeadNinthRound(t *testing.T) {
	lead := "Tỉnh Quảng Ngãi vừa ban hành Kế hoạch tổ chức thực hiện thi đua, lập thành tích chào mừng 50 năm giải phóng tỉnh Quảng Ngãi, đại hội đảng các cấp tiến tới Đại hội đại biểu tỉnh lần thứ XXI và Đại hội đại biểu lần thứ XIV của Đảng nhiệm kỳ 2025-2030."
	for _, tc := range []struct {
		text, issuer, title string
	}{
		{"thi đua lập thành tích\nQuảng Ngãi ban hành Kế hoạch tổ chức kỷ niệm 50 năm giải phóng tỉnh\n" + lead,
			"Tỉnh Quảng Ngãi", "tổ chức thực hiện thi đua, lập thành tích chào mừng 50 năm giải phóng tỉnh Quảng Ngãi, đại hội đảng các cấp tiến tới Đại hội đại biểu tỉnh lần thứ XXI và Đại hội đại biểu lần thứ XIV của Đảng nhiệm kỳ 2025-2030"},
		// The lead names no issuer: the headline's title stays.
		{"Quảng Ngãi ban hành Kế hoạch tổ chức kỷ niệm 50 năm giải phóng tỉnh\n" + strings.Repeat("Nội dung kế hoạch gồm nhiều phần ", 8) + ".",
			"", "tổ chức kỷ niệm 50 năm giải phóng tỉnh"},
	} {
		var d directive.Directive
		unnumberedSubject(&d, tc.text)
		assert.Equal(t, "KH", d.Kind)
		assert.Equal(t, tc.issuer, d.Issuer.Name)
		assert.Equal(t, tc.title, d.Title)
	}
}

// TestPartyIssuerProvinceNinthRound covers the province of a Party
// committee named together with a unit whose name gives the city as an
// abbreviation ("Đảng ủy, Bộ Chỉ huy Bộ đội Biên phòng (BĐBP) TPHCM").
func TestPartyIssuerProvinceNinthRound(t *testing.T) {
	for _, tc := range []struct{ name, want string }{
		{"Đảng ủy, Bộ Chỉ huy Bộ đội Biên phòng (BĐBP) TPHCM", "Hồ Chí Minh"},
		{"Ban Thường vụ Tỉnh ủy", ""},
	} {
		d := directive.Directive{Issuer: directive.Issuer{Name: tc.name}}
		placeIssuer(&d, header{}, directive.Source{}, nil, 0)
		assert.Equal(t, tc.want, d.Issuer.Province, tc.name)
	}
}

// TestUnnumberedLeadNinthRound covers two ways a lead names a document
// without a number: in the passive after "Theo" ("Theo kế hoạch tổ chức
// “...” năm 2025 vừa được Chủ tịch UBND tỉnh ban hành"), with its kind,
// title and issuer; and an unnumbered letter of direction ("vừa ban hành
// văn bản chỉ đạo"), a CV with no title. A plan named without being issued
// gives nothing.
func TestUnnumberedLeadNinthRound(t *testing.T) {
	for _, tc := range []struct {
		text, kind, issuer, title string
	}{
		{"Tổ chức Ngày hội\nTheo kế hoạch tổ chức “Ngày hội toàn dân bảo vệ an ninh Tổ quốc” năm 2025 vừa được Chủ tịch UBND tỉnh ban hành, mục đích, yêu cầu đặt ra là nhằm giáo dục truyền thống yêu nước.",
			"KH", "Chủ tịch UBND tỉnh", "tổ chức “Ngày hội toàn dân bảo vệ an ninh Tổ quốc” năm 2025"},
		{"Ra quân ngày Chủ nhật\nNhằm tiếp tục thực hiện có hiệu quả phong trào, Chủ tịch UBND thành phố vừa ban hành văn bản chỉ đạo UBND các quận, huyện xây dựng kế hoạch thực hiện.",
			"CV", "Chủ tịch UBND thành phố", ""},
		{"Tổ chức Ngày hội\nTheo kế hoạch tổ chức “Ngày hội toàn dân bảo vệ an ninh Tổ quốc”, các xã sẽ tổ chức ngày hội.",
			"", "", ""},
	} {
		var d directive.Directive
		unnumberedSubject(&d, tc.text)
		assert.Equal(t, tc.kind, d.Kind, tc.text)
		assert.Equal(t, tc.issuer, d.Issuer.Name, tc.text)
		assert.Equal(t, tc.title, d.Title, tc.text)
	}
}

// TestCarriedOutNotSubjectNinthRound covers a text a clause says is
// carried out ("Thực hiện Kế hoạch ..., ban hành kèm theo Quyết định số
// 2437/QĐ-TTg ...;"), which is cited, not the subject, while the letter a
// body "vừa ban hành" in the same sentence is; and an act reported with
// "vừa ban hành" after "Thực hiện", which stays the subject.
func TestCarriedOutNotSubjectNinthRound(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Thanh Hóa phát động đợt thi đua cao điểm\n" +
			"Thực hiện Kế hoạch triển khai Đợt thi đua, ban hành kèm theo Quyết định số 2437/QĐ-TTg ngày 04/11/2025 của Thủ tướng Chính phủ; Chủ tịch UBND tỉnh Nguyễn Hoài Anh vừa ban hành văn bản số 21253-UBND/THĐT ngày 01/12/2025 chỉ đạo triển khai sâu rộng phong trào thi đua trên toàn tỉnh.",
			"21253-UBND/THĐT"},
		{"Phát động thi đua\n" +
			"Thực hiện chỉ đạo của Tỉnh ủy, UBND tỉnh vừa ban hành Kế hoạch số 57/KH-UBND ngày 02/3/2025 về thi đua.",
			"57/KH-UBND"},
	} {
		s, _ := pickSubject(tc.text, findMentions(tc.text), "")
		if assert.NotNil(t, s, tc.text) {
			assert.Equal(t, tc.want, s.num.Text)
		}
	}
}

// TestLetterAfterCarriedOutNinthRound covers the letter a chairman "vừa
// ban hành" after a ';' that ends the clause of a text carried out: a
// province's state number written hyphen first ("văn bản số
// 21253-UBND/THĐT") is a CV, and the chairman named in the issuing phrase
// ("Chủ tịch UBND tỉnh Nguyễn Hoài Anh vừa ban hành") is its signer.
func TestLetterAfterCarriedOutNinthRound(t *testing.T) {
	text := "Thanh Hóa phát động đợt thi đua cao điểm chào mừng Đại hội lần thứ XIV của Đảng\n\n" +
		"Thực hiện Kế hoạch triển khai Đợt thi đua lập thành tích chào mừng Đại hội lần thứ XIV của Đảng, ban hành kèm theo Quyết định số 2437/QĐ-TTg ngày 04/11/2025 của Thủ tướng Chính phủ; Chủ tịch UBND tỉnh Nguyễn Hoài Anh vừa ban hành văn bản số 21253-UBND/THĐT ngày 01/12/2025 chỉ đạo triển khai sâu rộng phong trào thi đua trên toàn tỉnh.\n"
	rec, err := Text(context.Background(), strings.NewReader(text))
	require.NoError(t, err)
	d := rec.Directive
	assert.Equal(t, "CV", d.Kind)
	assert.Equal(t, "21253-UBND/THĐT", d.Number)
	assert.Equal(t, "2025-12-01", d.Issued)
	assert.Equal(t, "Nguyễn Hoài Anh", d.Signer.Name)
	assert.Equal(t, "Chủ tịch", d.Signer.Position)
	assert.Equal(t, directive.LevelProvince, d.Issuer.Level)
	if assert.Len(t, d.Citations, 1) {
		assert.Equal(t, "2437/QĐ-TTg", d.Citations[0].Number)
	}
}

// TestMovementNamedLikeAKindNinthRound covers a quoted movement right
// after "phong trào" whose name starts with a kind of document (“Kế hoạch
// nhỏ”): a movement; the same quote after other words is a document's
// name, not a campaign.
func TestMovementNamedLikeAKindNinthRound(t *testing.T) {
	for _, tc := range []struct {
		para string
		want []string
	}{
		{"Liên đội triển khai phong trào “Kế hoạch nhỏ” giai đoạn 2025–2028 và phong trào “Kế hoạch nhỏ học kỳ I”.", []string{"Kế hoạch nhỏ", "Kế hoạch nhỏ học kỳ I"}},
		{"Thực hiện phong trào thi đua theo “Kế hoạch tổ chức Ngày hội”.", nil},
	} {
		camps, _ := findCampaigns([]string{tc.para})
		var got []string
		for _, c := range camps {
			got = append(got, c.Name)
		}
		assert.Equal(t, tc.want, got, tc.para)
	}
}

// TestMovementWithYearNinthRound covers a movement quoted once with the
// year of its round and once without: one movement, the name without the
// year; a movement named only with its year keeps it.
func TestMovementWithYearNinthRound(t *testing.T) {
	for _, tc := range []struct {
		paras []string
		want  []string
	}{
		{[]string{"Bộ Chỉ huy tổ chức tổng kết Phong trào “Thi đua Quyết thắng năm 2020”.", "Phong trào “Thi đua Quyết thắng” được triển khai sâu rộng."}, []string{"Thi đua Quyết thắng"}},
		{[]string{"Bộ Chỉ huy tổ chức tổng kết Phong trào “Thi đua Quyết thắng năm 2020”."}, []string{"Thi đua Quyết thắng năm 2020"}},
	} {
		camps, _ := findCampaigns(tc.paras)
		var got []string
		for _, c := range camps {
			got = append(got, c.Name)
		}
		assert.Equal(t, tc.want, got, tc.paras)
	}
}

// TestPublishedTimestamp: a page's date line written as a database
// timestamp ("2024-10-14 16:53:00.0", as some portals print it) is its
// publication date; an ISO date inside a sentence is not a date line.
func TestPublishedTimestamp(t *testing.T) {
	for _, tc := range []struct {
		lines []string
		want  string
	}{
		{[]string{"UBND tỉnh phát động phong trào thi đua năm 2025", "2024-10-14 16:53:00.0", "Ngày 10/10, UBND tỉnh ban hành Kế hoạch số 120/KH-UBND."}, "2024-10-14"},
		{[]string{"Tin tức", "Cập nhật: 2024-10-14 16:53", "Nội dung"}, "2024-10-14"},
		{[]string{"Tin tức", "Hạn nộp hồ sơ là 2024-10-14 theo kế hoạch của tỉnh", "Nội dung"}, ""},
	} {
		assert.Equal(t, tc.want, readPublished(tc.lines), "%q", tc.lines)
	}
}
