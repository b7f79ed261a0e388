package parse

import (
	"testing"

	"github.com/vnthidua/thidua/internal/lazyregexp"
)

// The regexps kindBefore and kindEnd replaced, kept as their oracle.
var (
	kindBeforeRe = lazyregexp.New(`(?i)(` + kindWordsRe + `)(?:\s+(?:số|số:|số hiệu))?\s*:?\s*$`)
	kindEndRe    = lazyregexp.New(`(` + kindWordsRe + `)\s+$`)
	shortFormRe  = lazyregexp.New(`(?i)(?:^|[^\pL])(` + kindWordsRe + `)\s+(này|(?:nêu|nói|kể)\s+trên|vừa\s+nêu|trên)$`)
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

// FuzzShortFormAt holds shortFormAt to shortFormRe.
func FuzzShortFormAt(f *testing.F) {
	for _, s := range []string{"Chỉ thị này", "theo Kế hoạch nêu trên", "KẾ HOẠCH NÀY", "Nghị định  vừa\nnêu", "xLuật này", "1Luật này", "Pháp luật này",
		"Chỉ thị nói trên", "Quyết định kể trên", "Quyết định trên", "Chỉ thịnày", "Thông tư liên tịch này", "này", "Chỉ thị nêu  trên", "\xffLuật trên"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		l := shortFormRe.FindStringSubmatchIndex(s)
		ks, ke, ts, te, ok := shortFormAt(s)
		if ok != (l != nil) || ok && (ks != l[2] || ke != l[3] || ts != l[4] || te != l[5]) {
			t.Fatalf("shortFormAt(%q) = %d %d %d %d %v; regexp %v", s, ks, ke, ts, te, ok, l)
		}
	})
}
