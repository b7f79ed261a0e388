package parse

import (
	"context"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/vnthidua/thidua/internal/ocr"
	"github.com/vnthidua/thidua/parse/pdf"
)

func TestPositionsLexicon(t *testing.T) {
	ps, err := readPositions(positionsTSV)
	require.NoError(t, err)
	have := map[position]bool{}
	for _, p := range ps {
		have[p] = true
	}
	for _, want := range []position{{"CHỦ TỊCH", "PHÓ CHỦ TỊCH"}, {"THỦ TƯỚNG", "PHÓ THỦ TƯỚNG"}, {"BỘ TRƯỞNG", "THỨ TRƯỞNG"}} {
		assert.True(t, have[want], "lexicon lacks %v", want)
	}
	for _, bad := range []string{"CHỦ TỊCH PHÓ CHỦ TỊCH", "CHỦ TỊCH\t", "\tPHÓ CHỦ TỊCH", "A\tB\tC", "--\tPHÓ"} {
		_, err := readPositions(bad + "\n")
		assert.Error(t, err, "%q", bad)
	}
}

// line makes OCR words of a text line, each letter 30 pixels wide and a
// space 10, from x.
func line(x int, text string) []ocr.Word {
	var ws []ocr.Word
	for _, f := range strings.Fields(text) {
		n := len([]rune(f))
		ws = append(ws, ocr.Word{Text: f, Left: x, Right: x + 30*n, Top: 100, Bottom: 140, LineTop: 100, LineBottom: 140, Conf: 90})
		x += 30*n + 10
	}
	return ws
}

// TestMatchTail: the end of a line under a seal names a position when only
// one position (with its deputy) ends so, with a whole word of it and five
// folded letters at least; the end's first letters may be glued to specks.
func TestMatchTail(t *testing.T) {
	tests := []struct {
		line, head string // head "" for no match
		deputy     bool
		seen       string
	}{
		{"⁄5 SUỦ TỊCH", "CHỦ TỊCH", false, "SUỦ TỊCH"},
		{"' cÝ-> tt Ủ TỊCH", "CHỦ TỊCH", false, "Ủ TỊCH"},
		{"-e=.J{T. CHỦ TỊCH", "CHỦ TỊCH", false, "CHỦ TỊCH"},
		{"PHÓ CHỦ TỊCH", "CHỦ TỊCH", true, "PHÓ CHỦ TỊCH"},
		{"kTem RỦ TƯỚNG", "THỦ TƯỚNG", false, "RỦ TƯỚNG"},
		{"ZPHQ TĐN TƯỚNG", "THỦ TƯỚNG", false, "TƯỚNG"},
		{"N TRƯỞNG", "VIỆN TRƯỞNG", false, "N TRƯỞNG"},
		{"C TRƯỞNG", "", false, ""}, // CỤC and TỔNG CỤC TRƯỞNG
		{"TRƯỞNG", "", false, ""},   // BỘ, CỤC, VỤ, VIỆN, HIỆU TRƯỞNG
		{"x TỊCH", "", false, ""},   // four letters only
		{"Nguyễn Văn Tịch", "", false, ""},
		{"ban hành kèm theo", "", false, ""},
		{"Thanh Trà", "", false, ""}, // a name folds like CHÁNH THANH TRA
		{"", "", false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			m, ok := matchTail(line(0, tt.line))
			require.Equal(t, tt.head != "", ok, "%+v", m)
			if ok {
				assert.Equal(t, tt.head, m.pos.head)
				assert.Equal(t, tt.deputy, m.deputy)
				assert.Equal(t, tt.seen, m.seen)
			}
		})
	}
}

// TestCompletePosition: two lines are the head signed for (KT.) over the
// deputy; one line is the head or the deputy by its width centred over
// the name, and neither when the width does not tell.
func TestCompletePosition(t *testing.T) {
	m := func(text string, x int) tailMatch {
		tm, ok := matchTail(line(x, text))
		require.True(t, ok, text)
		return tm
	}
	tests := []struct {
		name                    string
		found                   []tailMatch
		centre                  int
		authority, on, position string
		ok                      bool
	}{
		{"KT. over the deputy", []tailMatch{m("T. CHỦ TỊCH", 0), m("Ủ TỊCH", 0)}, 0, "KT.", "Chủ tịch", "Phó Chủ tịch", true},
		{"two positions", []tailMatch{m("T. CHỦ TỊCH", 0), m("N TRƯỞNG", 0)}, 0, "", "", "", false},
		{"the deputy whole over the head", []tailMatch{m("PHÓ CHỦ TỊCH", 0), m("CHỦ TỊCH", 0)}, 0, "", "", "", false},
		{"the deputy's whole position", []tailMatch{m("PHÓ CHỦ TỊCH", 0)}, 200, "", "", "Phó Chủ tịch", true},
		// "Ủ TỊCH" from 0: TỊCH spans 40–160, 30 a letter, so the line
		// is 2×(160−centre)/30 letters wide: 8 (CHỦ TỊCH) for a centre
		// at 40, 12 (PHÓ CHỦ TỊCH) at −20, 10 at 10.
		{"head by width", []tailMatch{m("Ủ TỊCH", 0)}, 40, "", "", "Chủ tịch", true},
		{"deputy by width", []tailMatch{m("Ủ TỊCH", 0)}, -20, "", "", "Phó Chủ tịch", true},
		{"width between", []tailMatch{m("Ủ TỊCH", 0)}, 10, "", "", "", false},
		{"line left of the name", []tailMatch{m("Ủ TỊCH", 0)}, 400, "", "", "", false},
		{"no name to centre on", []tailMatch{m("Ủ TỊCH", 0)}, noCentre, "", "", "", false},
		{"no name, two lines", []tailMatch{m("ST TŨ TƯỚNG", 0), m("2010 NÌN TƯỚNG", 0)}, noCentre, "KT.", "Thủ tướng", "Phó Thủ tướng", true},
		{"nothing", nil, 0, "", "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sp, ok := completePosition(tt.found, tt.centre)
			require.Equal(t, tt.ok, ok, "%+v", sp)
			assert.Equal(t, tt.authority, sp.authority)
			assert.Equal(t, tt.on, sp.on)
			assert.Equal(t, tt.position, sp.position)
		})
	}
}

// TestSealedPosition reads the signing pages of three real scans whose
// seal hides the start of the position lines: quangngai-ct08 (the seal
// over "CHỦ TỊCH", one line), quangngai-ct07 ("KT. CHỦ TỊCH / PHÓ CHỦ
// TỊCH") and ttg-cv464 ("KT. THỦ TƯỚNG / PHÓ THỦ TƯỚNG" over "Phạm Thị
// Thanh Trà", whose first name is under the seal too).
func TestSealedPosition(t *testing.T) {
	needTesseract(t)
	tests := []struct {
		file                    string
		page                    int
		authority, on, position string
		nameless                bool
	}{
		{"quangngai-ct08-2018", 2, "", "", "Chủ tịch", false},
		{"quangngai-ct07-2018", 3, "KT.", "Chủ tịch", "Phó Chủ tịch", false},
		{"ttg-cv464-cds-2026", 2, "KT.", "Thủ tướng", "Phó Thủ tướng", true},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			b, err := os.ReadFile("testdata/realpdf/" + tt.file + ".pdf")
			require.NoError(t, err)
			ctx := context.Background()
			d, err := pdf.Default().Open(ctx, b)
			require.NoError(t, err)
			defer d.Close()
			img, err := renderForOCR(ctx, d, d.(pdf.Renderer), tt.page)
			require.NoError(t, err)
			var tess ocr.Tesseract
			words, err := tess.Read(ctx, img, ocrDPI)
			require.NoError(t, err)
			words = rereadSignature(ctx, tess, img, ocrDPI, words)
			sp, ok := readSealedPosition(ctx, tess, img, ocrDPI, words)
			require.True(t, ok, "no position completed")
			assert.Equal(t, tt.position, sp.position, "read %q", sp.seen)
			assert.Equal(t, tt.nameless, sp.nameless)
			if tt.authority != "" {
				// The upper line may or may not come out of the seal.
				assert.Contains(t, []string{"", tt.authority}, sp.authority)
			}
		})
	}
}

// FuzzMatchTail: any line of words; a match names a position of the
// lexicon, and its end is read in capitals.
func FuzzMatchTail(f *testing.F) {
	for _, s := range []string{"⁄5 SUỦ TỊCH", "kTem RỦ TƯỚNG", "Thanh Trà", "N TRƯỞNG", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m, ok := matchTail(line(0, s))
		if !ok {
			return
		}
		if !slices.Contains(signingPositions(), m.pos) {
			t.Fatalf("%q: position %v not in the lexicon", s, m.pos)
		}
		if strings.ContainsFunc(m.seen, unicode.IsLower) {
			t.Fatalf("%q: end %q not in capitals", s, m.seen)
		}
	})
}
