package parse

import (
	"slices"
	"testing"
)

// FuzzIssuerWordFind holds the window issuerWordFind cuts to the pattern
// run on the whole text.
func FuzzIssuerWordFind(f *testing.F) {
	for _, s := range []string{
		"Ngày 25/11/2024, Chủ tịch Ủy ban nhân dân tỉnh ký ban hành",
		"Thực hiện Kế hoạch số 12/KH-UBND, Sở Nội vụ vừa ban hành",
		"Ban Bí thư Trung ương Đoàn TNCS Hồ Chí Minh đã ký",
		"T.Ư Đoàn phát động", "UBND (UBND) tỉnh Quảng Ngãi vừa", "1UBND", "UBND tỉnh: Hội Nông dân tỉnh",
		"Bộ Lao động - Thương binh và Xã hội ban hành", "Sở\xffNội vụ", "Liên đoàn Lao động thành phố triển khai tại",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := issuerWordFind(s), issuerWordRe.FindStringSubmatch(s); !slices.Equal(got, want) {
			t.Fatalf("issuerWordFind(%q) = %q, want %q", s, got, want)
		}
	})
}
