package fold

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// corpus is the plain-text documents of parse's tests, the text String
// and Mapped fold most.
func corpus(b *testing.B) string {
	files, _ := filepath.Glob("../../parse/testdata/text/*.txt")
	var s []byte
	for _, f := range files {
		d, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		s = append(s, d...)
	}
	if len(s) == 0 {
		b.Fatal("no text in ../../parse/testdata/text")
	}
	return string(s)
}

func BenchmarkString(b *testing.B) {
	s := corpus(b)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		String(s)
	}
}

func BenchmarkMapped(b *testing.B) {
	s := corpus(b)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		Mapped(s)
	}
}

func BenchmarkFoldEach(b *testing.B) {
	s := corpus(b)
	lines := strings.Split(s, "\n")
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		FoldEach(lines)
	}
}
