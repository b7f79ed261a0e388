package serve

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"os"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/vnthidua/thidua/directive"
	"github.com/vnthidua/thidua/parse/pdf"
)

// countingBackend is the real PDFium backend, counting the documents it
// opens, to tell which backend a request used.
type countingBackend struct {
	pdf.Backend
	opened atomic.Int32
}

func (c *countingBackend) Open(ctx context.Context, data []byte) (pdf.Document, error) {
	c.opened.Add(1)
	return c.Backend.Open(ctx, data)
}

// TestPDFBackend: a PDF posted to /v1/parse is read by the backend given
// with WithPDFBackend (thidua serve gives an interruptible PDFium), not by
// pdf.Default().
func TestPDFBackend(t *testing.T) {
	b := &countingBackend{Backend: pdf.Default()}
	_, ts := newTestServer(t, WithPDFBackend(b))
	data, err := os.ReadFile("../parse/testdata/pdf/a_chithi_unicode.pdf")
	require.NoError(t, err)
	resp, err := http.Post(ts.URL+"/v1/parse", "application/pdf", bytes.NewReader(data))
	require.NoError(t, err)
	defer resp.Body.Close()
	require.Equal(t, http.StatusOK, resp.StatusCode)
	var rec directive.Record
	require.NoError(t, json.NewDecoder(resp.Body).Decode(&rec))
	require.Equal(t, "08/CT-UBND", rec.Directive.Number)
	require.Equal(t, int32(1), b.opened.Load(), "the PDF was not read by the backend given")
}
