package fold

import (
	"slices"
	"strings"
	"testing"
	"unicode"
)

func TestString(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Hạ  tầng; Đồng-bộ", "ha tang dong bo"},
		{"hạ tâng", "ha tang"},
		{"Hoà Bình", "hoa binh"},
		{"Hòa Bình", "hoa binh"},
		{"Ho\u0300a Bi\u0300nh", "hoa binh"}, // NFD
		{"“Vì người nghèo - Không để ai bị bỏ lại phía sau”", "vi nguoi ngheo khong de ai bi bo lai phia sau"},
		{"", ""},
		{" ,. ", ""},
		{"TP.HCM", "tp hcm"},
	}
	for _, tt := range tests {
		if got := String(tt.in); got != tt.want {
			t.Errorf("String(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestMapped(t *testing.T) {
	s := "Phong trào  “Cả nước chung tay vì người nghèo”."
	f, at := Mapped(s)
	if strings.TrimRight(f, " ") != String(s) || len(at) != len(f) {
		t.Fatalf("Mapped(%q) = %q, %d offsets; want String's %q", s, f, len(at), String(s))
	}
	i := strings.Index(f, "ca nuoc")
	if got := s[at[i]:at[i+len("ca nuoc")]]; got != "Cả nước" {
		t.Errorf("mapped back %q, want %q", got, "Cả nước")
	}
}

// FuzzSpans holds Spans to what it stands for: the words of s, split on
// what is not a letter, digit or mark, each passed through String.
func FuzzSpans(f *testing.F) {
	for _, s := range []string{"", "Phong trào “Thi đua yêu nước”", "a\u0300b c", "\u0300", "TP.HCM", "Đ-đ", "x\xffy", "  ", "ǅ", "١٢٣ ok"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		words, spans := Spans(s)
		var want []string
		var wantSpans [][2]int
		start := -1
		for i, r := range s {
			in := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
			switch {
			case in && start < 0:
				start = i
			case !in && start >= 0:
				want, wantSpans = append(want, String(s[start:i])), append(wantSpans, [2]int{start, i})
				start = -1
			}
		}
		if start >= 0 {
			want, wantSpans = append(want, String(s[start:])), append(wantSpans, [2]int{start, len(s)})
		}
		if !slices.Equal(words, want) || !slices.Equal(spans, wantSpans) {
			t.Fatalf("Spans(%q) = %q %v, want %q %v", s, words, spans, want, wantSpans)
		}
	})
}

// TestMappedAgrees: Mapped's text is String's before the trim, with one
// offset per byte, in order, for letters folded to more than one byte
// (Greek, CJK), damaged UTF-8 and runs of separators.
func TestMappedAgrees(t *testing.T) {
	for _, s := range []string{"", "  ", "Ελλάδα 東京, Hà Nội ", "a\xffb", "Đ-đ--Ư  ", "ǅ ﬁ Ⅻ"} {
		f, at := Mapped(s)
		if strings.TrimRight(f, " ") != String(s) || len(at) != len(f) {
			t.Errorf("Mapped(%q) = %q with %d offsets; String gives %q", s, f, len(at), String(s))
			continue
		}
		for k := 1; k < len(at); k++ {
			if at[k] < at[k-1] || at[k] >= len(s) {
				t.Errorf("Mapped(%q): offset %d is %d after %d", s, k, at[k], at[k-1])
			}
		}
	}
}

// FuzzFoldEach holds FoldEach to Spans of each text: the input is cut
// into texts at each line end.
func FuzzFoldEach(f *testing.F) {
	f.Fuzz(func(t *testing.T, s string) {
		texts := strings.Split(s, "\n")
		fe := FoldEach(texts)
		next := 0
		for i, x := range texts {
			w, sp := Spans(x)
			from, to := fe.Of(i)
			if from != next || to-from != len(w) {
				t.Fatalf("FoldEach(%q) text %d: words %d to %d, want %d from %d", texts, i, from, to, len(w), next)
			}
			for k := range w {
				if fe.Word(from+k) != w[k] || fe.Span(from+k) != sp[k] {
					t.Fatalf("FoldEach(%q) text %d word %d = %q %v, Spans gives %q %v", texts, i, k, fe.Word(from+k), fe.Span(from+k), w[k], sp[k])
				}
			}
			next = to
		}
		if next != fe.Len() {
			t.Fatalf("FoldEach(%q): %d words, last text ends at %d", texts, fe.Len(), next)
		}
	})
}
