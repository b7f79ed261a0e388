package parse

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestNewsPageLines covers the lines portals put around an article: date
// lines and bylines.
func TestNewsPageLines(t *testing.T) {
	assert.Equal(t, "2024-10-06", readPublished([]string{"06/10/2024 -  06/10/2024 19:23", "450 ngày đêm cao điểm"}))
	assert.Equal(t, "2018-05-14", readPublished([]string{
		"QUYẾT ĐỊNH VỀ VIỆC BAN HÀNH KẾ HOẠCH TỔ CHỨC GẶP MẶT, BIỂU DƯƠNG, TÔN VINH CÁC ĐIỂN HÌNH TIÊN TIẾN TRONG PHONG TRÀO THI ĐUA CHÀO MỪNG KỶ NIỆM 70 NĂM NGÀY CHỦ TỊCH HỒ CHÍ MINH RA LỜI KÊU GỌI THI ĐUA ÁI QUỐC (11/6/1948 – 11/6/2018).",
		"Đăng ngày: 14/05/2018 08:29:24",
	}))
	author, _ := readByline([]string{"Hướng tới Đại hội ...", "Đưa tin: Lưu Bằng"}, func(int) bool { return false })
	assert.Equal(t, "Lưu Bằng", author)
	author, _ = readByline([]string{"Hướng tới Đại hội ...", "Hoàng Anh/VOV.VN"}, func(int) bool { return false })
	assert.Equal(t, "Hoàng Anh", author)
	assert.Equal(t, "2022-07-04", readPublished([]string{"Hướng dẫn tuyên truyền", "", "Thứ hai - 04/07/2022 04:34 288 0"}))
}

// TestNewsLauncher covers the bodies an article says launched a campaign
// without naming a document.
func TestNewsLauncher(t *testing.T) {
	for text, want := range map[string]string{
		"(GLO)- Sáng 13-4, tại huyện Đà Bắc (tỉnh Hòa Bình), Hội đồng Thi đua-Khen thưởng Trung ương phối hợp với Ủy ban Trung ương MTTQ Việt Nam tổ chức lễ phát động phong trào thi đua “Xóa nhà tạm, nhà dột nát” trong cả nước.":                                    "Hội đồng Thi đua-Khen thưởng Trung ương",
		"(VOVTV) - Phát biểu tại lễ phát động đợt thi đua cao điểm hoàn thành xóa nhà tạm, nhà dột nát trên cả nước tại chương trình “Mái ấm cho đồng bào tôi”, Thủ tướng Chính phủ Phạm Minh Chính, Chủ tịch Hội đồng Thi đua - Khen thưởng Trung ương nhấn mạnh: ...": "Thủ tướng Chính phủ Phạm Minh Chính",
		"ĐNO - UBND xã Xuân Phú vừa tổ chức hội nghị tuyên dương điển hình tiên tiến lần thứ I.\n\nHội nghị là dịp đánh giá kết quả; đồng thời phát động phong trào thi đua.":                                                                                           "UBND xã Xuân Phú",
		"UBND xã Xuân Hòa tổ chức hội nghị tổng kết.\n\nHội nghị đã trao giấy khen.": "",
		// news10: a conference about emulation, said in its own sentence.
		"Ngày 21-01-2026, UBND xã An Châu tổ chức hội nghị triển khai đăng ký giao ước thi đua giữa các ấp trên địa bàn xã.":                                             "UBND xã An Châu",
		"Chiều ngày 29/1, UBND xã An Nông tổ chức hội nghị triển khai nhiệm vụ trước, trong và sau Tết Nguyên đán Bính Ngọ 2026; phát động phong trào thi đua năm 2026.": "UBND xã An Nông",
		"UBND xã Xuân Hòa tổ chức hội nghị tổng kết công tác năm.\n\nCác đơn vị tiếp tục thi đua.":                                                                       "",
	} {
		assert.Equal(t, want, launcher(text), text)
	}
}

// TestNewsTitles covers titles read from running text.
func TestNewsTitles(t *testing.T) {
	ms := findMentions("Bộ Nội vụ đã ban hành Công văn 6443/BNV-VP gửi đơn vị thuộc, trực thuộc Bộ, Sở Nội vụ các tỉnh, thành về việc hưởng ứng cuộc thi tìm hiểu về truyền thống Bộ Nội vụ.")
	if assert.Len(t, ms, 1) {
		assert.Equal(t, "về việc hưởng ứng cuộc thi tìm hiểu về truyền thống Bộ Nội vụ", ms[0].title)
	}
	ms = findMentions("UBND tỉnh đã ban hành Quyết định số 1436/QĐ-UBND tặng bằng khen của Chủ tịch UBND tỉnh cho 23 tập thể theo đề nghị của Ban Tuyên giáo Tỉnh ủy.")
	if assert.Len(t, ms, 1) {
		assert.Equal(t, "tặng bằng khen của Chủ tịch UBND tỉnh cho 23 tập thể", ms[0].title)
	}
	assert.Equal(t, "chào mừng Đại hội Đảng bộ các cấp; kỷ niệm 80 năm thành lập Bộ", sentenceTitle(" chào mừng Đại hội Đảng bộ các cấp; kỷ niệm 80 năm thành lập Bộ. Mục đích ..."))
	assert.Equal(t, "triển khai nhiệm vụ", sentenceTitle(" triển khai nhiệm vụ; giao các sở ..."))
	assert.Equal(t, "về đột phá “Phát triển khoa học; đẩy mạnh cải cách”", sentenceTitle(" về đột phá “Phát triển khoa học; đẩy mạnh cải cách”; giao các sở ..."))
	assert.Equal(t, "UBND tỉnh", launcher("UBND tỉnh phát động phong trào thi đua."))
	assert.Equal(t, "Ủy ban Trung ương MTTQ Việt Nam", launcher("Sáng 13/4, Ủy ban Trung ương MTTQ Việt Nam tổ chức Lễ phát động phong trào thi đua “Xóa nhà tạm, nhà dột nát” trong cả nước."))
}

// TestFormerProvince covers a province named as before the 2025 merger.
func TestFormerProvince(t *testing.T) {
	assert.True(t, namedAsFormer("(huyện Quế Sơn, tỉnh Quảng Nam cũ).", "Quảng Nam"))
	assert.True(t, namedAsFormer("Quảng Nam (cũ)", "Quảng Nam"))
	assert.False(t, namedAsFormer("tỉnh Quảng Nam cũng", "Quảng Nam"))
}

// TestPublishedUnion: readPublished reads the date lines the HTML reader
// reads, as both go through pubdate.Line ("Tạo lúc:" and a bare "GMT+7"
// were the HTML reader's alone).
func TestPublishedUnion(t *testing.T) {
	assert.Equal(t, "2018-05-04", readPublished([]string{"Tin tức", "Tạo lúc: 04/05/2018 - 08:55"}))
	assert.Equal(t, "2021-02-05", readPublished([]string{"Tin tức", "05/02/2021 10:20 GMT+7"}))
}
