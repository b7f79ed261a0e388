package parse

import (
	"bytes"
	"context"
	"os"
	"testing"

	"github.com/stretchr/testify/require"
	"github.com/vnthidua/thidua/parse/pdf"
)

// TestJunkBeforeHeader reads a real published PDF that carries 21 bytes
// before its %PDF- header (quangbinh-kh672, as a document system served
// it; poppler reads it): Sniff takes it for a PDF and the PDF reader
// opens all its pages.
func TestJunkBeforeHeader(t *testing.T) {
	b, err := os.ReadFile("testdata/realpdf/quangbinh-kh672-2024.pdf")
	require.NoError(t, err)
	at := bytes.Index(b, []byte("%PDF-"))
	require.Equal(t, 21, at, "the file no longer has its junk prefix")
	require.Equal(t, KindPDF, Sniff(b[:min(len(b), 512)]))
	d, err := pdf.Default().Open(context.Background(), b)
	require.NoError(t, err)
	defer d.Close()
	require.Equal(t, 8, d.NumPages())
}
