package nfc

import (
	"testing"

	"golang.org/x/text/unicode/norm"
)

func TestString(t *testing.T) {
	for _, tt := range []struct {
		in, want string
		normal   bool
	}{
		{"Chỉ thị số 08/CT-UBND", "Chỉ thị số 08/CT-UBND", true},
		{"Vi\u00ea\u0323t", "Việt", false},
		{"Ho\u0300a", "Hòa", false},
		{"e\u0301", "é", false},
		{"\u1100\u1161", "\uac00", false}, // Hangul jamo compose
		{"\u0340", "\u0300", false},
		{"Ω \u2126", "Ω Ω", false},
		{"\xffx", "\xffx", false},
		{"", "", true},
		{"ΑΒΓ абв", "ΑΒΓ абв", true},
	} {
		if got := String(tt.in); got != tt.want || got != norm.NFC.String(tt.in) {
			t.Errorf("String(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if got := IsNormal(tt.in); got != tt.normal {
			t.Errorf("IsNormal(%q) = %v, want %v", tt.in, got, tt.normal)
		}
	}
}

// FuzzString holds String to norm.NFC.String, and IsNormal to never say
// a text is NFC that norm would change.
func FuzzString(f *testing.F) {
	for _, s := range []string{"Chỉ thị số 08/CT-UBND", "Vi\u00ea\u0323t", "e\u0301\u0323", "\u1100\u1161\u11a8", "\u0340\u0341", "a\u0308\u0304", "\xff\xfe", "ǅ", "\u1fbe", "\u1e9b\u0323"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := norm.NFC.String(s)
		if got := String(s); got != want {
			t.Fatalf("String(%q) = %q, want %q", s, got, want)
		}
		if IsNormal(s) && want != s {
			t.Fatalf("IsNormal(%q) but NFC is %q", s, want)
		}
	})
}
