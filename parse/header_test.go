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
	assert.Equal(t, a.Directive, b.Directive)
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
