package vnenc

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestUTF8 checks the one decision between damaged UTF-8 and legacy
// text on real files: the legacy ones (TCVN3, VNI, windows-1258 pages
// of the parse corpus) are not UTF-8 however few their bytes above 0x7F
// are; a UTF-8 text stays UTF-8 with up to one stray byte per valid
// sequence, each replaced by U+FFFD.
func TestUTF8(t *testing.T) {
	read := func(name string) []byte {
		t.Helper()
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	for _, name := range []string{
		"testdata/hungyen.tcvn3",
		"testdata/hungyen.vni",
		"../../parse/testdata/html/variants/hungyen-ct08-2024.cp1258.html",
		"../../parse/testdata/html/variants/binhduong-ct01-2021.tcvn3.html",
		"../../parse/testdata/html/portals/langson-qd1657-2021.html",
	} {
		b := read(name)
		if _, invalid, ok := UTF8(b); ok {
			t.Errorf("%s: read as UTF-8 with %d invalid bytes, want legacy", name, invalid)
		}
		// The first line alone (a few legacy letters) is legacy too.
		line := b[:strings.IndexByte(string(b), '\n')]
		if _, _, ok := UTF8(line); ok && !utf8.Valid(line) {
			t.Errorf("%s: first line %q read as UTF-8", name, line)
		}
	}

	// A legacy article in a UTF-8 page: legacy while the article has
	// more letters beyond ASCII than the page around it.
	text := read("testdata/hungyen.txt")
	article := read("testdata/hungyen.tcvn3")
	_, bad, _ := UTF8(article)
	around := text[:len(text)/4]
	if _, invalid, ok := UTF8(append(append(append([]byte{}, around...), article...), around...)); ok {
		t.Errorf("TCVN3 article (%d invalid bytes) in UTF-8 text read as UTF-8 with %d invalid bytes", bad, invalid)
	}

	multi := 0
	for _, r := range string(text) {
		if r >= utf8.RuneSelf {
			multi++
		}
	}
	tests := []struct {
		name    string
		in      []byte
		invalid int
		ok      bool
	}{
		{"valid", text, 0, true},
		{"one stray byte", strayBytes(text, 1), 1, true},
		{"ten stray bytes", strayBytes(text, 10), 10, true},
		{"one per sequence", strayBytes(text, multi), multi, true},
		{"more than one per sequence", strayBytes(text, multi+1), multi + 1, false},
		{"cut sequence", []byte("Vi\xe1\xbb\x87t Nam, Vi\xe1\xbb\x87t Nam, Vi\xe1\xbbt"), 2, true},
		{"cut sequences", []byte("Vi\xe1\xbb\x87t Nam, Vi\xe1\xbbt Vi\xe1\xbbt"), 4, false},
		{"no sequence", []byte("Vi\xeat"), 1, false},
		{"ascii", []byte("Chi thi so 08"), 0, true},
		{"empty", nil, 0, true},
	}
	for _, tt := range tests {
		got, invalid, ok := UTF8(tt.in)
		if invalid != tt.invalid || ok != tt.ok {
			t.Errorf("%s: invalid %d, ok %v; want %d, %v", tt.name, invalid, ok, tt.invalid, tt.ok)
		}
		if !utf8.ValidString(got) || strings.Count(got, "\uFFFD") != tt.invalid {
			t.Errorf("%s: %d U+FFFD in the text, want %d", tt.name, strings.Count(got, "\uFFFD"), tt.invalid)
		}
	}
}

// strayBytes inserts n bytes that are not UTF-8 (0xFF) before runes of b,
// spread evenly; more than the runes of b wraps around.
func strayBytes(b []byte, n int) []byte {
	var starts []int
	for i := range b {
		if utf8.RuneStart(b[i]) {
			starts = append(starts, i)
		}
	}
	at := map[int]int{}
	for k := range n {
		at[starts[k*len(starts)/n%len(starts)]]++
	}
	out := make([]byte, 0, len(b)+n)
	for i, c := range b {
		for range at[i] {
			out = append(out, 0xff)
		}
		out = append(out, c)
	}
	return out
}
