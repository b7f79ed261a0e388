package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestColdCacheNotice: a PDF among the inputs and an empty or missing
// cache directory give the notice; a filled cache, or no PDF, give none.
func TestColdCacheNotice(t *testing.T) {
	tmp := t.TempDir()
	junkPDF := filepath.Join(tmp, "scan") // no extension, 21 junk bytes before %PDF-
	if err := os.WriteFile(junkPDF, []byte("012345678901234567890%PDF-1.7\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	text := filepath.Join(tmp, "a.txt")
	if err := os.WriteFile(text, []byte("CHỈ THỊ"), 0o644); err != nil {
		t.Fatal(err)
	}
	empty := filepath.Join(tmp, "empty")
	full := filepath.Join(tmp, "full")
	if err := os.MkdirAll(full, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(full, "module"), []byte("compiled"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name   string
		inputs []string
		dir    string
		want   bool
	}{
		{"pdf by name, no cache", []string{text, "x.PDF"}, empty, true},
		{"pdf by bytes, no cache", []string{junkPDF}, empty, true},
		{"pdf, cache filled", []string{"x.pdf"}, full, false},
		{"no pdf", []string{text, "-", "https://example.gov.vn/a.html"}, empty, false},
		{"no cache dir", []string{"x.pdf"}, "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var b strings.Builder
			coldCacheNotice(tc.inputs, tc.dir, &b)
			if got := strings.Contains(b.String(), "thidua cache warm"); got != tc.want {
				t.Errorf("notice %v, want %v: %q", got, tc.want, b.String())
			}
		})
	}
}
