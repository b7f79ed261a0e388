package parse

import (
	"strings"
	"testing"
)

// checkPageCuts holds the cuts of page.go to the patterns they run.
func checkPageCuts(t testing.TB, ln string) {
	t.Helper()
	if got, want := countersCut(ln), countersRe.ReplaceAllString(ln, "$1"); got != want {
		t.Fatalf("countersCut(%q) = %q, want %q", ln, got, want)
	}
	if got, want := viewsCut(ln), viewsRe.ReplaceAllString(ln, "$1"); got != want {
		t.Fatalf("viewsCut(%q) = %q, want %q", ln, got, want)
	}
	if got, want := gluedTagCut(ln), gluedTagRe.ReplaceAllString(ln, "$1"); got != want {
		t.Fatalf("gluedTagCut(%q) = %q, want %q", ln, got, want)
	}
}

// pageCutSeeds are lines each cut changes, and near misses.
var pageCutSeeds = []string{
	"Thứ hai - 04/07/2022 04:34 288 0", "2022 04:34", "Đăng ngày: 26/01/2026 - Lượt xem: 101", "2026 | LƯỢT XEM 1.234,", "2026 - lượt đọc: 5.",
	"Thúy HườngTAG:", "Thúy HườngTags :  \t", "Thúy Hường TAG:", "HườngTAGS:\v", "", ":", "2024 1", "\xff2024 01:02 3",
}

// TestPageCuts: on every line of the test texts and on lines each cut
// changes, the cuts give what the patterns give.
func TestPageCuts(t *testing.T) {
	for _, ln := range append(testTextLines(t), pageCutSeeds...) {
		checkPageCuts(t, ln)
	}
	for _, tt := range []struct{ in, want string }{
		{"Thứ hai - 04/07/2022 04:34 288 0", "Thứ hai - 04/07/2022 04:34"},
		{"Đăng ngày: 26/01/2026 - Lượt xem: 101", "Đăng ngày: 26/01/2026"},
	} {
		if got := viewsCut(countersCut(tt.in)); got != tt.want {
			t.Errorf("cut %q = %q, want %q", tt.in, got, tt.want)
		}
	}
	if got := gluedTagCut("Thúy HườngTAG:"); got != "Thúy Hường" {
		t.Errorf("gluedTagCut = %q, want Thúy Hường", got)
	}
}

// FuzzPageCuts holds the cuts to the patterns they run.
func FuzzPageCuts(f *testing.F) {
	for _, s := range pageCutSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkPageCuts(t, s) })
}

// tailSeeds are the markers of tailRe, each cut from the pattern, in
// capitals and with text after, and near misses.
func tailSeeds() []string {
	src := tailRe.String()
	alts := strings.Split(src[strings.Index(src, "(?:")+3:len(src)-1], "|")
	out := []string{"12 người đang online", "3  người đang online x", "Share:", "Share: x", "ſhare", "Tin", "", "\xffTin khác", "1"}
	for _, a := range alts {
		out = append(out, a, strings.ToUpper(a)+" x", "x"+a)
	}
	return out
}

// TestIsTail: on every line of the test texts and on every marker of
// tailRe, isTail reads what the pattern reads, and reads each marker.
func TestIsTail(t *testing.T) {
	for _, ln := range append(testTextLines(t), tailSeeds()...) {
		if got, want := isTail(ln), tailRe.MatchString(ln); got != want {
			t.Fatalf("isTail(%q) = %v, want %v", ln, got, want)
		}
	}
	for _, w := range tailWords {
		if !isTail(w) {
			t.Errorf("isTail(%q) = false, want a marker", w)
		}
	}
}

// FuzzIsTail holds isTail to tailRe.
func FuzzIsTail(f *testing.F) {
	for _, s := range tailSeeds() {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := isTail(s), tailRe.MatchString(s); got != want {
			t.Fatalf("isTail(%q) = %v, want %v", s, got, want)
		}
	})
}
