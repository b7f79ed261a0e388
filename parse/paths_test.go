package parse

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnthidua/thidua/directive"
)

// TestPathsAgree checks that a document read from a portal page or a PDF
// gives the same campaign launches, themes and province as the same
// document read from text, whose record is the golden file of
// TestTextGolden: the three readers feed one analysis.
func TestPathsAgree(t *testing.T) {
	tests := []struct {
		input  string // a page or PDF of testdata
		golden string // the text record of the same document
	}{
		{"html/binhduong-ct01-2021.html", "text/binhduong-ct01-2021.golden.json"},
		{"html/haiphong-kh298-2020.html", "text/haiphong-kh298-2020.golden.json"},
		{"html/hungyen-ct08-2024.html", "text/hungyen-ct08-2024.golden.json"},
		{"html/variants/binhduong-ct01-2021.tcvn3.html", "text/binhduong-ct01-2021.golden.json"},
		{"pdf/a_chithi_unicode.pdf", "text/a_chithi_unicode.golden.json"},
		{"pdf/e_chithi_cairo.pdf", "text/a_chithi_unicode.golden.json"},
		{"pdf/g_chithi.signed.pdf", "text/a_chithi_unicode.golden.json"},
		{"pdf/c_chithi_tcvn3.pdf", "text/a_chithi_unicode.golden.json"},
		{"pdf/b_kehoach_table.pdf", "text/b_kehoach_table.golden.json"},
	}
	for _, tt := range tests {
		t.Run(tt.input, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join("testdata", tt.golden))
			require.NoError(t, err)
			var want directive.Record
			require.NoError(t, json.Unmarshal(b, &want))

			f, err := os.Open(filepath.Join("testdata", tt.input))
			require.NoError(t, err)
			defer f.Close()
			var got *directive.Record
			if strings.HasSuffix(tt.input, ".pdf") {
				st, err := f.Stat()
				require.NoError(t, err)
				got, err = PDF(context.Background(), f, st.Size(), WithOCR(false))
				require.NoError(t, err)
			} else {
				got, err = HTML(context.Background(), f)
				require.NoError(t, err)
			}
			w, g := noSpans(want.Directive), noSpans(got.Directive)
			assert.Equal(t, w.Launches, g.Launches, "launches")
			assert.Equal(t, w.Themes, g.Themes, "themes")
			// The name as written may come from a banner in capitals on
			// one path and from the text on another.
			assert.True(t, strings.EqualFold(w.Issuer.Province, g.Issuer.Province), "issuer.province: %q, want %q", g.Issuer.Province, w.Issuer.Province)
			assert.Equal(t, w.Issuer.ProvinceCurrent, g.Issuer.ProvinceCurrent, "issuer.province_current")
		})
	}
}
