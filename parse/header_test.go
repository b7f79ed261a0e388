package parse

import (
	"context"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/vnthidua/thidua/directive"
)

func parseString(t *testing.T, s string) *directive.Record {
	t.Helper()
	rec, err := Text(context.Background(), strings.NewReader(s))
	require.NoError(t, err)
	return rec
}

// The two header blocks may come in either order (content order differs
// between PDF producers); the record must not change.
func TestHeaderBlockOrder(t *testing.T) {
	left := "ỦY BAN NHÂN DÂN\nTỈNH HƯNG YÊN\nSố: 08/CT-UBND\n"
	right := "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHưng Yên, ngày 25 tháng 11 năm 2024\n"
	body := "CHỈ THỊ\nVề việc đẩy mạnh phong trào thi đua yêu nước,\nlập thành tích chào mừng các ngày lễ lớn năm 2025\nTrong những năm qua, phong trào thi đua được triển khai sâu rộng.\n1. Các sở, ban, ngành thực hiện.\n2. Sở Nội vụ hướng dẫn.\n"
	footer := "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n(Đã ký)\nPhạm Thị Thu Hà\n"
	a := parseString(t, left+right+body+footer)
	b := parseString(t, right+left+body+footer)
	assert.Equal(t, noSpans(a.Directive), noSpans(b.Directive))
	d := a.Directive
	assert.Equal(t, "08/CT-UBND", d.Number)
	assert.Equal(t, "2024-11-25", d.Issued)
	assert.Equal(t, "ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN", d.Issuer.Name)
	assert.Equal(t, directive.LevelProvince, d.Issuer.Level)
	assert.Equal(t, "Về việc đẩy mạnh phong trào thi đua yêu nước, lập thành tích chào mừng các ngày lễ lớn năm 2025", d.Title)
	assert.Len(t, d.Tasks, 2)
	assert.Equal(t, []string{"Như trên", "Lưu: VT"}, d.Recipients)
	assert.Equal(t, directive.Signer{Name: "Phạm Thị Thu Hà", Position: "Phó Chủ tịch", Authority: "KT.", On: "Chủ tịch"}, d.Signer)
}

func TestHeaderKinds(t *testing.T) {
	tests := []struct {
		name, text                  string
		kind, number, issued, title string
		level                       directive.Level
		signer, position, authority string
		tasks                       int
	}{
		{
			name: "party directive",
			text: "ĐẢNG BỘ TỈNH HƯNG YÊN\nTỈNH ỦY\n*\nSố 12-CT/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nHưng Yên, ngày 3 tháng 2 năm 2025\nCHỈ THỊ\ncủa Ban Thường vụ Tỉnh ủy\nvề tăng cường lãnh đạo công tác thi đua, khen thưởng\nThời gian qua, công tác thi đua có chuyển biến.\n1. Các cấp ủy quán triệt.\n2. Ủy ban nhân dân tỉnh chỉ đạo.\n3. Ban Tuyên giáo tuyên truyền.\nNơi nhận:\n- Các huyện ủy;\n- Lưu VPTU.\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\nNguyễn Hữu Nghĩa\n",
			kind: "CT", number: "12-CT/TU", issued: "2025-02-03", title: "về tăng cường lãnh đạo công tác thi đua, khen thưởng",
			level: directive.LevelParty, signer: "Nguyễn Hữu Nghĩa", position: "Bí thư", authority: "TM.", tasks: 3,
		},
		{
			name: "decision with articles",
			text: "ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\nSố: 1234/QĐ-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nBắc Ninh, ngày 15 tháng 12 năm 2023\nQUYẾT ĐỊNH\nVề việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC NINH\nCăn cứ Luật Thi đua, khen thưởng năm 2003;\nCăn cứ Nghị định số 91/2017/NĐ-CP ngày 31/7/2017 của Chính phủ;\nQUYẾT ĐỊNH:\nĐiều 1. Tặng Bằng khen cho 05 tập thể.\nĐiều 2. Quyết định có hiệu lực từ ngày ký.\nĐiều 3. Chánh Văn phòng thi hành.\nNơi nhận:\n- Như Điều 3;\n- Lưu: VT.\nCHỦ TỊCH\nNguyễn Văn Phong\n",
			kind: "QĐ", number: "1234/QĐ-UBND", issued: "2023-12-15", title: "Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
			level: directive.LevelProvince, signer: "Nguyễn Văn Phong", position: "Chủ tịch", tasks: 3,
		},
		{
			name: "official letter",
			text: "ỦY BAN NHÂN DÂN\nHUYỆN TIÊN LỮ\nSố: 456/UBND-NV\nV/v triển khai phong trào thi đua năm 2024\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nTiên Lữ, ngày 05 tháng 01 năm 2024\nKính gửi: Các xã, thị trấn.\nỦy ban nhân dân huyện đề nghị các xã triển khai.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Văn Hùng\n",
			kind: "CV", number: "456/UBND-NV", issued: "2024-01-05", title: "V/v triển khai phong trào thi đua năm 2024",
			level: directive.LevelDistrict, signer: "Lê Văn Hùng", position: "Chủ tịch", authority: "TM.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parseString(t, tt.text).Directive
			assert.Equal(t, tt.kind, d.Kind)
			assert.Equal(t, tt.number, d.Number)
			assert.Equal(t, tt.issued, d.Issued)
			assert.Equal(t, tt.title, d.Title)
			assert.Equal(t, tt.level, d.Issuer.Level)
			assert.Equal(t, tt.signer, d.Signer.Name)
			assert.Equal(t, tt.position, d.Signer.Position)
			assert.Equal(t, tt.authority, d.Signer.Authority)
			assert.Len(t, d.Tasks, tt.tasks)
		})
	}
}

// Copies that lost part of the layout (testdata/extra4): a "VỀ VIỆC"
// title under a decision's number, an office line that ends a title in
// capitals, a heading and title on one line without a header, a list
// attached after the signature, a header below a site's long menu.
func TestHeaderLostLayout(t *testing.T) {
	d := parseString(t, "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 1306/QĐ-UBND | Hòa Bình, ngày 29 tháng 07 năm 2015 |\n"+
		"VỀ VIỆC BAN HÀNH QUY CHẾ TỔ CHỨC VÀ HOẠT ĐỘNG CỤM, KHỐI THI ĐUA\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH\nCăn cứ Luật Thi đua, khen thưởng ngày 26/11/2003;\n").Directive
	assert.Equal(t, "QĐ", d.Kind)
	assert.Equal(t, "VỀ VIỆC BAN HÀNH QUY CHẾ TỔ CHỨC VÀ HOẠT ĐỘNG CỤM, KHỐI THI ĐUA", d.Title)

	d = parseString(t, "TÒA ÁN NHÂN DÂN\nTỐI CAO\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 45/2014/QĐTA-TĐKT\nHà Nội, ngày 28 tháng 07 năm 2014\n"+
		"QUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH BẢNG CHẤM ĐIỂM THI ĐUA\nCHÁNH ÁN TÒA ÁN NHÂN DÂN TỐI CAO\nCăn cứ Nghị định số 42/2010/NĐ-CP ngày 15/4/2010;\n").Directive
	assert.Equal(t, "VỀ VIỆC BAN HÀNH BẢNG CHẤM ĐIỂM THI ĐUA", d.Title)

	d = parseString(t, "KẾ HOẠCH TỔ CHỨC KỶ NIỆM 90 NĂM NGÀY THÀNH LẬP ĐẢNG CỘNG SẢN VIỆT NAM (3/2/1930 – 3/2/2020)\n"+
		"Căn cứ Kế hoạch số 103/KH-UBND, ngày 18/6/2019 của UBND tỉnh;\nUỷ ban nhân dân tỉnh xây dựng Kế hoạch tổ chức kỷ niệm như sau:\n1. Mục đích\n").Directive
	assert.Equal(t, "KH", d.Kind)
	assert.Equal(t, "", d.Number)
	assert.Equal(t, "TỔ CHỨC KỶ NIỆM 90 NĂM NGÀY THÀNH LẬP ĐẢNG CỘNG SẢN VIỆT NAM (3/2/1930 – 3/2/2020)", d.Title)
	assert.Equal(t, "Uỷ ban nhân dân tỉnh", d.Issuer.Name)

	d = parseString(t, "THỦ TƯỚNG CHÍNH PHỦ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 722/QĐ-TTg | Hà Nội, ngày 06 tháng 6 năm 2008 |\nQUYẾT ĐỊNH\nVỀ VIỆC TẶNG THƯỞNG CỜ THI ĐUA CỦA CHÍNH PHỦ\n"+
		"Điều 1. Tặng Cờ thi đua của Chính phủ cho 6 tập thể (có danh sách kèm theo).\nĐiều 2. Các tập thể có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.\n| KT. THỦ TƯỚNG |\nDANH SÁCH\nTẶNG CỜ THI ĐUA CỦA CHÍNH PHỦ\n1. Sở Nội vụ thành phố Đà Nẵng;\n").Directive
	assert.Equal(t, "", d.Signer.Name)

	menu := strings.Repeat("- Mục của trang\n", 45)
	d = parseString(t, menu+"BỘ TÀI CHÍNH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 18458/BTC-TĐKT | Hà Nội, ngày 18 tháng 12 năm 2014 |\n").Directive
	assert.Equal(t, "CV", d.Kind)
	assert.Equal(t, "2014-12-18", d.Issued)
	assert.Equal(t, "BỘ TÀI CHÍNH", d.Issuer.Name)
}
