package parse

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/vnthidua/thidua/internal/lazyregexp"
)

// The four finders of an issuer in running text as they were written
// before the bodies' names were read by bodyScanner: each the lexicon's
// bodies as one alternation (bodiesPattern) and what follows, as one
// pattern. Kept as the oracle of the scanner and the tails.
var (
	issuerWordRe    = lazyregexp.NewFunc(func() string { return issuerWordPattern(issuingBodies()) })
	clauseIssuerRe  = lazyregexp.NewFunc(func() string { return clauseIssuerPattern(issuingBodies()) })
	launcherRe      = lazyregexp.NewFunc(func() string { return launcherPattern(issuingBodies()) })
	organiserRe     = lazyregexp.NewFunc(func() string { return organiserPattern(issuingBodies()) })
	openingIssuerRe = lazyregexp.NewFunc(func() string { return openingIssuerPattern(issuingBodies()) })
)

func issuerWordPattern(bs []issuingBody) string {
	return `(?i)(` + bodiesPattern(bs, findSentence) + `(?:\s*\(\p{Lu}[\pL&]{1,10}\))?(?:\s+(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường)(?:\s+\p{Lu}[\pL]*(?:\s+\p{Lu}[\pL]*){0,3})?|\s+(?:TP\.?\s?)?\p{Lu}{2,5}|\s+(?-i:\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2}))?)(?:\s*\(\p{Lu}[\pL&]{1,10}\))?\s*(?:vừa\s+|đã\s+)?(?:ký\s+)?` + verbsPattern("issuerWord") + `?(?:\s+tại)?\s*$`
}

func clauseIssuerPattern(bs []issuingBody) string {
	return `(?:^|[;:.]\s+|,\s+)(` + bodiesPattern(bs, findClause) + `\s(?:[^;:,.\s]+\s){0,10}?)` + verbsPattern("opening") + `\s+(\pL+\s\pL+)`
}

func launcherPattern(bs []issuingBody) string {
	return `(` + bodiesPattern(bs, findLaunch) + `[^.;:!?\n]{0,60}?)\s+(?:vừa\s+|đã\s+)?(?:phối\s+hợp\s+(?:với\s+)?[^.;:!?\n]{0,80}?\s+)?(?:tổ\s+chức\s+[^.;:!?\n]{0,100}?)?` + verbsPattern("launch") + `\s`
}

func organiserPattern(bs []issuingBody) string {
	return `(` + bodiesPattern(bs, findLaunch) + `[^.;:!?\n]{0,60}?)\s+(?:vừa\s+|đã\s+)?tổ\s+chức\s+(?:hội\s+nghị|lễ|buổi\s+lễ)\s`
}

func openingIssuerPattern(bs []issuingBody) string {
	return `^(` + bodiesPattern(bs, findOpening) + `[\pL ]{0,60}?)\s+` + verbsPattern("opening") + `\s+(?:Kế hoạch|Hướng dẫn|Chương trình|Quy chế|Quy định)\s.*như sau:?$`
}

// checkBodyFinders holds the four finders, on s, to the patterns they
// replace.
func checkBodyFinders(t testing.TB, s string) {
	t.Helper()
	if got, want := issuerWordFind(s), issuerWordRe.FindStringSubmatch(s); !slices.Equal(got, want) {
		t.Fatalf("issuerWordFind(%q) = %q, want %q", s, got, want)
	}
	var want [][2]string
	for _, m := range clauseIssuerRe.FindAllStringSubmatch(s, -1) {
		want = append(want, [2]string{m[1], m[2]})
	}
	if got := clauseIssuers(s); !slices.Equal(got, want) {
		t.Fatalf("clauseIssuers(%q) = %q, want %q", s, got, want)
	}
	if got, want := bodyScan().allIn(s, findLaunch, launcherTails), launcherRe.FindAllStringSubmatchIndex(s, -1); !slices.EqualFunc(got, want, slices.Equal) {
		t.Fatalf("launcher matches in %q = %v, want %v", s, got, want)
	}
	if got, want := bodyScan().firstFrom(s, 0, findLaunch, organiserTails), organiserRe.FindStringSubmatchIndex(s); !slices.Equal(got, want) {
		t.Fatalf("organiser match in %q = %v, want %v", s, got, want)
	}
	if got, want := bodyScan().firstAt(s, 0, findOpening, openingTails), openingIssuerRe.FindStringSubmatchIndex(s); !slices.Equal(got, want) {
		t.Fatalf("opening match in %q = %v, want %v", s, got, want)
	}
}

// kindCuts are where the sentence finder is tried on a line of the test
// texts: before each kind a sentence names, where an article's sentence
// up to its document ends.
var kindCuts = []string{"Kế hoạch", "kế hoạch", "Quyết định", "quyết định", "Chỉ thị", "chỉ thị", "Công văn", "Hướng dẫn", "Nghị quyết", "Thông báo", "Chương trình", "Quy chế"}

// TestBodyFindersOnTexts: on every line of the test texts, cut before
// each kind it names, and on the whole of each text, the finders read
// what the patterns they replace read, and they read something on some.
func TestBodyFindersOnTexts(t *testing.T) {
	found := 0
	for _, ln := range testTextLines(t) {
		checkBodyFinders(t, ln)
		for _, k := range kindCuts {
			for from := 0; ; {
				i := strings.Index(ln[from:], k)
				if i < 0 {
					break
				}
				checkBodyFinders(t, ln[:from+i])
				if issuerWordFind(ln[:from+i]) != nil {
					found++
				}
				from += i + len(k)
			}
		}
	}
	if found < 50 {
		t.Errorf("the sentence finder read %d issuers in the test texts, want many", found)
	}
	files, err := filepath.Glob("testdata/news*/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no news texts: %v", err)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		lead := text[:min(len(text), headlineEnd(text)+1500)]
		if got, want := bodyScan().allIn(lead, findLaunch, launcherTails), launcherRe.FindAllStringSubmatchIndex(lead, -1); !slices.EqualFunc(got, want, slices.Equal) {
			t.Fatalf("%s: launcher matches = %v, want %v", f, got, want)
		}
		if got, want := bodyScan().firstFrom(lead, 0, findLaunch, organiserTails), organiserRe.FindStringSubmatchIndex(lead); !slices.Equal(got, want) {
			t.Fatalf("%s: organiser match = %v, want %v", f, got, want)
		}
	}
}

// TestBodyScanner: the scanner finds a body's name in any case, with the
// office before it and its level, the longer name first where both
// stand, and a place's name as written for the sentence finder only.
func TestBodyScanner(t *testing.T) {
	sc := bodyScan()
	for _, tt := range []struct {
		s     string
		f     finders
		names []string // the names found at 0, in the finder's order
		level string   // of the first
	}{
		{"Ban Thường vụ Tỉnh ủy Quảng Ngãi", findSentence, []string{"Ban Thường vụ Tỉnh ủy", "Tỉnh ủy"[0:0]}, "party"},
		{"UBND tỉnh", findLaunch, []string{"UBND"}, ""},
		{"ủy ban nhân dân tỉnh", findSentence, []string{"ủy ban nhân dân"}, ""},
		{"ủy ban nhân dân tỉnh", findLaunch, nil, ""},
		{"Chủ tịch  UBND\ttỉnh", findClause, []string{"Chủ tịch  UBND"}, ""},
		{"Trung ương Đoàn TNCS Hồ Chí Minh", findSentence, []string{"Trung ương Đoàn TNCS Hồ Chí Minh", "Trung ương Đoàn"}, "other"},
		{"tỉnh Quảng Ngãi", findSentence, nil, ""},
		{"Tỉnh Quảng Ngãi", findSentence, []string{"Tỉnh"}, ""},
		{"TỈNH Quảng Ngãi", findLaunch, nil, ""},
		{"Bộ Nội vụ", findSentence, []string{"Bộ"}, "ministry"},
		{"Ủy ban MTTQ", findClause, []string{"Ủy ban MTTQ", "Ủy ban"}, "other"},
		{"xUBND", findSentence, nil, ""},
	} {
		var names []string
		hits := sc.at(tt.s, 0, tt.f, nil)
		for _, h := range hits {
			names = append(names, tt.s[h.start:h.end])
		}
		want := slices.DeleteFunc(slices.Clone(tt.names), func(s string) bool { return s == "" })
		if !slices.Equal(names, want) {
			t.Errorf("at(%q) = %q, want %q", tt.s, names, want)
		}
		if len(hits) > 0 && string(hits[0].level) != tt.level {
			t.Errorf("at(%q): level %q, want %q", tt.s, hits[0].level, tt.level)
		}
	}
}

// FuzzBodyFinders holds the four finders to the patterns they replace.
func FuzzBodyFinders(f *testing.F) {
	for _, s := range []string{
		"Ngày 25/11/2024, Chủ tịch Ủy ban nhân dân tỉnh ký ban hành", "Sở Nội vụ vừa ban hành", "Ban Bí thư Trung ương Đoàn TNCS Hồ Chí Minh đã ký",
		"T.Ư Đoàn phát động", "UBND (UBND) tỉnh Quảng Ngãi vừa", "1UBND", "Bộ Lao động - Thương binh và Xã hội ban hành", "Sở\xffNội vụ",
		"Thực hiện Kế hoạch số 12/KH-UBND; Ban Chấp hành Thành đoàn Hà Nội ban hành Kế hoạch thực hiện", "Căn cứ Luật; Chính phủ ban hành Nghị quyết về",
		"UBND phường Hòa Hưng, TPHCM tổ chức Hội nghị và phát động thi đua năm 2026", "Bộ Chỉ huy Quân sự tỉnh vừa tổ chức phát động phong trào x",
		"UBND xã Xuân Phú vừa tổ chức hội nghị tuyên dương", "Uỷ ban nhân dân tỉnh xây dựng Kế hoạch tổ chức các hoạt động như sau:",
		"Tỉnh Quảng Ngãi phát động phong trào", "ủy ban tỉnh ban hành Kế hoạch x, Ủy ban  nhân dân tỉnh ban hành Kế hoạch y",
		", UBND tỉnh ban hành Kế hoạch", "UBND tỉnh ban hành Kế hoạch", "\u212aho", "ſở Nội vụ ban hành", "",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkBodyFinders(t, s) })
}
