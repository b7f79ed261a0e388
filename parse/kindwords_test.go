package parse

import (
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/vnthidua/thidua/directive"

	"github.com/vnthidua/thidua/internal/lazyregexp"
)

// The regexps kindBefore and kindEnd replaced, kept as their oracle.
var (
	kindBeforeRe = lazyregexp.NewFunc(func() string { return `(?i)(` + kindWordsPattern() + `)(?:\s+(?:số|số:|số hiệu))?\s*:?\s*$` })
	kindEndRe    = lazyregexp.NewFunc(func() string { return `(` + kindWordsPattern() + `)\s+$` })
	shortFormRe  = lazyregexp.NewFunc(func() string {
		return `(?i)(?:^|[^\pL])(` + kindWordsPattern() + `)\s+(này|(?:nêu|nói|kể)\s+trên|vừa\s+nêu|trên)$`
	})
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

// FuzzLinePrefilters holds the literal prefilters of line patterns to
// the patterns alone.
func FuzzLinePrefilters(f *testing.F) {
	for _, s := range []string{"Tin liên quan", "tin khác", "Xem thêm:", "12 người đang online", "ſhare:", "SHARE:", "Về đầu trang", "Ý kiến bạn đọc", "Đang truy cập",
		"01-CT.signed.pdf", "KH 12.DOCX", "a.pdf.zip", "báo cáo.ods", "x.pdfx", "Người ký: Nguyễn Văn A", "NGƯỜI KÝ | Lại Thế Nguyên |", "người  ký"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, ln string) {
		if got, want := isTail(ln), tailRe.MatchString(ln); got != want {
			t.Fatalf("isTail(%q) = %v, want %v", ln, got, want)
		}
		if got, want := isFileName(ln), fileNameRe.MatchString(ln); got != want {
			t.Fatalf("isFileName(%q) = %v, want %v", ln, got, want)
		}
		if got, want := metadataSigner([]string{ln}), metadataSignerByPattern(ln); got != want {
			t.Fatalf("metadataSigner(%q) = %v, want %v", ln, got, want)
		}
	})
}

// metadataSignerByPattern is metadataSigner on one line without its
// prefilter.
func metadataSignerByPattern(ln string) directive.Signer {
	m := metadataLineRe.FindStringSubmatch(ln)
	if m == nil {
		return directive.Signer{}
	}
	if name := strings.TrimSpace(strings.Trim(m[1], "|")); isPersonName(name) {
		return directive.Signer{Name: name}
	}
	return directive.Signer{}
}

func TestKindsLexicon(t *testing.T) {
	words, err := readKinds(kindsTSV)
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"Chỉ thị", "Kế hoạch", "Nghị quyết liên tịch", "Luật"} {
		if !slices.Contains(words, w) {
			t.Errorf("lexicon/kinds.tsv lacks %q", w)
		}
	}
	for _, bad := range []string{"Nghị quyết\nNghị quyết liên tịch\n", "Chỉ  thị\n", "Chỉ thị|Luật\n", "# only a comment\n"} {
		if _, err := readKinds(bad); err == nil {
			t.Errorf("readKinds(%q) took it", bad)
		}
	}
}

// FuzzNameWords holds the name-word tests to the patterns they replaced.
func FuzzNameWords(f *testing.F) {
	nameWordRe := regexp.MustCompile(`^\p{Lu}[\p{Ll}]{0,7}$`)
	upperWordRe := regexp.MustCompile(`^\p{Lu}{1,8}$`)
	for _, s := range []string{"Nguyễn", "NGUYỄN", "Văn", "Aaaaaaaa", "Aaaaaaaaa", "ABCDEFGH", "ABCDEFGHI", "", "a", "\xff", "Ǆ", "ǅa", "Ａ", "Đ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if got, want := isNameWord(w), nameWordRe.MatchString(w); got != want {
			t.Fatalf("isNameWord(%q) = %v, want %v", w, got, want)
		}
		if got, want := isUpperWord8(w), upperWordRe.MatchString(w); got != want {
			t.Fatalf("isUpperWord8(%q) = %v, want %v", w, got, want)
		}
	})
}

// TestTailFirst: isTail lets through only lines whose first character is
// in tailFirst, so every marker of tailRe must start with one of them,
// in either case. A marker added to the pattern fails here until its
// first letter is added too.
func TestTailFirst(t *testing.T) {
	src := tailRe.String()
	body, ok := strings.CutPrefix(src, "(?i)^(?:")
	if !ok || !strings.HasSuffix(body, ")") {
		t.Fatalf("tailRe is no longer (?i)^(?:a|b|...): %s", src)
	}
	for _, alt := range topAlternatives(strings.TrimSuffix(body, ")")) {
		first := []rune(alt)[0]
		if strings.HasPrefix(alt, `\d`) {
			first = '0'
		}
		for _, r := range []rune{first, unicode.ToLower(first), unicode.ToUpper(first)} {
			if !strings.ContainsRune(tailFirst, r) {
				t.Errorf("tailRe marker %q starts with %q, not in tailFirst", alt, r)
			}
		}
	}
}

// topAlternatives splits a pattern at the | that stand outside brackets.
func topAlternatives(s string) []string {
	var out []string
	depth, from := 0, 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case '(', '[':
			depth++
		case ')', ']':
			depth--
		case '|':
			if depth == 0 {
				out = append(out, s[from:i])
				from = i + 1
			}
		}
	}
	return append(out, s[from:])
}
