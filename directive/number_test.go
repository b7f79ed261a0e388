package directive

import (
	"errors"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseNumber(t *testing.T) {
	tests := []struct {
		in    string
		want  string
		seq   int
		year  int
		kind  string
		body  string
		party bool
	}{
		{"08/CT-UBND", "08/CT-UBND", 8, 0, "CT", "UBND", false},
		{"08/CT-CTUBND", "08/CT-CTUBND", 8, 0, "CT", "CTUBND", false},
		{"06/2022/QH15", "06/2022/QH15", 6, 2022, "", "QH15", false},
		{"98/2023/NĐ-CP", "98/2023/NĐ-CP", 98, 2023, "NĐ", "CP", false},
		{"30c/NQ-CP", "30c/NQ-CP", 30, 0, "NQ", "CP", false},
		{"7603/TTr-HDTĐ", "7603/TTr-HĐTĐ", 7603, 0, "TTr", "HĐTĐ", false}, // D typed for one Đ of two
		{"15/KH-BCD", "15/KH-BCĐ", 15, 0, "KH", "BCĐ", false},
		{"2637/BGDDT-VP", "2637/BGDĐT-VP", 2637, 0, "", "BGDĐT-VP", false}, // a letter after the digits
		{"30a/2008/NQ-CP", "30a/2008/NQ-CP", 30, 2008, "NQ", "CP", false},
		{"98/2023/ND-CP", "98/2023/NĐ-CP", 98, 2023, "NĐ", "CP", false},
		{"1526/QĐ-TTg", "1526/QĐ-TTg", 1526, 0, "QĐ", "TTg", false},
		{"1526/QD-TTg", "1526/QĐ-TTg", 1526, 0, "QĐ", "TTg", false},
		{"35/NQ-HDND", "35/NQ-HĐND", 35, 0, "NQ", "HĐND", false},
		{"12/2019/TT-BNV", "12/2019/TT-BNV", 12, 2019, "TT", "BNV", false},
		{"34-CT/TW", "34-CT/TW", 34, 0, "CT", "TW", true},
		{"01-NQ/TU", "01-NQ/TU", 1, 0, "NQ", "TU", true},
		{"34 – CT / TW", "34-CT/TW", 34, 0, "CT", "TW", true},
		{"Số: 152 / KH - UBND", "152/KH-UBND", 152, 0, "KH", "UBND", false},
		{"123/UBND-VP", "123/UBND-VP", 123, 0, "", "UBND-VP", false},
		{"49/KH-UBND.", "49/KH-UBND", 49, 0, "KH", "UBND", false},
		// NFD input comes out NFC.
		{"98/2023/N\u0110-CP", "98/2023/NĐ-CP", 98, 2023, "NĐ", "CP", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			n, err := ParseNumber(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.want, n.Text)
			assert.Equal(t, tt.seq, n.Seq)
			assert.Equal(t, tt.year, n.Year)
			assert.Equal(t, tt.kind, n.Kind)
			assert.Equal(t, tt.body, n.Body)
			assert.Equal(t, tt.party, n.Party)
		})
	}
}

func TestParseNumberRejects(t *testing.T) {
	for _, in := range []string{"", "abc", "25/11/2024", "CT-UBND", "08/", "/CT-UBND", "12/1800/QH1", "08//CT", "2021-2025", "Quý I/2025"} {
		t.Run(in, func(t *testing.T) {
			_, err := ParseNumber(in)
			require.Error(t, err)
			assert.True(t, errors.Is(err, ErrNumber))
		})
	}
}

func FuzzParseNumber(f *testing.F) {
	for _, s := range []string{"08/CT-UBND", "98/2023/NĐ-CP", "34-CT/TW", "06/2022/QH15", "1/", "-/-", "Số: 1/QĐ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := ParseNumber(s)
		if err != nil {
			if !errors.Is(err, ErrNumber) {
				t.Fatalf("error does not wrap ErrNumber: %v", err)
			}
			return
		}
		if !utf8.ValidString(n.Text) || n.Text == "" {
			t.Fatalf("bad text %q", n.Text)
		}
		again, err := ParseNumber(n.Text)
		if err != nil || again.Text != n.Text {
			t.Fatalf("normalised %q does not parse to itself: %q %v", n.Text, again.Text, err)
		}
	})
}
