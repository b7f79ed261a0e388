package parse

import (
	"slices"
	"strings"
	"testing"
)

// checkTitleAfter holds titleAfter to titleAfterRe, and issuerAfter to
// issuerAfterRe, on s.
func checkTitleAfter(t testing.TB, s string) {
	t.Helper()
	if got, want := issuerAfter(s), issuerAfterRe.FindStringSubmatchIndex(s); !slices.Equal(got, want) {
		t.Fatalf("issuerAfter(%q) = %v, want %v", s, got, want)
	}
	if got, want := titleAfter(s), titleAfterRe.FindStringSubmatchIndex(s); !slices.Equal(got, want) {
		t.Fatalf("titleAfter(%q) = %v, want %v", s, got, want)
	}
}

// titleAfterSeeds are titles with quoted runs, stops and ends of each
// kind, and near misses.
var titleAfterSeeds = []string{
	" về việc tổ chức phong trào thi đua “Dân vận khéo; Chung sức”; các", ", về tổ chức \"Ngày hội; A\" năm 2024. Sau đó", " về x.", " về x.y", " về ;",
	" về  ", " về “a\nb” c", " về \"a\nb\" c", "về việc\n\nx", " Kế hoạch về việc a", " nhằm triển khai x\n", " v/v “", " về \xff.", "", " về .",
	" về \t; x", " về \n;", " V/V a “b” ” c. ", " về việc ,", " , của UBND tỉnh về việc x", "của Bộ Nội vụ, ngày", "\t,\tcủa", ",, của A",
	"của  ", "của \n", "của  \nA", "của A\nB", "của A\n về x", "của T.Ư Đoàn về việc", "của .a b", "của . b", "của UBND tỉnh và Kế hoạch", "của UBND tỉnh\tngày 3",
	"của A và  kế hoạch", "của A về", "của A vềx, b", "của \xffA", "của,", "của “A”",
}

// TestTitleAfter: on the test texts, cut at every white space of each
// line (up to 600 bytes, as findMentions reads after a number), and on
// the seeds, titleAfter and issuerAfter read what their patterns read,
// and read titles and issuers.
func TestTitleAfter(t *testing.T) {
	found, issuers := 0, 0
	for _, ln := range testTextLines(t) {
		for i, n := 0, 0; i < len(ln) && n < 60; i++ {
			if ln[i] != ' ' {
				continue
			}
			n++
			s := ln[i:min(len(ln), i+600)]
			checkTitleAfter(t, s)
			if titleAfter(s) != nil {
				found++
			}
			if issuerAfter(s) != nil {
				issuers++
			}
		}
	}
	for _, s := range titleAfterSeeds {
		checkTitleAfter(t, s)
	}
	if found < 100 || issuers < 100 {
		t.Errorf("%d titles and %d issuers read in the test texts, want many", found, issuers)
	}
	m := titleAfter(titleAfterSeeds[0])
	if m == nil || !strings.HasSuffix(titleAfterSeeds[0][m[2]:m[3]], "Chung sức”") {
		t.Errorf("titleAfter(%q) = %v, want the title to the quote's end", titleAfterSeeds[0], m)
	}
}

// FuzzTitleAfter holds titleAfter and issuerAfter to their patterns.
func FuzzTitleAfter(f *testing.F) {
	for _, s := range titleAfterSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkTitleAfter(t, s) })
}
