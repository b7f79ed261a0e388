package parse

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestFixOCRAbbrevs: an abbreviation of a scanned title that the text
// uses nowhere else becomes the body's one close abbreviation (cucthue-
// cv2191's "ITNIN" for "TNDN"); titles in capitals, abbreviations the
// text uses elsewhere, far ones, rare ones and ties are kept.
func TestFixOCRAbbrevs(t *testing.T) {
	body := strings.Repeat("ưu đãi thuế TNDN theo Luật Thuế TNDN; ", 3) + "UBND tỉnh, UBND huyện, UBND xã; GTGT, GTGT, GTGT; KHCN, KHCN, KHCN."
	tests := []struct {
		name, title, text, want string
		fixed                   bool
	}{
		{"cucthue", "V/v chính sách thuê ITNIN", body, "V/v chính sách thuê TNDN", true},
		{"one letter off", "V/v hoàn thuế GTCT", body, "V/v hoàn thuế GTGT", true},
		{"used in the body too", "V/v chính sách thuê ITNIN", body + " ITNIN", "V/v chính sách thuê ITNIN", false},
		{"an abbreviation the body uses", "V/v thuế TNDN", body, "V/v thuế TNDN", false},
		{"too far", "V/v chính sách XYZW", body, "V/v chính sách XYZW", false},
		{"used twice only", "V/v ưu đãi ZQMM", "HCMM HCMM " + body, "V/v ưu đãi ZQMM", false},
		{"a title in capitals", "KẾ HOẠCH THỰC HIỆN TNDM", body, "KẾ HOẠCH THỰC HIỆN TNDM", false},
		{"two as close", "V/v ABCD", "ABCE ABCE ABCE ABCF ABCF ABCF", "V/v ABCD", false},
		{"within a word", "V/v ITNINx và ITNIN", body, "V/v ITNINx và TNDN", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := tt.title + "\n" + tt.text
			got, fixes := fixOCRAbbrevs(tt.title, text)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, tt.fixed, len(fixes) > 0, "%v", fixes)
		})
	}
}

func TestEditDistance(t *testing.T) {
	for _, tt := range []struct {
		a, b  string
		limit int
		want  int
	}{
		{"ITNIN", "TNDN", 2, 2}, {"TNDN", "TNDN", 2, 0}, {"ĐTN", "DTN", 2, 1}, {"", "ABC", 2, 3}, {"ABCDEF", "A", 2, 3}, {"KHCN", "HCNN", 5, 2},
	} {
		assert.Equal(t, tt.want, editDistance(tt.a, tt.b, tt.limit), "%s %s", tt.a, tt.b)
	}
}

// FuzzFixOCRAbbrevs: any title and text; the title comes back with only
// whole abbreviations replaced, one replacement said for each.
func FuzzFixOCRAbbrevs(f *testing.F) {
	f.Add("V/v chính sách thuê ITNIN", "thuế TNDN TNDN TNDN")
	f.Add("V/v ABCD", "ABCE ABCE ABCE ABCF ABCF ABCF")
	f.Fuzz(func(t *testing.T, title, text string) {
		got, fixes := fixOCRAbbrevs(title, title+"\n"+text)
		if len(fixes) == 0 && got != title {
			t.Fatalf("title changed without a fix: %q → %q", title, got)
		}
		if len(strings.FieldsFunc(got, notWordRune)) != len(strings.FieldsFunc(title, notWordRune)) {
			t.Fatalf("words added or lost: %q → %q", title, got)
		}
	})
}
