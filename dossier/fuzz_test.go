package dossier

import (
	"bytes"
	"errors"
	"os"
	"testing"

	"github.com/vnthidua/thidua/nomination"
)

// FuzzRead: no workbook makes Read panic, hang or return anything but a
// dossier or a *CellError (or a reading error); a dossier read is one
// ValidateBatch can judge or refuse with an error Where places.
// Seeds: testdata/fuzz/FuzzRead and the workbooks of the tests.
func FuzzRead(f *testing.F) {
	if b, err := os.ReadFile("testdata/office.xlsx"); err == nil {
		f.Add(b)
	}
	f.Add(sampleXLSX(f))
	f.Fuzz(func(t *testing.T, b []byte) {
		d, err := Read(bytes.NewReader(b), WithMaxRows(2000), WithMaxCells(50000))
		if err != nil {
			var ce *CellError
			if !errors.As(err, &ce) {
				t.Fatalf("%T %v", err, err)
			}
			if !errors.Is(err, nomination.ErrInput) {
				t.Fatalf("not an input error: %v", err)
			}
			return
		}
		if _, err := nomination.ValidateBatch(&d.Batch); err != nil {
			if !errors.Is(d.Where(err), nomination.ErrInput) {
				t.Fatalf("%v", err)
			}
		}
	})
}
