package parse

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestNewsBylinesFifthRound covers the bylines and date lines of the
// fifth held-out round of news articles (testdata/news5): staff bylines,
// given names that also start headings, an outlet under the author, and
// a date written out under the headline.
func TestNewsBylinesFifthRound(t *testing.T) {
	none := func(int) bool { return false }
	for _, tc := range []struct {
		lines []string
		want  string
	}{
		{[]string{"Thủ tướng yêu cầu ...", "", "BC"}, "BC"},
		{[]string{"Phát biểu chỉ đạo ...", "", "PV"}, "PV"},
		{[]string{"... theo quy định./.", "", "Văn Hải"}, "Văn Hải"},
		{[]string{"Huân chương Sao vàng là ...", "", "Tác giả: THÀNH CHUNG", "", "Nguồn tin: Báo Tuổi Trẻ"}, "THÀNH CHUNG"},
		{[]string{"... tiếp tục.", "Nguồn: Báo Hải Dương"}, "Báo Hải Dương"},
		{[]string{"Điều 3. ... thi hành Quyết định này./.", "TM"}, ""},
		{[]string{"Hướng tới Đại hội ...", "Văn phòng"}, ""},
	} {
		got, _ := readByline(tc.lines, none)
		assert.Equal(t, tc.want, got, tc.lines)
	}
	assert.Equal(t, "2022-01-17", readPublished([]string{"Phát động phong trào nông dân thi đua sản xuất kinh doanh giỏi năm 2022", "", "Ngày 17 tháng 01 năm 2022"}))
}

// TestMovementNamedTwice covers a standing movement named in two wordings
// (one movement, as first written) and one that starts a quoted name
// (the quoted name only).
func TestMovementNamedTwice(t *testing.T) {
	camps, _ := findCampaigns([]string{
		"Hội nghị Tổng kết phong trào nông dân thi đua sản xuất kinh doanh giỏi giai đoạn 2017- 2019.",
		"Trong hai năm qua, phong trào Nông dân sản xuất kinh doanh giỏi trên địa bàn huyện tiếp tục phát triển.",
	})
	if assert.Len(t, camps, 1) {
		assert.Equal(t, "nông dân thi đua sản xuất kinh doanh giỏi", camps[0].Name)
	}
	camps, _ = findCampaigns([]string{"Các phong trào “Nông dân thi đua sản xuất kinh doanh giỏi, đoàn kết giúp nhau xóa đói giảm nghèo và làm giàu chính đáng” được triển khai."})
	if assert.Len(t, camps, 1) {
		assert.Equal(t, "Nông dân thi đua sản xuất kinh doanh giỏi, đoàn kết giúp nhau xóa đói giảm nghèo và làm giàu chính đáng", camps[0].Name)
	}
}
