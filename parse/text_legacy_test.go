package parse

import (
	"bytes"
	"context"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/charmap"

	"github.com/vnthidua/thidua/internal/vnenc"
)

// TestTextLegacyEncodings: a text file in VNI bytes or in Windows-1258
// gives the same directive as the Unicode file.
func TestTextLegacyEncodings(t *testing.T) {
	b, err := os.ReadFile("testdata/text/hungyen-ct08-2024.txt")
	require.NoError(t, err)
	want, err := Text(context.Background(), bytes.NewReader(b))
	require.NoError(t, err)

	vni, err := vnenc.Encode(string(b), vnenc.VNI, false)
	require.NoError(t, err)
	cp1258 := to1258(string(b), false) // html_variants_test.go

	for name, in := range map[string][]byte{
		"vni bytes":          vni,
		"windows-1258 bytes": cp1258,
	} {
		t.Run(name, func(t *testing.T) {
			got, err := Text(context.Background(), bytes.NewReader(in))
			require.NoError(t, err)
			assert.Equal(t, want.Directive, got.Directive)
		})
	}
}

// TestDecodeTCVN3Text: TCVN3 has no codes for capitals with tones (a
// heading was set in a capitals font), so the check is on text: TCVN3
// bytes, and TCVN3 pasted as Latin-1 characters, decode to the Unicode.
func TestDecodeTCVN3Text(t *testing.T) {
	want := "Uỷ ban nhân dân tỉnh yêu cầu các sở, ban, ngành đẩy mạnh phong trào thi đua yêu nước, lập thành tích chào mừng kỷ niệm các ngày lễ lớn của đất nước năm 2025."
	tcvn3, err := vnenc.Encode(want, vnenc.TCVN3, true)
	require.NoError(t, err)
	pasted, err := charmap.Windows1252.NewDecoder().Bytes(tcvn3)
	require.NoError(t, err)
	for name, in := range map[string][]byte{"bytes": tcvn3, "pasted": pasted} {
		got, _, err := decodeText(in)
		require.NoError(t, err, name)
		assert.Equal(t, want, got, name)
	}
	// Unicode Vietnamese and Latin-1 French stay as they are.
	for _, s := range []string{want, "Le comité a décidé à l'unanimité."} {
		got, _, err := decodeText([]byte(s))
		require.NoError(t, err)
		assert.Equal(t, s, got)
	}
}
