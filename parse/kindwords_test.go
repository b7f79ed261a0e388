package parse

import (
	"testing"

	"github.com/vnthidua/thidua/internal/lazyregexp"
)

// The regexps kindBefore and kindEnd replaced, kept as their oracle.
var (
	kindBeforeRe = lazyregexp.New(`(?i)(` + kindWordsRe + `)(?:\s+(?:số|số:|số hiệu))?\s*:?\s*$`)
	kindEndRe    = lazyregexp.New(`(` + kindWordsRe + `)\s+$`)
)

var kindWordsSeeds = []string{
	"theo Quyết định số ", "Chỉ thị ", "CHỈ THỊ SỐ: ", "Kế hoạch số hiệu ", "Nghị quyết liên tịch số", "thông tư liên tịch",
	"Quyết định số: : ", "Quyết định::", "Quyết địnhsố ", "Luật\nsố ", "văn bản số\t:", "", " ", "số", "Chỉ thị\u00a0số ", "Kế hoạch",
	"Kế hoạch \xff", "\u212aế hoạch số ", "LUẬT ", "chỉ thị số hiệu:", "Đề án", "ĐỀ ÁN số ", "Chỉ thị số số ",
}

// FuzzKindBefore holds kindBefore to the regexp it replaced.
func FuzzKindBefore(f *testing.F) {
	for _, s := range kindWordsSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, before string) {
		km := kindBeforeRe.FindStringSubmatchIndex(before)
		s, e, ok := kindBefore(before)
		if ok != (km != nil) || ok && (s != km[2] || e != km[3]) {
			t.Fatalf("kindBefore(%q) = %d, %d, %v; regexp %v", before, s, e, ok, km)
		}
	})
}

// FuzzKindEnd holds kindEnd to the regexp it replaced.
func FuzzKindEnd(f *testing.F) {
	for _, s := range kindWordsSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		km := kindEndRe.FindStringSubmatchIndex(s)
		a, e, ok := kindEnd(s)
		if ok != (km != nil) || ok && (a != km[2] || e != km[3]) {
			t.Fatalf("kindEnd(%q) = %d, %d, %v; regexp %v", s, a, e, ok, km)
		}
	})
}
