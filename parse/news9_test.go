package parse

import (
	"testing"

	"github.com/stretchr/testify/assert"
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
