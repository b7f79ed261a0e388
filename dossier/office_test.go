package dossier

import (
	"bytes"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnthidua/thidua/nomination"
)

// testdata/office.xlsx is made by hand from the XML under testdata/office/,
// as spreadsheet programs write it: a title merged across, a header over
// two rows with vertical merges and a group header, a row of column
// numbers, an extra column, dates as a date cell, a serial number with a
// custom format and text, blank rows, a total merged across and a
// signature below, a name in NFD with stray spaces, codes in lower case,
// ratings in full words, an STT merged down over three ratings, a sheet
// renamed ("Danh sách"), another in lower case, shared rich text headers.
// It must read as testdata/office.json says.
func TestReadOffice(t *testing.T) {
	b, err := os.ReadFile("testdata/office.xlsx")
	require.NoError(t, err)
	d, err := Read(bytes.NewReader(b))
	require.NoError(t, err)
	want := decodeBatch(t, "testdata/office.json")
	assert.Equal(t, want, &d.Batch)
	assert.Equal(t, verdictOf(t, want), verdictOf(t, &d.Batch))

	// the same through ReadAt
	f, err := os.Open("testdata/office.xlsx")
	require.NoError(t, err)
	defer f.Close()
	st, _ := f.Stat()
	d2, err := ReadAt(f, st.Size())
	require.NoError(t, err)
	assert.Equal(t, &d.Batch, &d2.Batch)

	// where its rows are
	assert.Equal(t, []int{7, 9, 10}, d.loc.rows)
	assert.Equal(t, "Danh sách", d.loc.nom.sheet)
}

func decodeBatch(t *testing.T, path string) *nomination.Batch {
	t.Helper()
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	in, err := nomination.DecodeBytes(b)
	require.NoError(t, err)
	return asBatch(in)
}
