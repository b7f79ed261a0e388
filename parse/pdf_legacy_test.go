package parse

import (
	"strings"
	"testing"

	"github.com/vnthidua/thidua/internal/pdflayout"
	"github.com/vnthidua/thidua/parse/pdf"
)

// page lays out runs of text, one line each, 14 pt, in the given fonts.
func legacyPage(runs [][2]string) *pdf.Page {
	p := &pdf.Page{Width: 595, Height: 842}
	for i, r := range runs {
		x, y := 60.0, 100+20*float64(i)
		for _, ch := range r[0] {
			w := 7.0
			p.Chars = append(p.Chars, pdf.Char{R: ch, Left: x, Right: x + w, Top: y - 10, Bottom: y, Size: 14, Font: r[1]})
			x += w
		}
	}
	return p
}

// TestLegacyDecoder decodes text runs by font name (.VnTime, .VnTimeH in
// capitals, VNI-Times) and, for a font whose name says nothing, by the
// characters it holds.
func TestLegacyDecoder(t *testing.T) {
	tests := []struct {
		name string
		runs [][2]string
		want string
		warn string
	}{
		{"tcvn3 by name", [][2]string{{"H\u2212ng Yªn, ngµy 25 th¸ng 11 n¨m 2024", "DAAAAA+VnTime"}}, "Hưng Yên, ngày 25 tháng 11 năm 2024", "TCVN3"},
		{"tcvn3 capitals", [][2]string{{"chØ thÞ", ".VnTimeH"}}, "CHỈ THỊ", "TCVN3"},
		{"vni by name", [][2]string{{"Vieät Nam", "VNI-Times"}}, "Việt Nam", "VNI"},
		{"tcvn3 by frequency", [][2]string{{"VÒ viÖc ®Èy m¹nh phong trµo thi ®ua yªu n\u2212íc, lËp thµnh tÝch chµo mõng", "TimesNewRomanPSMT"}}, "Về việc đẩy mạnh phong trào thi đua yêu nước, lập thành tích chào mừng", "tần suất"},
		{"unicode kept", [][2]string{{"Ủy ban nhân dân tỉnh Hưng Yên", "LiberationSerif"}}, "Ủy ban nhân dân tỉnh Hưng Yên", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pages := []*pdf.Page{legacyPage(tt.runs)}
			doc := &document{}
			dec := legacyDecoder(pages, doc)
			got := strings.TrimSpace(pdflayout.Text(pages, pdflayout.Options{Decode: dec}))
			if got != tt.want {
				t.Errorf("text = %q, want %q", got, tt.want)
			}
			w := strings.Join(doc.warnings, "\n")
			if tt.warn == "" && w != "" || !strings.Contains(w, tt.warn) {
				t.Errorf("warnings = %q, want one with %q", w, tt.warn)
			}
		})
	}
}
