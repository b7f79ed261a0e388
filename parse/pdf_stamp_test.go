package parse

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestDropSignStampLines removes the pieces of a signing centre's stamp
// that the layout puts on lines of their own (quangngai-cv507: "+07:00"
// after the V/v title, which it lengthened) and keeps the lines of the
// document that hold a date, a time or an address among other words.
func TestDropSignStampLines(t *testing.T) {
	in := "TRUNG TÂM CÔNG\nBÁO VÀ TIN HỌC\nttcbth@quangngai. gov. vn\n24. 01. 2025 20:01 : 14\nỦY BAN NHÂN DÂN\nV/v góp ý dự thảo Quyết định\n+07:00\n21.03.2018 16:41:00 +07:00\nngày 10/02/2025 08:00 họp tại UBND tỉnh\nEmail: vp@quangngai.gov.vn\nTừ 10/10/2022 đến 25/11/2022"
	want := "TRUNG TÂM CÔNG\nBÁO VÀ TIN HỌC\nỦY BAN NHÂN DÂN\nV/v góp ý dự thảo Quyết định\nngày 10/02/2025 08:00 họp tại UBND tỉnh\nEmail: vp@quangngai.gov.vn\nTừ 10/10/2022 đến 25/11/2022"
	assert.Equal(t, want, dropSignStampLines(in))
}
